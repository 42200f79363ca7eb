#pragma once

#include "inventory/Product.h"
#include "orders/LineItem.h"

#include <QAbstractTableModel>
#include <QHash>
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
        Discount,
        Tax,
        Stock,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the lines; the stock column stays empty until setStock() says how the products stand.
    void setLines(const QList<LineItem> &lines);
    // The products of the lines as stored now (by SKU); updates only the stock column.
    void setStock(const QHash<QString, shipshape::Product> &products);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant stockData(const LineItem &line, int role) const;

    QList<LineItem> m_lines;
    QHash<QString, shipshape::Product> m_stock;
    QLocale m_locale;
};

} // namespace shipshape
