#include "secrets/SessionSecrets.h"

#include "common/Logging.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Collects the answers; the last one hands the secrets over.
struct Collecting {
    SessionSecrets secrets;
    int waiting = 0;
    std::function<void(const SessionSecrets &)> done;

    void answered()
    {
        if (--waiting == 0)
            done(secrets);
    }
};

} // namespace

void SessionSecrets::load(const SecretStore &store, const std::optional<DatabaseUrl> &database, QObject *context,
        std::function<void(const SessionSecrets &secrets)> done)
{
    auto collecting = std::make_shared<Collecting>();
    collecting->done = std::move(done);
    const bool readPassword = database && database->kind() == DatabaseKind::PostgreSql
            && qEnvironmentVariableIsEmpty("PGPASSWORD") && store.options().useKeychain
            && SecretStore::keychainReachable();
    collecting->waiting = readPassword ? 4 : 3;

    using Category = const QLoggingCategory &(*) ();
    const auto keep = [collecting](Category category, const char *what, QString SessionSecrets::*field) {
        return [collecting, category, what, field](const Result<QString> &secret) {
            if (secret)
                collecting->secrets.*field = secret->trimmed();
            else
                qCWarning(category).noquote() << what << "unavailable:" << secret.error().message;
            collecting->answered();
        };
    };
    store.readAsync(u"stripe"_s, context, keep(&lcPayments, "Stripe secret key", &SessionSecrets::stripeSecretKey));
    store.readAsync(
            u"sendgrid"_s, context, keep(&lcNotifications, "SendGrid API key", &SessionSecrets::sendGridApiKey));
    store.readAsync(
            u"twilio"_s, context, keep(&lcNotifications, "Twilio auth token", &SessionSecrets::twilioAuthToken));
    if (readPassword) {
        // The keychain only: the name is no environment variable's, and libpq has PGPASSWORD itself.
        SecretStore::Options keychainOnly = store.options();
        keychainOnly.useEnvironment = false;
        keychainOnly.timeout = std::min<std::chrono::milliseconds>(keychainOnly.timeout, std::chrono::seconds(5));
        SecretStore(keychainOnly)
                .readAsync(
                        Database::passwordSecretName(*database), context, [collecting](const Result<QString> &secret) {
                            // Not trimmed: a password may end in a space.
                            if (secret)
                                collecting->secrets.databasePassword = *secret;
                            else
                                qCWarning(lcStorage).noquote()
                                        << "Database password unavailable from the keychain:" << secret.error().message;
                            collecting->answered();
                        });
    }
}

} // namespace shipshape
