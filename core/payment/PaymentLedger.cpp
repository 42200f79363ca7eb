#include "payment/PaymentLedger.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "orders/OrderCancellation.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRepository.h"
#include "orders/PlacementLog.h"
#include "payment/ManualRefunds.h"
#include "payment/PaymentMethod.h"
#include "payment/PaymentRepository.h"
#include "payment/RefundMethod.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Order> PaymentLedger::markPaid(const QString &orderReference, const QString &paymentReference)
{
    auto reference = TextField::singleLine(u"reference"_s, paymentReference, 200, false);
    if (!reference)
        return fail(reference.error());
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        if (!PaymentMethods::isManual(order.paymentMethod)) {
            return fail(Error::conflict(
                    tr("Order %1 is paid by card; card payments are confirmed by the gateway.").arg(order.number),
                    u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)));
        }
        const OrderStatus from = order.status;
        if (auto moved = OrderChanges::transition(order, OrderStatus::Confirmed, tr("mark paid")); !moved)
            return moved;
        const Money due = order.balanceDue();
        if (due.minorUnits() > 0) {
            PaymentRepository payments(m_context.database);
            if (auto recorded = payments.recordManual(order.number, order.paymentMethod, due, *reference,
                        m_context.database.actor(), m_context.clock.now());
                    !recorded)
                return recorded;
            order.paid = Money(order.paid.minorUnits() + due.minorUnits(), due.currency());
        }
        const QJsonObject details{{u"amount"_s, due.toDecimalString()}, {u"currency"_s, due.currency().code()},
                {u"method"_s, PaymentMethods::key(order.paymentMethod)}, {u"reference"_s, *reference}};
        // Staff reconcile bank statements by the reference: it is part of the entry's text.
        const QString text = reference->isEmpty()
                ? tr("Paid by %1").arg(PaymentMethods::displayName(order.paymentMethod))
                : tr("Paid by %1, reference %2").arg(PaymentMethods::displayName(order.paymentMethod), *reference);
        change.timeline.append(m_changes.entry(u"PaymentProcessed"_s, from, OrderStatus::Confirmed, text, details));
        change.events.prepend(m_changes.event(u"PaymentProcessed"_s, order, details));
        return {};
    });
}

Result<Order> PaymentLedger::recordRefund(const QString &orderReference, const ManualRefundRequest &request)
{
    auto clean = ManualRefunds::validated(request);
    if (!clean)
        return fail(clean.error());
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        return m_refunds.applyWithin(order, change, *clean, clean->amount);
    });
}

Result<Order> PaymentLedger::keepAsCredit(const QString &orderReference, const QString &note)
{
    auto cleanNote = TextField::multiLine(u"note"_s, note, 2000);
    if (!cleanNote)
        return fail(cleanNote.error());
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        const Money owed = order.refundOwed();
        if (owed.minorUnits() <= 0) {
            return fail(Error::conflict(
                    tr("Order %1 owes the customer no refund that could be kept as credit.").arg(order.number),
                    u"credit"_s, order.credit.toDecimalString()));
        }
        order.credit = Money(order.credit.minorUnits() + owed.minorUnits(), owed.currency());
        const QJsonObject details{{u"amount"_s, owed.toDecimalString()}, {u"currency"_s, owed.currency().code()},
                {u"note"_s, *cleanNote}};
        change.timeline.append(m_changes.entry(u"CreditKept"_s, order.status, order.status, *cleanNote, details));
        change.events.append(m_changes.event(u"CreditKept"_s, order, details));
        return {};
    });
}

Status PaymentLedger::validateCardToken(const QString &token)
{
    // A reference to a card held by the provider (pm_… or tok_…), never card numbers.
    static const QRegularExpression tokenPattern(u"^(pm|tok)_[A-Za-z0-9_]{1,200}$"_s);
    if (!tokenPattern.match(token).hasMatch()) {
        return fail(Error::invalid(u"paymentMethod.token"_s, token,
                tr("A card payment needs a payment method token such as pm_card_visa.")));
    }
    return {};
}

Result<PaymentAttempt> PaymentLedger::createAttempt(const Order &order, PaymentAttemptKind kind, const Money &amount,
        const QString &paymentMethod, const QString &paymentIntent, const QString &reason)
{
    PaymentRepository payments(m_context.database);
    auto count = payments.attemptCount(order.number, kind);
    if (!count)
        return fail(count.error());
    PaymentAttempt attempt;
    attempt.orderNumber = order.number;
    attempt.kind = kind;
    // Derived from the order and the attempt's sequence: every retry of this attempt reuses the key,
    // a deliberate new attempt gets the next one.
    attempt.idempotencyKey = u"shipshape-%1-%2-%3"_s.arg(order.id, PaymentAttempts::key(kind)).arg(*count + 1);
    attempt.amount = amount;
    attempt.paymentMethod = paymentMethod;
    attempt.paymentIntent = paymentIntent;
    attempt.status = PaymentAttemptStatus::Started;
    attempt.reason = reason;
    attempt.startedAt = m_context.clock.now();
    attempt.actor = m_context.database.actor();
    return payments.createAttempt(attempt);
}

namespace {

PaymentAttemptStatus statusFor(GatewayOutcome outcome)
{
    switch (outcome) {
    case GatewayOutcome::Succeeded:
        return PaymentAttemptStatus::Succeeded;
    case GatewayOutcome::Processing:
        return PaymentAttemptStatus::Processing;
    case GatewayOutcome::Declined:
    case GatewayOutcome::Rejected:
        return PaymentAttemptStatus::Failed;
    case GatewayOutcome::Unknown:
        return PaymentAttemptStatus::Unknown;
    }
    return PaymentAttemptStatus::Unknown;
}

} // namespace

Result<PaymentLedger::ResolvedAttempt> PaymentLedger::resolveAttempt(
        qint64 attemptId, PaymentAttemptKind kind, const GatewayResult &result)
{
    PaymentRepository payments(m_context.database);
    auto found = payments.attempt(attemptId);
    if (!found)
        return fail(found.error());
    if (!found->has_value() || (*found)->kind != kind)
        return fail(
                Error::notFound(u"attempt"_s, QString::number(attemptId), tr("No payment attempt %1.").arg(attemptId)));
    ResolvedAttempt resolved{**found, false};
    PaymentAttempt &attempt = resolved.attempt;
    if (!attempt.isOpen())
        return resolved; // already resolved: recording twice changes nothing

    const QDateTime now = m_context.clock.now();
    attempt.status = statusFor(result.outcome);
    attempt.providerId = result.providerId;
    if (!result.paymentIntent.isEmpty())
        attempt.paymentIntent = result.paymentIntent;
    attempt.declineCode = result.declineCode;
    attempt.errorCode = result.errorCode;
    attempt.message = result.message;
    if (!attempt.isOpen()) {
        attempt.finishedAt = now;
        attempt.durationMs = qMax<qint64>(0, attempt.startedAt.msecsTo(now));
    }
    auto applied = payments.finishAttempt(attempt);
    if (!applied)
        return fail(applied.error());
    resolved.resolvedNow = *applied;
    return resolved;
}

Result<Order> PaymentLedger::recordChargeOutcome(
        qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs)
{
    return TransactionRunner::run(
            m_context.database, [&] { return recordChargeOutcomeOnce(attemptId, result, placementDurationMs); });
}

Result<Order> PaymentLedger::recordChargeOutcomeOnce(
        qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs)
{
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    auto resolved = resolveAttempt(attemptId, PaymentAttemptKind::Charge, result);
    if (!resolved)
        return fail(resolved.error());
    const PaymentAttempt &attempt = resolved->attempt;
    const qint64 number = attempt.orderNumber;
    if (!resolved->resolvedNow)
        return OrderQueries(m_context.database).find(QString::number(number));
    const QDateTime now = m_context.clock.now();
    PaymentRepository payments(m_context.database);

    auto events = m_changes.applyWithin(number, [&](Order &order, OrderChange &change) -> Status {
        const QJsonObject details{{u"attemptId"_s, attempt.id}, {u"amount"_s, attempt.amount.toDecimalString()},
                {u"currency"_s, attempt.amount.currency().code()}, {u"paymentIntent"_s, attempt.paymentIntent},
                {u"declineCode"_s, attempt.declineCode}, {u"tries"_s, result.tries}};
        switch (attempt.status) {
        case PaymentAttemptStatus::Succeeded: {
            if (auto recorded = payments.recordManual(order.number, PaymentMethodType::Card, attempt.amount,
                        attempt.paymentIntent, m_context.database.actor(), now);
                    !recorded)
                return recorded;
            order.paid = Money(order.paid.minorUnits() + attempt.amount.minorUnits(), order.total.currency());
            const OrderStatus from = order.status;
            if (order.status == OrderStatus::Pending) {
                if (auto moved = OrderChanges::transition(order, OrderStatus::Confirmed, tr("confirm")); !moved)
                    return moved;
            }
            change.timeline.append(
                    m_changes.entry(u"PaymentProcessed"_s, from, order.status, tr("Card charged"), details));
            // Money for an order cancelled meanwhile is refunded by the caller: no "confirmed" email.
            change.events.prepend(m_changes.event(
                    order.status == OrderStatus::Cancelled ? u"LatePaymentReceived"_s : u"PaymentProcessed"_s, order,
                    details));
            return {};
        }
        case PaymentAttemptStatus::Failed: {
            change.timeline.append(
                    m_changes.entry(u"PaymentFailed"_s, order.status, order.status, attempt.message, details));
            change.events.prepend(m_changes.event(u"PaymentFailed"_s, order, details));
            // A first charge that fails leaves nothing to keep: the order is cancelled and its stock freed
            // so that the agent can fix the card and place it again.
            if (order.status == OrderStatus::Pending) {
                return m_cancellation.cancelWithin(
                        order, change, CancelReason::Declined, CancelReasons::displayName(CancelReason::Declined));
            }
            return {};
        }
        case PaymentAttemptStatus::Processing:
            change.timeline.append(
                    m_changes.entry(u"PaymentProcessing"_s, order.status, order.status, attempt.message, details));
            return {};
        case PaymentAttemptStatus::Unknown:
        case PaymentAttemptStatus::Started:
            change.timeline.append(
                    m_changes.entry(u"PaymentOutcomeUnknown"_s, order.status, order.status, attempt.message, details));
            return {};
        }
        return {};
    });
    if (!events)
        return fail(events.error());
    if (placementDurationMs) {
        const PlacementOutcome outcome = attempt.status == PaymentAttemptStatus::Succeeded ? PlacementOutcome::Confirmed
                : attempt.status == PaymentAttemptStatus::Failed                           ? PlacementOutcome::Declined
                                                                                           : PlacementOutcome::Pending;
        if (auto settled = PlacementLog(m_context.database).settle(number, outcome, *placementDurationMs); !settled)
            return fail(settled.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return OrderQueries(m_context.database).find(QString::number(number));
}

Result<QList<PaymentAttempt>> PaymentLedger::startRefund(
        const QString &orderReference, std::optional<Money> amount, const QString &reason)
{
    return TransactionRunner::run(m_context.database, [&] { return startRefundOnce(orderReference, amount, reason); });
}

Result<QList<PaymentAttempt>> PaymentLedger::startRefundOnce(
        const QString &orderReference, std::optional<Money> amount, const QString &reason)
{
    auto cleanReason = TextField::singleLine(u"reason"_s, reason, 500, false);
    if (!cleanReason)
        return fail(cleanReason.error());
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    auto number = m_changes.resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderRepository orders(m_context.database);
    auto loaded = orders.load(*number, false, true);
    if (!loaded)
        return fail(loaded.error());
    const Order &order = **loaded;
    if (order.paymentMethod != PaymentMethodType::Card) {
        return fail(
                Error::conflict(tr("Order %1 was paid by %2; refunds of manual payments are made outside Shipshape.")
                                        .arg(order.number)
                                        .arg(PaymentMethods::displayName(order.paymentMethod)),
                        u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)));
    }
    PaymentRepository payments(m_context.database);
    auto attempts = payments.attemptsFor(order.number);
    if (!attempts)
        return fail(attempts.error());

    // What each charge can still give back: charged minus refunds made or in flight.
    QList<QPair<QString, qint64>> refundable;
    for (const PaymentAttempt &attempt : std::as_const(*attempts)) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.status == PaymentAttemptStatus::Succeeded)
            refundable.append({attempt.paymentIntent, attempt.amount.minorUnits()});
    }
    for (const PaymentAttempt &attempt : std::as_const(*attempts)) {
        if (attempt.kind != PaymentAttemptKind::Refund || attempt.status == PaymentAttemptStatus::Failed)
            continue;
        for (auto &[intent, left] : refundable) {
            if (intent == attempt.paymentIntent)
                left -= attempt.amount.minorUnits();
        }
    }
    qint64 available = 0;
    for (const auto &[intent, left] : std::as_const(refundable))
        available += qMax<qint64>(left, 0);

    const Currency currency = order.total.currency();
    const qint64 wanted = amount ? amount->minorUnits() : available;
    if (amount && !(amount->currency() == currency)) {
        return fail(Error::invalid(u"amount"_s, amount->toDecimalString(),
                tr("Order %1 is in %2.").arg(order.number).arg(currency.code())));
    }
    if (wanted <= 0 && !amount)
        return fail(Error::conflict(tr("Order %1 has nothing left to refund.").arg(order.number)));
    if (wanted <= 0) {
        return fail(Error::invalid(
                u"amount"_s, Money(wanted, currency).toDecimalString(), tr("A refund must be a positive amount.")));
    }
    if (wanted > available) {
        return fail(Error::conflict(tr("Cannot refund %1 on order %2: only %3 is refundable.")
                                            .arg(Money(wanted, currency).toDecimalString())
                                            .arg(order.number)
                                            .arg(Money(available, currency).toDecimalString()),
                u"amount"_s, Money(wanted, currency).toDecimalString()));
    }

    QList<PaymentAttempt> started;
    qint64 remaining = wanted;
    // Latest charges first: a supplementary charge is returned before the original.
    for (auto it = refundable.crbegin(); it != refundable.crend() && remaining > 0; ++it) {
        const qint64 part = qMin(remaining, it->second);
        if (part <= 0)
            continue;
        auto attempt
                = createAttempt(order, PaymentAttemptKind::Refund, Money(part, currency), {}, it->first, *cleanReason);
        if (!attempt)
            return fail(attempt.error());
        started.append(*attempt);
        remaining -= part;
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return started;
}

Result<Order> PaymentLedger::recordRefundOutcome(qint64 attemptId, const GatewayResult &result)
{
    return TransactionRunner::run(m_context.database, [&] { return recordRefundOutcomeOnce(attemptId, result); });
}

Result<Order> PaymentLedger::recordRefundOutcomeOnce(qint64 attemptId, const GatewayResult &result)
{
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    auto resolved = resolveAttempt(attemptId, PaymentAttemptKind::Refund, result);
    if (!resolved)
        return fail(resolved.error());
    const PaymentAttempt &attempt = resolved->attempt;
    const qint64 number = attempt.orderNumber;
    if (!resolved->resolvedNow)
        return OrderQueries(m_context.database).find(QString::number(number));
    const QDateTime now = m_context.clock.now();
    PaymentRepository payments(m_context.database);

    auto events = m_changes.applyWithin(number, [&](Order &order, OrderChange &change) -> Status {
        const QJsonObject details{{u"attemptId"_s, attempt.id}, {u"amount"_s, attempt.amount.toDecimalString()},
                {u"currency"_s, attempt.amount.currency().code()}, {u"refund"_s, attempt.providerId},
                {u"paymentIntent"_s, attempt.paymentIntent}};
        if (attempt.status == PaymentAttemptStatus::Succeeded) {
            RefundRecord refund;
            refund.attemptId = attempt.id;
            refund.method = RefundMethod::Card;
            refund.amount = attempt.amount;
            refund.reason = attempt.reason;
            refund.providerId = attempt.providerId;
            refund.actor = m_context.database.actor();
            refund.at = now;
            if (auto recorded = payments.recordRefund(order.number, refund); !recorded)
                return recorded;
            // The schema refuses refunded > paid, so a bug here cannot return more than was taken.
            order.refunded = Money(order.refunded.minorUnits() + attempt.amount.minorUnits(), order.total.currency());
            // A refund reaching into money kept as credit pays that credit out (refunded + credit <= paid).
            const qint64 creditRoom = order.paid.minorUnits() - order.refunded.minorUnits();
            if (order.credit.minorUnits() > creditRoom)
                order.credit = Money(qMax<qint64>(0, creditRoom), order.total.currency());
            change.timeline.append(
                    m_changes.entry(u"RefundIssued"_s, order.status, order.status, attempt.reason, details));
            change.events.prepend(m_changes.event(u"RefundIssued"_s, order, details));
        } else if (attempt.status == PaymentAttemptStatus::Failed) {
            change.timeline.append(
                    m_changes.entry(u"RefundFailed"_s, order.status, order.status, attempt.message, details));
            change.events.prepend(m_changes.event(u"RefundFailed"_s, order, details));
        } else {
            change.timeline.append(
                    m_changes.entry(u"RefundPending"_s, order.status, order.status, attempt.message, details));
        }
        return {};
    });
    if (!events)
        return fail(events.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return OrderQueries(m_context.database).find(QString::number(number));
}

Result<std::optional<PaymentAttempt>> PaymentLedger::startBalanceCharge(const QString &orderReference)
{
    return TransactionRunner::run(m_context.database, [&] { return startBalanceChargeOnce(orderReference); });
}

Result<std::optional<PaymentAttempt>> PaymentLedger::startBalanceChargeOnce(const QString &orderReference)
{
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    auto number = m_changes.resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderRepository orders(m_context.database);
    auto loaded = orders.load(*number, false, true);
    if (!loaded)
        return fail(loaded.error());
    const Order &order = **loaded;
    const Money due = order.balanceDue();
    if (order.paymentMethod != PaymentMethodType::Card || due.minorUnits() <= 0
            || order.status == OrderStatus::Cancelled)
        return std::optional<PaymentAttempt>();
    PaymentRepository payments(m_context.database);
    auto attempts = payments.attemptsFor(order.number);
    if (!attempts)
        return fail(attempts.error());
    QString card;
    for (const PaymentAttempt &attempt : std::as_const(*attempts)) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.isOpen())
            return std::optional<PaymentAttempt>(); // one charge at a time
        // A payment through a link has no card Shipshape could charge again.
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.status == PaymentAttemptStatus::Succeeded
                && !attempt.paymentMethod.isEmpty())
            card = attempt.paymentMethod;
    }
    if (card.isEmpty())
        return std::optional<PaymentAttempt>(); // never charged: the first charge is the placement's
    auto attempt = createAttempt(order, PaymentAttemptKind::Charge, due, card, {}, tr("Balance after modification"));
    if (!attempt)
        return fail(attempt.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return std::optional<PaymentAttempt>(*attempt);
}

} // namespace shipshape
