#include "orders/OrderFilterSql.h"

#include "common/Time.h"
#include "orders/OrderSearchTerm.h"
#include "orders/ShipmentStore.h"
#include "storage/Database.h"
#include "tags/TagStore.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString prefixPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

// Where an order stands with its money, as one expression: the orders_payment_state index is built
// on exactly this text (migration 25), so a filter on it is an index range. The order of the cases is
// PaymentStates::of's: a refund owed first, then money returned, then money kept as credit; what is owed is
// the total less what refunded returns gave back (return_credit_minor), as the order's detail shows it.
const QString kPaymentStateExpression
        = u"(CASE WHEN o.paid_minor - o.refunded_minor - o.credit_minor > "
          "(CASE WHEN o.status = 'cancelled' THEN 0 ELSE o.total_minor - o.return_credit_minor END) THEN 4 "
          "WHEN o.refunded_minor > 0 THEN 3 WHEN o.credit_minor > 0 THEN 5 "
          "WHEN o.paid_minor = 0 THEN 0 WHEN o.paid_minor < o.total_minor - o.return_credit_minor THEN 1 ELSE 2 END)"_s;

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
Result<QString> OrderFilterSql::whereClause(const OrderFilter &filter, QVariantList &values)
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

Result<bool> OrderFilterSql::skuMatchesAreBroad(const QString &containsPattern)
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

namespace {} // namespace

} // namespace shipshape
