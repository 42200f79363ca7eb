#include "orders/ReturnableUnits.h"

#include <algorithm>

namespace shipshape {

qint64 ReturnableUnits::underReturn(const QList<OrderReturn> &returns, const QString &sku)
{
    qint64 units = 0;
    for (const OrderReturn &other : returns) {
        if (other.state == ReturnState::Rejected)
            continue;
        if (const ReturnLine *held = other.line(sku))
            units += held->quantity;
    }
    return units;
}

qint64 ReturnableUnits::of(const LineItem &line, const QList<OrderReturn> &returns)
{
    return qMax<qint64>(0, line.shippedQuantity - underReturn(returns, line.sku));
}

bool ReturnableUnits::any(const Order &order)
{
    return std::ranges::any_of(order.lines, [&order](const LineItem &line) { return of(line, order.returns) > 0; });
}

} // namespace shipshape
