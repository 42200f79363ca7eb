// shipshape-cli doctor: one line per check, ✓ or what to do; exit 0 only when every check passes, 6 when
// the database cannot be opened, 4 when another check fails; it never migrates or creates a database.

#include "CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

const QHash<QString, QString> kKeys{{u"SHIPSHAPE_STRIPE_SECRET_KEY"_s, u"sk_test_doctor"_s},
        {u"SHIPSHAPE_SENDGRID_API_KEY"_s, u"SG.doctor"_s}, {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()}};

class CliDoctor : public CliFixture {
protected:
    CliResult doctor(const QStringList &extra = {}, const QHash<QString, QString> &environment = kKeys)
    {
        return cli.run(QStringList{u"--json"_s, u"doctor"_s, u"--min-free-mb"_s, u"0"_s} + extra, {}, environment);
    }

    // check key -> passed, and the check's detail.
    static QHash<QString, std::pair<bool, QString>> checks(const CliResult &result)
    {
        QHash<QString, std::pair<bool, QString>> byKey;
        for (const QJsonValue &value : result.jsonObject().value(u"checks"_s).toArray()) {
            const QJsonObject check = value.toObject();
            byKey.insert(check.value(u"check"_s).toString(),
                    {check.value(u"passed"_s).toBool(), check.value(u"detail"_s).toString()});
        }
        return byKey;
    }

    void execute(const QString &sql)
    {
        const QString connection = u"cli-doctor-test"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(cli.databasePath());
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

TEST_F(CliDoctor, AHealthyInstallationPassesEveryCheck)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitOk) << result;
    EXPECT_TRUE(result.jsonObject().value(u"passed"_s).toBool()) << result;
    const auto byKey = checks(result);
    for (const QString &key :
            {u"database"_s, u"schema"_s, u"migrations"_s, u"clock"_s, u"outbox"_s, u"disk"_s, u"secrets"_s}) {
        ASSERT_TRUE(byKey.contains(key)) << key.toStdString() << " " << result;
        EXPECT_TRUE(byKey.value(key).first) << key.toStdString() << ": " << byKey.value(key).second.toStdString();
    }

    // As text: one line per check, each starting with ✓.
    const CliResult text = cli.run({u"doctor"_s, u"--min-free-mb"_s, u"0"_s}, {}, kKeys);
    EXPECT_EQ(text.exitCode, ExitOk) << text;
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), byKey.size()) << text;
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(u"✓ "_s)) << line.toStdString();
}

TEST_F(CliDoctor, AMissingDatabaseFileIsReportedAndNotCreated)
{
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitUnavailable) << result;
    const auto byKey = checks(result);
    EXPECT_FALSE(byKey.value(u"database"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"database"_s).second.contains(u"shipshape-cli migrate"_s)) << result;
    EXPECT_FALSE(QFile::exists(cli.databasePath())) << "doctor created the database";
}

TEST_F(CliDoctor, AnOlderSchemaSaysToMigrateAndStaysAsItIs)
{
    const CliResult migrated = cli.run({u"migrate"_s, u"--to"_s, u"12"_s});
    ASSERT_EQ(migrated.exitCode, ExitOk) << migrated;
    for (int run = 0; run < 2; ++run) {
        const CliResult result = doctor();
        EXPECT_EQ(result.exitCode, ExitConflict) << result;
        const auto schema = checks(result).value(u"schema"_s);
        EXPECT_FALSE(schema.first) << result;
        EXPECT_TRUE(schema.second.contains(u"Version 12 of"_s)) << schema.second.toStdString();
        EXPECT_TRUE(schema.second.contains(u"shipshape-cli migrate"_s)) << schema.second.toStdString();
    }
}

TEST_F(CliDoctor, AMigrationThisBuildDoesNotHaveFailsTheMigrationsCheck)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    ASSERT_NO_FATAL_FAILURE(
            execute(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)"_s));
    const CliResult result = doctor();
    EXPECT_EQ(result.exitCode, ExitConflict) << result;
    const auto byKey = checks(result);
    EXPECT_FALSE(byKey.value(u"schema"_s).first) << result;
    EXPECT_FALSE(byKey.value(u"migrations"_s).first) << result;
    EXPECT_TRUE(byKey.value(u"migrations"_s).second.contains(u"999"_s)) << result;
}

TEST_F(CliDoctor, WaitingAndFailedEmailsFailTheOutboxCheck)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    ASSERT_NO_FATAL_FAILURE(addProduct(u"DOC-1"_s));
    placeOrder(placeRequest(u"DOC-1"_s)); // queues the order confirmation
    const CliResult within = doctor();
    EXPECT_EQ(within.exitCode, ExitOk) << within;
    EXPECT_TRUE(checks(within).value(u"outbox"_s).second.contains(u"Waiting: 1,"_s)) << within;

    const CliResult over = doctor({u"--max-waiting-emails"_s, u"0"_s});
    EXPECT_EQ(over.exitCode, ExitConflict) << over;
    EXPECT_FALSE(checks(over).value(u"outbox"_s).first) << over;
    EXPECT_TRUE(checks(over).value(u"outbox"_s).second.contains(u"worker"_s)) << over;

    ASSERT_NO_FATAL_FAILURE(execute(u"UPDATE notification_outbox SET status = 'failed'"_s));
    const CliResult failed = doctor();
    EXPECT_EQ(failed.exitCode, ExitConflict) << failed;
    EXPECT_TRUE(checks(failed).value(u"outbox"_s).second.contains(u"Failed: 1."_s)) << failed;
}

TEST_F(CliDoctor, TooLittleDiskAndMissingKeysSayWhatToDo)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    const CliResult disk = cli.run({u"--json"_s, u"doctor"_s, u"--min-free-mb"_s, u"1000000"_s}, {}, kKeys);
    EXPECT_EQ(disk.exitCode, ExitConflict) << disk;
    EXPECT_FALSE(checks(disk).value(u"disk"_s).first) << disk;
    EXPECT_TRUE(checks(disk).value(u"disk"_s).second.contains(u"make room"_s)) << disk;

    const CliResult keys = doctor({},
            {{u"SHIPSHAPE_STRIPE_SECRET_KEY"_s, QString()}, {u"SHIPSHAPE_SENDGRID_API_KEY"_s, QString()},
                    {u"DBUS_SESSION_BUS_ADDRESS"_s, QString()}});
    EXPECT_EQ(keys.exitCode, ExitConflict) << keys;
    const auto secrets = checks(keys).value(u"secrets"_s);
    EXPECT_FALSE(secrets.first) << keys;
    EXPECT_TRUE(secrets.second.contains(u"SHIPSHAPE_STRIPE_SECRET_KEY"_s)) << secrets.second.toStdString();
    EXPECT_TRUE(secrets.second.contains(u"SHIPSHAPE_SENDGRID_API_KEY"_s)) << secrets.second.toStdString();
}

TEST_F(CliDoctor, BadLimitsAreInvalidInputBeforeAnythingIsOpened)
{
    const CliResult result = cli.run({u"doctor"_s, u"--min-free-mb"_s, u"-1"_s});
    EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    EXPECT_FALSE(QFile::exists(cli.databasePath()));
}

} // namespace
} // namespace shipshape::clitest
