#pragma once

#include "common/Result.h"
#include "net/Backoff.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>

namespace shipshape {

// How Shipshape reaches Stripe. The secret key comes from the keychain (or SHIPSHAPE_STRIPE_SECRET_KEY
// for headless use), read before the session opens (SessionSecrets) and handed to load(); the base URL from
// SHIPSHAPE_STRIPE_API_BASE or the "stripe/apiBase" setting; the payment links' return page from
// SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL or "stripe/checkoutSuccessUrl".
struct StripeSettings {
    Q_DECLARE_TR_FUNCTIONS(StripeSettings)

public:
    static constexpr const char *kApiVersion = "2023-08-16";

    QUrl apiBase = QUrl(QStringLiteral("https://api.stripe.com"));
    QString secretKey;
    // Where Stripe sends customers after they paid through a payment link (the shop's thank-you page).
    // Payment links need it; card charges do not.
    QUrl checkoutSuccessUrl;
    std::chrono::milliseconds timeout{20000};
    // Retries of one call (same idempotency key): network errors, timeouts, 429 and 5xx only.
    RetryPolicy retry{std::chrono::milliseconds(500), std::chrono::milliseconds(8000), 0.3, 4};

    [[nodiscard]] bool isConfigured() const { return !secretKey.isEmpty(); }
    static Result<StripeSettings> load(const QString &secretKey);
    // Empty (links unavailable) or an https URL without credentials; the error names the field.
    static Status checkSuccessUrl(const QString &text);
};

} // namespace shipshape
