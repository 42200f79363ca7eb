// shipshape-cli backup FILE / restore FILE: a verified online copy of the SQLite database with its row
// counts, a round trip that brings the orders back, refusals that change nothing (corrupt file, newer
// schema, an existing target), and PostgreSQL answered with the pg_dump/pg_restore procedure (exit 4).

#include "CliFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliBackup : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"BAK-1"_s, u"10.00"_s, 50));
        for (int i = 0; i < 3; ++i)
            ASSERT_GT(placeOrder(placeRequest(u"BAK-1"_s, 1, u"10.00"_s)), 0);
    }

    QString path(const QString &name) const { return cli.directory() + u'/' + name; }

    static void execute(const QString &file, const QString &sql)
    {
        const QString connection = u"cli-backup-test"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(file);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

TEST_F(CliBackup, ARoundTripBringsTheOrdersBack)
{
    const CliResult backup = cli.run({u"--json"_s, u"backup"_s, path(u"shop.backup"_s)});
    ASSERT_EQ(backup.exitCode, ExitOk) << backup;
    const QJsonObject report = backup.jsonObject();
    EXPECT_EQ(report.value(u"integrity"_s).toString(), u"ok"_s);
    EXPECT_EQ(report.value(u"tables"_s).toObject().value(u"orders"_s).toInteger(), 3) << backup;
    EXPECT_EQ(report.value(u"tables"_s).toObject().value(u"products"_s).toInteger(), 1) << backup;
    EXPECT_GT(report.value(u"bytes"_s).toInteger(), 0);
    EXPECT_EQ(QFileInfo(path(u"shop.backup"_s)).size(), report.value(u"bytes"_s).toInteger());

    // As text: the counts in words.
    const CliResult text = cli.run({u"backup"_s, path(u"shop2.backup"_s)});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"Integrity check: ok."_s)) << text;
    EXPECT_TRUE(text.outText().contains(u"orders 3"_s)) << text;

    // A fourth order, then the backup back: three orders, and the four kept aside.
    ASSERT_GT(placeOrder(placeRequest(u"BAK-1"_s, 1, u"10.00"_s)), 0);
    ASSERT_EQ(ordersList().size(), 4);
    const CliResult restore = cli.run({u"restore"_s, path(u"shop.backup"_s)});
    ASSERT_EQ(restore.exitCode, ExitOk) << restore;
    EXPECT_TRUE(restore.outText().contains(u"orders 3"_s)) << restore;
    EXPECT_TRUE(restore.outText().contains(u".before-restore"_s)) << restore;
    EXPECT_EQ(ordersList().size(), 3);
    EXPECT_EQ(product(u"BAK-1"_s).value(u"reserved"_s).toInteger(), 3);
    ASSERT_TRUE(QFileInfo::exists(cli.databasePath() + u".before-restore"_s));

    // The database as it was can be restored in turn.
    const CliResult undo = cli.run({u"restore"_s, cli.databasePath() + u".before-restore"_s});
    ASSERT_EQ(undo.exitCode, ExitOk) << undo;
    EXPECT_EQ(ordersList().size(), 4);
}

TEST_F(CliBackup, AnExistingTargetOrMissingDatabaseIsRefused)
{
    const QString taken = cli.writeFile(u"taken.sqlite"_s, "keep me");
    const CliResult exists = cli.run({u"backup"_s, taken});
    EXPECT_EQ(exists.exitCode, ExitConflict) << exists;
    QFile file(taken);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "keep me");

    cli.setDatabaseFile(u"nothing-here.sqlite"_s);
    const CliResult missing = cli.run({u"backup"_s, path(u"x.backup"_s)});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;
    EXPECT_FALSE(QFileInfo::exists(cli.databasePath())) << "backup created a database";

    const CliResult noFile = cli.run({u"restore"_s, path(u"no-such.backup"_s)});
    EXPECT_EQ(noFile.exitCode, ExitNotFound) << noFile;
}

TEST_F(CliBackup, ACorruptFileIsRefusedAndNothingChanges)
{
    ASSERT_EQ(cli.run({u"backup"_s, path(u"shop.backup"_s)}).exitCode, ExitOk);
    QFile corrupt(path(u"shop.backup"_s));
    ASSERT_TRUE(corrupt.open(QIODevice::ReadWrite));
    const qint64 size = corrupt.size();
    ASSERT_GT(size, 8192);
    corrupt.seek(4096);
    corrupt.write(QByteArray(int(size - 8192), '\x5a'));
    corrupt.close();

    const QByteArray before = snapshot({u"BAK-1"_s});
    const CliResult refused = cli.run({u"--json"_s, u"restore"_s, corrupt.fileName()});
    EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
    EXPECT_EQ(snapshot({u"BAK-1"_s}), before);
    EXPECT_FALSE(QFileInfo::exists(cli.databasePath() + u".before-restore"_s));
}

TEST_F(CliBackup, ANewerSchemaIsRefused)
{
    ASSERT_EQ(cli.run({u"backup"_s, path(u"newer.backup"_s)}).exitCode, ExitOk);
    ASSERT_NO_FATAL_FAILURE(execute(path(u"newer.backup"_s),
            u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'f', 0)"_s));
    const QByteArray before = snapshot({u"BAK-1"_s});
    const CliResult refused = cli.run({u"restore"_s, path(u"newer.backup"_s)});
    EXPECT_EQ(refused.exitCode, ExitConflict) << refused;
    EXPECT_TRUE(refused.errText().contains(u"newer Shipshape"_s)) << refused;
    EXPECT_EQ(snapshot({u"BAK-1"_s}), before);
}

TEST_F(CliBackup, PostgresqlGetsTheProcedure)
{
    for (const QString &command : {u"backup"_s, u"restore"_s}) {
        const CliResult result = cli.runRaw(
                {u"--database"_s, u"postgresql://shipshape_owner@db.example.com:5432/shop"_s, command, path(u"f"_s)});
        EXPECT_EQ(result.exitCode, ExitConflict) << result;
        EXPECT_TRUE(result.errText().contains(u"pg_dump --format=custom"_s)) << result;
        EXPECT_TRUE(result.errText().contains(u"pg_restore"_s)) << result;
    }
    const CliResult json = cli.runRaw({u"--json"_s, u"--database"_s,
            u"postgresql://shipshape_owner@db.example.com:5432/shop"_s, u"backup"_s, path(u"f"_s)});
    EXPECT_EQ(json.exitCode, ExitConflict) << json;
    EXPECT_FALSE(json.errorJson().value(u"error"_s).toObject().value(u"procedure"_s).toArray().isEmpty()) << json;
    EXPECT_FALSE(QFileInfo::exists(path(u"f"_s)));
}

} // namespace
} // namespace shipshape::clitest
