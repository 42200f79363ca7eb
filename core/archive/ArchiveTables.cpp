#include "archive/ArchiveTables.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

const QList<ArchiveTable> &ArchiveTables::all()
{
    static const QList<ArchiveTable> tables{
            {u"customers"_s, ArchiveScope::Customers},
            {u"customer_tags"_s, ArchiveScope::CustomerRows},
            {u"products"_s, ArchiveScope::Products},
            {u"tax_rates"_s, ArchiveScope::ShopWide},
            {u"shop_pricing"_s, ArchiveScope::ShopWide},
            {u"orders"_s, ArchiveScope::Orders},
            {u"order_lines"_s, ArchiveScope::OrderRows},
            {u"order_discounts"_s, ArchiveScope::OrderRows},
            {u"order_tags"_s, ArchiveScope::OrderRows},
            {u"order_events"_s, ArchiveScope::OrderRows},
            {u"order_placements"_s, ArchiveScope::OrderRows},
            {u"shipments"_s, ArchiveScope::OrderRows},
            {u"shipment_lines"_s, ArchiveScope::OrderRows},
            {u"returns"_s, ArchiveScope::OrderRows},
            {u"return_lines"_s, ArchiveScope::OrderRows},
            {u"payments"_s, ArchiveScope::OrderRows},
            {u"payment_attempts"_s, ArchiveScope::OrderRows},
            {u"refunds"_s, ArchiveScope::OrderRows},
            {u"payment_links"_s, ArchiveScope::OrderRows},
            {u"notification_outbox"_s, ArchiveScope::OrderRows},
            {u"placement_log"_s, ArchiveScope::OrderRows},
            {u"stock_movements"_s, ArchiveScope::OrderRows},
            {u"order_imports"_s, ArchiveScope::OrderRows},
    };
    return tables;
}

QList<QString> ArchiveTables::orderRowTablesChildrenFirst()
{
    // refunds name payment attempts, shipment lines name shipments, return lines name returns: they go first.
    return {u"return_lines"_s, u"returns"_s, u"shipment_lines"_s, u"shipments"_s, u"refunds"_s, u"payment_attempts"_s,
            u"payments"_s, u"payment_links"_s, u"notification_outbox"_s, u"placement_log"_s, u"order_placements"_s,
            u"order_events"_s, u"order_tags"_s, u"order_discounts"_s, u"order_lines"_s, u"order_imports"_s};
}

} // namespace shipshape
