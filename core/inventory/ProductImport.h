#pragma once

#include "common/Clock.h"
#include "common/ImportIssue.h"
#include "common/Result.h"
#include "inventory/Product.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace shipshape {

class Database;
class DomainEventBus;

// What an import did, or would do (dry run).
struct ImportSummary {
    qint64 rows = 0; // data rows read
    qint64 created = 0;
    qint64 updated = 0; // name, price, tax class, barcode or threshold changed
    qint64 stockSet = 0; // on-hand changed (one ledger correction each)
    qint64 unchanged = 0;
    QList<ImportIssue> issues; // empty unless refused; then nothing was written
    QString reference; // on every ledger row the import wrote
};

// `products import FILE.csv` and File → Import products…: the catalogue from a CSV file (docs/warehouse.md).
// Columns (header row, any order): sku, name, price, currency, and optionally barcode, tax_class,
// low_stock_threshold, on_hand. Each row creates the product with that SKU or updates it; the whole file is
// checked first and every problem reported by row and column; only a file without any is applied, in one unit
// of work, through InventoryService (the same checks and ledger rows as every other change). A new product's
// stock is its initial ledger row, a changed on-hand a stock correction; the reason of either is the import's
// reference. export() writes the same format,
// so exporting and importing again changes nothing.
class ProductImport {
    Q_DECLARE_TR_FUNCTIONS(ProductImport)

public:
    // `progress(done, total)` is called now and then from the calling thread; returning false cancels
    // (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ProductImport(Database &database, const Clock &clock, DomainEventBus *events = nullptr);

    // `source` names the file in the reference ("import products.csv 2026-12-06T08:00:00Z").
    Result<ImportSummary> run(const QByteArray &csv, const QString &source, bool dryRun, const Progress &progress = {});

    // Every product, by SKU, in the import's format (UTF-8, CRLF, header first).
    Result<QByteArray> exportCsv(const Progress &progress = {});

    static QStringList columns();
    static constexpr qint64 kMaxRows = 1'000'000;

private:
    Database &m_database;
    const Clock &m_clock;
    DomainEventBus *m_events;
};

} // namespace shipshape
