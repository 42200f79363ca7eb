#include "models/UnshippedLineModel.h"

#include <algorithm>

namespace shipshape {

UnshippedLineModel::UnshippedLineModel(QObject *parent) : QAbstractTableModel(parent), m_chosenHeader(tr("Chosen")) {}

void UnshippedLineModel::setChosenHeader(const QString &header)
{
    m_chosenHeader = header;
    Q_EMIT headerDataChanged(Qt::Horizontal, Chosen, Chosen);
}

void UnshippedLineModel::setLines(const QList<LineItem> &lines, Start start)
{
    beginResetModel();
    m_rows.clear();
    for (const LineItem &line : lines) {
        if (line.unshipped() <= 0)
            continue;
        Row row{line.sku, line.productName, {}, line.quantity, line.shippedQuantity, 0};
        row.chosen = start == Start::ChooseAll ? row.left() : 0;
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT chosenChanged();
}

void UnshippedLineModel::resetChosen(Start start)
{
    for (Row &row : m_rows)
        row.chosen = start == Start::ChooseAll ? row.left() : 0;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Chosen), index(int(m_rows.size()) - 1, Chosen));
    Q_EMIT chosenChanged();
}

void UnshippedLineModel::setBarcodes(const QHash<QString, QString> &barcodes)
{
    for (Row &row : m_rows) {
        if (const auto barcode = barcodes.constFind(row.sku); barcode != barcodes.constEnd())
            row.barcode = *barcode;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {BarcodeRole});
}

void UnshippedLineModel::setChosen(const QList<ShipmentLine> &chosen)
{
    for (Row &row : m_rows) {
        row.chosen = 0;
        for (const ShipmentLine &line : chosen) {
            if (line.sku == row.sku)
                row.chosen = std::clamp<qint64>(line.quantity, 0, row.left());
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Chosen), index(int(m_rows.size()) - 1, Chosen));
    Q_EMIT chosenChanged();
}

UnshippedLineModel::ScanResult UnshippedLineModel::scan(const QString &code)
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return {};
    // A SKU as stored, then a whole barcode, then a SKU typed in another case (a scanner with caps lock).
    int found = rowOf(wanted);
    for (int row = 0; found < 0 && row < m_rows.size(); ++row) {
        if (!m_rows.at(row).barcode.isEmpty() && m_rows.at(row).barcode == wanted)
            found = row;
    }
    for (int row = 0; found < 0 && row < m_rows.size(); ++row) {
        if (m_rows.at(row).sku.compare(wanted, Qt::CaseInsensitive) == 0)
            found = row;
    }
    if (found < 0)
        return {Scan::Unknown, -1};
    const Row &row = m_rows.at(found);
    if (row.chosen >= row.left())
        return {Scan::AllCounted, found};
    setChosenAt(found, row.chosen + 1);
    return {Scan::Counted, found};
}

QList<ShipmentLine> UnshippedLineModel::chosenLines() const
{
    QList<ShipmentLine> lines;
    for (const Row &row : m_rows) {
        if (row.chosen > 0)
            lines.append(ShipmentLine{row.sku, row.chosen});
    }
    return lines;
}

qint64 UnshippedLineModel::chosenUnits() const
{
    qint64 units = 0;
    for (const Row &row : m_rows)
        units += row.chosen;
    return units;
}

int UnshippedLineModel::rowOf(const QString &sku) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sku == sku)
            return int(row);
    }
    return -1;
}

QString UnshippedLineModel::skuAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sku : QString();
}

int UnshippedLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnshippedLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnshippedLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
                Qt::AlignVCenter | (column == Sku || column == Product ? Qt::AlignLeft : Qt::AlignRight));
    case MaximumRole:
        return row.left();
    case BarcodeRole:
        return row.barcode;
    case Qt::ToolTipRole:
        if (column == Chosen)
            return tr("0 to %1 units").arg(m_locale.toString(row.left()));
        if (column == Sku && !row.barcode.isEmpty())
            return tr("Barcode %1").arg(row.barcode);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    const auto number = [&](qint64 value) { return display ? QVariant(m_locale.toString(value)) : QVariant(value); };
    switch (column) {
    case Sku:
        return row.sku;
    case Product:
        return row.productName;
    case Ordered:
        return number(row.ordered);
    case Shipped:
        return number(row.shipped);
    case LeftToShip:
        return number(row.left());
    case Chosen:
        return number(row.chosen);
    case ColumnCount:
        break;
    }
    return {};
}

bool UnshippedLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Chosen
            || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const qint64 chosen = value.toLongLong(&ok);
    if (!ok || chosen < 0 || chosen > m_rows.at(index.row()).left())
        return false;
    setChosenAt(index.row(), chosen);
    return true;
}

void UnshippedLineModel::setChosenAt(int row, qint64 chosen)
{
    if (m_rows.at(row).chosen == chosen)
        return;
    m_rows[row].chosen = chosen;
    Q_EMIT dataChanged(index(row, Chosen), index(row, Chosen));
    Q_EMIT chosenChanged();
}

Qt::ItemFlags UnshippedLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Chosen)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant UnshippedLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Ordered:
        return tr("Ordered");
    case Shipped:
        return tr("Already shipped");
    case LeftToShip:
        return tr("Left to ship");
    case Chosen:
        return m_chosenHeader;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
