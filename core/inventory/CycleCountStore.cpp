#include "inventory/CycleCountStore.h"

#include "common/Time.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Result<CycleCountState> decodedState(const Rows &row)
{
    return StoredValue::decode(CycleCountStates::fromKey(row.text(u"state")), u"stock_counts"_s, row.text(u"id"),
            u"state"_s, row.text(u"state"));
}

QDateTime optionalTime(const Rows &row, QStringView column)
{
    return row.isNull(column) ? QDateTime() : fromStorage(row.value(column));
}

const QString kLineColumns
        = u"SELECT l.sku, p.name, p.barcode, l.expected, l.counted, l.on_hand_at_count, l.counted_by, "
          "l.counted_at, l.last_movement_id, l.correction_id FROM stock_count_lines l "
          "JOIN products p ON p.sku = l.sku "_s;

CycleCountLine lineFrom(const Rows &row)
{
    CycleCountLine line;
    line.sku = row.text(u"sku");
    line.productName = row.text(u"name");
    line.barcode = row.text(u"barcode");
    line.expected = row.integer(u"expected");
    line.counted = row.optionalInteger(u"counted");
    line.onHandAtCount = row.optionalInteger(u"on_hand_at_count");
    line.countedBy = row.text(u"counted_by");
    line.countedAt = optionalTime(row, u"counted_at");
    line.lastMovementId = row.optionalInteger(u"last_movement_id");
    line.correctionId = row.optionalInteger(u"correction_id");
    return line;
}

} // namespace

Result<qint64> CycleCountStore::insertCount(const QString &note, const QString &actor, const QDateTime &at)
{
    auto inserted = m_database.query(
            u"INSERT INTO stock_counts (state, note, started_by, started_at) VALUES ('open', ?, ?, ?) RETURNING id"_s,
            {nonNullText(note), actor, toStorage(at)});
    if (!inserted)
        return fail(inserted.error());
    if (!inserted->next())
        return fail(Error::internal(u"inserting a stock count returned no id"_s));
    return inserted->integer(u"id");
}

Status CycleCountStore::insertLine(qint64 countId, const QString &sku, qint64 expected)
{
    auto inserted = m_database.query(
            u"INSERT INTO stock_count_lines (count_id, sku, expected) VALUES (?, ?, ?)"_s, {countId, sku, expected});
    if (!inserted)
        return fail(inserted.error());
    return {};
}

Result<std::optional<CycleCountState>> CycleCountStore::lockState(qint64 countId)
{
    const QString lock = m_database.dialect().isSqlite() ? QString() : u" FOR UPDATE"_s;
    auto row = m_database.query(u"SELECT id, state FROM stock_counts WHERE id = ?"_s + lock, {countId});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<CycleCountState>();
    auto state = decodedState(*row);
    if (!state)
        return fail(state.error());
    return std::optional(*state);
}

Result<bool> CycleCountStore::enter(qint64 countId, const QString &sku, qint64 quantity, bool add,
        const StockSnapshot &now, const QString &actor, const QDateTime &at)
{
    const QString counted = add ? u"COALESCE(counted, 0) + ?"_s : u"?"_s;
    auto updated = m_database.query(u"UPDATE stock_count_lines SET counted = "_s + counted
                    + u", on_hand_at_count = ?, last_movement_id = ?, counted_by = ?, counted_at = ? "
                      "WHERE count_id = ? AND sku = ?"_s,
            {quantity, now.level.onHand, now.lastMovementId, actor, toStorage(at), countId, sku});
    if (!updated)
        return fail(updated.error());
    return updated->rowsAffected() > 0;
}

Status CycleCountStore::setCorrection(qint64 countId, const QString &sku, qint64 movementId)
{
    auto updated = m_database.query(u"UPDATE stock_count_lines SET correction_id = ? WHERE count_id = ? AND sku = ?"_s,
            {movementId, countId, sku});
    if (!updated)
        return fail(updated.error());
    return {};
}

Status CycleCountStore::close(qint64 countId, CycleCountState state, const QString &actor, const QDateTime &at)
{
    auto updated = m_database.query(u"UPDATE stock_counts SET state = ?, closed_by = ?, closed_at = ? WHERE id = ?"_s,
            {CycleCountStates::key(state), actor, toStorage(at), countId});
    if (!updated)
        return fail(updated.error());
    return {};
}

Result<std::optional<CycleCount>> CycleCountStore::find(qint64 countId)
{
    CycleCount count;
    {
        auto header = m_database.query(
                u"SELECT id, state, note, started_by, started_at, closed_by, closed_at FROM stock_counts WHERE id = ?"_s,
                {countId});
        if (!header)
            return fail(header.error());
        if (!header->next())
            return std::optional<CycleCount>();
        auto state = decodedState(*header);
        if (!state)
            return fail(state.error());
        count.id = header->integer(u"id");
        count.state = *state;
        count.note = header->text(u"note");
        count.startedBy = header->text(u"started_by");
        count.startedAt = fromStorage(header->value(u"started_at"));
        count.closedBy = header->text(u"closed_by");
        count.closedAt = optionalTime(*header, u"closed_at");
    }
    auto lines = m_database.query(kLineColumns + u"WHERE l.count_id = ? ORDER BY l.sku"_s, {countId});
    if (!lines)
        return fail(lines.error());
    while (lines->next())
        count.lines.append(lineFrom(*lines));
    if (auto read = lines->status(); !read)
        return fail(read.error());
    return std::optional(count);
}

Result<std::optional<CycleCountLine>> CycleCountStore::line(qint64 countId, const QString &sku)
{
    auto row = m_database.query(kLineColumns + u"WHERE l.count_id = ? AND l.sku = ?"_s, {countId, sku});
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<CycleCountLine>();
    return std::optional(lineFrom(*row));
}

Result<bool> CycleCountStore::correctedAfter(const QString &sku, qint64 movementId)
{
    auto row = m_database.query(
            u"SELECT COUNT(*) FROM stock_movements WHERE sku = ? AND id > ? AND kind = 'correction'"_s,
            {sku, movementId});
    if (!row)
        return fail(row.error());
    return row->next() && row->singleInteger() > 0;
}

Result<QList<CycleCountSummary>> CycleCountStore::list(std::optional<CycleCountState> state, int limit)
{
    auto rows = m_database.query(
            u"SELECT c.id, c.state, c.note, c.started_by, c.started_at, c.closed_by, c.closed_at, "
            "COUNT(l.sku) AS lines, COUNT(l.counted) AS counted, "
            "COALESCE(SUM(CASE WHEN l.counted <> l.on_hand_at_count THEN 1 ELSE 0 END), 0) AS differing "
            "FROM stock_counts c LEFT JOIN stock_count_lines l ON l.count_id = c.id WHERE (? = '' OR c.state = ?) "
            "GROUP BY c.id, c.state, c.note, c.started_by, c.started_at, c.closed_by, c.closed_at "
            "ORDER BY c.id DESC LIMIT ?"_s,
            {state ? CycleCountStates::key(*state) : u""_s, state ? CycleCountStates::key(*state) : u""_s, limit});
    if (!rows)
        return fail(rows.error());
    QList<CycleCountSummary> counts;
    while (rows->next()) {
        const Rows &row = *rows;
        auto decoded = decodedState(row);
        if (!decoded)
            return fail(decoded.error());
        counts.append({row.integer(u"id"), *decoded, row.text(u"note"), row.text(u"started_by"),
                fromStorage(row.value(u"started_at")), row.text(u"closed_by"), optionalTime(row, u"closed_at"),
                row.integer(u"lines"), row.integer(u"counted"), row.integer(u"differing")});
    }
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return counts;
}

Result<QList<CountSuggestion>> CycleCountStore::dueSince(const QDateTime &since, int limit)
{
    auto rows = m_database.query(
            u"SELECT p.sku, p.name, p.on_hand, last.counted_at FROM products p LEFT JOIN ("
            "SELECT l.sku, MAX(c.closed_at) AS counted_at FROM stock_count_lines l JOIN stock_counts c "
            "ON c.id = l.count_id WHERE c.state = 'approved' GROUP BY l.sku) last ON last.sku = p.sku "
            "WHERE (last.counted_at IS NULL OR last.counted_at < ?) AND NOT EXISTS (SELECT 1 FROM stock_count_lines o "
            "JOIN stock_counts oc ON oc.id = o.count_id WHERE o.sku = p.sku AND oc.state = 'open') "
            "ORDER BY CASE WHEN last.counted_at IS NULL THEN 0 ELSE 1 END, last.counted_at, p.sku LIMIT ?"_s,
            {toStorage(since), limit});
    if (!rows)
        return fail(rows.error());
    QList<CountSuggestion> due;
    while (rows->next()) {
        const Rows &row = *rows;
        due.append({row.text(u"sku"), row.text(u"name"), row.integer(u"on_hand"), optionalTime(row, u"counted_at")});
    }
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return due;
}

Result<QStringList> CycleCountStore::correctedSinceCounted(qint64 countId)
{
    auto rows = m_database.query(u"SELECT l.sku FROM stock_count_lines l WHERE l.count_id = ? AND EXISTS ("
                                 "SELECT 1 FROM stock_movements x WHERE x.sku = l.sku AND x.id > l.last_movement_id "
                                 "AND x.kind = 'correction') ORDER BY l.sku"_s,
            {countId});
    if (!rows)
        return fail(rows.error());
    QStringList skus;
    while (rows->next())
        skus.append(rows->text(u"sku"));
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return skus;
}

Result<QList<qint64>> CycleCountStore::openCountsWith(const QString &sku)
{
    auto rows = m_database.query(u"SELECT c.id FROM stock_count_lines l JOIN stock_counts c ON c.id = l.count_id "
                                 "WHERE l.sku = ? AND c.state = 'open' ORDER BY c.id"_s,
            {sku});
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids.append(rows->integer(u"id"));
    if (auto read = rows->status(); !read)
        return fail(read.error());
    return ids;
}

} // namespace shipshape
