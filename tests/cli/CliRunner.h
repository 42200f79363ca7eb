#pragma once

// Black-box helpers for the CLI tests: run the built shipshape-cli (path from $SHIPSHAPE_CLI, set by CTest)
// as a child process against a throw-away SQLite file, and parse what it prints.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>
#include <ostream>

namespace shipshape::clitest {

// Exit codes of the CLI contract.
enum Exit : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitInvalid = 3,
    ExitConflict = 4,
    ExitPaymentFailed = 5,
    ExitUnavailable = 6,
    ExitNotFound = 7,
};

// Generous: a single CLI invocation takes well under a second.
inline constexpr int kProcessTimeoutMs = 30'000;

struct CliResult {
    QStringList arguments;
    int exitCode = -1;
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    // The whole invocation and its output, for failure messages.
    [[nodiscard]] std::string describe() const;

    // stdout parsed as JSON; adds a test failure (and returns an empty value) if it is not JSON.
    [[nodiscard]] QJsonValue json() const;
    [[nodiscard]] QJsonObject jsonObject() const { return json().toObject(); }
    [[nodiscard]] QJsonArray jsonArray() const { return json().toArray(); }
    // stderr parsed as a JSON object (the --json error shape); adds a test failure if it is not one.
    [[nodiscard]] QJsonObject errorJson() const;
};

std::ostream &operator<<(std::ostream &stream, const CliResult &result);

// Parses a complete JSON document of any kind (object, array or scalar); nullopt and a problem if invalid.
std::optional<QJsonValue> parseJson(const QByteArray &text, QString *problem = nullptr);

QByteArray toJsonBytes(const QJsonObject &object);

// $SHIPSHAPE_CLI (empty if unset).
QString cliPath();

class CliRunner {
public:
    CliRunner();

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    [[nodiscard]] QString databaseUrl() const { return QStringLiteral("sqlite:") + m_databasePath; }
    // Point later runs at another file (relative names go into the temporary directory).
    void setDatabaseFile(const QString &fileName);
    // Later runs capture standard error into `out` too, interleaved as a terminal would show them.
    void setMergedOutput(bool merged) { m_merged = merged; }

    // Runs shipshape-cli --database sqlite:<file> ARGS, feeding stdinData on standard input.
    // extraEnvironment entries are set in the child's environment (an empty value is still set).
    CliResult run(const QStringList &arguments, const QByteArray &stdinData = {},
            const QHash<QString, QString> &extraEnvironment = {}) const;
    // Runs shipshape-cli ARGS exactly as given (no --database).
    CliResult runRaw(const QStringList &arguments, const QByteArray &stdinData = {},
            const QHash<QString, QString> &extraEnvironment = {}) const;

    // Writes a file into the temporary directory and returns its absolute path.
    QString writeFile(const QString &fileName, const QByteArray &contents) const;

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    bool m_merged = false;
};

} // namespace shipshape::clitest

// Readable GoogleTest output for Qt strings (QString and QStringList are found by ADL in the global namespace).
inline void PrintTo(const QString &text, std::ostream *stream)
{
    *stream << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *stream)
{
    *stream << '"' << bytes.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *stream)
{
    *stream << "QStringList{\"" << list.join(QStringLiteral("\", \"")).toStdString() << "\"}";
}
