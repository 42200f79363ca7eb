#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"

#include "dashboard/DailyAggregates.h"
#include "dashboard/DashboardJson.h"
#include "dashboard/KpiCatalogue.h"
#include "demo/DemoDataGenerator.h"
#include "orders/OrderReturns.h"
#include "payment/StripeGateway.h"
#include "pricing/TaxService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// Each reading moves on by `step` ms: a manual placement (two readings) takes `step`, a card placement
// (the workflow's two readings around the order service's two) takes three steps.
class SteppingClock final : public MonotonicClock {
public:
    [[nodiscard]] qint64 elapsedMs() const override { return m_now += m_step; }
    void setStep(qint64 step) { m_step = step; }

private:
    mutable qint64 m_now = 1'000'000;
    qint64 m_step = 0;
};

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

class DashboardTest : public ::testing::Test {
protected:
    DashboardTest() : stripe(server)
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(2000);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        session().setPaymentGateway(std::make_unique<StripeGateway>(&session().network(), settings, 3u));
        session().orders().setMonotonicClock(&timer);
    }

    Session &session() { return db.session(); }
    OrderService &orders() { return session().orders(); }
    DashboardService &dashboard() { return session().dashboard(); }

    Order place(const QList<Line> &lines, qint64 durationMs)
    {
        timer.setStep(durationMs);
        auto order = orders().place(placeRequest(lines));
        EXPECT_TRUE(order) << describe(order.error());
        return order ? *order : Order{};
    }
    Result<Order> placeByCard(const QList<Line> &lines, const QString &token, qint64 stepMs)
    {
        timer.setStep(stepMs);
        PlaceOrderRequest request = placeRequest(lines);
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = token;
        return test::await(session().payments().placeOrder(request));
    }
    void ok(const Result<Order> &result) { EXPECT_TRUE(result) << (result ? std::string() : describe(result.error())); }
    static QString ref(const Order &order) { return QString::number(order.number); }

    DashboardSnapshot snapshot(QDate from, QDate to, const QString &currency = {})
    {
        auto taken = dashboard().snapshot({from, to}, currency);
        EXPECT_TRUE(taken) << (taken ? std::string() : describe(taken.error()));
        return taken ? *taken : DashboardSnapshot{};
    }

    void expectAggregatesMatchRecomputation()
    {
        auto differences = DailyAggregates::differences(session().database());
        ASSERT_TRUE(differences) << describe(differences.error());
        EXPECT_TRUE(differences->isEmpty()) << differences->join(u'\n').toStdString();
    }

    TestDatabase db;
    ScriptedHttpServer server;
    FakeStripe stripe;
    SteppingClock timer;
};

TEST_F(DashboardTest, EmptyDatabaseGivesZerosAndNoRatios)
{
    const DashboardSnapshot empty = snapshot(QDate(2026, 10, 27), QDate(2026, 11, 2));
    EXPECT_EQ(empty.currency, u"USD"_s);
    for (const KpiFigures *figures : {&empty.current, &empty.previous}) {
        EXPECT_EQ(figures->ordersPlaced, 0);
        EXPECT_EQ(figures->ordersConfirmed, 0);
        EXPECT_EQ(figures->placementAttempts, 0);
        EXPECT_EQ(figures->revenue.minorUnits(), 0);
        EXPECT_EQ(figures->revenue.currency().code(), u"USD"_s);
        EXPECT_FALSE(figures->averageOrderValue.has_value());
        EXPECT_FALSE(figures->successRate.has_value());
        EXPECT_FALSE(figures->placementMedianMs.has_value());
        EXPECT_FALSE(figures->placementP95Ms.has_value());
        EXPECT_FALSE(figures->paymentFailureRate.has_value());
        EXPECT_TRUE(figures->topDeclineReasons.isEmpty());
        EXPECT_EQ(figures->emailsSent + figures->emailsFailed + figures->emailsWaiting, 0);
    }
    EXPECT_EQ(empty.awaitingShipment, 0);
    EXPECT_FALSE(empty.oldestAwaitingSince.has_value());
    ASSERT_EQ(empty.days.size(), 7);
    EXPECT_EQ(empty.days.constFirst().day, QDate(2026, 10, 27));
    EXPECT_EQ(empty.days.constLast().day, QDate(2026, 11, 2));
    for (const DailyFigures &day : empty.days)
        EXPECT_EQ(day.ordersPlaced + day.ordersCancelled + day.paymentFailures + day.revenue.minorUnits(), 0);
    ASSERT_EQ(empty.byStatus.size(), 5);
    for (const StatusCount &status : empty.byStatus)
        EXPECT_EQ(status.count, 0);
    EXPECT_TRUE(empty.topProducts.isEmpty());
    EXPECT_TRUE(empty.lowStock.isEmpty());
    ASSERT_EQ(empty.placementTimes.size(), 6);
    for (const LatencyBucket &bucket : empty.placementTimes)
        EXPECT_EQ(bucket.count, 0);
    EXPECT_FALSE(empty.placementTimes.constLast().upToMs.has_value());
}

TEST_F(DashboardTest, InvalidPeriodsAndCurrenciesAreRefusedByField)
{
    auto reversed = dashboard().snapshot({QDate(2026, 11, 2), QDate(2026, 11, 1)});
    ASSERT_FALSE(reversed);
    EXPECT_EQ(reversed.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(reversed.error().field, u"to"_s);

    auto noStart = dashboard().snapshot({QDate(), QDate(2026, 11, 1)});
    ASSERT_FALSE(noStart);
    EXPECT_EQ(noStart.error().field, u"from"_s);

    auto tooLong = dashboard().snapshot({QDate(2000, 1, 1), QDate(2026, 11, 1)});
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().field, u"from"_s);

    auto badCurrency = dashboard().snapshot({QDate(2026, 11, 1), QDate(2026, 11, 1)}, u"DOLLARS"_s);
    ASSERT_FALSE(badCurrency);
    EXPECT_EQ(badCurrency.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(badCurrency.error().field, u"currency"_s);
}

// Two days of a small shop, every figure worked out by hand.
TEST_F(DashboardTest, KpisMatchHandComputedFixture)
{
    db.clock().set(utc(2026, 3, 10, 9));
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    addProduct(session(), u"TEE-1"_s, u"20.00"_s, 2);
    addProduct(session(), u"EUR-1"_s, u"9.00"_s, 10, u"EUR"_s);

    // Day 1, 2026-03-10.
    const Order a = place({{u"MUG-1"_s, 2}}, 300); // 25.00, paid, waits to ship
    ok(orders().markPaid(ref(a)));
    db.clock().advance(60'000);
    const Order b = place({{u"TEE-1"_s, 1}}, 900); // 20.00, paid and shipped
    ok(orders().markPaid(ref(b)));
    ok(orders().ship(ref(b), u"1Z999AA10123456784"_s, u"UPS"_s));
    timer.setStep(100); // only one TEE-1 left: refused, but an attempt
    auto refused = orders().place(placeRequest({{u"TEE-1"_s, 2}}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    auto invalid = orders().place(placeRequest({{u"NOPE-1"_s, 1}})); // bad input: not an attempt
    ASSERT_FALSE(invalid);
    const Order d = place({{u"MUG-1"_s, 1}}, 1500); // 12.50, cancelled by the customer
    ok(orders().cancel(ref(d), CancelReason::Customer, {}));
    const Order e = place({{u"EUR-1"_s, 1}}, 2500); // EUR 9.00, paid
    ok(orders().markPaid(ref(e)));

    // Day 2, 2026-03-11: an unpaid order whose hold runs out.
    db.clock().set(utc(2026, 3, 11, 10));
    const Order f = place({{u"MUG-1"_s, 1}}, 400);
    db.clock().advance(16 * 60'000);
    auto expired = orders().expireReservations();
    ASSERT_TRUE(expired);
    EXPECT_EQ(*expired, 1);

    const DashboardSnapshot s = snapshot(QDate(2026, 3, 10), QDate(2026, 3, 11));
    EXPECT_EQ(s.currency, u"USD"_s); // four of five orders
    const KpiFigures &k = s.current;
    EXPECT_EQ(k.ordersPlaced, 5); // a, b, d, e, f (all currencies)
    EXPECT_EQ(k.ordersConfirmed, 3); // a, b, e
    EXPECT_EQ(k.ordersCancelled, 2); // d, f
    EXPECT_EQ(k.placementAttempts, 6); // the five and the refused one
    EXPECT_EQ(k.revenue.minorUnits(), 2500 + 2000);
    EXPECT_EQ(k.refunded.minorUnits(), 0);
    ASSERT_TRUE(k.averageOrderValue.has_value());
    EXPECT_EQ(k.averageOrderValue->minorUnits(), 2250); // 45.00 over the two confirmed USD orders
    ASSERT_TRUE(k.successRate.has_value());
    EXPECT_DOUBLE_EQ(*k.successRate, 0.5);
    // 100, 300, 400, 900, 1500, 2500: nearest rank 3 of 6 and 6 of 6.
    EXPECT_EQ(k.placementMedianMs, 400);
    EXPECT_EQ(k.placementP95Ms, 2500);
    EXPECT_EQ(k.paymentAttempts, 0);
    EXPECT_FALSE(k.paymentFailureRate.has_value());
    // Emails: a placed+confirmed, b placed+confirmed+shipped, d placed+cancelled, e placed+confirmed,
    // f placed+cancelled; none sent yet.
    EXPECT_EQ(k.emailsWaiting, 11);
    EXPECT_EQ(k.emailsSent, 0);
    EXPECT_EQ(k.emailsFailed, 0);

    EXPECT_EQ(s.previous.ordersPlaced, 0);

    EXPECT_EQ(s.awaitingShipment, 2); // a and e
    EXPECT_EQ(s.oldestAwaitingSince, utc(2026, 3, 10, 9));

    ASSERT_EQ(s.days.size(), 2);
    EXPECT_EQ(s.days[0].day, QDate(2026, 3, 10));
    EXPECT_EQ(s.days[0].ordersPlaced, 4);
    EXPECT_EQ(s.days[0].ordersCancelled, 1);
    EXPECT_EQ(s.days[0].revenue.minorUnits(), 4500);
    EXPECT_EQ(s.days[1].ordersPlaced, 1);
    EXPECT_EQ(s.days[1].ordersCancelled, 1);
    EXPECT_EQ(s.days[1].revenue.minorUnits(), 0);

    ASSERT_EQ(s.byStatus.size(), 5);
    EXPECT_EQ(s.byStatus[0].status, OrderStatus::Pending);
    EXPECT_EQ(s.byStatus[0].count, 0);
    EXPECT_EQ(s.byStatus[1].count, 2); // confirmed: a, e
    EXPECT_EQ(s.byStatus[2].count, 1); // shipped: b
    EXPECT_EQ(s.byStatus[3].count, 0);
    EXPECT_EQ(s.byStatus[4].count, 2);

    ASSERT_EQ(s.topProducts.size(), 2); // cancelled lines do not count; EUR-1 is in another currency
    EXPECT_EQ(s.topProducts[0].sku, u"MUG-1"_s);
    EXPECT_EQ(s.topProducts[0].name, u"Product MUG-1"_s);
    EXPECT_EQ(s.topProducts[0].quantity, 2);
    EXPECT_EQ(s.topProducts[0].revenue.minorUnits(), 2500);
    EXPECT_EQ(s.topProducts[1].sku, u"TEE-1"_s);
    EXPECT_EQ(s.topProducts[1].quantity, 1);

    ASSERT_EQ(s.lowStock.size(), 1); // TEE-1: 1 left, threshold 5
    EXPECT_EQ(s.lowStock[0].sku, u"TEE-1"_s);
    EXPECT_EQ(s.lowStock[0].available, 1);
    EXPECT_EQ(s.lowStock[0].threshold, 5);

    QList<qint64> buckets;
    for (const LatencyBucket &bucket : s.placementTimes)
        buckets << bucket.count;
    EXPECT_EQ(buckets, (QList<qint64>{1, 2, 1, 1, 1, 0}));

    // The euro view: one confirmed order of 9.00.
    const DashboardSnapshot euro = snapshot(QDate(2026, 3, 10), QDate(2026, 3, 11), u"eur"_s);
    EXPECT_EQ(euro.currency, u"EUR"_s);
    EXPECT_EQ(euro.current.revenue.minorUnits(), 900);
    EXPECT_EQ(euro.current.averageOrderValue->minorUnits(), 900);
    EXPECT_EQ(euro.current.ordersPlaced, 5);
    ASSERT_EQ(euro.topProducts.size(), 1);
    EXPECT_EQ(euro.topProducts[0].sku, u"EUR-1"_s);

    // A one-day period and its previous day.
    const DashboardSnapshot second = snapshot(QDate(2026, 3, 11), QDate(2026, 3, 11));
    EXPECT_EQ(second.current.ordersPlaced, 1);
    EXPECT_EQ(second.current.ordersConfirmed, 0);
    ASSERT_TRUE(second.current.successRate.has_value());
    EXPECT_DOUBLE_EQ(*second.current.successRate, 0.0);
    EXPECT_EQ(second.current.placementMedianMs, 400);
    EXPECT_EQ(second.previous.ordersPlaced, 4);
    EXPECT_EQ(second.previous.placementAttempts, 5);
    EXPECT_EQ(second.previous.placementMedianMs, 900); // 100, 300, 900, 1500, 2500
    EXPECT_EQ(second.previous.placementP95Ms, 2500);
    EXPECT_EQ(second.previous.revenue.minorUnits(), 4500);

    expectAggregatesMatchRecomputation();
}

TEST_F(DashboardTest, PlacementTimesAreKeptToTenMilliseconds)
{
    db.clock().set(utc(2026, 6, 1, 8));
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);
    place({{u"MUG-1"_s, 1}}, 1234);
    place({{u"MUG-1"_s, 1}}, 250);
    place({{u"MUG-1"_s, 1}}, 251);
    const DashboardSnapshot s = snapshot(QDate(2026, 6, 1), QDate(2026, 6, 1));
    EXPECT_EQ(s.current.placementMedianMs, 260); // 251 rounded up; 250, 251, 1234: rank 2 of 3
    EXPECT_EQ(s.current.placementP95Ms, 1240);
    QList<qint64> buckets;
    for (const LatencyBucket &bucket : s.placementTimes)
        buckets << bucket.count;
    EXPECT_EQ(buckets, (QList<qint64>{1, 1, 0, 1, 0, 0})); // the bounds stay exact
}

TEST_F(DashboardTest, CardPlacementsChargesDeclinesAndRefunds)
{
    db.clock().set(utc(2026, 4, 1, 12));
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 10);

    auto paid = placeByCard({{u"MUG-1"_s, 2}}, u"pm_card_visa"_s, 200); // 600 ms in all
    ASSERT_TRUE(paid) << describe(paid.error());
    EXPECT_EQ(paid->status, OrderStatus::Confirmed);
    auto declined = placeByCard({{u"MUG-1"_s, 1}}, u"pm_card_chargeDeclinedInsufficientFunds"_s, 100); // 300 ms
    ASSERT_FALSE(declined);
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentFailed);
    auto refunded
            = test::await(session().payments().refund(ref(*paid), Money(500, paid->total.currency()), u"damaged"_s));
    ASSERT_TRUE(refunded) << describe(refunded.error());

    EXPECT_EQ(rows(session().database(), u"SELECT outcome, duration_ms FROM placement_log ORDER BY id"_s),
            (QStringList{u"confirmed | 600"_s, u"declined | 300"_s}));

    const DashboardSnapshot s = snapshot(QDate(2026, 4, 1), QDate(2026, 4, 1));
    const KpiFigures &k = s.current;
    EXPECT_EQ(k.ordersPlaced, 2);
    EXPECT_EQ(k.ordersConfirmed, 1);
    EXPECT_EQ(k.ordersCancelled, 1); // cancelled because declined
    EXPECT_EQ(k.placementAttempts, 2);
    EXPECT_DOUBLE_EQ(k.successRate.value_or(-1), 0.5);
    EXPECT_EQ(k.revenue.minorUnits(), 2500 - 500);
    EXPECT_EQ(k.refunded.minorUnits(), 500);
    EXPECT_EQ(k.averageOrderValue->minorUnits(), 2000);
    EXPECT_EQ(k.paymentAttempts, 2);
    EXPECT_EQ(k.paymentFailures, 1);
    EXPECT_DOUBLE_EQ(k.paymentFailureRate.value_or(-1), 0.5);
    ASSERT_EQ(k.topDeclineReasons.size(), 1);
    EXPECT_EQ(k.topDeclineReasons[0].code, u"insufficient_funds"_s);
    EXPECT_EQ(k.topDeclineReasons[0].count, 1);
    EXPECT_FALSE(k.topDeclineReasons[0].message.isEmpty());
    EXPECT_EQ(k.placementMedianMs, 300);
    EXPECT_EQ(k.placementP95Ms, 600);
    EXPECT_EQ(s.days[0].paymentFailures, 1);
    EXPECT_EQ(s.days[0].revenue.minorUnits(), 2000);
    expectAggregatesMatchRecomputation();
}

TEST_F(DashboardTest, AggregatesFollowModificationsCancellationsAndShipments)
{
    db.clock().set(utc(2026, 5, 20, 23, 50));
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
    addProduct(session(), u"TEE-1"_s, u"20.00"_s, 50);

    const Order late = place({{u"MUG-1"_s, 1}}, 50); // 23:50, the last minutes of the 20th
    db.clock().advance(20 * 60'000); // the 21st
    ok(orders().modify(ref(late), modifyItems({{u"MUG-1"_s, 3}, {u"TEE-1"_s, 2}})));
    expectAggregatesMatchRecomputation();
    ok(orders().markPaid(ref(late)));
    ok(orders().ship(ref(late), u"1Z999AA10123456784"_s, u"UPS"_s));
    ok(orders().deliver(ref(late)));
    const Order other = place({{u"TEE-1"_s, 4}}, 70);
    ok(orders().modify(ref(other), modifyItems({{u"MUG-1"_s, 1}})));
    ok(orders().markPaid(ref(other)));
    ok(orders().cancel(ref(other), CancelReason::Staff, u"duplicate"_s));
    expectAggregatesMatchRecomputation();

    const DashboardSnapshot first = snapshot(QDate(2026, 5, 20), QDate(2026, 5, 20));
    EXPECT_EQ(first.current.ordersPlaced, 1); // counted on the day it was placed
    EXPECT_EQ(first.byStatus[3].count, 1); // delivered
    ASSERT_EQ(first.topProducts.size(), 2);
    EXPECT_EQ(first.topProducts[0].sku, u"MUG-1"_s);
    EXPECT_EQ(first.topProducts[0].quantity, 3);
    EXPECT_EQ(first.topProducts[1].quantity, 2);
    const DashboardSnapshot second = snapshot(QDate(2026, 5, 21), QDate(2026, 5, 21));
    EXPECT_EQ(second.current.ordersPlaced, 1);
    EXPECT_EQ(second.current.ordersCancelled, 1);
    EXPECT_EQ(second.current.ordersConfirmed, 1); // paid before it was cancelled
    EXPECT_TRUE(second.topProducts.isEmpty()); // its lines no longer count
}

// Returns (docs/dashboard.md): units on the returns opened in the period, not rejected, over the units in the
// parcels shipped in it; the reasons by units. A return counts on the day it was opened, whenever its units
// shipped; a rejected one not at all.
TEST_F(DashboardTest, ReturnRateAndTopReasonsCountThePeriodsReturnsOverItsShippedUnits)
{
    db.clock().set(utc(2026, 7, 1, 9));
    addProduct(session(), u"MUG-1"_s, u"12.50"_s, 50);
    addProduct(session(), u"TEE-1"_s, u"20.00"_s, 50);
    const Order first = place({{u"MUG-1"_s, 6}, {u"TEE-1"_s, 4}}, 50);
    ok(orders().markPaid(ref(first)));
    ok(orders().ship(ref(first), u"1Z-A"_s, u"UPS"_s, {{u"MUG-1"_s, 4}})); // 4 units on the 1st
    db.clock().set(utc(2026, 7, 2, 9));
    ok(orders().ship(ref(first), u"1Z-B"_s, u"UPS"_s)); // 6 units on the 2nd
    OrderReturns &returns = orders().returns();
    auto damaged = returns.open(
            ref(first), {{u"MUG-1"_s, 2, ReturnReason::Damaged, {}}, {u"TEE-1"_s, 1, ReturnReason::WrongItem, {}}}, {});
    ASSERT_TRUE(damaged) << describe(damaged.error());
    auto moreDamaged = returns.open(ref(first), {{u"TEE-1"_s, 1, ReturnReason::Damaged, {}}}, {});
    ASSERT_TRUE(moreDamaged) << describe(moreDamaged.error());
    auto rejected = returns.open(ref(first), {{u"MUG-1"_s, 3, ReturnReason::NoLongerNeeded, {}}}, {});
    ASSERT_TRUE(rejected) << describe(rejected.error());
    ASSERT_TRUE(returns.reject(rejected->id, u"worn"_s));
    db.clock().set(utc(2026, 7, 3, 9));
    auto later = returns.open(ref(first), {{u"TEE-1"_s, 1, ReturnReason::NotAsDescribed, {}}}, {});
    ASSERT_TRUE(later) << describe(later.error());

    const DashboardSnapshot second = snapshot(QDate(2026, 7, 2), QDate(2026, 7, 2));
    EXPECT_EQ(second.current.unitsShipped, 6);
    EXPECT_EQ(second.current.unitsReturned, 4); // the rejected return's 3 mugs do not count
    ASSERT_TRUE(second.current.returnRate.has_value());
    EXPECT_DOUBLE_EQ(*second.current.returnRate, 4.0 / 6.0);
    EXPECT_EQ(second.previous.unitsShipped, 4); // the 1st
    EXPECT_EQ(second.previous.unitsReturned, 0);
    EXPECT_EQ(KpiCatalogue::current(Kpi::ReturnRate, second), KpiValue(4.0 / 6.0));
    EXPECT_EQ(KpiCatalogue::previous(Kpi::ReturnRate, second), KpiValue(0.0));
    ASSERT_EQ(second.topReturnReasons.size(), 2);
    EXPECT_EQ(second.topReturnReasons[0].reason, ReturnReason::Damaged);
    EXPECT_EQ(second.topReturnReasons[0].units, 3);
    EXPECT_EQ(second.topReturnReasons[0].returns, 2);
    EXPECT_EQ(second.topReturnReasons[1].reason, ReturnReason::WrongItem);
    EXPECT_EQ(second.topReturnReasons[1].units, 1);

    const QJsonObject json = DashboardJson::toJson(second);
    const QJsonObject current = json.value(u"current"_s).toObject();
    EXPECT_EQ(current.value(u"unitsReturned"_s).toInteger(), 4);
    EXPECT_EQ(current.value(u"unitsShipped"_s).toInteger(), 6);
    EXPECT_EQ(current.value(u"returnRateBasisPoints"_s).toInteger(), 6667);
    EXPECT_EQ(json.value(u"topReturnReasons"_s).toArray().at(0).toObject().value(u"reason"_s).toString(), u"damaged"_s);

    // The third day shipped nothing: no rate, but its return and reason still count.
    const DashboardSnapshot third = snapshot(QDate(2026, 7, 3), QDate(2026, 7, 3));
    EXPECT_EQ(third.current.unitsShipped, 0);
    EXPECT_EQ(third.current.unitsReturned, 1);
    EXPECT_FALSE(third.current.returnRate.has_value());
    EXPECT_TRUE(DashboardJson::toJson(third).value(u"current"_s).toObject().value(u"returnRateBasisPoints"_s).isNull());
    ASSERT_EQ(third.topReturnReasons.size(), 1);
    EXPECT_EQ(third.topReturnReasons[0].reason, ReturnReason::NotAsDescribed);
}

// Revenue is net of discounts and refunds and leaves tax out (docs/dashboard.md): an order that kept its
// total counts its total less its tax; a partly refunded one the tax in proportion to what it kept.
TEST_F(DashboardTest, RevenueIsNetOfDiscountsAndRefundsWithoutTax)
{
    db.clock().set(utc(2026, 6, 2, 10));
    addProduct(session(), u"MUG-1"_s, u"20.00"_s, 50);
    TaxService taxes(session().database(), session().clock());
    ASSERT_TRUE(taxes.setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"10"_s));

    // 3 × 20.00 = 60.00, 10 % off = 54.00 net, 5.40 tax, 4.60 shipping: 64.00.
    PlaceOrderRequest request = placeRequest({{u"MUG-1"_s, 3}});
    request.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"TEN"_s, {}}};
    request.shipping = ShippingRequest{u"Parcel"_s, u"4.60"_s};
    auto placed = orders().place(request);
    ASSERT_TRUE(placed) << describe(placed.error());
    ASSERT_EQ(placed->total.minorUnits(), 6400);
    ok(orders().markPaid(ref(*placed)));
    expectAggregatesMatchRecomputation();
    DashboardSnapshot day = snapshot(QDate(2026, 6, 2), QDate(2026, 6, 2));
    EXPECT_EQ(day.current.revenue.minorUnits(), 5860); // 64.00 − 5.40 tax
    ASSERT_EQ(day.topProducts.size(), 1);
    EXPECT_EQ(day.topProducts[0].revenue.minorUnits(), 5400); // the line net of its discount, without tax
    ASSERT_EQ(day.days.size(), 1);
    EXPECT_EQ(day.days[0].revenue.minorUnits(), 5860);

    // 16.00 of 64.00 refunded: a quarter of the tax (1.35) went back with it; 48.00 − 4.05 stays.
    ASSERT_TRUE(orders().recordRefund(ref(*placed),
            ManualRefundRequest{
                    RefundMethod::BankTransfer, Money(1600, placed->total.currency()), u"TR-1"_s, u"one mug broke"_s}));
    expectAggregatesMatchRecomputation();
    day = snapshot(QDate(2026, 6, 2), QDate(2026, 6, 2));
    EXPECT_EQ(day.current.revenue.minorUnits(), 4395);
    EXPECT_EQ(day.current.refunded.minorUnits(), 1600);
    EXPECT_EQ(day.current.averageOrderValue->minorUnits(), 4395);
}

// Random operations of every kind; after each step the aggregates equal a full recomputation.
TEST_F(DashboardTest, AggregatesEqualRecomputationAfterRandomOperations)
{
    const QStringList skus{u"A-1"_s, u"B-2"_s, u"C-3"_s, u"D-4"_s};
    for (const QString &sku : skus)
        addProduct(session(), sku, u"7.25"_s, 12);
    addProduct(session(), u"E-5"_s, u"3.00"_s, 12, u"EUR"_s);
    // Tax, discounts, shipping and partial refunds too: revenue leaves tax out in proportion to what an
    // order kept, and product revenue is the lines' net of discounts.
    TaxService taxes(session().database(), session().clock());
    ASSERT_TRUE(taxes.setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"19"_s));
    QRandomGenerator random(20261124);
    QList<qint64> numbers;
    const auto any = [&]() { return QString::number(numbers.at(random.bounded(numbers.size()))); };
    // Shipping and delivering pick among the orders that can take the step, so that the walk reaches
    // them whatever the earlier steps did (a random pick among all orders mostly hits cancelled ones).
    const auto anyWith = [&](const QString &status) {
        const QStringList candidates
                = rows(session().database(), u"SELECT number FROM orders WHERE status = ? ORDER BY number"_s, {status});
        return candidates.isEmpty() ? any() : candidates.at(random.bounded(candidates.size()));
    };
    const int steps = 180;
    for (int step = 0; step < steps; ++step) {
        db.clock().advance(qint64(random.bounded(1, 6 * 3600)) * 1000);
        timer.setStep(random.bounded(20, 3000));
        const quint32 kind = numbers.isEmpty() ? 0 : random.bounded(12u);
        switch (kind) {
        case 0:
        case 1:
        case 2: {
            QList<Line> lines;
            if (random.bounded(6u) == 0) {
                lines = {{u"E-5"_s, random.bounded(1, 4)}};
            } else if (random.bounded(3u) == 0) {
                // Two products: a return of both can give one reason twice (one return, two lines).
                lines = {{u"A-1"_s, random.bounded(1, 3)}, {u"C-3"_s, random.bounded(1, 3)}};
            } else {
                lines = {{skus.at(random.bounded(skus.size())), random.bounded(1, 5)}};
            }
            PlaceOrderRequest request = placeRequest(lines);
            if (random.bounded(3u) == 0)
                request.discounts = {DiscountRequest{u"percent"_s, u"12.5"_s, {}, u"SPRING"_s, {}}};
            if (random.bounded(3u) == 0)
                request.shipping = ShippingRequest{u"Parcel"_s, u"4.95"_s};
            if (random.bounded(3u) == 0) {
                request.paymentMethod = PaymentMethodType::Card;
                request.paymentToken
                        = random.bounded(3u) == 0 ? u"pm_card_chargeDeclinedInsufficientFunds"_s : u"pm_card_visa"_s;
            }
            auto placed = test::await(session().payments().placeOrder(request));
            if (placed)
                numbers << placed->number;
            break;
        }
        case 3:
            (void) orders().markPaid(any());
            break;
        case 4:
            (void) orders().ship(anyWith(u"confirmed"_s), u"1Z999AA10123456784"_s, u"UPS"_s);
            break;
        case 5:
            (void) orders().deliver(anyWith(u"shipped"_s));
            break;
        case 6:
            (void) test::await(session().payments().cancel(any(), CancelReason::Customer, {}));
            break;
        case 7:
            (void) test::await(session().payments().modify(
                    any(), modifyItems({{skus.at(random.bounded(skus.size())), random.bounded(1, 4)}})));
            break;
        case 8: {
            std::optional<Money> part;
            if (random.bounded(2u) == 0)
                part = Money(random.bounded(1, 900), Currency::fromCode(u"USD"_s).value());
            (void) test::await(session().payments().refund(any(), part, u"requested_by_customer"_s));
            break;
        }
        case 9:
            if (random.bounded(2u) == 0) {
                (void) orders().expireReservations();
            } else {
                ModifyOrderRequest request;
                request.discounts
                        = QList<DiscountRequest>{DiscountRequest{u"amount"_s, u"1.10"_s, {}, {}, u"goodwill"_s}};
                request.shipping = ShippingRequest{u"Express"_s, u"9.90"_s};
                request.note = u"goodwill"_s;
                (void) test::await(session().payments().modify(any(), request));
            }
            // Prices include tax for orders placed from here on (placed orders keep theirs).
            if (step > steps / 2) {
                ASSERT_TRUE(taxes.setPricesIncludeTax(true));
            }
            break;
        case 10: {
            // A return of one unit of each shipped line, with one reason for all or a reason each.
            const QStringList shipped = rows(session().database(),
                    u"SELECT DISTINCT order_number FROM shipment_lines ORDER BY order_number"_s, {});
            if (shipped.isEmpty())
                break;
            const QString order = shipped.at(random.bounded(shipped.size()));
            const QStringList lineSkus = rows(session().database(),
                    u"SELECT DISTINCT sku FROM shipment_lines WHERE order_number = ? ORDER BY sku"_s, {order});
            const QList<ReturnReason> reasons{
                    ReturnReason::Damaged, ReturnReason::WrongItem, ReturnReason::NoLongerNeeded};
            const bool oneReason = random.bounded(2u) == 0;
            const ReturnReason shared = reasons.at(random.bounded(reasons.size()));
            QList<ReturnRequestLine> returned;
            for (const QString &sku : lineSkus)
                returned.append({sku, 1, oneReason ? shared : reasons.at(random.bounded(reasons.size())), {}});
            (void) orders().returns().open(order, returned, {});
            break;
        }
        case 11: {
            const QStringList open
                    = rows(session().database(), u"SELECT id FROM returns WHERE state = 'requested' ORDER BY id"_s, {});
            if (!open.isEmpty())
                (void) orders().returns().reject(open.at(random.bounded(open.size())).toLongLong(), u"worn"_s);
            break;
        }
        }
        auto differences = DailyAggregates::differences(session().database());
        ASSERT_TRUE(differences) << describe(differences.error());
        ASSERT_TRUE(differences->isEmpty()) << "after step " << step << ":\n" << differences->join(u'\n').toStdString();
    }
    // The operations really covered the ground the aggregates summarise.
    Database &database = session().database();
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM orders WHERE status = 'cancelled'"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM orders WHERE refunded_minor > 0"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM orders WHERE status IN ('shipped', 'delivered')"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM placement_log WHERE outcome = 'declined'"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM placement_log WHERE outcome = 'out_of_stock'"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM order_events WHERE event = 'OrderModified'"_s), 0);
    EXPECT_GT(scalar(database,
                      u"SELECT COUNT(*) FROM orders WHERE tax_minor > 0 AND refunded_minor > 0 "
                      "AND paid_minor > refunded_minor"_s),
            0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM orders WHERE discount_minor > 0 AND status <> 'cancelled'"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM orders WHERE prices_include_tax = 1"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM returns WHERE state = 'rejected'"_s), 0);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM returns WHERE state = 'requested'"_s), 0);
    EXPECT_GT(scalar(database,
                      u"SELECT COUNT(*) FROM (SELECT return_id FROM return_lines GROUP BY return_id, reason "
                      "HAVING COUNT(*) > 1) twice"_s),
            0);

    // And a rebuild from scratch gives the same figures as the triggers kept.
    const DashboardSnapshot before = snapshot(db.clock().now().date().addDays(-29), db.clock().now().date());
    ASSERT_TRUE(DailyAggregates::rebuild(database));
    expectAggregatesMatchRecomputation();
    const DashboardSnapshot after = snapshot(db.clock().now().date().addDays(-29), db.clock().now().date());
    EXPECT_EQ(before.current.ordersPlaced, after.current.ordersPlaced);
    EXPECT_EQ(before.current.revenue, after.current.revenue);
    EXPECT_EQ(before.current.placementP95Ms, after.current.placementP95Ms);
}

} // namespace

namespace {

TEST_F(DashboardTest, DemoDataFillsThePlacementLogAndAggregatesConsistently)
{
    DemoDataOptions options;
    options.orders = 3000;
    options.products = 40;
    options.customers = 200;
    options.seed = 5;
    options.now = db.clock().now();
    ASSERT_TRUE(DemoDataGenerator::generate(session().database(), options));
    expectAggregatesMatchRecomputation();

    Database &database = session().database();
    // Every order was placed once; a few more attempts were refused; some cards were declined.
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM placement_log WHERE order_number IS NOT NULL"_s), 3000);
    EXPECT_GT(scalar(database, u"SELECT COUNT(*) FROM placement_log WHERE outcome = 'out_of_stock'"_s), 0);
    const qint64 declined = scalar(database, u"SELECT COUNT(*) FROM placement_log WHERE outcome = 'declined'"_s);
    EXPECT_GT(declined, 0);
    EXPECT_EQ(declined, scalar(database, u"SELECT COUNT(*) FROM orders WHERE cancel_reason = 'declined'"_s));
    EXPECT_EQ(declined, scalar(database, u"SELECT COUNT(*) FROM payment_attempts WHERE status = 'failed'"_s));
    EXPECT_TRUE(conservationViolations(database).isEmpty());

    const QDate today = db.clock().now().date();
    const DashboardSnapshot month = snapshot(today.addDays(-29), today);
    EXPECT_GT(month.current.ordersPlaced, 400);
    EXPECT_GT(month.current.placementAttempts, month.current.ordersPlaced);
    ASSERT_TRUE(month.current.successRate.has_value());
    EXPECT_GT(*month.current.successRate, 0.5);
    EXPECT_LT(*month.current.successRate, 1.0);
    ASSERT_TRUE(month.current.placementMedianMs.has_value());
    EXPECT_GT(*month.current.placementMedianMs, 50);
    EXPECT_LT(*month.current.placementMedianMs, 2000);
    EXPECT_GE(*month.current.placementP95Ms, *month.current.placementMedianMs);
    EXPECT_GT(month.current.paymentFailures, 0);
    EXPECT_FALSE(month.current.topDeclineReasons.isEmpty());
    EXPECT_GT(month.current.revenue.minorUnits(), 0);
    EXPECT_FALSE(month.topProducts.isEmpty());
    EXPECT_GT(month.previous.ordersPlaced, 400);
}

} // namespace
