#pragma once

#include <QList>
#include <QString>

namespace shipshape {

// Which rows of a table belong in an archive of a period.
enum class ArchiveScope {
    Orders, // the orders placed in the period
    OrderRows, // rows that belong to those orders (order_number)
    Customers, // the customers those orders name
    CustomerRows, // rows that belong to those customers (customer_id)
    Products, // the products their lines, parcels and stock ledger rows name
    ShopWide, // small shop-wide tables a reviewer needs to read the figures (tax rates)
};

struct ArchiveTable {
    QString name;
    ArchiveScope scope = ArchiveScope::OrderRows;
};

// The tables an archive holds, in the order its checksum reads them (docs/operations.md, "Archives").
// Derived tables (the dashboard's daily aggregates, the order counter, the customer search index) are
// rebuilt in the archive from these rows and are not part of its checksum.
class ArchiveTables {
public:
    static const QList<ArchiveTable> &all();
    // The tables whose rows belong to one order (purge deletes them with it), children before parents.
    static QList<QString> orderRowTablesChildrenFirst();
};

} // namespace shipshape
