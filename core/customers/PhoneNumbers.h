#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

// Customers' phone numbers, checked with libphonenumber where they enter (the order request, the CLI, the
// API, the desktop) and stored in E.164 ("+4930123456789"), the form Twilio takes. A number typed without a
// country code is read in the shop's default region (settings `sms/defaultRegion`, e.g. "DE").
class PhoneNumbers {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // The number in E.164, or an invalid-input error naming `field` and the text as typed. Empty text is an
    // error too: callers decide whether a phone is optional before asking.
    static Result<QString> normalise(const QString &field, const QString &text, const QString &defaultRegion);
    // Whether `text` already has E.164's shape (+, then 6 to 15 digits, the first not 0), as the schema's CHECK.
    static bool hasE164Shape(const QString &text);
    // The shop's default region: $SHIPSHAPE_SMS_DEFAULT_REGION, else the setting sms/defaultRegion, else US.
    static QString configuredRegion();
    // The region used when settings name none or an unknown one.
    static QString fallbackRegion() { return QStringLiteral("US"); }
};

} // namespace shipshape
