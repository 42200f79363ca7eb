#include "Helpers.h"

#include "events/DomainEventBus.h"
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

TEST_F(InventoryServiceTest, SetLowStockThresholdValidatesAndLeavesStockAlone)
{
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    const qint64 movementsBefore = scalar(session().database(), u"SELECT COUNT(*) FROM stock_movements"_s);
    const QString before = dumpDatabase(session().database());
    for (qint64 bad : {qint64(-1), InventoryService::kMaxStock + 1}) {
        auto refused = inventory().setLowStockThreshold(u"MUG-1"_s, bad);
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(refused.error().field, u"lowStockThreshold"_s);
        EXPECT_EQ(refused.error().value, QString::number(bad));
    }
    auto unknown = inventory().setLowStockThreshold(u"NOPE"_s, 3);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(dumpDatabase(session().database()), before);

    QList<DomainEvent> events;
    QObject::connect(&session().events(), &DomainEventBus::published, &session().events(),
            [&events](const DomainEvent &event) { events.append(event); });
    db.clock().advance(60'000);
    auto changed = inventory().setLowStockThreshold(u"MUG-1"_s, 12);
    ASSERT_TRUE(changed) << describe(changed.error());
    EXPECT_EQ(changed->lowStockThreshold, 12);
    EXPECT_EQ(changed->onHand, 10);
    EXPECT_TRUE(changed->isLowStock()); // 10 available <= 12
    EXPECT_EQ(changed->updatedAt, db.clock().now());
    EXPECT_EQ(product(session(), u"MUG-1"_s).lowStockThreshold, 12);
    EXPECT_EQ(scalar(session().database(), u"SELECT COUNT(*) FROM stock_movements"_s), movementsBefore);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).name, u"LowStockThresholdChanged"_s);
    EXPECT_EQ(events.at(0).sku, u"MUG-1"_s);
    EXPECT_TRUE(inventory().setLowStockThreshold(u"MUG-1"_s, 0));
    EXPECT_TRUE(conservationViolations(session().database()).isEmpty());
}

TEST_F(InventoryServiceTest, ParsesTypedStockLevelsAndThresholds)
{
    EXPECT_EQ(InventoryService::parseStockLevel(u" 42 "_s).value_or(-1), 42);
    EXPECT_EQ(InventoryService::parseStockLevel(u"0"_s).value_or(-1), 0);
    EXPECT_EQ(InventoryService::parseLowStockThreshold(u"7"_s).value_or(-1), 7);
    for (const QString &bad : {u"-3"_s, u""_s, u"12.5"_s, u"ten"_s, u"1000000001"_s, u"99999999999999999999"_s}) {
        auto stock = InventoryService::parseStockLevel(bad);
        ASSERT_FALSE(stock) << bad.toStdString();
        EXPECT_EQ(stock.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(stock.error().field, u"quantity"_s);
        EXPECT_FALSE(stock.error().message.isEmpty());
        auto threshold = InventoryService::parseLowStockThreshold(bad);
        ASSERT_FALSE(threshold) << bad.toStdString();
        EXPECT_EQ(threshold.error().field, u"lowStockThreshold"_s);
    }
    // The negative value is named in the message, the same one setStock gives.
    auto negative = InventoryService::parseStockLevel(u"-3"_s);
    EXPECT_EQ(negative.error().message, inventory().setStock(u"ANY"_s, -3, u"recount"_s).error().message);
}

TEST_F(InventoryServiceTest, SortsCountsAndPagesProducts)
{
    addProduct(session(), u"B-1"_s, u"5.00"_s, 30);
    addProduct(session(), u"A-1"_s, u"9.00"_s, 10);
    addProduct(session(), u"C-1"_s, u"1.00"_s, 20);
    addProduct(session(), u"D-1"_s, u"1.00"_s, 1);
    ASSERT_TRUE(session().orders().place(placeRequest({{u"B-1"_s, 25}})));
    const auto skus = [&](const ProductSort &sort, int limit = 10, int offset = 0) {
        QStringList result;
        auto list = inventory().products({}, limit, offset, sort);
        EXPECT_TRUE(list) << describe(list.error());
        for (const Product &item : list.value_or(QList<Product>()))
            result << item.sku;
        return result;
    };
    EXPECT_EQ(skus({}), (QStringList{u"A-1"_s, u"B-1"_s, u"C-1"_s, u"D-1"_s}));
    EXPECT_EQ(skus({ProductSortKey::Sku, true}), (QStringList{u"D-1"_s, u"C-1"_s, u"B-1"_s, u"A-1"_s}));
    EXPECT_EQ(skus({ProductSortKey::OnHand, false}), (QStringList{u"D-1"_s, u"A-1"_s, u"C-1"_s, u"B-1"_s}));
    // Available: B-1 has 30 - 25 = 5.
    EXPECT_EQ(skus({ProductSortKey::Available, true}), (QStringList{u"C-1"_s, u"A-1"_s, u"B-1"_s, u"D-1"_s}));
    // Equal prices fall back to the SKU, so pages are stable.
    EXPECT_EQ(skus({ProductSortKey::Price, false}), (QStringList{u"C-1"_s, u"D-1"_s, u"B-1"_s, u"A-1"_s}));
    EXPECT_EQ(skus({ProductSortKey::Price, false}, 2, 1), (QStringList{u"D-1"_s, u"B-1"_s}));
    EXPECT_EQ(skus({ProductSortKey::Reserved, true}, 1), (QStringList{u"B-1"_s}));

    EXPECT_EQ(inventory().countProducts({}).value_or(-1), 4);
    EXPECT_EQ(inventory().countProducts(ProductFilter{u"c-"_s, false}).value_or(-1), 1);
    EXPECT_EQ(inventory().countProducts(ProductFilter{{}, true}).value_or(-1), 2); // B-1 (5 <= 5), D-1 (1 <= 5)
    auto badLimit = inventory().products({}, 0, 0);
    ASSERT_FALSE(badLimit);
    EXPECT_EQ(badLimit.error().field, u"limit"_s);
    auto badOffset = inventory().products({}, 10, -1);
    ASSERT_FALSE(badOffset);
    EXPECT_EQ(badOffset.error().field, u"offset"_s);
}

} // namespace
