#include "orders/OrderEdits.h"

#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "orders/OrderDifference.h"
#include "orders/OrderPricing.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRepository.h"
#include "orders/OrderSettings.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<QList<OrderItemRequest>> OrderEdits::linesAfterChanges(const Order &order, const ModifyOrderRequest &request)
{
    QList<OrderItemRequest> lines;
    for (const LineItem &line : order.lines)
        lines.append(OrderItemRequest{line.sku, line.quantity, std::nullopt});
    const auto lineOf = [&lines](const QString &sku) {
        return std::find_if(
                lines.begin(), lines.end(), [&sku](const OrderItemRequest &line) { return line.sku == sku; });
    };
    for (qsizetype i = 0; i < request.remove.size(); ++i) {
        const QString &sku = request.remove.at(i);
        const auto line = lineOf(sku);
        if (line == lines.end()) {
            return fail(Error::invalid(u"remove[%1]"_s.arg(i), sku,
                    tr("%1 is not on order %2, so it cannot be removed.").arg(sku).arg(order.number)));
        }
        lines.erase(line);
    }
    for (auto it = request.quantities.cbegin(); it != request.quantities.cend(); ++it) {
        const QString field = u"quantities."_s + it.key();
        if (it.value() < 0 || it.value() > OrderServiceSettings::kMaxQuantity) {
            return fail(Error::invalid(field, QString::number(it.value()),
                    tr("A quantity must be a whole number from 0 (removes the line) to %1 (got %2).")
                            .arg(OrderServiceSettings::kMaxQuantity)
                            .arg(it.value())));
        }
        const auto line = lineOf(it.key());
        if (line == lines.end()) {
            return fail(Error::invalid(field, it.key(),
                    tr("%1 is not on order %2: add it with \"add\" instead.").arg(it.key()).arg(order.number)));
        }
        if (it.value() == 0)
            lines.erase(line);
        else
            line->quantity = it.value();
    }
    for (qsizetype i = 0; i < request.add.size(); ++i) {
        const OrderItemRequest &added = request.add.at(i);
        if (const auto line = lineOf(added.sku); line != lines.end()) {
            line->quantity += added.quantity;
            line->expectedPrice = added.expectedPrice;
        } else {
            lines.append(added);
        }
    }
    if (lines.isEmpty()) {
        return fail(Error::invalid(u"remove"_s, request.remove.join(u", "_s),
                tr("Order %1 would have no lines left; cancel it instead.").arg(order.number)));
    }
    return lines;
}

Result<OrderMutation> OrderEdits::mutationFor(const ModifyOrderRequest &request)
{
    const bool changesLines = !request.add.isEmpty() || !request.remove.isEmpty() || !request.quantities.isEmpty();
    if (!request.items && !changesLines && !request.shippingAddress && !request.discounts && !request.shipping
            && request.prices.isEmpty()) {
        return fail(Error::invalid(u"items"_s, {},
                tr("Nothing to modify: give lines to add, remove or change, prices, discounts, shipping or a "
                   "shipping address.")));
    }
    if (request.items && changesLines) {
        return fail(Error::invalid(u"items"_s, {},
                tr("Give either the complete new set of lines (items) or the changes to them (add, remove, "
                   "quantities), not both.")));
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

    return OrderMutation([this, request, changesLines, address, note = *note](
                                 Order &order, OrderChange &change) -> Status {
        if (!OrderLifecycle::isModifiable(order.status)) {
            return fail(Error::conflict(tr("Order %1 is %2 and can no longer be modified.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status).toLower()),
                    u"status"_s, OrderLifecycle::key(order.status)));
        }
        const Order before = order;
        const Address destination = address ? *address : order.shippingAddress;
        std::optional<QList<OrderItemRequest>> wanted = request.items;
        if (changesLines) {
            auto resolved = linesAfterChanges(order, request);
            if (!resolved)
                return fail(resolved.error());
            wanted = *resolved;
        }
        if (wanted) {
            auto lines = m_pricing.priceLines(*wanted, destination, order.lines);
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
            // What is shipped stays: a line keeps its shipped and cancelled units, and never holds fewer than
            // it has shipped (docs/fulfillment.md).
            for (LineItem &line : *lines) {
                const auto old = std::find_if(order.lines.cbegin(), order.lines.cend(),
                        [&](const LineItem &previous) { return previous.sku == line.sku; });
                if (old == order.lines.cend())
                    continue;
                line.shippedQuantity = old->shippedQuantity;
                line.cancelledQuantity = old->cancelledQuantity;
                if (line.quantity < line.shippedQuantity) {
                    return fail(Error::invalid(u"quantities."_s + line.sku, QString::number(line.quantity),
                            tr("%1 of %2 are already shipped; the line cannot hold fewer.")
                                    .arg(line.shippedQuantity)
                                    .arg(line.sku)));
                }
            }
            for (const LineItem &old : std::as_const(order.lines)) {
                const bool kept = std::any_of(
                        lines->cbegin(), lines->cend(), [&](const LineItem &line) { return line.sku == old.sku; });
                if (!kept && old.shippedQuantity > 0) {
                    return fail(Error::invalid(u"remove"_s, old.sku,
                            tr("%1 of %2 are already shipped; the line cannot be removed.")
                                    .arg(old.shippedQuantity)
                                    .arg(old.sku)));
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
    auto changed = m_changes.dryRun(orderReference, *mutation);
    if (!changed)
        return fail(changed.error());
    return previewOf(changed->before, changed->after);
}

OrderEditPreview OrderEdits::previewOf(const Order &before, const Order &after)
{
    OrderEditPreview preview{before, after, {}, after.balanceDue(), after.refundOwed()};
    QHash<QString, qint64> quantities;
    for (const LineItem &line : std::as_const(before.lines))
        quantities[line.sku] -= line.quantity;
    for (const LineItem &line : std::as_const(after.lines))
        quantities[line.sku] += line.quantity;
    for (const LineItem &line : std::as_const(before.lines)) {
        if (quantities.value(line.sku) != 0)
            preview.stock.append({line.sku, quantities.value(line.sku)});
    }
    for (const LineItem &line : std::as_const(after.lines)) {
        const bool wasThere = std::any_of(
                before.lines.cbegin(), before.lines.cend(), [&](const LineItem &old) { return old.sku == line.sku; });
        if (!wasThere)
            preview.stock.append({line.sku, line.quantity});
    }
    return preview;
}

} // namespace shipshape
