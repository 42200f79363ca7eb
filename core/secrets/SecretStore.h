#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>

class QObject;

namespace shipshape {

// API keys and other secrets, by name ("sendgrid", "stripe"), kept in the operating system's keychain
// through QtKeychain (service "Shipshape") and never in the database, QSettings or logs.
// An environment variable overrides the keychain for headless machines and tests:
// SHIPSHAPE_<NAME>_API_KEY, except names with their own variable (stripe: SHIPSHAPE_STRIPE_SECRET_KEY,
// api-jwt, the Order API's token key: SHIPSHAPE_API_JWT_KEY; stripe-webhook, the signing secret of
// Stripe's webhook endpoint: SHIPSHAPE_STRIPE_WEBHOOK_SECRET; webhook-<id>, the signing secret of an outbound
// webhook endpoint: SHIPSHAPE_WEBHOOK_SECRET_<id>).
class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    struct Options {
        QString service = QStringLiteral("Shipshape");
        std::chrono::milliseconds timeout{10000}; // a keychain prompt nobody answers must not hang us
        bool useEnvironment = true;
        bool useKeychain = true;
    };

    SecretStore();
    explicit SecretStore(Options options);

    [[nodiscard]] const Options &options() const { return m_options; }

    // Every call is asynchronous: QtKeychain works through D-Bus (or the platform's service) anyway, so
    // these start the job and return; `done` runs on this thread, from its event loop, only while
    // `context` lives, after the answer or the timeout. No nested event loop and no blocking, on any
    // thread. Secrets are read when a session opens (SessionSecrets), never while a job runs.

    // The secret (the environment variable first, when allowed), or an empty string when none is
    // stored. Fails only when the keychain cannot be asked.
    void readAsync(const QString &name, QObject *context, std::function<void(const Result<QString> &)> done) const;
    // Whether the keychain holds `name`; the secret itself never reaches the caller, and the
    // environment is not consulted.
    void hasSecretAsync(const QString &name, QObject *context, std::function<void(const Result<bool> &)> done) const;
    void writeAsync(const QString &name, const QString &secret, QObject *context,
            std::function<void(const Status &)> done) const;
    void removeAsync(const QString &name, QObject *context, std::function<void(const Status &)> done) const;

    // The environment variable that may supply `name`.
    static QByteArray environmentVariableFor(const QString &name);
    // False when there is no keychain to ask (no D-Bus session bus on Linux).
    static bool keychainReachable();

private:
    Options m_options;
};

} // namespace shipshape
