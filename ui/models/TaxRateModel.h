#pragma once

#include "pricing/TaxRate.h"

#include <QAbstractTableModel>
#include <QList>

namespace shipshape {

// The shop's tax rates for the Settings page: destination, tax class, name and rate.
class TaxRateModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Country,
        Region,
        TaxClass,
        Name,
        Percent,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRates(const QList<TaxRate> &rates);
    [[nodiscard]] const QList<TaxRate> &rates() const { return m_rates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TaxRate> m_rates;
};

} // namespace shipshape
