#include "Helpers.h"

#include "orders/OrderImport.h"
#include "orders/OrderImportRecords.h"
#include "storage/Database.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

const QByteArray kHeader = "external_id,customer_email,customer_name,sku,quantity,unit_price,currency,placed_at,"
                           "street,city,state,zip,country\r\n";

QByteArray row(const QByteArray &id, const QByteArray &email, const QByteArray &sku, const QByteArray &quantity,
        const QByteArray &price, const QByteArray &currency = "USD")
{
    return id + "," + email + ",Ada Lovelace," + sku + "," + quantity + "," + price + "," + currency
            + ",2026-11-30T10:00:00Z,1 Main St,Springfield,IL,62701,US\r\n";
}

class OrderImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 100);
        addProduct(session(), u"TEE-1"_s, u"20.00"_s, 100);
        addProduct(session(), u"EURO-1"_s, u"5.00"_s, 100, u"EUR"_s);
    }
    Session &session() { return db.session(); }
    OrderImportSummary import(const QByteArray &data, const QString &source = u"old-shop"_s, bool dryRun = false,
            OrderImportFormat format = OrderImportFormat::Csv, const QHash<QString, QString> &mapping = {})
    {
        OrderImport importer(session().database(), session().clock());
        auto summary = importer.run(data, format, OrderImportOptions{source, mapping, dryRun});
        EXPECT_TRUE(summary) << (summary ? "" : describe(summary.error()));
        return summary ? *summary : OrderImportSummary{};
    }
    static QString issues(const OrderImportSummary &summary)
    {
        QStringList lines;
        for (const ImportIssue &issue : summary.issues)
            lines << u"%1|%2|%3|%4"_s.arg(issue.row).arg(issue.column, issue.value, issue.message);
        return lines.join(u'\n');
    }
    TestDatabase db;
};

TEST_F(OrderImportTest, PlacesEachOrderAtTheFilesPricesPaidWithItsOriginOnTheTimeline)
{
    const OrderImportSummary summary = import(kHeader + row("A-1", "ada@example.com", "MUG-1", "2", "9.99")
            + row("A-1", "ada@example.com", "TEE-1", "1", "18.00")
            + row("A-2", "bob@example.com", "MUG-1", "3", "12.50"));
    ASSERT_TRUE(summary.issues.isEmpty()) << issues(summary).toStdString();
    EXPECT_EQ(summary.rows, 3);
    EXPECT_EQ(summary.orders, 2);
    EXPECT_EQ(summary.placed, 2);
    ASSERT_EQ(summary.orderNumbers.size(), 2);
    EXPECT_EQ(orderCount(session()), 2);

    auto first = session().orders().find(QString::number(summary.orderNumbers.at(0)));
    ASSERT_TRUE(first);
    ASSERT_EQ(first->lines.size(), 2);
    EXPECT_EQ(first->lines.at(0).unitPrice.minorUnits(), 999); // the file's price, not the catalogue's 12.50
    EXPECT_EQ(first->lines.at(1).unitPrice.minorUnits(), 1800);
    EXPECT_EQ(first->total.minorUnits(), 2 * 999 + 1800);
    EXPECT_EQ(first->paid, first->total);
    EXPECT_EQ(first->status, OrderStatus::Confirmed);
    EXPECT_EQ(first->paymentMethod, PaymentMethodType::BankTransfer);
    EXPECT_EQ(first->customer.email, u"ada@example.com"_s);
    ASSERT_GE(first->timeline.size(), 2);
    EXPECT_EQ(first->timeline.at(0).event, u"OrderPlaced"_s);
    const QJsonObject origin = first->timeline.at(0).details.value(u"importedFrom"_s).toObject();
    EXPECT_EQ(origin.value(u"source"_s).toString(), u"old-shop"_s);
    EXPECT_EQ(origin.value(u"externalId"_s).toString(), u"A-1"_s);
    EXPECT_EQ(origin.value(u"placedAt"_s).toString(), u"2026-11-30T10:00:00.000Z"_s);
    EXPECT_EQ(first->timeline.at(1).event, u"PaymentProcessed"_s);
    EXPECT_TRUE(first->timeline.at(1).reason.contains(u"imported from old-shop, external id A-1"_s))
            << first->timeline.at(1).reason.toStdString();

    EXPECT_EQ(product(session(), u"MUG-1"_s).reserved, 5);
    EXPECT_EQ(product(session(), u"TEE-1"_s).reserved, 1);
    EXPECT_EQ(scalar(session().database(), u"SELECT COUNT(*) FROM order_imports WHERE source = 'old-shop'"_s), 2);
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(OrderImportTest, TheSameFileTwiceImportsNothingTwice)
{
    const QByteArray csv = kHeader + row("A-1", "ada@example.com", "MUG-1", "2", "9.99")
            + row("A-2", "bob@example.com", "TEE-1", "1", "20.00");
    ASSERT_EQ(import(csv).placed, 2);
    const QString before = dumpDatabase(session().database());

    const OrderImportSummary again = import(csv);
    EXPECT_TRUE(again.issues.isEmpty()) << issues(again).toStdString();
    EXPECT_EQ(again.placed, 0);
    ASSERT_EQ(again.alreadyImported.size(), 2);
    EXPECT_EQ(again.alreadyImported.at(0).row, 2);
    EXPECT_EQ(again.alreadyImported.at(0).value, u"A-1"_s);
    EXPECT_TRUE(again.alreadyImported.at(0).message.contains(u"Already imported as order"_s));
    EXPECT_EQ(dumpDatabase(session().database()), before);

    // A file with one more order places only that one; another source's same ids are other orders.
    const OrderImportSummary grown = import(csv + row("A-3", "cy@example.com", "MUG-1", "1", "12.50"));
    EXPECT_EQ(grown.placed, 1);
    EXPECT_EQ(grown.alreadyImported.size(), 2);
    EXPECT_EQ(import(csv, u"marketplace"_s).placed, 2);
    EXPECT_EQ(orderCount(session()), 5);
}

TEST_F(OrderImportTest, PlacementRefusesAnOriginAlreadyImported)
{
    ASSERT_EQ(import(kHeader + row("A-1", "ada@example.com", "MUG-1", "2", "9.99")).placed, 1);
    PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 1}});
    request.importedFrom = ImportedOrderOrigin{u"old-shop"_s, u"A-1"_s, std::nullopt};
    auto placed = session().orders().place(request);
    ASSERT_FALSE(placed);
    EXPECT_EQ(placed.error().code, ErrorCode::Conflict);
    EXPECT_EQ(orderCount(session()), 1);
}

TEST_F(OrderImportTest, AnyBadRowRefusesTheWholeFileWithARowReport)
{
    const QString before = dumpDatabase(session().database());
    const OrderImportSummary summary = import(kHeader + row("A-1", "ada@example.com", "MUG-1", "2", "9.99")
            + row("A-2", "ada@example.com", "NOPE", "1", "1.00") // row 3
            + row("A-3", "ada@example.com", "MUG-1", "two", "1.00") // row 4
            + row("A-4", "ada@example.com", "EURO-1", "1", "5.00", "USD") // row 5
            + row("A-5", "not-an-email", "MUG-1", "1", "1.00") // row 6
            + row("A-6", "ada@example.com", "MUG-1", "1", "-1.00") // row 7
            + row("A-7", "ada@example.com", "MUG-1", "1", "1.005") // row 8
            + row("A-1", "eve@example.com", "TEE-1", "1", "1.00") // row 9: contradicts row 2
            + row("A-8", "ada@example.com", "TEE-1", "101", "1.00") // row 10: more than on hand
            + row("", "ada@example.com", "TEE-1", "1", "1.00")); // row 11
    const QString report = issues(summary);
    EXPECT_EQ(summary.placed, 0);
    EXPECT_TRUE(report.contains(u"3|sku|NOPE|Unknown SKU \"NOPE\"."_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"4|quantity|two|"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"5|currency|USD|EURO-1 is sold in EUR"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"6|customer_email|not-an-email|"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"7|unit_price|-1.00|"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"8|unit_price|1.005|"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"9|customer_email|eve@example.com|Order A-1 has"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"10|quantity|101|Only 100 of TEE-1 are available"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"11|external_id||"_s)) << report.toStdString();
    EXPECT_EQ(summary.issues.size(), 9) << report.toStdString();
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(OrderImportTest, ADryRunChecksAndWritesNothing)
{
    const QString before = dumpDatabase(session().database());
    const OrderImportSummary summary
            = import(kHeader + row("A-1", "ada@example.com", "MUG-1", "2", "9.99"), u"old-shop"_s, true);
    EXPECT_TRUE(summary.issues.isEmpty());
    EXPECT_EQ(summary.placed, 1);
    EXPECT_TRUE(summary.orderNumbers.isEmpty());
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(OrderImportTest, AMarketplaceHeaderIsFoundByAliasesAndAnExplicitMapping)
{
    // Amazon's order report names; its "item-price" is mapped by hand, and "sku" by alias ("seller-sku") would
    // be ambiguous with the explicit one, so the mapping wins.
    const QByteArray csv = "order-id,purchase-date,buyer-email,buyer-name,seller-sku,quantity-purchased,currency,"
                           "item-price,ship-address-1,ship-city,ship-state,ship-postal-code,ship-country\n"
                           "111-222,2026-11-30 10:00:00,ada@example.com,Ada,TEE-1,2,USD,19.50,1 Main St,Springfield,"
                           "IL,62701,us\n";
    const OrderImportSummary unmapped = import(csv, u"amazon"_s, true);
    EXPECT_TRUE(issues(unmapped).contains(u"No column for \"unit_price\""_s)) << issues(unmapped).toStdString();
    const OrderImportSummary summary
            = import(csv, u"amazon"_s, false, OrderImportFormat::Csv, {{u"unit_price"_s, u"item-price"_s}});
    ASSERT_TRUE(summary.issues.isEmpty()) << issues(summary).toStdString();
    ASSERT_EQ(summary.orderNumbers.size(), 1);
    auto order = session().orders().find(QString::number(summary.orderNumbers.constFirst()));
    ASSERT_TRUE(order);
    EXPECT_EQ(order->lines.constFirst().unitPrice.minorUnits(), 1950);
    EXPECT_EQ(order->shippingAddress.country, u"US"_s);
    const OrderImportSummary badMap
            = import(csv, u"amazon"_s, true, OrderImportFormat::Csv, {{u"unit_price"_s, u"price"_s}});
    EXPECT_TRUE(issues(badMap).contains(u"names a column the file does not have"_s)) << issues(badMap).toStdString();
}

TEST_F(OrderImportTest, JsonLinesHoldAnOrderPerLineWithExactPrices)
{
    const QByteArray jsonl
            = R"({"external_id":"J-1","customer_email":"ada@example.com","customer_name":"Ada","payment_method":"cash",)"
              R"("shipping_address":{"street":"1 Main St","city":"Springfield","state":"IL","zip":"62701","country":"US"},)"
              R"("lines":[{"sku":"MUG-1","quantity":2,"unit_price":0.1},{"sku":"TEE-1","quantity":"1","unit_price":"19.99"}]})"
              "\n\n"
              R"({"external_id":"J-2","customer_email":"bob@example.com","customer_name":"Bob",)"
              R"("shipping_address":{"street":"1 Main St","city":"Springfield","state":"IL","zip":"62701","country":"US"},)"
              R"("lines":[{"sku":"MUG-1","quantity":0,"unit_price":"1.00"}]})"
              "\n";
    const OrderImportSummary refused = import(jsonl, u"api"_s, false, OrderImportFormat::JsonLines);
    EXPECT_EQ(issues(refused), u"3|lines[0].quantity|0|The quantity is a whole number from 1 to 100000."_s);
    const OrderImportSummary summary
            = import(jsonl.left(jsonl.indexOf('\n') + 1), u"api"_s, false, OrderImportFormat::JsonLines);
    ASSERT_TRUE(summary.issues.isEmpty()) << issues(summary).toStdString();
    auto order = session().orders().find(QString::number(summary.orderNumbers.constFirst()));
    ASSERT_TRUE(order);
    EXPECT_EQ(order->lines.at(0).unitPrice.minorUnits(), 10);
    EXPECT_EQ(order->paymentMethod, PaymentMethodType::Cash);
    EXPECT_EQ(order->total.minorUnits(), 20 + 1999);
}

TEST_F(OrderImportTest, ACardPaymentMethodIsRefused)
{
    QByteArray csv = "external_id,customer_email,customer_name,sku,quantity,unit_price,payment_method,street,city,"
                     "state,zip,country\nC-1,ada@example.com,Ada,MUG-1,1,1.00,card,1 Main St,Springfield,IL,62701,"
                     "US\n";
    const OrderImportSummary summary = import(csv);
    EXPECT_TRUE(issues(summary).startsWith(u"2|payment_method|card|"_s)) << issues(summary).toStdString();
}

// The figure of docs/orders-import.md: 100,000 rows (50,000 orders of two lines) with
// SHIPSHAPE_WAREHOUSE_FIGURES=1; 2,000 rows otherwise, to keep the suite quick.
TEST_F(OrderImportTest, ManyRowsImportAndImportAgain)
{
    const int kRows = qEnvironmentVariableIsSet("SHIPSHAPE_WAREHOUSE_FIGURES") ? 100000 : 2000;
    addProduct(session(), u"BULK-A"_s, u"3.00"_s, kRows);
    addProduct(session(), u"BULK-B"_s, u"4.00"_s, kRows);
    QByteArray csv = kHeader;
    for (int i = 0; i < kRows / 2; ++i) {
        const QByteArray id = "B-" + QByteArray::number(i);
        const QByteArray email = "c" + QByteArray::number(i % 5000) + "@example.com";
        csv += row(id, email, "BULK-A", "1", "2.99") + row(id, email, "BULK-B", "1", "3.99");
    }
    QElapsedTimer timer;
    timer.start();
    const OrderImportSummary summary = import(csv);
    const qint64 placing = timer.restart();
    ASSERT_TRUE(summary.issues.isEmpty()) << issues(summary).left(2000).toStdString();
    EXPECT_EQ(summary.placed, kRows / 2);
    const OrderImportSummary again = import(csv);
    const qint64 repeating = timer.elapsed();
    EXPECT_EQ(again.placed, 0);
    EXPECT_EQ(again.alreadyImported.size(), kRows / 2);
    std::cout << "[ figure   ] import of " << kRows << " rows (" << kRows / 2 << " orders): " << placing
              << " ms; the same file again (nothing placed): " << repeating << " ms\n";
}

} // namespace
