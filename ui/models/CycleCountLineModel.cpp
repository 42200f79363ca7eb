#include "models/CycleCountLineModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString signedNumber(qint64 value)
{
    return value > 0 ? u"+%1"_s.arg(value) : QString::number(value);
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

CycleCountLineModel::CycleCountLineModel(QObject *parent) : QAbstractTableModel(parent) {}

void CycleCountLineModel::setCount(const CycleCount &count)
{
    beginResetModel();
    m_count = count;
    endResetModel();
}

void CycleCountLineModel::updateLine(const CycleCountLine &line)
{
    const int row = rowOf(line.sku);
    if (row < 0)
        return;
    m_count.lines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CycleCountLineModel::clear()
{
    setCount(CycleCount{});
}

void CycleCountLineModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_count.lines.isEmpty())
        Q_EMIT dataChanged(index(0, Counted), index(rowCount() - 1, Counted), {});
}

int CycleCountLineModel::rowOf(const QString &sku) const
{
    for (qsizetype i = 0; i < m_count.lines.size(); ++i) {
        if (m_count.lines.at(i).sku == sku)
            return int(i);
    }
    return -1;
}

int CycleCountLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count.lines.size());
}

int CycleCountLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleCountLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count.lines.size())
        return {};
    const CycleCountLine &line = m_count.lines.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == RawValueRole || role == Qt::EditRole) {
        switch (column) {
        case Sku:
            return line.sku;
        case Product:
            return line.productName;
        case Expected:
            return line.expected;
        case Moved:
            return optionalValue(line.movedDuringCount());
        case Counted:
            return optionalValue(line.counted);
        case Variance:
            return optionalValue(line.variance());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Sku:
            return line.sku;
        case Product:
            return line.productName;
        case Expected:
            return line.expected;
        case Moved: {
            const qint64 moved = line.movedDuringCount().value_or(0);
            return moved == 0 ? QVariant() : QVariant(signedNumber(moved));
        }
        case Counted:
            return line.counted ? QVariant(*line.counted) : QVariant(tr("—"));
        case Variance:
            return line.variance() ? QVariant(signedNumber(*line.variance())) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column != Sku && column != Product)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // A difference stands out from across the aisle: missing units red, extra ones amber.
    if (column == Variance && line.variance().value_or(0) != 0) {
        if (role == Qt::BackgroundRole)
            return QBrush(*line.variance() < 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xe6, 0x51, 0x00));
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::white);
    }
    if (role == Qt::ToolTipRole) {
        if (column == Moved)
            return tr("Units shipped, received or corrected between the start of the count and its entry; they are "
                      "not variance.");
        if (column == Variance && line.correctionId)
            return tr("Posted to the stock ledger (row %1).").arg(*line.correctionId);
        if (!line.barcode.isEmpty())
            return tr("Barcode %1").arg(line.barcode);
    }
    return {};
}

QVariant CycleCountLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Expected:
        return tr("Expected");
    case Moved:
        return tr("Moved during count");
    case Counted:
        return tr("Counted");
    case Variance:
        return tr("Variance");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags CycleCountLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Counted && m_editable && m_count.state == CycleCountState::Open)
        result |= Qt::ItemIsEditable;
    return result;
}

bool CycleCountLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const qint64 counted = value.toString().trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    Q_EMIT countEntered(m_count.lines.at(index.row()).sku, counted);
    return false; // the cell shows core's answer when it comes (updateLine)
}

} // namespace shipshape
