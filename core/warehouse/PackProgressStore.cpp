#include "warehouse/PackProgressStore.h"

#include "common/Time.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<std::optional<PackState>> PackProgressStore::state(qint64 orderNumber)
{
    auto order
            = m_database.query(u"SELECT o.status, (SELECT s.carrier FROM shipments s WHERE s.order_number = o.number "
                               "ORDER BY s.id DESC LIMIT 1) AS last_carrier FROM orders o WHERE o.number = ?"_s,
                    {orderNumber});
    if (!order)
        return fail(order.error());
    if (!order->next())
        return std::optional<PackState>();
    PackState state;
    state.orderNumber = orderNumber;
    const QString statusKey = order->text(u"status");
    const auto status = OrderLifecycle::fromKey(statusKey);
    if (!status)
        return fail(Error::internal(u"order %1 has the unknown status \"%2\""_s.arg(orderNumber).arg(statusKey)));
    state.status = *status;
    state.lastCarrier = order->optionalText(u"last_carrier").value_or(QString());
    auto lines
            = m_database.query(u"SELECT l.sku, l.product_name, l.quantity - l.shipped_quantity AS to_pack, p.barcode, "
                               "COALESCE(pp.packed, 0) AS packed FROM order_lines l "
                               "LEFT JOIN products p ON p.sku = l.sku "
                               "LEFT JOIN pack_progress pp ON pp.order_number = l.order_number AND pp.sku = l.sku "
                               "WHERE l.order_number = ? AND l.quantity > l.shipped_quantity ORDER BY l.position"_s,
                    {orderNumber});
    if (!lines)
        return fail(lines.error());
    while (lines->next()) {
        const Rows &row = *lines;
        state.lines.append(PackLine{row.text(u"sku"), row.text(u"product_name"),
                row.optionalText(u"barcode").value_or(QString()), row.integer(u"to_pack"), row.integer(u"packed")});
    }
    return std::optional<PackState>(std::move(state));
}

Result<std::optional<qint64>> PackProgressStore::addOne(
        qint64 orderNumber, const QString &sku, const QString &actor, const QDateTime &at)
{
    auto added = m_database.query(
            u"INSERT INTO pack_progress (order_number, sku, packed, packed_by, packed_at) "
            "SELECT l.order_number, l.sku, 1, ?, ? FROM order_lines l JOIN orders o ON o.number = l.order_number "
            "WHERE l.order_number = ? AND l.sku = ? AND o.status = 'confirmed' AND l.quantity - l.shipped_quantity >= "
            "1 "
            "ON CONFLICT (order_number, sku) DO UPDATE SET packed = pack_progress.packed + 1, "
            "packed_by = excluded.packed_by, packed_at = excluded.packed_at "
            "WHERE pack_progress.packed + 1 <= (SELECT l.quantity - l.shipped_quantity FROM order_lines l "
            "JOIN orders o ON o.number = l.order_number WHERE l.order_number = pack_progress.order_number "
            "AND l.sku = pack_progress.sku AND o.status = 'confirmed') "
            "RETURNING packed"_s,
            {actor, toStorage(at), orderNumber, sku});
    if (!added)
        return fail(added.error());
    if (!added->next())
        return std::optional<qint64>();
    return std::optional<qint64>(added->integer(u"packed"));
}

Status PackProgressStore::lockOrder(qint64 orderNumber)
{
    auto locked = m_database.query(
            u"SELECT number FROM orders WHERE number = ?"_s + m_database.dialect().lockForUpdate(), {orderNumber});
    if (!locked)
        return fail(locked.error());
    return {};
}

Status PackProgressStore::clear(qint64 orderNumber)
{
    auto cleared = m_database.query(u"DELETE FROM pack_progress WHERE order_number = ?"_s, {orderNumber});
    if (!cleared)
        return fail(cleared.error());
    return {};
}

Result<QList<PackInProgress>> PackProgressStore::inProgress(int limit)
{
    auto rows = m_database.query(
            u"SELECT pp.order_number, SUM(pp.packed) AS packed, "
            "(SELECT SUM(l.quantity - l.shipped_quantity) FROM order_lines l WHERE l.order_number = pp.order_number) "
            "AS to_pack, (SELECT last.packed_by FROM pack_progress last WHERE last.order_number = pp.order_number "
            "ORDER BY last.packed_at DESC, last.sku LIMIT 1) AS packed_by "
            "FROM pack_progress pp GROUP BY pp.order_number ORDER BY MAX(pp.packed_at) DESC, pp.order_number LIMIT ?"_s,
            {limit});
    if (!rows)
        return fail(rows.error());
    QList<PackInProgress> orders;
    while (rows->next()) {
        orders.append(PackInProgress{rows->integer(u"order_number"), rows->integer(u"packed"),
                rows->integer(u"to_pack"), rows->text(u"packed_by")});
    }
    return orders;
}

} // namespace shipshape
