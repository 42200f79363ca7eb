#include "warehouse/PickLists.h"

#include "inventory/InventoryRepository.h"
#include "orders/OrderService.h"
#include "orders/OrderSets.h"
#include "storage/Database.h"
#include "warehouse/PickListBuilder.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

PickLists::PickLists(Database &database, OrderService &orders, const Clock &clock)
    : m_database(database), m_orders(orders), m_clock(clock)
{}

Result<PickList> PickLists::forOrders(const QList<qint64> &numbers)
{
    if (numbers.isEmpty())
        return fail(Error::invalid(u"orders"_s, QString(), tr("A pick list needs at least one order.")));
    if (numbers.size() > kMaxOrders) {
        return fail(Error::invalid(u"orders"_s, QString::number(numbers.size()),
                tr("A pick list takes at most %1 orders (%2 given).").arg(kMaxOrders).arg(numbers.size())));
    }
    return build(numbers);
}

Result<PickList> PickLists::readyToShip(int limit)
{
    if (limit < 1 || limit > kMaxOrders) {
        return fail(Error::invalid(
                u"limit"_s, QString::number(limit), tr("A pick list takes between 1 and %1 orders.").arg(kMaxOrders)));
    }
    auto summaries
            = m_orders.list(OrderSets::filter(OrderSet::ToShip), OrderSort{OrderSortKey::Number, false}, limit, 0);
    if (!summaries)
        return fail(summaries.error());
    if (summaries->isEmpty())
        return fail(Error::conflict(tr("No confirmed order is waiting to ship."), u"orders"_s));
    QList<qint64> numbers;
    for (const OrderSummary &summary : *summaries)
        numbers.append(summary.number);
    return build(numbers);
}

Result<PickList> PickLists::build(const QList<qint64> &numbers)
{
    QList<Order> orders;
    orders.reserve(numbers.size());
    QSet<QString> skus;
    for (qint64 number : numbers) {
        auto order = m_orders.find(QString::number(number));
        if (!order)
            return fail(order.error());
        for (const LineItem &line : order->lines)
            skus.insert(line.sku);
        orders.append(*order);
    }
    QHash<QString, Product> products;
    InventoryRepository inventory(m_database);
    for (const QString &sku : skus) {
        auto product = inventory.find(sku);
        if (!product)
            return fail(product.error());
        if (product->has_value())
            products.insert(sku, **product);
    }
    return PickListBuilder::build(orders, products, m_clock.now(), m_database.actor());
}

} // namespace shipshape
