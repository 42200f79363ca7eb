#include "orders/OrderLineStore.h"

#include "storage/Database.h"
#include "storage/StoredValue.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Status OrderLineStore::replace(qint64 number, const QList<LineItem> &lines, const QList<Discount> &discounts)
{
    if (auto removed = m_database.query(u"DELETE FROM order_discounts WHERE order_number = ?"_s, {number}); !removed)
        return fail(removed.error());
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        const Discount &discount = discounts.at(i);
        const bool percent = discount.kind == DiscountKind::Percent;
        auto query = m_database.query(
                u"INSERT INTO order_discounts (order_number, position, kind, percent_ppm, "
                "value_minor, sku, code, reason, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {number, static_cast<qint64>(i), Discount::key(discount.kind),
                        percent ? QVariant(discount.percent.partsPerMillion())
                                : QVariant(QMetaType::fromType<qint64>()),
                        percent ? QVariant(QMetaType::fromType<qint64>()) : QVariant(discount.value.minorUnits()),
                        nonNullText(discount.sku), nonNullText(discount.code), nonNullText(discount.reason),
                        discount.amount.minorUnits()});
        if (!query)
            return fail(query.error());
    }
    if (auto removed = m_database.query(u"DELETE FROM order_lines WHERE order_number = ?"_s, {number}); !removed)
        return fail(removed.error());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineItem &line = lines.at(i);
        auto query = m_database.query(
                u"INSERT INTO order_lines (order_number, position, sku, product_name, quantity, unit_price_minor, "
                "line_total_minor, discount_minor, tax_minor, tax_rate_ppm, tax_name, shipped_quantity, "
                "cancelled_quantity) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {number, static_cast<qint64>(i + 1), line.sku, line.productName, line.quantity,
                        line.unitPrice.minorUnits(), line.lineTotal.minorUnits(), line.discount.minorUnits(),
                        line.tax.minorUnits(), line.taxRate.partsPerMillion(), nonNullText(line.taxName),
                        line.shippedQuantity, line.cancelledQuantity});
        if (!query)
            return fail(query.error());
    }
    return {};
}

Result<QList<LineItem>> OrderLineStore::lines(qint64 number, const Currency &currency)
{
    auto query = m_database.query(u"SELECT sku, product_name, quantity, unit_price_minor, line_total_minor, "
                                  "discount_minor, tax_minor, tax_rate_ppm, tax_name, shipped_quantity, "
                                  "cancelled_quantity FROM order_lines WHERE order_number = ? ORDER BY position"_s,
            {number});
    if (!query)
        return fail(query.error());
    QList<LineItem> lines;
    while (query->next()) {
        const Rows &row = *query;
        lines.append(LineItem{row.text(u"sku"), row.text(u"product_name"), row.integer(u"quantity"),
                Money(row.integer(u"unit_price_minor"), currency), Money(row.integer(u"line_total_minor"), currency),
                Money(row.integer(u"discount_minor"), currency), Money(row.integer(u"tax_minor"), currency),
                Rate::fromPartsPerMillion(row.integer(u"tax_rate_ppm")), row.text(u"tax_name"),
                row.integer(u"shipped_quantity"), row.integer(u"cancelled_quantity")});
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return lines;
}

Result<QList<Discount>> OrderLineStore::discounts(qint64 number, const Currency &currency)
{
    auto query = m_database.query(u"SELECT position, kind, percent_ppm, value_minor, sku, code, reason, amount_minor "
                                  "FROM order_discounts WHERE order_number = ? ORDER BY position"_s,
            {number});
    if (!query)
        return fail(query.error());
    QList<Discount> discounts;
    while (query->next()) {
        const Rows &row = *query;
        auto kind = StoredValue::decode(Discount::kindFromKey(row.text(u"kind")), u"order_discounts"_s,
                row.text(u"position"), u"kind"_s, row.text(u"kind"));
        if (!kind)
            return fail(kind.error());
        Discount discount;
        discount.kind = *kind;
        if (discount.kind == DiscountKind::Percent)
            discount.percent = Rate::fromPartsPerMillion(row.integer(u"percent_ppm"));
        else
            discount.value = Money(row.integer(u"value_minor"), currency);
        discount.sku = row.text(u"sku");
        discount.code = row.text(u"code");
        discount.reason = row.text(u"reason");
        discount.amount = Money(row.integer(u"amount_minor"), currency);
        discounts.append(discount);
    }
    if (auto read = query->status(); !read)
        return fail(read.error());
    return discounts;
}

} // namespace shipshape
