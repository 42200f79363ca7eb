// What an order allows is decided in one place: OrderPolicy. These are its rules, written as the cases a
// support agent and a warehouse worker meet.

#include "Printers.h"

#include "orders/OrderPolicy.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

Currency usd()
{
    return *Currency::fromCode(u"USD"_s);
}

Order order(OrderStatus status, PaymentMethodType method, qint64 total, qint64 paid = 0)
{
    Order result;
    result.number = 1042;
    result.status = status;
    result.paymentMethod = method;
    result.total = Money(total, usd());
    result.paid = Money(paid, usd());
    result.refunded = Money::zero(usd());
    result.credit = Money::zero(usd());
    if (status == OrderStatus::Cancelled)
        result.cancelReason = CancelReason::Customer;
    return result;
}

PaymentAttempt attempt(PaymentAttemptKind kind, qint64 amount, PaymentAttemptStatus status)
{
    PaymentAttempt result;
    result.kind = kind;
    result.amount = Money(amount, usd());
    result.status = status;
    return result;
}

Permissions warehouse()
{
    Permissions may;
    may.editStock = true;
    may.shipAndDeliver = true;
    return may;
}

Permissions support()
{
    Permissions may;
    may.placeOrders = may.cancelOrders = may.markPaidAndRefund = may.addNotes = true;
    return may;
}

TEST(OrderPolicyTest, TheStatusDecidesTheLifecycleActions)
{
    const Permissions all = Permissions::everything(u"ada"_s);
    const Order pending = order(OrderStatus::Pending, PaymentMethodType::Invoice, 2500);
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::MarkPaid, pending, all));
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::Cancel, pending, all));
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::Modify, pending, all));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::Ship, pending, all));

    const Order shipped = order(OrderStatus::Shipped, PaymentMethodType::Invoice, 2500, 2500);
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::Deliver, shipped, all));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::Cancel, shipped, all));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::Modify, shipped, all));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::MarkPaid, shipped, all));
    const auto why = OrderPolicy::whyNot(OrderAction::Cancel, shipped, all);
    ASSERT_TRUE(why);
    EXPECT_TRUE(why->contains(u"1042"_s)) << why->toStdString();
}

TEST(OrderPolicyTest, TheLoginDecidesWhoMayDoIt)
{
    const Order confirmed = order(OrderStatus::Confirmed, PaymentMethodType::Invoice, 2500, 2500);
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::Ship, confirmed, warehouse()));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::Ship, confirmed, support()));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::Cancel, confirmed, warehouse()));
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::Cancel, confirmed, support()));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::RecordRefund, confirmed, warehouse()));
}

// Cancel lines (docs/fulfillment.md): unshipped units of a pending or confirmed order, by whoever may cancel.
TEST(OrderPolicyTest, UnshippedUnitsAreCancelledByLineByWhoeverMayCancel)
{
    const Permissions all = Permissions::everything(u"ada"_s);
    Order confirmed = order(OrderStatus::Confirmed, PaymentMethodType::Invoice, 2500, 2500);
    LineItem mug;
    mug.sku = u"MUG-1"_s;
    mug.quantity = 3;
    LineItem cap;
    cap.sku = u"CAP-1"_s;
    cap.quantity = 1;
    confirmed.lines = {mug, cap};
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::CancelLines, confirmed, all));
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::CancelLines, confirmed, support()));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::CancelLines, confirmed, warehouse()));
    EXPECT_EQ(OrderPolicy::whyNot(OrderAction::CancelLines, confirmed, warehouse()),
            OrderPolicy::notPermitted(OrderAction::Cancel));

    // Partly shipped: the whole order is no longer cancelled, its unshipped units still are.
    confirmed.lines[0].shippedQuantity = 2;
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::Cancel, confirmed, all));
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::CancelLines, confirmed, all));
    confirmed.lines[0].shippedQuantity = 3;
    confirmed.lines[1].shippedQuantity = 1;
    const auto nothingLeft = OrderPolicy::whyNot(OrderAction::CancelLines, confirmed, all);
    ASSERT_TRUE(nothingLeft);
    EXPECT_TRUE(nothingLeft->contains(u"no unshipped unit"_s)) << nothingLeft->toStdString();

    // A single unit is the whole order: cancel the order instead.
    Order single = order(OrderStatus::Pending, PaymentMethodType::Invoice, 1000);
    single.lines = {cap};
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::CancelLines, single, all));
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::Cancel, single, all));

    const Order shipped = order(OrderStatus::Shipped, PaymentMethodType::Invoice, 2500, 2500);
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::CancelLines, shipped, all));
    EXPECT_FALSE(OrderPolicy::isDecidedByListRow(OrderAction::CancelLines));
}

TEST(OrderPolicyTest, ManualPaymentsAreRefundedByHandAndCardPaymentsThroughTheProvider)
{
    const Permissions all = Permissions::everything(u"ada"_s);
    Order transfer = order(OrderStatus::Shipped, PaymentMethodType::BankTransfer, 2500, 2500);
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::RecordRefund, transfer, all));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::RefundCard, transfer, all));
    EXPECT_EQ(OrderPolicy::refundableByHand(transfer), Money(2500, usd()));
    transfer.refunded = Money(1000, usd());
    transfer.credit = Money(1500, usd());
    EXPECT_EQ(OrderPolicy::refundableByHand(transfer), Money(0, usd()));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::RecordRefund, transfer, all));

    Order card = order(OrderStatus::Confirmed, PaymentMethodType::Card, 2500, 2500);
    card.paymentAttempts = {attempt(PaymentAttemptKind::Charge, 2500, PaymentAttemptStatus::Succeeded)};
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::RefundCard, card, all));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::RecordRefund, card, all));
}

TEST(OrderPolicyTest, RefundsInFlightCountAgainstWhatACardRefundCanGiveBack)
{
    const Permissions all = Permissions::everything(u"ada"_s);
    Order card = order(OrderStatus::Confirmed, PaymentMethodType::Card, 2500, 2500);
    card.paymentAttempts = {attempt(PaymentAttemptKind::Charge, 2500, PaymentAttemptStatus::Succeeded),
            attempt(PaymentAttemptKind::Refund, 1000, PaymentAttemptStatus::Succeeded),
            attempt(PaymentAttemptKind::Refund, 700, PaymentAttemptStatus::Unknown),
            attempt(PaymentAttemptKind::Refund, 400, PaymentAttemptStatus::Failed)};
    EXPECT_EQ(OrderPolicy::refundableByCard(card), Money(800, usd()));
    card.paymentAttempts.append(attempt(PaymentAttemptKind::Refund, 800, PaymentAttemptStatus::Processing));
    EXPECT_EQ(OrderPolicy::refundableByCard(card), Money(0, usd()));
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::RefundCard, card, all));
}

TEST(OrderPolicyTest, APaymentLinkIsForAnUnpaidCardOrderWithoutOne)
{
    const Permissions all = Permissions::everything(u"ada"_s);
    Order card = order(OrderStatus::Pending, PaymentMethodType::Card, 2500);
    EXPECT_TRUE(OrderPolicy::allows(OrderAction::SendPaymentLink, card, all));
    card.paymentAttempts = {attempt(PaymentAttemptKind::Charge, 2500, PaymentAttemptStatus::Started)};
    EXPECT_FALSE(OrderPolicy::allows(OrderAction::SendPaymentLink, card, all)) << "a charge is in flight";
    EXPECT_FALSE(OrderPolicy::allows(
            OrderAction::SendPaymentLink, order(OrderStatus::Pending, PaymentMethodType::Invoice, 2500), all));
    EXPECT_FALSE(OrderPolicy::allows(
            OrderAction::SendPaymentLink, order(OrderStatus::Cancelled, PaymentMethodType::Card, 2500), all));
}

TEST(OrderPolicyTest, EveryActionIsDecided)
{
    // A new action must be added to allActions() and given its rules (whyNot's switch has no default).
    EXPECT_EQ(OrderPolicy::allActions().size(), 12);
    const Order nothing = order(OrderStatus::Pending, PaymentMethodType::Invoice, 2500);
    for (OrderAction action : OrderPolicy::allActions())
        EXPECT_TRUE(OrderPolicy::whyNot(action, nothing, Permissions{})) << "a login without rights may do nothing";
}

TEST(OrderPolicyTest, WhatALoginMayEverDoIsTheSameRuleTheOrderIsJudgedBy)
{
    const Order confirmed = order(OrderStatus::Confirmed, PaymentMethodType::Card, 2500, 2500);
    for (const Permissions &may : {warehouse(), support(), Permissions{}, Permissions::everything({})}) {
        for (OrderAction action : OrderPolicy::allActions()) {
            // A login the action is never permitted to is refused on every order, for that reason.
            if (!OrderPolicy::permits(action, may)) {
                const auto why = OrderPolicy::whyNot(action, confirmed, may);
                ASSERT_TRUE(why.has_value());
                EXPECT_TRUE(why->startsWith(u"Your login may not"_s)) << why->toStdString();
            }
        }
    }
    EXPECT_TRUE(OrderPolicy::permits(OrderAction::Ship, warehouse()));
    EXPECT_FALSE(OrderPolicy::permits(OrderAction::RefundCard, warehouse()));
    EXPECT_TRUE(OrderPolicy::permits(OrderAction::RecordRefund, support()));
    EXPECT_FALSE(OrderPolicy::permits(OrderAction::Deliver, support()));
}

TEST(OrderPolicyTest, AListRowDecidesTheLifecycleAsTheLoadedOrderDoes)
{
    const Permissions all = Permissions::everything(u"admin"_s);
    for (OrderStatus status : OrderLifecycle::allStatuses()) {
        for (PaymentMethodType method : {PaymentMethodType::Invoice, PaymentMethodType::Card}) {
            const Order loaded = order(status, method, 2500, status == OrderStatus::Pending ? 0 : 2500);
            OrderSummary row;
            row.number = loaded.number;
            row.status = loaded.status;
            row.paymentMethod = loaded.paymentMethod;
            row.total = loaded.total;
            row.paid = loaded.paid;
            row.refunded = loaded.refunded;
            row.credit = loaded.credit;
            for (OrderAction action : OrderPolicy::allActions()) {
                if (!OrderPolicy::isDecidedByListRow(action))
                    continue;
                EXPECT_EQ(OrderPolicy::whyNot(action, row, all), OrderPolicy::whyNot(action, loaded, all))
                        << OrderLifecycle::key(status).toStdString() << " action " << int(action);
                EXPECT_EQ(OrderPolicy::whyNot(action, row, warehouse()),
                        OrderPolicy::whyNot(action, loaded, warehouse()));
            }
        }
    }
    EXPECT_FALSE(OrderPolicy::isDecidedByListRow(OrderAction::RefundCard)) << "a row has no payment attempts";
    EXPECT_FALSE(OrderPolicy::isDecidedByListRow(OrderAction::SendPaymentLink)) << "a row has no payment links";
}

} // namespace
