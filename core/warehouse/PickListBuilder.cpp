#include "warehouse/PickListBuilder.h"

#include <QCollator>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

bool PickListBuilder::walksBefore(const QString &a, const QString &b)
{
    // Shelf labels are compared the way people read them; the plain comparison only breaks ties
    // ("a-1" and "A-1"), so the walk never depends on input order.
    // One per thread: a collator sets itself up on first use, which two threads must not do at once.
    thread_local const QCollator collator = [] {
        QCollator numeric{QLocale(QLocale::English)};
        numeric.setNumericMode(true);
        numeric.setCaseSensitivity(Qt::CaseInsensitive);
        return numeric;
    }();
    const int order = collator.compare(a, b);
    return order != 0 ? order < 0 : a < b;
}

Result<PickList> PickListBuilder::build(const QList<Order> &orders, const QHash<QString, Product> &products,
        const QDateTime &createdAt, const QString &createdBy)
{
    if (orders.isEmpty())
        return fail(Error::invalid(u"orders"_s, QString(), tr("A pick list needs at least one order.")));
    PickList list{createdAt, createdBy, {}, {}};
    QHash<QString, qsizetype> stopOfSku;
    QMap<qint64, bool> seen;
    for (const Order &order : orders) {
        if (seen.contains(order.number)) {
            return fail(Error::invalid(
                    u"orders"_s, QString::number(order.number), tr("Order #%1 is named twice.").arg(order.number)));
        }
        seen.insert(order.number, true);
        if (order.status != OrderStatus::Confirmed) {
            return fail(Error::conflict(tr("Order #%1 is %2: only confirmed orders are picked.")
                                                .arg(order.number)
                                                .arg(OrderLifecycle::displayName(order.status)),
                    u"orders"_s, QString::number(order.number)));
        }
        PickListOrder picked{order.number, order.customer.name, 0};
        for (const LineItem &line : order.lines) {
            const qint64 quantity = line.unshipped();
            if (quantity <= 0)
                continue;
            picked.units += quantity;
            auto stop = stopOfSku.constFind(line.sku);
            if (stop == stopOfSku.cend()) {
                const auto product = products.constFind(line.sku);
                const bool known = product != products.cend();
                list.stops.append(PickListStop{line.sku, known ? product->name : line.productName,
                        known ? product->barcode : QString(), 0, {}});
                stop = stopOfSku.insert(line.sku, list.stops.size() - 1);
            }
            PickListStop &entry = list.stops[*stop];
            entry.quantity += quantity;
            entry.shares.append(PickListShare{order.number, quantity});
        }
        if (picked.units == 0) {
            return fail(Error::conflict(tr("Order #%1 has nothing left to ship.").arg(order.number), u"orders"_s,
                    QString::number(order.number)));
        }
        list.orders.append(picked);
    }
    std::ranges::sort(list.orders, {}, &PickListOrder::number);
    std::ranges::sort(
            list.stops, [](const PickListStop &a, const PickListStop &b) { return walksBefore(a.sku, b.sku); });
    for (PickListStop &stop : list.stops)
        std::ranges::sort(stop.shares, {}, &PickListShare::orderNumber);
    return list;
}

} // namespace shipshape
