#include "Helpers.h"

#include "inventory/ProductImport.h"
#include "storage/Database.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class ProductImportTest : public ::testing::Test {
protected:
    Session &session() { return db.session(); }
    ProductImport importer() { return ProductImport(session().database(), session().clock()); }
    ImportSummary import(const QByteArray &csv, bool dryRun = false)
    {
        auto summary = importer().run(csv, u"/tmp/catalogue.csv"_s, dryRun);
        EXPECT_TRUE(summary) << (summary ? "" : describe(summary.error()));
        return summary ? *summary : ImportSummary{};
    }
    QByteArray exported()
    {
        auto csv = importer().exportCsv();
        EXPECT_TRUE(csv) << (csv ? "" : describe(csv.error()));
        return csv ? *csv : QByteArray();
    }
    TestDatabase db;
};

const QByteArray kHeader = "sku,name,price,currency,barcode,tax_class,low_stock_threshold,on_hand\r\n";

TEST_F(ProductImportTest, CreatesAndUpdatesBySkuWithStockOnTheLedger)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    ASSERT_TRUE(session().orders().place(placeRequest({{u"MUG-1"_s, 2}})));
    const ImportSummary summary = import(kHeader
            + "MUG-1,\"Enamel mug, blue\",13.00,USD,4006381333931,standard,3,25\r\n"
              "TEE-1,T-shirt,20.00,EUR,,reduced,,7\r\n"
              "CAP-1,Cap,9.90,USD,,,,\r\n");
    ASSERT_TRUE(summary.issues.isEmpty());
    EXPECT_EQ(summary.rows, 3);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.stockSet, 2);
    const Product mug = product(session(), u"MUG-1"_s);
    EXPECT_EQ(mug.name, u"Enamel mug, blue"_s);
    EXPECT_EQ(mug.price.minorUnits(), 1300);
    EXPECT_EQ(mug.barcode, u"4006381333931"_s);
    EXPECT_EQ(mug.lowStockThreshold, 3);
    EXPECT_EQ(mug.onHand, 25);
    EXPECT_EQ(mug.reserved, 2);
    const Product tee = product(session(), u"TEE-1"_s);
    EXPECT_EQ(tee.price.currency().code(), u"EUR"_s);
    EXPECT_EQ(tee.taxClass, u"reduced"_s);
    EXPECT_EQ(tee.onHand, 7);
    EXPECT_EQ(product(session(), u"CAP-1"_s).onHand, 0);
    auto movements = session().inventory().movements(u"MUG-1"_s, 1);
    ASSERT_TRUE(movements);
    EXPECT_EQ(movements->at(0).kind, StockMovementKind::Correction);
    EXPECT_EQ(movements->at(0).onHandDelta, 15);
    EXPECT_EQ(movements->at(0).reason, summary.reference);
    EXPECT_TRUE(summary.reference.contains(u"catalogue.csv"_s)) << summary.reference.toStdString();
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(ProductImportTest, AnyBadRowRefusesTheWholeFileWithARowReport)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    addProduct(session(), u"HELD"_s, u"1.00"_s, 10);
    ASSERT_TRUE(session().inventory().editProduct(u"HELD"_s, ProductEdit{.barcode = u"96385074"_s}));
    ASSERT_TRUE(session().orders().place(placeRequest({{u"MUG-1"_s, 4}})));
    const QString before = dumpDatabase(session().database());
    const ImportSummary summary = import(kHeader
            + "NEW-1,Fine,1.00,USD,,,,5\r\n"
              "NEW-2,Bad price,1.999,USD,,,,\r\n"
              "NEW-3,Bad barcode,1.00,USD,4006381333932,,,\r\n"
              "NEW-4,Negative,1.00,USD,,,,-3\r\n"
              "MUG-1,Below reserved,12.50,USD,,,,2\r\n"
              "NEW-1,Twice,1.00,USD,,,,\r\n"
              "NEW-5,Taken,1.00,USD,96385074,,,\r\n"
              "bad sku,x,1.00,USD,,,,\r\n"
              "NEW-6,Short\r\n");
    ASSERT_EQ(summary.issues.size(), 8);
    const auto at = [&](int i) { return summary.issues.at(i); };
    EXPECT_EQ(at(0).row, 3);
    EXPECT_EQ(at(0).column, u"price"_s);
    EXPECT_EQ(at(0).value, u"1.999"_s);
    EXPECT_EQ(at(1).row, 4);
    EXPECT_EQ(at(1).column, u"barcode"_s);
    EXPECT_TRUE(at(1).message.contains(u"check digit"_s));
    EXPECT_EQ(at(2).row, 5);
    EXPECT_EQ(at(2).column, u"on_hand"_s);
    EXPECT_EQ(at(2).value, u"-3"_s);
    EXPECT_EQ(at(3).row, 6);
    EXPECT_EQ(at(3).column, u"on_hand"_s);
    EXPECT_EQ(at(4).row, 7);
    EXPECT_EQ(at(4).column, u"sku"_s);
    EXPECT_EQ(at(5).row, 9);
    EXPECT_EQ(at(5).column, u"sku"_s);
    EXPECT_EQ(at(6).row, 10);
    EXPECT_EQ(at(7).row, 8);
    EXPECT_EQ(at(7).column, u"barcode"_s);
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(ProductImportTest, TheHeaderIsCheckedFirst)
{
    const ImportSummary unknown = import("sku,name,price,currency,colour\r\nA,B,1.00,USD,red\r\n");
    ASSERT_EQ(unknown.issues.size(), 1);
    EXPECT_EQ(unknown.issues.at(0).row, 1);
    EXPECT_EQ(unknown.issues.at(0).column, u"colour"_s);
    const ImportSummary missing = import("sku,name\r\nA,B\r\n");
    ASSERT_EQ(missing.issues.size(), 2);
    EXPECT_EQ(missing.issues.at(0).column, u"price"_s);
    const ImportSummary broken = import("sku,name,price,currency\r\n\"A,B,1.00,USD\r\n");
    ASSERT_EQ(broken.issues.size(), 1);
    EXPECT_EQ(broken.issues.at(0).row, 0);
    EXPECT_EQ(orderCount(session()), 0);
    EXPECT_EQ(scalar(session().database(), u"SELECT COUNT(*) FROM products"_s), 0);
}

TEST_F(ProductImportTest, ADryRunWritesNothing)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    const QString before = dumpDatabase(session().database());
    const ImportSummary summary
            = import(kHeader + "MUG-1,Mug,12.50,USD,,standard,5,11\r\nNEW-1,New,1.00,USD,,,,\r\n", true);
    EXPECT_TRUE(summary.issues.isEmpty());
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.updated, 1); // the name
    EXPECT_EQ(summary.stockSet, 1);
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(ProductImportTest, BarcodesMaySwapWithinOneFile)
{
    addProduct(session(), u"A-1"_s, u"1.00"_s, 0);
    addProduct(session(), u"A-2"_s, u"1.00"_s, 0);
    ASSERT_TRUE(session().inventory().editProduct(u"A-1"_s, ProductEdit{.barcode = u"96385074"_s}));
    ASSERT_TRUE(session().inventory().editProduct(u"A-2"_s, ProductEdit{.barcode = u"4006381333931"_s}));
    const ImportSummary summary = import("sku,name,price,currency,barcode\r\n"
                                         "A-1,Product A-1,1.00,USD,4006381333931\r\n"
                                         "A-2,Product A-2,1.00,USD,96385074\r\n");
    ASSERT_TRUE(summary.issues.isEmpty()) << summary.issues.at(0).message.toStdString();
    EXPECT_EQ(product(session(), u"A-1"_s).barcode, u"4006381333931"_s);
    EXPECT_EQ(product(session(), u"A-2"_s).barcode, u"96385074"_s);
}

TEST_F(ProductImportTest, ExportThenImportIsLossless)
{
    const ImportSummary first = import(kHeader
            + "A-10,\"Mug, \"\"large\"\"\",12.50,USD,4006381333931,standard,3,25\r\n"
              "A-2,\"Zoë's mug; 2 for 1, \"\"sale\"\"\",1200,JPY,,reduced,0,0\r\n"
              "B-1,=SUM(A1),0.00,EUR,036000291452,standard,5,1000000000\r\n");
    ASSERT_TRUE(first.issues.isEmpty()) << first.issues.at(0).message.toStdString();
    const QByteArray once = exported();
    const QString before = dumpDatabase(session().database());
    // Importing the export into the same catalogue changes nothing at all.
    const ImportSummary again = import(once);
    ASSERT_TRUE(again.issues.isEmpty()) << again.issues.at(0).message.toStdString();
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(again.created + again.updated + again.stockSet, 0);
    EXPECT_EQ(dumpDatabase(session().database()), before);
    // And into an empty one, it gives back the same file.
    TestDatabase other;
    auto copied = ProductImport(other.session().database(), other.session().clock()).run(once, u"x.csv"_s, false);
    ASSERT_TRUE(copied);
    ASSERT_TRUE(copied->issues.isEmpty()) << copied->issues.at(0).message.toStdString();
    auto twice = ProductImport(other.session().database(), other.session().clock()).exportCsv();
    ASSERT_TRUE(twice);
    EXPECT_EQ(*twice, once);
}

// The figure in docs/warehouse.md: 100,000 new products with stock in one import
// (SHIPSHAPE_WAREHOUSE_FIGURES=1; 5,000 rows otherwise, to keep the suite quick).
TEST_F(ProductImportTest, ManyRowsImportExportAndImportAgain)
{
    QByteArray csv = kHeader;
    const int kRows = qEnvironmentVariableIsSet("SHIPSHAPE_WAREHOUSE_FIGURES") ? 100000 : 5000;
    for (int i = 0; i < kRows; ++i)
        csv += "SKU-" + QByteArray::number(i) + ",Product " + QByteArray::number(i) + ",9.99,USD,,standard,5,"
                + QByteArray::number(i % 50) + "\r\n";
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = import(csv);
    const qint64 created = timer.restart();
    ASSERT_TRUE(summary.issues.isEmpty());
    EXPECT_EQ(summary.created, kRows);
    const QByteArray all = exported();
    const qint64 exporting = timer.restart();
    const ImportSummary again = import(all);
    const qint64 unchanged = timer.elapsed();
    EXPECT_EQ(again.unchanged, kRows);
    std::cout << "[ figure   ] import of " << kRows << " new products: " << created << " ms; export: " << exporting
              << " ms; re-import (all unchanged): " << unchanged << " ms\n";
}

} // namespace
