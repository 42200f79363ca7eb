#include "orders/OrderPlacement.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "common/Uuid.h"
#include "customers/CustomerRepository.h"
#include "customers/PhoneNumbers.h"
#include "inventory/StockReservations.h"
#include "notification/NotificationOutbox.h"
#include "notification/WebhookOutbox.h"
#include "orders/OrderImportRecords.h"
#include "orders/OrderPricing.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRepository.h"
#include "orders/PlacementKeyRepository.h"
#include "orders/PlacementLog.h"
#include "payment/PaymentLedger.h"
#include "payment/PaymentMethod.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QJsonArray linesToJson(const QList<LineItem> &lines)
{
    QJsonArray array;
    for (const LineItem &line : lines) {
        QJsonObject entry{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity},
                {u"unitPrice"_s, line.unitPrice.toDecimalString()}};
        if (!line.discount.isZero())
            entry.insert(u"discount"_s, line.discount.toDecimalString());
        if (!line.taxRate.isZero())
            entry.insert(u"taxRate"_s, line.taxRate.toPercentString());
        array.append(entry);
    }
    return array;
}

// The placement row keeps what the money was made of (the timeline is the order's history).
void addMoneyDetails(QJsonObject &details, const Order &order)
{
    const OrderTotals totals = order.totals();
    if (!totals.discount.isZero())
        details.insert(u"discountTotal"_s, totals.discount.toDecimalString());
    if (!totals.shipping.isZero() || !order.shippingMethod.isEmpty())
        details.insert(u"shipping"_s,
                QJsonObject{{u"method"_s, order.shippingMethod}, {u"amount"_s, totals.shipping.toDecimalString()}});
    if (!totals.tax.isZero())
        details.insert(u"taxTotal"_s, totals.tax.toDecimalString());
    if (order.pricesIncludeTax)
        details.insert(u"pricesIncludeTax"_s, true);
}

} // namespace

Result<Order> OrderPlacement::place(const PlaceOrderRequest &request)
{
    const qint64 startedMs = m_context.monotonic->elapsedMs();
    auto placed = TransactionRunner::run(m_context.database, [&] { return placeOnce(request, startedMs); });
    // Bad input is not a placement attempt; a refusal by the shop's state or a system failure is.
    // Its transaction rolled back, so the attempt is logged in a short transaction of its own.
    if (!placed && placed.error().code != ErrorCode::InvalidInput && placed.error().code != ErrorCode::NotFound
            && !request.items.isEmpty()) {
        const Error &error = placed.error();
        PlacementRecord record;
        record.at = m_context.clock.now();
        record.outcome = error.code != ErrorCode::Conflict ? PlacementOutcome::Failed
                : error.field == u"sku"_s                  ? PlacementOutcome::OutOfStock
                                                           : PlacementOutcome::Conflict;
        record.durationMs = m_context.monotonic->elapsedMs() - startedMs;
        record.paymentMethod = PaymentMethods::key(request.paymentMethod);
        record.error = error.message;
        if (auto logged
                = PlacementLog(m_context.database).recordRefused(record, request.items.constFirst().sku.trimmed());
                !logged)
            qCWarning(lcOrders) << "Could not log the refused placement:" << logged.error().message;
    }
    return placed;
}

Result<Order> OrderPlacement::placeOnce(const PlaceOrderRequest &request, qint64 startedMs)
{
    if (request.paymentLink && request.paymentMethod != PaymentMethodType::Card) {
        return fail(Error::invalid(u"paymentMethod"_s, PaymentMethods::key(request.paymentMethod),
                tr("A payment link is for card payments; choose card as the payment method.")));
    }
    if (request.paymentMethod == PaymentMethodType::Card && !request.paymentLink) {
        if (auto valid = PaymentLedger::validateCardToken(request.paymentToken); !valid)
            return fail(valid.error());
    }
    auto address = Address::validated(request.shippingAddress);
    if (!address)
        return fail(address.error());
    const QString key = request.idempotencyKey.trimmed();
    if (key.size() > 100)
        return fail(Error::invalid(
                u"idempotencyKey"_s, key.left(40), tr("An idempotency key has at most 100 characters.")));

    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());

    PlacementKeyRepository placements(m_context.database);
    if (!key.isEmpty()) {
        // Checked inside the write transaction, and the key is unique in the schema: a repeat (a retry
        // after a crash, or another desktop racing) gets the order the first placement created.
        auto placed = placements.orderFor(key);
        if (!placed)
            return fail(placed.error());
        if (placed->has_value()) {
            qCInfo(lcOrders) << "Placement" << key << "already placed order" << **placed;
            return OrderQueries(m_context.database).find(QString::number(**placed));
        }
    }

    OrderImportRecords imports(m_context.database);
    if (request.importedFrom) {
        // Checked inside the write transaction like the key, and unique in the schema: the same external order
        // is never placed twice, whichever desk imports the file again.
        auto imported = imports.orderFor(request.importedFrom->source, request.importedFrom->externalId);
        if (!imported)
            return fail(imported.error());
        if (imported->has_value()) {
            return fail(Error::conflict(tr("%1 order %2 was already imported as order %3.")
                                                .arg(request.importedFrom->source, request.importedFrom->externalId)
                                                .arg(**imported),
                    u"externalId"_s, request.importedFrom->externalId));
        }
    }

    auto customer = resolveCustomer(request.customer);
    if (!customer)
        return fail(customer.error());
    auto priced = price(request, *address);
    if (!priced)
        return fail(priced.error());
    Order order = std::move(*priced);
    const Currency currency = order.total.currency();

    OrderRepository orders(m_context.database);
    auto number = orders.allocateNumber();
    if (!number)
        return fail(number.error());

    const QDateTime now = m_context.clock.now();
    order.id = makeUuidV7(now);
    order.number = *number;
    order.customer = *customer;
    order.status = OrderStatus::Pending;
    order.shippingAddress = *address;
    order.paymentMethod = request.paymentMethod;
    order.paid = Money::zero(currency);
    order.refunded = Money::zero(currency);
    order.credit = Money::zero(currency);
    order.placedAt = now;
    order.updatedAt = now;
    // A card order waits for its charge, which the worker reconciles if the answer is lost; manual
    // methods wait for staff and a payment link for the customer, and so hold stock for a limited time.
    if (PaymentMethods::isManual(order.paymentMethod))
        order.reservationExpiresAt = now.addSecs(qint64(m_context.settings.reservationHoldMinutes) * 60);
    else if (request.paymentLink)
        order.reservationExpiresAt = now.addSecs(qint64(m_context.settings.paymentLinkHoldMinutes) * 60);
    order.version = 1;
    if (auto inserted = orders.insert(order); !inserted)
        return fail(inserted.error());
    if (!key.isEmpty()) {
        if (auto recorded = placements.record(key, order.number, now); !recorded)
            return fail(recorded.error());
    }

    OrderChange change;
    if (auto reserved = m_stock.reserveAll(order, change); !reserved)
        return fail(reserved.error());
    QJsonObject details{{u"items"_s, linesToJson(order.lines)}, {u"total"_s, order.total.toDecimalString()},
            {u"currency"_s, order.total.currency().code()},
            {u"paymentMethod"_s, PaymentMethods::key(order.paymentMethod)}, {u"paymentLink"_s, request.paymentLink}};
    addMoneyDetails(details, order);
    if (request.importedFrom) {
        QJsonObject origin{
                {u"source"_s, request.importedFrom->source}, {u"externalId"_s, request.importedFrom->externalId}};
        if (request.importedFrom->placedAt)
            origin.insert(u"placedAt"_s, request.importedFrom->placedAt->toUTC().toString(Qt::ISODateWithMs));
        details.insert(u"importedFrom"_s, origin);
    }
    // The placement row is the order's first, at the very time it was placed (the server checks this).
    TimelineEntry placed = m_changes.entry(u"OrderPlaced"_s, std::nullopt, OrderStatus::Pending, {}, details);
    placed.at = order.placedAt;
    if (auto logged = orders.appendTimeline(order.number, placed); !logged)
        return fail(logged.error());
    // After the placement row: on PostgreSQL the server records an import only for an order placed in this
    // transaction (migration 32).
    if (request.importedFrom) {
        const ImportedOrderOrigin &origin = *request.importedFrom;
        if (auto recorded = imports.record(order.number, origin.source, origin.externalId, origin.placedAt, now);
                !recorded)
            return fail(recorded.error());
    }

    change.events.prepend(m_changes.event(u"OrderPlaced"_s, order, details));
    if (auto queued = m_context.outbox ? m_context.outbox->enqueueFor(change.events.constFirst(), order) : Status();
            !queued)
        return fail(queued.error());
    if (auto queued = WebhookOutbox(m_context.database, m_context.clock)
                              .enqueueOrderChange(order, std::nullopt, {change.events.constFirst()});
            !queued)
        return fail(queued.error());
    if (order.paymentMethod == PaymentMethodType::Card && !request.paymentLink) {
        auto attempt
                = m_ledger.createAttempt(order, PaymentAttemptKind::Charge, order.total, request.paymentToken, {}, {});
        if (!attempt)
            return fail(attempt.error());
    }
    // Card orders are settled by the charge's answer (PaymentWorkflow); until then they are pending.
    PlacementRecord placement{now, order.total.currency().code(), PlacementOutcome::Pending,
            m_context.monotonic->elapsedMs() - startedMs, order.number, PaymentMethods::key(order.paymentMethod), {}};
    if (auto logged = PlacementLog(m_context.database).record(placement); !logged)
        return fail(logged.error());
    m_changes.publishAfterCommit(change.events);

    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcOrders) << "Placed order" << order.number << "total" << order.total.toDecimalString();
    return OrderQueries(m_context.database).find(QString::number(order.number));
}

Result<Order> OrderPlacement::price(const PlaceOrderRequest &request, const Address &destination)
{
    Order order;
    auto lines = m_pricing.priceLines(request.items, destination);
    if (!lines)
        return fail(lines.error());
    const Currency currency = lines->constFirst().unitPrice.currency();
    auto discounts = OrderPricing::discountsFrom(request.discounts, currency);
    if (!discounts)
        return fail(discounts.error());
    auto pricesIncludeTax = m_pricing.pricesIncludeTax();
    if (!pricesIncludeTax)
        return fail(pricesIncludeTax.error());
    order.lines = *lines;
    order.discounts = *discounts;
    order.pricesIncludeTax = *pricesIncludeTax;
    order.shipping = Money::zero(currency);
    if (request.shipping) {
        if (auto shipping = OrderPricing::applyShipping(order, *request.shipping); !shipping)
            return fail(shipping.error());
    }
    if (auto repriced = order.reprice(); !repriced)
        return fail(repriced.error());
    return order;
}

Result<Customer> OrderPlacement::resolveCustomer(const CustomerReference &reference)
{
    CustomerRepository customers(m_context.database);
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
    // A phone given with the order is checked before anything is written, and becomes the customer's number
    // (a storefront sends the one typed at this checkout).
    QString phone;
    if (!reference.phone.trimmed().isEmpty()) {
        auto normalised
                = PhoneNumbers::normalise(u"customer.phone"_s, reference.phone, PhoneNumbers::configuredRegion());
        if (!normalised)
            return fail(normalised.error());
        phone = *normalised;
    }
    auto found = customers.findByEmail(*email);
    if (!found)
        return fail(found.error());
    if (found->has_value()) {
        Customer customer = **found;
        if (!phone.isEmpty() && phone != customer.phone) {
            if (auto changed = customers.setPhone(customer.rowId, phone); !changed)
                return fail(changed.error());
            customer.phone = phone;
        }
        return customer;
    }
    Customer customer{0, makeUuidV7(m_context.clock.now()), *name, *email, m_context.clock.now(), phone, std::nullopt};
    return customers.insert(customer);
}

} // namespace shipshape
