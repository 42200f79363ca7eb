#include "Helpers.h"

#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class InventoryServiceTest : public ::testing::Test {
protected:
    Session &session() { return db.session(); }
    InventoryService &inventory() { return db.session().inventory(); }
    TestDatabase db;
};

TEST_F(InventoryServiceTest, AddProductWritesTheInitialLedgerRow)
{
    const Product added = addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    EXPECT_EQ(added.price.minorUnits(), 1250);
    EXPECT_EQ(added.onHand, 10);
    EXPECT_EQ(added.reserved, 0);
    auto movements = inventory().movements(u"MUG-1"_s, 10);
    ASSERT_TRUE(movements);
    ASSERT_EQ(movements->size(), 1);
    EXPECT_EQ(movements->at(0).kind, StockMovementKind::Initial);
    EXPECT_EQ(movements->at(0).onHandDelta, 10);
    EXPECT_EQ(movements->at(0).onHandAfter, 10);
    EXPECT_FALSE(movements->at(0).actor.isEmpty());

    const Product yen = addProduct(session(), u"TEA-JP"_s, u"1200"_s, 0, u"jpy"_s);
    EXPECT_EQ(yen.price.minorUnits(), 1200);
    EXPECT_EQ(product(session(), u"TEA-JP"_s).price.currency().code(), u"JPY"_s);
}

TEST_F(InventoryServiceTest, AddProductRefusesBadInput)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    const QString before = dumpDatabase(session().database());
    const auto refused = [&](NewProduct input, ErrorCode code, const QString &field) {
        auto added = inventory().addProduct(input);
        ASSERT_FALSE(added) << input.sku.toStdString();
        EXPECT_EQ(added.error().code, code) << describe(added.error());
        EXPECT_EQ(added.error().field, field) << describe(added.error());
    };
    refused({u"MUG-1"_s, u"Dup"_s, u"1.00"_s}, ErrorCode::Conflict, u"sku"_s);
    refused({u"bad sku"_s, u"X"_s, u"1.00"_s}, ErrorCode::InvalidInput, u"sku"_s);
    refused({u"X'--"_s, u"X"_s, u"1.00"_s}, ErrorCode::InvalidInput, u"sku"_s);
    refused({u"OK-1"_s, u""_s, u"1.00"_s}, ErrorCode::InvalidInput, u"name"_s);
    refused({u"OK-1"_s, u"X"_s, u"1.999"_s}, ErrorCode::InvalidInput, u"price"_s);
    refused({u"OK-1"_s, u"X"_s, u"-1.00"_s}, ErrorCode::InvalidInput, u"price"_s);
    refused({u"OK-1"_s, u"X"_s, u"1.00"_s, u"XXX"_s}, ErrorCode::InvalidInput, u"currency"_s);
    refused({u"OK-1"_s, u"X"_s, u"12.5"_s, u"JPY"_s}, ErrorCode::InvalidInput, u"price"_s);
    refused({u"OK-1"_s, u"X"_s, u"1.00"_s, u"USD"_s, -1}, ErrorCode::InvalidInput, u"onHand"_s);
    refused({u"OK-1"_s, u"X"_s, u"1.00"_s, u"USD"_s, InventoryService::kMaxStock + 1}, ErrorCode::InvalidInput,
            u"onHand"_s);
    EXPECT_EQ(dumpDatabase(session().database()), before);
}

TEST_F(InventoryServiceTest, SetStockNeedsAReasonAndRespectsReservations)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    ASSERT_TRUE(session().orders().place(placeRequest({{u"MUG-1"_s, 4}})));
    const QString before = dumpDatabase(session().database());

    auto noReason = inventory().setStock(u"MUG-1"_s, 20, u"  "_s);
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.error().field, u"reason"_s);
    auto multiLineReason = inventory().setStock(u"MUG-1"_s, 20, u"a\nb"_s);
    ASSERT_FALSE(multiLineReason);
    auto belowReserved = inventory().setStock(u"MUG-1"_s, 3, u"recount"_s);
    ASSERT_FALSE(belowReserved);
    EXPECT_EQ(belowReserved.error().code, ErrorCode::Conflict);
    auto negative = inventory().setStock(u"MUG-1"_s, -1, u"recount"_s);
    ASSERT_FALSE(negative);
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
    auto unknown = inventory().setStock(u"NOPE"_s, 1, u"recount"_s);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(dumpDatabase(session().database()), before);

    auto corrected = inventory().setStock(u"MUG-1"_s, 4, u"broken in the warehouse"_s);
    ASSERT_TRUE(corrected) << describe(corrected.error());
    EXPECT_EQ(corrected->onHand, 4);
    EXPECT_EQ(corrected->reserved, 4);
    auto movements = inventory().movements(u"MUG-1"_s, 1);
    ASSERT_TRUE(movements);
    EXPECT_EQ(movements->at(0).kind, StockMovementKind::Correction);
    EXPECT_EQ(movements->at(0).onHandDelta, -6);
    EXPECT_EQ(movements->at(0).reason, u"broken in the warehouse"_s);
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(InventoryServiceTest, ReplenishAddsStock)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    auto replenished = inventory().replenish(u"MUG-1"_s, 15, u"PO-7"_s);
    ASSERT_TRUE(replenished) << describe(replenished.error());
    EXPECT_EQ(replenished->onHand, 25);
    for (qint64 bad : {qint64(0), qint64(-3), InventoryService::kMaxStock + 1}) {
        auto refused = inventory().replenish(u"MUG-1"_s, bad, {});
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(refused.error().field, u"quantity"_s);
    }
    auto overflow = inventory().replenish(u"MUG-1"_s, InventoryService::kMaxStock, {});
    ASSERT_FALSE(overflow); // 25 + 1e9 exceeds the maximum stock
    EXPECT_EQ(product(session(), u"MUG-1"_s).onHand, 25);
    auto unknown = inventory().replenish(u"NOPE"_s, 1, {});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(InventoryServiceTest, ListsAndFiltersProducts)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 100);
    addProduct(session(), u"MUG-2"_s, u"12.50"_s, 2);
    addProduct(session(), u"TEE-1"_s, u"29.99"_s, 50);
    auto all = inventory().products({}, 10, 0);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 3);
    auto mugs = inventory().products(ProductFilter{u"MUG"_s, false}, 10, 0);
    ASSERT_TRUE(mugs);
    EXPECT_EQ(mugs->size(), 2);
    auto low = inventory().products(ProductFilter{{}, true}, 10, 0);
    ASSERT_TRUE(low);
    ASSERT_EQ(low->size(), 1);
    EXPECT_EQ(low->at(0).sku, u"MUG-2"_s);
    EXPECT_TRUE(low->at(0).isLowStock());
    auto wildcard = inventory().products(ProductFilter{u"%"_s, false}, 10, 0);
    ASSERT_TRUE(wildcard);
    EXPECT_TRUE(wildcard->isEmpty());
    auto unknown = inventory().product(u"NOPE"_s);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

} // namespace
