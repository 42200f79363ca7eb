#include "Helpers.h"

#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class ProductBarcodeTest : public ::testing::Test {
protected:
    Session &session() { return db.session(); }
    InventoryService &inventory() { return db.session().inventory(); }
    Result<Product> add(const QString &sku, const QString &barcode)
    {
        NewProduct product{sku, u"Enamel mug"_s, u"12.50"_s};
        product.barcode = barcode;
        return inventory().addProduct(product);
    }
    TestDatabase db;
};

TEST_F(ProductBarcodeTest, AProductKeepsItsGtin)
{
    auto added = add(u"MUG-1"_s, u" 4006381333931 "_s);
    ASSERT_TRUE(added) << describe(added.error());
    EXPECT_EQ(added->barcode, u"4006381333931"_s);
    EXPECT_EQ(product(session(), u"MUG-1"_s).barcode, u"4006381333931"_s);
    auto without = add(u"MUG-2"_s, QString());
    ASSERT_TRUE(without) << describe(without.error());
    EXPECT_TRUE(product(session(), u"MUG-2"_s).barcode.isEmpty());
    // No barcode is NULL, not "", so any number of products can be without one.
    ASSERT_TRUE(add(u"MUG-3"_s, QString()));
    EXPECT_EQ(scalar(session().database(), u"SELECT COUNT(*) FROM products WHERE barcode IS NULL"_s), 2);
}

TEST_F(ProductBarcodeTest, AWrongCheckDigitIsRefusedNamingFieldAndValueAndNothingIsWritten)
{
    const QString before = dumpDatabase(session().database());
    auto added = add(u"MUG-1"_s, u"4006381333932"_s);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(added.error().field, u"barcode"_s);
    EXPECT_EQ(added.error().value, u"4006381333932"_s);
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(ProductBarcodeTest, ABarcodeNamesOneProduct)
{
    ASSERT_TRUE(add(u"MUG-1"_s, u"4006381333931"_s));
    ASSERT_TRUE(add(u"MUG-2"_s, QString()));
    const QString before = dumpDatabase(session().database());
    auto twice = add(u"MUG-3"_s, u"4006381333931"_s);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_EQ(twice.error().field, u"barcode"_s);
    EXPECT_TRUE(twice.error().message.contains(u"MUG-1"_s)) << describe(twice.error());
    auto edited = inventory().editProduct(u"MUG-2"_s, ProductEdit{.barcode = u"4006381333931"_s});
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(ProductBarcodeTest, EditChangesOnlyWhatIsGivenAndNeverTheStock)
{
    ASSERT_TRUE(add(u"MUG-1"_s, QString()));
    ASSERT_TRUE(inventory().setStock(u"MUG-1"_s, 7, u"count"_s));
    auto edited = inventory().editProduct(u"MUG-1"_s, ProductEdit{.barcode = u"036000291452"_s});
    ASSERT_TRUE(edited) << describe(edited.error());
    EXPECT_EQ(edited->barcode, u"036000291452"_s);
    EXPECT_EQ(edited->name, u"Enamel mug"_s);
    EXPECT_EQ(edited->onHand, 7);
    auto renamed = inventory().editProduct(
            u"MUG-1"_s, ProductEdit{.name = u"Blue mug"_s, .price = u"13.00"_s, .taxClass = u"reduced"_s});
    ASSERT_TRUE(renamed) << describe(renamed.error());
    EXPECT_EQ(renamed->name, u"Blue mug"_s);
    EXPECT_EQ(renamed->price.minorUnits(), 1300);
    EXPECT_EQ(renamed->taxClass, u"reduced"_s);
    EXPECT_EQ(renamed->barcode, u"036000291452"_s);
    auto cleared = inventory().editProduct(u"MUG-1"_s, ProductEdit{.barcode = QString()});
    ASSERT_TRUE(cleared) << describe(cleared.error());
    EXPECT_TRUE(cleared->barcode.isEmpty());

    const QString before = dumpDatabase(session().database());
    auto bad = inventory().editProduct(u"MUG-1"_s, ProductEdit{.price = u"-1"_s});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, u"price"_s);
    auto unknown = inventory().editProduct(u"NOPE"_s, ProductEdit{.name = u"x"_s});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(dumpDatabase(session().database()), before);
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(ProductBarcodeTest, TheSearchFieldFindsAProductByItsWholeBarcode)
{
    ASSERT_TRUE(add(u"MUG-1"_s, u"4006381333931"_s));
    ASSERT_TRUE(add(u"MUG-2"_s, u"96385074"_s));
    auto found = inventory().products(ProductFilter{u"4006381333931"_s}, 10, 0);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->at(0).sku, u"MUG-1"_s);
    auto partial = inventory().products(ProductFilter{u"400638"_s}, 10, 0);
    ASSERT_TRUE(partial);
    EXPECT_TRUE(partial->isEmpty()) << "a scanner types the whole code";
}

TEST_F(ProductBarcodeTest, TheSchemaRefusesWhatIsNotAGtin)
{
    ASSERT_TRUE(add(u"MUG-1"_s, QString()));
    Database &database = session().database();
    for (const QString &code :
            {u"4006381333932"_s, u"40063813339"_s, u"abcdefgh"_s, u"9638507X"_s, u""_s, u"400638133393100"_s}) {
        auto written = database.query(u"UPDATE products SET barcode = ? WHERE sku = 'MUG-1'"_s, {code});
        EXPECT_FALSE(written) << code.toStdString();
    }
    for (const QString &code : {u"4006381333931"_s, u"036000291452"_s, u"96385074"_s, u"10614141000415"_s}) {
        auto written = database.query(u"UPDATE products SET barcode = ? WHERE sku = 'MUG-1'"_s, {code});
        EXPECT_TRUE(written) << code.toStdString() << ": " << (written ? "" : describe(written.error()));
    }
}

} // namespace
