#pragma once

#include "net/Backoff.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>

class QSettings;

namespace shipshape {

// Where customers' SMS status messages go and from whom, read from QSettings and the environment (the
// environment wins, for headless workers and tests). The auth token is not here: it lives in SecretStore
// under "twilio" (or $SHIPSHAPE_TWILIO_AUTH_TOKEN).
struct SmsSettings {
    Q_DECLARE_TR_FUNCTIONS(SmsSettings)

public:
    bool enabled = false; // SMS rows are queued only when this is on
    QString accountSid; // AC + 32 hex digits
    QString fromNumber; // E.164, or empty when a Messaging Service sends
    QString messagingServiceSid; // MG + 32 hex digits; wins over fromNumber when both are set
    QString defaultRegion = QStringLiteral("US"); // how a phone number without +country is read
    QString shopName = QStringLiteral("Shipshape"); // the first words of every message
    QUrl apiBase = QUrl(QStringLiteral("https://api.twilio.com"));
    std::chrono::milliseconds timeout{15000};
    RetryPolicy retry;

    // Keys: sms/enabled, sms/defaultRegion, twilio/accountSid, twilio/from, twilio/messagingServiceSid,
    // twilio/apiBase, twilio/timeoutSeconds, sms/maxAttempts; the shop name is mail/shopName.
    // Environment: SHIPSHAPE_SMS_ENABLED (1/0), SHIPSHAPE_TWILIO_ACCOUNT_SID, SHIPSHAPE_TWILIO_FROM,
    // SHIPSHAPE_TWILIO_MESSAGING_SERVICE_SID, SHIPSHAPE_TWILIO_API_BASE, SHIPSHAPE_SMS_DEFAULT_REGION.
    static SmsSettings load(const QSettings &settings);
    static SmsSettings load();

    // Empty when the account SID and a sender look right; else what is wrong, for people.
    [[nodiscard]] QString senderProblem() const;
    static bool isAccountSid(const QString &text);
    static bool isMessagingServiceSid(const QString &text);
};

} // namespace shipshape
