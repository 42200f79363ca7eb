#pragma once

#include "common/Result.h"
#include "models/PagedTableModel.h"
#include "orders/OrderQuery.h"

#include <QLocale>
#include <QPointer>

namespace shipshape {

class OrderService;
class ChangeHub;
class SessionWorker;

// A window onto the orders table: it knows the row count and fetches only the pages that views ask
// for, sorted and filtered by SQL. A million orders cost a few pages of memory, not a million rows.
//
// Every order: the row count is the one the database keeps. A filter: matches are counted only up to
// countCap(); beyond it the model shows countCap() rows, says isCountCapped() and grows by a page
// each time a view scrolls to the end (canFetchMore/fetchMore), because counting half a million
// search matches costs seconds while their first page costs milliseconds.
// A window of PagedTableModel. Given a page worker (setPageWorker: the main window's), the pages views
// paint are read on that worker's own connection and data() never waits for the database: a row whose
// page is on its way shows "Loading…". Without one (tests, tools), pages are read on the model's
// connection as views ask for them. The count, the first page after a reload or sort, and the rows an
// action reads (orderAt) are read at once on the model's connection.
class OrderTableModel : public PagedTableModel<OrderSummary, qint64> {
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
        Tags, // the raw value is the QStringList (TagChipDelegate paints it)
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        OrderNumberRole
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 64;
    static constexpr int kDefaultCountCap = 10000;

    // `changes` (may be null) tells the model which orders changed.
    OrderTableModel(OrderService &orders, ChangeHub *changes, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Columns SQL can sort on an index; the others keep the current order.
    static bool isSortable(int column);

    // Reads another database's orders from now on (offline mode: the replica's), and reloads. A page
    // worker must be switched to the same database (MainWindow switches every worker).
    void setSource(OrderService &orders);
    // Reads the pages views paint on `worker` (its own session, on its own thread) from now on; null reads
    // them at once on the source's connection. The worker must outlive the model or be unset first.
    void setPageWorker(SessionWorker *worker);
    [[nodiscard]] OrderService &source() const { return *m_orders; }
    void setFilter(const OrderFilter &filter);
    [[nodiscard]] const OrderFilter &filter() const { return m_filter; }
    // The order shown in `row`, if its page could be loaded.
    [[nodiscard]] std::optional<OrderSummary> orderAt(int row) const;
    // The row of an order among the pages read so far (the first page is read if it is not yet); -1 when
    // it is not among them, which does not prove it is not further down the list.
    [[nodiscard]] int loadedRowOf(qint64 number) const;
    // Re-counts and drops cached pages (F5).
    void reload();
    // An order changed elsewhere (another thread, process or desktop): refresh just its row.
    void refreshOrder(qint64 number) { onOrderChanged(number); }
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

    // How many matches of a filter are counted before the model stops counting (re-counts if needed).
    void setCountCap(int cap);
    [[nodiscard]] int countCap() const { return m_countCap; }
    // True while more orders match than rowCount() shows; rowCount() is then a lower bound.
    [[nodiscard]] bool isCountCapped() const { return m_capped; }
    // The number of matching orders known so far: exact unless isCountCapped(), else "at least".
    [[nodiscard]] qint64 knownCount() const { return rowCount(); }
    // Counts every match (seconds for a search matching half of a million orders) and, when the count
    // was capped, shows every row. Returns the exact count.
    Result<qint64> countExactly();

Q_SIGNALS:
    void loadFailed(const QString &message);
    // rowCount() or isCountCapped() changed (after a reload, fetchMore or countExactly).
    void countChanged();

protected:
    qint64 keyOf(const OrderSummary &row) const override { return row.number; }
    bool hasMore() const override { return m_capped; }
    void requestMore() override;
    std::optional<QList<OrderSummary>> readPage(int pageIndex) const override;
    bool fetchesPagesInBackground() const override { return !m_pageWorker.isNull(); }
    void requestPage(int pageIndex, quint64 ticket) const override;

private:
    // What a page read needs, taken by value to another thread.
    struct PageQuery {
        OrderFilter filter;
        OrderSort sort;
        int limit = 0;
        int offset = 0;
        bool fromEnd = false;
    };
    [[nodiscard]] std::optional<PageQuery> pageQuery(int pageIndex) const;
    static Result<QList<OrderSummary>> readRows(OrderService &orders, const PageQuery &query);
    // After a reset: the first page read now, so that the list's first order is at hand at once.
    void readFirstPage();

    void onOrderChanged(qint64 number);
    static OrderSortKey sortKeyFor(int column);
    // Whether the filter selects every order (whose count the database keeps).
    static bool selectsEveryOrder(const OrderFilter &filter);
    // Grows the model to `rows` rows (capped: more may follow).
    void growTo(int rows, bool capped);

    OrderService *m_orders = nullptr;
    // Guarded: the main window's workers may go before the list while the window is torn down.
    QPointer<SessionWorker> m_pageWorker;
    OrderFilter m_filter;
    OrderSort m_sort;
    int m_countCap = kDefaultCountCap;
    bool m_capped = false;
    mutable QString m_lastError;
    QLocale m_locale;
};

} // namespace shipshape
