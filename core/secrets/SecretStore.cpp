#include "secrets/SecretStore.h"

#include "common/Logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Runs a QtKeychain job to completion with a local event loop and a deadline.
// Returns false when the deadline passed first.
bool runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished) {
        deadline.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return finished;
}

} // namespace

SecretStore::SecretStore() : SecretStore(Options{}) {}

SecretStore::SecretStore(Options options) : m_options(std::move(options)) {}

QByteArray SecretStore::environmentVariableFor(const QString &name)
{
    if (name.compare(u"stripe"_s, Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("SHIPSHAPE_STRIPE_SECRET_KEY");
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

Result<QString> SecretStore::read(const QString &name) const
{
    if (m_options.useEnvironment) {
        const QString fromEnvironment = qEnvironmentVariable(environmentVariableFor(name).constData()).trimmed();
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
    }
    if (!m_options.useKeychain || !keychainReachable())
        return QString();
    QKeychain::ReadPasswordJob job(m_options.service);
    job.setKey(name);
    if (!runJob(job, m_options.timeout))
        return fail(Error::unavailable(tr("The keychain did not answer within %1 ms.").arg(m_options.timeout.count())));
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcNotifications) << "Keychain read of" << name << "failed:" << job.errorString();
        return fail(Error::unavailable(tr("Cannot read \"%1\" from the keychain: %2").arg(name, job.errorString())));
    }
    return job.textData();
}

Status SecretStore::write(const QString &name, const QString &secret) const
{
    if (!keychainReachable())
        return fail(Error::unavailable(tr("No keychain is reachable (no D-Bus session).")));
    QKeychain::WritePasswordJob job(m_options.service);
    job.setKey(name);
    job.setTextData(secret);
    if (!runJob(job, m_options.timeout))
        return fail(Error::unavailable(tr("The keychain did not answer within %1 ms.").arg(m_options.timeout.count())));
    if (job.error() != QKeychain::NoError)
        return fail(Error::unavailable(tr("Cannot store \"%1\" in the keychain: %2").arg(name, job.errorString())));
    return {};
}

Status SecretStore::remove(const QString &name) const
{
    if (!keychainReachable())
        return fail(Error::unavailable(tr("No keychain is reachable (no D-Bus session).")));
    QKeychain::DeletePasswordJob job(m_options.service);
    job.setKey(name);
    if (!runJob(job, m_options.timeout))
        return fail(Error::unavailable(tr("The keychain did not answer within %1 ms.").arg(m_options.timeout.count())));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(Error::unavailable(tr("Cannot remove \"%1\" from the keychain: %2").arg(name, job.errorString())));
    return {};
}

} // namespace shipshape
