#pragma once

#include "orders/OrderQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QLocale>

namespace shipshape {

class OrderService;
class DomainEventBus;

// A window onto the orders table: it knows the row count and fetches only the pages that views ask
// for, sorted and filtered by SQL. A million orders cost a few pages of memory, not a million rows.
class OrderTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Number,
        PlacedAt,
        Customer,
        Status,
        Total,
        Email,
        Items,
        Payment,
        Tracking,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        OrderNumberRole
    };
    static constexpr int kPageSize = 200;

    OrderTableModel(OrderService &orders, DomainEventBus *events, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Columns SQL can sort on an index; the others keep the current order.
    static bool isSortable(int column);

    void setFilter(const OrderFilter &filter);
    [[nodiscard]] const OrderFilter &filter() const { return m_filter; }
    // The order shown in `row`, if its page could be loaded.
    [[nodiscard]] std::optional<OrderSummary> orderAt(int row) const;
    // Re-counts and drops cached pages (F5).
    void reload();
    // An order changed elsewhere (another thread, process or desktop): refresh just its row.
    void refreshOrder(qint64 number) { onOrderChanged(number); }
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void onOrderChanged(qint64 number);
    const QList<OrderSummary> *page(int pageIndex) const;
    static OrderSortKey sortKeyFor(int column);

    OrderService &m_orders;
    OrderFilter m_filter;
    OrderSort m_sort;
    int m_rowCount = 0;
    mutable QCache<int, QList<OrderSummary>> m_pages;
    mutable QString m_lastError;
    QLocale m_locale;
};

} // namespace shipshape
