#include "orders/OrderEdits.h"

#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "orders/OrderDifference.h"
#include "orders/OrderPricing.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRepository.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<OrderMutation> OrderEdits::mutationFor(const ModifyOrderRequest &request)
{
    if (!request.items && !request.shippingAddress && !request.discounts && !request.shipping
            && request.prices.isEmpty()) {
        return fail(Error::invalid(u"items"_s, {},
                tr("Nothing to modify: give items, prices, discounts, shipping or a shipping address.")));
    }
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
    if (!request.prices.isEmpty() && note->trimmed().isEmpty()) {
        return fail(Error::invalid(u"note"_s, {},
                tr("A price set by hand needs a reason: say why in the note (\"reason\" in a JSON request).")));
    }

    return OrderMutation([this, request, address, note = *note](Order &order, OrderChange &change) -> Status {
        if (!OrderLifecycle::isModifiable(order.status)) {
            return fail(Error::conflict(tr("Order %1 is %2 and can no longer be modified.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status).toLower()),
                    u"status"_s, OrderLifecycle::key(order.status)));
        }
        const Order before = order;
        const Address destination = address ? *address : order.shippingAddress;
        if (request.items) {
            auto lines = m_pricing.priceLines(*request.items, destination, order.lines);
            if (!lines)
                return fail(lines.error());
            // An order keeps its currency: its payments, refunds and reports are in it.
            const Currency currency = order.total.currency();
            for (qsizetype i = 0; i < lines->size(); ++i) {
                const LineItem &line = lines->at(i);
                if (!(line.unitPrice.currency() == currency)) {
                    return fail(Error::invalid(u"items[%1].productId"_s.arg(i), line.sku,
                            tr("%1 is priced in %2, but order %3 is in %4.")
                                    .arg(line.sku, line.unitPrice.currency().code())
                                    .arg(order.number)
                                    .arg(currency.code())));
                }
            }
            // Reservations move by the difference only; a price-only change reserves nothing.
            if (auto moved = m_stock.moveTo(order, *lines, change); !moved)
                return moved;
            order.lines = *lines;
        }
        // Another tax region taxes every line at its rates; otherwise the rates the order was sold at stay.
        if (address
                && (address->country != order.shippingAddress.country
                        || address->state != order.shippingAddress.state)) {
            if (auto rerated = m_pricing.rerateLines(order.lines, destination); !rerated)
                return rerated;
        }
        // Prices set by hand, after the lines are known; a line keeps its price through later edits.
        for (auto it = request.prices.cbegin(); it != request.prices.cend(); ++it) {
            const QString field = u"prices."_s + it.key();
            auto price = Money::parse(it.value(), order.total.currency(), field);
            if (!price)
                return fail(price.error());
            if (price->isNegative())
                return fail(Error::invalid(
                        field, it.value(), tr("A unit price cannot be negative (got %1).").arg(it.value())));
            const auto line = std::find_if(
                    order.lines.begin(), order.lines.end(), [&](const LineItem &l) { return l.sku == it.key(); });
            if (line == order.lines.end())
                return fail(
                        Error::invalid(field, it.key(), tr("%1 is not on order %2.").arg(it.key()).arg(order.number)));
            line->unitPrice = *price;
        }
        if (request.discounts) {
            auto discounts = OrderPricing::discountsFrom(*request.discounts, order.total.currency());
            if (!discounts)
                return fail(discounts.error());
            order.discounts = *discounts;
        }
        if (request.shipping) {
            if (auto shipping = OrderPricing::applyShipping(order, *request.shipping); !shipping)
                return shipping;
        }
        if (address)
            order.shippingAddress = *address;
        if (auto priced = order.reprice(); !priced)
            return priced;
        const QJsonObject details = OrderDifference::between(before, order);
        if (details.isEmpty())
            return fail(Error::invalid(u"items"_s, {}, tr("The request does not change order %1.").arg(order.number)));
        change.linesChanged = true;
        change.timeline.append(m_changes.entry(u"OrderModified"_s, order.status, order.status, note, details));
        change.events.prepend(m_changes.event(u"OrderModified"_s, order, details));
        return {};
    });
}

Result<Order> OrderEdits::modify(const QString &orderReference, const ModifyOrderRequest &request)
{
    auto mutation = mutationFor(request);
    if (!mutation)
        return fail(mutation.error());
    return m_changes.apply(orderReference, *mutation);
}

Result<OrderEditPreview> OrderEdits::preview(const QString &orderReference, const ModifyOrderRequest &request)
{
    auto mutation = mutationFor(request);
    if (!mutation)
        return fail(mutation.error());
    // The real edit inside a unit of work that is never committed: the preview cannot disagree with what
    // applying it would do, and its destructor rolls every write back (events are never published).
    auto unit = UnitOfWork::begin(m_context.database);
    if (!unit)
        return fail(unit.error());
    auto number = m_changes.resolveExisting(orderReference);
    if (!number)
        return fail(number.error());
    OrderQueries queries(m_context.database);
    auto before = queries.find(QString::number(*number));
    if (!before)
        return fail(before.error());
    if (auto applied = m_changes.applyWithin(*number, *mutation); !applied)
        return fail(applied.error());
    auto after = queries.find(QString::number(*number));
    if (!after)
        return fail(after.error());

    OrderEditPreview preview{*before, *after, {}, after->balanceDue(), after->refundOwed()};
    QHash<QString, qint64> quantities;
    for (const LineItem &line : std::as_const(before->lines))
        quantities[line.sku] -= line.quantity;
    for (const LineItem &line : std::as_const(after->lines))
        quantities[line.sku] += line.quantity;
    for (const LineItem &line : std::as_const(before->lines)) {
        if (quantities.value(line.sku) != 0)
            preview.stock.append({line.sku, quantities.value(line.sku)});
    }
    for (const LineItem &line : std::as_const(after->lines)) {
        const bool wasThere = std::any_of(
                before->lines.cbegin(), before->lines.cend(), [&](const LineItem &old) { return old.sku == line.sku; });
        if (!wasThere)
            preview.stock.append({line.sku, line.quantity});
    }
    return preview;
}

} // namespace shipshape
