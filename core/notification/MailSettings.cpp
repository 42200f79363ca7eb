#include "notification/MailSettings.h"

#include "common/Logging.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

bool MailSettings::setSender(const QString &text)
{
    static const QRegularExpression named(u"^\\s*(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*$"_s);
    static const QRegularExpression bare(u"^\\s*([^<>\\s]+@[^<>\\s]+)\\s*$"_s);
    if (const auto match = named.match(text); match.hasMatch()) {
        fromAddress = match.captured(2);
        if (!match.captured(1).isEmpty())
            fromName = match.captured(1).remove(u'"');
        return true;
    }
    if (const auto match = bare.match(text); match.hasMatch()) {
        fromAddress = match.captured(1);
        return true;
    }
    return false;
}

QString MailSettings::safeBrandColor() const
{
    static const QRegularExpression colour(u"^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"_s);
    return colour.match(brandColor).hasMatch() ? brandColor : MailSettings().brandColor;
}

QString MailSettings::safeLogoUrl() const
{
    const QUrl url(logoUrl, QUrl::StrictMode);
    return (url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty()) ? url.toString(QUrl::FullyEncoded)
                                                                                  : QString();
}

MailSettings MailSettings::load()
{
    return load(QSettings());
}

MailSettings MailSettings::load(const QSettings &settings)
{
    MailSettings mail;
    mail.fromAddress = settings.value(u"mail/fromAddress"_s, mail.fromAddress).toString();
    mail.fromName = settings.value(u"mail/fromName"_s, mail.fromName).toString();
    mail.shopName = settings.value(u"mail/shopName"_s, mail.shopName).toString();
    mail.brandColor = settings.value(u"mail/brandColor"_s, mail.brandColor).toString();
    mail.logoUrl = settings.value(u"mail/logoUrl"_s, mail.logoUrl).toString();
    mail.apiBase = QUrl(settings.value(u"sendgrid/apiBase"_s, mail.apiBase.toString()).toString());
    bool ok = false;
    const int timeoutSeconds = settings.value(u"sendgrid/timeoutSeconds"_s, 15).toInt(&ok);
    if (ok && timeoutSeconds > 0)
        mail.timeout = std::chrono::seconds(timeoutSeconds);
    const int maxAttempts = settings.value(u"mail/maxAttempts"_s, 8).toInt(&ok);
    if (ok && maxAttempts > 0)
        mail.retry.maxAttempts = maxAttempts;

    if (const QString from = qEnvironmentVariable("SHIPSHAPE_MAIL_FROM"); !from.isEmpty()) {
        if (!mail.setSender(from))
            qCWarning(lcNotifications) << "Ignoring SHIPSHAPE_MAIL_FROM: not \"Name <address>\" or \"address\"";
    }
    if (const QString base = qEnvironmentVariable("SHIPSHAPE_SENDGRID_API_BASE"); !base.isEmpty())
        mail.apiBase = QUrl(base);
    mail.webhookPublicKey = settings.value(u"sendgrid/webhookPublicKey"_s).toString().trimmed().toLatin1();
    if (const QByteArray key = qgetenv("SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY").trimmed(); !key.isEmpty())
        mail.webhookPublicKey = key;
    return mail;
}

} // namespace shipshape
