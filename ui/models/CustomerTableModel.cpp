#include "models/CustomerTableModel.h"

#include "background/SessionWorker.h"
#include "session/Session.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

struct FirstPage {
    qint64 matching = 0;
    QList<CustomerSummary> rows;
};

} // namespace

CustomerTableModel::CustomerTableModel(SessionWorker &worker, QObject *parent)
    : PagedTableModel(ColumnCount, kPageSize, 0, parent), m_worker(worker)
{
    reload();
}

void CustomerTableModel::reload()
{
    const quint64 generation = newGeneration();
    m_loading = true;
    setFetching(false);
    m_worker.run(
            [search = m_search](Session &session) -> Result<FirstPage> {
                auto count = session.customers().count(search);
                if (!count)
                    return fail(count.error());
                auto rows = session.customers().search(search, kPageSize, 0);
                if (!rows)
                    return fail(rows.error());
                return FirstPage{*count, std::move(*rows)};
            },
            this,
            [this, generation](const Result<FirstPage> &result) {
                if (!isCurrent(generation))
                    return;
                m_loading = false;
                if (!result) {
                    Q_EMIT loadFailed(result.error().message);
                    return;
                }
                m_matching = result->matching;
                resetRows(result->rows);
                Q_EMIT loaded();
            });
}

void CustomerTableModel::requestMore()
{
    const quint64 generation = this->generation();
    const int offset = rowCount();
    m_worker.run([search = m_search, offset](
                         Session &session) { return session.customers().search(search, kPageSize, offset); },
            this,
            [this, generation](const Result<QList<CustomerSummary>> &result) {
                if (!isCurrent(generation))
                    return;
                if (!result) {
                    setFetching(false);
                    Q_EMIT loadFailed(result.error().message);
                    return;
                }
                // A customer added meanwhile shifts later pages by one: who is already shown is skipped.
                const QList<CustomerSummary> fresh = unseen(*result);
                if (fresh.isEmpty()) {
                    setFetching(false);
                    if (result->isEmpty())
                        m_matching = rowCount();
                    return;
                }
                m_matching = std::max<qint64>(m_matching, rowCount() + fresh.size());
                appendFetchedRows(fresh);
            });
}

QString CustomerTableModel::spendText(const CustomerOrderTotals &totals, const QLocale &locale)
{
    QStringList amounts;
    for (const Money &amount : totals.spend)
        amounts << amount.toDisplayString(locale);
    return amounts.isEmpty() ? tr("—") : amounts.join(u" · "_s);
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSummary &summary = *rowPointer(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case CustomerIdRole:
        return summary.customer.id;
    case Qt::TextAlignmentRole: {
        const bool numeric = column == Orders || column == Spend;
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::ToolTipRole:
        if (column == Orders && summary.totals.cancelled > 0)
            return tr("%Ln cancelled", nullptr, int(summary.totals.cancelled));
        if (column == Spend)
            return tr("Order totals less refunds, without cancelled orders");
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case Name:
        return summary.customer.name;
    case Email:
        return summary.customer.email;
    case Orders:
        return raw ? QVariant(summary.totals.orders) : QVariant(m_locale.toString(summary.totals.orders));
    case Spend:
        if (raw) // the first currency's amount; the display shows every currency
            return summary.totals.spend.isEmpty() ? QVariant(qint64(0))
                                                  : QVariant(summary.totals.spend.constFirst().minorUnits());
        return spendText(summary.totals, m_locale);
    case Since:
        return raw ? QVariant(summary.customer.createdAt)
                   : QVariant(m_locale.toString(summary.customer.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Orders:
        return tr("Orders");
    case Spend:
        return tr("Lifetime spend");
    case Since:
        return tr("Customer since");
    case ColumnCount:
        break;
    }
    return {};
}

void CustomerTableModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

} // namespace shipshape
