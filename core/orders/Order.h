#pragma once

#include "common/Money.h"
#include "customers/Customer.h"
#include "orders/Address.h"
#include "orders/CancelReason.h"
#include "orders/LineItem.h"
#include "orders/OrderStatus.h"
#include "orders/TimelineEntry.h"
#include "payment/PaymentAttempt.h"
#include "payment/PaymentLink.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentRecord.h"

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
    Money total;
    Money paid;
    Money refunded;
    // Paid money the shop keeps as the customer's credit instead of refunding it (docs/payments.md):
    // refunded + credit never exceed paid.
    Money credit;
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

    // Sum of the lines; refuses an empty order, non-positive quantities and mixed currencies.
    static Result<Money> totalOf(const QList<LineItem> &lines);
    // Everything the aggregate promises, checked on a loaded order (used by tests and after loads).
    [[nodiscard]] Status checkInvariants() const;
    // What the order should end up having been paid: its total, or nothing once it is cancelled.
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
