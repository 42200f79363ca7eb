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

// The provider's message ("Card declined") leads a longer message: it must end as a sentence so the next
// one does not run on ("Card declined Order #1051 was cancelled …").
QString asSentence(const QString &message)
{
    const QString trimmed = message.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?'))
        return trimmed;
    return trimmed + u'.';
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

template <typename T>
AsyncResult<T> now(Result<T> result)
{
    return readyFuture(std::move(result));
}

QFuture<Status> nowStatus(Status status)
{
    return readyFuture(std::move(status));
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

bool PaymentWorkflow::placesAtOnce(const PlaceOrderRequest &request)
{
    return request.paymentMethod != PaymentMethodType::Card;
}

AsyncResult<Order> PaymentWorkflow::placeOrder(const PlaceOrderRequest &request)
{
    if (placesAtOnce(request))
        return now(m_orders.place(request));
    if (request.paymentLink) {
        // Checked before anything is written: an order placed for a link that cannot be sent would
        // only hold stock until it expires.
        if (auto ready = requireGateway(); !ready)
            return now<Order>(fail(ready.error()));
        if (auto ready = m_gateway->checkoutReady(); !ready)
            return now<Order>(fail(ready.error()));
        auto order = m_orders.place(request);
        if (!order)
            return now(std::move(order));
        // A replayed placement whose order is paid or over: nothing more to send.
        if (!order->livePaymentLink() && (order->status != OrderStatus::Pending || order->balanceDue().isZero()))
            return now(std::move(order));
        return sendPaymentLink(QString::number(order->number));
    }
    if (auto valid = OrderService::validateCardToken(request.paymentToken); !valid)
        return now<Order>(fail(valid.error()));
    if (auto ready = requireGateway(); !ready)
        return now<Order>(fail(ready.error()));
    const qint64 startedMs = m_orders.monotonicClock().elapsedMs();
    auto order = m_orders.place(request);
    if (!order)
        return now(std::move(order));
    const PaymentAttempt *lastCharge = nullptr;
    for (const PaymentAttempt &attempt : order->paymentAttempts) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.status == PaymentAttemptStatus::Started)
            return runCharge(attempt, *order, startedMs); // new, or an idempotent replay whose charge never ran
        if (attempt.kind == PaymentAttemptKind::Charge)
            lastCharge = &attempt;
    }
    if (request.idempotencyKey.isEmpty() || !lastCharge)
        return now<Order>(fail(Error::internal(tr("Order %1 has no charge to run.").arg(order->number))));
    // A replayed placement: report how the first one ended, without charging again.
    if (lastCharge->status == PaymentAttemptStatus::Failed) {
        return now<Order>(fail(Error{ErrorCode::PaymentFailed,
                order->status == OrderStatus::Cancelled ? tr("%1 Order #%2 was cancelled and its stock released.")
                                                                  .arg(asSentence(lastCharge->message))
                                                                  .arg(order->number)
                                                        : lastCharge->message,
                u"paymentMethod"_s, lastCharge->paymentMethod}));
    }
    return now(std::move(order));
}

AsyncResult<Order> PaymentWorkflow::runCharge(
        const PaymentAttempt &attempt, const Order &order, std::optional<qint64> placementStartedMs)
{
    ChargeRequest request;
    request.amount = attempt.amount;
    request.paymentMethod = attempt.paymentMethod;
    request.description = tr("Order #%1").arg(order.number);
    request.orderId = order.id;
    request.orderNumber = order.number;
    request.idempotencyKey = attempt.idempotencyKey;
    // The attempt row is committed; the request goes out now, outside any transaction.
    return andThen(m_gateway->charge(request),
            [this, attempt, number = order.number, placementStartedMs](
                    const GatewayResult &result) -> AsyncResult<Order> {
                crashHookAfterProvider();
                std::optional<qint64> placementDurationMs;
                if (placementStartedMs)
                    placementDurationMs = m_orders.monotonicClock().elapsedMs() - *placementStartedMs;
                auto recorded = m_orders.recordChargeOutcome(attempt.id, result, placementDurationMs);
                if (!recorded)
                    return now(std::move(recorded));
                // Money taken for an order that was cancelled while the charge was in flight goes straight back.
                if (result.outcome == GatewayOutcome::Succeeded && recorded->status == OrderStatus::Cancelled) {
                    return andThen(refund(QString::number(number), std::nullopt, u"order cancelled during payment"_s),
                            [](Result<Order> refunded) {
                                if (!refunded)
                                    qCWarning(lcPayments)
                                            << "Refund after late charge failed:" << refunded.error().message;
                                return refunded;
                            });
                }
                switch (result.outcome) {
                case GatewayOutcome::Succeeded:
                case GatewayOutcome::Processing:
                    return now(std::move(recorded));
                case GatewayOutcome::Declined:
                case GatewayOutcome::Rejected:
                    return now<Order>(fail(Error{ErrorCode::PaymentFailed,
                            recorded->status == OrderStatus::Cancelled
                                    ? tr("%1 Order #%2 was cancelled and its stock released.")
                                              .arg(asSentence(result.message))
                                              .arg(number)
                                    : result.message,
                            u"paymentMethod"_s, attempt.paymentMethod}));
                case GatewayOutcome::Unknown:
                    return now<Order>(fail(Error::unavailable(tr("%1 Order #%2 stays pending until the payment is "
                                                                 "reconciled.")
                                                                      .arg(asSentence(result.message))
                                                                      .arg(number))));
                }
                return now(std::move(recorded));
            });
}

AsyncResult<Order> PaymentWorkflow::runRefunds(const QList<PaymentAttempt> &attempts, const QString &orderReference)
{
    auto firstError = std::make_shared<std::optional<Error>>();
    QFuture<Status> sent = forEachInTurn(attempts, [this, firstError](const PaymentAttempt &attempt) {
        RefundRequest request;
        request.paymentIntent = attempt.paymentIntent;
        request.amount = attempt.amount;
        request.reason = stripeRefundReason(attempt.reason);
        request.orderNumber = attempt.orderNumber;
        request.idempotencyKey = attempt.idempotencyKey;
        return andThen(m_gateway->refund(request), [this, attempt, firstError](const GatewayResult &result) -> Status {
            crashHookAfterProvider();
            auto recorded = m_orders.recordRefundOutcome(attempt.id, result);
            if (!recorded)
                return fail(recorded.error());
            if (!*firstError
                    && (result.outcome == GatewayOutcome::Declined || result.outcome == GatewayOutcome::Rejected))
                *firstError = Error{ErrorCode::PaymentFailed, tr("The refund failed: %1").arg(result.message),
                        u"amount"_s, attempt.amount.toDecimalString()};
            else if (!*firstError && result.outcome == GatewayOutcome::Unknown)
                *firstError = Error::unavailable(
                        tr("The refund's outcome is unknown (%1); it will be reconciled.").arg(result.message));
            return {};
        });
    });
    return andThen(sent, [this, firstError, orderReference](const Status &status) -> Result<Order> {
        if (!status)
            return fail(status.error());
        if (*firstError)
            return fail(**firstError);
        return m_orders.find(orderReference);
    });
}

AsyncResult<Order> PaymentWorkflow::refund(
        const QString &orderReference, std::optional<Money> amount, const QString &reason)
{
    if (auto ready = requireGateway(); !ready)
        return now<Order>(fail(ready.error()));
    auto attempts = m_orders.startRefund(orderReference, amount, reason);
    if (!attempts)
        return now<Order>(fail(attempts.error()));
    return runRefunds(*attempts, orderReference);
}

AsyncResult<Order> PaymentWorkflow::refundReturn(qint64 returnId, const ReturnRefundRequest &request)
{
    auto orderReturn = m_orders.returns().find(returnId);
    if (!orderReturn)
        return now<Order>(fail(orderReturn.error()));
    auto current = m_orders.find(QString::number(orderReturn->orderNumber));
    if (!current)
        return now(std::move(current));
    if (current->paymentMethod == PaymentMethodType::Card
            && current->netPaid().minorUnits() - current->credit.minorUnits() > 0) {
        if (auto ready = requireGateway(); !ready)
            return now<Order>(fail(ready.error()));
    }
    auto refunded = m_orders.returns().refund(returnId, request);
    if (!refunded)
        return now<Order>(fail(refunded.error()));
    if (refunded->attempts.isEmpty())
        return now<Order>(refunded->order);
    return runRefunds(refunded->attempts, QString::number(refunded->order.number));
}

AsyncResult<Order> PaymentWorkflow::cancel(
        const QString &orderReference, CancelReason reason, const QString &note, bool refund)
{
    auto current = m_orders.find(orderReference);
    if (!current)
        return now(std::move(current));
    CancelSettlement settlement;
    settlement.money
            = refund && current->paymentMethod == PaymentMethodType::Card ? CancelMoney::Refund : CancelMoney::Later;
    return cancel(orderReference, reason, note, settlement);
}

AsyncResult<Order> PaymentWorkflow::cancel(
        const QString &orderReference, CancelReason reason, const QString &note, const CancelSettlement &settlement)
{
    if (settlement.money == CancelMoney::Refund) {
        // Card money goes back only through Stripe: without it, refuse before anything is written.
        auto current = m_orders.find(orderReference);
        if (!current)
            return now(std::move(current));
        if (current->paymentMethod == PaymentMethodType::Card
                && current->netPaid().minorUnits() - current->credit.minorUnits() > 0) {
            if (auto ready = requireGateway(); !ready)
                return now<Order>(fail(ready.error()));
        }
    }
    auto cancelled = m_orders.cancel(orderReference, reason, note, settlement);
    if (!cancelled)
        return now(std::move(cancelled));
    const Order order = *cancelled;
    const bool expireLink = order.livePaymentLink() && m_gateway;
    AsyncResult<Order> retired = expireLink ? retireStaleLink(order) : now<Order>(order);
    return andThen(retired, [this, order, settlement, reason](Result<Order> retiredOrder) -> AsyncResult<Order> {
        Order current = order;
        if (retiredOrder)
            current = *retiredOrder;
        else
            qCWarning(lcPayments) << "Could not expire the payment link of cancelled order" << order.number << ":"
                                  << retiredOrder.error().message << "(the worker retries)";
        const Money owed = current.refundOwed();
        if (settlement.money != CancelMoney::Refund || current.paymentMethod != PaymentMethodType::Card
                || owed.minorUnits() <= 0)
            return now<Order>(current);
        if (auto ready = requireGateway(); !ready) {
            return now<Order>(fail(Error::unavailable(tr("Order %1 is cancelled, but its refund could not be sent: %2")
                                                              .arg(current.number)
                                                              .arg(ready.error().message))));
        }
        // Everything refundable; only money kept as credit (from an earlier change) stays.
        const std::optional<Money> amount = current.credit.isZero() ? std::nullopt : std::optional<Money>(owed);
        const QString reference = QString::number(current.number);
        auto attempts = m_orders.startRefund(reference, amount, CancelReasons::displayName(reason));
        if (!attempts)
            return now<Order>(fail(attempts.error()));
        return runRefunds(*attempts, reference);
    });
}

AsyncResult<Order> PaymentWorkflow::sendPaymentLink(const QString &orderReference)
{
    if (auto ready = requireGateway(); !ready)
        return now<Order>(fail(ready.error()));
    if (auto ready = m_gateway->checkoutReady(); !ready)
        return now<Order>(fail(ready.error()));
    auto started = m_orders.startPaymentLink(orderReference);
    if (!started)
        return now<Order>(fail(started.error()));
    return andThen(followLink(*started), [](const Result<PaymentLinkUpdate> &followed) -> Result<Order> {
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
            return fail(Error::conflict(tr("The payment link for order #%1 expired before it could be sent: the order "
                                           "no longer waits for it.")
                                                .arg(link.orderNumber)));
        }
        return followed->order;
    });
}

AsyncResult<PaymentLinkUpdate> PaymentWorkflow::followLink(PaymentLinkUpdate update, int step)
{
    // Bounded: create or ask, then at most an expiry and a look at how the session ended.
    if (step >= 3 || !m_gateway)
        return refundLatePayment(std::move(update));
    const PaymentLink &link = update.link;
    QFuture<CheckoutSessionResult> answer;
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
        answer = andThen(m_gateway->createCheckoutSession(request), [](CheckoutSessionResult created) {
            crashHookAfterProvider();
            return created;
        });
    } else if (update.expireAtProvider && link.status == PaymentLinkStatus::Open) {
        answer = andThen(m_gateway->expireCheckoutSession(link.sessionId, link.idempotencyKey + u"-expire"_s),
                [this, sessionId = link.sessionId](CheckoutSessionResult expired) -> QFuture<CheckoutSessionResult> {
                    // Refused: the session is no longer open. How it ended (paid, perhaps) is what counts.
                    if (expired.outcome == GatewayOutcome::Rejected || expired.outcome == GatewayOutcome::Declined)
                        return m_gateway->retrieveCheckoutSession(sessionId);
                    return readyFuture(std::move(expired));
                });
    } else {
        return refundLatePayment(std::move(update));
    }
    return andThen(answer, [this, update, step](const CheckoutSessionResult &result) -> AsyncResult<PaymentLinkUpdate> {
        auto recorded = m_orders.recordPaymentLink(update.link.id, result);
        if (!recorded)
            return now<PaymentLinkUpdate>(fail(recorded.error()));
        PaymentLinkUpdate next = *recorded;
        next.refundNow = update.refundNow || recorded->refundNow;
        if (result.outcome == GatewayOutcome::Unknown)
            return refundLatePayment(std::move(next)); // asked again by the next worker round
        return followLink(std::move(next), step + 1);
    });
}

AsyncResult<PaymentLinkUpdate> PaymentWorkflow::refundLatePayment(PaymentLinkUpdate update)
{
    if (!update.refundNow || !m_gateway)
        return now<PaymentLinkUpdate>(std::move(update));
    return andThen(refund(QString::number(update.order.number), update.order.refundOwed(),
                           u"order cancelled during payment"_s),
            [update](const Result<Order> &refunded) mutable -> Result<PaymentLinkUpdate> {
                if (!refunded)
                    qCWarning(lcPayments)
                            << "Refund of a late payment-link payment failed:" << refunded.error().message;
                else
                    update.order = *refunded;
                update.refundNow = false;
                return update;
            });
}

AsyncResult<Order> PaymentWorkflow::retireStaleLink(const Order &order)
{
    const auto live = order.livePaymentLink();
    if (!live || !m_gateway)
        return now<Order>(order);
    if (order.awaitsPaymentThrough(*live) || live->status != PaymentLinkStatus::Open)
        return now<Order>(order); // one still being created is settled by recordPaymentLink once Stripe answers
    PaymentLinkUpdate update;
    update.order = order;
    update.link = *live;
    update.expireAtProvider = true;
    return andThen(followLink(update), [](const Result<PaymentLinkUpdate> &followed) -> Result<Order> {
        if (!followed)
            return fail(followed.error());
        return followed->order;
    });
}

AsyncResult<Order> PaymentWorkflow::modify(const QString &orderReference, const ModifyOrderRequest &request)
{
    auto current = m_orders.find(orderReference);
    if (!current)
        return now(std::move(current));
    for (const PaymentAttempt &attempt : current->paymentAttempts) {
        if (attempt.isOpen()) {
            return now<Order>(fail(Error::conflict(
                    tr("Order %1 has a payment in progress; wait until it is settled.").arg(current->number))));
        }
    }
    auto modified = m_orders.modify(orderReference, request);
    if (!modified)
        return now(std::move(modified));
    // A payment link asks for the old balance: it ends here (staff send a new one for the new total).
    return andThen(retireStaleLink(*modified), [this, order = *modified](const Result<Order> &retired) {
        if (retired)
            return settleBalance(*retired);
        qCWarning(lcPayments) << "Could not expire the payment link of modified order" << order.number << ":"
                              << retired.error().message << "(the worker retries)";
        return settleBalance(order);
    });
}

AsyncResult<Order> PaymentWorkflow::settleBalance(const Order &order)
{
    if (!settlesByCard(order) || (order.balanceDue().isZero() && order.refundOwed().isZero()))
        return now<Order>(order);
    const Money difference = order.refundOwed().isZero() ? order.balanceDue() : order.refundOwed();
    if (auto ready = requireGateway(); !ready) {
        return now<Order>(fail(Error::unavailable(tr("Order %1 was modified, but its balance of %2 could not be "
                                                     "settled: %3")
                                                          .arg(order.number)
                                                          .arg(difference.toDecimalString(), ready.error().message))));
    }
    const QString reference = QString::number(order.number);
    if (order.refundOwed().minorUnits() > 0) {
        const Money over = order.refundOwed();
        auto attempts = m_orders.startRefund(reference, over, tr("Order modified"));
        if (!attempts)
            return now<Order>(fail(attempts.error()));
        return runRefunds(*attempts, reference);
    }
    auto attempt = m_orders.startBalanceCharge(reference);
    if (!attempt)
        return now<Order>(fail(attempt.error()));
    if (!attempt->has_value())
        return now<Order>(order);
    return runCharge(**attempt, order);
}

AsyncResult<int> PaymentWorkflow::reconcile(qint64 graceMilliseconds)
{
    if (!m_gateway)
        return now<int>(0); // nothing can be asked; manual methods have no attempts
    PaymentRepository payments(m_database);
    auto open = payments.openAttempts(m_clock.now().addMSecs(-graceMilliseconds), 500);
    if (!open)
        return now<int>(fail(open.error()));
    auto resolved = std::make_shared<int>(0);
    // One request at a time: each answer is recorded before the next request goes out.
    QFuture<Status> attempts = forEachInTurn(
            *open, [this, resolved](const PaymentAttempt &attempt) { return reconcileAttempt(attempt, resolved); });
    QFuture<Status> links = andThen(attempts, [this, resolved, graceMilliseconds](const Status &status) {
        if (!status)
            return nowStatus(status);
        auto live = PaymentLinkRepository(m_database).live(m_clock.now().addMSecs(-graceMilliseconds), 200);
        if (!live)
            return nowStatus(fail(live.error()));
        return forEachInTurn(
                *live, [this, resolved](const PaymentLink &link) { return reconcileLink(link, resolved); });
    });
    return andThen(links, [resolved](const Status &status) -> Result<int> {
        if (!status)
            return fail(status.error());
        if (*resolved > 0)
            qCInfo(lcPayments) << "Reconciled" << *resolved << "payment attempt(s) and link(s)";
        return *resolved;
    });
}

QFuture<Status> PaymentWorkflow::reconcileAttempt(const PaymentAttempt &attempt, const std::shared_ptr<int> &resolved)
{
    auto order = m_orders.find(QString::number(attempt.orderNumber));
    if (!order)
        return nowStatus(fail(order.error()));
    const auto settled = [resolved](const GatewayResult &result) {
        if (result.outcome != GatewayOutcome::Unknown && result.outcome != GatewayOutcome::Processing)
            ++*resolved;
    };
    if (attempt.kind != PaymentAttemptKind::Charge) {
        RefundRequest request;
        request.paymentIntent = attempt.paymentIntent;
        request.amount = attempt.amount;
        request.reason = stripeRefundReason(attempt.reason);
        request.orderNumber = attempt.orderNumber;
        request.idempotencyKey = attempt.idempotencyKey;
        return andThen(m_gateway->refund(request), [this, id = attempt.id, settled](const GatewayResult &result) {
            if (auto recorded = m_orders.recordRefundOutcome(id, result); !recorded)
                return Status(fail(recorded.error()));
            settled(result);
            return Status();
        });
    }
    QFuture<GatewayResult> answer;
    if (!attempt.providerId.isEmpty()) {
        answer = m_gateway->retrieveCharge(attempt.providerId);
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
        answer = m_gateway->charge(request);
    }
    return andThen(answer, [this, id = attempt.id, settled](const GatewayResult &result) {
        auto recorded = m_orders.recordChargeOutcome(id, result);
        if (!recorded)
            return nowStatus(fail(recorded.error()));
        settled(result);
        return afterChargeRecorded(*recorded, result);
    });
}

QFuture<Status> PaymentWorkflow::afterChargeRecorded(const Order &recorded, const GatewayResult &result)
{
    if (result.outcome == GatewayOutcome::Succeeded && recorded.status == OrderStatus::Cancelled) {
        // Money for an order cancelled meanwhile goes back; a failed refund is reconciled next round.
        return andThen(refund(QString::number(recorded.number), std::nullopt, u"order cancelled during payment"_s),
                [](const Result<Order> &) { return Status(); });
    }
    return nowStatus({});
}

QFuture<Status> PaymentWorkflow::reconcileLink(const PaymentLink &link, const std::shared_ptr<int> &resolved)
{
    auto order = m_orders.find(QString::number(link.orderNumber));
    if (!order)
        return nowStatus(fail(order.error()));
    AsyncResult<PaymentLinkUpdate> current;
    if (link.status == PaymentLinkStatus::Creating) {
        PaymentLinkUpdate update;
        update.order = *order;
        update.link = link;
        update.sendRequest = true; // its answer was lost: the same request, the same key
        current = now<PaymentLinkUpdate>(std::move(update));
    } else {
        current = andThen(m_gateway->retrieveCheckoutSession(link.sessionId),
                [this, id = link.id](
                        const CheckoutSessionResult &answer) { return m_orders.recordPaymentLink(id, answer); });
    }
    return andThen(current, [this, status = link.status, resolved](const Result<PaymentLinkUpdate> &update) {
        if (!update)
            return nowStatus(fail(update.error()));
        return andThen(followLink(*update), [status, resolved](const Result<PaymentLinkUpdate> &followed) -> Status {
            if (!followed)
                return fail(followed.error());
            if (followed->link.status != status)
                ++*resolved;
            return {};
        });
    });
}

} // namespace shipshape
