#include "orders/ReturnStore.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kReturnColumns
        = u"r.id, r.order_number, r.state, r.note, r.opened_at, r.opened_by, r.received_at, r.received_by, "
          "r.rejected_at, r.rejected_by, r.reject_reason, r.refunded_at, r.refunded_by, r.refund_minor, "
          "r.restocking_fee_minor, r.shipping_refund_minor, r.refund_id, r.refund_attempt_id, r.replacement_order, "
          "r.exchange_value_minor, r.exchange_credit_minor, r.exchanged_at, r.exchanged_by, "
          "(SELECT o.currency FROM orders o WHERE o.number = r.order_number) AS currency"_s;

QVariant nullableInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<QDateTime> optionalTime(const Rows &row, QStringView column)
{
    if (row.isNull(column))
        return std::nullopt;
    return fromStorage(row.value(column));
}

} // namespace

Result<qint64> ReturnStore::insert(const OrderReturn &orderReturn)
{
    auto inserted = m_database.query(u"INSERT INTO returns (order_number, state, note, opened_at, opened_by) "
                                     "VALUES (?, 'requested', ?, ?, ?) RETURNING id"_s,
            {orderReturn.orderNumber, nonNullText(orderReturn.note), toStorage(orderReturn.openedAt),
                    orderReturn.openedBy});
    if (!inserted)
        return fail(inserted.error());
    if (!inserted->next()) {
        return fail(Error::internal(u"inserting a return of order %1 returned no id"_s.arg(orderReturn.orderNumber)));
    }
    const qint64 id = inserted->integer(u"id");
    for (const ReturnLine &line : orderReturn.lines) {
        auto added
                = m_database.query(u"INSERT INTO return_lines (return_id, order_number, sku, reason, note, quantity) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {id, orderReturn.orderNumber, line.sku, ReturnReasons::key(line.reason), nonNullText(line.note),
                                line.quantity});
        if (!added)
            return fail(added.error());
    }
    return id;
}

Result<qint64> ReturnStore::orderOf(qint64 returnId)
{
    auto query = m_database.query(u"SELECT order_number FROM returns WHERE id = ?"_s, {returnId});
    if (!query)
        return fail(query.error());
    if (!query->next()) {
        return fail(Error::notFound(u"return"_s, QString::number(returnId), tr("No return %1.").arg(returnId)));
    }
    return query->integer(u"order_number");
}

Result<std::optional<OrderReturn>> ReturnStore::find(qint64 returnId)
{
    auto found = read(u"r.id = ?"_s, {returnId}, {});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::optional<OrderReturn>();
    return std::optional<OrderReturn>(found->first());
}

Result<QList<OrderReturn>> ReturnStore::forOrder(qint64 orderNumber)
{
    return read(u"r.order_number = ?"_s, {orderNumber}, u" ORDER BY r.id"_s);
}

Result<QList<OrderReturn>> ReturnStore::list(std::optional<ReturnState> state, int limit)
{
    ReturnFilter filter;
    filter.state = state;
    return list(filter, limit);
}

Result<QList<OrderReturn>> ReturnStore::list(const ReturnFilter &filter, int limit)
{
    QStringList conditions{u"1 = 1"_s};
    QVariantList values;
    if (filter.state) {
        conditions << u"r.state = ?"_s;
        values << ReturnStates::key(*filter.state);
    }
    if (filter.openedFrom) {
        conditions << u"r.opened_at >= ?"_s;
        values << toStorage(*filter.openedFrom);
    }
    if (filter.openedBefore) {
        conditions << u"r.opened_at < ?"_s;
        values << toStorage(*filter.openedBefore);
    }
    if (filter.reason) {
        conditions << u"EXISTS (SELECT 1 FROM return_lines rl WHERE rl.return_id = r.id AND rl.reason = ?)"_s;
        values << ReturnReasons::key(*filter.reason);
    }
    values << limit;
    return read(conditions.join(u" AND "_s), values, u" ORDER BY r.id DESC LIMIT ?"_s);
}

Result<ReturnStore::Credits> ReturnStore::creditsOf(qint64 orderNumber)
{
    // A cancelled replacement no longer uses its credit: the whole value of the exchanged units goes back
    // to lowering what the original order owes.
    auto query = m_database.query(
            u"SELECT (SELECT COALESCE(SUM(COALESCE(r.refund_minor, 0) + COALESCE(r.exchange_value_minor, 0) "
            "- (CASE WHEN n.status = 'cancelled' THEN 0 ELSE COALESCE(r.exchange_credit_minor, 0) END)), 0) "
            "FROM returns r LEFT JOIN orders n ON n.number = r.replacement_order WHERE r.order_number = ?) AS credit, "
            "(SELECT COALESCE(SUM(f.refund_minor), 0) FROM returns f WHERE f.order_number = ?) AS refunds, "
            "x.id AS replaces, x.exchange_credit_minor AS exchange_credit "
            "FROM (SELECT 1 AS one) base LEFT JOIN returns x ON x.replacement_order = ?"_s,
            {orderNumber, orderNumber, orderNumber});
    if (!query)
        return fail(query.error());
    Credits credits;
    if (!query->next())
        return credits;
    credits.returnCredit = query->integer(u"credit");
    credits.refunds = query->integer(u"refunds");
    credits.replacesReturn = query->optionalInteger(u"replaces");
    credits.exchangeCredit = query->optionalInteger(u"exchange_credit").value_or(0);
    if (auto status = query->status(); !status)
        return fail(status.error());
    return credits;
}

Result<OrderReturn> ReturnStore::pick(const QList<OrderReturn> &returns, qint64 returnId)
{
    for (const OrderReturn &candidate : returns) {
        if (candidate.id == returnId)
            return candidate;
    }
    return fail(Error::notFound(u"return"_s, QString::number(returnId), tr("No return %1.").arg(returnId)));
}

Result<std::optional<qint64>> ReturnStore::latestRefund(qint64 orderNumber)
{
    auto query = m_database.query(u"SELECT MAX(id) AS id FROM refunds WHERE order_number = ?"_s, {orderNumber});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<qint64>();
    return query->optionalInteger(u"id");
}

Result<QList<OrderReturn>> ReturnStore::read(const QString &where, const QVariantList &values, const QString &tail)
{
    // The order's currency by its primary key, not a join: with few returns a planner would otherwise walk
    // the orders and probe the returns of each (QueryWorkTest), where the returns are what a page is of.
    auto query = m_database.query(u"SELECT "_s + kReturnColumns + u" FROM returns r WHERE "_s + where + tail, values);
    if (!query)
        return fail(query.error());
    QList<OrderReturn> result;
    QList<Currency> currencies;
    while (query->next()) {
        const Rows &row = *query;
        auto currency = Currency::fromCode(row.text(u"currency"));
        if (!currency)
            return fail(currency.error());
        OrderReturn item;
        item.id = row.integer(u"id");
        item.orderNumber = row.integer(u"order_number");
        auto state = StoredValue::decode(ReturnStates::fromKey(row.text(u"state")), u"returns"_s, row.text(u"id"),
                u"state"_s, row.text(u"state"));
        if (!state)
            return fail(state.error());
        item.state = *state;
        item.note = row.text(u"note");
        item.openedAt = fromStorage(row.value(u"opened_at"));
        item.openedBy = row.text(u"opened_by");
        item.receivedAt = optionalTime(row, u"received_at");
        item.receivedBy = row.optionalText(u"received_by").value_or(QString());
        item.rejectedAt = optionalTime(row, u"rejected_at");
        item.rejectedBy = row.optionalText(u"rejected_by").value_or(QString());
        item.rejectReason = row.text(u"reject_reason");
        item.refundedAt = optionalTime(row, u"refunded_at");
        item.refundedBy = row.optionalText(u"refunded_by").value_or(QString());
        if (!row.isNull(u"refund_minor"))
            item.refund = Money(row.integer(u"refund_minor"), *currency);
        item.restockingFee = Money(row.integer(u"restocking_fee_minor"), *currency);
        item.shippingRefund = Money(row.integer(u"shipping_refund_minor"), *currency);
        if (!row.isNull(u"refund_id"))
            item.refundId = row.integer(u"refund_id");
        if (!row.isNull(u"refund_attempt_id"))
            item.refundAttemptId = row.integer(u"refund_attempt_id");
        if (!row.isNull(u"replacement_order")) {
            item.replacementOrder = row.integer(u"replacement_order");
            item.exchangeValue = Money(row.integer(u"exchange_value_minor"), *currency);
            item.exchangeCredit = Money(row.integer(u"exchange_credit_minor"), *currency);
            item.exchangedAt = optionalTime(row, u"exchanged_at");
            item.exchangedBy = row.optionalText(u"exchanged_by").value_or(QString());
        }
        result.append(item);
        currencies.append(*currency);
    }
    if (auto status = query->status(); !status)
        return fail(status.error());
    // A few returns at a time (one order's, or a page): their lines by return id.
    for (qsizetype i = 0; i < result.size(); ++i) {
        OrderReturn &item = result[i];
        auto lines = m_database.query(u"SELECT sku, reason, note, quantity, restocked, written_off, refund_minor "
                                      "FROM return_lines WHERE return_id = ? ORDER BY sku"_s,
                {item.id});
        if (!lines)
            return fail(lines.error());
        while (lines->next()) {
            const Rows &row = *lines;
            ReturnLine line;
            line.sku = row.text(u"sku");
            auto reason = StoredValue::decode(ReturnReasons::fromKey(row.text(u"reason")), u"return_lines"_s,
                    QString::number(item.id), u"reason"_s, row.text(u"reason"));
            if (!reason)
                return fail(reason.error());
            line.reason = *reason;
            line.note = row.text(u"note");
            line.quantity = row.integer(u"quantity");
            line.restocked = row.integer(u"restocked");
            line.writtenOff = row.integer(u"written_off");
            if (!row.isNull(u"refund_minor"))
                line.refund = Money(row.integer(u"refund_minor"), currencies.at(i));
            item.lines.append(line);
        }
        if (auto status = lines->status(); !status)
            return fail(status.error());
    }
    return result;
}

Status ReturnStore::expectOne(qint64 affected, qint64 returnId, const QString &what)
{
    if (affected != 1) {
        return fail(Error::conflict(tr("Return %1 has changed meanwhile: %2.").arg(returnId).arg(what), u"return"_s,
                QString::number(returnId)));
    }
    return {};
}

Status ReturnStore::receiveLine(
        qint64 returnId, const QString &sku, const ReturnLine &before, qint64 restocked, qint64 writtenOff)
{
    auto updated = m_database.query(
            u"UPDATE return_lines SET restocked = restocked + ?, written_off = written_off + ? WHERE return_id = ? "
            "AND sku = ? AND restocked = ? AND written_off = ? AND quantity >= ? AND refund_minor IS NULL"_s,
            {restocked, writtenOff, returnId, sku, before.restocked, before.writtenOff,
                    before.received() + restocked + writtenOff});
    if (!updated)
        return fail(updated.error());
    return expectOne(updated->rowsAffected(), returnId, tr("%1 was already received").arg(sku));
}

Status ReturnStore::markReceived(qint64 returnId, const QDateTime &at, const QString &by)
{
    auto updated = m_database.query(u"UPDATE returns SET state = 'received', received_at = ?, received_by = ? "
                                    "WHERE id = ? AND state = 'requested'"_s,
            {toStorage(at), by, returnId});
    if (!updated)
        return fail(updated.error());
    return expectOne(updated->rowsAffected(), returnId, tr("it is no longer requested"));
}

Status ReturnStore::markRejected(qint64 returnId, const QDateTime &at, const QString &by, const QString &reason)
{
    auto updated
            = m_database.query(u"UPDATE returns SET state = 'rejected', rejected_at = ?, rejected_by = ?, "
                               "reject_reason = ? WHERE id = ? AND state = 'requested' AND replacement_order IS NULL"_s,
                    {toStorage(at), by, reason, returnId});
    if (!updated)
        return fail(updated.error());
    return expectOne(updated->rowsAffected(), returnId, tr("it is no longer requested"));
}

Status ReturnStore::setLineRefund(qint64 returnId, const QString &sku, const Money &refund)
{
    auto updated = m_database.query(
            u"UPDATE return_lines SET refund_minor = ? WHERE return_id = ? AND sku = ? AND refund_minor IS NULL"_s,
            {refund.minorUnits(), returnId, sku});
    if (!updated)
        return fail(updated.error());
    return expectOne(updated->rowsAffected(), returnId, tr("%1 was already refunded").arg(sku));
}

Status ReturnStore::markRefunded(qint64 returnId, const OrderReturn &refunded)
{
    auto updated = m_database.query(
            u"UPDATE returns SET state = 'closed', refunded_at = ?, refunded_by = ?, refund_minor = ?, "
            "restocking_fee_minor = ?, shipping_refund_minor = ?, refund_id = ?, refund_attempt_id = ? "
            "WHERE id = ? AND state = 'received' AND replacement_order IS NULL"_s,
            {toStorage(refunded.refundedAt.value_or(QDateTime())), refunded.refundedBy,
                    refunded.refund ? refunded.refund->minorUnits() : 0, refunded.restockingFee.minorUnits(),
                    refunded.shippingRefund.minorUnits(), nullableInteger(refunded.refundId),
                    nullableInteger(refunded.refundAttemptId), returnId});
    if (!updated)
        return fail(updated.error());
    return expectOne(updated->rowsAffected(), returnId, tr("it was already refunded or is not received"));
}

Status ReturnStore::markExchanged(qint64 returnId, const OrderReturn &exchanged)
{
    auto updated = m_database.query(
            u"UPDATE returns SET replacement_order = ?, exchange_value_minor = ?, exchange_credit_minor = ?, "
            "exchanged_at = ?, exchanged_by = ? "
            "WHERE id = ? AND state IN ('requested', 'received') AND replacement_order IS NULL"_s,
            {nullableInteger(exchanged.replacementOrder),
                    exchanged.exchangeValue ? QVariant(exchanged.exchangeValue->minorUnits()) : QVariant(),
                    exchanged.exchangeCredit ? QVariant(exchanged.exchangeCredit->minorUnits()) : QVariant(),
                    toStorage(exchanged.exchangedAt.value_or(QDateTime())), exchanged.exchangedBy, returnId});
    if (!updated)
        return fail(updated.error());
    return expectOne(updated->rowsAffected(), returnId, tr("it was already exchanged, rejected or refunded"));
}

} // namespace shipshape
