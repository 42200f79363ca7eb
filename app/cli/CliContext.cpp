#include "cli/CliContext.h"

#include "cli/ExitCode.h"
#include "cli/HelpText.h"
#include "orders/OrderJson.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "settings/ApplicationSettings.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdlib>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CliContext::CliContext(
        const CommandTable &table, QTextStream &out, QTextStream &err, bool json, std::optional<QString> databaseUrl)
    : m_table(table), m_out(out), m_err(err), m_json(json), m_databaseUrl(std::move(databaseUrl))
{}

CliContext::~CliContext() = default;

Result<DatabaseUrl> CliContext::databaseUrl() const
{
    return m_databaseUrl ? DatabaseUrl::parse(*m_databaseUrl) : DatabaseUrl::fromEnvironmentOrDefault();
}

Result<Session *> CliContext::session()
{
    Q_ASSERT_X(!m_command || m_command->usesDatabase, "CliContext::session",
            qPrintable(m_command->name() + u" is declared not to use the database"_s));
    if (m_session)
        return m_session.get();
    auto url = databaseUrl();
    if (!url)
        return shipshape::fail(url.error());
    SessionOptions options;
    options.reservationHoldMinutes = ApplicationSettings::effectiveReservationHoldMinutes(QSettings());
    options.secrets = secrets();
    auto session = Session::open(*url, options);
    if (!session)
        return shipshape::fail(session.error());
    m_session = std::move(*session);
    armInjectedCrash(m_session->database());
    return m_session.get();
}

void CliContext::armInjectedCrash(Database &database)
{
    // The crash sweep (tests/core/CrashSweepTest, docs/testing.md) ends the program abruptly just before
    // its N-th statement after the session opened, as kill -9 or a power cut would: no destructor, no
    // rollback, no flush. What that leaves must keep every invariant and be all or nothing.
    const int crashBefore = qEnvironmentVariableIntValue("SHIPSHAPE_CRASH_BEFORE_STATEMENT");
    if (crashBefore <= 0)
        return;
    database.setStatementObserver([crashBefore, seen = 0](const QString &, const QVariantList &) mutable {
        if (++seen == crashBefore)
            std::_Exit(ExitInjectedCrash);
    });
}

const SessionSecrets &CliContext::secrets(bool reload)
{
    if (m_secrets && !reload)
        return *m_secrets;
    auto url = databaseUrl();
    QEventLoop loop; // the command's top-level loop (see wait())
    SessionSecrets::load(SecretStore(), url ? std::optional<DatabaseUrl>(*url) : std::nullopt, &loop,
            [this, &loop](const SessionSecrets &secrets) {
                m_secrets = secrets;
                loop.quit();
            });
    loop.exec();
    return *m_secrets;
}

int CliContext::fail(const Error &error)
{
    if (m_json) {
        m_err << QJsonDocument(OrderJson::error(error)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_err << tr("error: %1").arg(error.message);
        if (!error.field.isEmpty())
            m_err << " [" << error.field << (error.value.isEmpty() ? QString() : u" = "_s + error.value) << ']';
        m_err << '\n';
    }
    m_err.flush();
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString &problem, const QString &topic)
{
    if (m_json) {
        m_err << QJsonDocument(QJsonObject{{u"error"_s,
                                       QJsonObject{{u"code"_s, u"usage"_s}, {u"message"_s, problem},
                                               {u"hint"_s, HelpText::hint(topic)}}}})
                         .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_err << tr("error: %1").arg(problem) << '\n' << HelpText::hint(topic) << '\n';
    }
    m_err.flush();
    return ExitUsage;
}

int CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    return ExitOk;
}

Result<QByteArray> CliContext::readInput(const QString &source)
{
    QFile file;
    bool opened = false;
    if (source == u"-"_s) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return shipshape::fail(
                Error::invalid(u"file"_s, source, tr("Cannot read %1: %2").arg(source, file.errorString())));
    constexpr qint64 kMaxRequestBytes = 4 * 1024 * 1024;
    const QByteArray data = file.read(kMaxRequestBytes + 1);
    if (data.size() > kMaxRequestBytes)
        return shipshape::fail(Error::invalid(u"file"_s, source, tr("%1 is larger than 4 MiB.").arg(source)));
    return data;
}

Result<QString> CliContext::readSecretLine(const QString &prompt, const Error &whenEmpty)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        m_err << prompt << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    QFile input;
    QString line;
    if (input.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(input.readLine(1024));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << '\n' << Qt::flush;
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        return shipshape::fail(whenEmpty);
    return line;
}

} // namespace shipshape::cli
