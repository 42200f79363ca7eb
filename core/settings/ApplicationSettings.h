#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace shipshape {

// The preferences people edit on the Settings page, with their QSettings keys, defaults and the
// rules for valid values (one place for the desktop app, the CLI and the tests). API keys are not
// here: they live in the keychain (SecretStore) and never in settings.
struct ApplicationSettings {
    Q_DECLARE_TR_FUNCTIONS(ApplicationSettings)

public:
    // QSettings keys. The provider and mail keys are the ones StripeSettings and MailSettings read.
    static constexpr const char *kDatabaseUrlKey = "database/url";
    static constexpr const char *kStripeApiBaseKey = "stripe/apiBase";
    static constexpr const char *kStripeCheckoutSuccessUrlKey = "stripe/checkoutSuccessUrl";
    static constexpr const char *kSendGridApiBaseKey = "sendgrid/apiBase";
    static constexpr const char *kMailFromAddressKey = "mail/fromAddress";
    static constexpr const char *kMailFromNameKey = "mail/fromName";
    static constexpr const char *kReservationHoldMinutesKey = "orders/reservationHoldMinutes";
    static constexpr const char *kLanguageKey = "ui/language";
    static constexpr const char *kAppearanceKey = "ui/appearance";
    // The keys SmsSettings and MailSettings read (docs/operations.md, "SMS" and "Email delivery events").
    static constexpr const char *kSmsEnabledKey = "sms/enabled";
    static constexpr const char *kTwilioAccountSidKey = "twilio/accountSid";
    static constexpr const char *kTwilioFromKey = "twilio/from";
    static constexpr const char *kTwilioMessagingServiceSidKey = "twilio/messagingServiceSid";
    static constexpr const char *kSendGridWebhookPublicKeyKey = "sendgrid/webhookPublicKey";

    static constexpr int kMinHoldMinutes = 1;
    static constexpr int kMaxHoldMinutes = 1440;
    static constexpr int kDefaultHoldMinutes = 15;
    static constexpr int kMaxFromNameLength = 100;

    QString stripeApiBase;
    QString checkoutSuccessUrl; // payment links' return page; empty: no payment links
    QString sendGridApiBase;
    QString mailFromAddress;
    QString mailFromName;
    int reservationHoldMinutes = kDefaultHoldMinutes;
    QString language; // "" follows the system, else "en" or "de"
    QString appearance; // "" follows the desktop, else "light" or "dark"
    bool smsEnabled = false; // customers with a phone get SMS status messages
    QString twilioAccountSid; // AC + 32 hex digits; needed to turn SMS on
    QString twilioFrom; // E.164 sender, or empty when a messaging service sends
    QString twilioMessagingServiceSid; // MG + 32 hex digits, or empty
    QString sendGridWebhookPublicKey; // the Event Webhook's verification key (public, not a secret), or empty

    bool operator==(const ApplicationSettings &) const = default;

    // What is stored (defaults for what is not); the environment overrides are not applied here.
    static ApplicationSettings load(const QSettings &settings);
    // Every invalid field, each as an Error naming the field (stripeApiBase, checkoutSuccessUrl,
    // sendGridApiBase, mailFromAddress, mailFromName, reservationHoldMinutes, language, appearance,
    // smsEnabled, twilioAccountSid, twilioFrom, twilioMessagingServiceSid, sendGridWebhookPublicKey) and the
    // value. Empty when valid.
    [[nodiscard]] QList<Error> validate() const;
    // Writes every field; when any is invalid, writes nothing and fails with the first problem.
    Status save(QSettings &settings) const;

    // The languages offered: "" (system), "en", "de".
    static QStringList languages();
    // The appearances offered: "" (the desktop's), "light", "dark".
    static QStringList appearances();

    // --- what the next start uses ---
    // The database chosen on the Settings page, if one is stored and valid (field "database").
    static std::optional<DatabaseUrl> storedDatabase(const QSettings &settings);
    // Validates and stores the database for the next start; writes nothing when `url` is not valid.
    static Result<DatabaseUrl> saveDatabase(QSettings &settings, const QString &url);
    // $SHIPSHAPE_RESERVATION_HOLD_MINUTES (0–1440) when set, else the stored value when in range, else 15.
    static int effectiveReservationHoldMinutes(const QSettings &settings);
    // A base URL a provider may be reached at: https anywhere, plain http only to this computer,
    // no credentials in the URL. `field` names the field in the error.
    static Status checkApiBase(const QString &field, const QString &text);
};

} // namespace shipshape
