// shipshape-manual: writes the man pages shipshape-cli(1) and shipshape(1) and shipshape-cli's bash
// completion at build time. The CLI's part comes from the command table, read from the built program
// (`shipshape-cli --json help`), so the pages describe exactly the commands that program parses.
//   shipshape-manual --cli PATH --version VERSION --date YYYY-MM-DD --out DIR [--gui]

#include "manual/BashCompletion.h"
#include "manual/CliManPage.h"
#include "manual/GuiManPage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "shipshape-manual: %s\n", qPrintable(message));
    return 1;
}

// The table in English, with the default paths spelled as every user's home folder ("~/...") rather than
// the builder's.
std::optional<QJsonObject> readTable(const QString &cli, QString &problem)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_MESSAGES"_s, u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s,
                 u"SHIPSHAPE_DATABASE"_s, u"QT_LOGGING_RULES"_s})
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"HOME"_s, u"~"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cli, {u"--json"_s, u"help"_s});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        problem = u"%1 --json help failed: %2"_s.arg(cli, QString::fromUtf8(process.readAllStandardError()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (!document.isObject()) {
        problem = u"%1 --json help printed no JSON object: %2"_s.arg(cli, error.errorString());
        return std::nullopt;
    }
    return document.object();
}

bool writeFile(const QString &path, const QString &text, QString &problem)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0 || !file.flush()) {
        problem = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cliOption(u"cli"_s, u"The built shipshape-cli."_s, u"PATH"_s);
    const QCommandLineOption versionOption(u"version"_s, u"The version the pages name."_s, u"VERSION"_s);
    const QCommandLineOption dateOption(u"date"_s, u"The pages' date (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The folder to write into."_s, u"DIR"_s);
    const QCommandLineOption guiOption(u"gui"_s, u"Also write shipshape(1)."_s);
    parser.addOptions({cliOption, versionOption, dateOption, outOption, guiOption});
    parser.process(app);
    for (const QCommandLineOption *required : {&cliOption, &versionOption, &dateOption, &outOption}) {
        if (!parser.isSet(*required))
            return fail(u"--%1 is required"_s.arg(required->names().constFirst()));
    }

    QString problem;
    const auto table = readTable(parser.value(cliOption), problem);
    if (!table)
        return fail(problem);
    const QDir out(parser.value(outOption));
    const QString version = parser.value(versionOption);
    const QString date = parser.value(dateOption);
    if (!writeFile(out.filePath(u"shipshape-cli.1"_s), shipshape::manual::CliManPage::write(*table, version, date),
                problem)
            || !writeFile(
                    out.filePath(u"shipshape-cli.bash"_s), shipshape::manual::BashCompletion::write(*table), problem))
        return fail(problem);
    if (parser.isSet(guiOption)
            && !writeFile(out.filePath(u"shipshape.1"_s), shipshape::manual::GuiManPage::write(*table, version, date),
                    problem))
        return fail(problem);
    return 0;
}
