#pragma once

#include "common/Result.h"
#include "net/Backoff.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>

namespace shipshape {

class SecretStore;

// How Shipshape reaches Stripe. The secret key comes from the keychain (or SHIPSHAPE_STRIPE_SECRET_KEY
// for headless use); the base URL from SHIPSHAPE_STRIPE_API_BASE or the "stripe/apiBase" setting.
struct StripeSettings {
    Q_DECLARE_TR_FUNCTIONS(StripeSettings)

public:
    static constexpr const char *kApiVersion = "2023-08-16";

    QUrl apiBase = QUrl(QStringLiteral("https://api.stripe.com"));
    QString secretKey;
    std::chrono::milliseconds timeout{20000};
    // Retries of one call (same idempotency key): network errors, timeouts, 429 and 5xx only.
    RetryPolicy retry{std::chrono::milliseconds(500), std::chrono::milliseconds(8000), 0.3, 4};

    [[nodiscard]] bool isConfigured() const { return !secretKey.isEmpty(); }
    static Result<StripeSettings> load(const SecretStore &secrets);
};

} // namespace shipshape
