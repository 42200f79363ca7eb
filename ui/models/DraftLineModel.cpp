#include "models/DraftLineModel.h"

#include "orders/OrderService.h"
#include "style/TextTone.h"

#include <QBrush>
#include <QColor>

namespace shipshape {

void DraftLineModel::setLines(const QList<DraftLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

QList<std::pair<QString, QString>> DraftLineModel::choices() const
{
    QList<std::pair<QString, QString>> choices;
    for (const DraftLine &line : m_lines) {
        const QString name = index(rowOf(line.sku), Product).data().toString();
        choices.append(std::pair(line.sku, name.isEmpty() ? line.sku : tr("%1 — %2").arg(line.sku, name)));
    }
    return choices;
}

int DraftLineModel::rowOf(const QString &sku) const
{
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).sku == sku)
            return int(row);
    }
    return -1;
}

int DraftLineModel::addProduct(const QString &sku)
{
    if (const int row = rowOf(sku); row >= 0) {
        setData(index(row, Quantity), m_lines.at(row).quantity + 1);
        return row;
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(DraftLine{sku, 1});
    endInsertRows();
    Q_EMIT linesEdited();
    return row;
}

void DraftLineModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesEdited();
}

void DraftLineModel::setQuote(const DraftQuote &quote)
{
    m_quoted.clear();
    for (const QuoteLine &line : quote.lines)
        m_quoted.insert(line.sku, line);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

int DraftLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DraftLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftLine &line = m_lines.at(index.row());
    const auto quoted = m_quoted.constFind(line.sku);
    const QuoteLine *quote = quoted == m_quoted.constEnd() ? nullptr : &quoted.value();
    // The quote may be for an earlier quantity: figures only while it matches.
    const bool current = quote && quote->quantity == line.quantity;
    const auto column = static_cast<Column>(index.column());

    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == UnitPrice || column == Quantity || column == LineTotal || column == Available;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == WarningRole)
        return static_cast<int>(current ? quote->warning : StockWarning::None);
    if (role == Qt::ForegroundRole && column == Stock && current) {
        switch (quote->warning) {
        case StockWarning::OutOfStock:
        case StockWarning::UnknownProduct:
            return QBrush(TextTone::color(TextTone::Tone::Error));
        case StockWarning::LowStock:
            return QBrush(TextTone::color(TextTone::Tone::Warning));
        case StockWarning::None:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Stock && current)
        return quote->warningText;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::EditRole)
        return {};
    const bool raw = role == RawValueRole || role == Qt::EditRole;
    switch (column) {
    case Sku:
        return line.sku;
    case Product:
        return quote ? quote->productName : QString();
    case UnitPrice:
        if (!quote || !quote->unitPrice)
            return {};
        return raw ? QVariant(quote->unitPrice->minorUnits()) : QVariant(quote->unitPrice->toDisplayString(m_locale));
    case Quantity:
        return line.quantity;
    case LineTotal:
        if (!current || !quote->lineTotal)
            return {};
        return raw ? QVariant(quote->lineTotal->minorUnits()) : QVariant(quote->lineTotal->toDisplayString(m_locale));
    case Available:
        if (!quote)
            return {};
        return raw ? QVariant(quote->available) : QVariant(m_locale.toString(quote->available));
    case Stock:
        if (!current)
            return {};
        if (raw)
            return static_cast<int>(quote->warning);
        return quote->warning == StockWarning::None ? tr("In stock") : quote->warningText;
    case ColumnCount:
        break;
    }
    return {};
}

bool DraftLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || index.column() != Quantity)
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 1 || quantity > OrderServiceSettings::kMaxQuantity)
        return false;
    DraftLine &line = m_lines[index.row()];
    if (line.quantity == quantity)
        return true;
    line.quantity = quantity;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT linesEdited();
    return true;
}

Qt::ItemFlags DraftLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quantity)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DraftLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case UnitPrice:
        return tr("Unit price");
    case Quantity:
        return tr("Quantity");
    case LineTotal:
        return tr("Line total");
    case Available:
        return tr("Available");
    case Stock:
        return tr("Stock");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
