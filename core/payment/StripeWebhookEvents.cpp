#include "payment/StripeWebhookEvents.h"

#include "common/JsonNumberText.h"
#include "common/Logging.h"
#include "orders/OrderChanges.h"
#include "orders/OrderContext.h"
#include "orders/OrderService.h"
#include "payment/PaymentRepository.h"
#include "payment/PaymentWorkflow.h"
#include "payment/StripeGateway.h"
#include "payment/StripeWebhookStore.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using Outcome = StripeWebhookReceipt::Outcome;

const QString kIntentSucceeded = u"payment_intent.succeeded"_s;
const QString kIntentFailed = u"payment_intent.payment_failed"_s;
const QString kChargeRefunded = u"charge.refunded"_s;
const QString kDisputeCreated = u"charge.dispute.created"_s;

template <typename T>
AsyncResult<T> now(Result<T> result)
{
    return readyFuture(std::move(result));
}

// An expandable field: the id as a string, or the expanded object's id.
QString idOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(u"id"_s).toString() : value.toString();
}

// A refund in a charge.refunded event, as Shipshape needs it.
struct StripeRefund {
    QString id; // re_…, or for a charge without its refund list the charge and its refunded total
    qint64 amount = 0;
    QString reason;
};

} // namespace

std::optional<qint64> StripeEvent::integerAt(const QString &path) const
{
    static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
    const QString text = numbers.value(u"data.object."_s + path);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

StripeWebhookEvents::StripeWebhookEvents(
        Database &database, OrderService &orders, PaymentWorkflow &payments, const Clock &clock, DomainEventBus *events)
    : m_database(database), m_orders(orders), m_payments(payments), m_clock(clock), m_events(events)
{}

Result<StripeEvent> StripeWebhookEvents::parse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(Error::invalid(u"json"_s, {}, tr("The body is not a JSON object: %1").arg(error.errorString())));
    auto numbers = JsonNumberText::byPath(body);
    if (!numbers)
        return fail(numbers.error());
    const QJsonObject root = document.object();
    StripeEvent event;
    event.id = root.value(u"id"_s).toString();
    event.type = root.value(u"type"_s).toString();
    event.object = root.value(u"data"_s).toObject().value(u"object"_s).toObject();
    event.numbers = *numbers;
    static const QRegularExpression eventId(u"^evt_[A-Za-z0-9_]{1,250}$"_s);
    if (root.value(u"object"_s).toString() != u"event"_s)
        return fail(Error::invalid(u"object"_s, root.value(u"object"_s).toString(), tr("This is not a Stripe event.")));
    if (!eventId.match(event.id).hasMatch())
        return fail(Error::invalid(u"id"_s, event.id, tr("A Stripe event id looks like evt_….")));
    if (event.type.isEmpty() || event.type.size() > 100)
        return fail(Error::invalid(u"type"_s, event.type, tr("The event has no type.")));
    if (event.object.isEmpty())
        return fail(Error::invalid(u"data.object"_s, {}, tr("The event has no data.object.")));
    return event;
}

AsyncResult<StripeWebhookReceipt> StripeWebhookEvents::receive(
        const QByteArray &signatureHeader, const QByteArray &body, const QByteArray &endpointSecret)
{
    const StripeSignature::Check check = StripeSignature::verify(signatureHeader, body, endpointSecret, m_clock.now());
    if (!check.isValid()) {
        StripeWebhookReceipt refused;
        refused.outcome = Outcome::SignatureRefused;
        refused.signature = check.verdict;
        refused.note = StripeSignature::message(check.verdict);
        qCWarning(lcPayments).noquote() << "Stripe webhook refused:" << StripeSignature::code(check.verdict);
        return now<StripeWebhookReceipt>(refused);
    }
    auto event = parse(body);
    if (!event)
        return now<StripeWebhookReceipt>(fail(event.error()));
    return apply(*event);
}

AsyncResult<StripeWebhookReceipt> StripeWebhookEvents::apply(const StripeEvent &event)
{
    const bool known = event.type == kIntentSucceeded || event.type == kIntentFailed || event.type == kChargeRefunded
            || event.type == kDisputeCreated;
    if (!known) {
        qCDebug(lcPayments).noquote() << "Stripe event" << event.id << "of type" << event.type << "ignored";
        return now<StripeWebhookReceipt>(StripeWebhookReceipt{Outcome::Ignored, StripeSignature::Verdict::Valid,
                event.id, event.type, std::nullopt, tr("Shipshape does not handle %1 events.").arg(event.type)});
    }
    // A replay is answered without looking further; the claim inside each transaction settles a race.
    auto seen = StripeWebhookStore(m_database).seen(event.id);
    if (!seen)
        return now<StripeWebhookReceipt>(fail(seen.error()));
    if (*seen) {
        auto order = StripeWebhookStore(m_database).orderOf(event.id);
        return now<StripeWebhookReceipt>(StripeWebhookReceipt{Outcome::Replayed, StripeSignature::Verdict::Valid,
                event.id, event.type, order ? *order : std::nullopt, tr("This event was processed before.")});
    }
    if (event.type == kIntentSucceeded || event.type == kIntentFailed)
        return applyPaymentIntent(event);
    if (event.type == kChargeRefunded)
        return now(TransactionRunner::run(m_database, [&] { return applyRefunds(event); }));
    return now(TransactionRunner::run(m_database, [&] { return applyDispute(event); }));
}

Result<StripeWebhookReceipt> StripeWebhookEvents::acknowledge(
        const StripeEvent &event, Outcome outcome, std::optional<qint64> order, const QString &note)
{
    auto claimed = StripeWebhookStore(m_database).claim(event.id, event.type, order, m_clock.now());
    if (!claimed)
        return fail(claimed.error());
    if (outcome == Outcome::UnknownObject)
        qCInfo(lcPayments).noquote() << "Stripe event" << event.id << event.type << "acknowledged:" << note;
    return StripeWebhookReceipt{*claimed ? outcome : Outcome::Replayed, StripeSignature::Verdict::Valid, event.id,
            event.type, order, *claimed ? note : tr("This event was processed before.")};
}

Result<std::optional<PaymentAttempt>> StripeWebhookEvents::chargeAttemptFor(
        const StripeEvent &event, const QString &intent)
{
    PaymentRepository payments(m_database);
    auto named = payments.attemptsForIntent(intent);
    if (!named)
        return fail(named.error());
    for (auto it = named->crbegin(); it != named->crend(); ++it) {
        if (it->kind == PaymentAttemptKind::Charge)
            return std::optional<PaymentAttempt>(*it);
    }
    // The charge's answer was lost before Shipshape learnt the intent's id: Stripe copied the order's
    // metadata onto the intent (StripeGateway::charge), and an order has one open charge at a time.
    const QJsonObject metadata = event.object.value(u"metadata"_s).toObject();
    const QString orderId = metadata.value(u"order_id"_s).toString();
    if (orderId.isEmpty())
        return std::optional<PaymentAttempt>();
    auto order = m_orders.find(orderId);
    if (!order) {
        if (order.error().code == ErrorCode::NotFound || order.error().code == ErrorCode::InvalidInput)
            return std::optional<PaymentAttempt>();
        return fail(order.error());
    }
    if (metadata.value(u"order_number"_s).toString() != QString::number(order->number))
        return std::optional<PaymentAttempt>();
    auto attempts = payments.attemptsFor(order->number);
    if (!attempts)
        return fail(attempts.error());
    for (const PaymentAttempt &attempt : std::as_const(*attempts)) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.isOpen() && attempt.providerId.isEmpty())
            return std::optional<PaymentAttempt>(attempt);
    }
    return std::optional<PaymentAttempt>();
}

AsyncResult<StripeWebhookReceipt> StripeWebhookEvents::applyPaymentIntent(const StripeEvent &event)
{
    const QString intent = event.object.value(u"id"_s).toString();
    if (!intent.startsWith(u"pi_"_s) || event.object.value(u"object"_s).toString() != u"payment_intent"_s)
        return now<StripeWebhookReceipt>(fail(Error::invalid(
                u"data.object.id"_s, intent, tr("A %1 event carries a PaymentIntent (pi_…).").arg(event.type))));
    auto found = chargeAttemptFor(event, intent);
    if (!found)
        return now<StripeWebhookReceipt>(fail(found.error()));
    if (!found->has_value()) {
        return now(TransactionRunner::run(m_database, [&] {
            return acknowledge(event, Outcome::UnknownObject, std::nullopt,
                    tr("No card charge of this shop is PaymentIntent %1 (a payment link's payment is settled by the "
                       "worker's link reconciliation).")
                            .arg(intent));
        }));
    }
    const PaymentAttempt attempt = **found;
    const std::optional<qint64> amount = event.integerAt(u"amount"_s);
    const QString currency = event.object.value(u"currency"_s).toString().toUpper();
    if (!amount || *amount != attempt.amount.minorUnits() || currency != attempt.amount.currency().code()) {
        // Not the charge Shipshape asked for: recording it would book money the order never asked for.
        qCWarning(lcPayments).noquote() << "Stripe event" << event.id << "for order" << attempt.orderNumber
                                        << "does not match its charge attempt" << attempt.id;
        return now(TransactionRunner::run(m_database, [&] {
            return acknowledge(event, Outcome::UnknownObject, attempt.orderNumber,
                    tr("PaymentIntent %1 is not the charge order %2 asked for (amount or currency differ).")
                            .arg(intent)
                            .arg(attempt.orderNumber));
        }));
    }

    // The intent is what Stripe's API would answer about it: read it the one way Shipshape reads intents.
    GatewayResult result
            = StripeGateway::interpret(200, QJsonDocument(event.object).toJson(QJsonDocument::Compact), false);
    struct Recorded {
        StripeWebhookReceipt receipt;
        std::optional<Order> order; // set when this delivery resolved the attempt
    };
    auto recorded = TransactionRunner::run(m_database, [&]() -> Result<Recorded> {
        auto unit = UnitOfWork::begin(m_database);
        if (!unit)
            return fail(unit.error());
        auto claimed = StripeWebhookStore(m_database).claim(event.id, event.type, attempt.orderNumber, m_clock.now());
        if (!claimed)
            return fail(claimed.error());
        Recorded done{{Outcome::Replayed, StripeSignature::Verdict::Valid, event.id, event.type, attempt.orderNumber,
                              tr("This event was processed before.")},
                std::nullopt};
        if (!*claimed)
            return done;
        // The same rule as reconciliation: an attempt already resolved is left as it is.
        auto current = PaymentRepository(m_database).attempt(attempt.id);
        if (!current)
            return fail(current.error());
        const bool open = current->has_value() && (*current)->isOpen();
        auto order = m_orders.recordChargeOutcome(attempt.id, result);
        if (!order)
            return fail(order.error());
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        done.receipt.outcome = Outcome::Applied;
        done.receipt.note
                = tr("Payment attempt %1 of order %2 was already settled.").arg(attempt.id).arg(attempt.orderNumber);
        if (open) {
            done.receipt.note = tr("Payment attempt %1 of order %2 resolved (%3).")
                                        .arg(attempt.id)
                                        .arg(attempt.orderNumber)
                                        .arg(result.providerStatus);
            done.order = *order;
        }
        return done;
    });
    if (!recorded)
        return now<StripeWebhookReceipt>(fail(recorded.error()));
    if (!recorded->order)
        return now<StripeWebhookReceipt>(recorded->receipt);
    qCInfo(lcPayments).noquote() << "Stripe event" << event.id << event.type << recorded->receipt.note;
    // After the commit, as after reconciliation: money for an order cancelled meanwhile goes back.
    return andThen(m_payments.afterChargeRecorded(*recorded->order, result),
            [receipt = recorded->receipt](const Status &) -> Result<StripeWebhookReceipt> { return receipt; });
}

Result<StripeWebhookReceipt> StripeWebhookEvents::applyRefunds(const StripeEvent &event)
{
    const QString intent = idOf(event.object.value(u"payment_intent"_s));
    const QString charge = event.object.value(u"id"_s).toString();
    if (event.object.value(u"object"_s).toString() != u"charge"_s || !charge.startsWith(u"ch_"_s))
        return fail(
                Error::invalid(u"data.object.id"_s, charge, tr("A charge.refunded event carries a charge (ch_…).")));
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    PaymentRepository payments(m_database);
    auto named = intent.isEmpty() ? Result<QList<PaymentAttempt>>() : payments.attemptsForIntent(intent);
    if (!named)
        return fail(named.error());
    // What the intent's charges brought in and what has gone back or is on its way back (Shipshape's
    // refunds in flight count: they may be the very refunds this event reports).
    qint64 charged = 0;
    qint64 returned = 0;
    bool refundInFlight = false;
    std::optional<qint64> orderNumber;
    for (const PaymentAttempt &attempt : std::as_const(*named)) {
        if (attempt.kind == PaymentAttemptKind::Charge && attempt.status == PaymentAttemptStatus::Succeeded) {
            charged += attempt.amount.minorUnits();
            orderNumber = attempt.orderNumber;
        } else if (attempt.kind == PaymentAttemptKind::Refund && attempt.status != PaymentAttemptStatus::Failed) {
            returned += attempt.amount.minorUnits();
            refundInFlight = refundInFlight || attempt.isOpen();
        }
    }
    if (!orderNumber) {
        auto acknowledged = acknowledge(event, Outcome::UnknownObject, std::nullopt,
                tr("No order of this shop was paid with charge %1.").arg(charge));
        if (!acknowledged)
            return acknowledged;
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        return acknowledged;
    }

    // The refunds this event reports that nobody recorded yet.
    QList<StripeRefund> fresh;
    const QJsonValue list = event.object.value(u"refunds"_s);
    if (list.isObject()) {
        const QJsonArray data = list.toObject().value(u"data"_s).toArray();
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject refund = data.at(i).toObject();
            const QString id = refund.value(u"id"_s).toString();
            const auto amount = event.integerAt(u"refunds.data[%1].amount"_s.arg(i));
            if (!id.startsWith(u"re_"_s) || !amount || *amount <= 0)
                return fail(Error::invalid(u"data.object.refunds.data[%1]"_s.arg(i), id,
                        tr("A refund needs its id (re_…) and a positive integer amount.")));
            if (refund.value(u"status"_s).toString() != u"succeeded"_s)
                continue; // pending or failed: no money has gone back (yet)
            // Refunds Shipshape asked for carry the order in their metadata: their attempts record them
            // (the worker's reconciliation when the answer was lost), never this event.
            if (!refund.value(u"metadata"_s).toObject().value(u"order_number"_s).toString().isEmpty())
                continue;
            auto known = payments.attemptWithProviderId(id);
            if (!known)
                return fail(known.error());
            if (known->has_value())
                continue;
            fresh.append(StripeRefund{id, *amount, refund.value(u"reason"_s).toString()});
        }
    } else if (!refundInFlight) {
        // Without the refund list (Stripe no longer expands it by default) the charge's refunded total says
        // how much went back; what Shipshape has not recorded of it was refunded elsewhere. The total names
        // the refund, so the same total is never recorded twice.
        const auto total = event.integerAt(u"amount_refunded"_s);
        if (!total)
            return fail(Error::invalid(u"data.object.amount_refunded"_s, {},
                    tr("A charge.refunded event needs the charge's amount_refunded as an integer.")));
        const QString id = charge + u":refunded:"_s + QString::number(*total);
        auto known = payments.attemptWithProviderId(id);
        if (!known)
            return fail(known.error());
        if (*total > returned && !known->has_value())
            fresh.append(StripeRefund{id, *total - returned, {}});
    }

    auto order = m_orders.find(QString::number(*orderNumber));
    if (!order)
        return fail(order.error());
    const QString currency = event.object.value(u"currency"_s).toString().toUpper();
    if (currency != order->total.currency().code()) {
        qCWarning(lcPayments).noquote() << "Stripe event" << event.id << "is in" << currency << "but order"
                                        << *orderNumber << "in" << order->total.currency().code();
        fresh.clear();
    }
    auto claimed = StripeWebhookStore(m_database).claim(event.id, event.type, orderNumber, m_clock.now());
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed) {
        return StripeWebhookReceipt{Outcome::Replayed, StripeSignature::Verdict::Valid, event.id, event.type,
                orderNumber, tr("This event was processed before.")};
    }
    qint64 intentLeft = charged - returned;
    qint64 orderLeft = order->paid.minorUnits() - order->refunded.minorUnits();
    QStringList recorded;
    for (const StripeRefund &refund : std::as_const(fresh)) {
        // Never more than was paid: whatever Stripe says, the intent's charges and the order's payments
        // bound what can be booked as returned (the schema refuses refunded > paid as well).
        const qint64 amount = std::min({refund.amount, intentLeft, orderLeft});
        if (amount <= 0) {
            qCWarning(lcPayments).noquote() << "Stripe refund" << refund.id << "of order" << *orderNumber
                                            << "not recorded: nothing is left refundable";
            continue;
        }
        if (amount < refund.amount)
            qCWarning(lcPayments).noquote() << "Stripe refund" << refund.id << "of order" << *orderNumber
                                            << "recorded as" << amount << "of" << refund.amount << "(what is left)";
        PaymentAttempt attempt;
        attempt.orderNumber = *orderNumber;
        attempt.kind = PaymentAttemptKind::Refund;
        // Never sent to Stripe (the refund already happened there): the key says where it came from and
        // is unique, so a refund id cannot be recorded twice even by two deliveries at once.
        attempt.idempotencyKey = u"stripe-dashboard-"_s + refund.id;
        attempt.amount = Money(amount, order->total.currency());
        attempt.paymentIntent = intent;
        attempt.status = PaymentAttemptStatus::Started;
        attempt.reason
                = refund.reason.isEmpty() ? tr("Refunded in Stripe") : tr("Refunded in Stripe (%1)").arg(refund.reason);
        attempt.startedAt = m_clock.now();
        attempt.actor = m_database.actor();
        auto created = payments.createAttempt(attempt);
        if (!created)
            return fail(created.error());
        GatewayResult result;
        result.outcome = GatewayOutcome::Succeeded;
        result.providerId = refund.id;
        result.paymentIntent = intent;
        result.providerStatus = u"succeeded"_s;
        if (auto applied = m_orders.recordRefundOutcome(created->id, result); !applied)
            return fail(applied.error());
        intentLeft -= amount;
        orderLeft -= amount;
        recorded << Money(amount, order->total.currency()).toDecimalString();
    }
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    const QString note = recorded.isEmpty()
            ? tr("Nothing new to record on order %1.").arg(*orderNumber)
            : tr("Recorded %n refund(s) made in Stripe on order %1: %2 %3.", nullptr, int(recorded.size()))
                      .arg(*orderNumber)
                      .arg(recorded.join(u", "_s), order->total.currency().code());
    qCInfo(lcPayments).noquote() << "Stripe event" << event.id << event.type << note;
    return StripeWebhookReceipt{
            Outcome::Applied, StripeSignature::Verdict::Valid, event.id, event.type, orderNumber, note};
}

Result<StripeWebhookReceipt> StripeWebhookEvents::applyDispute(const StripeEvent &event)
{
    const QString dispute = event.object.value(u"id"_s).toString();
    if (event.object.value(u"object"_s).toString() != u"dispute"_s || !dispute.startsWith(u"dp_"_s))
        return fail(Error::invalid(
                u"data.object.id"_s, dispute, tr("A charge.dispute.created event carries a dispute (dp_…).")));
    const QString intent = idOf(event.object.value(u"payment_intent"_s));
    const QString reason = event.object.value(u"reason"_s).toString();
    const auto amount = event.integerAt(u"amount"_s);
    if (!amount)
        return fail(Error::invalid(
                u"data.object.amount"_s, {}, tr("A dispute needs its amount as an integer in minor units.")));
    auto currency = Currency::fromCode(event.object.value(u"currency"_s).toString().toUpper());
    if (!currency)
        return fail(Error::invalid(
                u"data.object.currency"_s, event.object.value(u"currency"_s).toString(), currency.error().message));

    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    std::optional<qint64> orderNumber;
    if (!intent.isEmpty()) {
        auto named = PaymentRepository(m_database).attemptsForIntent(intent);
        if (!named)
            return fail(named.error());
        for (const PaymentAttempt &attempt : std::as_const(*named)) {
            if (attempt.kind == PaymentAttemptKind::Charge)
                orderNumber = attempt.orderNumber;
        }
    }
    if (!orderNumber) {
        auto acknowledged = acknowledge(event, Outcome::UnknownObject, std::nullopt,
                tr("No order of this shop was paid with the disputed charge %1.")
                        .arg(idOf(event.object.value(u"charge"_s))));
        if (!acknowledged)
            return acknowledged;
        if (auto committed = unit->commit(); !committed)
            return fail(committed.error());
        return acknowledged;
    }
    auto claimed = StripeWebhookStore(m_database).claim(event.id, event.type, orderNumber, m_clock.now());
    if (!claimed)
        return fail(claimed.error());
    if (!*claimed) {
        return StripeWebhookReceipt{Outcome::Replayed, StripeSignature::Verdict::Valid, event.id, event.type,
                orderNumber, tr("This event was processed before.")};
    }
    const Money disputed(*amount, *currency);
    const QString text = tr("Dispute opened: %1, %2 %3")
                                 .arg(reason.isEmpty() ? tr("no reason given") : reason, disputed.toDecimalString(),
                                         currency->code());
    const QJsonObject details{{u"dispute"_s, dispute}, {u"reason"_s, reason}, {u"amount"_s, disputed.toDecimalString()},
            {u"currency"_s, currency->code()}, {u"charge"_s, idOf(event.object.value(u"charge"_s))},
            {u"paymentIntent"_s, intent}, {u"status"_s, event.object.value(u"status"_s).toString()}};
    // An order change like any other (locked, versioned, its timeline row, its event after the commit),
    // with no money in it: the dispute is Stripe's to settle, and its outcome comes as its own event.
    OrderContext context{m_database, m_clock, m_events, nullptr, m_orders.settings(), &m_steadyClock};
    OrderChanges changes(context);
    auto changed = changes.apply(QString::number(*orderNumber), [&](Order &order, OrderChange &change) -> Status {
        change.timeline.append(changes.entry(u"DisputeOpened"_s, std::nullopt, std::nullopt, text, details));
        change.events.append(changes.event(u"DisputeOpened"_s, order, details));
        return {};
    });
    if (!changed)
        return fail(changed.error());
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcPayments).noquote() << "Stripe event" << event.id << event.type << "on order" << *orderNumber;
    return StripeWebhookReceipt{Outcome::Applied, StripeSignature::Verdict::Valid, event.id, event.type, orderNumber,
            tr("Order %1: %2").arg(*orderNumber).arg(text)};
}

} // namespace shipshape
