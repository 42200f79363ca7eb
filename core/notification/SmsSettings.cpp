#include "notification/SmsSettings.h"

#include "customers/PhoneNumbers.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

bool SmsSettings::isAccountSid(const QString &text)
{
    static const QRegularExpression sid(u"^AC[0-9a-fA-F]{32}$"_s);
    return sid.match(text).hasMatch();
}

bool SmsSettings::isMessagingServiceSid(const QString &text)
{
    static const QRegularExpression sid(u"^MG[0-9a-fA-F]{32}$"_s);
    return sid.match(text).hasMatch();
}

QString SmsSettings::senderProblem() const
{
    if (!isAccountSid(accountSid))
        return tr("The Twilio account SID \"%1\" is not AC and 32 hexadecimal digits.").arg(accountSid);
    if (!messagingServiceSid.isEmpty()) {
        if (!isMessagingServiceSid(messagingServiceSid))
            return tr("The Twilio messaging service SID \"%1\" is not MG and 32 hexadecimal digits.")
                    .arg(messagingServiceSid);
        return {};
    }
    if (!PhoneNumbers::hasE164Shape(fromNumber))
        return tr("The SMS sender \"%1\" is not a phone number in E.164 form (+ and the country code).")
                .arg(fromNumber);
    return {};
}

SmsSettings SmsSettings::load()
{
    return load(QSettings());
}

SmsSettings SmsSettings::load(const QSettings &settings)
{
    SmsSettings sms;
    sms.enabled = settings.value(u"sms/enabled"_s, false).toBool();
    sms.defaultRegion = PhoneNumbers::configuredRegion();
    sms.accountSid = settings.value(u"twilio/accountSid"_s).toString().trimmed();
    sms.fromNumber = settings.value(u"twilio/from"_s).toString().trimmed();
    sms.messagingServiceSid = settings.value(u"twilio/messagingServiceSid"_s).toString().trimmed();
    sms.shopName = settings.value(u"mail/shopName"_s, sms.shopName).toString();
    sms.apiBase = QUrl(settings.value(u"twilio/apiBase"_s, sms.apiBase.toString()).toString());
    bool ok = false;
    const int timeoutSeconds = settings.value(u"twilio/timeoutSeconds"_s, 15).toInt(&ok);
    if (ok && timeoutSeconds > 0)
        sms.timeout = std::chrono::seconds(timeoutSeconds);
    const int maxAttempts = settings.value(u"sms/maxAttempts"_s, 8).toInt(&ok);
    if (ok && maxAttempts > 0)
        sms.retry.maxAttempts = maxAttempts;

    if (const QString enabled = qEnvironmentVariable("SHIPSHAPE_SMS_ENABLED"); !enabled.isEmpty())
        sms.enabled = enabled == u"1"_s || enabled.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (const QString sid = qEnvironmentVariable("SHIPSHAPE_TWILIO_ACCOUNT_SID").trimmed(); !sid.isEmpty())
        sms.accountSid = sid;
    if (const QString from = qEnvironmentVariable("SHIPSHAPE_TWILIO_FROM").trimmed(); !from.isEmpty())
        sms.fromNumber = from;
    if (const QString service = qEnvironmentVariable("SHIPSHAPE_TWILIO_MESSAGING_SERVICE_SID").trimmed();
            !service.isEmpty())
        sms.messagingServiceSid = service;
    if (const QString base = qEnvironmentVariable("SHIPSHAPE_TWILIO_API_BASE"); !base.isEmpty())
        sms.apiBase = QUrl(base);
    return sms;
}

} // namespace shipshape
