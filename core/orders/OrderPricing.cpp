#include "orders/OrderPricing.h"

#include "inventory/InventoryRepository.h"
#include "orders/OrderSettings.h"
#include "storage/Database.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString itemField(qsizetype index, const char16_t *name)
{
    return u"items[%1].%2"_s.arg(index).arg(QStringView(name));
}

} // namespace

Result<QList<LineItem>> OrderPricing::priceLines(const QList<OrderItemRequest> &items, const QList<LineItem> &existing)
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

} // namespace shipshape
