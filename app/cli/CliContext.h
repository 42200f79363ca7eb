#pragma once

#include "cli/CommandTable.h"
#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace shipshape {
class Session;
}

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
    const CommandTable &m_table;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    std::optional<QString> m_databaseUrl;
    const CommandSpec *m_command = nullptr;
    std::unique_ptr<Session> m_session;
};

} // namespace shipshape::cli
