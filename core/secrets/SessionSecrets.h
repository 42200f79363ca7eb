#pragma once

#include "storage/DatabaseUrl.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace shipshape {

class SecretStore;

// The secrets a Session works with, read once, asynchronously, before the session opens (and again
// when someone changes them): the program's top reads them on its own thread (the app's GUI thread, the
// CLI's top-level loop) and hands them to every Session it opens. Worker threads never ask the
// keychain while a job runs. Only held in memory; never logged.
struct SessionSecrets {
    QString stripeSecretKey; // SecretStore "stripe" (or SHIPSHAPE_STRIPE_SECRET_KEY)
    QString sendGridApiKey; // SecretStore "sendgrid" (or SHIPSHAPE_SENDGRID_API_KEY)
    QString twilioAuthToken; // SecretStore "twilio" (or SHIPSHAPE_TWILIO_AUTH_TOKEN)
    // A PostgreSQL login's password from the keychain (Database::passwordSecretName). Empty: libpq
    // reads PGPASSWORD or ~/.pgpass itself.
    QString databasePassword;

    friend bool operator==(const SessionSecrets &, const SessionSecrets &) = default;

    // Reads all of them at once from `store`: the two provider keys (environment first, then the
    // keychain) and, for a PostgreSQL `database` when PGPASSWORD is not set, its password from the
    // keychain alone. A secret that cannot be read is left empty (the log says why: card payments are
    // then "not configured" and emails wait, as without a key). `done` runs once on this thread, only
    // while `context` lives.
    static void load(const SecretStore &store, const std::optional<DatabaseUrl> &database, QObject *context,
            std::function<void(const SessionSecrets &secrets)> done);
};

} // namespace shipshape
