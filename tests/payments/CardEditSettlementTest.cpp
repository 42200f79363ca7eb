// Edits of card-paid orders settle the difference through Stripe (docs/pricing.md, "Settling"): a
// balance due is charged to the same card with its own idempotency key, a refund owed goes back through the
// refund path, and a lost answer is reconciled by the worker without charging twice. The randomized test
// applies 2,000 edits of every kind (SHIPSHAPE_RANDOM_EDITS=N for more) and checks after each that
// totals, stock and payments balance.

#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"

#include "payment/StripeGateway.h"
#include "pricing/TaxService.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using test::FakeStripe;

class CardEditSettlementTest : public ::testing::Test {
protected:
    CardEditSettlementTest() : stripe(server)
    {
        StripeSettings settings;
        settings.apiBase = server.baseUrl();
        settings.secretKey = QString::fromLatin1(FakeStripe::kSecretKey);
        settings.timeout = std::chrono::milliseconds(300);
        settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
        db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 100'000);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 100'000);
        test::addProduct(db.session(), u"CAP-1"_s, u"7.99"_s, 100'000);
        TaxService taxes(db.session().database(), db.session().clock());
        EXPECT_TRUE(taxes.setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"8.875"_s));
    }

    PlaceOrderRequest cardOrder(const QList<test::Line> &lines)
    {
        PlaceOrderRequest request = test::placeRequest(lines);
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = u"pm_card_visa"_s;
        return request;
    }

    PaymentWorkflow &payments() { return db.session().payments(); }
    OrderService &orders() { return db.session().orders(); }

    // What the card holds is what the order costs: nothing due, nothing owed.
    static bool settled(const Order &order)
    {
        return order.paid.minorUnits() - order.refunded.minorUnits() == order.total.minorUnits();
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    FakeStripe stripe;
};

TEST_F(CardEditSettlementTest, ABalanceChargeWhoseAnswerIsLostIsReconciledWithoutASecondCharge)
{
    auto placed = test::await(payments().placeOrder(cardOrder({{u"MUG-1"_s, 1}})));
    ASSERT_TRUE(placed) << describe(placed.error());
    ASSERT_EQ(placed->total.minorUnits(), 1361); // 12.50 + 1.11 tax (8.875 % of 12.50 = 1.109375)

    // Two more mugs: 37.50 + 3.33 tax = 40.83, so 27.22 is due. Every try of the charge is processed at
    // Stripe and its answer lost.
    stripe.injectFaults({FakeStripe::Fault::HangAfterProcessing, FakeStripe::Fault::HangAfterProcessing,
            FakeStripe::Fault::HangAfterProcessing});
    ModifyOrderRequest edit;
    edit.quantities.insert(u"MUG-1"_s, 3);
    auto edited = test::await(payments().modify(u"1001"_s, edit));
    ASSERT_FALSE(edited);
    EXPECT_EQ(edited.error().code, ErrorCode::Unavailable) << describe(edited.error());

    // The edit stays applied and the balance is shown as due until the answer is known.
    auto waiting = orders().find(u"1001"_s);
    ASSERT_TRUE(waiting);
    EXPECT_EQ(waiting->total.minorUnits(), 4083);
    EXPECT_EQ(waiting->balanceDue().minorUnits(), 2722);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 3);
    EXPECT_EQ(stripe.intentsCreated(), 2);

    // Editing again before the answer is known would risk a second charge of the same balance.
    ModifyOrderRequest another;
    another.shipping = ShippingRequest{u"Express"_s, u"5.00"_s};
    auto refused = test::await(payments().modify(u"1001"_s, another));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict) << describe(refused.error());
    EXPECT_EQ(orders().find(u"1001"_s)->shipping.minorUnits(), 0) << "the refused edit wrote nothing";

    auto reconciled = test::await(payments().reconcile(0));
    ASSERT_TRUE(reconciled) << describe(reconciled.error());
    EXPECT_GE(*reconciled, 1);
    auto after = orders().find(u"1001"_s);
    ASSERT_TRUE(after);
    EXPECT_TRUE(settled(*after)) << "paid " << after->paid.minorUnits() << " total " << after->total.minorUnits();
    EXPECT_EQ(stripe.intentsCreated(), 2) << "the balance was charged once, with its own key";
    EXPECT_EQ(stripe.capturedAmount(), 4083);
    // The second charge carried its own idempotency key, not the placement's.
    QSet<QByteArray> keys;
    for (const auto &request : server.requests()) {
        if (request.path == "/v1/payment_intents" && request.method == "POST")
            keys.insert(request.header("Idempotency-Key"));
    }
    EXPECT_EQ(keys.size(), 2);
    EXPECT_EQ(*test::await(payments().reconcile(0)), 0);
    EXPECT_TRUE(test::conservationViolations(db.session().database()).isEmpty());
}

// Random edits of card orders (lines added, removed and requantified, prices set by hand,
// discounts, shipping, the address): after each, the order's totals follow core's pricing, the card holds
// exactly what the order costs, and every stock and money invariant of conservation.sql holds.
TEST_F(CardEditSettlementTest, RandomEditsSettleEveryDifferenceOnce)
{
    const int edits = qEnvironmentVariableIntValue("SHIPSHAPE_RANDOM_EDITS") > 0
            ? qEnvironmentVariableIntValue("SHIPSHAPE_RANDOM_EDITS")
            : 2000;
    QRandomGenerator random(20261206);
    QStringList references;
    for (int i = 0; i < 5; ++i) {
        auto placed = test::await(payments().placeOrder(cardOrder({{u"MUG-1"_s, 1 + i}})));
        ASSERT_TRUE(placed) << describe(placed.error());
        references.append(QString::number(placed->number));
    }
    const QStringList skus{u"MUG-1"_s, u"TEE-1"_s, u"CAP-1"_s};
    int applied = 0;
    int charged = 0;
    int refunded = 0;
    for (int round = 0; round < edits; ++round) {
        const QString reference = references.at(random.bounded(references.size()));
        auto current = orders().find(reference);
        ASSERT_TRUE(current);
        ModifyOrderRequest edit;
        const QString sku = skus.at(random.bounded(skus.size()));
        switch (random.bounded(7)) {
        case 0:
            edit.add = {OrderItemRequest{sku, random.bounded(1, 4), std::nullopt}};
            break;
        case 1:
            edit.remove = {sku};
            break;
        case 2:
            edit.quantities.insert(sku, random.bounded(0, 5));
            break;
        case 3:
            edit.prices.insert(sku, u"%1.%2"_s.arg(random.bounded(0, 30)).arg(random.bounded(10, 100)));
            edit.note = u"price match"_s;
            break;
        case 4:
            edit.discounts = QList<DiscountRequest>{random.bounded(2) == 0
                            ? DiscountRequest{u"percent"_s, QString::number(random.bounded(0, 60)), {}, u"R"_s, {}}
                            : DiscountRequest{u"amount"_s, u"%1.00"_s.arg(random.bounded(0, 10)), sku, {}, u"dent"_s}};
            break;
        case 5:
            edit.shipping = ShippingRequest{u"Parcel"_s, u"%1.95"_s.arg(random.bounded(0, 12))};
            break;
        default: {
            Address address = current->shippingAddress;
            address.street = u"%1 Harbour Road"_s.arg(random.bounded(1, 999));
            edit.shippingAddress = address;
        }
        }
        const qint64 capturedBefore = stripe.capturedAmount();
        const qint64 refundedBefore = stripe.refundedAmount();
        auto edited = test::await(payments().modify(reference, edit));
        if (edited) {
            ++applied;
            charged += stripe.capturedAmount() > capturedBefore ? 1 : 0;
            refunded += stripe.refundedAmount() > refundedBefore ? 1 : 0;
            ASSERT_TRUE(edited->checkInvariants()) << round;
            ASSERT_TRUE(settled(*edited)) << "round " << round << ": paid " << edited->paid.minorUnits() << " refunded "
                                          << edited->refunded.minorUnits() << " total " << edited->total.minorUnits();
            // Stripe holds exactly what the orders say they hold.
            ASSERT_EQ(stripe.capturedAmount() - stripe.refundedAmount(),
                    test::scalar(db.session().database(), u"SELECT SUM(paid_minor - refunded_minor) FROM orders"_s))
                    << round;
        } else {
            // Refusals are bad input (a SKU not on the order, no lines left, a discount over its line,
            // no change at all) and write nothing.
            ASSERT_EQ(edited.error().code, ErrorCode::InvalidInput) << round << ' ' << describe(edited.error());
            auto unchanged = orders().find(reference);
            ASSERT_TRUE(unchanged);
            ASSERT_EQ(unchanged->total, current->total) << round;
            ASSERT_EQ(unchanged->lines.size(), current->lines.size()) << round;
        }
        // Stock: the order's lines are exactly what its ledger rows hold reserved.
        auto now = orders().find(reference);
        ASSERT_TRUE(now);
        for (const QString &held : skus) {
            qint64 onOrder = 0;
            for (const LineItem &line : now->lines)
                onOrder += line.sku == held ? line.quantity : 0;
            ASSERT_EQ(test::scalar(db.session().database(),
                              u"SELECT COALESCE(SUM(reserved_delta), 0) FROM stock_movements WHERE order_number = ? "
                              "AND sku = ?"_s,
                              {now->number, held}),
                    onOrder)
                    << "round " << round << ' ' << held.toStdString();
        }
        // Every invariant of conservation.sql (the whole database, so every 25 edits).
        if (round % 25 == 24 || round == edits - 1) {
            const QStringList violations = test::conservationViolations(db.session().database());
            ASSERT_TRUE(violations.isEmpty()) << "after edit " << round << ":\n"
                                              << violations.join(u'\n').toStdString();
        }
    }
    // The walk covered the ground: most edits applied, and both directions of settlement happened often.
    EXPECT_GT(applied, edits / 2);
    EXPECT_GT(charged, edits / 10);
    EXPECT_GT(refunded, edits / 10);
    std::cout << "[          ] " << applied << " of " << edits << " edits applied, " << charged << " charged, "
              << refunded << " refunded\n";
}

} // namespace
} // namespace shipshape
