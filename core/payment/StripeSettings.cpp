#include "payment/StripeSettings.h"

#include "net/HttpClient.h"
#include "secrets/SecretStore.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<StripeSettings> StripeSettings::load(const SecretStore &secrets)
{
    StripeSettings settings;
    QString base = qEnvironmentVariable("SHIPSHAPE_STRIPE_API_BASE");
    if (base.isEmpty())
        base = QSettings().value(u"stripe/apiBase"_s, settings.apiBase.toString()).toString();
    settings.apiBase = QUrl(base);
    if (auto allowed = HttpClient::checkUrlAllowed(settings.apiBase); !allowed)
        return fail(allowed.error());
    auto key = secrets.read(u"stripe"_s);
    if (!key)
        return fail(key.error());
    settings.secretKey = *key;
    return settings;
}

} // namespace shipshape
