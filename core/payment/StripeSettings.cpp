#include "payment/StripeSettings.h"

#include "net/HttpClient.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<StripeSettings> StripeSettings::load(const QString &secretKey)
{
    StripeSettings settings;
    QString base = qEnvironmentVariable("SHIPSHAPE_STRIPE_API_BASE");
    if (base.isEmpty())
        base = QSettings().value(u"stripe/apiBase"_s, settings.apiBase.toString()).toString();
    settings.apiBase = QUrl(base);
    if (auto allowed = HttpClient::checkUrlAllowed(settings.apiBase); !allowed)
        return fail(allowed.error());
    QString successUrl = qEnvironmentVariable("SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL");
    if (successUrl.isEmpty())
        successUrl = QSettings().value(u"stripe/checkoutSuccessUrl"_s).toString();
    if (auto checked = checkSuccessUrl(successUrl); !checked)
        return fail(checked.error());
    if (!successUrl.trimmed().isEmpty())
        settings.checkoutSuccessUrl = QUrl(successUrl.trimmed(), QUrl::StrictMode);
    settings.secretKey = secretKey.trimmed();
    return settings;
}

Status StripeSettings::checkSuccessUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {}; // payment links stay unavailable until it is set
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return fail(Error::invalid(u"checkoutSuccessUrl"_s, text,
                tr("\"%1\" is not an https address customers can be sent to after paying.").arg(text)));
    }
    return {};
}

} // namespace shipshape
