#include "models/PackLineModel.h"

#include <QBrush>
#include <QColor>

namespace shipshape {

PackLineModel::PackLineModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackLineModel::setState(const PackState &state)
{
    beginResetModel();
    m_state = state;
    endResetModel();
}

void PackLineModel::updateState(const PackState &state)
{
    bool sameLines = state.orderNumber == m_state.orderNumber && state.lines.size() == m_state.lines.size();
    for (qsizetype i = 0; sameLines && i < state.lines.size(); ++i)
        sameLines = state.lines.at(i).sku == m_state.lines.at(i).sku;
    if (!sameLines) {
        setState(state);
        return;
    }
    const PackState before = std::exchange(m_state, state);
    for (qsizetype i = 0; i < state.lines.size(); ++i) {
        const PackLine &was = before.lines.at(i);
        const PackLine &now = state.lines.at(i);
        if (was.packed != now.packed || was.toPack != now.toPack)
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

void PackLineModel::clear()
{
    setState(PackState{});
}

int PackLineModel::rowOf(const QString &sku) const
{
    for (qsizetype i = 0; i < m_state.lines.size(); ++i) {
        if (m_state.lines.at(i).sku == sku)
            return int(i);
    }
    return -1;
}

int PackLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_state.lines.size());
}

int PackLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_state.lines.size())
        return {};
    const PackLine &line = m_state.lines.at(index.row());
    if (role == CompleteRole)
        return line.isComplete();
    if (role == RawValueRole || role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Sku:
            return line.sku;
        case Product:
            return line.productName;
        case Packed:
            return line.packed;
        case ToPack:
            return line.toPack;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Packed || index.column() == ToPack))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // High contrast at a glance: a finished line is white on dark green, read from a metre away.
    if (role == Qt::BackgroundRole && line.isComplete())
        return QBrush(QColor(0x1b, 0x5e, 0x20));
    if (role == Qt::ForegroundRole && line.isComplete())
        return QBrush(Qt::white);
    if (role == Qt::ToolTipRole && !line.barcode.isEmpty())
        return tr("Barcode %1").arg(line.barcode);
    return {};
}

QVariant PackLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Sku:
        return tr("SKU");
    case Product:
        return tr("Product");
    case Packed:
        return tr("Packed");
    case ToPack:
        return tr("To pack");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
