#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {

std::string CliResult::describe() const
{
    QString text = u"shipshape-cli "_s + arguments.join(u' ');
    if (!started)
        text += u"\n  (did not start)"_s;
    else if (timedOut)
        text += u"\n  (TIMED OUT after %1 ms and was killed)"_s.arg(kProcessTimeoutMs);
    else if (crashed)
        text += u"\n  (CRASHED)"_s;
    else
        text += u"\n  exit code: %1"_s.arg(exitCode);
    text += u"\n  stdout: "_s + QString::fromUtf8(out.left(4000));
    text += u"\n  stderr: "_s + QString::fromUtf8(err.left(4000));
    return text.toStdString();
}

std::ostream &operator<<(std::ostream &stream, const CliResult &result)
{
    return stream << result.describe();
}

std::optional<QJsonValue> parseJson(const QByteArray &text, QString *problem)
{
    // Wrapping in an array accepts any top-level JSON value and still rejects trailing garbage.
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text).append(']');
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        if (problem)
            *problem = error.error != QJsonParseError::NoError ? error.errorString() : u"not exactly one JSON value"_s;
        return std::nullopt;
    }
    return document.array().at(0);
}

QByteArray toJsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue CliResult::json() const
{
    QString problem;
    const auto value = parseJson(out, &problem);
    if (!value) {
        ADD_FAILURE() << "stdout is not valid JSON (" << problem.toStdString() << "):\n" << describe();
        return {};
    }
    return *value;
}

QJsonObject CliResult::errorJson() const
{
    QString problem;
    const auto value = parseJson(err, &problem);
    if (!value || !value->isObject()) {
        ADD_FAILURE() << "stderr is not a JSON object (" << problem.toStdString() << "):\n" << describe();
        return {};
    }
    return value->toObject();
}

QString cliPath()
{
    return qEnvironmentVariable("SHIPSHAPE_CLI");
}

CliRunner::CliRunner()
{
    m_databasePath = m_dir.filePath(u"shipshape.sqlite"_s);
}

void CliRunner::setDatabaseFile(const QString &fileName)
{
    m_databasePath = QDir::isAbsolutePath(fileName) ? fileName : m_dir.filePath(fileName);
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &stdinData,
        const QHash<QString, QString> &extraEnvironment) const
{
    return runRaw(QStringList{u"--database"_s, databaseUrl()} + arguments, stdinData, extraEnvironment);
}

CliResult CliRunner::runRaw(const QStringList &arguments, const QByteArray &stdinData,
        const QHash<QString, QString> &extraEnvironment) const
{
    CliResult result;
    result.arguments = arguments;
    const QString program = cliPath();
    if (program.isEmpty()) {
        ADD_FAILURE()
                << "SHIPSHAPE_CLI is not set; run the CLI tests through ctest (it points at the built shipshape-cli).";
        return result;
    }

    // Isolate the child from the developer's settings, default database and hold-time override.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"SHIPSHAPE_DATABASE"_s);
    environment.remove(u"SHIPSHAPE_RESERVATION_HOLD_MINUTES"_s);
    environment.remove(u"QT_LOGGING_RULES"_s);
    environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (auto it = extraEnvironment.constBegin(); it != extraEnvironment.constEnd(); ++it)
        environment.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.setProgram(program);
    process.setArguments(arguments);
    if (m_merged)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(kProcessTimeoutMs)) {
        ADD_FAILURE() << "Could not start " << program.toStdString() << ": " << process.errorString().toStdString();
        return result;
    }
    result.started = true;
    if (!stdinData.isEmpty()) {
        process.write(stdinData);
        process.waitForBytesWritten(kProcessTimeoutMs);
    }
    process.closeWriteChannel();

    if (!process.waitForFinished(kProcessTimeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        ADD_FAILURE() << "shipshape-cli did not finish within " << kProcessTimeoutMs / 1000 << " s:\n"
                      << result.describe();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.crashed = true;
        ADD_FAILURE() << "shipshape-cli crashed:\n" << result.describe();
        return result;
    }
    result.exitCode = process.exitCode();
    return result;
}

QString CliRunner::writeFile(const QString &fileName, const QByteArray &contents) const
{
    const QString path = m_dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ADD_FAILURE() << "Cannot write " << path.toStdString() << ": " << file.errorString().toStdString();
        return path;
    }
    file.write(contents);
    return path;
}

} // namespace shipshape::clitest
