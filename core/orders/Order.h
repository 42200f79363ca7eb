#pragma once

#include "common/Money.h"
#include "customers/Customer.h"
#include "orders/Address.h"
#include "orders/CancelReason.h"
#include "orders/FulfillmentState.h"
#include "orders/LineItem.h"
#include "orders/OrderReturn.h"
#include "orders/OrderStatus.h"
#include "orders/Shipment.h"
#include "orders/TimelineEntry.h"
#include "payment/PaymentAttempt.h"
#include "payment/PaymentLink.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentRecord.h"
#include "pricing/Discount.h"
#include "pricing/PriceCalculator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace shipshape {

// The order aggregate as stored: what was bought, by whom, where it goes, and where it stands.
struct Order {
    Q_DECLARE_TR_FUNCTIONS(Order)

public:
    QString id; // UUID
    qint64 number = 0; // short sequential number people read aloud
    Customer customer;
    OrderStatus status = OrderStatus::Pending;
    QList<LineItem> lines;
    Address shippingAddress;
    PaymentMethodType paymentMethod = PaymentMethodType::Invoice;
    // The order's money (docs/pricing.md): discounts as given (what each took off in `amount`), the
    // shipping fee, and whether the prices include tax — copied from the shop when the order was placed.
    QList<Discount> discounts;
    QString shippingMethod;
    Money shipping;
    bool pricesIncludeTax = false;
    Money total; // Σ line net + shipping + tax (tax only when prices exclude it); PriceCalculator's
    Money paid;
    Money refunded;
    // Paid money the shop keeps as the customer's credit instead of refunding it (docs/payments.md):
    // refunded + credit never exceed paid.
    Money credit;
    // What the order's refunded returns gave back of its total (docs/fulfillment.md, "Returns"): the customer
    // no longer owes it. Loaded with every order (returns.refund_minor).
    Money returnCredit;
    // The refunds of its returns alone (returnCredit without what exchanges gave or took): what
    // orders.return_credit_minor stores for the order list's payment state and the server checks.
    Money returnRefunds;
    // When the order is the replacement of an exchanged return (docs/fulfillment.md, "Exchanges"): that
    // return, and the part of the returned units' value that pays for this order (never more than its
    // total). Loaded with every order, like returnCredit.
    std::optional<qint64> replacesReturn;
    Money exchangeCredit;
    QString carrier;
    QString trackingNumber;
    std::optional<CancelReason> cancelReason;
    QDateTime placedAt;
    QDateTime updatedAt;
    std::optional<QDateTime> reservationExpiresAt;
    qint64 version = 0;
    QList<TimelineEntry> timeline;
    // Its tags, sorted (Tags::sort); loaded with the timeline.
    QStringList tags;
    // Loaded with the detail view (OrderService::find), not with lists.
    QList<PaymentRecord> payments;
    QList<RefundRecord> refunds;
    QList<PaymentAttempt> paymentAttempts;
    QList<PaymentLink> paymentLinks;
    // Its parcels, oldest first; loaded with the detail view and by the fulfillment changes.
    QList<Shipment> shipments;
    // Its returns, oldest first; loaded with the detail view.
    QList<OrderReturn> returns;

    // Prices the order with PriceCalculator: sets each line's total, discount and tax, each discount's
    // amount and the order's total. Refuses what PriceCalculator refuses, naming the field.
    Status reprice();
    // What a line really cost the customer: its net after discounts, plus its tax when prices exclude it.
    // A refund of the whole line gives back exactly this.
    [[nodiscard]] Money costOf(const LineItem &line) const
    {
        return Money(
                line.net().minorUnits() + (pricesIncludeTax ? 0 : line.tax.minorUnits()), line.lineTotal.currency());
    }
    // The totals of the order as it stands (subtotal, discount, shipping, tax, total), from its lines.
    [[nodiscard]] OrderTotals totals() const;
    // Tax per rate for the invoice: one entry per (name, rate), with the net it was charged on.
    struct TaxLine {
        QString name;
        Rate rate;
        Money base;
        Money tax;
    };
    [[nodiscard]] QList<TaxLine> taxByRate() const;
    // Everything the aggregate promises, checked on a loaded order (used by tests and after loads).
    [[nodiscard]] Status checkInvariants() const;
    // How far along shipping is, from the lines' shipped quantities and the parcels (needs `shipments`).
    [[nodiscard]] FulfillmentState fulfillmentState() const;
    // Units shipped over all lines, and units still to ship.
    [[nodiscard]] qint64 shippedUnits() const;
    [[nodiscard]] qint64 unshippedUnits() const;
    // What the order should end up having been paid: its total less what returns gave back and less the
    // exchange credit of a replacement, or nothing once it is cancelled.
    [[nodiscard]] Money amountOwedByCustomer() const;
    // paid − refunded: the customer's money the shop holds for this order.
    [[nodiscard]] Money netPaid() const;
    // What the customer still has to pay (never negative; nothing for a cancelled order).
    [[nodiscard]] Money balanceDue() const;
    // What the shop has to give back: money held beyond what is owed and not kept as credit (a
    // cancelled paid order until it is refunded or kept as credit; an order whose total fell below
    // what was paid). Never negative.
    [[nodiscard]] Money refundOwed() const;
    [[nodiscard]] bool isPaid() const { return balanceDue().isZero() && status != OrderStatus::Cancelled; }
    // The live payment link (being created or open), if any.
    [[nodiscard]] std::optional<PaymentLink> livePaymentLink() const;
    // Whether the customer should still pay through `link`: it asks for exactly what is due of an
    // order still waiting for money. Otherwise (cancelled, paid another way, total changed) it is expired.
    [[nodiscard]] bool awaitsPaymentThrough(const PaymentLink &link) const;
};

} // namespace shipshape
