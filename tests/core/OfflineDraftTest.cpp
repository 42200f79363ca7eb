// Orders typed offline (docs/replica.md): kept on the desktop as files written whole, reviewed against the
// server's catalogue line by line once it answers, and moved to the server's drafts.

#include "Await.h"
#include "Helpers.h"
#include "drafts/OfflineDraftHandover.h"
#include "drafts/OfflineDraftStore.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Money usd(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"USD"_s));
}

class OfflineDraftTest : public ::testing::Test {
protected:
    OfflineDraftTest()
    {
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 3);
    }

    // What the editor keeps when the agent typed an order offline, with the prices the replica showed.
    static OfflineDraft typedOffline()
    {
        OfflineDraft offline;
        offline.draft.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        offline.draft.lines = {DraftLine{u"MUG-1"_s, 2}, DraftLine{u"TEE-1"_s, 4}, DraftLine{u"CAP-1"_s, 1}};
        offline.draft.shippingAddress = test::sampleAddress();
        offline.draft.paymentMethod = PaymentMethodType::Invoice;
        offline.draft.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, {}, u"loyal customer"_s}};
        offline.draft.shipping = ShippingRequest{u"Parcel"_s, u"4.95"_s};
        offline.seenPrices = {{u"MUG-1"_s, usd(1250)}, {u"TEE-1"_s, usd(2000)}, {u"CAP-1"_s, usd(900)}};
        offline.typedBy = u"agent"_s;
        return offline;
    }

    DraftService &drafts() { return db.session().drafts(); }

    QTemporaryDir folder;
    OfflineDraftStore store{folder.filePath(u"offline"_s)};
    test::TestDatabase db;
};

TEST_F(OfflineDraftTest, AFileHoldsEverythingTypedExceptTheCardToken)
{
    EXPECT_TRUE(store.isEmpty());
    OfflineDraft offline = typedOffline();
    offline.draft.paymentMethod = PaymentMethodType::Card;
    offline.draft.paymentToken = u"tok_visa"_s;
    offline.draft.customer.phone = u"+14155552671"_s;
    auto saved = store.save(offline);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    ASSERT_EQ(saved->draft.id.size(), 36);
    EXPECT_TRUE(saved->savedAt.isValid());
    EXPECT_FALSE(store.isEmpty());

    auto loaded = store.load(saved->draft.id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->draft.customer.name, u"Ada Lovelace"_s);
    EXPECT_EQ(loaded->draft.customer.phone, u"+14155552671"_s);
    EXPECT_EQ(loaded->draft.lines, offline.draft.lines);
    EXPECT_EQ(loaded->draft.shippingAddress.zip, offline.draft.shippingAddress.zip);
    EXPECT_EQ(loaded->draft.discounts, offline.draft.discounts);
    EXPECT_EQ(loaded->draft.shipping, offline.draft.shipping);
    EXPECT_EQ(loaded->draft.paymentMethod, PaymentMethodType::Card);
    EXPECT_TRUE(loaded->draft.paymentToken.isEmpty()) << "a card token is never written to disk";
    ASSERT_EQ(loaded->seenPrices.size(), 3);
    EXPECT_EQ(loaded->seenPrices.at(1).unitPrice, usd(2000));
    EXPECT_EQ(loaded->typedBy, u"agent"_s);
    EXPECT_EQ(loaded->savedAt, saved->savedAt);
    QFile file(QDir(store.folder()).filePath(saved->draft.id + u".json"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains("tok_visa"));
    EXPECT_TRUE(bytes.contains("\"unitPriceMinor\": 2000")) << "money as minor units, never a float";

    // Saving again replaces the file; a second order is a second file, listed oldest first.
    OfflineDraft changed = *saved;
    changed.draft.customer.name = u"Ada King"_s;
    ASSERT_TRUE(store.save(changed));
    OfflineDraft second = typedOffline();
    second.savedAt = saved->savedAt.addSecs(60);
    ASSERT_TRUE(store.save(second));
    auto listed = store.list();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).draft.customer.name, u"Ada King"_s);

    ASSERT_TRUE(store.discard(saved->draft.id));
    EXPECT_EQ(store.list()->size(), 1);
    EXPECT_FALSE(store.load(saved->draft.id));
}

TEST_F(OfflineDraftTest, AnUnreadableFileIsReportedAndKeptNotDeleted)
{
    ASSERT_TRUE(store.save(typedOffline()));
    const QString broken = QDir(store.folder()).filePath(u"01890a5d-ac96-774b-bcce-b302099a8057.json"_s);
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"id\": \"01890a5d-ac96-774b-bcce-b302099a8057\", \"lines\": [{\"sku\": \"\"}]");
    file.close();
    QStringList unreadable;
    auto listed = store.list(&unreadable);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 1);
    ASSERT_EQ(unreadable.size(), 1);
    EXPECT_TRUE(unreadable.first().contains(broken)) << unreadable.first().toStdString();
    EXPECT_TRUE(QFile::exists(broken));

    // A newer format, a path outside the folder and a name that is not a UUID are refused.
    EXPECT_FALSE(OfflineDraftStore::fromJson(R"({"format": 2, "id": "01890a5d-ac96-774b-bcce-b302099a8057"})"));
    EXPECT_FALSE(store.load(u"../../etc/passwd"_s));
    EXPECT_FALSE(store.discard(u"../x"_s));
}

TEST_F(OfflineDraftTest, TheReviewNamesEachLineWhosePriceStockOrProductChanged)
{
    auto saved = store.save(typedOffline());
    ASSERT_TRUE(saved);
    // While the desktop was offline the mug's price went up; the tee was short already (4 wanted, 3 in
    // stock); the cap is not in the server's catalogue at all. Shipshape never deletes a product with stock
    // history, so that last case is the defensive one: the line cannot be sold and is left out.
    Database &database = db.session().database();
    ASSERT_TRUE(database.query(u"UPDATE products SET price_minor = 1300 WHERE sku = 'MUG-1'"_s));

    auto review = OfflineDraftHandover::review(drafts(), *saved);
    ASSERT_TRUE(review) << review.error().message.toStdString();
    QStringList texts;
    for (const OfflineLineConflict &conflict : review->conflicts)
        texts << conflict.text;
    EXPECT_EQ(texts,
            (QStringList{u"MUG-1: 12.50 then, 13.00 now"_s, u"TEE-1: 4 wanted, 3 available"_s,
                    u"CAP-1: no longer in the catalogue; the line is left out"_s}));
    ASSERT_EQ(review->conflicts.size(), 3);
    EXPECT_EQ(review->conflicts.at(0).kind, OfflineLineConflict::Kind::PriceChanged);
    EXPECT_EQ(review->conflicts.at(0).seenPrice, usd(1250));
    EXPECT_EQ(review->conflicts.at(0).price, usd(1300));
    EXPECT_EQ(review->conflicts.at(1).kind, OfflineLineConflict::Kind::NotEnoughStock);
    EXPECT_EQ(review->conflicts.at(2).kind, OfflineLineConflict::Kind::NoLongerSold);

    // Moving stores it in the server's drafts without the line that cannot be sold, then removes the file.
    const qint64 ordersBefore = test::scalar(database, u"SELECT COUNT(*) FROM orders"_s);
    auto moved = OfflineDraftHandover::moveToServer(drafts(), db.session().orders(), store, *saved);
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->kind, OfflineMove::Kind::NewDraft);
    EXPECT_TRUE(store.isEmpty());
    auto stored = drafts().load(moved->draftId);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->lines, (QList<DraftLine>{DraftLine{u"MUG-1"_s, 2}, DraftLine{u"TEE-1"_s, 4}}));
    EXPECT_EQ(stored->customer.email, u"ada@example.com"_s);
    EXPECT_EQ(stored->discounts, saved->draft.discounts);
    EXPECT_EQ(stored->shipping, saved->draft.shipping);
    EXPECT_EQ(test::scalar(database, u"SELECT COUNT(*) FROM orders"_s), ordersBefore) << "nothing is placed";
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0) << "nor reserved";

    // Now the quote is priced at today's prices: 2 × 13.00 + 4 × 20.00 = 106.00, 10 % off, plus 4.95.
    auto quote = drafts().quote(*stored);
    ASSERT_TRUE(quote);
    ASSERT_TRUE(quote->subtotal.has_value());
    EXPECT_EQ(*quote->subtotal, usd(10600));
}

TEST_F(OfflineDraftTest, AnUnchangedOrderHasNoConflictsAndAFailedMoveKeepsTheFile)
{
    OfflineDraft offline = typedOffline();
    offline.draft.lines = {DraftLine{u"MUG-1"_s, 2}};
    offline.seenPrices = {{u"MUG-1"_s, usd(1250)}};
    auto saved = store.save(offline);
    ASSERT_TRUE(saved);
    auto review = OfflineDraftHandover::review(drafts(), *saved);
    ASSERT_TRUE(review);
    EXPECT_TRUE(review->conflicts.isEmpty());
    ASSERT_TRUE(review->total.has_value());
    EXPECT_TRUE(review->problem.isEmpty());

    // A draft the server refuses to store (a name longer than the schema allows) stays on the desktop.
    OfflineDraft tooLong = *saved;
    tooLong.draft.customer.name = QString(300, u'x');
    ASSERT_TRUE(store.save(tooLong));
    EXPECT_FALSE(OfflineDraftHandover::moveToServer(drafts(), db.session().orders(), store, tooLong));
    EXPECT_FALSE(store.isEmpty());
    EXPECT_EQ(test::scalar(db.session().database(), u"SELECT COUNT(*) FROM drafts"_s), 0);
}

// An order on screen as the server stopped answering continues the server's draft: moved back onto that draft
// (same id, so the same placement key), not beside it; if it was placed meanwhile nothing is stored; if
// someone else changed it meanwhile, the offline one is stored beside theirs.
TEST_F(OfflineDraftTest, AnOrderThatContinuesAServerDraftGoesBackOntoItAndNeverBecomesTwoOrders)
{
    DraftOrder begun = typedOffline().draft;
    begun.lines = {DraftLine{u"MUG-1"_s, 1}};
    auto onServer = drafts().save(begun);
    ASSERT_TRUE(onServer) << onServer.error().message.toStdString();

    const auto continuing = [&](const DraftOrder &serverDraft, qint64 mugs) {
        OfflineDraft offline;
        offline.draft = serverDraft;
        offline.draft.id.clear();
        offline.draft.lines = {DraftLine{u"MUG-1"_s, mugs}};
        offline.replacesDraftId = serverDraft.id;
        offline.replacesVersion = serverDraft.version;
        auto kept = store.save(offline);
        EXPECT_TRUE(kept);
        EXPECT_NE(kept->draft.id, serverDraft.id) << "the file has an id of its own";
        return kept.value_or(OfflineDraft{});
    };

    // Onto the same draft, which keeps its id and gains the lines typed offline.
    auto moved = OfflineDraftHandover::moveToServer(drafts(), db.session().orders(), store, continuing(*onServer, 3));
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->kind, OfflineMove::Kind::UpdatedDraft);
    EXPECT_EQ(moved->draftId, onServer->id);
    EXPECT_EQ(test::scalar(db.session().database(), u"SELECT COUNT(*) FROM drafts"_s), 1);
    auto updated = drafts().load(onServer->id);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->lines, (QList<DraftLine>{DraftLine{u"MUG-1"_s, 3}}));

    // Someone changed the server's draft since the desktop last stored it: theirs stays, this one goes beside it.
    const OfflineDraft stale = continuing(*onServer, 5); // names the version before the move above
    moved = OfflineDraftHandover::moveToServer(drafts(), db.session().orders(), store, stale);
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->kind, OfflineMove::Kind::NewDraft);
    EXPECT_NE(moved->draftId, onServer->id);
    EXPECT_EQ(drafts().load(onServer->id)->lines.first().quantity, 3);

    // The server's draft was placed meanwhile (the placement the desktop started as the server went away
    // went through): nothing is stored, the order is named, the file is gone.
    auto placed = test::await(drafts().place(onServer->id));
    ASSERT_TRUE(placed) << placed.error().message.toStdString();
    const qint64 draftsBefore = test::scalar(db.session().database(), u"SELECT COUNT(*) FROM drafts"_s);
    moved = OfflineDraftHandover::moveToServer(drafts(), db.session().orders(), store, continuing(*updated, 7));
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->kind, OfflineMove::Kind::AlreadyPlaced);
    EXPECT_EQ(moved->orderNumber, placed->number);
    EXPECT_TRUE(moved->draftId.isEmpty());
    EXPECT_TRUE(store.isEmpty());
    EXPECT_EQ(test::scalar(db.session().database(), u"SELECT COUNT(*) FROM drafts"_s), draftsBefore);
}

TEST(OfflineDraftStoreTest, EachServerHasItsOwnFolderBesideItsReplica)
{
    const auto a = DatabaseUrl::parse(u"postgresql://shop.example.com:5432/shipshape"_s);
    const auto b = DatabaseUrl::parse(u"postgresql://shop.example.com:5432/other"_s);
    ASSERT_TRUE(a && b);
    const QString folderA = OfflineDraftStore::folderFor(*a, u"/tmp/replicas"_s);
    EXPECT_TRUE(folderA.startsWith(u"/tmp/replicas/shipshape-"_s)) << folderA.toStdString();
    EXPECT_TRUE(folderA.endsWith(u"-offline-drafts"_s)) << folderA.toStdString();
    EXPECT_NE(folderA, OfflineDraftStore::folderFor(*b, u"/tmp/replicas"_s));
}

} // namespace
} // namespace shipshape
