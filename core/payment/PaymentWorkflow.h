#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "orders/CancelReason.h"
#include "orders/Order.h"
#include "orders/OrderRequests.h"
#include "payment/PaymentAttempt.h"

#include <QCoreApplication>

#include <optional>

namespace shipshape {

class Database;
class OrderService;
class PaymentGateway;

// The order use cases that involve the card provider: record the attempt, call the provider outside
// any transaction, record the answer. Manual payment methods pass straight through to OrderService.
// Calls block while the provider answers: use from a worker thread or the CLI.
class PaymentWorkflow {
    Q_DECLARE_TR_FUNCTIONS(PaymentWorkflow)

public:
    // `gateway` may be null: card operations then fail with a clear "not configured" error.
    PaymentWorkflow(Database &database, OrderService &orders, PaymentGateway *gateway, const Clock &clock);

    // Card: validate, reserve, charge, confirm. A declined card cancels the new order and frees its stock
    // and returns ErrorCode::PaymentFailed; an unknown outcome returns ErrorCode::Unavailable and leaves
    // the order pending for reconciliation.
    Result<Order> placeOrder(const PlaceOrderRequest &request);
    // Refunds a card-paid order in part (amount) or in full (no amount).
    Result<Order> refund(const QString &orderReference, std::optional<Money> amount, const QString &reason);
    // Cancels; a card-paid order is refunded in full unless `refund` is false.
    Result<Order> cancel(const QString &orderReference, CancelReason reason, const QString &note, bool refund = true);
    // Modifies; a card-paid order is refunded the difference when its total drops and charged the
    // difference with the same card when it rises.
    Result<Order> modify(const QString &orderReference, const ModifyOrderRequest &request);
    // Resolves attempts whose outcome is open: processing ones and ones a crash or timeout left unknown.
    // Started attempts younger than `grace` may still be in flight elsewhere and are left alone.
    Result<int> reconcile(qint64 graceMilliseconds = 60'000);

    [[nodiscard]] bool hasGateway() const { return m_gateway != nullptr; }

private:
    // placementStartedMs: the charge is part of placing the order (a reading of the monotonic clock).
    Result<Order> runCharge(
            const PaymentAttempt &attempt, const Order &order, std::optional<qint64> placementStartedMs = std::nullopt);
    Result<Order> runRefunds(const QList<PaymentAttempt> &attempts, const QString &orderReference);
    Result<Order> settleBalance(const Order &order);
    Status requireGateway() const;

    Database &m_database;
    OrderService &m_orders;
    PaymentGateway *m_gateway;
    const Clock &m_clock;
};

} // namespace shipshape
