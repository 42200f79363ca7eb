#include "secrets/SecretStore.h"

#include "common/Logging.h"

#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Starts a job that deletes itself when finished; `onDone` gets the job, or nullptr when the deadline
// passed first. Exactly one of the two happens, and only while `context` lives.
void startJob(QKeychain::Job *job, QObject *context, std::chrono::milliseconds timeout,
        std::function<void(QKeychain::Job *job)> onDone)
{
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(QKeychain::Job *)>>(std::move(onDone));
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, callback](QKeychain::Job *finished) {
        if (std::exchange(*answered, true))
            return;
        (*callback)(finished);
    });
    QTimer::singleShot(timeout, context, [answered, callback] {
        if (std::exchange(*answered, true))
            return;
        (*callback)(nullptr);
    });
    job->start();
}

QString timeoutMessage(std::chrono::milliseconds timeout)
{
    return SecretStore::tr("The keychain did not answer within %1 ms.").arg(timeout.count());
}

} // namespace

void SecretStore::hasSecretAsync(
        const QString &name, QObject *context, std::function<void(const Result<bool> &)> done) const
{
    if (!m_options.useKeychain || !keychainReachable()) {
        QTimer::singleShot(0, context, [done] { done(false); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_options.service);
    job->setKey(name);
    const auto timeout = m_options.timeout;
    startJob(job, context, timeout, [done, name, timeout](QKeychain::Job *finished) {
        if (!finished) {
            done(fail(Error::unavailable(timeoutMessage(timeout))));
            return;
        }
        if (finished->error() == QKeychain::EntryNotFound) {
            done(false);
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcNotifications) << "Keychain read of" << name << "failed:" << finished->errorString();
            done(fail(Error::unavailable(
                    tr("Cannot read \"%1\" from the keychain: %2").arg(name, finished->errorString()))));
            return;
        }
        // Only whether a key exists leaves this function; the text stays in the job, which is deleted.
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(!read->textData().isEmpty());
    });
}

void SecretStore::writeAsync(
        const QString &name, const QString &secret, QObject *context, std::function<void(const Status &)> done) const
{
    if (!keychainReachable()) {
        QTimer::singleShot(0, context,
                [done] { done(fail(Error::unavailable(tr("No keychain is reachable (no D-Bus session).")))); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_options.service);
    job->setKey(name);
    job->setTextData(secret);
    const auto timeout = m_options.timeout;
    startJob(job, context, timeout, [done, name, timeout](QKeychain::Job *finished) {
        if (!finished)
            done(fail(Error::unavailable(timeoutMessage(timeout))));
        else if (finished->error() != QKeychain::NoError)
            done(fail(Error::unavailable(
                    tr("Cannot store \"%1\" in the keychain: %2").arg(name, finished->errorString()))));
        else
            done({});
    });
}

void SecretStore::removeAsync(const QString &name, QObject *context, std::function<void(const Status &)> done) const
{
    if (!keychainReachable()) {
        QTimer::singleShot(0, context,
                [done] { done(fail(Error::unavailable(tr("No keychain is reachable (no D-Bus session).")))); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_options.service);
    job->setKey(name);
    const auto timeout = m_options.timeout;
    startJob(job, context, timeout, [done, name, timeout](QKeychain::Job *finished) {
        if (!finished)
            done(fail(Error::unavailable(timeoutMessage(timeout))));
        else if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            done(fail(Error::unavailable(
                    tr("Cannot remove \"%1\" from the keychain: %2").arg(name, finished->errorString()))));
        else
            done({});
    });
}

SecretStore::SecretStore() : SecretStore(Options{}) {}

SecretStore::SecretStore(Options options) : m_options(std::move(options)) {}

QByteArray SecretStore::environmentVariableFor(const QString &name)
{
    if (name.compare(u"stripe"_s, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("SHIPSHAPE_STRIPE_SECRET_KEY");
    if (name.compare(u"stripe-webhook"_s, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("SHIPSHAPE_STRIPE_WEBHOOK_SECRET");
    if (name.compare(u"twilio"_s, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("SHIPSHAPE_TWILIO_AUTH_TOKEN");
    if (name.compare(u"api-jwt"_s, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("SHIPSHAPE_API_JWT_KEY");
    // A webhook endpoint's signing secret ("webhook-7"): SHIPSHAPE_WEBHOOK_SECRET_7.
    if (name.startsWith(u"webhook-"_s, Qt::CaseInsensitive))
        return "SHIPSHAPE_WEBHOOK_SECRET_" + name.mid(8).toLatin1();
    QByteArray upper;
    for (QChar c : name) {
        const char16_t u = c.toUpper().unicode();
        upper.append(((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) ? static_cast<char>(u) : '_');
    }
    return "SHIPSHAPE_" + upper + "_API_KEY";
}

bool SecretStore::keychainReachable()
{
#if defined(Q_OS_LINUX)
    // Without a session bus QtKeychain would try to autolaunch one (and may block or spawn daemons).
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

void SecretStore::readAsync(
        const QString &name, QObject *context, std::function<void(const Result<QString> &)> done) const
{
    if (m_options.useEnvironment) {
        const QString fromEnvironment = qEnvironmentVariable(environmentVariableFor(name).constData()).trimmed();
        if (!fromEnvironment.isEmpty()) {
            QTimer::singleShot(0, context, [done, fromEnvironment] { done(fromEnvironment); });
            return;
        }
    }
    if (!m_options.useKeychain || !keychainReachable()) {
        QTimer::singleShot(0, context, [done] { done(QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_options.service);
    job->setKey(name);
    const auto timeout = m_options.timeout;
    startJob(job, context, timeout, [done, name, timeout](QKeychain::Job *finished) {
        if (!finished) {
            done(fail(Error::unavailable(timeoutMessage(timeout))));
            return;
        }
        if (finished->error() == QKeychain::EntryNotFound) {
            done(QString());
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcNotifications) << "Keychain read of" << name << "failed:" << finished->errorString();
            done(fail(Error::unavailable(
                    tr("Cannot read \"%1\" from the keychain: %2").arg(name, finished->errorString()))));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
}

} // namespace shipshape
