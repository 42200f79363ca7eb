#include "models/OutboxModel.h"

#include "background/SessionWorker.h"
#include "session/Session.h"
#include "style/TextTone.h"

#include <QColor>

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

OutboxModel::OutboxModel(SessionWorker &worker, QObject *parent)
    : PagedTableModel(ColumnCount, kPageSize, 0, parent), m_worker(worker)
{
    reload();
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

void OutboxModel::setDeliveryFilter(std::optional<DeliveryState> delivery)
{
    if (delivery == m_delivery)
        return;
    m_delivery = delivery;
    reload();
}

void OutboxModel::reload()
{
    // Results of requests made before the last reload belong to another filter: dropped.
    const quint64 generation = newGeneration();
    m_exhausted = false;
    setFetching(true); // the first page is on its way
    resetRows({});
    ++m_requests;
    const auto status = m_status;
    const auto delivery = m_delivery;
    m_worker.run(
            [status, delivery](Session &session) -> Result<FirstPage> {
                auto total = session.notifications().count(status, delivery);
                if (!total)
                    return fail(total.error());
                auto rows = session.notifications().browse(status, 0, kNoUpperBound, kPageSize, delivery);
                if (!rows)
                    return fail(rows.error());
                return FirstPage{*total, std::move(*rows)};
            },
            this,
            [this, generation](const Result<FirstPage> &result) {
                if (isCurrent(generation)) {
                    if (result) {
                        m_exhausted = result->rows.size() < kPageSize;
                        appendFetchedRows(result->rows);
                        setTotal(result->total);
                    } else {
                        m_exhausted = true;
                        setFetching(false);
                        Q_EMIT loadFailed(result.error().message);
                    }
                }
                finishRequest();
            });
}

void OutboxModel::requestMore()
{
    ++m_requests;
    const quint64 generation = this->generation();
    const auto status = m_status;
    const auto delivery = m_delivery;
    const qint64 below = rows().isEmpty() ? kNoUpperBound : rows().constLast().id;
    m_worker.run(
            [status, delivery, below](
                    Session &session) { return session.notifications().browse(status, 0, below, kPageSize, delivery); },
            this,
            [this, generation](const Result<QList<OutboxEntry>> &result) {
                if (isCurrent(generation)) {
                    if (result) {
                        m_exhausted = result->size() < kPageSize;
                        appendFetchedRows(*result);
                    } else {
                        setFetching(false);
                        m_exhausted = true;
                        Q_EMIT loadFailed(result.error().message);
                    }
                }
                finishRequest();
            });
}

void OutboxModel::checkForNew()
{
    if (isFetching() && rows().isEmpty())
        return; // the first page is still coming and will include them
    ++m_requests;
    const quint64 generation = this->generation();
    const auto status = m_status;
    const auto delivery = m_delivery;
    const qint64 above = rows().isEmpty() ? 0 : rows().constFirst().id;
    struct NewRows {
        qint64 total = 0;
        QList<OutboxEntry> rows;
    };
    m_worker.run(
            [status, delivery, above](Session &session) -> Result<NewRows> {
                auto total = session.notifications().count(status, delivery);
                if (!total)
                    return fail(total.error());
                auto rows = session.notifications().browse(status, above, kNoUpperBound, kPageSize, delivery);
                if (!rows)
                    return fail(rows.error());
                return NewRows{*total, std::move(*rows)};
            },
            this,
            [this, generation](const Result<NewRows> &result) {
                if (isCurrent(generation)) {
                    if (!result) {
                        Q_EMIT loadFailed(result.error().message);
                    } else if (result->rows.size() >= kPageSize) {
                        // More arrived than one page: a gap would open below them, so start over.
                        --m_requests;
                        reload();
                        return;
                    } else {
                        const qint64 newest = rows().isEmpty() ? 0 : rows().constFirst().id;
                        QList<OutboxEntry> fresh;
                        for (const OutboxEntry &entry : result->rows) {
                            if (entry.id > newest)
                                fresh.append(entry);
                        }
                        prependRows(fresh);
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
    const quint64 generation = this->generation();
    const auto status = m_status;
    const auto delivery = m_delivery;
    struct Refreshed {
        qint64 total = 0;
        QList<OutboxEntry> rows;
    };
    m_worker.run(
            [ids, status, delivery](Session &session) -> Result<Refreshed> {
                auto rows = session.notifications().summaries(ids);
                if (!rows)
                    return fail(rows.error());
                auto total = session.notifications().count(status, delivery);
                if (!total)
                    return fail(total.error());
                return Refreshed{*total, std::move(*rows)};
            },
            this,
            [this, generation](const Result<Refreshed> &result) {
                if (isCurrent(generation)) {
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
    for (const OutboxEntry &entry : entries) {
        const OutboxEntry *shown = rowPointer(rowOf(entry.id));
        if (!shown)
            continue;
        // A row that no longer matches the filter stays where it is, showing its new state, until the
        // next reload: a retried email visibly turns from failed to waiting instead of vanishing.
        if (shown->updatedAt == entry.updatedAt && shown->status == entry.status && shown->attempts == entry.attempts
                && shown->deliveryState == entry.deliveryState)
            continue;
        replaceRow(entry);
    }
}

void OutboxModel::refreshRows(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, rowCount() - 1);
    QList<qint64> ids;
    for (int row = first; row <= last; ++row)
        ids.append(rows().at(row).id);
    refreshEntries(ids);
}

void OutboxModel::refreshOrder(qint64 orderNumber)
{
    QList<qint64> ids;
    for (const OutboxEntry &entry : rows()) {
        if (entry.orderNumber == orderNumber)
            ids.append(entry.id);
    }
    refreshEntries(ids);
    checkForNew();
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = *rowPointer(index.row());
    const auto column = static_cast<Column>(index.column());
    const auto time = [this](const QDateTime &at) { return m_locale.toString(at.toLocalTime(), QLocale::ShortFormat); };
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case OrderNumberRole:
        return entry.orderNumber;
    case StatusKeyRole:
        return OutboxStatuses::key(entry.status);
    case DeliveryKeyRole:
        return entry.deliveryState ? DeliveryStates::key(*entry.deliveryState) : QString();
    case Qt::TextAlignmentRole: {
        const bool numeric = column == Id || column == Order || column == Attempts;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ForegroundRole:
        if (column == Status && entry.status == OutboxStatus::Failed)
            return TextTone::color(TextTone::Tone::Error);
        // Sent, but it never reached the customer (or annoyed them): as visible as a failure.
        if (column == Delivery && entry.deliveryState && *entry.deliveryState != DeliveryState::Delivered)
            return TextTone::color(TextTone::Tone::Error);
        return {};
    case Qt::ToolTipRole:
        if (column == Recipient)
            return entry.recipientName.isEmpty() ? entry.recipient()
                                                 : u"%1 <%2>"_s.arg(entry.recipientName, entry.recipient());
        if (column == LastError || column == Kind)
            return column == Kind ? entry.subject : entry.lastError;
        if (column == Delivery && entry.deliveryState && entry.deliveryAt) {
            const QString when = tr("Reported by SendGrid on %1").arg(time(*entry.deliveryAt));
            return entry.deliveryReason.isEmpty() ? when : entry.deliveryReason + u'\n' + when;
        }
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
        return entry.recipient();
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
    case Delivery:
        if (!entry.deliveryState)
            return raw ? QVariant() : QVariant(QString());
        if (raw)
            return DeliveryStates::key(*entry.deliveryState);
        return entry.deliveryReason.isEmpty()
                ? DeliveryStates::displayName(*entry.deliveryState)
                : tr("%1: %2").arg(DeliveryStates::displayName(*entry.deliveryState), entry.deliveryReason);
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
    case Delivery:
        return tr("Delivery");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
