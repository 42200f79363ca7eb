// `migrate`: fresh files, down and up again, JSON report, backups.

#include "CliFixture.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliMigrate : public CliFixture {};

TEST_F(CliMigrate, FreshFileMigratesToLatest)
{
    const CliResult first = cli.run({u"--json"_s, u"migrate"_s});
    ASSERT_EQ(first.exitCode, ExitOk) << first;
    const QJsonObject report = first.jsonObject();
    EXPECT_EQ(report.value(u"from"_s).toInteger(-1), 0) << first;
    const qint64 latest = report.value(u"to"_s).toInteger(-1);
    EXPECT_GT(latest, 0) << first;
    EXPECT_TRUE(report.value(u"backup"_s).isNull()) << "nothing to back up in a fresh file\n" << first;
    EXPECT_TRUE(QFileInfo::exists(cli.databasePath()));

    // Again: nothing to do.
    const CliResult second = cli.run({u"--json"_s, u"migrate"_s});
    ASSERT_EQ(second.exitCode, ExitOk) << second;
    EXPECT_EQ(second.jsonObject().value(u"from"_s).toInteger(-1), latest) << second;
    EXPECT_EQ(second.jsonObject().value(u"to"_s).toInteger(-1), latest) << second;

    const CliResult text = cli.run({u"migrate"_s});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"nothing to do"_s)) << text;
}

TEST_F(CliMigrate, DownToZeroAndUpAgain)
{
    const CliResult up = cli.run({u"--json"_s, u"migrate"_s});
    ASSERT_EQ(up.exitCode, ExitOk) << up;
    const qint64 latest = up.jsonObject().value(u"to"_s).toInteger(-1);

    const CliResult down = cli.run({u"--json"_s, u"migrate"_s, u"--to"_s, u"0"_s});
    ASSERT_EQ(down.exitCode, ExitOk) << down;
    EXPECT_EQ(down.jsonObject().value(u"from"_s).toInteger(-1), latest) << down;
    EXPECT_EQ(down.jsonObject().value(u"to"_s).toInteger(-1), 0) << down;

    const CliResult again = cli.run({u"--json"_s, u"migrate"_s});
    ASSERT_EQ(again.exitCode, ExitOk) << again;
    EXPECT_EQ(again.jsonObject().value(u"from"_s).toInteger(-1), 0) << again;
    EXPECT_EQ(again.jsonObject().value(u"to"_s).toInteger(-1), latest) << again;

    // The re-created schema works.
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MIG-1"_s));
    EXPECT_EQ(product(u"MIG-1"_s).value(u"onHand"_s).toInteger(-1), 10);
}

TEST_F(CliMigrate, BackupReportedWhenMigratingNonEmptyDatabase)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    ASSERT_NO_FATAL_FAILURE(addProduct(u"BAK-1"_s));

    // Down to 1 (keeps the catalogue), as JSON.
    const CliResult down = cli.run({u"--json"_s, u"migrate"_s, u"--to"_s, u"1"_s});
    ASSERT_EQ(down.exitCode, ExitOk) << down;
    const QJsonValue backup = down.jsonObject().value(u"backup"_s);
    ASSERT_TRUE(backup.isString()) << down;
    EXPECT_TRUE(QFileInfo(backup.toString()).isFile()) << "backup file missing: " << backup.toString().toStdString();

    // Back up to the latest version, as text: the backup path is printed.
    const CliResult up = cli.run({u"migrate"_s});
    ASSERT_EQ(up.exitCode, ExitOk) << up;
    EXPECT_TRUE(up.outText().contains(u"Migrated schema from version 1"_s)) << up;
    const qsizetype at = up.outText().indexOf(u"Backup: "_s);
    ASSERT_GE(at, 0) << up;
    const QString path = up.outText().mid(at + 8).section(u'\n', 0, 0).trimmed();
    EXPECT_TRUE(QFileInfo(path).isFile()) << "backup file missing: " << path.toStdString();

    // The data survived the round trip.
    EXPECT_EQ(product(u"BAK-1"_s).value(u"price"_s).toString(), u"29.99"_s);
}

TEST_F(CliMigrate, BadTargetVersionIsInvalidInput)
{
    ASSERT_NO_FATAL_FAILURE(migrate());
    for (const QString &target : {u"999"_s, u"-1"_s, u"abc"_s}) {
        const CliResult result = cli.run({u"migrate"_s, u"--to"_s, target});
        EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    }
    const CliResult positional = cli.run({u"migrate"_s, u"now"_s});
    EXPECT_EQ(positional.exitCode, ExitUsage) << positional;
}

} // namespace
} // namespace shipshape::clitest
