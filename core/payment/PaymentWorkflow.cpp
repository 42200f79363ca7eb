#include "payment/PaymentWorkflow.h"

#include "common/Logging.h"
#include "orders/OrderService.h"
#include "payment/PaymentGateway.h"
#include "payment/PaymentRepository.h"

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Test hook: ends the process after the provider answered and before the answer is recorded, which
// is the crash window reconciliation must close. Never set outside tests.
void crashHookAfterProvider()
{
    if (qEnvironmentVariableIsSet("SHIPSHAPE_TEST_CRASH_AFTER_PROVIDER"))
        std::_Exit(86);
}

QString stripeRefundReason(const QString &reason)
{
    // Stripe accepts only its own reason codes; other text stays in Shipshape's records.
    for (const QString &known : {u"duplicate"_s, u"fraudulent"_s, u"requested_by_customer"_s}) {
        if (reason == known)
            return reason;
    }
    return {};
}

} // namespace

PaymentWorkflow::PaymentWorkflow(Database &database, OrderService &orders, PaymentGateway *gateway, const Clock &clock)
    : m_database(database), m_orders(orders), m_gateway(gateway), m_clock(clock)
{}

Status PaymentWorkflow::requireGateway() const
{
    if (m_gateway)
        return {};
    return fail(Error::unavailable(tr("Card payments are not configured: store the Stripe secret key with "
                                      "\"shipshape-cli secrets set stripe\" (or set SHIPSHAPE_STRIPE_SECRET_KEY).")));
}

Result<Order> PaymentWorkflow::placeOrder(const PlaceOrderRequest &request)
{
    if (request.paymentMethod != PaymentMethodType::Card)
        return m_orders.place(request);
    if (auto valid = OrderService::validateCardToken(request.paymentToken); !valid)
        return fail(valid.error());
    if (auto ready = requireGateway(); !ready)
        return fail(ready.error());
    const qint64 startedMs = m_orders.monotonicClock().elapsedMs();
    auto order = m_orders.place(request);
    if (!order)
        return order;
    const PaymentAttempt *lastCharge = nullptr;
    for (const PaymentAttempt &attempt : order->paymentAttempts) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.status == PaymentAttemptStatus::Started)
            return runCharge(attempt, *order, startedMs); // new, or an idempotent replay whose charge never ran
        if (attempt.kind == PaymentAttemptKind::Charge)
            lastCharge = &attempt;
    }
    if (request.idempotencyKey.isEmpty() || !lastCharge)
        return fail(Error::internal(tr("Order %1 has no charge to run.").arg(order->number)));
    // A replayed placement: report how the first one ended, without charging again.
    if (lastCharge->status == PaymentAttemptStatus::Failed) {
        return fail(Error{ErrorCode::PaymentFailed,
                order->status == OrderStatus::Cancelled ? tr("%1 Order #%2 was cancelled and its stock released.")
                                                                  .arg(lastCharge->message)
                                                                  .arg(order->number)
                                                        : lastCharge->message,
                u"paymentMethod"_s, lastCharge->paymentMethod});
    }
    return order;
}

Result<Order> PaymentWorkflow::runCharge(
        const PaymentAttempt &attempt, const Order &order, std::optional<qint64> placementStartedMs)
{
    ChargeRequest request;
    request.amount = attempt.amount;
    request.paymentMethod = attempt.paymentMethod;
    request.description = tr("Order #%1").arg(order.number);
    request.orderId = order.id;
    request.orderNumber = order.number;
    request.idempotencyKey = attempt.idempotencyKey;
    const GatewayResult result = m_gateway->charge(request);
    crashHookAfterProvider();
    std::optional<qint64> placementDurationMs;
    if (placementStartedMs)
        placementDurationMs = m_orders.monotonicClock().elapsedMs() - *placementStartedMs;
    auto recorded = m_orders.recordChargeOutcome(attempt.id, result, placementDurationMs);
    if (!recorded)
        return recorded;
    // Money taken for an order that was cancelled while the charge was in flight goes straight back.
    if (result.outcome == GatewayOutcome::Succeeded && recorded->status == OrderStatus::Cancelled) {
        auto refunded = refund(QString::number(order.number), std::nullopt, u"order cancelled during payment"_s);
        if (!refunded)
            qCWarning(lcPayments) << "Refund after late charge failed:" << refunded.error().message;
        return refunded;
    }
    switch (result.outcome) {
    case GatewayOutcome::Succeeded:
    case GatewayOutcome::Processing:
        return recorded;
    case GatewayOutcome::Declined:
    case GatewayOutcome::Rejected:
        return fail(Error{ErrorCode::PaymentFailed,
                recorded->status == OrderStatus::Cancelled
                        ? tr("%1 Order #%2 was cancelled and its stock released.").arg(result.message).arg(order.number)
                        : result.message,
                u"paymentMethod"_s, attempt.paymentMethod});
    case GatewayOutcome::Unknown:
        return fail(Error::unavailable(tr("%1 Order #%2 stays pending until the payment is reconciled.")
                                               .arg(result.message)
                                               .arg(order.number)));
    }
    return recorded;
}

Result<Order> PaymentWorkflow::runRefunds(const QList<PaymentAttempt> &attempts, const QString &orderReference)
{
    std::optional<Error> firstError;
    for (const PaymentAttempt &attempt : attempts) {
        RefundRequest request;
        request.paymentIntent = attempt.paymentIntent;
        request.amount = attempt.amount;
        request.reason = stripeRefundReason(attempt.reason);
        request.orderNumber = attempt.orderNumber;
        request.idempotencyKey = attempt.idempotencyKey;
        const GatewayResult result = m_gateway->refund(request);
        crashHookAfterProvider();
        auto recorded = m_orders.recordRefundOutcome(attempt.id, result);
        if (!recorded)
            return recorded;
        if (!firstError && (result.outcome == GatewayOutcome::Declined || result.outcome == GatewayOutcome::Rejected))
            firstError = Error{ErrorCode::PaymentFailed, tr("The refund failed: %1").arg(result.message), u"amount"_s,
                    attempt.amount.toDecimalString()};
        else if (!firstError && result.outcome == GatewayOutcome::Unknown)
            firstError = Error::unavailable(
                    tr("The refund's outcome is unknown (%1); it will be reconciled.").arg(result.message));
    }
    if (firstError)
        return fail(*firstError);
    return m_orders.find(orderReference);
}

Result<Order> PaymentWorkflow::refund(const QString &orderReference, std::optional<Money> amount, const QString &reason)
{
    if (auto ready = requireGateway(); !ready)
        return fail(ready.error());
    auto attempts = m_orders.startRefund(orderReference, amount, reason);
    if (!attempts)
        return fail(attempts.error());
    return runRefunds(*attempts, orderReference);
}

Result<Order> PaymentWorkflow::cancel(
        const QString &orderReference, CancelReason reason, const QString &note, bool refund)
{
    auto cancelled = m_orders.cancel(orderReference, reason, note);
    if (!cancelled || !refund || cancelled->paymentMethod != PaymentMethodType::Card)
        return cancelled;
    if (cancelled->paid.minorUnits() - cancelled->refunded.minorUnits() <= 0)
        return cancelled;
    if (auto ready = requireGateway(); !ready) {
        return fail(Error::unavailable(tr("Order %1 is cancelled, but its refund could not be sent: %2")
                                               .arg(cancelled->number)
                                               .arg(ready.error().message)));
    }
    auto attempts = m_orders.startRefund(
            QString::number(cancelled->number), std::nullopt, CancelReasons::displayName(reason));
    if (!attempts)
        return fail(attempts.error());
    return runRefunds(*attempts, QString::number(cancelled->number));
}

Result<Order> PaymentWorkflow::modify(const QString &orderReference, const ModifyOrderRequest &request)
{
    auto current = m_orders.find(orderReference);
    if (!current)
        return current;
    for (const PaymentAttempt &attempt : current->paymentAttempts) {
        if (attempt.isOpen()) {
            return fail(Error::conflict(
                    tr("Order %1 has a payment in progress; wait until it is settled.").arg(current->number)));
        }
    }
    auto modified = m_orders.modify(orderReference, request);
    if (!modified)
        return modified;
    return settleBalance(*modified);
}

Result<Order> PaymentWorkflow::settleBalance(const Order &order)
{
    const bool cardPaid = order.paymentMethod == PaymentMethodType::Card && order.paid.minorUnits() > 0;
    if (!cardPaid || order.balanceDue().isZero())
        return order;
    if (auto ready = requireGateway(); !ready) {
        return fail(Error::unavailable(tr("Order %1 was modified, but its balance of %2 could not be settled: %3")
                                               .arg(order.number)
                                               .arg(order.balanceDue().toDecimalString(), ready.error().message)));
    }
    const QString reference = QString::number(order.number);
    if (order.balanceDue().isNegative()) {
        const Money over(-order.balanceDue().minorUnits(), order.total.currency());
        auto attempts = m_orders.startRefund(reference, over, tr("Order modified"));
        if (!attempts)
            return fail(attempts.error());
        return runRefunds(*attempts, reference);
    }
    auto attempt = m_orders.startBalanceCharge(reference);
    if (!attempt)
        return fail(attempt.error());
    if (!attempt->has_value())
        return order;
    return runCharge(**attempt, order);
}

Result<int> PaymentWorkflow::reconcile(qint64 graceMilliseconds)
{
    if (!m_gateway)
        return 0; // nothing can be asked; manual methods have no attempts
    PaymentRepository payments(m_database);
    auto open = payments.openAttempts(m_clock.now().addMSecs(-graceMilliseconds), 500);
    if (!open)
        return fail(open.error());
    int resolved = 0;
    for (const PaymentAttempt &attempt : std::as_const(*open)) {
        auto order = m_orders.find(QString::number(attempt.orderNumber));
        if (!order)
            return fail(order.error());
        GatewayResult result;
        if (attempt.kind == PaymentAttemptKind::Charge) {
            if (!attempt.providerId.isEmpty()) {
                result = m_gateway->retrieveCharge(attempt.providerId);
            } else {
                // The answer was lost: the same request with the same key makes Stripe replay its
                // first answer instead of charging again.
                ChargeRequest request;
                request.amount = attempt.amount;
                request.paymentMethod = attempt.paymentMethod;
                request.description = tr("Order #%1").arg(order->number);
                request.orderId = order->id;
                request.orderNumber = order->number;
                request.idempotencyKey = attempt.idempotencyKey;
                result = m_gateway->charge(request);
            }
            auto recorded = m_orders.recordChargeOutcome(attempt.id, result);
            if (!recorded)
                return fail(recorded.error());
            if (result.outcome == GatewayOutcome::Succeeded && recorded->status == OrderStatus::Cancelled)
                (void) refund(QString::number(order->number), std::nullopt, u"order cancelled during payment"_s);
        } else {
            RefundRequest request;
            request.paymentIntent = attempt.paymentIntent;
            request.amount = attempt.amount;
            request.reason = stripeRefundReason(attempt.reason);
            request.orderNumber = attempt.orderNumber;
            request.idempotencyKey = attempt.idempotencyKey;
            result = m_gateway->refund(request);
            if (auto recorded = m_orders.recordRefundOutcome(attempt.id, result); !recorded)
                return fail(recorded.error());
        }
        if (result.outcome != GatewayOutcome::Unknown && result.outcome != GatewayOutcome::Processing)
            ++resolved;
    }
    if (resolved > 0)
        qCInfo(lcPayments) << "Reconciled" << resolved << "payment attempt(s)";
    return resolved;
}

} // namespace shipshape
