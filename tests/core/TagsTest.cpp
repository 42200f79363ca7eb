// Tags on orders and customers: the text rules, case-insensitive uniqueness, the timeline row each change
// leaves (with its actor), bulk tagging one order at a time, the tag filter of the order list, and bad input
// that writes nothing. On a SQLite file, and with SHIPSHAPE_TEST_DATABASE=postgresql on PostgreSQL.

#include "Helpers.h"

#include "customers/CustomerTags.h"
#include "events/DomainEventBus.h"
#include "orders/OrderTags.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"
#include "tags/Tag.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// ---- the rules for a tag ------------------------------------------------------------------------

TEST(TagRulesTest, ATagIsTrimmedTextOfOneToFortyCharactersMatchedIgnoringCase)
{
    auto tag = Tags::parse(u"tag"_s, u"  Gift Wrap "_s);
    ASSERT_TRUE(tag) << describe(tag.error());
    EXPECT_EQ(tag->text, u"Gift Wrap"_s);
    EXPECT_EQ(tag->key, Tags::keyOf(u"gift wrap"_s));
    EXPECT_EQ(Tags::keyOf(u"VIP"_s), Tags::keyOf(u"vip"_s));
    EXPECT_EQ(Tags::keyOf(u"ÄRGER"_s), Tags::keyOf(u"ärger"_s));
    EXPECT_TRUE(Tags::parse(u"tag"_s, QString(40, u'x')));
    EXPECT_TRUE(Tags::parse(u"tag"_s, u"<b>'; DROP TABLE orders; --"_s)) << "any text; SQL binds it";

    for (const QString &bad : {u""_s, u"   "_s, QString(41, u'x'), u"tab\there"_s, u"two\nlines"_s, u"bell\a"_s,
                 u"next\u0085line"_s, u"para\u2029graph"_s}) {
        auto refused = Tags::parse(u"tag"_s, bad);
        ASSERT_FALSE(refused) << bad.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_EQ(refused.error().field, u"tag"_s);
        EXPECT_EQ(refused.error().value, bad.left(40)) << "the error names the value";
    }
}

TEST(TagRulesTest, TheSameTagTwiceInAnyCaseCountsOnceAsFirstSpelled)
{
    auto tags = Tags::parseAll(u"tag"_s, {u"VIP"_s, u"rush"_s, u"vip"_s, u" Vip "_s});
    ASSERT_TRUE(tags) << describe(tags.error());
    EXPECT_EQ(Tags::texts(*tags), (QStringList{u"VIP"_s, u"rush"_s}));
    EXPECT_FALSE(Tags::parseAll(u"tag"_s, {})) << "at least one tag";
    EXPECT_FALSE(Tags::parseAll(u"tag"_s, {u"fine"_s, u""_s})) << "one bad tag refuses them all";

    QStringList sorted{u"cherry"_s, u"Banana"_s, u"apple"_s};
    Tags::sort(sorted);
    EXPECT_EQ(sorted, (QStringList{u"apple"_s, u"Banana"_s, u"cherry"_s}));
}

// ---- tags on orders -----------------------------------------------------------------------------

class OrderTagsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
        addProduct(session(), u"TEE-1"_s, u"29.99"_s, 50);
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return db.session().orders(); }
    OrderTags &tags() { return db.session().orders().tags(); }
    Database &database() { return db.session().database(); }

    Order place(const QList<Line> &lines = {{u"MUG-1"_s, 1}}, const QString &email = u"ada@example.com"_s)
    {
        auto order = orders().place(placeRequest(lines, email));
        EXPECT_TRUE(order) << describe(order.error());
        return order ? *order : Order{};
    }
    static QString ref(const Order &order) { return QString::number(order.number); }
    Order find(const Order &order)
    {
        auto found = orders().find(ref(order));
        EXPECT_TRUE(found) << describe(found.error());
        return found ? *found : Order{};
    }
    QList<qint64> listed(const OrderFilter &filter)
    {
        auto rows = orders().list(filter, OrderSort{}, 100, 0);
        EXPECT_TRUE(rows) << describe(rows.error());
        QList<qint64> numbers;
        for (const OrderSummary &row : rows ? *rows : QList<OrderSummary>{})
            numbers << row.number;
        return numbers;
    }

    TestDatabase db;
};

TEST_F(OrderTagsTest, TaggingLeavesATimelineRowWithTheActorAndMovesTheVersion)
{
    const Order order = place();
    db.clock().advance(60'000);
    auto tagged = tags().add(ref(order), {u"VIP"_s, u"gift wrap"_s});
    ASSERT_TRUE(tagged) << describe(tagged.error());
    EXPECT_EQ(tagged->tags, (QStringList{u"gift wrap"_s, u"VIP"_s}));
    EXPECT_EQ(tagged->version, order.version + 1);
    EXPECT_EQ(tagged->status, order.status);
    EXPECT_EQ(tagged->total, order.total);
    ASSERT_EQ(tagged->timeline.size(), order.timeline.size() + 1);
    const TimelineEntry &entry = tagged->timeline.constLast();
    EXPECT_EQ(entry.event, u"TagsChanged"_s);
    EXPECT_EQ(entry.reason, u"tagged: VIP, gift wrap"_s);
    EXPECT_EQ(entry.details.value(u"added"_s).toArray(), QJsonArray({u"VIP"_s, u"gift wrap"_s}));
    EXPECT_EQ(entry.actor, database().actor());
    EXPECT_EQ(entry.at, db.clock().now());
    EXPECT_FALSE(entry.fromStatus || entry.toStatus);

    auto untagged = tags().remove(ref(order), {u"vip"_s, u"never had it"_s});
    ASSERT_TRUE(untagged) << describe(untagged.error());
    EXPECT_EQ(untagged->tags, QStringList{u"gift wrap"_s});
    EXPECT_EQ(untagged->version, order.version + 2);
    EXPECT_EQ(untagged->timeline.constLast().reason, u"untagged: VIP"_s) << "the tag as it was stored";
    EXPECT_EQ(untagged->timeline.constLast().details.value(u"removed"_s).toArray(), QJsonArray({u"VIP"_s}));
    EXPECT_TRUE(conservationViolations(database()).isEmpty());
}

TEST_F(OrderTagsTest, ATagIsUniquePerOrderIgnoringCaseAndKeptAsFirstTyped)
{
    const Order order = place();
    ASSERT_TRUE(tags().add(ref(order), {u"VIP"_s}));
    const Order before = find(order);
    auto again = tags().add(ref(order), {u"vip"_s, u"Vip"_s});
    ASSERT_TRUE(again) << describe(again.error());
    EXPECT_EQ(again->tags, QStringList{u"VIP"_s});
    EXPECT_EQ(again->version, before.version) << "nothing changed: no new version";
    EXPECT_EQ(again->timeline.size(), before.timeline.size()) << "nothing changed: no timeline row";
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM order_tags WHERE order_number = ?"_s, {order.number}), 1);

    auto removedNothing = tags().remove(ref(order), {u"rush"_s});
    ASSERT_TRUE(removedNothing) << describe(removedNothing.error());
    EXPECT_EQ(removedNothing->version, before.version);

    // Another order may carry the same tag.
    const Order other = place();
    ASSERT_TRUE(tags().add(ref(other), {u"vip"_s}));
    EXPECT_EQ(find(other).tags, QStringList{u"vip"_s});
}

TEST_F(OrderTagsTest, AnyOrderMayBeTaggedWhateverItsStatus)
{
    const Order cancelled = place();
    ASSERT_TRUE(orders().cancel(ref(cancelled), CancelReason::Customer, {}));
    const Order delivered = place();
    ASSERT_TRUE(orders().markPaid(ref(delivered)));
    ASSERT_TRUE(orders().ship(ref(delivered), u"1Z1"_s, u"UPS"_s));
    ASSERT_TRUE(orders().deliver(ref(delivered)));
    for (const Order &order : {cancelled, delivered}) {
        auto tagged = tags().add(ref(order), {u"follow up"_s});
        ASSERT_TRUE(tagged) << describe(tagged.error());
        EXPECT_EQ(tagged->tags, QStringList{u"follow up"_s});
    }
    EXPECT_TRUE(conservationViolations(database()).isEmpty());
}

TEST_F(OrderTagsTest, BadInputNamesTheFieldAndValueAndWritesNothing)
{
    const Order order = place();
    ASSERT_TRUE(tags().add(ref(order), {u"keep"_s}));
    const QString before = dumpDatabase(database());
    for (const QStringList &bad : {QStringList{}, QStringList{u""_s}, QStringList{u"fine"_s, QString(41, u'y')},
                 QStringList{u"fine"_s, u"a\tb"_s}}) {
        for (const bool adding : {true, false}) {
            auto refused = adding ? tags().add(ref(order), bad) : tags().remove(ref(order), bad);
            ASSERT_FALSE(refused) << bad.join(u'|').toStdString();
            EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
            EXPECT_EQ(refused.error().field, u"tag"_s);
        }
        auto bulk = tags().addToEach({order.number}, bad);
        ASSERT_FALSE(bulk);
        EXPECT_EQ(bulk.error().field, u"tag"_s);
    }
    auto missing = tags().add(u"#4242"_s, {u"fine"_s});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(dumpDatabase(database()), before);
}

TEST_F(OrderTagsTest, BulkTaggingChangesEachOrderInItsOwnUnitOfWork)
{
    const Order first = place();
    const Order second = place({{u"TEE-1"_s, 2}});
    const Order third = place();
    ASSERT_TRUE(tags().add(ref(second), {u"Wholesale"_s}));
    const qint64 missing = third.number + 100;

    auto outcomes = tags().addToEach({first.number, missing, second.number, third.number}, {u"wholesale"_s, u"Q4"_s});
    ASSERT_TRUE(outcomes) << describe(outcomes.error());
    ASSERT_EQ(outcomes->size(), 4);
    EXPECT_EQ(outcomes->at(0).number, first.number);
    ASSERT_TRUE(outcomes->at(0).order);
    EXPECT_EQ(outcomes->at(0).order->tags, (QStringList{u"Q4"_s, u"wholesale"_s}));
    ASSERT_FALSE(outcomes->at(1).order) << "an order that is not there fails alone";
    EXPECT_EQ(outcomes->at(1).order.error().code, ErrorCode::NotFound);
    ASSERT_TRUE(outcomes->at(2).order);
    EXPECT_EQ(outcomes->at(2).order->tags, (QStringList{u"Q4"_s, u"Wholesale"_s}));
    EXPECT_EQ(outcomes->at(2).order->timeline.constLast().reason, u"tagged: Q4"_s) << "only what was new";
    ASSERT_TRUE(outcomes->at(3).order) << "the orders after a failure are tagged too";

    auto removed = tags().removeFromEach({first.number, second.number, third.number}, {u"q4"_s});
    ASSERT_TRUE(removed) << describe(removed.error());
    for (const OrderTagOutcome &outcome : *removed) {
        ASSERT_TRUE(outcome.order) << outcome.number;
        EXPECT_FALSE(outcome.order->tags.contains(u"Q4"_s));
        EXPECT_EQ(outcome.order->timeline.constLast().reason, u"untagged: Q4"_s);
    }
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM order_events WHERE event = 'TagsChanged'"_s), 1 + 3 + 3);
    EXPECT_TRUE(conservationViolations(database()).isEmpty());
}

TEST_F(OrderTagsTest, TheListFiltersAndCountsByTagInAnyCaseAndShowsEachOrdersTags)
{
    const Order plain = place();
    const Order vip = place();
    const Order vipConfirmed = place({{u"TEE-1"_s, 1}}, u"grace@example.com"_s);
    const Order other = place();
    ASSERT_TRUE(tags().add(ref(vip), {u"VIP"_s}));
    ASSERT_TRUE(tags().add(ref(vipConfirmed), {u"vip"_s, u"rush"_s}));
    ASSERT_TRUE(orders().markPaid(ref(vipConfirmed)));
    ASSERT_TRUE(tags().add(ref(other), {u"VIPs"_s})) << "a longer tag is another tag";

    OrderFilter filter;
    filter.tag = u"Vip"_s;
    EXPECT_EQ(listed(filter), (QList<qint64>{vipConfirmed.number, vip.number}));
    EXPECT_EQ(*orders().count(filter), 2);
    EXPECT_EQ(*orders().countUpTo(filter, 1), 2) << "more than the cap";
    filter.statuses = {OrderStatus::Confirmed};
    EXPECT_EQ(listed(filter), QList<qint64>{vipConfirmed.number});
    EXPECT_EQ(*orders().count(filter), 1);
    filter = {};
    filter.tag = u"no such tag"_s;
    EXPECT_TRUE(listed(filter).isEmpty());
    EXPECT_EQ(*orders().count(filter), 0);

    auto all = orders().list(OrderFilter{}, OrderSort{}, 100, 0);
    ASSERT_TRUE(all) << describe(all.error());
    QHash<qint64, QStringList> shown;
    for (const OrderSummary &row : *all)
        shown.insert(row.number, row.tags);
    EXPECT_EQ(shown.value(plain.number), QStringList{});
    EXPECT_EQ(shown.value(vip.number), QStringList{u"VIP"_s});
    EXPECT_EQ(shown.value(vipConfirmed.number), (QStringList{u"rush"_s, u"vip"_s}));
    EXPECT_EQ(shown.value(other.number), QStringList{u"VIPs"_s});

    auto inUse = tags().inUse();
    ASSERT_TRUE(inUse) << describe(inUse.error());
    EXPECT_EQ(inUse->size(), 3) << inUse->join(u',').toStdString();
    EXPECT_TRUE(inUse->contains(u"rush"_s));
    EXPECT_TRUE(inUse->contains(u"VIPs"_s));
}

// A tag on a tenth of the orders or more is answered by walking the orders, a rarer one by collecting its
// orders first (TagStore::orderCondition): both list and count exactly the tagged orders, newest first.
TEST_F(OrderTagsTest, RareAndCommonTagsListAndCountTheSameWay)
{
    QList<qint64> numbers;
    for (int i = 0; i < 30; ++i)
        numbers << place().number;
    QList<qint64> common;
    QList<qint64> rare;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i % 3 != 0)
            common.prepend(numbers.at(i));
        if (i == 4 || i == 17)
            rare.prepend(numbers.at(i));
    }
    auto commonTagged = tags().addToEach(common, {u"common"_s});
    ASSERT_TRUE(commonTagged) << describe(commonTagged.error());
    auto rareTagged = tags().addToEach(rare, {u"Rare"_s});
    ASSERT_TRUE(rareTagged) << describe(rareTagged.error());
    for (const auto &[tag, expected] : {std::pair{u"COMMON"_s, common}, std::pair{u"rare"_s, rare}}) {
        OrderFilter filter;
        filter.tag = tag;
        EXPECT_EQ(listed(filter), expected) << tag.toStdString();
        EXPECT_EQ(*orders().count(filter), expected.size()) << tag.toStdString();
        EXPECT_EQ(*orders().countUpTo(filter, 5), std::min<qint64>(expected.size(), 6)) << tag.toStdString();
        auto oldestFirst = orders().list(filter, OrderSort{OrderSortKey::Number, false}, 1, 0);
        ASSERT_TRUE(oldestFirst) << describe(oldestFirst.error());
        ASSERT_EQ(oldestFirst->size(), 1);
        EXPECT_EQ(oldestFirst->constFirst().number, expected.constLast());
    }
}

TEST_F(OrderTagsTest, TaggingIsPublishedAsAChangeOfTheOrderAfterCommit)
{
    const Order order = place();
    QSignalSpy changed(&session().events(), &DomainEventBus::orderChanged);
    ASSERT_TRUE(tags().add(ref(order), {u"VIP"_s}));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), order.number);
    changed.clear();
    ASSERT_TRUE(tags().add(ref(order), {u"vip"_s}));
    EXPECT_EQ(changed.size(), 0) << "nothing changed, nothing to tell";
}

TEST_F(OrderTagsTest, TheSchemaRefusesWhatCoreWouldNot)
{
    const Order order = place();
    ASSERT_TRUE(tags().add(ref(order), {u"VIP"_s}));
    const auto insert = [&](const QVariantList &values) {
        auto unit = UnitOfWork::begin(database());
        EXPECT_TRUE(unit);
        return database().query(
                u"INSERT INTO order_tags (order_number, tag, tag_key, actor, at) VALUES (?, ?, ?, 'x', 0)"_s, values);
    };
    // The same tag in another case (same key), a key that is not the tag's lower case, a tag that is
    // empty, too long, untrimmed or has a control character, and an order that does not exist.
    for (const QVariantList &bad : {QVariantList{order.number, u"vip"_s, u"vip"_s},
                 QVariantList{order.number, u"Rush"_s, u"other"_s}, QVariantList{order.number, u""_s, u""_s},
                 QVariantList{order.number, QString(41, u'z'), QString(41, u'z')},
                 QVariantList{order.number, u" pad"_s, u" pad"_s}, QVariantList{order.number, u"a\tb"_s, u"a\tb"_s},
                 QVariantList{order.number + 50, u"ghost"_s, u"ghost"_s}}) {
        EXPECT_FALSE(insert(bad)) << bad.at(1).toString().toStdString();
    }
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM order_tags"_s), 1);
    // Non-ASCII text: the key is core's case folding (the database's lower() is not everywhere Unicode-aware).
    EXPECT_TRUE(tags().add(ref(order), {u"ÜBERGRÖSSE"_s}));
    EXPECT_TRUE(tags().add(ref(order), {u"übergrösse"_s}));
    EXPECT_EQ(find(order).tags, (QStringList{u"VIP"_s, u"ÜBERGRÖSSE"_s})) << "sorted by key";
}

// ---- tags on customers --------------------------------------------------------------------------

TEST_F(OrderTagsTest, CustomersAreTaggedByIdOrEmailIgnoringCase)
{
    const Order order = place();
    CustomerTags &customerTags = session().customerTags();
    auto byEmail = customerTags.add(u"ADA@example.com"_s, {u"Wholesale"_s, u"net 30"_s});
    ASSERT_TRUE(byEmail) << describe(byEmail.error());
    EXPECT_EQ(*byEmail, (QStringList{u"net 30"_s, u"Wholesale"_s}));
    auto byId = customerTags.add(order.customer.id, {u"wholesale"_s, u"EU"_s});
    ASSERT_TRUE(byId) << describe(byId.error());
    EXPECT_EQ(*byId, (QStringList{u"EU"_s, u"net 30"_s, u"Wholesale"_s}));
    EXPECT_EQ(scalar(database(), u"SELECT COUNT(*) FROM customer_tags WHERE actor = ?"_s, {database().actor()}), 3);
    auto removed = customerTags.remove(order.customer.id, {u"NET 30"_s});
    ASSERT_TRUE(removed) << describe(removed.error());
    EXPECT_EQ(*removed, (QStringList{u"EU"_s, u"Wholesale"_s}));
    EXPECT_EQ(*customerTags.tagsOf(u"ada@example.com"_s), (QStringList{u"EU"_s, u"Wholesale"_s}));
    EXPECT_EQ(customerTags.inUse()->size(), 2);

    const QString before = dumpDatabase(database());
    auto bad = customerTags.add(order.customer.id, {u"ok"_s, u"bad\x01"_s});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, u"tag"_s);
    auto nobody = customerTags.add(u"nobody@example.com"_s, {u"ok"_s});
    ASSERT_FALSE(nobody);
    EXPECT_EQ(nobody.error().code, ErrorCode::NotFound);
    EXPECT_EQ(nobody.error().field, u"customer"_s);
    EXPECT_EQ(dumpDatabase(database()), before);
}

} // namespace
