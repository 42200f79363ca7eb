#pragma once

#include "common/ImportIssue.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace shipshape {

enum class OrderImportFormat {
    Csv, // a row per order line, header first
    JsonLines // an order object per line
};

// One order line of an import file, its values by the import's field names (OrderImportFile::fields()).
struct OrderImportRow {
    qint64 row = 0; // the CSV row (1 = the header) or the JSON Lines line
    qsizetype lineIndex = 0; // JSON Lines: the line's index in the object's "lines"
    QHash<QString, QString> values; // only the fields the file gives
};

// What a file holds, read but not yet checked against the shop.
struct OrderImportRows {
    OrderImportFormat format = OrderImportFormat::Csv;
    QList<OrderImportRow> rows;
    QHash<QString, QString> columnOf; // CSV: the header's name of each mapped field
    QList<ImportIssue> issues; // a file that cannot be read as a whole, or rows that cannot be read
};

// Reads an order import file (docs/orders-import.md) into rows: CSV with a header row, a row per order line,
// whose columns are found for each field by an explicit mapping (`--map field=column`, the dialog's choices),
// else by the field's name or a known alias (marketplace exports' headers: "order-id", "Lineitem sku", ...);
// or JSON Lines, an order object per line with its "lines". Checking the values is OrderImport's.
class OrderImportFile {
    Q_DECLARE_TR_FUNCTIONS(OrderImportFile)

public:
    static constexpr qint64 kMaxRows = 1'000'000;

    static OrderImportRows read(
            const QByteArray &data, OrderImportFormat format, const QHash<QString, QString> &mapping = {});
    // By the file name's suffix: ".jsonl"/".ndjson" are JSON Lines, anything else CSV.
    static OrderImportFormat formatOf(const QString &path);

    // Every field, and the ones each row needs.
    static QStringList fields();
    static QStringList requiredFields();
    static bool isLineField(const QString &field);
    // "field=column" options into a mapping, or an error naming the option.
    static Result<QHash<QString, QString>> parseMapping(const QStringList &options);
    // The CSV file's header (for the dialog's column choices), and the column each field would take.
    static Result<QStringList> header(const QByteArray &csv);
    static QHash<QString, QString> guessColumns(const QStringList &header);
    // The name a row's field has in the file (the CSV column or the JSON path), for reports.
    static QString columnName(const OrderImportRows &rows, const OrderImportRow &row, const QString &field);
};

} // namespace shipshape
