#pragma once

#include "cli/CommandTable.h"
#include "common/Result.h"
#include "secrets/SessionSecrets.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace shipshape {
class Session;
class Database;
} // namespace shipshape

namespace shipshape::cli {

// What every command handler shares: the output streams, --json, the database (opened on first use,
// never before a handler asks) and the ways to report a result or an error.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliContext(const CommandTable &table, QTextStream &out, QTextStream &err, bool json,
            std::optional<QString> databaseUrl);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }
    [[nodiscard]] bool json() const { return m_json; }
    [[nodiscard]] const CommandTable &table() const { return m_table; }

    // --database, else $SHIPSHAPE_DATABASE, else the application's default file.
    [[nodiscard]] Result<DatabaseUrl> databaseUrl() const;
    // The session, opened (and the schema migrated) on the first call. Only for a command whose spec
    // says it uses the database (`command`, when one runs).
    Result<Session *> session();
    // The secrets sessions work with (Stripe and SendGrid keys, the database password from the keychain),
    // read once, asynchronously, on first use: the session gets them when it opens. `reload` reads them
    // again (the worker does before each round, so a key stored meanwhile is used).
    const SessionSecrets &secrets(bool reload = false);
    // Runs the command's one top-level event loop until `future` has finished and returns its value.
    // Nothing runs outside it (the CLI has no other loop), so this is not a nested loop: core never
    // waits, only the top of a command does. A cancelled future (its session went away) is an error.
    template <typename T>
    Result<T> wait(QFuture<Result<T>> future)
    {
        if (!future.isFinished()) {
            QEventLoop loop;
            (void) future.then(&loop, [&loop](const Result<T> &) { loop.quit(); }).onCanceled(&loop, [&loop] {
                loop.quit();
            });
            loop.exec();
        }
        if (future.isCanceled() || future.resultCount() == 0)
            return shipshape::fail(Error::internal(tr("The operation was abandoned before it finished.")));
        return future.result();
    }
    void setCommand(const CommandSpec *command) { m_command = command; }

    // Prints the error (text or JSON on stderr) and returns its exit code.
    int fail(const Error &error);
    // A usage error: one line saying what is wrong, then where the help on `topic` (command words, a
    // noun, or empty for everything) is. Returns ExitUsage.
    int usage(const QString &problem, const QString &topic);
    // Prints a JSON document on stdout and returns ExitOk.
    int printJson(const QJsonValue &value);
    // A request file, or standard input for "-"; at most 4 MiB.
    Result<QByteArray> readInput(const QString &source);
    // One line from standard input, without echo on a terminal (passwords and API keys never come from
    // the command line, where ps and the shell history would show them). An empty line is `whenEmpty`.
    Result<QString> readSecretLine(const QString &prompt, const Error &whenEmpty);

private:
    static void armInjectedCrash(Database &database);
    const CommandTable &m_table;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    std::optional<QString> m_databaseUrl;
    const CommandSpec *m_command = nullptr;
    std::unique_ptr<Session> m_session;
    std::optional<SessionSecrets> m_secrets;
};

} // namespace shipshape::cli
