#include "payment/PaymentWorkflow.h"

#include "common/Logging.h"
#include "orders/OrderService.h"
#include "payment/PaymentGateway.h"
#include "payment/PaymentLinkRepository.h"
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
    if (request.paymentLink) {
        // Checked before anything is written: an order placed for a link that cannot be sent would
        // only hold stock until it expires.
        if (auto ready = requireGateway(); !ready)
            return fail(ready.error());
        if (auto ready = m_gateway->checkoutReady(); !ready)
            return fail(ready.error());
        auto order = m_orders.place(request);
        if (!order)
            return order;
        // A replayed placement whose order is paid or over: nothing more to send.
        if (!order->livePaymentLink() && (order->status != OrderStatus::Pending || order->balanceDue().isZero()))
            return order;
        return sendPaymentLink(QString::number(order->number));
    }
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
    auto current = m_orders.find(orderReference);
    if (!current)
        return current;
    CancelSettlement settlement;
    settlement.money
            = refund && current->paymentMethod == PaymentMethodType::Card ? CancelMoney::Refund : CancelMoney::Later;
    return cancel(orderReference, reason, note, settlement);
}

Result<Order> PaymentWorkflow::cancel(
        const QString &orderReference, CancelReason reason, const QString &note, const CancelSettlement &settlement)
{
    if (settlement.money == CancelMoney::Refund) {
        // Card money goes back only through Stripe: without it, refuse before anything is written.
        auto current = m_orders.find(orderReference);
        if (!current)
            return current;
        if (current->paymentMethod == PaymentMethodType::Card
                && current->netPaid().minorUnits() - current->credit.minorUnits() > 0) {
            if (auto ready = requireGateway(); !ready)
                return fail(ready.error());
        }
    }
    auto cancelled = m_orders.cancel(orderReference, reason, note, settlement);
    if (!cancelled)
        return cancelled;
    Order order = *cancelled;
    if (order.livePaymentLink() && m_gateway) {
        auto retired = retireStaleLink(order);
        if (retired)
            order = *retired;
        else
            qCWarning(lcPayments) << "Could not expire the payment link of cancelled order" << order.number << ":"
                                  << retired.error().message << "(the worker retries)";
    }
    const Money owed = order.refundOwed();
    if (settlement.money != CancelMoney::Refund || order.paymentMethod != PaymentMethodType::Card
            || owed.minorUnits() <= 0)
        return order;
    if (auto ready = requireGateway(); !ready) {
        return fail(Error::unavailable(tr("Order %1 is cancelled, but its refund could not be sent: %2")
                                               .arg(order.number)
                                               .arg(ready.error().message)));
    }
    // Everything refundable; only money kept as credit (from an earlier change) stays.
    const std::optional<Money> amount = order.credit.isZero() ? std::nullopt : std::optional<Money>(owed);
    auto attempts = m_orders.startRefund(QString::number(order.number), amount, CancelReasons::displayName(reason));
    if (!attempts)
        return fail(attempts.error());
    return runRefunds(*attempts, QString::number(order.number));
}

Result<Order> PaymentWorkflow::sendPaymentLink(const QString &orderReference)
{
    if (auto ready = requireGateway(); !ready)
        return fail(ready.error());
    if (auto ready = m_gateway->checkoutReady(); !ready)
        return fail(ready.error());
    auto started = m_orders.startPaymentLink(orderReference);
    if (!started)
        return fail(started.error());
    auto followed = followLink(*started);
    if (!followed)
        return fail(followed.error());
    const PaymentLink &link = followed->link;
    switch (link.status) {
    case PaymentLinkStatus::Open:
    case PaymentLinkStatus::Paid:
        return followed->order;
    case PaymentLinkStatus::Creating:
        return fail(Error::unavailable(tr("Stripe did not answer (%1). The payment link for order #%2 is created "
                                          "and emailed as soon as Stripe answers; nothing is sent twice.")
                                               .arg(link.message)
                                               .arg(link.orderNumber)));
    case PaymentLinkStatus::Failed:
        return fail(Error{ErrorCode::PaymentFailed,
                tr("Stripe refused the payment link for order #%1: %2").arg(link.orderNumber).arg(link.message),
                u"paymentLink"_s, {}});
    case PaymentLinkStatus::Expired:
        return fail(Error::conflict(tr("The payment link for order #%1 expired before it could be sent: the order no "
                                       "longer waits for it.")
                                            .arg(link.orderNumber)));
    }
    return followed->order;
}

Result<PaymentLinkUpdate> PaymentWorkflow::followLink(PaymentLinkUpdate update)
{
    // Bounded: create or ask, then at most an expiry and a look at how the session ended.
    for (int step = 0; step < 3 && m_gateway; ++step) {
        const PaymentLink &link = update.link;
        CheckoutSessionResult answer;
        if (update.sendRequest && link.status == PaymentLinkStatus::Creating) {
            CheckoutSessionRequest request;
            request.amount = link.amount;
            // Not translated: a replay of this request after a lost answer must be byte for byte the
            // same, whichever process (and language) sends it.
            request.description = u"Order #%1"_s.arg(link.orderNumber);
            request.orderId = update.order.id;
            request.orderNumber = link.orderNumber;
            request.customerEmail = link.recipientEmail;
            request.expiresAt = link.expiresAt;
            request.idempotencyKey = link.idempotencyKey;
            answer = m_gateway->createCheckoutSession(request);
            crashHookAfterProvider();
        } else if (update.expireAtProvider && link.status == PaymentLinkStatus::Open) {
            answer = m_gateway->expireCheckoutSession(link.sessionId, link.idempotencyKey + u"-expire"_s);
            // Refused: the session is no longer open. How it ended (paid, perhaps) is what counts.
            if (answer.outcome == GatewayOutcome::Rejected || answer.outcome == GatewayOutcome::Declined)
                answer = m_gateway->retrieveCheckoutSession(link.sessionId);
        } else {
            break;
        }
        auto recorded = m_orders.recordPaymentLink(link.id, answer);
        if (!recorded)
            return fail(recorded.error());
        const bool refundNow = update.refundNow || recorded->refundNow;
        update = *recorded;
        update.refundNow = refundNow;
        if (answer.outcome == GatewayOutcome::Unknown)
            break; // asked again by the next worker round
    }
    if (update.refundNow && m_gateway) {
        auto refunded = refund(
                QString::number(update.order.number), update.order.refundOwed(), u"order cancelled during payment"_s);
        if (!refunded)
            qCWarning(lcPayments) << "Refund of a late payment-link payment failed:" << refunded.error().message;
        else
            update.order = *refunded;
        update.refundNow = false;
    }
    return update;
}

Result<Order> PaymentWorkflow::retireStaleLink(const Order &order)
{
    const auto live = order.livePaymentLink();
    if (!live || !m_gateway)
        return order;
    if (order.awaitsPaymentThrough(*live) || live->status != PaymentLinkStatus::Open)
        return order; // one still being created is settled by recordPaymentLink once Stripe answers
    PaymentLinkUpdate update;
    update.order = order;
    update.link = *live;
    update.expireAtProvider = true;
    auto followed = followLink(update);
    if (!followed)
        return fail(followed.error());
    return followed->order;
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
    // A payment link asks for the old balance: it ends here (staff send a new one for the new total).
    if (auto retired = retireStaleLink(*modified); retired)
        modified = *retired;
    else
        qCWarning(lcPayments) << "Could not expire the payment link of modified order" << modified->number << ":"
                              << retired.error().message << "(the worker retries)";
    return settleBalance(*modified);
}

Result<Order> PaymentWorkflow::settleBalance(const Order &order)
{
    const bool cardPaid = order.paymentMethod == PaymentMethodType::Card && order.paid.minorUnits() > 0;
    if (!cardPaid || (order.balanceDue().isZero() && order.refundOwed().isZero()))
        return order;
    const Money difference = order.refundOwed().isZero() ? order.balanceDue() : order.refundOwed();
    if (auto ready = requireGateway(); !ready) {
        return fail(Error::unavailable(tr("Order %1 was modified, but its balance of %2 could not be settled: %3")
                                               .arg(order.number)
                                               .arg(difference.toDecimalString(), ready.error().message)));
    }
    const QString reference = QString::number(order.number);
    if (order.refundOwed().minorUnits() > 0) {
        const Money over = order.refundOwed();
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
    auto links = PaymentLinkRepository(m_database).live(m_clock.now().addMSecs(-graceMilliseconds), 200);
    if (!links)
        return fail(links.error());
    for (const PaymentLink &link : std::as_const(*links)) {
        auto order = m_orders.find(QString::number(link.orderNumber));
        if (!order)
            return fail(order.error());
        PaymentLinkUpdate update;
        update.order = *order;
        update.link = link;
        if (link.status == PaymentLinkStatus::Creating) {
            update.sendRequest = true; // its answer was lost: the same request, the same key
        } else {
            auto recorded = m_orders.recordPaymentLink(link.id, m_gateway->retrieveCheckoutSession(link.sessionId));
            if (!recorded)
                return fail(recorded.error());
            update = *recorded;
        }
        auto followed = followLink(update);
        if (!followed)
            return fail(followed.error());
        if (followed->link.status != link.status)
            ++resolved;
    }
    if (resolved > 0)
        qCInfo(lcPayments) << "Reconciled" << resolved << "payment attempt(s) and link(s)";
    return resolved;
}

} // namespace shipshape
