#pragma once

#include "common/Result.h"
#include "models/PagedTableModel.h"
#include "orders/OrderQuery.h"

#include <QLocale>
#include <QPointer>
#include <QSet>

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
// A window of PagedTableModel. Given a page worker (setPageWorker: the main window's), the GUI thread
// never waits for the database while the list is browsed: the pages views paint are read on that
// worker's own connection (a row whose page is on its way shows "Loading…"), and so are the count and
// first page of a reload, a new filter or sort, and the re-count after an order changed. Until such a
// refresh is in, the rows of the previous one stay on screen (isRefreshing()); then the model resets
// once and says refreshed(). Without a worker (tests, tools) all of it is read at once on the model's
// connection, and refreshed() comes before the call returns. fetchMore at the end of a capped search
// counts on the worker too. The rows an action reads (orderAt) and countExactly are read at once on the
// model's connection.
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
    // Lists the orders matching `filter`; false when it is the filter asked for already (nothing to do).
    bool setFilter(const OrderFilter &filter);
    // The filter asked for last; the rows shown match it unless isRefreshing().
    [[nodiscard]] const OrderFilter &filter() const { return m_filter; }
    // True while a refresh is being read on the page worker: the rows shown are the previous ones.
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    // The order shown in `row`, if its page could be loaded.
    [[nodiscard]] std::optional<OrderSummary> orderAt(int row) const;
    // The row of an order among the pages read so far (the first page is read if it is not yet); -1 when
    // it is not among them, which does not prove it is not further down the list.
    [[nodiscard]] int loadedRowOf(qint64 number) const;
    // Re-counts and drops cached pages (F5); on the page worker when there is one.
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
    // The rows were replaced as a whole (a reload, a new filter or sort) and the first page is at hand.
    void refreshed();

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
    // What a refresh reads: the count and the first page of a filter and sort.
    struct RefreshQuery {
        OrderFilter filter;
        OrderSort sort;
        int countCap = 0;
    };
    struct Refreshed {
        qint64 count = 0;
        QList<OrderSummary> firstPage;
    };
    [[nodiscard]] std::optional<PageQuery> pageQuery(int pageIndex) const;
    // The count (and first page) of `query`, on whichever connection `orders` has.
    static Result<Refreshed> readRefresh(OrderService &orders, const RefreshQuery &query, bool withFirstPage);
    // Reads the count now on the model's connection and resets the model.
    void reloadNow();
    // Reads the count and first page on the page worker; the model resets when they are in.
    void refreshInBackground();
    // Shows what a refresh read (or its error): one reset, then countChanged and refreshed.
    void applyRefresh(const RefreshQuery &query, const Result<Refreshed> &read);
    // After an order changed, with a page worker: counts the shown filter's matches there and refreshes
    // when the order entered or left them. One count at a time; changes meanwhile ask for one more.
    void recountInBackground();
    // After an order changed: how to count the shown filter's matches, and what count means an order
    // entered or left the rows shown.
    struct Recount {
        OrderFilter filter;
        bool exact = false;
        qint64 upTo = 0;
        int shown = 0;
        bool capped = false;
        Result<qint64> ask(OrderService &orders) const;
        [[nodiscard]] bool membershipChanged(qint64 count) const;
    };
    [[nodiscard]] Recount recountQuestion() const;
    static Result<QList<OrderSummary>> readRows(OrderService &orders, const PageQuery &query);
    // After a reset: the first page read now, so that the list's first order is at hand at once.
    void readFirstPage();

    void onOrderChanged(qint64 number);
    static OrderSortKey sortKeyFor(int column);
    // Whether the filter selects every order (whose count the database keeps).
    static bool selectsEveryOrder(const OrderFilter &filter);
    // How many rows a count shows, and whether more match (a filter's count stops at the cap).
    [[nodiscard]] static std::pair<int, bool> shownRows(qint64 count, const OrderFilter &filter, int countCap);
    // Shows what fetchMore counted (up to `wanted` matches, `shown` rows shown when asked), and ends the fetch.
    void grow(const Result<qint64> &count, int shown, qint64 wanted);
    // Grows the model to `rows` rows (capped: more may follow).
    void growTo(int rows, bool capped);

    OrderService *m_orders = nullptr;
    // Guarded: the main window's workers may go before the list while the window is torn down.
    QPointer<SessionWorker> m_pageWorker;
    // Asked for last, and what the rows shown were read with (they differ while refreshing).
    OrderFilter m_filter;
    OrderSort m_sort;
    OrderFilter m_shownFilter;
    OrderSort m_shownSort;
    int m_countCap = kDefaultCountCap;
    bool m_capped = false;
    bool m_refreshing = false;
    bool m_recounting = false;
    bool m_recountAgain = false;
    // Bumped by every reset: an answer asked for about earlier rows is dropped.
    quint64 m_shownRowsVersion = 0;
    // Orders changed while a refresh was on its way (it may have read them before): re-read once it is in.
    QSet<qint64> m_changedWhileRefreshing;
    mutable QString m_lastError;
    QLocale m_locale;
};

} // namespace shipshape
