#include "orders/OrderRepository.h"

#include "common/Time.h"
#include "common/Uuid.h"
#include "orders/OrderLineStore.h"
#include "orders/OrderSearchTerm.h"
#include "orders/ShipmentStore.h"
#include "storage/Database.h"
#include "storage/StoredValue.h"
#include "tags/TagStore.h"

#include <QJsonDocument>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kOrderColumns
        = u"number, uuid, customer_id, customer_name, customer_email, status, currency, total_minor, paid_minor, "
          "refunded_minor, payment_method, ship_street, ship_city, ship_state, ship_zip, ship_country, carrier, "
          "tracking_number, cancel_reason, reservation_expires_at, placed_at, updated_at, version, credit_minor, "
          "discount_minor, shipping_minor, shipping_method, tax_minor, prices_include_tax"_s;

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableTime(const std::optional<QDateTime> &time)
{
    return time ? QVariant(toStorage(*time)) : QVariant(QMetaType::fromType<qint64>());
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

std::optional<qint64> parseOrderNumber(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(u'#'))
        digits = digits.mid(1);
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    return number;
}

QString prefixPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

// Where an order stands with its money, as one expression: the orders_payment_state index is built
// on exactly this text (migration 10), so a filter on it is an index range. The order of the cases is
// PaymentStates::of's: a refund owed first, then money returned, then money kept as credit.
const QString kPaymentStateExpression
        = u"(CASE WHEN o.paid_minor - o.refunded_minor - o.credit_minor > "
          "(CASE WHEN o.status = 'cancelled' THEN 0 ELSE o.total_minor END) THEN 4 "
          "WHEN o.refunded_minor > 0 THEN 3 WHEN o.credit_minor > 0 THEN 5 "
          "WHEN o.paid_minor = 0 THEN 0 WHEN o.paid_minor < o.total_minor THEN 1 ELSE 2 END)"_s;

int paymentStateCode(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return 0;
    case PaymentState::PartlyPaid:
        return 1;
    case PaymentState::Paid:
        return 2;
    case PaymentState::Refunded:
        return 3;
    case PaymentState::RefundOwed:
        return 4;
    case PaymentState::Credit:
        return 5;
    }
    return 0;
}

// The customers whose name or email (only email: `emailOnly`) contains `text`, as a subquery of ids.
// On SQLite, three characters or more are looked up in the trigram index customers_search (a phrase
// of trigrams matches exactly the rows that contain it); shorter text, and PostgreSQL, scan the
// customers table, which has one row per customer rather than per order.
QString customerIds(const SqlDialect &dialect, const QString &text, bool emailOnly, QVariantList &values)
{
    if (dialect.isSqlite() && text.size() >= 3) {
        QString phrase = text;
        phrase.replace(u'"', u"\"\""_s);
        values << QString((emailOnly ? u"email : \""_s : u"\""_s) + phrase + u'"');
        return u"SELECT rowid FROM customers_search WHERE customers_search MATCH ?"_s;
    }
    const QString pattern = likePattern(text);
    if (emailOnly) {
        values << pattern;
        return u"SELECT c.id FROM customers c WHERE lower(c.email) LIKE lower(?) ESCAPE '\\'"_s;
    }
    values << pattern << pattern;
    return u"SELECT c.id FROM customers c WHERE lower(c.name) LIKE lower(?) ESCAPE '\\' "
           "OR lower(c.email) LIKE lower(?) ESCAPE '\\'"_s;
}

// Tracking numbers match from their start, as typed or in capitals: on SQLite a range of the
// orders_tracking index (binary collation, so the range is exactly the prefix), on PostgreSQL a
// prefix LIKE on the text_pattern_ops index, which works whatever the database's collation.
QString trackingMatch(const SqlDialect &dialect, const QString &text, QVariantList &values,
        const QString &column = u"o.tracking_number"_s)
{
    QStringList variants{text};
    if (text.toUpper() != text)
        variants << text.toUpper();
    QStringList terms;
    for (const QString &variant : std::as_const(variants)) {
        if (dialect.isSqlite()) {
            terms << u"("_s + column + u" >= ? AND "_s + column + u" < ?)"_s;
            values << variant << QString(variant + QString::fromUcs4(U"\U0010FFFF"));
        } else {
            terms << column + u" LIKE ? ESCAPE '\\'"_s;
            values << prefixPattern(variant);
        }
    }
    return terms.size() == 1 ? terms.first() : u'(' + terms.join(u" OR "_s) + u')';
}

// The order's own tracking number is its latest parcel's; an earlier parcel's is found through its
// shipment (shipments_tracking, migration 19).
QString anyParcelTrackingMatch(const SqlDialect &dialect, const QString &text, QVariantList &values)
{
    QString sql = u"("_s + trackingMatch(dialect, text, values);
    sql += u" OR o.number IN (SELECT s.order_number FROM shipments s WHERE "_s
            + trackingMatch(dialect, text, values, u"s.tracking_number"_s) + u"))"_s;
    return sql;
}

} // namespace

// Only fixed column names reach the SQL text; every value is bound.
Result<QString> OrderRepository::whereClause(const OrderFilter &filter, QVariantList &values)
{
    QString sql = u" WHERE 1 = 1"_s;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (OrderStatus status : filter.statuses) {
            marks << u"?"_s;
            values << OrderLifecycle::key(status);
        }
        sql += u" AND o.status IN ("_s + marks.join(u", "_s) + u')';
    }
    if (!filter.customerId.isEmpty()) {
        sql += u" AND o.customer_id = (SELECT id FROM customers WHERE uuid = ?)"_s;
        values << filter.customerId.toLower();
    }
    if (filter.numberBelow) {
        sql += u" AND o.number < ?"_s;
        values << *filter.numberBelow;
    }
    if (filter.from) {
        sql += u" AND o.placed_at >= ?"_s;
        values << toStorage(*filter.from);
    }
    if (filter.until) {
        sql += u" AND o.placed_at < ?"_s;
        values << toStorage(*filter.until);
    }
    if (filter.paymentState) {
        sql += u" AND "_s + kPaymentStateExpression + u" = ?"_s;
        values << paymentStateCode(*filter.paymentState);
    }
    if (!filter.cancelReasons.isEmpty()) {
        // IS NOT NULL lets both engines use the partial orders_cancel_reason index.
        QStringList marks;
        for (CancelReason reason : filter.cancelReasons) {
            marks << u"?"_s;
            values << CancelReasons::key(reason);
        }
        sql += u" AND o.cancel_reason IS NOT NULL AND o.cancel_reason IN ("_s + marks.join(u", "_s) + u')';
    }
    if (!filter.fulfillmentStates.isEmpty())
        sql += u" AND "_s + ShipmentStore::fulfillmentCondition(filter.fulfillmentStates);
    if (!filter.tag.trimmed().isEmpty()) {
        auto tagged = TagStore(m_database, TagOwner::Order).orderCondition(u"o.number"_s, filter.tag.trimmed(), values);
        if (!tagged)
            return fail(tagged.error());
        sql += u" AND "_s + *tagged;
    }
    const OrderSearchTerm term = OrderSearchTerm::parse(filter.search);
    if (term.text.isEmpty())
        return sql;

    bool customers = term.customers;
    bool skus = term.skus;
    bool tracking = term.trackingPrefix;
    const QString contains = likePattern(term.text);
    // Text that could be a name, a SKU or a tracking number: ask the small tables (and one index
    // range) which of them it actually is, so that the orders query holds only the branches that can
    // match. A single branch lets the database drive the query from that branch's index (with a status
    // filter: orders_status_customer); an OR of branches that match nothing would not.
    if (int(customers) + int(skus) + int(tracking) > 1) {
        QVariantList probeValues;
        // Named columns: both engines call an unnamed EXISTS column by an engine-specific name.
        QString probe = u"SELECT "_s;
        probe += customers
                ? u"EXISTS ("_s + customerIds(m_database.dialect(), term.text, term.emailOnly, probeValues) + u')'
                : u"0"_s;
        probe += u" AS customers"_s;
        probe += skus ? u", EXISTS (SELECT 1 FROM products p WHERE lower(p.sku) LIKE lower(?) ESCAPE '\\')"_s
                      : u", 0"_s;
        probe += u" AS skus"_s;
        if (skus)
            probeValues << contains;
        if (tracking) {
            probe += u", EXISTS (SELECT 1 FROM shipments s WHERE "_s
                    + trackingMatch(m_database.dialect(), term.text, probeValues, u"s.tracking_number"_s)
                    + u") OR EXISTS (SELECT 1 FROM orders o WHERE "_s
                    + trackingMatch(m_database.dialect(), term.text, probeValues) + u')';
        } else {
            probe += u", 0"_s;
        }
        probe += u" AS tracking"_s;
        auto found = m_database.query(probe, probeValues);
        if (!found)
            return fail(found.error());
        if (found->next()) {
            customers = customers && found->boolean(u"customers");
            skus = skus && found->boolean(u"skus");
            tracking = tracking && found->boolean(u"tracking");
        }
        if (auto read = found->status(); !read)
            return fail(read.error());
    }

    QStringList branches;
    if (term.number) {
        branches << u"o.number = ?"_s;
        values << *term.number;
    }
    if (customers) {
        branches << u"o.customer_id IN ("_s + customerIds(m_database.dialect(), term.text, term.emailOnly, values)
                        + u')';
    }
    if (skus) {
        const auto broad = skuMatchesAreBroad(contains);
        if (!broad)
            return fail(broad.error());
        if (*broad) {
            // Text in most orders' SKUs ("SKU-1" in a catalogue numbered from SKU-10001): collecting
            // their lines first costs seconds (2.2 million at a million orders). Walking the orders in
            // the list's order and looking at each one's few lines (primary key) finds a page, or the
            // first 10,001 for a bounded count, in milliseconds. On SQLite the unary + keeps the lookup
            // on the primary key instead of one probe per matching SKU.
            const QString sku = m_database.dialect().isSqlite() ? u"+l.sku"_s : u"l.sku"_s;
            branches << u"EXISTS (SELECT 1 FROM order_lines l WHERE l.order_number = o.number AND "_s + sku
                            + u" IN (SELECT p.sku FROM products p WHERE lower(p.sku) LIKE lower(?) ESCAPE '\\'))"_s;
        } else {
            // order_lines_sku (sku, order_number) answers this without reading the lines themselves.
            branches << u"o.number IN (SELECT l.order_number FROM order_lines l WHERE l.sku IN "
                        "(SELECT p.sku FROM products p WHERE lower(p.sku) LIKE lower(?) ESCAPE '\\'))"_s;
        }
        values << contains;
    }
    if (tracking)
        branches << anyParcelTrackingMatch(m_database.dialect(), term.text, values);
    if (branches.isEmpty())
        return sql + u" AND 1 = 0"_s;
    return sql + u" AND ("_s + branches.join(u" OR "_s) + u')';
}

Result<bool> OrderRepository::skuMatchesAreBroad(const QString &containsPattern)
{
    auto kept = m_database.query(u"SELECT value FROM counters WHERE name = 'orders'"_s);
    if (!kept)
        return fail(kept.error());
    const qint64 orders = kept->next() ? kept->integer(u"value") : 0;
    // Lines of the matching SKUs in an eighth of all orders or more: from there on, walking the orders
    // reaches 10,001 matches sooner than collecting the lines. The probe stops at that many lines.
    const qint64 threshold = std::max<qint64>(orders / 8, 1);
    auto probe = m_database.query(u"SELECT COUNT(*) FROM (SELECT 1 FROM order_lines l WHERE l.sku IN "
                                  "(SELECT p.sku FROM products p WHERE lower(p.sku) LIKE lower(?) ESCAPE '\\') "
                                  "LIMIT ?) AS probe"_s,
            {containsPattern, threshold});
    if (!probe)
        return fail(probe.error());
    const qint64 lines = probe->next() ? probe->singleInteger() : 0;
    return lines >= threshold;
}

namespace {

QString orderByClause(const OrderSort &sort)
{
    const QString direction = sort.descending ? u" DESC"_s : u" ASC"_s;
    QString column;
    switch (sort.key) {
    case OrderSortKey::Number:
        return u" ORDER BY o.number"_s + direction;
    case OrderSortKey::PlacedAt:
        column = u"o.placed_at"_s;
        break;
    case OrderSortKey::Customer:
        column = u"o.customer_name"_s;
        break;
    case OrderSortKey::State:
        column = u"o.status"_s;
        break;
    case OrderSortKey::Total:
        column = u"o.total_minor"_s;
        break;
    }
    // The number breaks ties so that paging is stable.
    return u" ORDER BY "_s + column + direction + u", o.number"_s + direction;
}

} // namespace

Result<qint64> OrderRepository::allocateNumber()
{
    auto query
            = m_database.query(u"UPDATE counters SET value = value + 1 WHERE name = 'order_number' RETURNING value"_s);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(Error::internal(tr("The order number counter is missing.")));
    const qint64 number = query->integer(u"value");
    return number;
}

Status OrderRepository::insert(const Order &order)
{
    const OrderTotals totals = order.totals();
    auto query = m_database.query(
            u"INSERT INTO orders (number, uuid, customer_id, customer_name, customer_email, status, currency, "
            "total_minor, line_count, paid_minor, refunded_minor, payment_method, ship_street, ship_city, ship_state, "
            "ship_zip, ship_country, carrier, tracking_number, cancel_reason, reservation_expires_at, placed_at, "
            "updated_at, version, credit_minor, discount_minor, shipping_minor, shipping_method, tax_minor, "
            "prices_include_tax) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {order.number, order.id, order.customer.rowId, order.customer.name, order.customer.email,
                    OrderLifecycle::key(order.status), order.total.currency().code(), order.total.minorUnits(),
                    static_cast<qint64>(order.lines.size()), order.paid.minorUnits(), order.refunded.minorUnits(),
                    PaymentMethods::key(order.paymentMethod), order.shippingAddress.street, order.shippingAddress.city,
                    order.shippingAddress.state, order.shippingAddress.zip, order.shippingAddress.country,
                    nullableText(order.carrier), nullableText(order.trackingNumber),
                    order.cancelReason ? QVariant(CancelReasons::key(*order.cancelReason))
                                       : QVariant(QMetaType::fromType<QString>()),
                    nullableTime(order.reservationExpiresAt), toStorage(order.placedAt), toStorage(order.updatedAt),
                    order.version, order.credit.minorUnits(), totals.discount.minorUnits(),
                    totals.shipping.minorUnits(), nonNullText(order.shippingMethod), totals.tax.minorUnits(),
                    order.pricesIncludeTax ? qint64(1) : qint64(0)});
    if (!query)
        return fail(query.error());
    return replaceLines(order.number, order.lines, order.discounts);
}

Status OrderRepository::replaceLines(qint64 number, const QList<LineItem> &lines, const QList<Discount> &discounts)
{
    return OrderLineStore(m_database).replace(number, lines, discounts);
}

Status OrderRepository::update(const Order &order, qint64 expectedVersion)
{
    const OrderTotals totals = order.totals();
    auto query = m_database.query(
            u"UPDATE orders SET status = ?, total_minor = ?, line_count = ?, paid_minor = ?, refunded_minor = ?, "
            "credit_minor = ?, ship_street = ?, ship_city = ?, ship_state = ?, ship_zip = ?, ship_country = ?, carrier "
            "= ?, "
            "tracking_number = ?, cancel_reason = ?, reservation_expires_at = ?, updated_at = ?, version = ?, "
            "discount_minor = ?, shipping_minor = ?, shipping_method = ?, tax_minor = ? "
            "WHERE number = ? AND version = ? RETURNING version"_s,
            {OrderLifecycle::key(order.status), order.total.minorUnits(), static_cast<qint64>(order.lines.size()),
                    order.paid.minorUnits(), order.refunded.minorUnits(), order.credit.minorUnits(),
                    order.shippingAddress.street, order.shippingAddress.city, order.shippingAddress.state,
                    order.shippingAddress.zip, order.shippingAddress.country, nullableText(order.carrier),
                    nullableText(order.trackingNumber),
                    order.cancelReason ? QVariant(CancelReasons::key(*order.cancelReason))
                                       : QVariant(QMetaType::fromType<QString>()),
                    nullableTime(order.reservationExpiresAt), toStorage(order.updatedAt), expectedVersion + 1,
                    totals.discount.minorUnits(), totals.shipping.minorUnits(), nonNullText(order.shippingMethod),
                    totals.tax.minorUnits(), order.number, expectedVersion});
    if (!query)
        return fail(query.error());
    const bool updated = query->next();
    if (!updated) {
        return fail(
                Error::conflict(tr("Order %1 was changed by someone else; reload it and try again.").arg(order.number),
                        u"order"_s, QString::number(order.number)));
    }
    return {};
}

bool OrderRepository::sameStoredState(const Order &a, const Order &b)
{
    const auto stored = [](const Order &order) {
        return std::tuple(order.status, order.total.minorUnits(), order.lines.size(), order.paid.minorUnits(),
                order.refunded.minorUnits(), order.credit.minorUnits(), order.shippingAddress.singleLine(),
                order.carrier, order.trackingNumber, order.cancelReason, order.reservationExpiresAt,
                order.shipping.minorUnits(), order.shippingMethod);
    };
    return stored(a) == stored(b);
}

Status OrderRepository::appendTimeline(qint64 number, const TimelineEntry &entry)
{
    auto query = m_database.query(
            u"INSERT INTO order_events (order_number, at, actor, event, from_status, to_status, reason, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {number, toStorage(entry.at), entry.actor, entry.event,
                    entry.fromStatus ? QVariant(OrderLifecycle::key(*entry.fromStatus))
                                     : QVariant(QMetaType::fromType<QString>()),
                    entry.toStatus ? QVariant(OrderLifecycle::key(*entry.toStatus))
                                   : QVariant(QMetaType::fromType<QString>()),
                    nonNullText(entry.reason),
                    QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))});
    if (!query)
        return fail(query.error());
    return {};
}

Result<std::optional<qint64>> OrderRepository::resolve(const QString &reference)
{
    const QString text = reference.trimmed();
    if (looksLikeUuid(text)) {
        auto query = m_database.query(u"SELECT number FROM orders WHERE uuid = ?"_s, {text.toLower()});
        if (!query)
            return fail(query.error());
        std::optional<qint64> number;
        if (query->next())
            number = query->integer(u"number");
        return number;
    }
    const auto number = parseOrderNumber(text);
    if (!number)
        return fail(Error::invalid(
                u"order"_s, reference, tr("\"%1\" is neither an order number nor an order UUID.").arg(reference)));
    auto query = m_database.query(u"SELECT number FROM orders WHERE number = ?"_s, {*number});
    if (!query)
        return fail(query.error());
    std::optional<qint64> found;
    if (query->next())
        found = *number;
    return found;
}

Result<qint64> OrderRepository::resolveExisting(const QString &reference)
{
    auto number = resolve(reference);
    if (!number)
        return fail(number.error());
    if (!number->has_value())
        return fail(Error::notFound(u"order"_s, reference, tr("No order %1.").arg(reference)));
    return **number;
}

Result<std::optional<Order>> OrderRepository::load(qint64 number, bool withTimeline, bool lock)
{
    const QString lockSuffix = (lock && !m_database.dialect().isSqlite()) ? u" FOR UPDATE"_s : QString();
    auto query = m_database.query(
            u"SELECT "_s + kOrderColumns + u" FROM orders WHERE number = ?"_s + lockSuffix, {number});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Order>();
    const Rows &row = *query;
    auto currency = Currency::fromCode(row.text(u"currency"));
    if (!currency)
        return fail(currency.error());
    Order order;
    order.number = row.integer(u"number");
    order.id = row.text(u"uuid");
    order.customer.rowId = row.integer(u"customer_id");
    order.customer.name = row.text(u"customer_name");
    order.customer.email = row.text(u"customer_email");
    auto statusStored = StoredValue::decode(OrderLifecycle::fromKey(row.text(u"status")), u"orders"_s,
            row.text(u"number"), u"status"_s, row.text(u"status"));
    if (!statusStored)
        return fail(statusStored.error());
    order.status = *statusStored;
    order.total = Money(row.integer(u"total_minor"), *currency);
    order.paid = Money(row.integer(u"paid_minor"), *currency);
    order.refunded = Money(row.integer(u"refunded_minor"), *currency);
    auto paymentMethodStored = StoredValue::decode(PaymentMethods::fromKey(row.text(u"payment_method")), u"orders"_s,
            row.text(u"number"), u"payment_method"_s, row.text(u"payment_method"));
    if (!paymentMethodStored)
        return fail(paymentMethodStored.error());
    order.paymentMethod = *paymentMethodStored;
    order.shippingAddress = Address{row.text(u"ship_street"), row.text(u"ship_city"), row.text(u"ship_state"),
            row.text(u"ship_zip"), row.text(u"ship_country")};
    order.carrier = row.text(u"carrier");
    order.trackingNumber = row.text(u"tracking_number");
    if (!row.isNull(u"cancel_reason")) {
        auto reason = StoredValue::decode(CancelReasons::fromKey(row.text(u"cancel_reason")), u"orders"_s,
                row.text(u"number"), u"cancel_reason"_s, row.text(u"cancel_reason"));
        if (!reason)
            return fail(reason.error());
        order.cancelReason = *reason;
    }
    if (!row.isNull(u"reservation_expires_at"))
        order.reservationExpiresAt = fromStorage(row.value(u"reservation_expires_at"));
    order.placedAt = fromStorage(row.value(u"placed_at"));
    order.updatedAt = fromStorage(row.value(u"updated_at"));
    order.version = row.integer(u"version");
    order.credit = Money(row.integer(u"credit_minor"), *currency);
    order.shipping = Money(row.integer(u"shipping_minor"), *currency);
    order.shippingMethod = row.text(u"shipping_method");
    order.pricesIncludeTax = row.integer(u"prices_include_tax") == 1;
    if (auto read = row.status(); !read)
        return fail(read.error());

    auto customer = m_database.query(u"SELECT uuid, created_at FROM customers WHERE id = ?"_s, {order.customer.rowId});
    if (!customer)
        return fail(customer.error());
    if (customer->next()) {
        order.customer.id = customer->text(u"uuid");
        order.customer.createdAt = fromStorage(customer->value(u"created_at"));
    }

    auto lines = OrderLineStore(m_database).lines(number, *currency);
    if (!lines)
        return fail(lines.error());
    order.lines = *lines;
    auto discounts = OrderLineStore(m_database).discounts(number, *currency);
    if (!discounts)
        return fail(discounts.error());
    order.discounts = *discounts;
    if (withTimeline) {
        auto timeline = loadTimeline(number);
        if (!timeline)
            return fail(timeline.error());
        order.timeline = *timeline;
        auto tags = TagStore(m_database, TagOwner::Order).tagsOf(number);
        if (!tags)
            return fail(tags.error());
        order.tags = *tags;
    }
    return std::optional<Order>(std::move(order));
}

Result<QList<TimelineEntry>> OrderRepository::loadTimeline(qint64 number)
{
    auto query = m_database.query(u"SELECT id, at, actor, event, from_status, to_status, reason, details "
                                  "FROM order_events WHERE order_number = ? ORDER BY id"_s,
            {number});
    if (!query)
        return fail(query.error());
    QList<TimelineEntry> timeline;
    while (query->next()) {
        const Rows &row = *query;
        TimelineEntry entry;
        entry.id = row.integer(u"id");
        entry.at = fromStorage(row.value(u"at"));
        entry.actor = row.text(u"actor");
        entry.event = row.text(u"event");
        for (const auto &[column, status] :
                {std::pair{u"from_status"_s, &entry.fromStatus}, std::pair{u"to_status"_s, &entry.toStatus}}) {
            const std::optional<QString> key = row.optionalText(column);
            if (!key)
                continue;
            auto stored = StoredValue::decode(
                    OrderLifecycle::fromKey(*key), u"order_events"_s, row.text(u"id"), column, *key);
            if (!stored)
                return fail(stored.error());
            *status = *stored;
        }
        entry.reason = row.text(u"reason");
        entry.details = QJsonDocument::fromJson(row.text(u"details").toUtf8()).object();
        timeline.append(entry);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return timeline;
}

Result<QList<OrderSummary>> OrderRepository::list(
        const OrderFilter &filter, const OrderSort &sort, int limit, int offset)
{
    QVariantList values;
    const auto where = whereClause(filter, values);
    if (!where)
        return fail(where.error());
    QString sql = u"SELECT o.number, o.uuid, o.placed_at, o.customer_name, o.customer_email, o.status, o.currency, "
                  "o.total_minor, o.line_count, o.payment_method, o.paid_minor, o.refunded_minor, o.tracking_number, "
                  "o.credit_minor FROM orders o"_s
            + *where + orderByClause(sort) + u" LIMIT ? OFFSET ?"_s;
    values << limit << offset;
    auto query = m_database.query(sql, values);
    if (!query)
        return fail(query.error());
    QList<OrderSummary> rows;
    rows.reserve(limit);
    QString lastCurrencyCode;
    Currency currency;
    while (query->next()) {
        const Rows &row = *query;
        const QString code = row.text(u"currency");
        if (code != lastCurrencyCode) {
            auto parsed = Currency::fromCode(code);
            if (!parsed)
                return fail(parsed.error());
            currency = *parsed;
            lastCurrencyCode = code;
        }
        OrderSummary summary;
        summary.number = row.integer(u"number");
        summary.id = row.text(u"uuid");
        summary.placedAt = fromStorage(row.value(u"placed_at"));
        summary.customerName = row.text(u"customer_name");
        summary.customerEmail = row.text(u"customer_email");
        auto statusStored = StoredValue::decode(OrderLifecycle::fromKey(row.text(u"status")), u"orders"_s,
                row.text(u"number"), u"status"_s, row.text(u"status"));
        if (!statusStored)
            return fail(statusStored.error());
        summary.status = *statusStored;
        summary.total = Money(row.integer(u"total_minor"), currency);
        summary.lineCount = row.integer(u"line_count");
        auto paymentMethodStored = StoredValue::decode(PaymentMethods::fromKey(row.text(u"payment_method")),
                u"orders"_s, row.text(u"number"), u"payment_method"_s, row.text(u"payment_method"));
        if (!paymentMethodStored)
            return fail(paymentMethodStored.error());
        summary.paymentMethod = *paymentMethodStored;
        summary.paid = Money(row.integer(u"paid_minor"), currency);
        summary.refunded = Money(row.integer(u"refunded_minor"), currency);
        summary.trackingNumber = row.text(u"tracking_number");
        summary.credit = Money(row.integer(u"credit_minor"), currency);
        rows.append(summary);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    QList<qint64> numbers;
    for (const OrderSummary &row : std::as_const(rows))
        numbers << row.number;
    auto tags = TagStore(m_database, TagOwner::Order).tagsOfEach(numbers);
    if (!tags)
        return fail(tags.error());
    for (OrderSummary &row : rows)
        row.tags = tags->value(row.number);
    return rows;
}

Result<qint64> OrderRepository::count(const OrderFilter &filter)
{
    if (filter.statuses.isEmpty() && filter.customerId.isEmpty() && filter.search.trimmed().isEmpty() && !filter.from
            && !filter.until && !filter.paymentState && filter.cancelReasons.isEmpty() && !filter.numberBelow
            && filter.tag.trimmed().isEmpty()) {
        // Every order: kept by triggers in the same transactions that insert or delete orders (migration 8).
        auto kept = m_database.query(u"SELECT value FROM counters WHERE name = 'orders'"_s);
        if (!kept)
            return fail(kept.error());
        const std::optional<qint64> total
                = kept->next() ? std::optional<qint64>(kept->integer(u"value")) : std::nullopt;
        if (total)
            return *total;
    }
    QVariantList values;
    const auto where = whereClause(filter, values);
    if (!where)
        return fail(where.error());
    auto query = m_database.query(u"SELECT COUNT(*) FROM orders o"_s + *where, values);
    if (!query)
        return fail(query.error());
    const qint64 total = query->next() ? query->singleInteger() : 0;
    return total;
}

Result<qint64> OrderRepository::countUpTo(const OrderFilter &filter, qint64 cap)
{
    if (cap < 0)
        return fail(Error::invalid(u"cap"_s, QString::number(cap), tr("The count limit must not be negative.")));
    QVariantList values;
    const auto where = whereClause(filter, values);
    if (!where)
        return fail(where.error());
    // The LIMIT inside lets both engines stop scanning at cap + 1 rows instead of counting every match.
    values << cap + 1;
    auto query = m_database.query(
            u"SELECT COUNT(*) FROM (SELECT 1 FROM orders o"_s + *where + u" LIMIT ?) AS bounded"_s, values);
    if (!query)
        return fail(query.error());
    const qint64 total = query->next() ? query->singleInteger() : 0;
    return total;
}

Result<bool> OrderRepository::claim(qint64 number)
{
    if (m_database.dialect().isSqlite())
        return true;
    auto query = m_database.query(
            u"SELECT number FROM orders WHERE number = ?"_s + m_database.dialect().lockForUpdateSkipLocked(), {number});
    if (!query)
        return fail(query.error());
    const bool claimed = query->next();
    return claimed;
}

Result<QList<qint64>> OrderRepository::expiredReservations(const QDateTime &now, int limit)
{
    // An order with a live payment link is the worker's to expire together with its link: the customer
    // may be paying at this very moment (PaymentWorkflow::reconcile asks Stripe first).
    auto query = m_database.query(u"SELECT number FROM orders WHERE reservation_expires_at IS NOT NULL "
                                  "AND reservation_expires_at <= ? AND status = 'pending' "
                                  "AND NOT EXISTS (SELECT 1 FROM payment_links k WHERE k.order_number = orders.number "
                                  "AND k.status IN ('creating', 'open')) "
                                  "ORDER BY reservation_expires_at LIMIT ?"_s
                    + m_database.dialect().lockForUpdateSkipLocked(),
            {toStorage(now), limit});
    if (!query)
        return fail(query.error());
    QList<qint64> numbers;
    while (query->next())
        numbers.append(query->integer(u"number"));
    if (auto read = query->status(); !read)
        return fail(read.error());
    return numbers;
}

} // namespace shipshape
