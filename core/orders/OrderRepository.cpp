#include "orders/OrderRepository.h"

#include "common/Time.h"
#include "common/Uuid.h"
#include "orders/OrderFilterSql.h"
#include "orders/OrderLineStore.h"
#include "orders/ReturnStore.h"
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
            "discount_minor = ?, shipping_minor = ?, shipping_method = ?, tax_minor = ?, return_credit_minor = ? "
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
                    totals.tax.minorUnits(), order.returnRefunds.minorUnits(), order.number, expectedVersion});
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
    auto credits = ReturnStore(m_database).creditsOf(number);
    if (!credits)
        return fail(credits.error());
    order.returnCredit = Money(credits->returnCredit, *currency);
    order.returnRefunds = Money(credits->refunds, *currency);
    order.replacesReturn = credits->replacesReturn;
    order.exchangeCredit = Money(credits->exchangeCredit, *currency);
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
    const auto where = OrderFilterSql(m_database).whereClause(filter, values);
    if (!where)
        return fail(where.error());
    QString sql = u"SELECT o.number, o.uuid, o.placed_at, o.customer_name, o.customer_email, o.status, o.currency, "
                  "o.total_minor, o.line_count, o.payment_method, o.paid_minor, o.refunded_minor, o.tracking_number, "
                  "o.credit_minor, o.return_credit_minor FROM orders o"_s
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
        summary.returnCredit = Money(row.integer(u"return_credit_minor"), currency);
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
    const auto where = OrderFilterSql(m_database).whereClause(filter, values);
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
    const auto where = OrderFilterSql(m_database).whereClause(filter, values);
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
