#pragma once

#include "orders/LineItem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace shipshape {

// The lines of one order.
class LineItemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        Quantity,
        UnitPrice,
        LineTotal,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<LineItem> &lines);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LineItem> m_lines;
    QLocale m_locale;
};

} // namespace shipshape
