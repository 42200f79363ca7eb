#include "models/OrderTableModel.h"

#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "orders/OrderService.h"
#include "orders/PaymentStates.h"
#include "session/Session.h"

#include <QScopeGuard>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrderTableModel::OrderTableModel(OrderService &orders, ChangeHub *changes, QObject *parent)
    : PagedTableModel(ColumnCount, kPageSize, kCachedPages, parent), m_orders(&orders)
{
    if (changes)
        connect(changes, &ChangeHub::orderChanged, this, &OrderTableModel::onOrderChanged);
    reload();
}

void OrderTableModel::setSource(OrderService &orders)
{
    m_orders = &orders;
    reload();
}

void OrderTableModel::setPageWorker(SessionWorker *worker)
{
    // Answers still due from the worker being replaced are superseded: the list is read again, and the
    // flags waiting for them are cleared so that nothing waits for good.
    const bool waiting = m_refreshing || m_recounting || isFetching();
    m_pageWorker = worker;
    m_recounting = false;
    m_recountAgain = false;
    if (waiting) {
        setFetching(false);
        reload();
        return;
    }
    // The pages at hand stay: they hold the same rows whoever read them. The first is read if it is not
    // at hand, as after any reset.
    if (!isPageCached(0))
        readFirstPage();
}

bool OrderTableModel::selectsEveryOrder(const OrderFilter &filter)
{
    OrderFilter every = filter;
    every.search = every.search.trimmed();
    return every == OrderFilter{};
}

std::pair<int, bool> OrderTableModel::shownRows(qint64 count, const OrderFilter &filter, int countCap)
{
    const bool capped = !selectsEveryOrder(filter) && count > countCap;
    return {capped ? countCap : int(std::min<qint64>(count, std::numeric_limits<int>::max())), capped};
}

Result<OrderTableModel::Refreshed> OrderTableModel::readRefresh(
        OrderService &orders, const RefreshQuery &query, bool withFirstPage)
{
    auto count = selectsEveryOrder(query.filter) ? orders.count(query.filter)
                                                 : orders.countUpTo(query.filter, query.countCap);
    if (!count)
        return fail(count.error());
    Refreshed read{*count, {}};
    const int rows = shownRows(*count, query.filter, query.countCap).first;
    if (withFirstPage && rows > 0) {
        auto first = orders.list(query.filter, query.sort, std::min(rows, int(kPageSize)), 0);
        if (!first)
            return fail(first.error());
        read.firstPage = std::move(*first);
    }
    return read;
}

void OrderTableModel::reload()
{
    if (m_pageWorker.isNull())
        reloadNow();
    else
        refreshInBackground();
}

void OrderTableModel::reloadNow()
{
    // Supersedes a refresh on its way. Views read the first page as they paint.
    newGeneration();
    m_refreshing = false;
    const RefreshQuery query{m_filter, m_sort, m_countCap};
    applyRefresh(query, readRefresh(*m_orders, query, false));
}

void OrderTableModel::refreshInBackground()
{
    SessionWorker *worker = m_pageWorker.data();
    if (!worker) {
        reloadNow();
        return;
    }
    const RefreshQuery query{m_filter, m_sort, m_countCap};
    const quint64 asked = newGeneration();
    m_refreshing = true;
    worker->run([query](Session &session) { return readRefresh(session.orders(), query, true); }, this,
            [this, asked, query](const Result<Refreshed> &read) {
                if (!isCurrent(asked))
                    return; // another refresh was asked for since
                m_refreshing = false;
                applyRefresh(query, read);
            });
}

void OrderTableModel::applyRefresh(const RefreshQuery &query, const Result<Refreshed> &read)
{
    beginResetModel();
    dropPages();
    setFetching(false); // a fetch of the previous rows is over: its answer is dropped
    ++m_shownRowsVersion;
    m_shownFilter = query.filter;
    m_shownSort = query.sort;
    m_capped = false;
    if (read) {
        const auto [rows, capped] = shownRows(read->count, query.filter, query.countCap);
        setRowCount(rows);
        m_capped = capped;
        if (!read->firstPage.isEmpty())
            storePage(0, read->firstPage);
        m_lastError.clear();
    } else {
        setRowCount(0);
        m_lastError = read.error().message;
    }
    endResetModel();
    // Orders changed while the refresh was on its way may have been read before they changed.
    for (const qint64 number : std::exchange(m_changedWhileRefreshing, {}))
        invalidateRowOfKey(number);
    Q_EMIT countChanged();
    Q_EMIT refreshed();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

void OrderTableModel::setCountCap(int cap)
{
    cap = std::max(cap, 1);
    if (cap == m_countCap)
        return;
    m_countCap = cap;
    if (!selectsEveryOrder(m_filter))
        reload();
}

void OrderTableModel::requestMore()
{
    const int shown = rowCount();
    const qint64 wanted = std::min<qint64>(qint64(shown) + kPageSize, std::numeric_limits<int>::max() - 1);
    if (SessionWorker *worker = m_pageWorker.data()) {
        if (m_refreshing) {
            setFetching(false); // these rows are being replaced; views ask again for the new ones
            return;
        }
        // Still fetching until the count is in: views asking again meanwhile are refused.
        worker->run([filter = m_shownFilter, wanted](
                            Session &session) { return session.orders().countUpTo(filter, wanted); },
                this,
                [this, asked = generation(), rows = m_shownRowsVersion, shown, wanted](const Result<qint64> &count) {
                    if (!isCurrent(asked) || rows != m_shownRowsVersion)
                        return; // a refresh replaces these rows (and ends the fetch when it is in)
                    if (rowCount() != shown) {
                        setFetching(false); // counted meanwhile: views ask again for what they show
                        return;
                    }
                    grow(count, shown, wanted);
                });
        return;
    }
    grow(m_orders->countUpTo(m_shownFilter, wanted), shown, wanted);
}

void OrderTableModel::grow(const Result<qint64> &count, int shown, qint64 wanted)
{
    // Views and QAbstractItemModelTester calling back in while the rows are inserted are refused (still
    // fetching) until this returns.
    const auto fetched = qScopeGuard([this] { setFetching(false); });
    if (!count) {
        m_lastError = count.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (*count < shown) {
        reload(); // orders left the filtered set since it was counted: positions shifted
        return;
    }
    growTo(int(std::min(*count, wanted)), *count > wanted);
}

void OrderTableModel::growTo(int rows, bool capped)
{
    const bool wasFetching = isFetching();
    setFetching(true);
    const auto grown = qScopeGuard([this, wasFetching] { setFetching(wasFetching); });
    const int previous = rowCount();
    if (rows > previous) {
        beginInsertRows({}, previous, rows - 1);
        setRowCount(rows);
        m_capped = capped;
        // A short last page, read while it was the end, would otherwise stay short. Dropped only now:
        // whoever listens to rowsAboutToBeInserted may read (and cache) it again.
        if (previous % kPageSize != 0)
            dropPage(previous / kPageSize);
        endInsertRows();
    } else {
        m_capped = capped;
    }
    Q_EMIT countChanged();
}

Result<qint64> OrderTableModel::countExactly()
{
    auto count = m_orders->count(m_shownFilter);
    if (!count)
        return count;
    const int rows = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    if (rows < rowCount())
        reload(); // orders left the filtered set since it was counted
    else if (m_capped || rows != rowCount())
        growTo(rows, false);
    return *count;
}

std::optional<OrderTableModel::PageQuery> OrderTableModel::pageQuery(int pageIndex) const
{
    const int total = rowCount();
    const int start = pageIndex * kPageSize;
    const int end = std::min(start + kPageSize, total);
    if (start >= end)
        return std::nullopt;
    // OFFSET costs a walk over the skipped index entries, so pages in the back half are read from the
    // other end with the mirrored sort: no page is ever more than half the table away. That needs the
    // exact count; while it is capped every page is read forwards (the rows fetched so far are near).
    PageQuery query{m_shownFilter, m_shownSort, end - start, start, !m_capped && start > total / 2};
    if (query.fromEnd) {
        query.sort.descending = !query.sort.descending;
        query.offset = total - end;
    }
    return query;
}

Result<QList<OrderSummary>> OrderTableModel::readRows(OrderService &orders, const PageQuery &query)
{
    auto rows = orders.list(query.filter, query.sort, query.limit, query.offset);
    if (rows && query.fromEnd)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

std::optional<QList<OrderSummary>> OrderTableModel::readPage(int pageIndex) const
{
    const auto query = pageQuery(pageIndex);
    if (!query)
        return std::nullopt;
    auto rows = readRows(*m_orders, *query);
    if (!rows) {
        m_lastError = rows.error().message;
        return std::nullopt;
    }
    return std::move(*rows);
}

void OrderTableModel::requestPage(int pageIndex, quint64 ticket) const
{
    const auto query = pageQuery(pageIndex);
    SessionWorker *worker = m_pageWorker.data();
    if (!query || !worker)
        return;
    // data() is const in Qt's API; the answer changes only the model's caches.
    auto *self = const_cast<OrderTableModel *>(this);
    worker->run([query = *query](Session &session) { return readRows(session.orders(), query); }, self,
            [self, ticket, pageIndex](const Result<QList<OrderSummary>> &rows) {
                if (!rows) {
                    self->pageFailed(ticket, pageIndex);
                    self->m_lastError = rows.error().message;
                    Q_EMIT self->loadFailed(self->m_lastError);
                    return;
                }
                self->pageArrived(ticket, pageIndex, *rows);
            });
}

void OrderTableModel::readFirstPage()
{
    if (m_pageWorker.isNull() || rowCount() == 0)
        return;
    if (auto first = readPage(0))
        storePage(0, std::move(*first));
}

std::optional<OrderSummary> OrderTableModel::orderAt(int row) const
{
    const OrderSummary *order = rowPointerReadNow(row);
    return order ? std::optional<OrderSummary>(*order) : std::nullopt;
}

int OrderTableModel::loadedRowOf(qint64 number) const
{
    if (rowCount() == 0)
        return -1;
    if (!isPageCached(0))
        rowPointerReadNow(0);
    return rowOfKey(number);
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole && role != OrderNumberRole && role != Qt::TextAlignmentRole
            && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Number || index.column() == Total || index.column() == Items;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    const OrderSummary *order = rowPointer(index.row());
    if (!order)
        return role == Qt::DisplayRole && index.column() == Customer ? QVariant(tr("Loading…")) : QVariant();
    if (role == OrderNumberRole)
        return order->number;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Tags)
            return order->tags.isEmpty() ? QVariant() : QVariant(order->tags.join(u", "_s));
        return index.column() == Customer ? QVariant(order->customerEmail) : QVariant();
    }

    const bool raw = role == RawValueRole;
    switch (static_cast<Column>(index.column())) {
    case Number:
        return raw ? QVariant(order->number) : QVariant(u"#%1"_s.arg(order->number));
    case PlacedAt:
        return raw ? QVariant(order->placedAt)
                   : QVariant(m_locale.toString(order->placedAt.toLocalTime(), QLocale::ShortFormat));
    case Customer:
        return order->customerName;
    case Status:
        return raw ? QVariant(OrderLifecycle::key(order->status))
                   : QVariant(OrderLifecycle::displayName(order->status));
    case Total:
        return raw ? QVariant(order->total.minorUnits()) : QVariant(order->total.toDisplayString(m_locale));
    case Email:
        return order->customerEmail;
    case Items:
        return raw ? QVariant(order->lineCount) : QVariant(m_locale.toString(order->lineCount));
    case Payment: {
        const PaymentState state = PaymentStates::of(*order);
        return raw ? QVariant(PaymentStates::key(state)) : QVariant(PaymentStates::displayName(state));
    }
    case Tracking:
        return order->trackingNumber;
    case Tags:
        return raw ? QVariant(order->tags) : QVariant(order->tags.join(u", "_s));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Order");
    case PlacedAt:
        return tr("Placed");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Email:
        return tr("Email");
    case Items:
        return tr("Lines");
    case Payment:
        return tr("Payment");
    case Tracking:
        return tr("Tracking");
    case Tags:
        return tr("Tags");
    case ColumnCount:
        break;
    }
    return {};
}

OrderSortKey OrderTableModel::sortKeyFor(int column)
{
    switch (column) {
    case PlacedAt:
        return OrderSortKey::PlacedAt;
    case Customer:
        return OrderSortKey::Customer;
    case Status:
        return OrderSortKey::State;
    case Total:
        return OrderSortKey::Total;
    default:
        return OrderSortKey::Number;
    }
}

bool OrderTableModel::isSortable(int column)
{
    return column == Number || column == PlacedAt || column == Customer || column == Status || column == Total;
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const OrderSort sort{sortKeyFor(column), order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    if (!m_pageWorker.isNull()) {
        refreshInBackground();
        return;
    }
    // A server-side sort reorders every row; views keep no per-row state worth preserving.
    newGeneration();
    m_refreshing = false;
    beginResetModel();
    m_shownSort = sort;
    dropPages();
    endResetModel();
    Q_EMIT refreshed();
}

bool OrderTableModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return false;
    m_filter = filter;
    reload();
    return true;
}

OrderTableModel::Recount OrderTableModel::recountQuestion() const
{
    // A capped list: unless the matches shrank to the rows shown or fewer, membership changes cannot be
    // seen in the count. Otherwise: any difference from the rows shown is an order entering or leaving.
    const int shown = rowCount();
    const bool exact = !m_capped && selectsEveryOrder(m_shownFilter);
    return {m_shownFilter, exact, m_capped ? shown : std::max(m_countCap, shown), shown, m_capped};
}

Result<qint64> OrderTableModel::Recount::ask(OrderService &orders) const
{
    return exact ? orders.count(filter) : orders.countUpTo(filter, upTo);
}

bool OrderTableModel::Recount::membershipChanged(qint64 count) const
{
    return capped ? count <= shown : count != shown;
}

void OrderTableModel::onOrderChanged(qint64 number)
{
    if (!m_pageWorker.isNull()) {
        // Its row is read again when shown; whether it entered or left the list is counted on the worker.
        if (m_refreshing)
            m_changedWhileRefreshing.insert(number);
        if (m_capped)
            invalidateAll();
        else
            invalidateRowOfKey(number);
        recountInBackground();
        return;
    }
    const Recount question = recountQuestion();
    auto count = question.ask(*m_orders);
    if (count && question.membershipChanged(*count)) {
        reload(); // positions shift
        return;
    }
    // Update in place: the row's page (every page, when capped) is read again when it is next shown.
    if (m_capped)
        invalidateAll();
    else
        invalidateRowOfKey(number);
}

void OrderTableModel::recountInBackground()
{
    SessionWorker *worker = m_pageWorker.data();
    if (!worker)
        return;
    if (m_recounting) {
        m_recountAgain = true;
        return;
    }
    m_recounting = true;
    const Recount question = recountQuestion();
    worker->run([question](Session &session) { return question.ask(session.orders()); }, this,
            [this, asked = generation(), rows = m_shownRowsVersion, question](const Result<qint64> &count) {
                m_recounting = false;
                const bool again = std::exchange(m_recountAgain, false);
                if (!isCurrent(asked)) {
                    // A refresh asked for since reads the count anew; a change that came after it was
                    // asked for may have been read before it, so that one is asked about again.
                    if (again)
                        recountInBackground();
                    return;
                }
                if (rows != m_shownRowsVersion || rowCount() != question.shown || m_capped != question.capped) {
                    recountInBackground(); // the rows shown changed meanwhile: ask about these
                    return;
                }
                if (count && question.membershipChanged(*count)) {
                    refreshInBackground(); // positions shift
                    return;
                }
                if (again)
                    recountInBackground();
            });
}

} // namespace shipshape
