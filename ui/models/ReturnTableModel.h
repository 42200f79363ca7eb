#pragma once

#include "orders/OrderReturn.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace shipshape {

// Returns (RMA) as rows, newest first: id, order, state, when opened, units, reasons and refund. The view
// loads them on the SessionWorker (OrderReturns::list) and hands them over with setReturns.
class ReturnTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Order,
        State,
        Opened,
        Units,
        Reasons,
        Refund,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        ReturnIdRole,
        OrderNumberRole,
        StateKeyRole
    };

    explicit ReturnTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReturns(const QList<OrderReturn> &returns);
    [[nodiscard]] std::optional<OrderReturn> returnAt(int row) const;
    [[nodiscard]] int rowOf(qint64 returnId) const;

private:
    [[nodiscard]] QVariant rawValue(const OrderReturn &orderReturn, int column) const;
    [[nodiscard]] QString reasons(const OrderReturn &orderReturn) const;

    QList<OrderReturn> m_returns;
    QLocale m_locale;
};

} // namespace shipshape
