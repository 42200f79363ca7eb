#pragma once

#include "net/Backoff.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>

class QSettings;

namespace shipshape {

// How customer emails look and where they go, read from QSettings and the environment (the
// environment wins, for headless workers and tests). The API key is not here: it lives in SecretStore.
struct MailSettings {
    Q_DECLARE_TR_FUNCTIONS(MailSettings)

public:
    QString fromAddress = QStringLiteral("orders@example.com");
    QString fromName = QStringLiteral("Shipshape");
    QString shopName = QStringLiteral("Shipshape");
    QString brandColor = QStringLiteral("#1f6feb"); // only #rgb / #rrggbb are accepted
    QString logoUrl; // only https URLs are used
    QUrl apiBase = QUrl(QStringLiteral("https://api.sendgrid.com"));
    std::chrono::milliseconds timeout{15000};
    RetryPolicy retry;
    // SendGrid's Event Webhook verification key (Settings → Mail Settings → Signed Event Webhook in
    // SendGrid): a public key, so a setting and not a secret. Empty: the webhook endpoint is off.
    QByteArray webhookPublicKey;

    // Keys: mail/fromAddress, mail/fromName, mail/shopName, mail/brandColor, mail/logoUrl,
    // sendgrid/apiBase, sendgrid/timeoutSeconds, mail/maxAttempts, sendgrid/webhookPublicKey.
    // Environment: SHIPSHAPE_MAIL_FROM ("Name <addr>" or "addr"), SHIPSHAPE_SENDGRID_API_BASE,
    // SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY.
    static MailSettings load(const QSettings &settings);
    static MailSettings load();

    // Parses "Name <addr>" or "addr" into this sender; false when it is neither.
    bool setSender(const QString &text);
    // A safe CSS colour and logo URL (fall back to defaults/none when the configured one is not).
    [[nodiscard]] QString safeBrandColor() const;
    [[nodiscard]] QString safeLogoUrl() const;
};

} // namespace shipshape
