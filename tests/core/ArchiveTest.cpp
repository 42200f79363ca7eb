// Archives of a period's orders: what an export holds, that verify accepts it and refuses a changed row or
// byte, that redaction leaves no customer's email, name or street anywhere in the file's bytes, that an
// archive opens read-only (a write is an error), and that the source is never written. On a SQLite file,
// and with SHIPSHAPE_TEST_DATABASE=postgresql exported from PostgreSQL.

#include "Helpers.h"

#include "archive/ArchiveDigest.h"
#include "archive/ArchiveExporter.h"
#include "archive/ArchiveReview.h"
#include "archive/ArchiveVerifier.h"
#include "storage/Database.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class ArchiveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        db.clock().set(QDateTime(QDate(2026, 10, 30), QTime(10, 0), QTimeZone::utc()));
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
        addProduct(session(), u"TEE-1"_s, u"20.00"_s, 50);
        addProduct(session(), u"CAP-1"_s, u"8.00"_s, 50);
        // In the period (Oct 30 – Nov 1): two of Ada's orders (one shipped, with a note naming her) and
        // Grace's, cancelled. After it: another of Ada's.
        first = place(placeRequest({{u"MUG-1"_s, 2}}, u"ada@example.com"_s, u"Ada Lovelace"_s));
        ASSERT_TRUE(orders().markPaid(ref(first)));
        ASSERT_TRUE(orders().addNote(ref(first), u"Ada Lovelace asked by mail (ada@example.com) for gift wrap"_s));
        ASSERT_TRUE(orders().ship(ref(first), u"1Z999AA10123456784"_s, u"UPS"_s));
        db.clock().set(QDateTime(QDate(2026, 10, 31), QTime(23, 59), QTimeZone::utc()));
        second = place(placeRequest({{u"TEE-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s));
        db.clock().set(QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()));
        cancelled = place(placeRequest({{u"CAP-1"_s, 1}}, u"grace@example.org"_s, u"Grace Hopper"_s));
        ASSERT_TRUE(orders().cancel(ref(cancelled), CancelReason::Customer, u"grace@example.org changed her mind"_s));
        db.clock().set(QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc()));
        later = place(placeRequest({{u"MUG-1"_s, 1}}, u"ada@example.com"_s, u"Ada Lovelace"_s));
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    QString ref(const Order &order) { return QString::number(order.number); }
    Order place(const PlaceOrderRequest &request)
    {
        auto placed = orders().place(request);
        EXPECT_TRUE(placed) << describe(placed.error());
        return placed ? *placed : Order{};
    }
    QString archivePath(const QString &name = u"orders.archive"_s) { return folder.filePath(name); }
    Result<ArchiveManifest> exportArchive(const QString &file, bool redact = false)
    {
        ArchiveExportOptions options;
        options.from = QDate(2026, 10, 30);
        options.to = QDate(2026, 11, 1);
        options.file = file;
        options.redactCustomers = redact;
        options.now = db.clock().now();
        options.appVersion = u"test"_s;
        return ArchiveExporter::exportPeriod(session().database(), options);
    }
    // A writable copy to tamper with (the archive itself is read-only).
    QString writableCopy(const QString &file)
    {
        const QString copy = archivePath(u"tampered.archive"_s);
        QFile::remove(copy);
        EXPECT_TRUE(QFile::copy(file, copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

    TestDatabase db;
    QTemporaryDir folder;
    Order first;
    Order second;
    Order cancelled;
    Order later;
};

TEST_F(ArchiveTest, HoldsThePeriodsOrdersWithEverythingAReviewerNeedsAndVerifies)
{
    const QString before = dumpDatabase(session().database());
    auto manifest = exportArchive(archivePath());
    ASSERT_TRUE(manifest) << describe(manifest.error());
    EXPECT_EQ(dumpDatabase(session().database()), before) << "the source is only read";

    EXPECT_EQ(manifest->orders, 3);
    EXPECT_EQ(manifest->schemaVersion, latestSchemaVersion());
    EXPECT_EQ(manifest->from, QDate(2026, 10, 30));
    EXPECT_EQ(manifest->to, QDate(2026, 11, 1));
    EXPECT_EQ(manifest->source, session().database().url().displayName());
    EXPECT_FALSE(manifest->source.contains(u"password"_s, Qt::CaseInsensitive));
    EXPECT_EQ(manifest->rowsOf(u"customers"_s), 2) << "Ada and Grace, once each";
    EXPECT_EQ(manifest->rowsOf(u"products"_s), 3);
    EXPECT_EQ(manifest->rowsOf(u"shipments"_s), 1);
    EXPECT_GT(manifest->rowsOf(u"order_events"_s), 5);
    EXPECT_GT(manifest->rowsOf(u"stock_movements"_s), 3);
    EXPECT_GT(manifest->rowsOf(u"payments"_s), 0);
    EXPECT_EQ(manifest->contentSha256.size(), 32);

    const QFileInfo file(archivePath());
    EXPECT_EQ(file.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions{})
            << "left read-only (0444)";
    EXPECT_FALSE(QFileInfo::exists(archivePath() + u"-wal"_s));
    EXPECT_FALSE(QFileInfo::exists(archivePath() + u".partial"_s));

    auto verified = ArchiveVerifier::verify(archivePath());
    ASSERT_TRUE(verified) << describe(verified.error());
    EXPECT_EQ(verified->contentSha256, manifest->contentSha256);

    auto archive = ArchiveVerifier::openReadOnly(archivePath());
    ASSERT_TRUE(archive) << describe(archive.error());
    EXPECT_EQ(rows(**archive, u"SELECT number FROM orders ORDER BY number"_s),
            (QStringList{
                    QString::number(first.number), QString::number(second.number), QString::number(cancelled.number)}));
    EXPECT_EQ(scalar(**archive, u"SELECT COUNT(*) FROM order_events WHERE reason LIKE '%gift wrap%'"_s), 1);
    // Derived tables come back from the rows: the dashboard's aggregates and the order counter.
    EXPECT_GT(scalar(**archive, u"SELECT COUNT(*) FROM daily_stats"_s), 0);
    EXPECT_EQ(scalar(**archive, u"SELECT value FROM counters WHERE name = 'orders'"_s), 3);
}

TEST_F(ArchiveTest, HoldsReturnsTheirLedgerRowsAndAnExchangeWhoseReplacementIsPlacedAfterThePeriod)
{
    // Ada sends a mug of her shipped order back; it is restocked and exchanged for a cap on Nov 3, after the
    // period: the replacement belongs to the next period's archive, and the return keeps its number.
    db.clock().set(QDateTime(QDate(2026, 11, 3), QTime(9, 0), QTimeZone::utc()));
    auto opened = orders().returns().open(ref(first), {{u"MUG-1"_s, 1, ReturnReason::WrongItem, {}}}, {});
    ASSERT_TRUE(opened) << describe(opened.error());
    ASSERT_TRUE(orders().returns().receive(opened->id, {{u"MUG-1"_s, 1}}, {}));
    auto replacement = orders().exchanges().replacementDefaults(opened->id);
    ASSERT_TRUE(replacement) << describe(replacement.error());
    replacement->items = {OrderItemRequest{u"CAP-1"_s, 1, {}}};
    auto exchanged = orders().exchanges().exchange(opened->id, *replacement);
    ASSERT_TRUE(exchanged) << describe(exchanged.error());

    auto manifest = exportArchive(archivePath());
    ASSERT_TRUE(manifest) << describe(manifest.error());
    EXPECT_EQ(manifest->orders, 3);
    EXPECT_EQ(manifest->rowsOf(u"returns"_s), 1);
    EXPECT_EQ(manifest->rowsOf(u"return_lines"_s), 1);
    ASSERT_TRUE(ArchiveVerifier::verify(archivePath()));
    auto archive = ArchiveVerifier::openReadOnly(archivePath());
    ASSERT_TRUE(archive) << describe(archive.error());
    EXPECT_EQ(scalar(**archive, u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'returned'"_s), 1);
    EXPECT_GT(scalar(**archive, u"SELECT replacement_order FROM returns"_s), later.number);
    EXPECT_EQ(scalar(**archive, u"SELECT COUNT(*) FROM orders WHERE number > %1"_s.arg(later.number)), 0);
}

TEST_F(ArchiveTest, AnArchiveOpensReadOnlyAndAWriteIsAnError)
{
    ASSERT_TRUE(exportArchive(archivePath()));
    auto archive = ArchiveVerifier::openReadOnly(archivePath());
    ASSERT_TRUE(archive) << describe(archive.error());
    auto write = (*archive)->query(u"UPDATE orders SET total_minor = total_minor + 1"_s);
    EXPECT_FALSE(write) << "a read-only connection refuses writes";

    // Even a writable copy refuses writes through a read-only session, and its services fail cleanly.
    const QString copy = writableCopy(archivePath());
    SessionOptions options;
    options.readOnly = true;
    auto review = Session::open(DatabaseUrl::sqliteFile(copy), options);
    ASSERT_TRUE(review) << describe(review.error());
    auto listed = (*review)->orders().find(ref(first));
    ASSERT_TRUE(listed) << describe(listed.error());
    EXPECT_FALSE((*review)->orders().addNote(ref(first), u"not in an archive"_s));
    auto read = ArchiveVerifier::verify(copy);
    EXPECT_TRUE(read) << "the failed write changed nothing";
}

TEST_F(ArchiveTest, VerifyRefusesAChangedRowAndNamesTheTable)
{
    ASSERT_TRUE(exportArchive(archivePath()));
    const QString copy = writableCopy(archivePath());
    {
        auto tampered = Database::open(DatabaseUrl::sqliteFile(copy));
        ASSERT_TRUE(tampered);
        ASSERT_TRUE((*tampered)->query(u"UPDATE order_lines SET quantity = quantity + 1, line_total_minor = "
                                       "(quantity + 1) * unit_price_minor WHERE order_number = ?"_s,
                {first.number}));
        ASSERT_TRUE((*tampered)->execute(u"PRAGMA journal_mode=DELETE"_s));
    }
    auto verified = ArchiveVerifier::verify(copy);
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(verified.error().message.contains(u"order_lines"_s)) << verified.error().message.toStdString();

    const QString removed = writableCopy(archivePath());
    {
        auto tampered = Database::open(DatabaseUrl::sqliteFile(removed));
        ASSERT_TRUE(tampered);
        ASSERT_TRUE((*tampered)->query(u"DELETE FROM order_events WHERE reason LIKE '%gift wrap%'"_s));
        ASSERT_TRUE((*tampered)->execute(u"PRAGMA journal_mode=DELETE"_s));
    }
    verified = ArchiveVerifier::verify(removed);
    ASSERT_FALSE(verified);
    EXPECT_TRUE(verified.error().message.contains(u"order_events"_s)) << verified.error().message.toStdString();
}

TEST_F(ArchiveTest, VerifyRefusesAFlippedByte)
{
    ASSERT_TRUE(exportArchive(archivePath()));
    QFile original(archivePath());
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    original.close();
    // A byte of a row's content: the note's text, and (separately) the SQLite header.
    const qsizetype note = bytes.indexOf("gift wrap");
    ASSERT_GT(note, 0);
    for (const qsizetype offset : {note, qsizetype(20)}) {
        QByteArray flipped = bytes;
        flipped[offset] = char(flipped.at(offset) ^ 0x01);
        const QString copy = archivePath(u"flipped.archive"_s);
        QFile::remove(copy);
        QFile out(copy);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(flipped);
        out.close();
        auto verified = ArchiveVerifier::verify(copy);
        ASSERT_FALSE(verified) << "offset " << offset;
        EXPECT_EQ(verified.error().code, ErrorCode::Conflict) << verified.error().message.toStdString();
    }
    EXPECT_TRUE(ArchiveVerifier::verify(archivePath())) << "the archive itself is untouched";
}

TEST_F(ArchiveTest, RedactionLeavesNoCustomersEmailNameOrStreetInTheFile)
{
    ASSERT_TRUE(orders().markPaid(ref(second)));
    auto manifest = exportArchive(archivePath(), true);
    ASSERT_TRUE(manifest) << describe(manifest.error());
    EXPECT_TRUE(manifest->redacted);
    QFile file(archivePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray &original :
            {QByteArray("ada@example.com"), QByteArray("grace@example.org"), QByteArray("Lovelace"),
                    QByteArray("Grace Hopper"), QByteArray("1 Main St"), QByteArray("Springfield")}) {
        EXPECT_FALSE(bytes.contains(original)) << original.toStdString();
        EXPECT_FALSE(bytes.toLower().contains(original.toLower())) << original.toStdString();
    }
    EXPECT_TRUE(bytes.contains("gift wrap")) << "the rest of the note stays";

    auto archive = ArchiveVerifier::openReadOnly(archivePath());
    ASSERT_TRUE(archive);
    // Stable: one pseudonym per customer, the same in the customer, her orders and her emails.
    const QStringList adas = rows(**archive,
            u"SELECT DISTINCT customer_name || ' ' || customer_email FROM orders "
            "WHERE number IN (?, ?)"_s,
            {first.number, second.number});
    ASSERT_EQ(adas.size(), 1);
    EXPECT_EQ(scalar(**archive, u"SELECT COUNT(*) FROM customers WHERE name || ' ' || email = ?"_s, {adas.at(0)}), 1);
    const QString adaEmail = adas.at(0).section(u' ', -1);
    EXPECT_TRUE(adaEmail.endsWith(u"@example.invalid"_s));
    EXPECT_EQ(scalar(**archive,
                      u"SELECT COUNT(*) FROM notification_outbox WHERE recipient_email <> ? AND "
                      "order_number IN (?, ?)"_s,
                      {adaEmail, first.number, second.number}),
            0);
    EXPECT_GT(scalar(**archive, u"SELECT COUNT(*) FROM notification_outbox"_s), 0);
    EXPECT_EQ(scalar(**archive, u"SELECT COUNT(*) FROM customers WHERE name LIKE 'Customer %'"_s), 2);
    EXPECT_EQ(scalar(**archive, u"SELECT COUNT(DISTINCT ship_country) FROM orders WHERE ship_country = 'US'"_s), 1)
            << "the country stays: tax figures depend on it";
    EXPECT_TRUE(ArchiveVerifier::verify(archivePath()));

    // Another archive of the same period gets other pseudonyms: the key is random and gone.
    auto again = exportArchive(archivePath(u"again.archive"_s), true);
    ASSERT_TRUE(again);
    auto other = ArchiveVerifier::openReadOnly(archivePath(u"again.archive"_s));
    ASSERT_TRUE(other);
    EXPECT_EQ(scalar(**other, u"SELECT COUNT(*) FROM customers WHERE name || ' ' || email = ?"_s, {adas.at(0)}), 0);
}

TEST_F(ArchiveTest, RefusesAnExistingFileABackwardPeriodAndAMissingFolderWritingNothing)
{
    {
        QFile existing(archivePath());
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    auto refused = exportArchive(archivePath());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    QFile kept(archivePath());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("keep me"));

    ArchiveExportOptions backwards;
    backwards.from = QDate(2026, 11, 2);
    backwards.to = QDate(2026, 11, 1);
    backwards.file = archivePath(u"backwards.archive"_s);
    auto backward = ArchiveExporter::exportPeriod(session().database(), backwards);
    ASSERT_FALSE(backward);
    EXPECT_EQ(backward.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(backward.error().field, u"to"_s);
    EXPECT_FALSE(QFileInfo::exists(backwards.file));

    backwards.from = QDate(2026, 11, 1);
    backwards.file = folder.filePath(u"missing/folder.archive"_s);
    auto missing = ArchiveExporter::exportPeriod(session().database(), backwards);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, u"FILE"_s);
}

TEST_F(ArchiveTest, AnArchiveOfThisSchemaOpensAsItIsAndAnOlderOneThroughAMigratedCopy)
{
    ASSERT_TRUE(exportArchive(archivePath()));
    auto current = ArchiveReview::prepare(archivePath());
    ASSERT_TRUE(current) << describe(current.error());
    EXPECT_FALSE((*current)->migratedCopy());
    EXPECT_EQ((*current)->databasePath(), QFileInfo(archivePath()).absoluteFilePath());
    EXPECT_EQ((*current)->title(), u"Archive of 2026-10-30 – 2026-11-01 (read-only)"_s);

    // An archive as an older build wrote it: one schema version back.
    const QString older = archivePath(u"older.archive"_s);
    QFile::copy(archivePath(), older);
    QFile(older).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto writable = Database::open(DatabaseUrl::sqliteFile(older));
        ASSERT_TRUE(writable);
        auto down = Migrator(**writable).migrateTo(latestSchemaVersion() - 1);
        ASSERT_TRUE(down) << describe(down.error());
        ASSERT_TRUE((*writable)->query(u"UPDATE archive_manifest SET value = ? WHERE key = 'schema_version'"_s,
                {QString::number(latestSchemaVersion() - 1)}));
        ASSERT_TRUE((*writable)->execute(u"PRAGMA journal_mode=DELETE"_s));
    }
    for (const QString &leftover : QDir(folder.path()).entryList({u"older.archive.*"_s}))
        QFile::remove(folder.filePath(leftover)); // the downgrade's own backup
    QFile(older).setPermissions(QFileDevice::ReadOwner);
    const QByteArray before = [&] {
        QFile in(older);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }();
    const QStringList filesBefore = QDir(folder.path()).entryList(QDir::Files);

    auto review = ArchiveReview::prepare(older);
    ASSERT_TRUE(review) << describe(review.error());
    EXPECT_TRUE((*review)->migratedCopy());
    EXPECT_NE((*review)->databasePath(), QFileInfo(older).absoluteFilePath());
    SessionOptions options;
    options.readOnly = true;
    auto session = Session::open(DatabaseUrl::sqliteFile((*review)->databasePath()), options);
    ASSERT_TRUE(session) << describe(session.error());
    auto found = (*session)->orders().find(ref(first));
    ASSERT_TRUE(found) << describe(found.error());
    EXPECT_EQ(found->number, first.number);
    EXPECT_FALSE((*session)->orders().addNote(ref(first), u"no"_s)) << "the copy is opened read-only too";

    QFile in(older);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    EXPECT_EQ(in.readAll(), before) << "the archive itself is untouched";
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), filesBefore) << "nothing written beside it";
}

TEST_F(ArchiveTest, VerifyRefusesAFileThatIsNoArchive)
{
    auto notFound = ArchiveVerifier::verify(archivePath(u"nothing-here"_s));
    ASSERT_FALSE(notFound);
    EXPECT_EQ(notFound.error().code, ErrorCode::NotFound);
    if (!db.isPostgres()) {
        // The live database itself: a Shipshape database, but no archive.
        auto live = ArchiveVerifier::verify(db.path());
        ASSERT_FALSE(live);
        EXPECT_EQ(live.error().code, ErrorCode::Conflict);
        EXPECT_TRUE(live.error().message.contains(u"manifest"_s)) << live.error().message.toStdString();
    }
}

} // namespace
