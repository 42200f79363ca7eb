#include "Helpers.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {

Address sampleAddress()
{
    return Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
}

QList<OrderItemRequest> items(const QList<Line> &lines)
{
    QList<OrderItemRequest> result;
    for (const Line &line : lines)
        result.append(OrderItemRequest{line.sku, line.quantity, line.price});
    return result;
}

PlaceOrderRequest placeRequest(const QList<Line> &lines, const QString &email, const QString &name)
{
    PlaceOrderRequest request;
    request.customer.name = name;
    request.customer.email = email;
    request.items = items(lines);
    request.shippingAddress = sampleAddress();
    request.paymentMethod = PaymentMethodType::Invoice;
    return request;
}

ModifyOrderRequest modifyItems(const QList<Line> &lines, const QString &note)
{
    ModifyOrderRequest request;
    request.items = items(lines);
    request.note = note;
    return request;
}

Product addProduct(Session &session, const QString &sku, const QString &price, qint64 onHand, const QString &currency)
{
    NewProduct input;
    input.sku = sku;
    input.name = u"Product "_s + sku;
    input.price = price;
    input.currency = currency;
    input.onHand = onHand;
    auto added = session.inventory().addProduct(input);
    if (!added) {
        ADD_FAILURE() << "addProduct " << sku.toStdString() << ": " << describe(added.error());
        return {};
    }
    return *added;
}

Product product(Session &session, const QString &sku)
{
    auto found = session.inventory().product(sku);
    if (!found) {
        ADD_FAILURE() << "product " << sku.toStdString() << ": " << describe(found.error());
        return {};
    }
    return *found;
}

qint64 scalar(Database &database, const QString &sql, const QVariantList &values)
{
    auto query = database.query(sql, values);
    if (!query) {
        ADD_FAILURE() << sql.toStdString() << ": " << describe(query.error());
        return -1;
    }
    const qint64 value = query->next() ? query->singleInteger() : -1;
    if (auto read = query->status(); !read)
        ADD_FAILURE() << describe(read.error());
    return value;
}

qint64 orderCount(Session &session)
{
    return scalar(session.database(), u"SELECT COUNT(*) FROM orders"_s);
}

QStringList rows(Database &database, const QString &sql, const QVariantList &values)
{
    QStringList result;
    auto query = database.query(sql, values);
    if (!query) {
        ADD_FAILURE() << sql.toStdString() << ": " << describe(query.error());
        return result;
    }
    while (query->next()) {
        QStringList fields;
        const qsizetype columns = query->columns().size();
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query->valueAt(i); // any statement: by position
            fields << (value.isNull() ? u"NULL"_s : value.toString());
        }
        result << fields.join(u" | "_s);
    }
    return result;
}

QString dumpDatabase(Database &database)
{
    QString dump;
    // Each table with a portable, total order (no SQLite rowid, so this also works on PostgreSQL).
    const std::pair<QString, QString> tables[] = {
            {u"counters"_s, u"name"_s},
            {u"customers"_s, u"id"_s},
            {u"products"_s, u"sku"_s},
            {u"orders"_s, u"number"_s},
            {u"order_lines"_s, u"order_number, position"_s},
            {u"order_events"_s, u"id"_s},
            {u"stock_movements"_s, u"id"_s},
            {u"payments"_s, u"id"_s},
            {u"payment_attempts"_s, u"id"_s},
            {u"refunds"_s, u"id"_s},
            {u"payment_links"_s, u"id"_s},
            {u"notification_outbox"_s, u"id"_s},
            {u"drafts"_s, u"id"_s},
            {u"draft_lines"_s, u"draft_id, position"_s},
            {u"order_placements"_s, u"placement_key"_s},
            {u"order_tags"_s, u"order_number, tag_key"_s},
            {u"customer_tags"_s, u"customer_id, tag_key"_s},
            {u"shipments"_s, u"id"_s},
            {u"shipment_lines"_s, u"shipment_id, sku"_s},
            {u"returns"_s, u"id"_s},
            {u"return_lines"_s, u"return_id, sku"_s},
    };
    for (const auto &[table, order] : tables) {
        dump += u"== "_s + table + u'\n';
        dump += rows(database, u"SELECT * FROM "_s + table + u" ORDER BY "_s + order).join(u'\n') + u'\n';
    }
    return dump;
}

QStringList conservationViolations(Database &database)
{
    QStringList violations;
    const auto check = [&](const QString &name, const QString &sql) {
        const QStringList bad = rows(database, sql);
        for (const QString &row : bad)
            violations << name + u": "_s + row;
    };

    check(u"stock out of range (sku | on_hand | reserved)"_s,
            u"SELECT sku, on_hand, reserved FROM products WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand"_s);

    // Reservations equal what open orders hold and have not shipped yet.
    check(u"reserved != open order lines (sku | reserved | open lines)"_s,
            uR"(SELECT p.sku, p.reserved, COALESCE(h.held, 0) FROM products p
              LEFT JOIN (SELECT l.sku AS sku, SUM(l.quantity - l.shipped_quantity) AS held FROM order_lines l
                         JOIN orders o ON o.number = l.order_number
                         WHERE o.status IN ('pending', 'confirmed') GROUP BY l.sku) h ON h.sku = p.sku
              WHERE p.reserved <> COALESCE(h.held, 0))"_s);

    // Nothing appears or vanishes: shelf + shipped == everything ever put on the shelf, returns restocked
    // included (written-off units stay gone). A purge (migration 33) takes the purged orders' parcels away and
    // leaves their net effect on the shelf in `purged` ledger rows.
    check(u"on_hand + shipped != initial + replenished + corrections + restocked + purged (sku | on_hand | shipped | sources)"_s,
            uR"(SELECT p.sku, p.on_hand, COALESCE(s.shipped, 0), COALESCE(m.sources, 0) FROM products p
              LEFT JOIN (SELECT sku, SUM(quantity) AS shipped FROM shipment_lines GROUP BY sku) s ON s.sku = p.sku
              LEFT JOIN (SELECT sku, SUM(on_hand_delta) AS sources FROM stock_movements
                         WHERE kind IN ('initial', 'replenish', 'correction', 'returned', 'purged') GROUP BY sku) m ON m.sku = p.sku
              WHERE p.on_hand + COALESCE(s.shipped, 0) <> COALESCE(m.sources, 0))"_s);

    // Cycle counts (migration 37): an approved count posted each difference, of exactly it, after the count was
    // entered; a product is in one open count at a time.
    check(u"approved count line not posted as counted (count | sku | counted | on hand then | correction)"_s,
            uR"(SELECT l.count_id, l.sku, l.counted, l.on_hand_at_count, l.correction_id FROM stock_count_lines l
              JOIN stock_counts c ON c.id = l.count_id AND c.state = 'approved'
              LEFT JOIN stock_movements m ON m.id = l.correction_id
              WHERE l.counted IS NULL OR (l.counted = l.on_hand_at_count) <> (l.correction_id IS NULL)
                 OR (l.correction_id IS NOT NULL AND (m.kind <> 'correction' OR m.sku <> l.sku
                     OR m.on_hand_delta <> l.counted - l.on_hand_at_count OR m.id <= l.last_movement_id)))"_s);
    check(u"product in two open counts (sku | open counts)"_s,
            uR"(SELECT l.sku, COUNT(*) FROM stock_count_lines l JOIN stock_counts c ON c.id = l.count_id
              WHERE c.state = 'open' GROUP BY l.sku HAVING COUNT(*) > 1)"_s);

    // The ledger's deltas add up to the product row.
    check(u"ledger deltas != product row (sku | on_hand | reserved | sum on_hand_delta | sum reserved_delta)"_s,
            uR"(SELECT p.sku, p.on_hand, p.reserved, COALESCE(m.oh, 0), COALESCE(m.rs, 0) FROM products p
              LEFT JOIN (SELECT sku, SUM(on_hand_delta) AS oh, SUM(reserved_delta) AS rs FROM stock_movements
                         GROUP BY sku) m ON m.sku = p.sku
              WHERE p.on_hand <> COALESCE(m.oh, 0) OR p.reserved <> COALESCE(m.rs, 0))"_s);

    // The ledger's last row per SKU is the product's current level.
    check(u"last ledger row != product row (sku | on_hand | reserved | on_hand_after | reserved_after)"_s,
            uR"(SELECT p.sku, p.on_hand, p.reserved, m.on_hand_after, m.reserved_after FROM products p
              LEFT JOIN stock_movements m ON m.id = (SELECT MAX(id) FROM stock_movements WHERE sku = p.sku)
              WHERE m.id IS NULL OR m.on_hand_after <> p.on_hand OR m.reserved_after <> p.reserved)"_s);

    // Every order's header agrees with its lines (docs/pricing.md): total = Σ line net + shipping + tax
    // (tax only when prices exclude it), and the order's discount and tax are its lines'.
    check(u"order header != lines (number | total_minor | line_count | sum line net | lines)"_s,
            uR"(SELECT o.number, o.total_minor, o.line_count, COALESCE(SUM(l.line_total_minor - l.discount_minor), 0),
                     COUNT(l.sku)
              FROM orders o LEFT JOIN order_lines l ON l.order_number = o.number
              GROUP BY o.number, o.total_minor, o.line_count, o.shipping_minor, o.tax_minor, o.discount_minor,
                       o.prices_include_tax
              HAVING o.total_minor <> COALESCE(SUM(l.line_total_minor - l.discount_minor), 0) + o.shipping_minor
                                      + (CASE WHEN o.prices_include_tax = 1 THEN 0 ELSE COALESCE(SUM(l.tax_minor), 0) END)
                  OR o.discount_minor <> COALESCE(SUM(l.discount_minor), 0) OR o.tax_minor <> COALESCE(SUM(l.tax_minor), 0)
                  OR o.line_count <> COUNT(l.sku) OR COUNT(l.sku) < 1)"_s);

    check(u"discount rows != order discount (number | discount | rows)"_s,
            uR"(SELECT o.number, o.discount_minor, COALESCE(SUM(d.amount_minor), 0)
              FROM orders o LEFT JOIN order_discounts d ON d.order_number = o.number
              GROUP BY o.number, o.discount_minor HAVING o.discount_minor <> COALESCE(SUM(d.amount_minor), 0))"_s);

    check(u"line total != quantity * unit price (order | sku)"_s,
            u"SELECT order_number, sku FROM order_lines WHERE line_total_minor <> quantity * unit_price_minor"_s);

    // The money columns agree with the ledgers: paid is the payments, refunded the refunds, and money
    // returned and kept as credit never exceed money paid.
    check(u"paid/refunded != ledgers (number | paid | payments | refunded | refunds | credit)"_s,
            uR"(SELECT o.number, o.paid_minor, COALESCE(p.sum, 0), o.refunded_minor, COALESCE(r.sum, 0), o.credit_minor
              FROM orders o
              LEFT JOIN (SELECT order_number, SUM(amount_minor) AS sum FROM payments GROUP BY order_number) p
                     ON p.order_number = o.number
              LEFT JOIN (SELECT order_number, SUM(amount_minor) AS sum FROM refunds GROUP BY order_number) r
                     ON r.order_number = o.number
              WHERE o.paid_minor <> COALESCE(p.sum, 0) OR o.refunded_minor <> COALESCE(r.sum, 0)
                 OR o.refunded_minor + o.credit_minor > o.paid_minor)"_s);

    // Parcels (migration 19): a line's shipped quantity is what its parcels hold; only a confirmed order is
    // partly shipped, a shipped or delivered one has shipped every unit; delivered when every parcel is.
    check(u"shipped quantity != parcels (order | sku | shipped | in parcels)"_s,
            uR"(SELECT l.order_number, l.sku, l.shipped_quantity, COALESCE(s.quantity, 0) FROM order_lines l
              LEFT JOIN (SELECT order_number, sku, SUM(quantity) AS quantity FROM shipment_lines
                         GROUP BY order_number, sku) s ON s.order_number = l.order_number AND s.sku = l.sku
              WHERE l.shipped_quantity <> COALESCE(s.quantity, 0) OR l.shipped_quantity > l.quantity)"_s);
    check(u"parcel line not on the order (order | sku)"_s,
            uR"(SELECT s.order_number, s.sku FROM shipment_lines s LEFT JOIN order_lines l
              ON l.order_number = s.order_number AND l.sku = s.sku WHERE l.sku IS NULL)"_s);
    check(u"status != parcels (number | status | unshipped | parcels | delivered)"_s,
            uR"(SELECT o.number, o.status, (SELECT COALESCE(SUM(quantity - shipped_quantity), 0) FROM order_lines
                                                WHERE order_number = o.number) AS unshipped,
                     (SELECT COUNT(*) FROM shipments WHERE order_number = o.number) AS parcels,
                     (SELECT COUNT(*) FROM shipments WHERE order_number = o.number AND delivered_at IS NOT NULL) AS done
              FROM orders o
              WHERE (o.status IN ('pending', 'cancelled')
                     AND (SELECT COUNT(*) FROM shipments WHERE order_number = o.number) > 0)
                 OR (o.status IN ('shipped', 'delivered')
                     AND (SELECT COALESCE(SUM(quantity - shipped_quantity), 0) FROM order_lines
                          WHERE order_number = o.number) <> 0)
                 OR (o.status = 'delivered'
                     AND EXISTS (SELECT 1 FROM shipments WHERE order_number = o.number AND delivered_at IS NULL)))"_s);

    // Returns (migration 21): never more back than shipped; restocked and written-off units are the ledger's
    // `returned` and `damaged` rows; returns never give back more than the order's total.
    check(u"returned more than shipped (order | sku | returned | shipped)"_s,
            uR"(SELECT x.order_number, x.sku, x.quantity, COALESCE(l.shipped_quantity, 0)
              FROM (SELECT rl.order_number, rl.sku, SUM(rl.quantity) AS quantity FROM return_lines rl
                    JOIN returns r ON r.id = rl.return_id WHERE r.state <> 'rejected'
                    GROUP BY rl.order_number, rl.sku) x
              LEFT JOIN order_lines l ON l.order_number = x.order_number AND l.sku = x.sku
              WHERE x.quantity > COALESCE(l.shipped_quantity, 0))"_s);
    check(u"return lines != ledger (return | sku | restocked | written off | ledger restocked | ledger written off)"_s,
            uR"(SELECT rl.return_id, rl.sku, rl.restocked, rl.written_off, COALESCE(m.back, 0), COALESCE(m.lost, 0)
              FROM return_lines rl
              LEFT JOIN (SELECT return_id, sku, SUM(on_hand_delta) AS back, SUM(written_off) AS lost
                         FROM stock_movements WHERE kind IN ('returned', 'damaged') GROUP BY return_id, sku) m
                     ON m.return_id = rl.return_id AND m.sku = rl.sku
              WHERE rl.restocked <> COALESCE(m.back, 0) OR rl.written_off <> COALESCE(m.lost, 0)
                 OR rl.restocked + rl.written_off > rl.quantity)"_s);
    check(u"returns refund and exchange more than the total (number | total | refunded | exchanged)"_s,
            uR"(SELECT o.number, o.total_minor, COALESCE(SUM(r.refund_minor), 0), COALESCE(SUM(r.exchange_value_minor), 0)
              FROM orders o JOIN returns r ON r.order_number = o.number
              GROUP BY o.number, o.total_minor
              HAVING COALESCE(SUM(r.refund_minor), 0) + COALESCE(SUM(r.exchange_value_minor), 0) > o.total_minor)"_s);
    // Exchanges (migration 24): an exchanged return is neither refunded nor rejected, its replacement is another
    // order in the same currency whose total its credit does not exceed, and no order replaces two returns.
    check(u"exchange out of bounds (return | state | order | replacement | value | credit | replacement total)"_s,
            uR"(SELECT r.id, r.state, r.order_number, r.replacement_order, r.exchange_value_minor, r.exchange_credit_minor,
                     n.total_minor
              FROM returns r JOIN orders m ON m.number = r.order_number
              LEFT JOIN orders n ON n.number = r.replacement_order
              WHERE r.replacement_order IS NOT NULL
                AND (n.number IS NULL OR n.number = m.number OR n.currency <> m.currency
                     OR r.state NOT IN ('requested', 'received') OR r.refund_minor IS NOT NULL
                     OR r.exchange_credit_minor > r.exchange_value_minor
                     OR (n.status <> 'cancelled' AND r.exchange_credit_minor > n.total_minor)))"_s);
    check(u"order replaces two returns (order | returns)"_s,
            uR"(SELECT replacement_order, COUNT(*) FROM returns WHERE replacement_order IS NOT NULL
              GROUP BY replacement_order HAVING COUNT(*) > 1)"_s);

    check(u"reservation expiry on the wrong status (number | status | expires)"_s,
            uR"(SELECT number, status, reservation_expires_at FROM orders
              WHERE (status = 'pending') <> (reservation_expires_at IS NOT NULL))"_s);
    return violations;
}

} // namespace shipshape::test
