#include "models/OrderTableModel.h"

#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "orders/OrderService.h"
#include "orders/PaymentStates.h"
#include "session/Session.h"

#include <QScopeGuard>

#include <algorithm>

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
    // The pages at hand stay: they hold the same rows whoever read them. The first is read if it is not
    // at hand, as after any reset.
    m_pageWorker = worker;
    if (!isPageCached(0))
        readFirstPage();
}

bool OrderTableModel::selectsEveryOrder(const OrderFilter &filter)
{
    OrderFilter every = filter;
    every.search = every.search.trimmed();
    return every == OrderFilter{};
}

void OrderTableModel::reload()
{
    beginResetModel();
    dropPages();
    const bool bounded = !selectsEveryOrder(m_filter);
    auto count = bounded ? m_orders->countUpTo(m_filter, m_countCap) : m_orders->count(m_filter);
    m_capped = false;
    if (count) {
        m_capped = bounded && *count > m_countCap;
        setRowCount(m_capped ? m_countCap : int(std::min<qint64>(*count, std::numeric_limits<int>::max())));
        m_lastError.clear();
    } else {
        setRowCount(0);
        m_lastError = count.error().message;
    }
    readFirstPage();
    endResetModel();
    Q_EMIT countChanged();
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
    // Read now; views and QAbstractItemModelTester calling back in while the rows are inserted are refused
    // (still fetching) until this returns.
    const auto fetched = qScopeGuard([this] { setFetching(false); });
    const int shown = rowCount();
    const qint64 wanted = std::min<qint64>(qint64(shown) + kPageSize, std::numeric_limits<int>::max() - 1);
    auto count = m_orders->countUpTo(m_filter, wanted);
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
    auto count = m_orders->count(m_filter);
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
    PageQuery query{m_filter, m_sort, end - start, start, !m_capped && start > total / 2};
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
    // A server-side sort reorders every row; views keep no per-row state worth preserving.
    beginResetModel();
    m_sort = sort;
    dropPages();
    readFirstPage();
    endResetModel();
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void OrderTableModel::onOrderChanged(qint64 number)
{
    const int shown = rowCount();
    if (m_capped) {
        // More orders match than are shown, so a change of membership cannot be seen in the count.
        // Unless the matches shrank below the rows shown, keep the rows and re-read what is shown.
        auto count = m_orders->countUpTo(m_filter, shown);
        if (count && *count <= shown) {
            reload();
            return;
        }
        invalidateAll();
        return;
    }
    const bool bounded = !selectsEveryOrder(m_filter);
    auto count = bounded ? m_orders->countUpTo(m_filter, std::max(m_countCap, shown)) : m_orders->count(m_filter);
    if (count && *count != shown) {
        reload(); // an order entered or left the filtered set: positions shift
        return;
    }
    // Update in place: the row's page is read again when it is next shown.
    invalidateRowOfKey(number);
}

} // namespace shipshape
