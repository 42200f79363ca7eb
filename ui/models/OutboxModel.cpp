#include "models/OutboxModel.h"

#include "background/SessionWorker.h"
#include "session/Session.h"

#include <QColor>
#include <QHash>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr qint64 kNoUpperBound = std::numeric_limits<qint64>::max();

struct FirstPage {
    qint64 total = 0;
    QList<OutboxEntry> rows;
};

} // namespace

OutboxModel::OutboxModel(SessionWorker &worker, QObject *parent) : QAbstractTableModel(parent), m_worker(worker)
{
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OutboxModel::finishRequest()
{
    --m_requests;
    Q_EMIT loaded();
}

void OutboxModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

void OutboxModel::setStatusFilter(std::optional<OutboxStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    reload();
}

void OutboxModel::reload()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_fetching = true; // the first page is on its way
    endResetModel();
    ++m_requests;
    const auto status = m_status;
    m_worker.run(
            [status](Session &session) -> Result<FirstPage> {
                auto total = session.notifications().count(status);
                if (!total)
                    return fail(total.error());
                auto rows = session.notifications().browse(status, 0, kNoUpperBound, kPageSize);
                if (!rows)
                    return fail(rows.error());
                return FirstPage{*total, std::move(*rows)};
            },
            this,
            [this, generation](const Result<FirstPage> &result) {
                if (generation == m_generation) {
                    // Still "fetching" while the rows go in: a view reacting to the insertion must not
                    // ask for the next page before the model knows where this one ends.
                    if (result) {
                        m_exhausted = result->rows.size() < kPageSize;
                        if (!result->rows.isEmpty()) {
                            beginInsertRows({}, 0, int(result->rows.size()) - 1);
                            m_rows = result->rows;
                            endInsertRows();
                        }
                        m_fetching = false;
                        setTotal(result->total);
                    } else {
                        m_exhausted = true;
                        m_fetching = false;
                        Q_EMIT loadFailed(result.error().message);
                    }
                }
                finishRequest();
            });
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    fetchPage();
}

void OutboxModel::fetchPage()
{
    m_fetching = true;
    ++m_requests;
    const quint64 generation = m_generation;
    const auto status = m_status;
    const qint64 below = m_rows.isEmpty() ? kNoUpperBound : m_rows.constLast().id;
    m_worker.run(
            [status, below](Session &session) { return session.notifications().browse(status, 0, below, kPageSize); },
            this,
            [this, generation](const Result<QList<OutboxEntry>> &result) {
                if (generation == m_generation) {
                    if (result) {
                        m_exhausted = result->size() < kPageSize;
                        if (!result->isEmpty()) {
                            const int first = int(m_rows.size());
                            beginInsertRows({}, first, first + int(result->size()) - 1);
                            m_rows.append(*result);
                            endInsertRows();
                        }
                        m_fetching = false;
                    } else {
                        m_fetching = false;
                        m_exhausted = true;
                        Q_EMIT loadFailed(result.error().message);
                    }
                }
                finishRequest();
            });
}

void OutboxModel::checkForNew()
{
    if (m_fetching && m_rows.isEmpty())
        return; // the first page is still coming and will include them
    ++m_requests;
    const quint64 generation = m_generation;
    const auto status = m_status;
    const qint64 above = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
    struct NewRows {
        qint64 total = 0;
        QList<OutboxEntry> rows;
    };
    m_worker.run(
            [status, above](Session &session) -> Result<NewRows> {
                auto total = session.notifications().count(status);
                if (!total)
                    return fail(total.error());
                auto rows = session.notifications().browse(status, above, kNoUpperBound, kPageSize);
                if (!rows)
                    return fail(rows.error());
                return NewRows{*total, std::move(*rows)};
            },
            this,
            [this, generation](const Result<NewRows> &result) {
                if (generation == m_generation) {
                    if (!result) {
                        Q_EMIT loadFailed(result.error().message);
                    } else if (result->rows.size() >= kPageSize) {
                        // More arrived than one page: a gap would open below them, so start over.
                        --m_requests;
                        reload();
                        return;
                    } else {
                        const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
                        QList<OutboxEntry> fresh;
                        for (const OutboxEntry &entry : result->rows) {
                            if (entry.id > newest)
                                fresh.append(entry);
                        }
                        if (!fresh.isEmpty()) {
                            beginInsertRows({}, 0, int(fresh.size()) - 1);
                            m_rows = fresh + m_rows;
                            endInsertRows();
                        }
                        setTotal(result->total);
                    }
                }
                finishRequest();
            });
}

void OutboxModel::refreshEntries(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ++m_requests;
    const quint64 generation = m_generation;
    const auto status = m_status;
    struct Refreshed {
        qint64 total = 0;
        QList<OutboxEntry> rows;
    };
    m_worker.run(
            [ids, status](Session &session) -> Result<Refreshed> {
                auto rows = session.notifications().summaries(ids);
                if (!rows)
                    return fail(rows.error());
                auto total = session.notifications().count(status);
                if (!total)
                    return fail(total.error());
                return Refreshed{*total, std::move(*rows)};
            },
            this,
            [this, generation](const Result<Refreshed> &result) {
                if (generation == m_generation) {
                    if (result) {
                        applyRefreshed(result->rows);
                        setTotal(result->total);
                    } else {
                        Q_EMIT loadFailed(result.error().message);
                    }
                }
                finishRequest();
            });
}

void OutboxModel::applyRefreshed(const QList<OutboxEntry> &entries)
{
    QHash<qint64, int> rowById;
    for (int row = 0; row < m_rows.size(); ++row)
        rowById.insert(m_rows.at(row).id, row);
    for (const OutboxEntry &entry : entries) {
        const auto found = rowById.constFind(entry.id);
        if (found == rowById.cend())
            continue;
        OutboxEntry &shown = m_rows[*found];
        // A row that no longer matches the filter stays where it is, showing its new state, until the
        // next reload: a retried email visibly turns from failed to waiting instead of vanishing.
        if (shown.updatedAt == entry.updatedAt && shown.status == entry.status && shown.attempts == entry.attempts)
            continue;
        shown = entry;
        Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
    }
}

void OutboxModel::refreshRows(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, int(m_rows.size()) - 1);
    QList<qint64> ids;
    for (int row = first; row <= last; ++row)
        ids.append(m_rows.at(row).id);
    refreshEntries(ids);
}

void OutboxModel::refreshOrder(qint64 orderNumber)
{
    QList<qint64> ids;
    for (const OutboxEntry &entry : std::as_const(m_rows)) {
        if (entry.orderNumber == orderNumber)
            ids.append(entry.id);
    }
    refreshEntries(ids);
    checkForNew();
}

std::optional<OutboxEntry> OutboxModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const auto time = [this](const QDateTime &at) { return m_locale.toString(at.toLocalTime(), QLocale::ShortFormat); };
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case OrderNumberRole:
        return entry.orderNumber;
    case StatusKeyRole:
        return OutboxStatuses::key(entry.status);
    case Qt::TextAlignmentRole: {
        const bool numeric = column == Id || column == Order || column == Attempts;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ForegroundRole:
        if (column == Status && entry.status == OutboxStatus::Failed)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::ToolTipRole:
        if (column == Recipient)
            return entry.recipientName.isEmpty() ? entry.recipientEmail
                                                 : u"%1 <%2>"_s.arg(entry.recipientName, entry.recipientEmail);
        if (column == LastError || column == Kind)
            return column == Kind ? entry.subject : entry.lastError;
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    const bool waiting = entry.status == OutboxStatus::Pending || entry.status == OutboxStatus::Retry;
    switch (column) {
    case Id:
        return entry.id;
    case Status:
        return raw ? OutboxStatuses::key(entry.status) : OutboxStatuses::displayName(entry.status);
    case Order:
        return raw ? QVariant(entry.orderNumber) : QVariant(u"#%1"_s.arg(entry.orderNumber));
    case Recipient:
        return entry.recipientEmail;
    case Kind:
        return raw ? NotificationEvents::key(entry.event) : NotificationEvents::displayName(entry.event);
    case Attempts:
        return entry.attempts;
    case NextAttempt:
        if (raw)
            return waiting ? QVariant(entry.nextAttemptAt) : QVariant();
        return waiting ? time(entry.nextAttemptAt) : QString();
    case LastError:
        return entry.lastError;
    case Created:
        return raw ? QVariant(entry.createdAt) : QVariant(time(entry.createdAt));
    case Sent:
        if (!entry.sentAt)
            return raw ? QVariant() : QVariant(QString());
        return raw ? QVariant(*entry.sentAt) : QVariant(time(*entry.sentAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("ID");
    case Status:
        return tr("Status");
    case Order:
        return tr("Order");
    case Recipient:
        return tr("Recipient");
    case Kind:
        return tr("Email");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    case Created:
        return tr("Queued");
    case Sent:
        return tr("Sent");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
