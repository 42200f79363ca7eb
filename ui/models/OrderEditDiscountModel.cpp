#include "models/OrderEditDiscountModel.h"

namespace shipshape {

void OrderEditDiscountModel::setDiscounts(const QList<Discount> &discounts, const Currency &currency)
{
    beginResetModel();
    m_currency = currency;
    m_rows.clear();
    for (const Discount &discount : discounts) {
        DiscountRequest request;
        request.type = Discount::key(discount.kind);
        request.value = discount.kind == DiscountKind::Percent ? discount.percent.toPercentString()
                                                               : discount.value.toDecimalString();
        request.sku = discount.sku;
        request.code = discount.code;
        request.reason = discount.reason;
        m_rows.append(Row{request, discount, discount.amount});
    }
    m_changed = false;
    endResetModel();
}

void OrderEditDiscountModel::addDiscount(const DiscountRequest &request, const Discount &discount)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{request, discount, std::nullopt});
    endInsertRows();
    m_changed = true;
    Q_EMIT discountsEdited();
}

void OrderEditDiscountModel::removeDiscount(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_changed = true;
    Q_EMIT discountsEdited();
}

QList<DiscountRequest> OrderEditDiscountModel::requests() const
{
    QList<DiscountRequest> requests;
    for (const Row &row : m_rows)
        requests.append(row.request);
    return requests;
}

void OrderEditDiscountModel::setPreview(const QList<Discount> &after)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i].amount = i < after.size() ? std::optional<Money>(after.at(i).amount) : std::nullopt;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Amount), index(int(m_rows.size()) - 1, Amount));
}

int OrderEditDiscountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderEditDiscountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderEditDiscountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == Value || column == Amount;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const Discount &discount = row.discount;
    switch (column) {
    case AppliesTo:
        if (raw)
            return discount.sku;
        return discount.isOrderWide() ? tr("Whole order") : discount.sku;
    case Value:
        if (discount.kind == DiscountKind::Percent)
            return raw ? QVariant(discount.percent.partsPerMillion()) : QVariant(discount.valueText());
        return raw ? QVariant(discount.value.minorUnits()) : QVariant(discount.value.toDisplayString(m_locale));
    case CodeOrReason:
        if (!discount.code.isEmpty())
            return raw ? discount.code : tr("code %1").arg(discount.code);
        return discount.reason;
    case Amount:
        if (!row.amount)
            return {};
        return raw ? QVariant(row.amount->minorUnits())
                   : QVariant(tr("−%1").arg(row.amount->toDisplayString(m_locale)));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderEditDiscountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case AppliesTo:
        return tr("On");
    case Value:
        return tr("Discount");
    case CodeOrReason:
        return tr("Code or reason");
    case Amount:
        return tr("Takes off");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
