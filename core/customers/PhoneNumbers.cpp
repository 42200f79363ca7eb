#include "customers/PhoneNumbers.h"

#include <QRegularExpression>
#include <QSettings>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber answers for any region code it knows; an unknown one ("XX") makes every national number fail.
QString knownRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.contains(upper.toStdString()) ? upper : PhoneNumbers::fallbackRegion();
}

} // namespace

QString PhoneNumbers::configuredRegion()
{
    if (const QString region = qEnvironmentVariable("SHIPSHAPE_SMS_DEFAULT_REGION").trimmed(); !region.isEmpty())
        return knownRegion(region);
    return knownRegion(QSettings().value(u"sms/defaultRegion"_s, fallbackRegion()).toString());
}

bool PhoneNumbers::hasE164Shape(const QString &text)
{
    static const QRegularExpression shape(u"^\\+[1-9][0-9]{5,14}$"_s);
    return shape.match(text).hasMatch();
}

Result<QString> PhoneNumbers::normalise(const QString &field, const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::invalid(
                field, text, tr("Enter a phone number, with its country code (+49 …) if it is abroad.")));
    // Letters (vanity numbers such as 1-800-FLOWERS) and control characters are not taken: a number staff or a
    // storefront typed should be digits, spaces and the usual punctuation only.
    static const QRegularExpression allowed(u"^[0-9+()./\\- \\x{00A0}]+$"_s);
    if (trimmed.size() > 40 || !allowed.match(trimmed).hasMatch()) {
        return fail(Error::invalid(field, text,
                tr("\"%1\" is not a phone number: use digits, spaces, +, -, (, ), . or / only.").arg(text)));
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), knownRegion(defaultRegion).toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) {
        return fail(Error::invalid(field, text,
                tr("\"%1\" is not a valid phone number (read in %2 unless it starts with + and a country code).")
                        .arg(text, knownRegion(defaultRegion))));
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    const QString formatted = QString::fromStdString(e164);
    if (!hasE164Shape(formatted))
        return fail(Error::invalid(field, text, tr("\"%1\" is not a valid phone number.").arg(text)));
    return formatted;
}

} // namespace shipshape
