#pragma once

#include "common/Money.h"
#include "customers/Customer.h"
#include "orders/Address.h"
#include "orders/CancelReason.h"
#include "orders/LineItem.h"
#include "orders/OrderStatus.h"
#include "orders/TimelineEntry.h"
#include "payment/PaymentAttempt.h"
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
    QString carrier;
    QString trackingNumber;
    std::optional<CancelReason> cancelReason;
    QDateTime placedAt;
    QDateTime updatedAt;
    std::optional<QDateTime> reservationExpiresAt;
    qint64 version = 0;
    QList<TimelineEntry> timeline;
    // Loaded with the detail view (OrderService::find), not with lists.
    QList<PaymentRecord> payments;
    QList<RefundRecord> refunds;
    QList<PaymentAttempt> paymentAttempts;

    // Sum of the lines; refuses an empty order, non-positive quantities and mixed currencies.
    static Result<Money> totalOf(const QList<LineItem> &lines);
    // Everything the aggregate promises, checked on a loaded order (used by tests and after loads).
    [[nodiscard]] Status checkInvariants() const;
    [[nodiscard]] Money balanceDue() const; // total − (paid − refunded)
    [[nodiscard]] bool isPaid() const { return !balanceDue().isNegative() && balanceDue().isZero(); }
};

} // namespace shipshape
