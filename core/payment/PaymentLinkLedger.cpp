#include "payment/PaymentLinkLedger.h"

#include "orders/OrderCancellation.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRepository.h"
#include "payment/PaymentLinkRepository.h"
#include "payment/PaymentRepository.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<PaymentLinkUpdate> PaymentLinkLedger::start(const QString &orderReference)
{
    return TransactionRunner::run(m_context.database, [&] { return startOnce(orderReference); });
}

Result<PaymentLinkUpdate> PaymentLinkLedger::startOnce(const QString &orderReference)
{
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    auto number = m_changes.resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    PaymentLinkRepository links(m_context.database);
    auto existing = links.forOrder(*number);
    if (!existing)
        return fail(existing.error());
    for (const PaymentLink &link : std::as_const(*existing)) {
        if (!link.isLive())
            continue;
        // A second click, a retry: the live link is the answer (its request is sent again only while
        // its outcome is unknown, with the same key and body, so Stripe creates one session at most).
        auto order = OrderQueries(m_context.database).find(QString::number(*number));
        if (!order)
            return fail(order.error());
        PaymentLinkUpdate update;
        update.order = *order;
        update.link = link;
        update.sendRequest = link.status == PaymentLinkStatus::Creating;
        return update;
    }

    std::optional<PaymentLink> created;
    auto events = m_changes.applyWithin(*number, [&](Order &order, OrderChange &) -> Status {
        if (order.paymentMethod != PaymentMethodType::Card) {
            return fail(Error::conflict(tr("Order %1 is paid by %2; payment links are for card payments.")
                                                .arg(order.number)
                                                .arg(PaymentMethods::displayName(order.paymentMethod).toLower()),
                    u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)));
        }
        if (order.status != OrderStatus::Pending && order.status != OrderStatus::Confirmed) {
            return fail(Error::conflict(tr("Order %1 is %2: there is nothing to pay by link.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status).toLower()),
                    u"status"_s, OrderLifecycle::key(order.status)));
        }
        const Money due = order.balanceDue();
        if (due.minorUnits() <= 0) {
            return fail(Error::conflict(
                    tr("Order %1 has nothing left to pay.").arg(order.number), u"balanceDue"_s, due.toDecimalString()));
        }
        auto attempts = PaymentRepository(m_context.database).attemptsFor(order.number);
        if (!attempts)
            return fail(attempts.error());
        for (const PaymentAttempt &attempt : std::as_const(*attempts)) {
            if (attempt.kind == PaymentAttemptKind::Charge && attempt.isOpen()) {
                return fail(Error::conflict(
                        tr("Order %1 has a card payment in progress; wait until it is settled.").arg(order.number)));
            }
        }
        auto count = links.countFor(order.number);
        if (!count)
            return fail(count.error());
        const QDateTime now = m_context.clock.now();
        const int hold = std::clamp(m_context.settings.paymentLinkHoldMinutes,
                OrderServiceSettings::kMinPaymentLinkHoldMinutes, OrderServiceSettings::kMaxPaymentLinkHoldMinutes);
        PaymentLink link;
        link.orderNumber = order.number;
        // Derived from the order and the link's sequence, as the charges' keys are.
        link.idempotencyKey = u"shipshape-%1-checkout-%2"_s.arg(order.id).arg(*count + 1);
        link.amount = due;
        link.status = PaymentLinkStatus::Creating;
        link.recipientEmail = order.customer.email;
        link.createdAt = now;
        // Whole seconds: exactly what the request carries (Stripe counts in seconds), so a replay of
        // the request after a lost answer is byte for byte the same.
        link.expiresAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + qint64(hold) * 60, Qt::UTC);
        link.actor = m_context.database.actor();
        auto stored = links.create(link);
        if (!stored)
            return fail(stored.error());
        created = *stored;
        return {};
    });
    if (!events)
        return fail(events.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    auto order = OrderQueries(m_context.database).find(QString::number(*number));
    if (!order)
        return fail(order.error());
    PaymentLinkUpdate update;
    update.order = *order;
    update.link = *created;
    update.sendRequest = true;
    return update;
}

Result<PaymentLinkUpdate> PaymentLinkLedger::currentState(qint64 linkId)
{
    auto link = PaymentLinkRepository(m_context.database).find(linkId);
    if (!link)
        return fail(link.error());
    if (!link->has_value())
        return fail(Error::notFound(u"link"_s, QString::number(linkId), tr("No payment link %1.").arg(linkId)));
    auto order = OrderQueries(m_context.database).find(QString::number((*link)->orderNumber));
    if (!order)
        return fail(order.error());
    PaymentLinkUpdate update;
    update.order = *order;
    update.link = **link;
    return update;
}

Result<PaymentLinkUpdate> PaymentLinkLedger::record(qint64 linkId, const CheckoutSessionResult &result)
{
    auto recorded = TransactionRunner::run(m_context.database, [&] { return recordOnce(linkId, result); });
    if (!recorded)
        return fail(recorded.error());
    return recorded;
}

Result<PaymentLinkUpdate> PaymentLinkLedger::recordOnce(qint64 linkId, const CheckoutSessionResult &result)
{
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    PaymentLinkRepository links(m_context.database);
    auto found = links.find(linkId);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(Error::notFound(u"link"_s, QString::number(linkId), tr("No payment link %1.").arg(linkId)));
    const PaymentLink link = **found;
    if (!link.isLive())
        return currentState(linkId); // resolved already (by another process or an earlier run)
    OrderRepository orders(m_context.database);
    auto loaded = orders.load(link.orderNumber, false, true);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(
                u"order"_s, QString::number(link.orderNumber), tr("No order %1.").arg(link.orderNumber)));
    const Order &current = **loaded;
    const QDateTime now = m_context.clock.now();
    const auto wanted = [&](const Order &order) { return order.awaitsPaymentThrough(link); };
    PaymentLinkUpdate update;
    bool resolvedElsewhere = false;
    const auto resolvedBy = [&](const Result<bool> &changed) -> Status {
        if (!changed)
            return fail(changed.error());
        if (!*changed) {
            resolvedElsewhere = true;
            return fail(Error::conflict(tr("Payment link %1 was recorded by another client.").arg(link.id)));
        }
        return {};
    };
    const auto unchanged = [&]() -> Result<PaymentLinkUpdate> {
        auto state = currentState(linkId);
        if (state)
            state->expireAtProvider = update.expireAtProvider;
        return state;
    };
    const auto noteOnly = [&](const QString &message) -> Result<PaymentLinkUpdate> {
        if (auto noted = links.noteProblem(link.id, message); !noted)
            return fail(noted.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        auto state = currentState(linkId);
        if (state)
            state->expireAtProvider = update.expireAtProvider;
        return state;
    };

    QJsonObject details{{u"linkId"_s, link.id}, {u"amount"_s, link.amount.toDecimalString()},
            {u"currency"_s, link.amount.currency().code()}, {u"session"_s, result.sessionId}};
    OrderMutation mutation;
    switch (result.outcome) {
    case GatewayOutcome::Unknown:
    case GatewayOutcome::Processing:
        return noteOnly(result.message);
    case GatewayOutcome::Declined:
    case GatewayOutcome::Rejected:
        if (link.status != PaymentLinkStatus::Creating)
            return noteOnly(result.message); // a retrieve or expire refused: asked again next round
        mutation = [&](Order &order, OrderChange &change) -> Status {
            if (auto failed = resolvedBy(links.markFailed(link.id, now, result.message)); !failed)
                return failed;
            details.insert(u"message"_s, result.message);
            change.timeline.append(
                    m_changes.entry(u"PaymentLinkFailed"_s, order.status, order.status, result.message, details));
            return {};
        };
        break;
    case GatewayOutcome::Succeeded:
        if (result.isPaid()) {
            auto currency = Currency::fromCode(result.currency);
            if (!currency || !(*currency == current.total.currency()) || result.amountTotal <= 0
                    || result.paymentIntent.isEmpty()) {
                return noteOnly(tr("Stripe reports the link paid with %1 %2 (payment %3), which this order cannot "
                                   "take; check it in Stripe's dashboard.")
                                        .arg(result.currency)
                                        .arg(result.amountTotal)
                                        .arg(result.paymentIntent));
            }
            const Money amount(result.amountTotal, *currency);
            mutation = [&, amount](Order &order, OrderChange &change) -> Status {
                if (auto paid = resolvedBy(links.markPaid(link.id, result.sessionId, result.paymentIntent, now)); !paid)
                    return paid;
                PaymentRepository payments(m_context.database);
                if (auto recorded = payments.recordManual(
                            order.number, PaymentMethodType::Card, amount, result.paymentIntent, link.actor, now);
                        !recorded)
                    return recorded;
                // A charge attempt with the PaymentIntent, as a charge Shipshape sent itself would leave:
                // refunds (startRefund) find what they can give back there.
                PaymentAttempt attempt;
                attempt.orderNumber = order.number;
                attempt.kind = PaymentAttemptKind::Charge;
                attempt.idempotencyKey = link.idempotencyKey;
                attempt.amount = amount;
                attempt.paymentIntent = result.paymentIntent;
                attempt.status = PaymentAttemptStatus::Started;
                attempt.reason = tr("Payment link");
                attempt.startedAt = link.createdAt;
                attempt.actor = link.actor;
                auto created = payments.createAttempt(attempt);
                if (!created)
                    return fail(created.error());
                created->status = PaymentAttemptStatus::Succeeded;
                created->providerId = result.paymentIntent;
                created->finishedAt = now;
                created->durationMs = qMax<qint64>(0, link.createdAt.msecsTo(now));
                if (auto finished = payments.finishAttempt(*created); !finished)
                    return fail(finished.error());
                order.paid = Money(order.paid.minorUnits() + amount.minorUnits(), amount.currency());
                const OrderStatus from = order.status;
                if (order.status == OrderStatus::Pending && order.balanceDue().isZero()) {
                    if (auto moved = OrderChanges::transition(order, OrderStatus::Confirmed, tr("confirm")); !moved)
                        return moved;
                }
                details.insert(u"paymentIntent"_s, result.paymentIntent);
                details.insert(u"amount"_s, amount.toDecimalString());
                if (order.status == OrderStatus::Cancelled) {
                    change.timeline.append(m_changes.entry(u"PaymentProcessed"_s, from, order.status,
                            tr("Paid through the payment link after the order was cancelled; the money goes back"),
                            details));
                    change.events.prepend(m_changes.event(u"LatePaymentReceived"_s, order, details));
                } else {
                    change.timeline.append(m_changes.entry(u"PaymentProcessed"_s, from, order.status,
                            tr("Paid by card through the payment link"), details));
                    change.events.prepend(m_changes.event(u"PaymentProcessed"_s, order, details));
                }
                update.refundNow = order.refundOwed().minorUnits() > 0;
                return {};
            };
        } else if (result.status == u"expired"_s) {
            mutation = [&](Order &order, OrderChange &change) -> Status {
                if (auto expired = resolvedBy(links.markExpired(link.id, result.sessionId, now, result.message));
                        !expired)
                    return expired;
                change.timeline.append(
                        m_changes.entry(u"PaymentLinkExpired"_s, order.status, order.status, {}, details));
                // A pending order whose link ran out unpaid ends with it (one live link per order). A link
                // retired early (its order changed) leaves the order waiting for staff to send a new one.
                if (order.status == OrderStatus::Pending && order.paid.minorUnits() == 0 && now >= link.expiresAt) {
                    return m_cancellation.cancelWithin(order, change, CancelReason::Expired,
                            tr("The payment link expired unpaid"), {{u"linkId"_s, link.id}});
                }
                return {};
            };
        } else if (result.status == u"open"_s && link.status == PaymentLinkStatus::Creating) {
            mutation = [&](Order &order, OrderChange &change) -> Status {
                const QDateTime expires = result.expiresAt.isValid() ? result.expiresAt : link.expiresAt;
                if (auto opened = resolvedBy(links.markOpen(link.id, result.sessionId, result.url, expires)); !opened)
                    return opened;
                if (!wanted(order)) {
                    update.expireAtProvider = true; // created after the order stopped waiting for it
                    return {};
                }
                // The stock waits as long as the customer may pay.
                if (order.status == OrderStatus::Pending
                        && (!order.reservationExpiresAt || *order.reservationExpiresAt < expires))
                    order.reservationExpiresAt = expires;
                details.insert(u"url"_s, result.url);
                details.insert(u"expiresAt"_s, expires.toUTC().toString(Qt::ISODateWithMs));
                details.insert(u"recipient"_s, link.recipientEmail);
                details.insert(u"requestedBy"_s, link.actor);
                change.timeline.append(m_changes.entry(u"PaymentLinkSent"_s, order.status, order.status,
                        tr("%1 to pay by card, valid until %2")
                                .arg(link.amount.toDecimalString(),
                                        QLocale::c().toString(expires.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s)),
                        details));
                change.events.prepend(m_changes.event(u"PaymentLinkSent"_s, order, details));
                return {};
            };
        } else if (result.status == u"open"_s) {
            update.expireAtProvider = !wanted(current) || now >= link.expiresAt;
            return unchanged();
        } else {
            // Complete but not paid yet (a delayed payment method): asked again next round.
            return noteOnly(tr("The customer completed the payment page; the payment is still processing."));
        }
        break;
    }

    auto events = m_changes.applyWithin(link.orderNumber, mutation);
    if (!events && resolvedElsewhere)
        return currentState(linkId); // nothing was written before the conditional update said so
    if (!events)
        return fail(events.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    auto state = currentState(linkId);
    if (!state)
        return fail(state.error());
    state->expireAtProvider = update.expireAtProvider;
    state->refundNow = update.refundNow;
    return state;
}

} // namespace shipshape
