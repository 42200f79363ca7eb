// A usage error touches nothing: no database is created, migrated or opened, and the message is one line
// plus where the help is. A database whose folder does not exist is an error naming the folder; only the
// application's own default location is created on demand.

#include "CliFixture.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliSideEffects : public CliFixture {
protected:
    // Where shipshape-cli puts its own database when nothing else is given (CliRunner sets XDG_DATA_HOME).
    QString defaultDatabasePath() const { return cli.directory() + u"/data/Shipshape/Shipshape/shipshape.sqlite"_s; }
};

struct UsageCase {
    const char *name;
    QStringList arguments;
    QString expectedInMessage;
    QString helpTopic;
};

TEST_F(CliSideEffects, UsageErrorsAreOneLineAndCreateNoDatabase)
{
    const QList<UsageCase> cases{
            {"option the command does not take",
                    {u"orders"_s, u"deliver"_s, u"1001"_s, u"--tracking"_s, u"X"_s, u"--amount"_s, u"5"_s},
                    u"--tracking"_s, u"orders deliver"_s},
            {"missing file", {u"orders"_s, u"place"_s}, u"FILE"_s, u"orders place"_s},
            {"missing required option", {u"orders"_s, u"ship"_s, u"1001"_s}, u"--tracking"_s, u"orders ship"_s},
            {"too many arguments", {u"orders"_s, u"show"_s, u"1001"_s, u"1002"_s}, u"1002"_s, u"orders show"_s},
            {"flag with a value", {u"products"_s, u"list"_s, u"--low-stock=yes"_s}, u"--low-stock"_s,
                    u"products list"_s},
            {"option without its value", {u"orders"_s, u"list"_s, u"--limit"_s}, u"--limit"_s, u"orders list"_s},
            {"option given twice", {u"orders"_s, u"ship"_s, u"1"_s, u"--tracking"_s, u"A"_s, u"--tracking"_s, u"B"_s},
                    u"--tracking"_s, u"orders ship"_s},
            {"unknown subcommand", {u"orders"_s, u"teleport"_s, u"1"_s}, u"orders teleport"_s, u"orders"_s},
            {"noun alone", {u"orders"_s}, u"subcommand"_s, u"orders"_s},
            {"unknown command", {u"frobnicate"_s}, u"frobnicate"_s, QString()},
            {"option before the command", {u"--limit"_s, u"5"_s, u"orders"_s, u"list"_s}, u"--limit"_s, QString()},
    };
    for (const UsageCase &usage : cases) {
        SCOPED_TRACE(usage.name);
        const CliResult result = cli.run(usage.arguments);
        EXPECT_EQ(result.exitCode, ExitUsage) << result;
        EXPECT_TRUE(result.out.isEmpty()) << result;
        const QStringList lines = result.errText().split(u'\n', Qt::SkipEmptyParts);
        ASSERT_EQ(lines.size(), 2) << "one line saying what is wrong, one pointing at the help\n" << result;
        EXPECT_TRUE(lines.at(0).startsWith(u"error: "_s)) << result;
        EXPECT_TRUE(lines.at(0).contains(usage.expectedInMessage)) << result;
        const QString help = usage.helpTopic.isEmpty() ? u"shipshape-cli --help"_s
                                                       : u"shipshape-cli %1 --help"_s.arg(usage.helpTopic);
        EXPECT_EQ(lines.at(1), u"Try '%1'."_s.arg(help)) << result;
        EXPECT_FALSE(QFileInfo::exists(cli.databasePath())) << "a usage error created the database\n" << result;
    }
}

TEST_F(CliSideEffects, AUsageErrorWithJsonIsAJsonObjectOnStandardError)
{
    const CliResult result = cli.run({u"--json"_s, u"orders"_s, u"deliver"_s, u"1001"_s, u"--tracking"_s, u"X"_s});
    EXPECT_EQ(result.exitCode, ExitUsage) << result;
    EXPECT_TRUE(result.out.isEmpty()) << result;
    const QJsonObject error = result.errorJson().value(u"error"_s).toObject();
    EXPECT_EQ(error.value(u"code"_s).toString(), u"usage"_s) << result;
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"--tracking"_s)) << result;
    EXPECT_EQ(error.value(u"hint"_s).toString(), u"Try 'shipshape-cli orders deliver --help'."_s) << result;
    // --json after the command counts too.
    const CliResult late = cli.run({u"orders"_s, u"place"_s, u"--json"_s});
    EXPECT_EQ(late.exitCode, ExitUsage) << late;
    EXPECT_EQ(late.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"usage"_s) << late;
    EXPECT_FALSE(QFileInfo::exists(cli.databasePath()));
}

TEST_F(CliSideEffects, AUsageErrorDoesNotCreateTheDefaultDatabase)
{
    const CliResult result = cli.runRaw({u"orders"_s, u"place"_s});
    EXPECT_EQ(result.exitCode, ExitUsage) << result;
    EXPECT_FALSE(QFileInfo::exists(QFileInfo(defaultDatabasePath()).absolutePath())) << result;
}

TEST_F(CliSideEffects, TheDefaultDatabaseIsCreatedWithItsFolderOnFirstUse)
{
    ASSERT_FALSE(QFileInfo::exists(defaultDatabasePath()));
    const CliResult result = cli.runRaw({u"--json"_s, u"migrate"_s});
    ASSERT_EQ(result.exitCode, ExitOk) << result;
    EXPECT_TRUE(QFileInfo::exists(defaultDatabasePath()));
}

TEST_F(CliSideEffects, AMissingFolderIsAnErrorNamingItAndIsNotCreated)
{
    const QString folder = cli.directory() + u"/nonexistent/dir"_s;
    const CliResult result = cli.runRaw({u"--database"_s, u"sqlite:"_s + folder + u"/x.sqlite"_s, u"migrate"_s});
    EXPECT_EQ(result.exitCode, ExitUnavailable) << result;
    EXPECT_TRUE(result.errText().contains(folder + u" does not exist"_s)) << result;
    EXPECT_FALSE(QFileInfo::exists(cli.directory() + u"/nonexistent"_s)) << "the folder was created";

    // The same from the root of the file system, as in the issue.
    if (!QFileInfo::exists(u"/nonexistent"_s)) {
        const CliResult root = cli.runRaw({u"--database"_s, u"sqlite:/nonexistent/dir/x.sqlite"_s, u"migrate"_s});
        EXPECT_EQ(root.exitCode, ExitUnavailable) << root;
        EXPECT_TRUE(root.errText().contains(u"/nonexistent/dir"_s)) << root;
        EXPECT_FALSE(QFileInfo::exists(u"/nonexistent"_s)) << "the folder was created";
    }

    // Environment variable: the same rule.
    const CliResult fromEnvironment = cli.runRaw(
            {u"orders"_s, u"list"_s}, {}, {{u"SHIPSHAPE_DATABASE"_s, u"sqlite:"_s + folder + u"/y.sqlite"_s}});
    EXPECT_EQ(fromEnvironment.exitCode, ExitUnavailable) << fromEnvironment;
    EXPECT_FALSE(QFileInfo::exists(cli.directory() + u"/nonexistent"_s));
}

TEST_F(CliSideEffects, BadValuesAreRefusedBeforeTheDatabaseIsOpened)
{
    for (const QStringList &arguments : {QStringList{u"orders"_s, u"list"_s, u"--limit"_s, u"0"_s},
                 QStringList{u"orders"_s, u"list"_s, u"--status"_s, u"lost"_s},
                 QStringList{u"worker"_s, u"--once"_s, u"--interval"_s, u"0"_s},
                 QStringList{u"orders"_s, u"cancel"_s, u"1001"_s, u"--reason"_s, u"bored"_s},
                 QStringList{u"demo-data"_s, u"--orders"_s, u"-5"_s},
                 QStringList{u"orders"_s, u"place"_s, u"/no/such/request.json"_s}}) {
        const CliResult result = cli.run(arguments);
        EXPECT_EQ(result.exitCode, ExitInvalid) << result;
        EXPECT_FALSE(QFileInfo::exists(cli.databasePath())) << result;
    }
}

} // namespace
} // namespace shipshape::clitest
