#include "Await.h"
#include "Helpers.h"
#include "drafts/DraftRepository.h"
#include "orders/OrderRepository.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class DraftServiceTest : public ::testing::Test {
protected:
    DraftServiceTest()
    {
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 3);
    }

    DraftService &drafts() { return db.session().drafts(); }

    // A draft with everything an invoice order needs.
    static DraftOrder completeDraft()
    {
        DraftOrder draft;
        draft.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        draft.lines = {DraftLine{u"MUG-1"_s, 2}, DraftLine{u"TEE-1"_s, 1}};
        draft.shippingAddress = test::sampleAddress();
        draft.paymentMethod = PaymentMethodType::Invoice;
        return draft;
    }

    DraftOrder saved(const DraftOrder &draft)
    {
        auto result = drafts().save(draft);
        EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message.toStdString());
        return result.value_or(DraftOrder{});
    }

    qint64 draftCount() { return test::scalar(db.session().database(), u"SELECT COUNT(*) FROM drafts"_s); }

    test::TestDatabase db;
};

TEST_F(DraftServiceTest, SaveAndLoadRoundTrip)
{
    DraftOrder draft = completeDraft();
    draft.customer.name = u"  Ada \"<b>\" Lovelace  "_s;
    draft.paymentMethod = PaymentMethodType::Card;
    draft.paymentToken = u"tok_visa"_s;
    const DraftOrder stored = saved(draft);
    ASSERT_EQ(stored.id.size(), 36);
    EXPECT_EQ(stored.version, 1);
    EXPECT_FALSE(stored.createdBy.isEmpty());
    EXPECT_EQ(stored.createdAt, db.clock().now());

    auto loaded = drafts().load(stored.id);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->customer.name, u"Ada \"<b>\" Lovelace"_s);
    EXPECT_EQ(loaded->customer.email, u"ada@example.com"_s);
    EXPECT_EQ(loaded->lines, draft.lines);
    EXPECT_EQ(loaded->shippingAddress, test::sampleAddress());
    EXPECT_EQ(loaded->paymentMethod, PaymentMethodType::Card);
    EXPECT_EQ(loaded->paymentToken, u"tok_visa"_s);
    EXPECT_EQ(loaded->placementAttempt, 1);
}

TEST_F(DraftServiceTest, AnIncompleteDraftIsStoredAndSaysWhatIsMissing)
{
    DraftOrder draft;
    draft.shippingAddress.city = u"Springfield"_s;
    const DraftOrder stored = saved(draft);
    EXPECT_TRUE(stored.lines.isEmpty());
    QStringList fields;
    for (const Error &problem : DraftService::problems(stored))
        fields << problem.field;
    EXPECT_EQ(fields,
            QStringList({u"customer.name"_s, u"customer.email"_s, u"items"_s, u"shippingAddress.street"_s,
                    u"shippingAddress.state"_s, u"shippingAddress.zip"_s}));
    EXPECT_TRUE(DraftService::problems(completeDraft()).isEmpty());
}

TEST_F(DraftServiceTest, SaveReplacesTheWholeDraft)
{
    DraftOrder draft = saved(completeDraft());
    draft.lines = {DraftLine{u"TEE-1"_s, 3}};
    draft.shippingAddress.street = u"2 Side St"_s;
    const DraftOrder second = saved(draft);
    EXPECT_EQ(second.version, 2);
    auto loaded = drafts().load(draft.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->lines, QList<DraftLine>({DraftLine{u"TEE-1"_s, 3}}));
    EXPECT_EQ(loaded->shippingAddress.street, u"2 Side St"_s);
    EXPECT_EQ(test::scalar(db.session().database(), u"SELECT COUNT(*) FROM draft_lines"_s), 1);
}

TEST_F(DraftServiceTest, AFailedSaveChangesNothing)
{
    const DraftOrder first = saved(completeDraft());
    const QString before = test::dumpDatabase(db.session().database());

    // The second line names no product: nothing of this save may land, not even the field changes.
    DraftOrder bad = first;
    bad.customer.name = u"Grace Hopper"_s;
    bad.lines = {DraftLine{u"MUG-1"_s, 5}, DraftLine{u"NOPE-1"_s, 1}};
    auto refused = drafts().save(bad);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_EQ(refused.error().field, u"items[1].productId"_s);

    DraftOrder twice = first;
    twice.lines = {DraftLine{u"MUG-1"_s, 1}, DraftLine{u"MUG-1"_s, 2}};
    EXPECT_EQ(drafts().save(twice).error().field, u"items[1].productId"_s);
    DraftOrder zero = first;
    zero.lines = {DraftLine{u"MUG-1"_s, 0}};
    EXPECT_EQ(drafts().save(zero).error().field, u"items[0].quantity"_s);
    DraftOrder control = first;
    control.shippingAddress.city = u"Spring\nfield"_s;
    EXPECT_EQ(drafts().save(control).error().field, u"shippingAddress.city"_s);
    EXPECT_EQ(test::dumpDatabase(db.session().database()), before);
}

TEST_F(DraftServiceTest, TheSchemaRefusesBadLinesEvenWithoutTheService)
{
    const DraftOrder draft = saved(completeDraft());
    Database &database = db.session().database();
    EXPECT_FALSE(
            database.query(u"INSERT INTO draft_lines (draft_id, position, sku, quantity) VALUES (?, 9, 'MUG-1', 1)"_s,
                            {draft.id})
                    .has_value()); // one line per SKU
    EXPECT_FALSE(database.query(u"INSERT INTO draft_lines (draft_id, position, sku, quantity) VALUES (?, 9, 'X', 1)"_s,
                                 {draft.id})
                         .has_value()); // unknown product
    EXPECT_FALSE(database.query(u"UPDATE draft_lines SET quantity = 0 WHERE draft_id = ?"_s, {draft.id}).has_value());
    EXPECT_FALSE(database.query(u"UPDATE drafts SET payment_method = 'gold' WHERE id = ?"_s, {draft.id}).has_value());
}

TEST_F(DraftServiceTest, AStaleSaveIsAConflictAndAGoneDraftIsNotFound)
{
    const DraftOrder first = saved(completeDraft());
    auto other = db.openAnother();
    DraftOrder theirs = first;
    theirs.customer.name = u"Grace Hopper"_s;
    ASSERT_TRUE(other->drafts().save(theirs).has_value());

    DraftOrder mine = first; // still at version 1
    mine.customer.name = u"Ada Byron"_s;
    auto stale = drafts().save(mine);
    ASSERT_FALSE(stale.has_value());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(drafts().load(first.id)->customer.name, u"Grace Hopper"_s);

    ASSERT_TRUE(drafts().discard(first.id).has_value());
    mine.version = 2;
    EXPECT_EQ(drafts().save(mine).error().code, ErrorCode::NotFound);
    EXPECT_EQ(drafts().discard(first.id).error().code, ErrorCode::NotFound);
}

TEST_F(DraftServiceTest, ListIsNewestFirstWithWhoAndWhen)
{
    const DraftOrder older = saved(completeDraft());
    db.clock().advance(60'000);
    DraftOrder newer = completeDraft();
    newer.customer.name = u"Grace Hopper"_s;
    newer = saved(newer);
    db.clock().advance(60'000);

    auto listed = drafts().list();
    ASSERT_TRUE(listed.has_value());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).id, newer.id);
    EXPECT_EQ(listed->at(0).customerName, u"Grace Hopper"_s);
    EXPECT_EQ(listed->at(0).lineCount, 2);
    EXPECT_EQ(listed->at(0).itemCount, 3);
    EXPECT_EQ(listed->at(0).updatedBy, db.session().database().actor());
    EXPECT_EQ(listed->at(1).id, older.id);

    // Editing the older one moves it to the top.
    DraftOrder edited = older;
    edited.lines = {DraftLine{u"MUG-1"_s, 1}};
    saved(edited);
    EXPECT_EQ(drafts().list()->at(0).id, older.id);
    EXPECT_EQ(drafts().list(0).error().field, u"limit"_s);
}

TEST_F(DraftServiceTest, QuotePricesLinesAndWarnsAboutStock)
{
    auto quote = drafts().quote({DraftLine{u"MUG-1"_s, 2}, DraftLine{u"TEE-1"_s, 5}, DraftLine{u"NOPE"_s, 1}});
    ASSERT_TRUE(quote.has_value()) << quote.error().message.toStdString();
    ASSERT_EQ(quote->lines.size(), 3);
    EXPECT_EQ(quote->lines.at(0).lineTotal->minorUnits(), 2500);
    EXPECT_EQ(quote->lines.at(0).available, 10);
    EXPECT_EQ(quote->lines.at(0).warning, StockWarning::None); // 8 left, above the threshold of 5
    EXPECT_EQ(quote->lines.at(1).warning, StockWarning::OutOfStock);
    EXPECT_EQ(quote->lines.at(1).warningText, u"Only 3 available"_s);
    EXPECT_EQ(quote->lines.at(1).lineTotal->minorUnits(), 10000);
    EXPECT_EQ(quote->lines.at(2).warning, StockWarning::UnknownProduct);
    ASSERT_TRUE(quote->total.has_value());
    EXPECT_EQ(quote->total->minorUnits(), 12500);
    EXPECT_EQ(quote->total->currency().code(), u"USD"_s);
    EXPECT_EQ(quote->itemCount, 8);

    auto plenty = drafts().quote({DraftLine{u"MUG-1"_s, 1}, DraftLine{u"MUG-1"_s, 6}});
    EXPECT_EQ(plenty->lines.at(0).warning, StockWarning::None);
    EXPECT_TRUE(plenty->lines.at(0).warningText.isEmpty());
    EXPECT_EQ(plenty->lines.at(1).warning, StockWarning::LowStock); // 4 would be left
    EXPECT_EQ(plenty->lines.at(1).warningText, u"Low stock: 10 available"_s);
    EXPECT_FALSE(drafts().quote(QList<DraftLine>{})->total.has_value());
}

TEST_F(DraftServiceTest, PlacingCreatesTheOrderAndDeletesTheDraft)
{
    const DraftOrder draft = saved(completeDraft());
    auto order = test::await(drafts().place(draft.id));
    ASSERT_TRUE(order.has_value()) << order.error().message.toStdString();
    EXPECT_EQ(order->status, OrderStatus::Pending);
    EXPECT_EQ(order->customer.email, u"ada@example.com"_s);
    EXPECT_EQ(order->total.minorUnits(), 4500);
    ASSERT_EQ(order->lines.size(), 2);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);
    EXPECT_EQ(draftCount(), 0);
    EXPECT_EQ(test::scalar(db.session().database(), u"SELECT COUNT(*) FROM draft_lines"_s), 0);
    EXPECT_EQ(drafts().load(draft.id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(DraftServiceTest, AFailedPlacementKeepsTheDraftAndNamesTheCause)
{
    DraftOrder draft = completeDraft();
    draft.lines = {DraftLine{u"MUG-1"_s, 1}, DraftLine{u"TEE-1"_s, 4}};
    draft = saved(draft);
    auto outOfStock = test::await(drafts().place(draft.id));
    ASSERT_FALSE(outOfStock.has_value());
    EXPECT_EQ(outOfStock.error().code, ErrorCode::Conflict);
    EXPECT_EQ(outOfStock.error().field, u"sku"_s);
    EXPECT_EQ(outOfStock.error().value, u"TEE-1"_s);
    EXPECT_EQ(test::orderCount(db.session()), 0);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(drafts().load(draft.id)->lines, draft.lines);

    draft.lines = {DraftLine{u"TEE-1"_s, 3}};
    draft.shippingAddress.zip = u"#1"_s;
    draft = saved(draft);
    auto badZip = test::await(drafts().place(draft.id));
    ASSERT_FALSE(badZip.has_value());
    EXPECT_EQ(badZip.error().field, u"shippingAddress.zip"_s);
    EXPECT_EQ(draftCount(), 1);

    // Fixed, it places.
    draft.shippingAddress.zip = u"62701"_s;
    draft = saved(draft);
    ASSERT_TRUE(test::await(drafts().place(draft.id)).has_value());
    EXPECT_EQ(test::orderCount(db.session()), 1);
}

TEST_F(DraftServiceTest, PlacingTheSameDraftTwiceNeverCreatesTwoOrders)
{
    const DraftOrder draft = saved(completeDraft());
    // A crash after the order was placed but before the draft was deleted: the order exists under the
    // draft's key and the draft is still there.
    PlaceOrderRequest request = DraftService::toRequest(draft);
    request.idempotencyKey = draft.placementKey();
    auto first = db.session().orders().place(request);
    ASSERT_TRUE(first.has_value()) << first.error().message.toStdString();
    ASSERT_EQ(draftCount(), 1);

    auto again = test::await(drafts().place(draft.id));
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ(again->number, first->number);
    EXPECT_EQ(test::orderCount(db.session()), 1);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2); // reserved once
    EXPECT_EQ(draftCount(), 0);

    // The same key from another client also returns the first order.
    auto other = db.openAnother();
    auto replay = other->orders().place(request);
    ASSERT_TRUE(replay.has_value());
    EXPECT_EQ(replay->number, first->number);
    EXPECT_EQ(test::orderCount(db.session()), 1);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

TEST_F(DraftServiceTest, ThePlacementKeyIsUniqueInTheSchema)
{
    auto order = db.session().orders().place(test::placeRequest({{u"MUG-1"_s, 1}}));
    auto another = db.session().orders().place(test::placeRequest({{u"MUG-1"_s, 1}}));
    ASSERT_TRUE(order.has_value() && another.has_value());
    Database &database = db.session().database();
    ASSERT_TRUE(database.query(u"INSERT INTO order_placements VALUES ('k', ?, 0)"_s, {order->number}).has_value());
    // One order per key, and one key per order.
    EXPECT_FALSE(database.query(u"INSERT INTO order_placements VALUES ('k', ?, 0)"_s, {another->number}).has_value());
    EXPECT_FALSE(database.query(u"INSERT INTO order_placements VALUES ('j', ?, 0)"_s, {order->number}).has_value());
}

} // namespace
} // namespace shipshape
