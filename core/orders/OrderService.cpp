#include "orders/OrderService.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "common/Uuid.h"
#include "customers/CustomerRepository.h"
#include "events/DomainEventBus.h"
#include "inventory/InventoryRepository.h"
#include "notification/NotificationOutbox.h"
#include "orders/OrderRepository.h"
#include "orders/PlacementKeyRepository.h"
#include "orders/PlacementLog.h"
#include "payment/PaymentLinkRepository.h"
#include "payment/PaymentRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/TransactionRunner.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QJsonArray linesToJson(const QList<LineItem> &lines)
{
    QJsonArray array;
    for (const LineItem &line : lines) {
        array.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity},
                {u"unitPrice"_s, line.unitPrice.toDecimalString()}});
    }
    return array;
}

// Rows are locked in SKU order whatever the order of the lines, so that two transactions touching the
// same products cannot deadlock on PostgreSQL.
QList<LineItem> linesBySku(QList<LineItem> lines)
{
    std::sort(lines.begin(), lines.end(), [](const LineItem &a, const LineItem &b) { return a.sku < b.sku; });
    return lines;
}

QString itemField(qsizetype index, const char16_t *name)
{
    return u"items[%1].%2"_s.arg(index).arg(QStringView(name));
}

} // namespace

OrderService::OrderService(
        Database &database, const Clock &clock, DomainEventBus *events, OrderServiceSettings settings)
    : m_database(database), m_clock(clock), m_events(events), m_settings(settings)
{}

TimelineEntry OrderService::entry(const QString &event, std::optional<OrderStatus> from, std::optional<OrderStatus> to,
        const QString &reason, const QJsonObject &details) const
{
    TimelineEntry result;
    result.at = m_clock.now();
    result.actor = m_database.actor();
    result.event = event;
    result.fromStatus = from;
    result.toStatus = to;
    result.reason = reason;
    result.details = details;
    return result;
}

DomainEvent OrderService::event(const QString &name, const Order &order, const QJsonObject &payload) const
{
    return DomainEvent{name, order.number, {}, m_clock.now(), m_database.actor(), payload};
}

void OrderService::publish(const QList<DomainEvent> &events) const
{
    if (m_events)
        m_events->publish(events);
}

Result<Customer> OrderService::resolveCustomer(const CustomerReference &reference)
{
    CustomerRepository customers(m_database);
    if (!reference.id.isEmpty()) {
        if (!looksLikeUuid(reference.id.trimmed())) {
            return fail(Error::invalid(
                    u"customerId"_s, reference.id, tr("\"%1\" is not a customer ID.").arg(reference.id)));
        }
        auto found = customers.findById(reference.id.trimmed());
        if (!found)
            return fail(found.error());
        if (!found->has_value())
            return fail(
                    Error::notFound(u"customerId"_s, reference.id, tr("Unknown customer \"%1\".").arg(reference.id)));
        return **found;
    }
    auto name = TextField::singleLine(u"customer.name"_s, reference.name, 200);
    if (!name)
        return fail(name.error());
    auto email = TextField::email(u"customer.email"_s, reference.email);
    if (!email)
        return fail(email.error());
    auto found = customers.findByEmail(*email);
    if (!found)
        return fail(found.error());
    if (found->has_value())
        return **found;
    return customers.insert(Customer{0, makeUuidV7(m_clock.now()), *name, *email, m_clock.now()});
}

Result<QList<LineItem>> OrderService::priceLines(const QList<OrderItemRequest> &items, const QList<LineItem> &existing)
{
    if (items.isEmpty())
        return fail(Error::invalid(u"items"_s, {}, tr("An order needs at least one line item.")));
    InventoryRepository inventory(m_database);
    QSet<QString> seen;
    QList<LineItem> lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OrderItemRequest &item = items.at(i);
        const QString sku = item.sku.trimmed();
        if (sku.isEmpty())
            return fail(
                    Error::invalid(itemField(i, u"productId"), item.sku, tr("Line %1 has no product SKU.").arg(i + 1)));
        if (seen.contains(sku)) {
            return fail(Error::invalid(itemField(i, u"productId"), sku,
                    tr("%1 appears more than once; put the whole quantity on one line.").arg(sku)));
        }
        seen.insert(sku);
        if (item.quantity <= 0 || item.quantity > OrderServiceSettings::kMaxQuantity) {
            return fail(Error::invalid(itemField(i, u"quantity"), QString::number(item.quantity),
                    tr("Quantity of %1 must be between 1 and %2 (got %3).")
                            .arg(sku)
                            .arg(OrderServiceSettings::kMaxQuantity)
                            .arg(item.quantity)));
        }
        auto product = inventory.find(sku);
        if (!product)
            return fail(product.error());
        if (!product->has_value())
            return fail(Error::notFound(itemField(i, u"productId"), sku, tr("Unknown product SKU \"%1\".").arg(sku)));

        // A line already on the order keeps the price it was sold at; a new line takes today's price.
        Money unitPrice = (*product)->price;
        for (const LineItem &line : existing) {
            if (line.sku == sku)
                unitPrice = line.unitPrice;
        }
        if (item.expectedPrice) {
            auto expected = Money::parse(*item.expectedPrice, unitPrice.currency(), itemField(i, u"price"));
            if (!expected)
                return fail(expected.error());
            if (!(*expected == unitPrice)) {
                return fail(Error::conflict(tr("The price of %1 is %2, not %3: reload the catalogue and try again.")
                                                    .arg(sku, unitPrice.toDecimalString(), expected->toDecimalString()),
                        itemField(i, u"price"), *item.expectedPrice));
            }
        }
        if (!lines.isEmpty() && !(lines.constFirst().unitPrice.currency() == unitPrice.currency())) {
            return fail(Error::invalid(itemField(i, u"productId"), sku,
                    tr("%1 is priced in %2, but this order is in %3.")
                            .arg(sku, unitPrice.currency().code(), lines.constFirst().unitPrice.currency().code())));
        }
        auto lineTotal = unitPrice.times(item.quantity);
        if (!lineTotal)
            return fail(lineTotal.error());
        lines.append(LineItem{sku, (*product)->name, item.quantity, unitPrice, *lineTotal});
    }
    return lines;
}

Status OrderService::adjustStock(Order &order, const QString &sku, qint64 delta, Change &change)
{
    if (delta == 0)
        return {};
    InventoryRepository inventory(m_database);
    const QDateTime now = m_clock.now();
    auto level = delta > 0 ? inventory.reserve(sku, delta, now) : inventory.release(sku, -delta, now);
    if (!level) {
        if (level.error().code == ErrorCode::Conflict && delta > 0) {
            auto product = inventory.find(sku);
            const qint64 available = (product && product->has_value()) ? (*product)->available() : 0;
            return fail(Error::conflict(
                    tr("Out of stock: %1 has %2 available, %3 requested.").arg(sku).arg(available).arg(delta), u"sku"_s,
                    sku));
        }
        return fail(level.error());
    }
    const StockMovementKind kind = delta > 0 ? StockMovementKind::Reserve : StockMovementKind::Release;
    StockMovement movement{
            0, sku, kind, 0, delta, level->onHand, level->reserved, order.number, m_database.actor(), {}, now};
    if (auto recorded = inventory.record(movement); !recorded)
        return recorded;
    DomainEvent stockEvent{delta > 0 ? u"StockReserved"_s : u"StockReleased"_s, order.number, sku, now,
            m_database.actor(), QJsonObject{{u"quantity"_s, delta > 0 ? delta : -delta}}};
    change.events.append(stockEvent);
    return {};
}

Status OrderService::releaseAll(Order &order, Change &change)
{
    for (const LineItem &line : linesBySku(order.lines)) {
        if (auto released = adjustStock(order, line.sku, -line.quantity, change); !released)
            return released;
    }
    return {};
}

Result<Order> OrderService::place(const PlaceOrderRequest &request)
{
    const qint64 startedMs = m_monotonic->elapsedMs();
    auto placed = TransactionRunner::run(m_database, [&] { return placeOnce(request, startedMs); });
    // Bad input is not a placement attempt; a refusal by the shop's state or a system failure is.
    // Its transaction rolled back, so the attempt is logged in a short transaction of its own.
    if (!placed && placed.error().code != ErrorCode::InvalidInput && placed.error().code != ErrorCode::NotFound
            && !request.items.isEmpty()) {
        const Error &error = placed.error();
        PlacementRecord record;
        record.at = m_clock.now();
        record.outcome = error.code != ErrorCode::Conflict ? PlacementOutcome::Failed
                : error.field == u"sku"_s                  ? PlacementOutcome::OutOfStock
                                                           : PlacementOutcome::Conflict;
        record.durationMs = m_monotonic->elapsedMs() - startedMs;
        record.paymentMethod = PaymentMethods::key(request.paymentMethod);
        record.error = error.message;
        if (auto logged = PlacementLog(m_database).recordRefused(record, request.items.constFirst().sku.trimmed());
                !logged)
            qCWarning(lcOrders) << "Could not log the refused placement:" << logged.error().message;
    }
    return placed;
}

Result<Order> OrderService::placeOnce(const PlaceOrderRequest &request, qint64 startedMs)
{
    if (request.paymentLink && request.paymentMethod != PaymentMethodType::Card) {
        return fail(Error::invalid(u"paymentMethod"_s, PaymentMethods::key(request.paymentMethod),
                tr("A payment link is for card payments; choose card as the payment method.")));
    }
    if (request.paymentMethod == PaymentMethodType::Card && !request.paymentLink) {
        if (auto valid = validateCardToken(request.paymentToken); !valid)
            return fail(valid.error());
    }
    auto address = Address::validated(request.shippingAddress);
    if (!address)
        return fail(address.error());
    const QString key = request.idempotencyKey.trimmed();
    if (key.size() > 100)
        return fail(Error::invalid(
                u"idempotencyKey"_s, key.left(40), tr("An idempotency key has at most 100 characters.")));

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());

    PlacementKeyRepository placements(m_database);
    if (!key.isEmpty()) {
        // Checked inside the write transaction, and the key is unique in the schema: a repeat (a retry
        // after a crash, or another desktop racing) gets the order the first placement created.
        auto placed = placements.orderFor(key);
        if (!placed)
            return fail(placed.error());
        if (placed->has_value()) {
            qCInfo(lcOrders) << "Placement" << key << "already placed order" << **placed;
            return find(QString::number(**placed));
        }
    }

    auto customer = resolveCustomer(request.customer);
    if (!customer)
        return fail(customer.error());
    auto lines = priceLines(request.items, {});
    if (!lines)
        return fail(lines.error());
    auto total = Order::totalOf(*lines);
    if (!total)
        return fail(total.error());

    OrderRepository orders(m_database);
    auto number = orders.allocateNumber();
    if (!number)
        return fail(number.error());

    const QDateTime now = m_clock.now();
    Order order;
    order.id = makeUuidV7(now);
    order.number = *number;
    order.customer = *customer;
    order.status = OrderStatus::Pending;
    order.lines = *lines;
    order.shippingAddress = *address;
    order.paymentMethod = request.paymentMethod;
    order.total = *total;
    order.paid = Money::zero(total->currency());
    order.refunded = Money::zero(total->currency());
    order.credit = Money::zero(total->currency());
    order.placedAt = now;
    order.updatedAt = now;
    // A card order waits for its charge, which the worker reconciles if the answer is lost; manual
    // methods wait for staff and a payment link for the customer, and so hold stock for a limited time.
    if (PaymentMethods::isManual(order.paymentMethod))
        order.reservationExpiresAt = now.addSecs(qint64(m_settings.reservationHoldMinutes) * 60);
    else if (request.paymentLink)
        order.reservationExpiresAt = now.addSecs(qint64(m_settings.paymentLinkHoldMinutes) * 60);
    order.version = 1;
    if (auto inserted = orders.insert(order); !inserted)
        return fail(inserted.error());
    if (!key.isEmpty()) {
        if (auto recorded = placements.record(key, order.number, now); !recorded)
            return fail(recorded.error());
    }

    Change change;
    for (const LineItem &line : linesBySku(order.lines)) {
        if (auto reserved = adjustStock(order, line.sku, line.quantity, change); !reserved)
            return fail(reserved.error());
    }
    const QJsonObject details{{u"items"_s, linesToJson(order.lines)}, {u"total"_s, order.total.toDecimalString()},
            {u"currency"_s, order.total.currency().code()},
            {u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)}, {u"paymentLink"_s, request.paymentLink}};
    if (auto logged = orders.appendTimeline(
                order.number, entry(u"OrderPlaced"_s, std::nullopt, OrderStatus::Pending, {}, details));
            !logged)
        return fail(logged.error());
    change.events.prepend(event(u"OrderPlaced"_s, order, details));
    if (auto queued = m_outbox ? m_outbox->enqueueFor(change.events.constFirst(), order) : Status(); !queued)
        return fail(queued.error());
    if (order.paymentMethod == PaymentMethodType::Card && !request.paymentLink) {
        auto attempt = createAttempt(order, PaymentAttemptKind::Charge, order.total, request.paymentToken, {}, {});
        if (!attempt)
            return fail(attempt.error());
    }
    // Card orders are settled by the charge's answer (PaymentWorkflow); until then they are pending.
    PlacementRecord placement{now, order.total.currency().code(), PlacementOutcome::Pending,
            m_monotonic->elapsedMs() - startedMs, order.number, PaymentMethods::key(order.paymentMethod), {}};
    if (auto logged = PlacementLog(m_database).record(placement); !logged)
        return fail(logged.error());

    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcOrders) << "Placed order" << order.number << "total" << order.total.toDecimalString();
    publish(change.events);
    return find(QString::number(order.number));
}

Result<std::optional<qint64>> OrderService::orderPlacedWithKey(const QString &idempotencyKey)
{
    return PlacementKeyRepository(m_database).orderFor(idempotencyKey.trimmed());
}

Result<qint64> OrderService::resolveExisting(const QString &orderReference)
{
    return OrderRepository(m_database).resolveExisting(orderReference);
}

Status OrderService::transition(Order &order, OrderStatus to, const QString &action)
{
    if (!OrderLifecycle::canTransition(order.status, to)) {
        return fail(Error::conflict(tr("Cannot %1 order %2: it is %3.")
                                            .arg(action)
                                            .arg(order.number)
                                            .arg(OrderLifecycle::displayName(order.status).toLower()),
                u"status"_s, OrderLifecycle::key(order.status)));
    }
    order.status = to;
    // Only a pending order waits for payment; every later status ends the hold.
    order.reservationExpiresAt.reset();
    return {};
}

Result<Order> OrderService::mutate(const QString &orderReference, const Mutation &mutation, bool skipIfLocked)
{
    return TransactionRunner::run(m_database, [&] { return mutateOnce(orderReference, mutation, skipIfLocked); });
}

Result<Order> OrderService::mutateOnce(const QString &orderReference, const Mutation &mutation, bool skipIfLocked)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    if (skipIfLocked) {
        auto claimed = OrderRepository(m_database).claim(*number);
        if (!claimed)
            return fail(claimed.error());
        if (!*claimed)
            return fail(Error::conflict(tr("Order %1 is being changed by another client.").arg(*number)));
    }
    auto events = mutateWithin(*number, mutation);
    if (!events)
        return fail(events.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    publish(*events);
    return find(QString::number(*number));
}

Result<QList<DomainEvent>> OrderService::mutateWithin(qint64 number, const Mutation &mutation)
{
    OrderRepository orders(m_database);
    auto loaded = orders.load(number, false, true);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(u"order"_s, QString::number(number), tr("No order %1.").arg(number)));
    Order order = std::move(**loaded);
    const qint64 version = order.version;

    const Order before = order;
    Change change;
    if (auto changed = mutation(order, change); !changed)
        return fail(changed.error());
    // Every change of an order leaves its timeline row (the server refuses one that does not); a mutation
    // that only wrote elsewhere (a payment link's state) leaves the order row, and its version, alone.
    if (change.timeline.isEmpty()) {
        if (change.linesChanged || !OrderRepository::sameStoredState(before, order)) {
            return fail(Error::internal(
                    u"order %1 was changed without a timeline entry"_s.arg(order.number)));
        }
        for (const DomainEvent &domainEvent : std::as_const(change.events)) {
            if (auto queued = m_outbox ? m_outbox->enqueueFor(domainEvent, order) : Status(); !queued)
                return fail(queued.error());
        }
        return change.events;
    }
    order.updatedAt = m_clock.now();
    if (auto checked = order.checkInvariants(); !checked)
        return fail(checked.error());
    if (auto updated = orders.update(order, version); !updated)
        return fail(updated.error());
    if (change.linesChanged) {
        if (auto replaced = orders.replaceLines(order.number, order.lines); !replaced)
            return fail(replaced.error());
    }
    for (const TimelineEntry &timelineEntry : std::as_const(change.timeline)) {
        if (auto logged = orders.appendTimeline(order.number, timelineEntry); !logged)
            return fail(logged.error());
    }
    for (const DomainEvent &domainEvent : std::as_const(change.events)) {
        if (auto queued = m_outbox ? m_outbox->enqueueFor(domainEvent, order) : Status(); !queued)
            return fail(queued.error());
    }
    return change.events;
}

Result<Order> OrderService::modify(const QString &orderReference, const ModifyOrderRequest &request)
{
    if (!request.items && !request.shippingAddress)
        return fail(Error::invalid(u"items"_s, {}, tr("Nothing to modify: give items or a shipping address.")));
    std::optional<Address> address;
    if (request.shippingAddress) {
        auto validated = Address::validated(*request.shippingAddress);
        if (!validated)
            return fail(validated.error());
        address = *validated;
    }
    auto note = TextField::multiLine(u"note"_s, request.note, 2000);
    if (!note)
        return fail(note.error());

    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        if (!OrderLifecycle::isModifiable(order.status)) {
            return fail(Error::conflict(tr("Order %1 is %2 and can no longer be modified.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status).toLower()),
                    u"status"_s, OrderLifecycle::key(order.status)));
        }
        QJsonObject details;
        if (request.items) {
            auto lines = priceLines(*request.items, order.lines);
            if (!lines)
                return fail(lines.error());
            QHash<QString, qint64> before;
            for (const LineItem &line : order.lines)
                before.insert(line.sku, line.quantity);
            QHash<QString, qint64> after;
            for (const LineItem &line : *lines)
                after.insert(line.sku, line.quantity);
            QJsonArray changes;
            // Releases first, so that swapping quantities between lines never fails for want of stock.
            for (const LineItem &line : linesBySku(order.lines)) {
                const qint64 delta = after.value(line.sku) - line.quantity;
                if (delta < 0) {
                    if (auto adjusted = adjustStock(order, line.sku, delta, change); !adjusted)
                        return adjusted;
                }
            }
            for (const LineItem &line : linesBySku(*lines)) {
                const qint64 delta = line.quantity - before.value(line.sku);
                if (delta > 0) {
                    if (auto adjusted = adjustStock(order, line.sku, delta, change); !adjusted)
                        return adjusted;
                }
            }
            for (const LineItem &line : order.lines) {
                if (after.value(line.sku) != line.quantity) {
                    changes.append(QJsonObject{
                            {u"sku"_s, line.sku}, {u"from"_s, line.quantity}, {u"to"_s, after.value(line.sku)}});
                }
            }
            for (const LineItem &line : *lines) {
                if (!before.contains(line.sku))
                    changes.append(QJsonObject{{u"sku"_s, line.sku}, {u"from"_s, 0}, {u"to"_s, line.quantity}});
            }
            auto total = Order::totalOf(*lines);
            if (!total)
                return fail(total.error());
            if (!changes.isEmpty()) {
                details.insert(u"items"_s, changes);
                details.insert(u"totalBefore"_s, order.total.toDecimalString());
                details.insert(u"totalAfter"_s, total->toDecimalString());
            }
            order.lines = *lines;
            order.total = *total;
            change.linesChanged = true;
        }
        if (address && !(*address == order.shippingAddress)) {
            details.insert(u"shippingAddress"_s,
                    QJsonObject{{u"from"_s, order.shippingAddress.singleLine()}, {u"to"_s, address->singleLine()}});
            order.shippingAddress = *address;
        }
        if (details.isEmpty())
            return fail(Error::invalid(u"items"_s, {}, tr("The request does not change order %1.").arg(order.number)));
        change.timeline.append(entry(u"OrderModified"_s, order.status, order.status, *note, details));
        change.events.prepend(event(u"OrderModified"_s, order, details));
        return {};
    });
}

Result<Order> OrderService::cancel(const QString &orderReference, CancelReason reason, const QString &note)
{
    return cancel(orderReference, reason, note, CancelSettlement{});
}

Result<Order> OrderService::cancel(
        const QString &orderReference, CancelReason reason, const QString &note, const CancelSettlement &settlement)
{
    auto cleanNote = TextField::multiLine(u"note"_s, note, 2000);
    if (!cleanNote)
        return fail(cleanNote.error());
    std::optional<ManualRefundRequest> refund;
    if (settlement.money == CancelMoney::RecordRefund) {
        auto cleaned = cleanManualRefund(settlement.refund);
        if (!cleaned)
            return fail(cleaned.error());
        refund = *cleaned;
    }
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        const OrderStatus from = order.status;
        if (auto moved = transition(order, OrderStatus::Cancelled, tr("cancel")); !moved)
            return moved;
        order.cancelReason = reason;
        if (auto released = releaseAll(order, change); !released)
            return released;
        QJsonObject details{{u"reason"_s, CancelReasons::key(reason)}, {u"note"_s, *cleanNote}};
        // Cancelled, the order is owed nothing: everything the shop holds and has not kept as credit
        // goes back, and the person cancelling says how.
        const Money held = order.refundOwed();
        if (held.minorUnits() > 0) {
            details.insert(u"money"_s, CancelMoneyChoices::key(settlement.money));
            details.insert(u"held"_s, held.toDecimalString());
            details.insert(u"currency"_s, held.currency().code());
            if (settlement.money == CancelMoney::Refund && PaymentMethods::isManual(order.paymentMethod)) {
                return fail(Error::invalid(u"money"_s, CancelMoneyChoices::key(settlement.money),
                        tr("Order %1 was paid by %2, which Shipshape cannot send back: record the refund you made "
                           "outside Shipshape, keep the money as credit, or decide later.")
                                .arg(order.number)
                                .arg(PaymentMethods::displayName(order.paymentMethod).toLower())));
            }
            if (settlement.money == CancelMoney::RecordRefund && !PaymentMethods::isManual(order.paymentMethod)) {
                return fail(Error::invalid(u"money"_s, CancelMoneyChoices::key(settlement.money),
                        tr("Order %1 was paid by card: its money goes back to the card through Stripe (refund), "
                           "or is kept as credit.")
                                .arg(order.number)));
            }
            if (settlement.money == CancelMoney::KeepAsCredit) {
                order.credit = Money(order.credit.minorUnits() + held.minorUnits(), held.currency());
                details.insert(u"credit"_s, held.toDecimalString());
            }
        }
        QString why = CancelReasons::displayName(reason);
        if (!cleanNote->isEmpty())
            why += u": "_s + *cleanNote;
        change.timeline.append(entry(u"OrderCancelled"_s, from, OrderStatus::Cancelled, why, details));
        change.events.prepend(event(u"OrderCancelled"_s, order, details));
        if (refund)
            return applyManualRefund(order, change, *refund, refund->amount ? refund->amount : std::optional(held));
        return {};
    });
}

Result<ManualRefundRequest> OrderService::cleanManualRefund(const ManualRefundRequest &request) const
{
    if (!RefundMethods::recordable().contains(request.method)) {
        return fail(Error::invalid(u"method"_s, RefundMethods::key(request.method),
                tr("Record a refund made by bank transfer, cash or another way; card refunds go through Stripe.")));
    }
    ManualRefundRequest clean = request;
    auto reference = TextField::singleLine(u"reference"_s, request.reference, 200, false);
    if (!reference)
        return fail(reference.error());
    clean.reference = *reference;
    auto reason = TextField::singleLine(u"reason"_s, request.reason, 500, false);
    if (!reason)
        return fail(reason.error());
    clean.reason = *reason;
    if (request.amount && request.amount->minorUnits() <= 0) {
        return fail(Error::invalid(
                u"amount"_s, request.amount->toDecimalString(), tr("A refund must be a positive amount.")));
    }
    return clean;
}

Status OrderService::applyManualRefund(
        Order &order, Change &change, const ManualRefundRequest &request, std::optional<Money> amount)
{
    if (!PaymentMethods::isManual(order.paymentMethod)) {
        return fail(Error::conflict(
                tr("Order %1 was paid by card: card payments are refunded through Stripe.").arg(order.number),
                u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)));
    }
    const Currency currency = order.total.currency();
    if (amount && !(amount->currency() == currency)) {
        return fail(Error::invalid(u"amount"_s, amount->toDecimalString(),
                tr("Order %1 is in %2.").arg(order.number).arg(currency.code())));
    }
    const qint64 refundable = order.netPaid().minorUnits();
    if (!amount && refundable <= 0) {
        return fail(Error::conflict(tr("Order %1 has nothing left to refund.").arg(order.number), u"amount"_s,
                Money(0, currency).toDecimalString()));
    }
    const qint64 wanted = amount ? amount->minorUnits() : refundable;
    if (wanted <= 0) {
        return fail(Error::invalid(
                u"amount"_s, Money(wanted, currency).toDecimalString(), tr("A refund must be a positive amount.")));
    }
    if (wanted > refundable) {
        return fail(Error::conflict(tr("Cannot refund %1 on order %2: only %3 was paid and not yet refunded.")
                                            .arg(Money(wanted, currency).toDecimalString())
                                            .arg(order.number)
                                            .arg(Money(qMax<qint64>(0, refundable), currency).toDecimalString()),
                u"amount"_s, Money(wanted, currency).toDecimalString()));
    }
    const QDateTime now = m_clock.now();
    RefundRecord refund;
    refund.method = request.method;
    refund.amount = Money(wanted, currency);
    refund.reason = request.reason;
    refund.reference = request.reference;
    refund.actor = m_database.actor();
    refund.at = now;
    if (auto recorded = PaymentRepository(m_database).recordRefund(order.number, refund); !recorded)
        return recorded;
    order.refunded = Money(order.refunded.minorUnits() + wanted, currency);
    // A refund reaching into money kept as credit pays that credit out (refunded + credit <= paid).
    const qint64 creditRoom = order.paid.minorUnits() - order.refunded.minorUnits();
    if (order.credit.minorUnits() > creditRoom)
        order.credit = Money(creditRoom, currency);

    const QJsonObject details{{u"amount"_s, refund.amount.toDecimalString()}, {u"currency"_s, currency.code()},
            {u"method"_s, RefundMethods::key(refund.method)}, {u"reference"_s, refund.reference},
            {u"reason"_s, refund.reason}};
    QString text = refund.reference.isEmpty()
            ? RefundMethods::displayName(refund.method)
            : tr("%1, reference %2").arg(RefundMethods::displayName(refund.method), refund.reference);
    if (!refund.reason.isEmpty())
        text = tr("%1: %2").arg(text, refund.reason);
    change.timeline.append(entry(u"RefundIssued"_s, order.status, order.status, text, details));
    change.events.append(event(u"RefundIssued"_s, order, details));
    return {};
}

Result<Order> OrderService::recordRefund(const QString &orderReference, const ManualRefundRequest &request)
{
    auto clean = cleanManualRefund(request);
    if (!clean)
        return fail(clean.error());
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        return applyManualRefund(order, change, *clean, clean->amount);
    });
}

Result<Order> OrderService::keepAsCredit(const QString &orderReference, const QString &note)
{
    auto cleanNote = TextField::multiLine(u"note"_s, note, 2000);
    if (!cleanNote)
        return fail(cleanNote.error());
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        const Money owed = order.refundOwed();
        if (owed.minorUnits() <= 0) {
            return fail(Error::conflict(
                    tr("Order %1 owes the customer no refund that could be kept as credit.").arg(order.number),
                    u"credit"_s, order.credit.toDecimalString()));
        }
        order.credit = Money(order.credit.minorUnits() + owed.minorUnits(), owed.currency());
        const QJsonObject details{{u"amount"_s, owed.toDecimalString()}, {u"currency"_s, owed.currency().code()},
                {u"note"_s, *cleanNote}};
        change.timeline.append(entry(u"CreditKept"_s, order.status, order.status, *cleanNote, details));
        change.events.append(event(u"CreditKept"_s, order, details));
        return {};
    });
}

Result<Order> OrderService::markPaid(const QString &orderReference, const QString &paymentReference)
{
    auto reference = TextField::singleLine(u"reference"_s, paymentReference, 200, false);
    if (!reference)
        return fail(reference.error());
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        if (!PaymentMethods::isManual(order.paymentMethod)) {
            return fail(Error::conflict(
                    tr("Order %1 is paid by card; card payments are confirmed by the gateway.").arg(order.number),
                    u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)));
        }
        const OrderStatus from = order.status;
        if (auto moved = transition(order, OrderStatus::Confirmed, tr("mark paid")); !moved)
            return moved;
        const Money due = order.balanceDue();
        if (due.minorUnits() > 0) {
            PaymentRepository payments(m_database);
            if (auto recorded = payments.recordManual(
                        order.number, order.paymentMethod, due, *reference, m_database.actor(), m_clock.now());
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
        change.timeline.append(entry(u"PaymentProcessed"_s, from, OrderStatus::Confirmed, text, details));
        change.events.prepend(event(u"PaymentProcessed"_s, order, details));
        return {};
    });
}

Result<Order> OrderService::ship(const QString &orderReference, const QString &trackingNumber, const QString &carrier)
{
    auto tracking = TextField::singleLine(u"tracking"_s, trackingNumber, 64);
    if (!tracking)
        return fail(tracking.error());
    static const QRegularExpression trackingPattern(u"^[A-Za-z0-9][A-Za-z0-9 ._/-]*$"_s);
    if (!trackingPattern.match(*tracking).hasMatch()) {
        return fail(Error::invalid(u"tracking"_s, trackingNumber,
                tr("\"%1\" is not a tracking number (letters, digits, spaces, . _ / -).").arg(trackingNumber)));
    }
    auto cleanCarrier = TextField::singleLine(u"carrier"_s, carrier, 64, false);
    if (!cleanCarrier)
        return fail(cleanCarrier.error());
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        const OrderStatus from = order.status;
        if (auto moved = transition(order, OrderStatus::Shipped, tr("ship")); !moved)
            return moved;
        InventoryRepository inventory(m_database);
        const QDateTime now = m_clock.now();
        for (const LineItem &line : linesBySku(order.lines)) {
            auto level = inventory.consume(line.sku, line.quantity, now);
            if (!level)
                return fail(level.error());
            if (auto recorded = inventory.record(StockMovement{0, line.sku, StockMovementKind::Consume, -line.quantity,
                        -line.quantity, level->onHand, level->reserved, order.number, m_database.actor(), {}, now});
                    !recorded)
                return recorded;
            change.events.append(DomainEvent{u"StockConsumed"_s, order.number, line.sku, now, m_database.actor(),
                    QJsonObject{{u"quantity"_s, line.quantity}}});
        }
        order.trackingNumber = *tracking;
        order.carrier = *cleanCarrier;
        const QJsonObject details{{u"trackingNumber"_s, *tracking}, {u"carrier"_s, *cleanCarrier}};
        change.timeline.append(entry(u"OrderShipped"_s, from, OrderStatus::Shipped, {}, details));
        change.events.prepend(event(u"OrderShipped"_s, order, details));
        return {};
    });
}

Result<Order> OrderService::deliver(const QString &orderReference)
{
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        const OrderStatus from = order.status;
        if (auto moved = transition(order, OrderStatus::Delivered, tr("deliver")); !moved)
            return moved;
        change.timeline.append(entry(u"OrderDelivered"_s, from, OrderStatus::Delivered, {}));
        change.events.prepend(event(u"OrderDelivered"_s, order));
        return {};
    });
}

Result<Order> OrderService::addNote(const QString &orderReference, const QString &note)
{
    auto text = TextField::multiLine(u"note"_s, note, 2000);
    if (!text)
        return fail(text.error());
    if (text->isEmpty())
        return fail(Error::invalid(u"note"_s, note, tr("The note is empty.")));
    return mutate(orderReference, [&](Order &order, Change &change) -> Status {
        change.timeline.append(entry(u"NoteAdded"_s, std::nullopt, std::nullopt, *text));
        change.events.append(event(u"NoteAdded"_s, order, QJsonObject{{u"note"_s, *text}}));
        return {};
    });
}

Result<int> OrderService::expireReservations()
{
    int expired = 0;
    const QDateTime now = m_clock.now();
    for (;;) {
        OrderRepository orders(m_database);
        auto due = orders.expiredReservations(now, 200);
        if (!due)
            return fail(due.error());
        if (due->isEmpty())
            break;
        int progressed = 0;
        for (qint64 number : std::as_const(*due)) {
            auto cancelled = mutate(
                    QString::number(number),
                    [&](Order &order, Change &change) -> Status {
                        // Re-checked under the write lock: someone may have paid or cancelled it meanwhile.
                        if (order.status != OrderStatus::Pending || !order.reservationExpiresAt
                                || *order.reservationExpiresAt > now)
                            return fail(Error::conflict(tr("Order %1 no longer needs to expire.").arg(order.number)));
                        const OrderStatus from = order.status;
                        if (auto moved = transition(order, OrderStatus::Cancelled, tr("cancel")); !moved)
                            return moved;
                        order.cancelReason = CancelReason::Expired;
                        if (auto released = releaseAll(order, change); !released)
                            return released;
                        const QJsonObject details{{u"reason"_s, CancelReasons::key(CancelReason::Expired)},
                                {u"holdMinutes"_s, m_settings.reservationHoldMinutes}};
                        change.timeline.append(entry(u"OrderCancelled"_s, from, OrderStatus::Cancelled,
                                CancelReasons::displayName(CancelReason::Expired), details));
                        change.events.prepend(event(u"OrderCancelled"_s, order, details));
                        return {};
                    },
                    true);
            if (cancelled) {
                ++expired;
                ++progressed;
            } else if (cancelled.error().code != ErrorCode::Conflict) {
                return fail(cancelled.error());
            }
        }
        if (progressed == 0)
            break;
    }
    if (expired > 0)
        qCInfo(lcOrders) << "Expired" << expired << "unpaid reservations";
    return expired;
}

Status OrderService::validateCardToken(const QString &token)
{
    // A reference to a card held by the provider (pm_… or tok_…), never card numbers.
    static const QRegularExpression tokenPattern(u"^(pm|tok)_[A-Za-z0-9_]{1,200}$"_s);
    if (!tokenPattern.match(token).hasMatch()) {
        return fail(Error::invalid(u"paymentMethod.token"_s, token,
                tr("A card payment needs a payment method token such as pm_card_visa.")));
    }
    return {};
}

Result<PaymentAttempt> OrderService::createAttempt(const Order &order, PaymentAttemptKind kind, const Money &amount,
        const QString &paymentMethod, const QString &paymentIntent, const QString &reason)
{
    PaymentRepository payments(m_database);
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
    attempt.startedAt = m_clock.now();
    attempt.actor = m_database.actor();
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

Result<OrderService::ResolvedAttempt> OrderService::resolveAttempt(
        qint64 attemptId, PaymentAttemptKind kind, const GatewayResult &result)
{
    PaymentRepository payments(m_database);
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

    const QDateTime now = m_clock.now();
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

Result<Order> OrderService::recordChargeOutcome(
        qint64 attemptId, const GatewayResult &result, std::optional<qint64> placementDurationMs)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto resolved = resolveAttempt(attemptId, PaymentAttemptKind::Charge, result);
    if (!resolved)
        return fail(resolved.error());
    const PaymentAttempt &attempt = resolved->attempt;
    const qint64 number = attempt.orderNumber;
    if (!resolved->resolvedNow)
        return find(QString::number(number));
    const QDateTime now = m_clock.now();
    PaymentRepository payments(m_database);

    auto events = mutateWithin(number, [&](Order &order, Change &change) -> Status {
        const QJsonObject details{{u"attemptId"_s, attempt.id}, {u"amount"_s, attempt.amount.toDecimalString()},
                {u"currency"_s, attempt.amount.currency().code()}, {u"paymentIntent"_s, attempt.paymentIntent},
                {u"declineCode"_s, attempt.declineCode}, {u"tries"_s, result.tries}};
        switch (attempt.status) {
        case PaymentAttemptStatus::Succeeded: {
            if (auto recorded = payments.recordManual(order.number, PaymentMethodType::Card, attempt.amount,
                        attempt.paymentIntent, m_database.actor(), now);
                    !recorded)
                return recorded;
            order.paid = Money(order.paid.minorUnits() + attempt.amount.minorUnits(), order.total.currency());
            const OrderStatus from = order.status;
            if (order.status == OrderStatus::Pending) {
                if (auto moved = transition(order, OrderStatus::Confirmed, tr("confirm")); !moved)
                    return moved;
            }
            change.timeline.append(entry(u"PaymentProcessed"_s, from, order.status, tr("Card charged"), details));
            // Money for an order cancelled meanwhile is refunded by the caller: no "confirmed" email.
            change.events.prepend(
                    event(order.status == OrderStatus::Cancelled ? u"LatePaymentReceived"_s : u"PaymentProcessed"_s,
                            order, details));
            return {};
        }
        case PaymentAttemptStatus::Failed: {
            change.timeline.append(entry(u"PaymentFailed"_s, order.status, order.status, attempt.message, details));
            change.events.prepend(event(u"PaymentFailed"_s, order, details));
            // A first charge that fails leaves nothing to keep: the order is cancelled and its stock freed
            // so that the agent can fix the card and place it again.
            if (order.status == OrderStatus::Pending) {
                const OrderStatus from = order.status;
                if (auto moved = transition(order, OrderStatus::Cancelled, tr("cancel")); !moved)
                    return moved;
                order.cancelReason = CancelReason::Declined;
                if (auto released = releaseAll(order, change); !released)
                    return released;
                change.timeline.append(entry(u"OrderCancelled"_s, from, OrderStatus::Cancelled,
                        CancelReasons::displayName(CancelReason::Declined),
                        {{u"reason"_s, CancelReasons::key(CancelReason::Declined)}}));
                change.events.append(
                        event(u"OrderCancelled"_s, order, {{u"reason"_s, CancelReasons::key(CancelReason::Declined)}}));
            }
            return {};
        }
        case PaymentAttemptStatus::Processing:
            change.timeline.append(entry(u"PaymentProcessing"_s, order.status, order.status, attempt.message, details));
            return {};
        case PaymentAttemptStatus::Unknown:
        case PaymentAttemptStatus::Started:
            change.timeline.append(
                    entry(u"PaymentOutcomeUnknown"_s, order.status, order.status, attempt.message, details));
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
        if (auto settled = PlacementLog(m_database).settle(number, outcome, *placementDurationMs); !settled)
            return fail(settled.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    publish(*events);
    return find(QString::number(number));
}

Result<QList<PaymentAttempt>> OrderService::startRefund(
        const QString &orderReference, std::optional<Money> amount, const QString &reason)
{
    auto cleanReason = TextField::singleLine(u"reason"_s, reason, 500, false);
    if (!cleanReason)
        return fail(cleanReason.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderRepository orders(m_database);
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
    PaymentRepository payments(m_database);
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

Result<Order> OrderService::recordRefundOutcome(qint64 attemptId, const GatewayResult &result)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto resolved = resolveAttempt(attemptId, PaymentAttemptKind::Refund, result);
    if (!resolved)
        return fail(resolved.error());
    const PaymentAttempt &attempt = resolved->attempt;
    const qint64 number = attempt.orderNumber;
    if (!resolved->resolvedNow)
        return find(QString::number(number));
    const QDateTime now = m_clock.now();
    PaymentRepository payments(m_database);

    auto events = mutateWithin(number, [&](Order &order, Change &change) -> Status {
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
            refund.actor = m_database.actor();
            refund.at = now;
            if (auto recorded = payments.recordRefund(order.number, refund); !recorded)
                return recorded;
            // The schema refuses refunded > paid, so a bug here cannot return more than was taken.
            order.refunded = Money(order.refunded.minorUnits() + attempt.amount.minorUnits(), order.total.currency());
            // A refund reaching into money kept as credit pays that credit out (refunded + credit <= paid).
            const qint64 creditRoom = order.paid.minorUnits() - order.refunded.minorUnits();
            if (order.credit.minorUnits() > creditRoom)
                order.credit = Money(qMax<qint64>(0, creditRoom), order.total.currency());
            change.timeline.append(entry(u"RefundIssued"_s, order.status, order.status, attempt.reason, details));
            change.events.prepend(event(u"RefundIssued"_s, order, details));
        } else if (attempt.status == PaymentAttemptStatus::Failed) {
            change.timeline.append(entry(u"RefundFailed"_s, order.status, order.status, attempt.message, details));
            change.events.prepend(event(u"RefundFailed"_s, order, details));
        } else {
            change.timeline.append(entry(u"RefundPending"_s, order.status, order.status, attempt.message, details));
        }
        return {};
    });
    if (!events)
        return fail(events.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    publish(*events);
    return find(QString::number(number));
}

Result<std::optional<PaymentAttempt>> OrderService::startBalanceCharge(const QString &orderReference)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderRepository orders(m_database);
    auto loaded = orders.load(*number, false, true);
    if (!loaded)
        return fail(loaded.error());
    const Order &order = **loaded;
    const Money due = order.balanceDue();
    if (order.paymentMethod != PaymentMethodType::Card || due.minorUnits() <= 0
            || order.status == OrderStatus::Cancelled)
        return std::optional<PaymentAttempt>();
    PaymentRepository payments(m_database);
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

Result<PaymentLinkUpdate> OrderService::startPaymentLink(const QString &orderReference)
{
    return TransactionRunner::run(m_database, [&] { return startPaymentLinkOnce(orderReference); });
}

Result<PaymentLinkUpdate> OrderService::startPaymentLinkOnce(const QString &orderReference)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    PaymentLinkRepository links(m_database);
    auto existing = links.forOrder(*number);
    if (!existing)
        return fail(existing.error());
    for (const PaymentLink &link : std::as_const(*existing)) {
        if (!link.isLive())
            continue;
        // A second click, a retry: the live link is the answer (its request is sent again only while
        // its outcome is unknown, with the same key and body, so Stripe creates one session at most).
        auto order = find(QString::number(*number));
        if (!order)
            return fail(order.error());
        PaymentLinkUpdate update;
        update.order = *order;
        update.link = link;
        update.sendRequest = link.status == PaymentLinkStatus::Creating;
        return update;
    }

    std::optional<PaymentLink> created;
    auto events = mutateWithin(*number, [&](Order &order, Change &) -> Status {
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
        auto attempts = PaymentRepository(m_database).attemptsFor(order.number);
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
        const QDateTime now = m_clock.now();
        const int hold = std::clamp(m_settings.paymentLinkHoldMinutes, OrderServiceSettings::kMinPaymentLinkHoldMinutes,
                OrderServiceSettings::kMaxPaymentLinkHoldMinutes);
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
        link.actor = m_database.actor();
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
    publish(*events);
    auto order = find(QString::number(*number));
    if (!order)
        return fail(order.error());
    PaymentLinkUpdate update;
    update.order = *order;
    update.link = *created;
    update.sendRequest = true;
    return update;
}

Result<PaymentLinkUpdate> OrderService::currentLinkState(qint64 linkId)
{
    auto link = PaymentLinkRepository(m_database).find(linkId);
    if (!link)
        return fail(link.error());
    if (!link->has_value())
        return fail(Error::notFound(u"link"_s, QString::number(linkId), tr("No payment link %1.").arg(linkId)));
    auto order = find(QString::number((*link)->orderNumber));
    if (!order)
        return fail(order.error());
    PaymentLinkUpdate update;
    update.order = *order;
    update.link = **link;
    return update;
}

Result<PaymentLinkUpdate> OrderService::recordPaymentLink(qint64 linkId, const CheckoutSessionResult &result)
{
    auto recorded = TransactionRunner::run(m_database, [&] { return recordPaymentLinkOnce(linkId, result); });
    if (!recorded)
        return fail(recorded.error());
    return recorded;
}

Result<PaymentLinkUpdate> OrderService::recordPaymentLinkOnce(qint64 linkId, const CheckoutSessionResult &result)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    PaymentLinkRepository links(m_database);
    auto found = links.find(linkId);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(Error::notFound(u"link"_s, QString::number(linkId), tr("No payment link %1.").arg(linkId)));
    const PaymentLink link = **found;
    if (!link.isLive())
        return currentLinkState(linkId); // resolved already (by another process or an earlier run)
    OrderRepository orders(m_database);
    auto loaded = orders.load(link.orderNumber, false, true);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(
                u"order"_s, QString::number(link.orderNumber), tr("No order %1.").arg(link.orderNumber)));
    const Order &current = **loaded;
    const QDateTime now = m_clock.now();
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
        auto state = currentLinkState(linkId);
        if (state)
            state->expireAtProvider = update.expireAtProvider;
        return state;
    };
    const auto noteOnly = [&](const QString &message) -> Result<PaymentLinkUpdate> {
        if (auto noted = links.noteProblem(link.id, message); !noted)
            return fail(noted.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        auto state = currentLinkState(linkId);
        if (state)
            state->expireAtProvider = update.expireAtProvider;
        return state;
    };

    QJsonObject details{{u"linkId"_s, link.id}, {u"amount"_s, link.amount.toDecimalString()},
            {u"currency"_s, link.amount.currency().code()}, {u"session"_s, result.sessionId}};
    Mutation mutation;
    switch (result.outcome) {
    case GatewayOutcome::Unknown:
    case GatewayOutcome::Processing:
        return noteOnly(result.message);
    case GatewayOutcome::Declined:
    case GatewayOutcome::Rejected:
        if (link.status != PaymentLinkStatus::Creating)
            return noteOnly(result.message); // a retrieve or expire refused: asked again next round
        mutation = [&](Order &order, Change &change) -> Status {
            if (auto failed = resolvedBy(links.markFailed(link.id, now, result.message)); !failed)
                return failed;
            details.insert(u"message"_s, result.message);
            change.timeline.append(entry(u"PaymentLinkFailed"_s, order.status, order.status, result.message, details));
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
            mutation = [&, amount](Order &order, Change &change) -> Status {
                if (auto paid = resolvedBy(links.markPaid(link.id, result.sessionId, result.paymentIntent, now)); !paid)
                    return paid;
                PaymentRepository payments(m_database);
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
                    if (auto moved = transition(order, OrderStatus::Confirmed, tr("confirm")); !moved)
                        return moved;
                }
                details.insert(u"paymentIntent"_s, result.paymentIntent);
                details.insert(u"amount"_s, amount.toDecimalString());
                if (order.status == OrderStatus::Cancelled) {
                    change.timeline.append(entry(u"PaymentProcessed"_s, from, order.status,
                            tr("Paid through the payment link after the order was cancelled; the money goes back"),
                            details));
                    change.events.prepend(event(u"LatePaymentReceived"_s, order, details));
                } else {
                    change.timeline.append(entry(u"PaymentProcessed"_s, from, order.status,
                            tr("Paid by card through the payment link"), details));
                    change.events.prepend(event(u"PaymentProcessed"_s, order, details));
                }
                update.refundNow = order.refundOwed().minorUnits() > 0;
                return {};
            };
        } else if (result.status == u"expired"_s) {
            mutation = [&](Order &order, Change &change) -> Status {
                if (auto expired = resolvedBy(links.markExpired(link.id, result.sessionId, now, result.message));
                        !expired)
                    return expired;
                change.timeline.append(entry(u"PaymentLinkExpired"_s, order.status, order.status, {}, details));
                // A pending order whose link ran out unpaid ends with it (one live link per order). A link
                // retired early (its order changed) leaves the order waiting for staff to send a new one.
                if (order.status == OrderStatus::Pending && order.paid.minorUnits() == 0 && now >= link.expiresAt) {
                    const OrderStatus from = order.status;
                    if (auto moved = transition(order, OrderStatus::Cancelled, tr("cancel")); !moved)
                        return moved;
                    order.cancelReason = CancelReason::Expired;
                    if (auto released = releaseAll(order, change); !released)
                        return released;
                    const QJsonObject cancelled{
                            {u"reason"_s, CancelReasons::key(CancelReason::Expired)}, {u"linkId"_s, link.id}};
                    change.timeline.append(entry(u"OrderCancelled"_s, from, OrderStatus::Cancelled,
                            tr("The payment link expired unpaid"), cancelled));
                    change.events.prepend(event(u"OrderCancelled"_s, order, cancelled));
                }
                return {};
            };
        } else if (result.status == u"open"_s && link.status == PaymentLinkStatus::Creating) {
            mutation = [&](Order &order, Change &change) -> Status {
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
                change.timeline.append(entry(u"PaymentLinkSent"_s, order.status, order.status,
                        tr("%1 to pay by card, valid until %2")
                                .arg(link.amount.toDecimalString(),
                                        QLocale::c().toString(expires.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s)),
                        details));
                change.events.prepend(event(u"PaymentLinkSent"_s, order, details));
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

    auto events = mutateWithin(link.orderNumber, mutation);
    if (!events && resolvedElsewhere)
        return currentLinkState(linkId); // nothing was written before the conditional update said so
    if (!events)
        return fail(events.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    publish(*events);
    auto state = currentLinkState(linkId);
    if (!state)
        return fail(state.error());
    state->expireAtProvider = update.expireAtProvider;
    state->refundNow = update.refundNow;
    return state;
}

Result<Order> OrderService::find(const QString &orderReference)
{
    auto number = resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderRepository orders(m_database);
    auto loaded = orders.load(*number, true);
    if (!loaded)
        return fail(loaded.error());
    if (!loaded->has_value())
        return fail(Error::notFound(u"order"_s, orderReference, tr("No order %1.").arg(orderReference)));
    Order order = std::move(**loaded);
    PaymentRepository payments(m_database);
    auto received = payments.paymentsFor(order.number);
    if (!received)
        return fail(received.error());
    order.payments = *received;
    auto refunds = payments.refundsFor(order.number, order.total.currency());
    if (!refunds)
        return fail(refunds.error());
    order.refunds = *refunds;
    auto attempts = payments.attemptsFor(order.number);
    if (!attempts)
        return fail(attempts.error());
    order.paymentAttempts = *attempts;
    auto links = PaymentLinkRepository(m_database).forOrder(order.number);
    if (!links)
        return fail(links.error());
    order.paymentLinks = *links;
    return order;
}

Result<QList<OrderSummary>> OrderService::list(const OrderFilter &filter, const OrderSort &sort, int limit, int offset)
{
    return OrderRepository(m_database).list(filter, sort, limit, offset);
}

Result<qint64> OrderService::count(const OrderFilter &filter)
{
    return OrderRepository(m_database).count(filter);
}

Result<qint64> OrderService::countUpTo(const OrderFilter &filter, qint64 cap)
{
    return OrderRepository(m_database).countUpTo(filter, cap);
}

} // namespace shipshape
