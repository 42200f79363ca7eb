// shipshape-cli archive export / verify / purge / purges: an archive of today's orders with its manifest,
// verify's exit 0, a changed row and a flipped byte refused with exit 4 and a message naming what differs, an
// existing file and bad dates refused before anything is opened, --redact-customers leaving no customer email
// in the file's bytes, and a purge refused while the orders are open (exit 4), dry-run, then done and listed.

#include "CliFixture.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliArchive : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"ARC-1"_s, u"10.00"_s, 50));
        first = placeOrder(placeRequest(u"ARC-1"_s, 1, u"10.00"_s));
        ASSERT_GT(first, 0);
        second = placeOrder(placeRequest(u"ARC-1"_s, 2, u"10.00"_s, u"grace@example.org"_s));
        ASSERT_GT(second, 0);
    }

    qint64 first = 0;
    qint64 second = 0;

    QString path(const QString &name) const { return cli.directory() + u'/' + name; }
    // The period around today (UTC), whatever the time of day the test runs.
    QStringList exportArguments(const QString &file) const
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {u"archive"_s, u"export"_s, u"--from"_s, today.addDays(-1).toString(Qt::ISODate), u"--to"_s,
                today.addDays(1).toString(Qt::ISODate), file};
    }
    static QByteArray bytesOf(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }
    static void writeBytes(const QString &file, const QByteArray &bytes)
    {
        QFile::remove(file);
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    static void execute(const QString &file, const QString &sql)
    {
        const QString connection = u"cli-archive-test"_s;
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

TEST_F(CliArchive, ExportWritesAVerifiedArchiveAndVerifyRefusesTampering)
{
    const QString file = path(u"orders.archive"_s);
    const CliResult exported = cli.run(QStringList{u"--json"_s} + exportArguments(file));
    ASSERT_EQ(exported.exitCode, ExitOk) << exported;
    const QJsonObject manifest = exported.jsonObject();
    EXPECT_EQ(manifest.value(u"orders"_s).toInteger(), 2) << exported;
    EXPECT_EQ(manifest.value(u"tables"_s).toObject().value(u"customers"_s).toInteger(), 2) << exported;
    EXPECT_EQ(manifest.value(u"contentSha256"_s).toString().size(), 64);
    EXPECT_EQ(QFileInfo(file).permissions()
                    & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions{});

    const CliResult verified = cli.run({u"archive"_s, u"verify"_s, file});
    ASSERT_EQ(verified.exitCode, ExitOk) << verified;
    EXPECT_TRUE(verified.outText().contains(manifest.value(u"contentSha256"_s).toString())) << verified;

    // One row changed through SQLite.
    const QString changed = path(u"changed.archive"_s);
    writeBytes(changed, bytesOf(file));
    ASSERT_NO_FATAL_FAILURE(execute(changed, u"UPDATE orders SET ship_city = 'Elsewhere'"_s));
    const CliResult refused = cli.run({u"archive"_s, u"verify"_s, changed});
    EXPECT_EQ(refused.exitCode, ExitConflict) << refused;
    EXPECT_TRUE(refused.errText().contains(u"orders"_s)) << refused;

    // One byte flipped in a row: the customer's email.
    QByteArray bytes = bytesOf(file);
    const qsizetype at = bytes.indexOf("grace@example.org");
    ASSERT_GT(at, 0);
    bytes[at] = 'G';
    const QString flipped = path(u"flipped.archive"_s);
    writeBytes(flipped, bytes);
    const CliResult flippedResult = cli.run({u"--json"_s, u"archive"_s, u"verify"_s, flipped});
    EXPECT_EQ(flippedResult.exitCode, ExitConflict) << flippedResult;
    EXPECT_EQ(flippedResult.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"conflict"_s)
            << flippedResult;

    const CliResult missing = cli.run({u"archive"_s, u"verify"_s, path(u"nothing.archive"_s)});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;
}

TEST_F(CliArchive, RefusesAnExistingFileAndBadDatesBeforeOpeningAnything)
{
    const QString file = path(u"orders.archive"_s);
    writeBytes(file, "not mine to overwrite");
    const CliResult existing = cli.run(exportArguments(file));
    EXPECT_EQ(existing.exitCode, ExitConflict) << existing;
    EXPECT_EQ(bytesOf(file), QByteArray("not mine to overwrite"));

    const QString other = path(u"other.archive"_s);
    const CliResult badDate
            = cli.run({u"archive"_s, u"export"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s, u"2026-12-31"_s, other});
    EXPECT_EQ(badDate.exitCode, ExitInvalid) << badDate;
    EXPECT_TRUE(badDate.errText().contains(u"--from"_s)) << badDate;
    const CliResult backwards
            = cli.run({u"archive"_s, u"export"_s, u"--from"_s, u"2026-12-31"_s, u"--to"_s, u"2026-01-01"_s, other});
    EXPECT_EQ(backwards.exitCode, ExitInvalid) << backwards;
    EXPECT_FALSE(QFileInfo::exists(other));
    const CliResult usage = cli.run({u"archive"_s, u"export"_s, other});
    EXPECT_EQ(usage.exitCode, ExitUsage) << usage;
}

TEST_F(CliArchive, RedactedArchivesHoldNoCustomerEmail)
{
    const QString file = path(u"redacted.archive"_s);
    const CliResult exported = cli.run(exportArguments(file) << u"--redact-customers"_s);
    ASSERT_EQ(exported.exitCode, ExitOk) << exported;
    const QByteArray bytes = bytesOf(file).toLower();
    EXPECT_FALSE(bytes.contains("ada@example.com"));
    EXPECT_FALSE(bytes.contains("grace@example.org"));
    EXPECT_FALSE(bytes.contains("lovelace"));
    EXPECT_TRUE(bytes.contains("@example.invalid"));
    const CliResult verified = cli.run({u"archive"_s, u"verify"_s, file});
    EXPECT_EQ(verified.exitCode, ExitOk) << verified;
    EXPECT_TRUE(verified.outText().contains(u"redacted"_s)) << verified;
}

TEST_F(CliArchive, PurgeRefusesOpenOrdersThenPurgesWhatTheArchiveHoldsAndListsIt)
{
    const QString through = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    const QString open = path(u"open.archive"_s);
    ASSERT_EQ(cli.run(exportArguments(open)).exitCode, ExitOk);
    const QStringList purgeOpen{u"archive"_s, u"purge"_s, u"--through"_s, through, u"--verified-archive"_s, open};
    const CliResult refused = cli.run(purgeOpen);
    EXPECT_EQ(refused.exitCode, ExitConflict) << refused;
    EXPECT_TRUE(refused.errText().contains(QString::number(first))) << refused;
    EXPECT_TRUE(refused.errText().contains(u"pending"_s)) << refused;

    const CliResult badDate
            = cli.run({u"archive"_s, u"purge"_s, u"--through"_s, u"2026-02-30"_s, u"--verified-archive"_s, open});
    EXPECT_EQ(badDate.exitCode, ExitInvalid) << badDate;
    const CliResult noArchive = cli.run({u"archive"_s, u"purge"_s, u"--through"_s, through});
    EXPECT_EQ(noArchive.exitCode, ExitUsage) << noArchive;
    const CliResult missing = cli.run(
            {u"archive"_s, u"purge"_s, u"--through"_s, through, u"--verified-archive"_s, path(u"none.archive"_s)});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;

    // Both orders cancelled and their emails sent (what the worker does): now they are finished.
    for (const qint64 order : {first, second}) {
        const CliResult cancelled
                = cli.run({u"orders"_s, u"cancel"_s, QString::number(order), u"--reason"_s, u"customer"_s});
        ASSERT_EQ(cancelled.exitCode, ExitOk) << cancelled;
    }
    ASSERT_NO_FATAL_FAILURE(execute(cli.databasePath(),
            u"UPDATE notification_outbox SET status = 'sent', attempts "
            "= 1, sent_at = updated_at"_s));
    EXPECT_EQ(cli.run(purgeOpen).exitCode, ExitConflict) << "the old archive holds them before they were cancelled";

    const QString file = path(u"finished.archive"_s);
    ASSERT_EQ(cli.run(exportArguments(file)).exitCode, ExitOk);
    const QStringList purge{u"archive"_s, u"purge"_s, u"--through"_s, through, u"--verified-archive"_s, file};
    const CliResult dryRun = cli.run(purge + QStringList{u"--dry-run"_s});
    ASSERT_EQ(dryRun.exitCode, ExitOk) << dryRun;
    EXPECT_TRUE(dryRun.outText().contains(u"Nothing was written"_s)) << dryRun;
    const CliResult stillThere = cli.run({u"--json"_s, u"archive"_s, u"purges"_s});
    ASSERT_EQ(stillThere.exitCode, ExitOk) << stillThere;
    EXPECT_TRUE(stillThere.jsonArray().isEmpty()) << stillThere;

    const CliResult purged = cli.run(QStringList{u"--json"_s} + purge);
    ASSERT_EQ(purged.exitCode, ExitOk) << purged;
    EXPECT_EQ(purged.jsonObject().value(u"orders"_s).toInteger(), 2) << purged;
    const CliResult listed = cli.run({u"--json"_s, u"archive"_s, u"purges"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    ASSERT_EQ(listed.jsonArray().size(), 1) << listed;
    const QJsonObject record = listed.jsonArray().first().toObject();
    EXPECT_EQ(record.value(u"orders"_s).toInteger(), 2) << listed;
    EXPECT_EQ(record.value(u"archiveFile"_s).toString(), u"finished.archive"_s) << listed;
    EXPECT_EQ(record.value(u"archiveSha256"_s).toString(), purged.jsonObject().value(u"archiveSha256"_s).toString());
    const CliResult text = cli.run({u"archive"_s, u"purges"_s});
    EXPECT_TRUE(text.outText().contains(u"finished.archive"_s)) << text;
    EXPECT_EQ(cli.run({u"orders"_s, u"show"_s, QString::number(first)}).exitCode, ExitNotFound);
    EXPECT_EQ(cli.run({u"archive"_s, u"verify"_s, file}).exitCode, ExitOk) << "the archive is untouched";
}

} // namespace
} // namespace shipshape::clitest
