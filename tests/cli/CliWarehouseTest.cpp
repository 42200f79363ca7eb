// `products add|edit --barcode`, `products import|export`, `picklists create`, `pack`, `counts` (docs/warehouse.md).

#include "CliFixture.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliWarehouse : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
    }
    QString paidOrder(const QString &sku, int quantity)
    {
        const qint64 number = placeOrder(placeRequest(sku, quantity));
        const CliResult paid = cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number)});
        EXPECT_EQ(paid.exitCode, ExitOk) << paid;
        return QString::number(number);
    }
};

TEST_F(CliWarehouse, BarcodesAreCheckedOnAddAndEdit)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MUG-1"_s, u"29.99"_s, 10, {u"--barcode"_s, u"4006381333931"_s}));
    EXPECT_EQ(product(u"MUG-1"_s).value(u"barcode"_s).toString(), u"4006381333931"_s);

    const CliResult typo = cli.run({u"products"_s, u"edit"_s, u"MUG-1"_s, u"--barcode"_s, u"4006381333932"_s});
    EXPECT_EQ(typo.exitCode, ExitInvalid) << typo;
    EXPECT_TRUE(typo.errText().contains(u"barcode"_s) && typo.errText().contains(u"4006381333932"_s)) << typo;
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MUG-2"_s));
    const CliResult taken = cli.run({u"products"_s, u"edit"_s, u"MUG-2"_s, u"--barcode"_s, u"4006381333931"_s});
    EXPECT_EQ(taken.exitCode, ExitConflict) << taken;
    const CliResult nothing = cli.run({u"products"_s, u"edit"_s, u"MUG-2"_s});
    EXPECT_EQ(nothing.exitCode, ExitUsage) << nothing;

    const CliResult edited
            = cli.run({u"products"_s, u"edit"_s, u"MUG-2"_s, u"--barcode"_s, u"96385074"_s, u"--price"_s, u"31.00"_s});
    ASSERT_EQ(edited.exitCode, ExitOk) << edited;
    EXPECT_EQ(product(u"MUG-2"_s).value(u"barcode"_s).toString(), u"96385074"_s);
    EXPECT_EQ(product(u"MUG-2"_s).value(u"price"_s).toString(), u"31.00"_s);
    const CliResult removed = cli.run({u"products"_s, u"edit"_s, u"MUG-2"_s, u"--barcode"_s, u""_s});
    ASSERT_EQ(removed.exitCode, ExitOk) << removed;
    EXPECT_TRUE(product(u"MUG-2"_s).value(u"barcode"_s).isNull());
}

TEST_F(CliWarehouse, ImportRefusesABadFileWithARowReportAndExportRoundTrips)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MUG-1"_s));
    const QString bad = cli.writeFile(u"bad.csv"_s,
            "sku,name,price,currency,on_hand\r\nNEW-1,New,1.00,USD,5\r\nNEW-2,\"Neg, ative\",1.00,USD,-2\r\n");
    const CliResult refused = cli.run({u"products"_s, u"import"_s, bad});
    EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
    EXPECT_TRUE(refused.errText().contains(u"row 3, on_hand \"-2\""_s)) << refused;
    EXPECT_EQ(cli.run({u"products"_s, u"show"_s, u"NEW-1"_s}).exitCode, ExitNotFound);

    const QString good = cli.writeFile(u"good.csv"_s,
            "\xEF\xBB\xBFsku,name,price,currency,barcode,on_hand\r\nNEW-1,\"Mug, "
            "\"\"new\"\"\",1.00,USD,96385074,5\r\n");
    const CliResult dry = cli.run({u"--json"_s, u"products"_s, u"import"_s, good, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, ExitOk) << dry;
    EXPECT_EQ(dry.jsonObject().value(u"created"_s).toInteger(), 1) << dry;
    EXPECT_EQ(cli.run({u"products"_s, u"show"_s, u"NEW-1"_s}).exitCode, ExitNotFound);
    const CliResult imported = cli.run({u"products"_s, u"import"_s, good});
    ASSERT_EQ(imported.exitCode, ExitOk) << imported;
    EXPECT_EQ(product(u"NEW-1"_s).value(u"name"_s).toString(), u"Mug, \"new\""_s);
    EXPECT_EQ(product(u"NEW-1"_s).value(u"onHand"_s).toInteger(), 5);

    const QString exported = cli.directory() + u"/export.csv"_s;
    ASSERT_EQ(cli.run({u"products"_s, u"export"_s, exported}).exitCode, ExitOk);
    const CliResult again = cli.run({u"--json"_s, u"products"_s, u"import"_s, exported});
    ASSERT_EQ(again.exitCode, ExitOk) << again;
    EXPECT_EQ(again.jsonObject().value(u"unchanged"_s).toInteger(), 2) << again;
    const CliResult toStdout = cli.run({u"products"_s, u"export"_s});
    ASSERT_EQ(toStdout.exitCode, ExitOk);
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(toStdout.out, file.readAll());
}

TEST_F(CliWarehouse, PickListOfConfirmedOrdersAsPdf)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"A-10"_s));
    ASSERT_NO_FATAL_FAILURE(addProduct(u"A-2"_s));
    const QString first = paidOrder(u"A-10"_s, 2);
    const QString second = paidOrder(u"A-2"_s, 1);
    const QString pdf = cli.directory() + u"/pick.pdf"_s;
    const CliResult created = cli.run(
            {u"--json"_s, u"picklists"_s, u"create"_s, u"--orders"_s, first + u",#"_s + second, u"--pdf"_s, pdf});
    ASSERT_EQ(created.exitCode, ExitOk) << created;
    const QJsonArray stops = created.jsonObject().value(u"stops"_s).toArray();
    ASSERT_EQ(stops.size(), 2);
    EXPECT_EQ(stops.at(0).toObject().value(u"sku"_s).toString(), u"A-2"_s);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF"));

    const qint64 pending = placeOrder(placeRequest(u"A-2"_s, 1));
    const QString refusedPdf = cli.directory() + u"/refused.pdf"_s;
    const CliResult refused
            = cli.run({u"picklists"_s, u"create"_s, u"--orders"_s, QString::number(pending), u"--pdf"_s, refusedPdf});
    EXPECT_EQ(refused.exitCode, ExitConflict) << refused;
    EXPECT_FALSE(QFile::exists(refusedPdf));
    const CliResult all = cli.run({u"picklists"_s, u"create"_s, u"--pdf"_s, pdf});
    ASSERT_EQ(all.exitCode, ExitOk) << all;
    EXPECT_TRUE(all.outText().contains(u"Pick list of 2 orders"_s)) << all;
    const CliResult badNumber = cli.run({u"picklists"_s, u"create"_s, u"--orders"_s, u"abc"_s, u"--pdf"_s, pdf});
    EXPECT_EQ(badNumber.exitCode, ExitInvalid) << badNumber;
}

// `pack ORDER --scan CODE…` (scripted scan-to-pack): each scan reported, a refused one named with exit 3 or 4
// and counted nowhere, the progress kept between runs, and the parcel shipped once complete with tracking.
TEST_F(CliWarehouse, PackScansReportsRefusesAndShipsWhenComplete)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MUG-1"_s, u"29.99"_s, 10, {u"--barcode"_s, u"4006381333931"_s}));
    ASSERT_NO_FATAL_FAILURE(addProduct(u"TEE-1"_s, u"29.99"_s, 10));
    ASSERT_NO_FATAL_FAILURE(addProduct(u"CAP-1"_s, u"29.99"_s, 10));
    QJsonObject request = placeRequest(u"MUG-1"_s, 2);
    QJsonArray items = request.value(u"items"_s).toArray();
    items.append(QJsonObject{{u"productId"_s, u"TEE-1"_s}, {u"quantity"_s, 1}, {u"price"_s, u"29.99"_s}});
    request.insert(u"items"_s, items);
    const qint64 number = placeOrder(request);
    ASSERT_GT(number, 0);
    const QString order = QString::number(number);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, order}).exitCode, ExitOk);

    const CliResult first = cli.run({u"pack"_s, u"#"_s + order, u"--scan"_s, u"MUG-1"_s, u"--scan"_s,
            u"4006381333931"_s, u"--scan"_s, u"NO-SUCH"_s, u"--scan"_s, u"TEE-1"_s});
    EXPECT_EQ(first.exitCode, ExitInvalid) << first;
    EXPECT_TRUE(first.outText().contains(u"Scan 2 \"4006381333931\": MUG-1 2 of 2"_s)) << first;
    EXPECT_TRUE(first.errText().contains(u"Scan 3 (\"NO-SUCH\") refused"_s)) << first;
    EXPECT_FALSE(first.outText().contains(u"TEE-1"_s)) << "the scans after a refused one are not applied";

    const CliResult tooMany = cli.run({u"pack"_s, order, u"--scan"_s, u"MUG-1"_s});
    EXPECT_EQ(tooMany.exitCode, ExitConflict) << tooMany;
    EXPECT_TRUE(tooMany.errText().contains(u"Scan 1 (\"MUG-1\") refused: One too many"_s)) << tooMany;
    const CliResult wrongItem = cli.run({u"pack"_s, order, u"--scan"_s, u"CAP-1"_s});
    EXPECT_EQ(wrongItem.exitCode, ExitConflict) << wrongItem;
    const CliResult incomplete = cli.run({u"pack"_s, order, u"--tracking"_s, u"1Z999AA10123456784"_s});
    EXPECT_EQ(incomplete.exitCode, ExitConflict) << incomplete;
    EXPECT_EQ(cli.run({u"pack"_s, order, u"--carrier"_s, u"UPS"_s}).exitCode, ExitUsage);

    const CliResult progress = cli.run({u"--json"_s, u"pack"_s, order});
    ASSERT_EQ(progress.exitCode, ExitOk) << progress;
    EXPECT_EQ(progress.jsonObject().value(u"unitsPacked"_s).toInteger(), 2) << progress;
    EXPECT_EQ(product(u"MUG-1"_s).value(u"reserved"_s).toInteger(), 2);

    const CliResult shipped = cli.run({u"--json"_s, u"pack"_s, order, u"--scan"_s, u"tee-1"_s, u"--tracking"_s,
            u"1Z999AA10123456784"_s, u"--carrier"_s, u"UPS"_s});
    ASSERT_EQ(shipped.exitCode, ExitOk) << shipped;
    EXPECT_EQ(shipped.jsonObject().value(u"shipment"_s).toObject().value(u"status"_s).toString(), u"shipped"_s);
    const QJsonObject after = this->order(number);
    EXPECT_EQ(after.value(u"status"_s).toString(), u"shipped"_s);
    EXPECT_EQ(after.value(u"trackingNumber"_s).toString(), u"1Z999AA10123456784"_s);
    EXPECT_EQ(product(u"MUG-1"_s).value(u"reserved"_s).toInteger(), 0);
    EXPECT_EQ(product(u"MUG-1"_s).value(u"onHand"_s).toInteger(), 8);
    const CliResult afterShipping = cli.run({u"pack"_s, order});
    EXPECT_EQ(afterShipping.exitCode, ExitConflict) << afterShipping;
}

TEST_F(CliWarehouse, CountsStartEnterScanAndApproveIntoTheLedger)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MUG-1"_s, u"29.99"_s, 10, {u"--barcode"_s, u"4006381333931"_s}));
    ASSERT_NO_FATAL_FAILURE(addProduct(u"TEE-1"_s, u"29.99"_s, 20));
    ASSERT_NO_FATAL_FAILURE(addProduct(u"CAP-1"_s, u"29.99"_s, 5));

    const CliResult due = cli.run({u"--json"_s, u"counts"_s, u"due"_s, u"--days"_s, u"30"_s});
    ASSERT_EQ(due.exitCode, ExitOk) << due;
    EXPECT_EQ(due.jsonArray().size(), 3) << due;
    EXPECT_EQ(cli.run({u"counts"_s, u"start"_s}).exitCode, ExitUsage);
    EXPECT_EQ(cli.run({u"counts"_s, u"start"_s, u"MUG-1"_s, u"--due"_s, u"30"_s}).exitCode, ExitUsage);
    EXPECT_EQ(cli.run({u"counts"_s, u"start"_s, u"NOPE-1"_s}).exitCode, ExitInvalid);

    const CliResult started
            = cli.run({u"--json"_s, u"counts"_s, u"start"_s, u"MUG-1"_s, u"TEE-1"_s, u"--note"_s, u"aisle A"_s});
    ASSERT_EQ(started.exitCode, ExitOk) << started;
    const QString id = QString::number(started.jsonObject().value(u"id"_s).toInteger());
    EXPECT_EQ(started.jsonObject().value(u"lines"_s).toArray().size(), 2) << started;
    EXPECT_EQ(cli.run({u"counts"_s, u"start"_s, u"TEE-1"_s}).exitCode, ExitConflict) << "in an open count already";

    const CliResult scanned
            = cli.run({u"counts"_s, u"scan"_s, id, u"4006381333931"_s, u"mug-1"_s, u"NO-SUCH"_s, u"MUG-1"_s});
    EXPECT_EQ(scanned.exitCode, ExitInvalid) << scanned;
    EXPECT_TRUE(scanned.outText().contains(u"Scan 2 \"mug-1\": MUG-1 counted 2"_s)) << scanned;
    EXPECT_TRUE(scanned.errText().contains(u"Scan 3 (\"NO-SUCH\") refused"_s)) << scanned;
    EXPECT_EQ(cli.run({u"counts"_s, u"enter"_s, id, u"CAP-1"_s, u"3"_s}).exitCode, ExitConflict) << "not in the count";
    EXPECT_EQ(cli.run({u"counts"_s, u"enter"_s, id, u"TEE-1"_s, u"-2"_s}).exitCode, ExitInvalid);
    EXPECT_EQ(cli.run({u"counts"_s, u"enter"_s, u"x"_s, u"TEE-1"_s, u"2"_s}).exitCode, ExitInvalid);
    EXPECT_EQ(cli.run({u"counts"_s, u"approve"_s, id}).exitCode, ExitConflict) << "TEE-1 is not counted yet";

    const CliResult entered = cli.run({u"counts"_s, u"enter"_s, u"#"_s + id, u"TEE-1"_s, u"18"_s});
    ASSERT_EQ(entered.exitCode, ExitOk) << entered;
    EXPECT_TRUE(entered.outText().contains(u"variance -2"_s)) << entered;
    const CliResult approved = cli.run({u"--json"_s, u"counts"_s, u"approve"_s, id});
    ASSERT_EQ(approved.exitCode, ExitOk) << approved;
    EXPECT_EQ(approved.jsonObject().value(u"state"_s).toString(), u"approved"_s);
    EXPECT_EQ(product(u"MUG-1"_s).value(u"onHand"_s).toInteger(), 2);
    EXPECT_EQ(product(u"TEE-1"_s).value(u"onHand"_s).toInteger(), 18);
    EXPECT_EQ(cli.run({u"counts"_s, u"cancel"_s, id}).exitCode, ExitConflict) << "a closed count does not change";

    const CliResult listed = cli.run({u"--json"_s, u"counts"_s, u"list"_s, u"--state"_s, u"approved"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    ASSERT_EQ(listed.jsonArray().size(), 1) << listed;
    EXPECT_EQ(listed.jsonArray().at(0).toObject().value(u"differingLines"_s).toInteger(), 2) << listed;
    const CliResult dueNow = cli.run({u"--json"_s, u"counts"_s, u"due"_s, u"--days"_s, u"30"_s});
    ASSERT_EQ(dueNow.exitCode, ExitOk) << dueNow;
    ASSERT_EQ(dueNow.jsonArray().size(), 1) << dueNow;
    EXPECT_EQ(dueNow.jsonArray().at(0).toObject().value(u"sku"_s).toString(), u"CAP-1"_s);
}

} // namespace
} // namespace shipshape::clitest
