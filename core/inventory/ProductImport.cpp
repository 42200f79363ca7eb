#include "inventory/ProductImport.h"

#include "common/CsvReader.h"
#include "common/Logging.h"
#include "events/DomainEventBus.h"
#include "inventory/InventoryService.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kSku = u"sku"_s;
const QString kName = u"name"_s;
const QString kPrice = u"price"_s;
const QString kCurrency = u"currency"_s;
const QString kBarcode = u"barcode"_s;
const QString kTaxClass = u"tax_class"_s;
const QString kThreshold = u"low_stock_threshold"_s;
const QString kOnHand = u"on_hand"_s;

// Core's field names (Error::field) as the file's columns.
QString columnOf(const QString &field)
{
    static const QHash<QString, QString> columns{{u"sku"_s, kSku}, {u"name"_s, kName}, {u"price"_s, kPrice},
            {u"currency"_s, kCurrency}, {u"barcode"_s, kBarcode}, {u"taxClass"_s, kTaxClass},
            {u"lowStockThreshold"_s, kThreshold}, {u"onHand"_s, kOnHand}, {u"quantity"_s, kOnHand}};
    return columns.value(field);
}

// What one row asks for, checked.
struct RowPlan {
    qint64 row = 0;
    Product target;
    std::optional<Product> existing;
    bool onHandGiven = false;

    [[nodiscard]] bool detailsChange() const
    {
        return existing
                && (target.name != existing->name || target.price != existing->price
                        || target.taxClass != existing->taxClass || target.barcode != existing->barcode);
    }
    [[nodiscard]] bool thresholdChanges() const
    {
        return existing && target.lowStockThreshold != existing->lowStockThreshold;
    }
    [[nodiscard]] bool stockChanges() const
    {
        return existing ? onHandGiven && target.onHand != existing->onHand : target.onHand != 0;
    }
};

bool reportProgress(const ProductImport::Progress &progress, qint64 done, qint64 total)
{
    // Every 1,000 rows: often enough for a progress bar, rarely enough to cost nothing.
    if (!progress || (done % 1000 != 0 && done != total))
        return true;
    return progress(done, total);
}

} // namespace

ProductImport::ProductImport(Database &database, const Clock &clock, DomainEventBus *events)
    : m_database(database), m_clock(clock), m_events(events)
{}

QStringList ProductImport::columns()
{
    return {kSku, kName, kPrice, kCurrency, kBarcode, kTaxClass, kThreshold, kOnHand};
}

Result<ImportSummary> ProductImport::run(
        const QByteArray &csv, const QString &source, bool dryRun, const Progress &progress)
{
    ImportSummary summary;
    const QDateTime now = m_clock.now();
    summary.reference = tr("import %1 %2").arg(QFileInfo(source).fileName(), now.toUTC().toString(Qt::ISODate));
    const auto issue = [&summary](qint64 row, const QString &column, const QString &value, const QString &message) {
        summary.issues.append(ImportIssue{row, column, value.left(80), message});
    };

    auto records = CsvReader::parse(csv);
    if (!records) {
        issue(0, {}, records.error().value, records.error().message);
        return summary;
    }
    if (records->isEmpty()) {
        issue(0, {}, {}, tr("The file is empty: it needs a header row (%1).").arg(columns().join(u',')));
        return summary;
    }
    if (records->size() - 1 > kMaxRows) {
        issue(0, {}, QString::number(records->size() - 1),
                tr("At most %1 products per file (%2 given).").arg(kMaxRows).arg(records->size() - 1));
        return summary;
    }

    // The header: known columns, each once, the required ones present.
    QHash<QString, qsizetype> columnIndex;
    const QStringList &header = records->first().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!columns().contains(name))
            issue(1, header.at(i), header.at(i),
                    tr("Unknown column \"%1\" (columns: %2).").arg(header.at(i), columns().join(u", "_s)));
        else if (columnIndex.contains(name))
            issue(1, name, name, tr("The column \"%1\" appears twice.").arg(name));
        else
            columnIndex.insert(name, i);
    }
    for (const QString &required : {kSku, kName, kPrice, kCurrency}) {
        if (!columnIndex.contains(required))
            issue(1, required, {}, tr("The column \"%1\" is missing.").arg(required));
    }
    if (!summary.issues.isEmpty())
        return summary;

    // Every row checked against the rules and the catalogue as it is; nothing written yet.
    InventoryRepository inventory(m_database);
    const qint64 total = records->size() - 1;
    QList<RowPlan> plans;
    plans.reserve(total);
    QHash<QString, qint64> rowOfSku;
    QHash<QString, qint64> rowOfBarcode;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        summary.rows += 1;
        if (!reportProgress(progress, summary.rows, total))
            return fail(Error::conflict(tr("The import was cancelled; nothing was written.")));
        if (record.fields.size() != header.size()) {
            issue(record.row, {}, {},
                    tr("Row %1 has %2 fields; the header has %3.")
                            .arg(record.row)
                            .arg(record.fields.size())
                            .arg(header.size()));
            continue;
        }
        const auto cell = [&](const QString &column) { return record.fields.at(columnIndex.value(column)); };
        const auto optionalCell = [&](const QString &column) -> std::optional<QString> {
            if (!columnIndex.contains(column))
                return std::nullopt;
            const QString value = cell(column);
            return value.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(value);
        };

        const QString sku = cell(kSku).trimmed();
        auto existing = inventory.find(sku);
        if (!existing)
            return fail(existing.error());
        NewProduct input{sku, cell(kName), cell(kPrice), cell(kCurrency).trimmed()};
        input.taxClass = optionalCell(kTaxClass).value_or(*existing ? (*existing)->taxClass : u"standard"_s);
        input.barcode
                = columnIndex.contains(kBarcode) ? cell(kBarcode) : (*existing ? (*existing)->barcode : QString());
        input.lowStockThreshold = *existing ? (*existing)->lowStockThreshold : 5;
        if (const auto threshold = optionalCell(kThreshold)) {
            auto parsed = InventoryService::parseLowStockThreshold(*threshold);
            if (!parsed) {
                issue(record.row, kThreshold, *threshold, parsed.error().message);
                continue;
            }
            input.lowStockThreshold = *parsed;
        }
        const auto onHand = optionalCell(kOnHand);
        input.onHand = *existing ? (*existing)->onHand : 0;
        if (onHand) {
            auto parsed = InventoryService::parseStockLevel(*onHand);
            if (!parsed) {
                issue(record.row, kOnHand, *onHand, parsed.error().message);
                continue;
            }
            input.onHand = *parsed;
        }
        auto target = InventoryService::validate(input, now);
        if (!target) {
            issue(record.row, columnOf(target.error().field), target.error().value, target.error().message);
            continue;
        }
        if (const qint64 earlier = rowOfSku.value(target->sku); earlier > 0) {
            issue(record.row, kSku, target->sku, tr("SKU %1 is already on row %2.").arg(target->sku).arg(earlier));
            continue;
        }
        rowOfSku.insert(target->sku, record.row);
        if (!target->barcode.isEmpty()) {
            if (const qint64 earlier = rowOfBarcode.value(target->barcode); earlier > 0) {
                issue(record.row, kBarcode, target->barcode,
                        tr("Barcode %1 is already on row %2.").arg(target->barcode).arg(earlier));
                continue;
            }
            rowOfBarcode.insert(target->barcode, record.row);
        }
        if (*existing && onHand && target->onHand < (*existing)->reserved) {
            issue(record.row, kOnHand, *onHand,
                    tr("%1 units of %2 are reserved for open orders; on hand cannot go below that.")
                            .arg((*existing)->reserved)
                            .arg(target->sku));
            continue;
        }
        plans.append(RowPlan{record.row, *target, *existing, onHand.has_value()});
    }
    // A barcode another product holds may move only if that product's row gives it up in the same file.
    QHash<QString, QString> barcodeOfSkuInFile;
    for (const RowPlan &plan : plans)
        barcodeOfSkuInFile.insert(plan.target.sku, plan.target.barcode);
    for (const RowPlan &plan : plans) {
        if (plan.target.barcode.isEmpty() || (plan.existing && plan.existing->barcode == plan.target.barcode))
            continue;
        auto holder = inventory.findByBarcode(plan.target.barcode);
        if (!holder)
            return fail(holder.error());
        if (*holder && (*holder)->sku != plan.target.sku
                && barcodeOfSkuInFile.value((*holder)->sku, plan.target.barcode) == plan.target.barcode) {
            issue(plan.row, kBarcode, plan.target.barcode,
                    tr("Barcode %1 is the barcode of %2.").arg(plan.target.barcode, (*holder)->sku));
        }
    }
    for (const RowPlan &plan : plans) {
        if (!plan.existing)
            summary.created += 1;
        else if (plan.detailsChange() || plan.thresholdChanges())
            summary.updated += 1;
        if (plan.stockChanges())
            summary.stockSet += 1;
        if (plan.existing && !plan.detailsChange() && !plan.thresholdChanges() && !plan.stockChanges())
            summary.unchanged += 1;
    }
    if (!summary.issues.isEmpty() || dryRun)
        return summary;

    // One unit of work through InventoryService: the same checks and ledger rows as a change made by hand.
    // The service publishes no event per row; one event says the catalogue changed once it is committed.
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    InventoryService service(m_database, m_clock, nullptr);
    const auto refusedAt = [&summary](const RowPlan &plan, const Error &error) {
        const QString column = columnOf(error.field);
        summary.issues.append(ImportIssue{plan.row, column, error.value, error.message});
    };
    // Barcodes that move between products are first taken off, so that a swap never meets itself.
    for (const RowPlan &plan : plans) {
        if (plan.existing && !plan.existing->barcode.isEmpty() && plan.existing->barcode != plan.target.barcode) {
            if (auto cleared = service.editProduct(plan.target.sku, ProductEdit{.barcode = QString()}); !cleared) {
                refusedAt(plan, cleared.error());
                return summary;
            }
        }
    }
    qint64 done = 0;
    for (const RowPlan &plan : plans) {
        if (!reportProgress(progress, ++done, qint64(plans.size())))
            return fail(Error::conflict(tr("The import was cancelled; nothing was written.")));
        const Product &target = plan.target;
        if (!plan.existing) {
            // Its first stock is the initial ledger row, with the import's reference as the reason.
            NewProduct created{target.sku, target.name, target.price.toDecimalString(), target.price.currency().code(),
                    target.onHand, target.lowStockThreshold, target.taxClass, target.barcode, summary.reference};
            if (auto added = service.addProduct(created); !added) {
                refusedAt(plan, added.error());
                return summary;
            }
        } else {
            if (plan.detailsChange()) {
                const ProductEdit edit{target.name, target.price.toDecimalString(), target.price.currency().code(),
                        target.taxClass, target.barcode};
                if (auto edited = service.editProduct(target.sku, edit); !edited) {
                    refusedAt(plan, edited.error());
                    return summary;
                }
            }
            if (plan.thresholdChanges()) {
                if (auto set = service.setLowStockThreshold(target.sku, target.lowStockThreshold); !set) {
                    refusedAt(plan, set.error());
                    return summary;
                }
            }
        }
        if (plan.existing && plan.stockChanges()) {
            if (auto set = service.setStock(target.sku, target.onHand, summary.reference); !set) {
                refusedAt(plan, set.error());
                return summary;
            }
        }
    }
    if (m_events) {
        DomainEventBus *events = m_events;
        const DomainEvent imported{u"ProductsImported"_s, 0, QString(), now, m_database.actor(),
                QJsonObject{{u"created"_s, summary.created}, {u"updated"_s, summary.updated},
                        {u"stockSet"_s, summary.stockSet}}};
        unit->afterCommit([events, imported] { events->publish({imported}); });
    }
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcInventory) << "Imported" << summary.rows << "product rows from" << source << ":" << summary.created
                        << "created," << summary.updated << "updated," << summary.stockSet << "stock levels set";
    return summary;
}

Result<QByteArray> ProductImport::exportCsv(const Progress &progress)
{
    InventoryRepository inventory(m_database);
    auto total = inventory.count({});
    if (!total)
        return fail(total.error());
    QString csv = CsvWriter::record(columns());
    constexpr int kPage = 10000;
    qint64 written = 0;
    // One read transaction, so that the pages are one snapshot of the catalogue.
    auto unit = UnitOfWork::begin(m_database);
    if (!unit)
        return fail(unit.error());
    for (int offset = 0;; offset += kPage) {
        auto page = inventory.list({}, kPage, offset);
        if (!page)
            return fail(page.error());
        for (const Product &product : *page) {
            csv += CsvWriter::record({product.sku, product.name, product.price.toDecimalString(),
                    product.price.currency().code(), product.barcode, product.taxClass,
                    QString::number(product.lowStockThreshold), QString::number(product.onHand)});
            if (progress && ++written % 1000 == 0 && !progress(written, *total))
                return fail(Error::conflict(tr("The export was cancelled.")));
        }
        if (page->size() < kPage)
            break;
    }
    if (auto committed = unit->commit(); !committed)
        return fail(committed.error());
    return csv.toUtf8();
}

} // namespace shipshape
