// The man page shipshape-cli(1) and the bash completion, both written at build time from the command table:
// the page names every command with each of its arguments, options and flags, every global option, exit
// code and environment variable, and formats without a warning; the completion, sourced into bash, offers
// every command's words, options, flags and fixed choices.

#include "CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

const QString kManualDir = QStringLiteral(SHIPSHAPE_MANUAL_DIR);

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// How the page spells text: an option's dashes (a dash starting a word or next to another) are minus
// signs, "\\-"; a hyphen inside a word ("demo-data") stays a hyphen.
QString escaped(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = text.at(i) == u'-';
        const bool optionDash = dash
                && (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u'-'
                        || (i + 1 < text.size() && text.at(i + 1) == u'-'));
        result += optionDash ? u"\\-"_s : QString(text.at(i));
    }
    return result;
}

// The same in bold (B) or italics (I).
QString roff(const QString &font, const QString &text)
{
    return u"\\f"_s + font + escaped(text) + u"\\fR"_s;
}

QStringList strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray())
        result << value.toString();
    return result;
}

QStringList names(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &value : array.toArray())
        result << value.toObject().value(u"name"_s).toString();
    return result;
}

class CliManual : public CliFixture {
protected:
    QJsonObject table()
    {
        const CliResult result = cli.runRaw({u"--json"_s, u"help"_s});
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.jsonObject();
    }

    static QList<QJsonObject> commands(const QJsonObject &table)
    {
        QList<QJsonObject> all;
        for (const QJsonValue &group : table.value(u"groups"_s).toArray()) {
            for (const QJsonValue &command : group.toObject().value(u"commands"_s).toArray())
                all << command.toObject();
        }
        return all;
    }

    // What the completion offers for a command line whose last word is being typed.
    static QStringList complete(const QStringList &line)
    {
        QStringList quoted;
        for (const QString &word : line)
            quoted << u'\'' + word + u'\'';
        const QString script = u"source \"$1\"\nCOMP_WORDS=(%1)\nCOMP_CWORD=%2\n_shipshape_cli\n"
                               "printf '%s\\n' \"${COMPREPLY[@]}\"\n"_s.arg(quoted.join(u' '))
                                       .arg(line.size() - 1);
        QProcess bash;
        bash.start(u"bash"_s,
                {u"--norc"_s, u"--noprofile"_s, u"-c"_s, script, u"bash"_s, kManualDir + u"/shipshape-cli.bash"_s});
        if (!bash.waitForFinished(kProcessTimeoutMs) || bash.exitCode() != 0) {
            ADD_FAILURE() << "bash failed for " << line.join(u' ').toStdString() << ": "
                          << bash.readAllStandardError().toStdString();
            return {};
        }
        return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
};

TEST_F(CliManual, ThePageNamesEveryCommandWithItsArgumentsOptionsAndFlags)
{
    const QString page = readText(kManualDir + u"/shipshape-cli.1"_s);
    ASSERT_FALSE(page.isEmpty()) << "no man page in " << kManualDir.toStdString();
    const QJsonObject everything = table();
    const QList<QJsonObject> all = commands(everything);
    ASSERT_GT(all.size(), 30);
    for (const QJsonObject &command : all) {
        const QString name = strings(command.value(u"words"_s)).join(u' ');
        SCOPED_TRACE(name.toStdString());
        // The command's section starts with its synopsis line and ends where the next one starts.
        const qsizetype start = page.indexOf(u".PP\n"_s + roff(u"B"_s, name));
        ASSERT_GE(start, 0) << "no section for the command";
        qsizetype end = page.indexOf(u"\n.PP\n\\fB"_s, start + 1);
        for (const QString &next : {u"\n.SS "_s, u"\n.SH "_s}) {
            const qsizetype at = page.indexOf(next, start + 1);
            if (at >= 0 && (end < 0 || at < end))
                end = at;
        }
        const QString section = page.mid(start, end < 0 ? -1 : end - start);
        EXPECT_TRUE(section.contains(escaped(command.value(u"summary"_s).toString().section(u' ', 0, 2))))
                << "the summary";
        for (const QString &argument : names(command.value(u"arguments"_s)))
            EXPECT_TRUE(section.contains(u".TP\n"_s + roff(u"I"_s, argument))) << argument.toStdString();
        for (const QString &option : names(command.value(u"options"_s)) + names(command.value(u"flags"_s)))
            EXPECT_TRUE(section.contains(u".TP\n"_s + roff(u"B"_s, option))) << option.toStdString();
    }
    for (const QString &option : names(everything.value(u"globalOptions"_s)))
        EXPECT_TRUE(page.contains(u".TP\n"_s + roff(u"B"_s, option))) << option.toStdString();
    const qsizetype exitStatus = page.indexOf(u".SH \"EXIT STATUS\""_s);
    ASSERT_GE(exitStatus, 0);
    for (const QJsonValue &code : everything.value(u"exitCodes"_s).toArray())
        EXPECT_TRUE(page.indexOf(u".TP\n\\fB%1\\fR\n"_s.arg(code.toObject().value(u"code"_s).toInt()), exitStatus) > 0)
                << "exit code " << code.toObject().value(u"code"_s).toInt();
    const qsizetype environment = page.indexOf(u".SH ENVIRONMENT"_s);
    ASSERT_GE(environment, 0);
    for (const QString &variable : names(everything.value(u"environment"_s)))
        EXPECT_TRUE(page.indexOf(roff(u"B"_s, variable), environment) > 0) << variable.toStdString();
    EXPECT_TRUE(page.contains(u".SH FILES"_s));
}

TEST_F(CliManual, ThePagesFormatWithoutWarnings)
{
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    if (man.isEmpty())
        GTEST_SKIP() << "man (man-db) is not installed";
    for (const QString &name : {u"shipshape-cli.1"_s, u"shipshape.1"_s}) {
        const QString path = kManualDir + u'/' + name;
        if (name == u"shipshape.1"_s && !QFile::exists(path))
            continue; // built without the desktop app
        SCOPED_TRACE(name.toStdString());
        // The check lintian runs on every page it finds in a package.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"MANWIDTH"_s, u"80"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(man, {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, u"-Tutf8"_s, u"-Z"_s, path});
        ASSERT_TRUE(process.waitForFinished(kProcessTimeoutMs));
        EXPECT_EQ(process.exitCode(), 0);
        EXPECT_EQ(process.readAllStandardError(), QByteArray());
        EXPECT_GT(process.readAllStandardOutput().size(), 1000);
    }
}

#ifdef SHIPSHAPE_GUI
TEST_F(CliManual, TheDesktopAppsPageNamesEveryOptionItsHelpLists)
{
    const QString page = readText(kManualDir + u"/shipshape.1"_s);
    ASSERT_FALSE(page.isEmpty());
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(SHIPSHAPE_GUI), {u"--help"_s});
    ASSERT_TRUE(gui.waitForFinished(kProcessTimeoutMs));
    ASSERT_EQ(gui.exitCode(), 0);
    // QCommandLineParser lists each option as "  -v, --version" or "  --database <URL>".
    const QRegularExpression optionName(u"(?:^|[ ,])(--?[a-z][a-z-]*)"_s);
    QStringList options;
    for (const QString &line : QString::fromUtf8(gui.readAllStandardOutput()).split(u'\n')) {
        if (!line.startsWith(u"  -"_s))
            continue;
        const QString names = line.section(u"  "_s, 1, 1);
        for (auto match = optionName.globalMatch(names); match.hasNext();)
            options << match.next().captured(1);
    }
    EXPECT_TRUE(options.contains(u"--database"_s)) << options.join(u' ').toStdString();
    for (const QString &option : options) {
        if (option == u"--help-all"_s)
            continue; // Qt's own options, mentioned in a sentence rather than listed
        EXPECT_TRUE(page.contains(roff(u"B"_s, option))) << option.toStdString();
    }
}
#endif

TEST_F(CliManual, TheCompletionOffersEveryCommandOptionFlagAndChoice)
{
    const QJsonObject everything = table();
    const QList<QJsonObject> all = commands(everything);
    ASSERT_GT(all.size(), 30);
    // The words that may follow each prefix of a command.
    QHash<QString, QStringList> following;
    for (const QJsonObject &command : all) {
        const QStringList words = strings(command.value(u"words"_s));
        for (qsizetype i = 0; i < words.size(); ++i)
            following[words.mid(0, i).join(u' ')] << words.at(i);
    }
    for (auto it = following.cbegin(); it != following.cend(); ++it) {
        QStringList line{u"shipshape-cli"_s};
        line << it.key().split(u' ', Qt::SkipEmptyParts) << QString();
        const QStringList offered = complete(line);
        for (const QString &word : it.value())
            EXPECT_TRUE(offered.contains(word)) << "after '" << it.key().toStdString() << "': " << word.toStdString();
    }
    for (const QJsonObject &command : all) {
        const QStringList words = strings(command.value(u"words"_s));
        SCOPED_TRACE(words.join(u' ').toStdString());
        // After a global option with its value, as people type it.
        const QStringList line = QStringList{u"shipshape-cli"_s, u"--database"_s, u"sqlite:x"_s} + words;
        const QStringList offered = complete(line + QStringList{u"--"_s});
        for (const QString &option : names(command.value(u"options"_s)) + names(command.value(u"flags"_s))
                        + QStringList{u"--json"_s, u"--help"_s})
            EXPECT_TRUE(offered.contains(option)) << option.toStdString();
        for (const QJsonValue &value : command.value(u"options"_s).toArray()) {
            const QJsonObject option = value.toObject();
            const QStringList choices = strings(option.value(u"choices"_s));
            if (choices.isEmpty())
                continue;
            const QStringList values = complete(line + QStringList{option.value(u"name"_s).toString(), QString()});
            for (const QString &choice : choices)
                EXPECT_TRUE(values.contains(choice))
                        << option.value(u"name"_s).toString().toStdString() << " " << choice.toStdString();
        }
    }
}

} // namespace
} // namespace shipshape::clitest
