#include "inventory/InventoryRepository.h"

#include "common/Time.h"
#include "notification/WebhookOutbox.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kProductColumns
        = u"sku, name, price_minor, currency, on_hand, reserved, low_stock_threshold, created_at, updated_at, "
          "tax_class, barcode"_s;

Result<Product> productFromRow(const Rows &query)
{
    auto currency = Currency::fromCode(query.text(u"currency"));
    if (!currency)
        return fail(currency.error());
    Product product;
    product.sku = query.text(u"sku");
    product.name = query.text(u"name");
    product.price = Money(query.integer(u"price_minor"), *currency);
    product.onHand = query.integer(u"on_hand");
    product.reserved = query.integer(u"reserved");
    product.lowStockThreshold = query.integer(u"low_stock_threshold");
    product.taxClass = query.text(u"tax_class");
    product.barcode = query.text(u"barcode");
    product.createdAt = fromStorage(query.value(u"created_at"));
    product.updatedAt = fromStorage(query.value(u"updated_at"));
    if (auto read = query.status(); !read)
        return fail(read.error());
    return product;
}

// No barcode is NULL in the table, so that the unique index only sees real codes.
QVariant nullableBarcode(const QString &barcode)
{
    return barcode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(barcode);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Only fixed column names reach the SQL text; every value is bound.
QString productWhereClause(const ProductFilter &filter, QVariantList &values)
{
    QString sql = u" WHERE 1 = 1"_s;
    if (!filter.search.isEmpty()) {
        sql += u" AND (lower(sku) LIKE lower(?) ESCAPE '\\' OR lower(name) LIKE lower(?) ESCAPE '\\' OR barcode = ?)"_s;
        values << likePattern(filter.search) << likePattern(filter.search) << filter.search.trimmed();
    }
    if (filter.lowStockOnly)
        sql += u" AND on_hand - reserved <= low_stock_threshold"_s;
    return sql;
}

QString productOrderByClause(const ProductSort &sort)
{
    const QString direction = sort.descending ? u" DESC"_s : u" ASC"_s;
    QStringList keys;
    switch (sort.key) {
    case ProductSortKey::Sku:
        break;
    case ProductSortKey::Name:
        keys << u"lower(name)"_s;
        break;
    case ProductSortKey::Price:
        keys << u"currency"_s << u"price_minor"_s;
        break;
    case ProductSortKey::OnHand:
        keys << u"on_hand"_s;
        break;
    case ProductSortKey::Reserved:
        keys << u"reserved"_s;
        break;
    case ProductSortKey::Available:
        keys << u"on_hand - reserved"_s;
        break;
    case ProductSortKey::LowStockThreshold:
        keys << u"low_stock_threshold"_s;
        break;
    }
    keys << u"sku"_s;
    for (QString &key : keys)
        key += direction;
    return u" ORDER BY "_s + keys.join(u", "_s);
}
} // namespace

Result<std::optional<Product>> InventoryRepository::find(const QString &sku)
{
    auto query = m_database.query(u"SELECT "_s + kProductColumns + u" FROM products WHERE sku = ?"_s, {sku});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Product>();
    auto product = productFromRow(*query);
    if (!product)
        return fail(product.error());
    return std::optional<Product>(*product);
}

Result<std::optional<Product>> InventoryRepository::findByBarcode(const QString &barcode)
{
    auto query = m_database.query(u"SELECT "_s + kProductColumns + u" FROM products WHERE barcode = ?"_s, {barcode});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Product>();
    auto product = productFromRow(*query);
    if (!product)
        return fail(product.error());
    return std::optional<Product>(*product);
}

Result<QList<Product>> InventoryRepository::list(
        const ProductFilter &filter, int limit, int offset, const ProductSort &sort)
{
    QVariantList values;
    const QString sql = u"SELECT "_s + kProductColumns + u" FROM products"_s + productWhereClause(filter, values)
            + productOrderByClause(sort) + u" LIMIT ? OFFSET ?"_s;
    values << limit << offset;
    auto query = m_database.query(sql, values);
    if (!query)
        return fail(query.error());
    QList<Product> products;
    while (query->next()) {
        auto product = productFromRow(*query);
        if (!product)
            return fail(product.error());
        products.append(*product);
    }
    return products;
}

Result<qint64> InventoryRepository::count(const ProductFilter &filter)
{
    QVariantList values;
    auto query = m_database.query(u"SELECT COUNT(*) FROM products"_s + productWhereClause(filter, values), values);
    if (!query)
        return fail(query.error());
    const qint64 count = query->next() ? query->singleInteger() : 0;
    return count;
}

Status InventoryRepository::insert(const Product &product)
{
    auto query = m_database.query(
            u"INSERT INTO products (sku, name, price_minor, currency, on_hand, reserved, low_stock_threshold, "
            "created_at, updated_at, tax_class, barcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {product.sku, product.name, product.price.minorUnits(), product.price.currency().code(), product.onHand,
                    product.reserved, product.lowStockThreshold, toStorage(product.createdAt),
                    toStorage(product.updatedAt), product.taxClass, nullableBarcode(product.barcode)});
    if (!query)
        return fail(query.error());
    return {};
}

Status InventoryRepository::updateDetails(const Product &before, const Product &after, const QDateTime &at)
{
    // Only fixed column names reach the SQL text; every value is bound.
    QStringList assignments;
    QVariantList values;
    if (after.name != before.name) {
        assignments << u"name = ?"_s;
        values << after.name;
    }
    if (after.price != before.price) {
        assignments << u"price_minor = ?"_s << u"currency = ?"_s;
        values << after.price.minorUnits() << after.price.currency().code();
    }
    if (after.taxClass != before.taxClass) {
        assignments << u"tax_class = ?"_s;
        values << after.taxClass;
    }
    if (after.barcode != before.barcode) {
        assignments << u"barcode = ?"_s;
        values << nullableBarcode(after.barcode);
    }
    if (assignments.isEmpty())
        return {};
    assignments << u"updated_at = ?"_s;
    values << toStorage(at) << before.sku;
    auto query = m_database.query(
            u"UPDATE products SET "_s + assignments.join(u", "_s) + u" WHERE sku = ? RETURNING sku"_s, values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::notFound(u"sku"_s, before.sku, tr("Unknown product SKU \"%1\".").arg(before.sku)));
    return {};
}

Result<StockLevel> InventoryRepository::applyDelta(
        const QString &sql, const QString &sku, const QVariantList &values, const QString &refusal)
{
    auto query = m_database.query(sql, values);
    if (!query)
        return fail(query.error());
    if (!query->next()) {
        // Nothing matched: either the product does not exist or the condition refused the change.
        auto exists = find(sku);
        if (!exists)
            return fail(exists.error());
        if (!exists->has_value())
            return fail(Error::notFound(u"sku"_s, sku, tr("Unknown product SKU \"%1\".").arg(sku)));
        return fail(Error::conflict(refusal, u"sku"_s, sku));
    }
    StockLevel level{query->integer(u"on_hand"), query->integer(u"reserved"), query->integer(u"low_stock_threshold")};
    return level;
}

Result<StockLevel> InventoryRepository::reserve(const QString &sku, qint64 quantity, const QDateTime &at)
{
    return applyDelta(u"UPDATE products SET reserved = reserved + ?, updated_at = ? "
                      "WHERE sku = ? AND on_hand - reserved >= ? RETURNING on_hand, reserved, low_stock_threshold"_s,
            sku, {quantity, toStorage(at), sku, quantity},
            tr("Not enough stock of %1 to reserve %2.").arg(sku).arg(quantity));
}

Result<StockLevel> InventoryRepository::release(const QString &sku, qint64 quantity, const QDateTime &at)
{
    return applyDelta(u"UPDATE products SET reserved = reserved - ?, updated_at = ? "
                      "WHERE sku = ? AND reserved >= ? RETURNING on_hand, reserved, low_stock_threshold"_s,
            sku, {quantity, toStorage(at), sku, quantity},
            tr("Cannot release %2 of %1: less is reserved.").arg(sku).arg(quantity));
}

Result<StockLevel> InventoryRepository::consume(const QString &sku, qint64 quantity, const QDateTime &at)
{
    return applyDelta(u"UPDATE products SET on_hand = on_hand - ?, reserved = reserved - ?, updated_at = ? "
                      "WHERE sku = ? AND reserved >= ? RETURNING on_hand, reserved, low_stock_threshold"_s,
            sku, {quantity, quantity, toStorage(at), sku, quantity},
            tr("Cannot ship %2 of %1: less is reserved.").arg(sku).arg(quantity));
}

Result<StockLevel> InventoryRepository::replenish(const QString &sku, qint64 quantity, const QDateTime &at)
{
    return applyDelta(u"UPDATE products SET on_hand = on_hand + ?, updated_at = ? "
                      "WHERE sku = ? AND ? > 0 RETURNING on_hand, reserved, low_stock_threshold"_s,
            sku, {quantity, toStorage(at), sku, quantity}, tr("Replenishment of %1 must be positive.").arg(sku));
}

Result<StockLevel> InventoryRepository::lockLevel(const QString &sku, const QDateTime &at)
{
    return applyDelta(
            u"UPDATE products SET updated_at = ? WHERE sku = ? RETURNING on_hand, reserved, low_stock_threshold"_s, sku,
            {toStorage(at), sku}, tr("Unknown product SKU \"%1\".").arg(sku));
}

Result<StockLevel> InventoryRepository::adjustOnHand(const QString &sku, qint64 delta, const QDateTime &at)
{
    return applyDelta(u"UPDATE products SET on_hand = on_hand + ?, updated_at = ? "
                      "WHERE sku = ? AND on_hand + ? >= reserved RETURNING on_hand, reserved, low_stock_threshold"_s,
            sku, {delta, toStorage(at), sku, delta},
            tr("Changing the stock of %1 by %2 would leave less on hand than open orders reserve.")
                    .arg(sku)
                    .arg(delta));
}

Result<StockSnapshot> InventoryRepository::lockedSnapshot(const QString &sku)
{
    // The row is locked first and the ledger read after: on PostgreSQL a statement that waited for the lock
    // sees the locked row as committed but its other tables as they were when it began, so a ledger read in the
    // same statement could miss the row of the change it waited for.
    const QString lockSuffix = m_database.dialect().isSqlite() ? QString() : u" FOR UPDATE"_s;
    StockLevel level;
    {
        auto row = m_database.query(
                u"SELECT on_hand, reserved, low_stock_threshold FROM products WHERE sku = ?"_s + lockSuffix, {sku});
        if (!row)
            return fail(row.error());
        if (!row->next())
            return fail(Error::notFound(u"sku"_s, sku, tr("Unknown product SKU \"%1\".").arg(sku)));
        level = {row->integer(u"on_hand"), row->integer(u"reserved"), row->integer(u"low_stock_threshold")};
    }
    auto last = m_database.query(u"SELECT COALESCE(MAX(id), 0) FROM stock_movements WHERE sku = ?"_s, {sku});
    if (!last)
        return fail(last.error());
    if (!last->next())
        return fail(Error::internal(u"reading the latest ledger row of %1 returned nothing"_s.arg(sku)));
    return StockSnapshot{level, last->singleInteger()};
}

Result<std::optional<QString>> InventoryRepository::skuForCode(const QString &code)
{
    auto found = m_database.query(u"SELECT sku FROM products WHERE sku = ? OR barcode = ? "
                                  "UNION ALL SELECT sku FROM products WHERE lower(sku) = lower(?) LIMIT 1"_s,
            {code, code, code});
    if (!found)
        return fail(found.error());
    if (!found->next())
        return std::optional<QString>();
    return std::optional<QString>(found->text(u"sku"));
}

Result<std::pair<StockLevel, StockLevel>> InventoryRepository::setOnHand(
        const QString &sku, qint64 onHand, const QDateTime &at)
{
    // The conditional UPDATE refuses a level below the reservations; the previous level comes from the
    // same row inside the caller's write transaction, which holds the row (SQLite: the database) locked.
    const QString lockSuffix = m_database.dialect().isSqlite() ? QString() : u" FOR UPDATE"_s;
    auto before = m_database.query(u"SELECT on_hand, reserved FROM products WHERE sku = ?"_s + lockSuffix, {sku});
    if (!before)
        return fail(before.error());
    if (!before->next())
        return fail(Error::notFound(u"sku"_s, sku, tr("Unknown product SKU \"%1\".").arg(sku)));
    const StockLevel previous{before->integer(u"on_hand"), before->integer(u"reserved")};

    auto query = m_database.query(u"UPDATE products SET on_hand = ?, updated_at = ? "
                                  "WHERE sku = ? AND reserved <= ? RETURNING on_hand, reserved"_s,
            {onHand, toStorage(at), sku, onHand});
    if (!query)
        return fail(query.error());
    if (!query->next()) {
        return fail(Error::conflict(tr("Cannot set the stock of %1 to %2: %3 are reserved for open orders.")
                                            .arg(sku)
                                            .arg(onHand)
                                            .arg(previous.reserved),
                u"quantity"_s, QString::number(onHand)));
    }
    const StockLevel after{query->integer(u"on_hand"), query->integer(u"reserved")};
    return std::pair{previous, after};
}

Status InventoryRepository::setLowStockThreshold(const QString &sku, qint64 threshold, const QDateTime &at)
{
    auto query = m_database.query(
            u"UPDATE products SET low_stock_threshold = ?, updated_at = ? WHERE sku = ? RETURNING sku"_s,
            {threshold, toStorage(at), sku});
    if (!query)
        return fail(query.error());
    const bool found = query->next();
    if (!found)
        return fail(Error::notFound(u"sku"_s, sku, tr("Unknown product SKU \"%1\".").arg(sku)));
    return {};
}

Result<qint64> InventoryRepository::record(
        const StockMovement &movement, std::optional<qint64> returnId, qint64 writtenOff)
{
    auto query = m_database.query(
            u"INSERT INTO stock_movements (sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, "
            "order_number, actor, reason, at, return_id, written_off) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"_s,
            {movement.sku, StockMovementKinds::key(movement.kind), movement.onHandDelta, movement.reservedDelta,
                    movement.onHandAfter, movement.reservedAfter,
                    movement.orderNumber ? QVariant(*movement.orderNumber) : QVariant(QMetaType::fromType<qint64>()),
                    movement.actor, nonNullText(movement.reason), toStorage(movement.at),
                    returnId ? QVariant(*returnId) : QVariant(QMetaType::fromType<qint64>()), writtenOff});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::internal(u"inserting a ledger row of %1 returned no id"_s.arg(movement.sku)));
    const qint64 id = query->integer(u"id");
    // Every stock change lands here, in its transaction: the one place where stock.low is noticed.
    // The movement's own time is the event's (the caller's injected clock), so a ManualClock there stays in charge.
    const ManualClock at(movement.at);
    if (auto queued = WebhookOutbox(m_database, at).enqueueStockMovement(movement); !queued)
        return fail(queued.error());
    return id;
}

Result<QList<StockMovement>> InventoryRepository::movements(const QString &sku, int limit)
{
    auto query = m_database.query(
            u"SELECT id, sku, kind, on_hand_delta, reserved_delta, on_hand_after, reserved_after, order_number, actor, "
            "reason, at FROM stock_movements WHERE sku = ? ORDER BY id DESC LIMIT ?"_s,
            {sku, limit});
    if (!query)
        return fail(query.error());
    QList<StockMovement> result;
    while (query->next()) {
        const Rows &row = *query;
        StockMovement movement;
        movement.id = row.integer(u"id");
        movement.sku = row.text(u"sku");
        auto kindStored = StoredValue::decode(StockMovementKinds::fromKey(row.text(u"kind")), u"stock_movements"_s,
                row.text(u"id"), u"kind"_s, row.text(u"kind"));
        if (!kindStored)
            return fail(kindStored.error());
        movement.kind = *kindStored;
        movement.onHandDelta = row.integer(u"on_hand_delta");
        movement.reservedDelta = row.integer(u"reserved_delta");
        movement.onHandAfter = row.integer(u"on_hand_after");
        movement.reservedAfter = row.integer(u"reserved_after");
        if (!row.isNull(u"order_number"))
            movement.orderNumber = row.integer(u"order_number");
        movement.actor = row.text(u"actor");
        movement.reason = row.text(u"reason");
        movement.at = fromStorage(row.value(u"at"));
        result.append(movement);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return result;
}

} // namespace shipshape
