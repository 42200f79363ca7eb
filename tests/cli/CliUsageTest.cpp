// Usage errors (exit 2), help, database URLs (3 / 6) and newer-schema databases (4).

#include "CliFixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliUsage : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
    }
};

TEST_F(CliUsage, HelpAndVersion)
{
    const CliResult help = cli.run({u"--help"_s});
    EXPECT_EQ(help.exitCode, ExitOk) << help;
    EXPECT_TRUE(help.outText().contains(u"Usage: shipshape-cli"_s)) << help;
    EXPECT_TRUE(help.outText().contains(u"orders place FILE|-"_s)) << help;

    const CliResult helpCommand = cli.run({u"help"_s});
    EXPECT_EQ(helpCommand.exitCode, ExitOk) << helpCommand;
    EXPECT_EQ(helpCommand.out, help.out);

    const CliResult version = cli.run({u"--version"_s});
    EXPECT_EQ(version.exitCode, ExitOk) << version;
    EXPECT_FALSE(version.outText().trimmed().isEmpty()) << version;
}

TEST_F(CliUsage, NoCommand)
{
    // Says what is wrong and where the help is, instead of printing all of it (it used to).
    const CliResult result = cli.run({});
    EXPECT_EQ(result.exitCode, ExitUsage) << result;
    EXPECT_EQ(result.errText(), u"error: No command given.\nTry 'shipshape-cli --help'.\n"_s) << result;
    EXPECT_TRUE(result.out.isEmpty()) << result;
}

TEST_F(CliUsage, UnknownCommandAndSubcommand)
{
    const CliResult command = cli.run({u"frobnicate"_s});
    EXPECT_EQ(command.exitCode, ExitUsage) << command;
    EXPECT_TRUE(command.errText().contains(u"frobnicate"_s)) << command;

    for (const QStringList &arguments :
            {QStringList{u"orders"_s, u"teleport"_s, u"1"_s}, QStringList{u"products"_s, u"melt"_s},
                    QStringList{u"customers"_s, u"delete"_s}, QStringList{u"orders"_s}, QStringList{u"products"_s}}) {
        const CliResult result = cli.run(arguments);
        EXPECT_EQ(result.exitCode, ExitUsage) << result;
    }
}

TEST_F(CliUsage, UnknownOption)
{
    for (const QStringList &arguments : {QStringList{u"orders"_s, u"list"_s, u"--bogus"_s},
                 QStringList{u"products"_s, u"list"_s, u"--colour"_s, u"red"_s},
                 QStringList{u"migrate"_s, u"--force"_s}, QStringList{u"worker"_s, u"--twice"_s},
                 QStringList{u"products"_s, u"list"_s, u"--low-stock=yes"_s},
                 QStringList{u"orders"_s, u"list"_s, u"--limit"_s}}) {
        const CliResult result = cli.run(arguments);
        EXPECT_EQ(result.exitCode, ExitUsage) << result;
    }
}

TEST_F(CliUsage, MissingRequiredOptions)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s));
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    ASSERT_GT(number, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number)}).exitCode, ExitOk);
    const QByteArray before = snapshot({u"SKU-A"_s});

    const CliResult ship = cli.run({u"orders"_s, u"ship"_s, QString::number(number)});
    EXPECT_EQ(ship.exitCode, ExitUsage) << ship;
    EXPECT_TRUE(ship.errText().contains(u"--tracking"_s)) << ship;

    const CliResult cancel = cli.run({u"orders"_s, u"cancel"_s, QString::number(number)});
    EXPECT_EQ(cancel.exitCode, ExitUsage) << cancel;
    EXPECT_TRUE(cancel.errText().contains(u"--reason"_s)) << cancel;

    const CliResult noOrder = cli.run({u"orders"_s, u"deliver"_s});
    EXPECT_EQ(noOrder.exitCode, ExitUsage) << noOrder;
    const CliResult noFile = cli.run({u"orders"_s, u"place"_s});
    EXPECT_EQ(noFile.exitCode, ExitUsage) << noFile;
    const CliResult modifyNoFile = cli.run({u"orders"_s, u"modify"_s, QString::number(number)});
    EXPECT_EQ(modifyNoFile.exitCode, ExitUsage) << modifyNoFile;
    const CliResult showNoSku = cli.run({u"products"_s, u"show"_s});
    EXPECT_EQ(showNoSku.exitCode, ExitUsage) << showNoSku;

    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);
}

TEST_F(CliUsage, JsonUsageErrorIsJson)
{
    const CliResult result = cli.run({u"--json"_s, u"frobnicate"_s});
    EXPECT_EQ(result.exitCode, ExitUsage) << result;
    const QJsonObject error = result.errorJson().value(u"error"_s).toObject();
    EXPECT_EQ(error.value(u"code"_s).toString(), u"usage"_s) << result;
    EXPECT_TRUE(error.value(u"message"_s).toString().contains(u"frobnicate"_s)) << result;
}

TEST_F(CliUsage, DatabaseOptionWithoutValue)
{
    const CliResult result = cli.runRaw({u"migrate"_s, u"--database"_s});
    EXPECT_EQ(result.exitCode, ExitUsage) << result;
}

class CliDatabase : public CliFixture {};

TEST_F(CliDatabase, UnsupportedUrlIsInvalidInput)
{
    const CliResult result = cli.runRaw({u"--database"_s, u"mysql://x"_s, u"orders"_s, u"list"_s});
    EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    EXPECT_TRUE(result.errText().contains(u"mysql://x"_s)) << result;

    const CliResult migrate = cli.runRaw({u"--json"_s, u"--database=mysql://x"_s, u"migrate"_s});
    EXPECT_EQ(migrate.exitCode, ExitInvalid) << migrate;
    EXPECT_EQ(migrate.errorJson().value(u"error"_s).toObject().value(u"field"_s).toString(), u"database"_s) << migrate;

    const CliResult empty = cli.runRaw({u"--database"_s, u"sqlite:"_s, u"orders"_s, u"list"_s});
    EXPECT_EQ(empty.exitCode, ExitInvalid) << empty;
}

TEST_F(CliDatabase, UnwritablePathIsUnavailable)
{
    const CliResult result = cli.runRaw({u"--database"_s, u"sqlite:/proc/nope/x.db"_s, u"orders"_s, u"list"_s});
    EXPECT_EQ(result.exitCode, ExitUnavailable) << result;

    const CliResult migrate = cli.runRaw({u"--json"_s, u"--database"_s, u"sqlite:/proc/nope/x.db"_s, u"migrate"_s});
    EXPECT_EQ(migrate.exitCode, ExitUnavailable) << migrate;
    EXPECT_EQ(migrate.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"unavailable"_s)
            << migrate;
}

TEST_F(CliDatabase, EnvironmentVariableSelectsDatabase)
{
    const CliResult migrated = cli.runRaw({u"migrate"_s}, {}, {{u"SHIPSHAPE_DATABASE"_s, cli.databaseUrl()}});
    ASSERT_EQ(migrated.exitCode, ExitOk) << migrated;
    ASSERT_NO_FATAL_FAILURE(addProduct(u"ENV-1"_s)); // via --database, same file
    const CliResult shown
            = cli.runRaw({u"products"_s, u"show"_s, u"ENV-1"_s}, {}, {{u"SHIPSHAPE_DATABASE"_s, cli.databaseUrl()}});
    EXPECT_EQ(shown.exitCode, ExitOk) << shown;
}

TEST_F(CliDatabase, NewerSchemaIsRefused)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    ASSERT_NO_FATAL_FAILURE(addProduct(u"OLD-1"_s));
    {
        const QString connection = u"cli-test-future-schema"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(cli.databasePath());
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(
                    u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"_s))
                    << query.lastError().text().toStdString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    for (const QStringList &arguments :
            {QStringList{u"products"_s, u"list"_s}, QStringList{u"orders"_s, u"list"_s}, QStringList{u"migrate"_s},
                    QStringList{u"migrate"_s, u"--to"_s, u"1"_s}, QStringList{u"worker"_s, u"--once"_s}}) {
        const CliResult result = cli.run(arguments);
        EXPECT_EQ(result.exitCode, ExitConflict) << result;
        EXPECT_TRUE(result.errText().contains(u"999"_s)) << result;
    }
    const CliResult json = cli.run({u"--json"_s, u"products"_s, u"show"_s, u"OLD-1"_s});
    EXPECT_EQ(json.exitCode, ExitConflict) << json;
    EXPECT_EQ(json.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s) << json;
}

} // namespace
} // namespace shipshape::clitest
