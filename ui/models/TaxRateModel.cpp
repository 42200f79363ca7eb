#include "models/TaxRateModel.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void TaxRateModel::setRates(const QList<TaxRate> &rates)
{
    beginResetModel();
    m_rates = rates;
    endResetModel();
}

int TaxRateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int TaxRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaxRateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaxRate &rate = m_rates.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (index.column() == Percent ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case Country:
        return rate.country;
    case Region:
        return raw || !rate.region.isEmpty() ? rate.region : tr("whole country");
    case TaxClass:
        return rate.taxClass;
    case Name:
        return rate.name;
    case Percent:
        return raw ? QVariant(rate.rate.partsPerMillion()) : QVariant(tr("%1 %").arg(rate.rate.toPercentString()));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TaxRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Country:
        return tr("Country");
    case Region:
        return tr("Region");
    case TaxClass:
        return tr("Tax class");
    case Name:
        return tr("Name");
    case Percent:
        return tr("Rate");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
