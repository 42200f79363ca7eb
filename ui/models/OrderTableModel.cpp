#include "models/OrderTableModel.h"

#include "events/DomainEventBus.h"
#include "orders/OrderService.h"
#include "orders/PaymentStates.h"

#include <QScopedValueRollback>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrderTableModel::OrderTableModel(OrderService &orders, DomainEventBus *events, QObject *parent)
    : QAbstractTableModel(parent), m_orders(orders), m_pages(64)
{
    if (events)
        connect(events, &DomainEventBus::orderChanged, this, &OrderTableModel::onOrderChanged);
    reload();
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
    m_pages.clear();
    const bool bounded = !selectsEveryOrder(m_filter);
    auto count = bounded ? m_orders.countUpTo(m_filter, m_countCap) : m_orders.count(m_filter);
    m_capped = false;
    if (count) {
        m_capped = bounded && *count > m_countCap;
        m_rowCount = m_capped ? m_countCap : int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
        m_lastError.clear();
    } else {
        m_rowCount = 0;
        m_lastError = count.error().message;
    }
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

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_capped;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester call back in while rows are being inserted: one page at a time.
    if (parent.isValid() || !m_capped || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const qint64 wanted = std::min<qint64>(qint64(m_rowCount) + kPageSize, std::numeric_limits<int>::max() - 1);
    auto count = m_orders.countUpTo(m_filter, wanted);
    if (!count) {
        m_lastError = count.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (*count < m_rowCount) {
        reload(); // orders left the filtered set since it was counted: positions shifted
        return;
    }
    growTo(int(std::min(*count, wanted)), *count > wanted);
}

void OrderTableModel::growTo(int rows, bool capped)
{
    const QScopedValueRollback growing(m_fetching, true);
    const int previous = m_rowCount;
    if (rows > previous) {
        beginInsertRows({}, previous, rows - 1);
        m_rowCount = rows;
        m_capped = capped;
        // A short last page, read while it was the end, would otherwise stay short. Dropped only now:
        // whoever listens to rowsAboutToBeInserted may read (and cache) it again.
        if (previous % kPageSize != 0)
            m_pages.remove(previous / kPageSize);
        endInsertRows();
    } else {
        m_capped = capped;
    }
    Q_EMIT countChanged();
}

Result<qint64> OrderTableModel::countExactly()
{
    auto count = m_orders.count(m_filter);
    if (!count)
        return count;
    const int rows = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    if (rows < m_rowCount)
        reload(); // orders left the filtered set since it was counted
    else if (m_capped || rows != m_rowCount)
        growTo(rows, false);
    return *count;
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<OrderSummary> *OrderTableModel::page(int pageIndex) const
{
    if (QList<OrderSummary> *cached = m_pages.object(pageIndex))
        return cached;
    const int start = pageIndex * kPageSize;
    const int end = std::min(start + kPageSize, m_rowCount);
    if (start >= end)
        return nullptr;
    // OFFSET costs a walk over the skipped index entries, so pages in the back half are read from the
    // other end with the mirrored sort: no page is ever more than half the table away. That needs the
    // exact count; while it is capped every page is read forwards (the rows fetched so far are near).
    const bool fromEnd = !m_capped && start > m_rowCount / 2;
    OrderSort sort = m_sort;
    int offset = start;
    if (fromEnd) {
        sort.descending = !sort.descending;
        offset = m_rowCount - end;
    }
    auto rows = m_orders.list(m_filter, sort, end - start, offset);
    if (!rows) {
        m_lastError = rows.error().message;
        return nullptr;
    }
    if (fromEnd)
        std::reverse(rows->begin(), rows->end());
    auto *stored = new QList<OrderSummary>(std::move(*rows));
    m_pages.insert(pageIndex, stored);
    return stored;
}

std::optional<OrderSummary> OrderTableModel::orderAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return std::nullopt;
    const QList<OrderSummary> *rows = page(row / kPageSize);
    const int inPage = row % kPageSize;
    if (!rows || inPage >= rows->size())
        return std::nullopt;
    return rows->at(inPage);
}

int OrderTableModel::loadedRowOf(qint64 number) const
{
    if (m_rowCount == 0)
        return -1;
    if (!m_pages.contains(0))
        page(0);
    const QList<int> keys = m_pages.keys();
    for (int pageIndex : keys) {
        const QList<OrderSummary> *rows = m_pages.object(pageIndex);
        for (qsizetype i = 0; rows && i < rows->size(); ++i) {
            if (rows->at(i).number == number)
                return pageIndex * kPageSize + int(i);
        }
    }
    return -1;
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
    const auto order = orderAt(index.row());
    if (!order)
        return role == Qt::DisplayRole && index.column() == Customer ? QVariant(tr("Loading…")) : QVariant();
    if (role == OrderNumberRole)
        return order->number;
    if (role == Qt::ToolTipRole)
        return index.column() == Customer ? QVariant(order->customerEmail) : QVariant();

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
    m_pages.clear();
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
    if (m_capped) {
        // More orders match than are shown, so a change of membership cannot be seen in the count.
        // Unless the matches shrank below the rows shown, keep the rows and re-read what is shown.
        auto count = m_orders.countUpTo(m_filter, m_rowCount);
        if (count && *count <= m_rowCount) {
            reload();
            return;
        }
        if (m_rowCount > 0) {
            m_pages.clear();
            Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
        }
        return;
    }
    const bool bounded = !selectsEveryOrder(m_filter);
    auto count = bounded ? m_orders.countUpTo(m_filter, std::max(m_countCap, m_rowCount)) : m_orders.count(m_filter);
    if (count && *count != m_rowCount) {
        reload(); // an order entered or left the filtered set: positions shift
        return;
    }
    // Update in place: find the row among the cached pages and refresh just that page.
    const QList<int> keys = m_pages.keys();
    for (int pageIndex : keys) {
        const QList<OrderSummary> *rows = m_pages.object(pageIndex);
        for (qsizetype i = 0; rows && i < rows->size(); ++i) {
            if (rows->at(i).number == number) {
                m_pages.remove(pageIndex);
                const int row = pageIndex * kPageSize + int(i);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                return;
            }
        }
    }
}

} // namespace shipshape
