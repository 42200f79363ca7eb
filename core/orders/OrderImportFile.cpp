#include "orders/OrderImportFile.h"

#include "common/CsvReader.h"
#include "common/JsonNumberText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QStringList kOrderFields{u"external_id"_s, u"customer_email"_s, u"customer_name"_s, u"customer_phone"_s,
        u"placed_at"_s, u"currency"_s, u"payment_method"_s, u"street"_s, u"city"_s, u"state"_s, u"zip"_s, u"country"_s};
const QStringList kLineFields{u"sku"_s, u"quantity"_s, u"unit_price"_s};
const QStringList kAddressFields{u"street"_s, u"city"_s, u"state"_s, u"zip"_s, u"country"_s};

// "Lineitem SKU", "ship-city" and "Buyer Email" as one spelling.
QString normalisedHeader(const QString &name)
{
    QString normal = name.trimmed().toLower();
    normal.replace(u' ', u'_');
    normal.replace(u'-', u'_');
    return normal;
}

// Other systems' names for the fields (normalised): Shopify's and Amazon's order exports, and common variants.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table{{u"order_id"_s, u"external_id"_s}, {u"order_number"_s, u"external_id"_s},
            {u"order"_s, u"external_id"_s}, {u"name"_s, u"external_id"_s}, {u"email"_s, u"customer_email"_s},
            {u"buyer_email"_s, u"customer_email"_s}, {u"buyer_name"_s, u"customer_name"_s},
            {u"shipping_name"_s, u"customer_name"_s}, {u"recipient_name"_s, u"customer_name"_s},
            {u"phone"_s, u"customer_phone"_s}, {u"buyer_phone_number"_s, u"customer_phone"_s},
            {u"shipping_phone"_s, u"customer_phone"_s}, {u"created_at"_s, u"placed_at"_s},
            {u"purchase_date"_s, u"placed_at"_s}, {u"order_date"_s, u"placed_at"_s},
            {u"currency_code"_s, u"currency"_s}, {u"payment"_s, u"payment_method"_s}, {u"lineitem_sku"_s, u"sku"_s},
            {u"seller_sku"_s, u"sku"_s}, {u"product_sku"_s, u"sku"_s}, {u"lineitem_quantity"_s, u"quantity"_s},
            {u"quantity_purchased"_s, u"quantity"_s}, {u"qty"_s, u"quantity"_s}, {u"lineitem_price"_s, u"unit_price"_s},
            {u"price"_s, u"unit_price"_s}, {u"shipping_street"_s, u"street"_s}, {u"ship_address_1"_s, u"street"_s},
            {u"address"_s, u"street"_s}, {u"shipping_city"_s, u"city"_s}, {u"ship_city"_s, u"city"_s},
            {u"shipping_province"_s, u"state"_s}, {u"ship_state"_s, u"state"_s}, {u"province"_s, u"state"_s},
            {u"shipping_zip"_s, u"zip"_s}, {u"ship_postal_code"_s, u"zip"_s}, {u"postal_code"_s, u"zip"_s},
            {u"postcode"_s, u"zip"_s}, {u"shipping_country"_s, u"country"_s}, {u"ship_country"_s, u"country"_s}};
    return table;
}

// A JSON value as the file's text: strings as they are, numbers as written (never through double).
std::optional<QString> jsonText(const QJsonValue &value, const QHash<QString, QString> &numbers, const QString &path)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numbers.value(path);
    if (value.isUndefined() || value.isNull())
        return QString();
    return std::nullopt;
}

void readJsonLine(const QByteArray &line, qint64 lineNumber, OrderImportRows &rows)
{
    const auto issue = [&](const QString &column, const QString &value, const QString &message) {
        rows.issues.append(ImportIssue{lineNumber, column, value.left(80), message});
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        issue({}, QString::fromUtf8(line.left(80)),
                error.error != QJsonParseError::NoError
                        ? OrderImportFile::tr("Not JSON at character %1: %2.")
                                  .arg(error.offset)
                                  .arg(error.errorString())
                        : OrderImportFile::tr("Each line is one order, a JSON object."));
        return;
    }
    auto numbers = JsonNumberText::byPath(line);
    if (!numbers) {
        issue(numbers.error().field, numbers.error().value, numbers.error().message);
        return;
    }
    const QJsonObject order = document.object();
    OrderImportRow common;
    common.row = lineNumber;
    const auto take = [&](OrderImportRow &row, const QJsonValue &value, const QString &path, const QString &field) {
        const auto text = jsonText(value, *numbers, path);
        if (!text) {
            issue(path, {}, OrderImportFile::tr("\"%1\" is a string or a number.").arg(path));
            return false;
        }
        if (!value.isUndefined())
            row.values.insert(field, *text);
        return true;
    };
    bool readable = true;
    for (const QString &field : kOrderFields) {
        if (kAddressFields.contains(field))
            continue;
        readable = take(common, order.value(field), field, field) && readable;
    }
    const QJsonValue address = order.value(u"shipping_address"_s);
    if (!address.isObject()) {
        issue(u"shipping_address"_s, {},
                OrderImportFile::tr("\"shipping_address\" is an object (street, city, state, zip, country)."));
        readable = false;
    } else {
        for (const QString &field : kAddressFields)
            readable = take(common, address.toObject().value(field), u"shipping_address."_s + field, field) && readable;
    }
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    if (lines.isEmpty()) {
        issue(u"lines"_s, {},
                OrderImportFile::tr("An order needs \"lines\", a list of at least one {sku, quantity, unit_price}."));
        return;
    }
    if (!readable)
        return;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        OrderImportRow row = common;
        row.lineIndex = i;
        const QString prefix = u"lines[%1]."_s.arg(i);
        if (!lines.at(i).isObject()) {
            issue(u"lines[%1]"_s.arg(i), {},
                    OrderImportFile::tr("Each line is an object {sku, quantity, unit_price}."));
            continue;
        }
        const QJsonObject entry = lines.at(i).toObject();
        bool lineReadable = true;
        for (const QString &field : kLineFields)
            lineReadable = take(row, entry.value(field), prefix + field, field) && lineReadable;
        if (lineReadable)
            rows.rows.append(row);
    }
}

} // namespace

QStringList OrderImportFile::fields()
{
    return kOrderFields + kLineFields;
}

QStringList OrderImportFile::requiredFields()
{
    return {u"external_id"_s, u"customer_email"_s, u"customer_name"_s, u"sku"_s, u"quantity"_s, u"unit_price"_s,
            u"street"_s, u"city"_s, u"zip"_s, u"country"_s};
}

bool OrderImportFile::isLineField(const QString &field)
{
    return kLineFields.contains(field);
}

OrderImportFormat OrderImportFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"jsonl"_s || suffix == u"ndjson"_s ? OrderImportFormat::JsonLines : OrderImportFormat::Csv;
}

Result<QHash<QString, QString>> OrderImportFile::parseMapping(const QStringList &options)
{
    QHash<QString, QString> mapping;
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(u'=');
        const QString field = option.left(equals).trimmed();
        if (equals <= 0 || option.mid(equals + 1).trimmed().isEmpty())
            return fail(Error::invalid(u"map"_s, option, tr("A mapping is field=column (got \"%1\").").arg(option)));
        if (!fields().contains(field)) {
            return fail(Error::invalid(
                    u"map"_s, option, tr("Unknown field \"%1\" (fields: %2).").arg(field, fields().join(u", "_s))));
        }
        mapping.insert(field, option.mid(equals + 1).trimmed());
    }
    return mapping;
}

Result<QStringList> OrderImportFile::header(const QByteArray &csv)
{
    // The header is the first record; parsing the whole file for it would be wasted on a large one.
    qsizetype end = 0;
    bool quoted = false;
    for (; end < csv.size(); ++end) {
        if (csv.at(end) == '"')
            quoted = !quoted;
        else if (csv.at(end) == '\n' && !quoted)
            break;
    }
    auto records = CsvReader::parse(csv.left(end));
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return QStringList();
    return records->constFirst().fields;
}

QHash<QString, QString> OrderImportFile::guessColumns(const QStringList &header)
{
    QHash<QString, QString> columns;
    for (const QString &column : header) {
        const QString normal = normalisedHeader(column);
        if (fields().contains(normal))
            columns.insert(normal, column);
    }
    // An alias only where the field's own name is not in the file, the first alias in the file's order.
    for (const QString &column : header) {
        const QString field = aliases().value(normalisedHeader(column));
        if (!field.isEmpty() && !columns.contains(field))
            columns.insert(field, column);
    }
    return columns;
}

QString OrderImportFile::columnName(const OrderImportRows &rows, const OrderImportRow &row, const QString &field)
{
    if (rows.format == OrderImportFormat::Csv)
        return rows.columnOf.value(field, field);
    if (isLineField(field))
        return u"lines[%1].%2"_s.arg(row.lineIndex).arg(field);
    if (kAddressFields.contains(field))
        return u"shipping_address."_s + field;
    return field;
}

OrderImportRows OrderImportFile::read(
        const QByteArray &data, OrderImportFormat format, const QHash<QString, QString> &mapping)
{
    OrderImportRows rows;
    rows.format = format;
    if (format == OrderImportFormat::JsonLines) {
        qint64 lineNumber = 0;
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            ++lineNumber;
            const QByteArray line = data.mid(start, end - start).trimmed();
            start = end + 1;
            if (line.isEmpty())
                continue;
            if (rows.rows.size() >= kMaxRows) {
                rows.issues.append(
                        ImportIssue{lineNumber, {}, {}, tr("At most %1 order lines per file.").arg(kMaxRows)});
                return rows;
            }
            readJsonLine(line, lineNumber, rows);
        }
        if (rows.rows.isEmpty() && rows.issues.isEmpty())
            rows.issues.append(ImportIssue{0, {}, {}, tr("The file holds no orders.")});
        return rows;
    }

    auto records = CsvReader::parse(data);
    if (!records) {
        rows.issues.append(ImportIssue{0, {}, records.error().value, records.error().message});
        return rows;
    }
    if (records->size() < 2) {
        rows.issues.append(ImportIssue{0, {}, {},
                tr("The file needs a header row and at least one order line (fields: %1).")
                        .arg(requiredFields().join(u", "_s))});
        return rows;
    }
    if (records->size() - 1 > kMaxRows) {
        rows.issues.append(ImportIssue{0, {}, QString::number(records->size() - 1),
                tr("At most %1 order lines per file (%2 given).").arg(kMaxRows).arg(records->size() - 1)});
        return rows;
    }
    const QStringList &header = records->constFirst().fields;
    rows.columnOf = guessColumns(header);
    // An explicit mapping wins over a guess; it must name a column the file has.
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!header.contains(it.value())) {
            rows.issues.append(ImportIssue{1, it.value(), it.value(),
                    tr("The mapping %1=%2 names a column the file does not have (columns: %3).")
                            .arg(it.key(), it.value(), header.join(u", "_s))});
        }
        rows.columnOf.insert(it.key(), it.value());
    }
    for (const QString &field : requiredFields()) {
        if (!rows.columnOf.contains(field)) {
            rows.issues.append(ImportIssue{
                    1, field, {}, tr("No column for \"%1\": name a column %1 or map one with %1=COLUMN.").arg(field)});
        }
    }
    if (!rows.issues.isEmpty())
        return rows;
    QHash<QString, qsizetype> indexOf;
    for (auto it = rows.columnOf.cbegin(); it != rows.columnOf.cend(); ++it)
        indexOf.insert(it.key(), header.indexOf(it.value()));
    rows.rows.reserve(records->size() - 1);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        if (record.fields.size() != header.size()) {
            rows.issues.append(ImportIssue{record.row, {}, {},
                    tr("Row %1 has %2 fields; the header has %3.")
                            .arg(record.row)
                            .arg(record.fields.size())
                            .arg(header.size())});
            continue;
        }
        OrderImportRow row;
        row.row = record.row;
        for (auto it = indexOf.cbegin(); it != indexOf.cend(); ++it)
            row.values.insert(it.key(), record.fields.at(it.value()));
        rows.rows.append(std::move(row));
    }
    return rows;
}

} // namespace shipshape
