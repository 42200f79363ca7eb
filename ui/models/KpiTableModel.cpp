#include "models/KpiTableModel.h"

#include "models/KpiFormat.h"
#include "payment/DeclineReasons.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

QString exactRatio(std::optional<double> ratio)
{
    if (!ratio || !std::isfinite(*ratio))
        return {};
    // Percent with two decimals: the ratio of two exported counts, rounded only for reading.
    return QString::number(*ratio * 100.0, 'f', 2);
}

// RFC 4180 quoting, and a leading apostrophe for text that a spreadsheet would run as a formula
// (decline messages come from the payment provider).
QString csvField(const QString &value, bool text)
{
    QString field = value;
    if (text && !field.isEmpty() && (field.front() == u'=' || field.front() == u'+' || field.front() == u'@'))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        field = u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
    return field;
}

} // namespace

KpiTableModel::KpiTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void KpiTableModel::addCount(const QString &key, const QString &label, qint64 current, std::optional<qint64> previous)
{
    Row row{key, label, u"count"_s, QString::number(current), previous ? QString::number(*previous) : QString(),
            KpiFormat::count(current, m_locale), previous ? KpiFormat::count(*previous, m_locale) : QString(),
            previous ? KpiFormat::relative(current, *previous, m_locale).text : QString()};
    m_rows.append(std::move(row));
}

void KpiTableModel::addMoney(
        const QString &key, const QString &label, const Money &current, const std::optional<Money> &previous)
{
    Row row{key, label, u"money"_s, current.toDecimalString(), previous ? previous->toDecimalString() : QString(),
            KpiFormat::money(current, m_locale), previous ? KpiFormat::money(*previous, m_locale) : QString(),
            previous ? KpiFormat::relative(current.minorUnits(), previous->minorUnits(), m_locale).text : QString()};
    m_rows.append(std::move(row));
}

void KpiTableModel::addOptionalMoney(const QString &key, const QString &label, const std::optional<Money> &current,
        const std::optional<Money> &previous)
{
    auto minor = [](const std::optional<Money> &money) {
        return money ? std::optional<qint64>(money->minorUnits()) : std::nullopt;
    };
    Row row{key, label, u"money"_s, current ? current->toDecimalString() : QString(),
            previous ? previous->toDecimalString() : QString(),
            current ? KpiFormat::money(*current, m_locale) : QString(),
            previous ? KpiFormat::money(*previous, m_locale) : QString(),
            KpiFormat::relative(minor(current), minor(previous), m_locale).text};
    m_rows.append(std::move(row));
}

void KpiTableModel::addRatio(
        const QString &key, const QString &label, std::optional<double> current, std::optional<double> previous)
{
    auto text = [this](std::optional<double> ratio) {
        return ratio && std::isfinite(*ratio) ? KpiFormat::percent(*ratio, m_locale) : QString();
    };
    Row row{key, label, u"percent"_s, exactRatio(current), exactRatio(previous), text(current), text(previous),
            KpiFormat::points(current, previous, m_locale).text};
    m_rows.append(std::move(row));
}

void KpiTableModel::addMilliseconds(
        const QString &key, const QString &label, std::optional<qint64> current, std::optional<qint64> previous)
{
    auto exact = [](std::optional<qint64> value) { return value ? QString::number(*value) : QString(); };
    auto text
            = [this](std::optional<qint64> value) { return value ? KpiFormat::duration(*value, m_locale) : QString(); };
    Row row{key, label, u"ms"_s, exact(current), exact(previous), text(current), text(previous),
            KpiFormat::relative(current, previous, m_locale).text};
    m_rows.append(std::move(row));
}

void KpiTableModel::setSnapshot(const DashboardSnapshot &snapshot)
{
    beginResetModel();
    m_rows.clear();
    const KpiFigures &now = snapshot.current;
    const KpiFigures &before = snapshot.previous;
    const DashboardPeriod previousPeriod = snapshot.period.previous();

    m_rows.append({u"period_from"_s, tr("Period start"), u"date"_s, snapshot.period.from.toString(Qt::ISODate),
            previousPeriod.from.toString(Qt::ISODate), m_locale.toString(snapshot.period.from, QLocale::ShortFormat),
            m_locale.toString(previousPeriod.from, QLocale::ShortFormat), {}});
    m_rows.append({u"period_to"_s, tr("Period end (included)"), u"date"_s, snapshot.period.to.toString(Qt::ISODate),
            previousPeriod.to.toString(Qt::ISODate), m_locale.toString(snapshot.period.to, QLocale::ShortFormat),
            m_locale.toString(previousPeriod.to, QLocale::ShortFormat), {}});
    m_rows.append({u"currency"_s, tr("Currency"), u"text"_s, snapshot.currency, snapshot.currency, snapshot.currency,
            snapshot.currency, {}});

    addMoney(u"revenue_net"_s, tr("Revenue (net of refunds)"), now.revenue, before.revenue);
    addMoney(u"refunded"_s, tr("Refunded"), now.refunded, before.refunded);
    addCount(u"orders_placed"_s, tr("Orders placed"), now.ordersPlaced, before.ordersPlaced);
    addCount(u"orders_confirmed"_s, tr("Orders confirmed"), now.ordersConfirmed, before.ordersConfirmed);
    addCount(u"orders_cancelled"_s, tr("Orders cancelled"), now.ordersCancelled, before.ordersCancelled);
    addOptionalMoney(
            u"average_order_value"_s, tr("Average order value"), now.averageOrderValue, before.averageOrderValue);
    addCount(u"placement_attempts"_s, tr("Placement attempts"), now.placementAttempts, before.placementAttempts);
    addRatio(u"order_success_rate"_s, tr("Order success rate (target 95%)"), now.successRate, before.successRate);
    addMilliseconds(u"placement_median_ms"_s, tr("Placement time, median (target under 2 s)"), now.placementMedianMs,
            before.placementMedianMs);
    addMilliseconds(u"placement_p95_ms"_s, tr("Placement time, 95th percentile (target under 2 s)"), now.placementP95Ms,
            before.placementP95Ms);
    addCount(u"payment_attempts"_s, tr("Card payments started"), now.paymentAttempts, before.paymentAttempts);
    addCount(u"payment_failures"_s, tr("Card payments failed"), now.paymentFailures, before.paymentFailures);
    addRatio(u"payment_failure_rate"_s, tr("Payment failure rate"), now.paymentFailureRate, before.paymentFailureRate);
    for (const DeclineReasonCount &reason : now.topDeclineReasons) {
        std::optional<qint64> previousCount;
        for (const DeclineReasonCount &earlier : before.topDeclineReasons) {
            if (earlier.code == reason.code)
                previousCount = earlier.count;
        }
        // Only the top reasons of each period are known: a reason missing from the previous top list
        // has an unknown count there, not zero.
        Row row{u"decline_reason:"_s + reason.code, tr("Declined: %1").arg(DeclineReasons::label(reason.code)),
                u"count"_s, QString::number(reason.count), previousCount ? QString::number(*previousCount) : QString(),
                KpiFormat::count(reason.count, m_locale),
                previousCount ? KpiFormat::count(*previousCount, m_locale) : QString(),
                previousCount ? KpiFormat::relative(reason.count, *previousCount, m_locale).text : QString()};
        m_rows.append(std::move(row));
    }
    addCount(u"emails_sent"_s, tr("Emails sent"), now.emailsSent, before.emailsSent);
    addCount(u"emails_failed"_s, tr("Emails failed"), now.emailsFailed, before.emailsFailed);
    addCount(u"emails_waiting"_s, tr("Emails waiting"), now.emailsWaiting, before.emailsWaiting);
    // Not bound to the period: how things stand now.
    addCount(u"awaiting_shipment"_s, tr("Orders waiting to ship (now)"), snapshot.awaitingShipment, std::nullopt);
    const QString oldest = snapshot.oldestAwaitingSince
            ? snapshot.oldestAwaitingSince->toUTC().toString(Qt::ISODateWithMs)
            : QString();
    m_rows.append(
            {u"oldest_awaiting_since"_s, tr("Oldest order waiting to ship since (now)"), u"timestamp"_s, oldest, {},
                    snapshot.oldestAwaitingSince
                            ? m_locale.toString(snapshot.oldestAwaitingSince->toLocalTime(), QLocale::ShortFormat)
                            : QString(),
                    {}, {}});
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Figure:
            return row.label;
        case Current:
            return row.currentText.isEmpty() ? u"—"_s : row.currentText;
        case Previous:
            return row.previousText.isEmpty() ? u"—"_s : row.previousText;
        case Change:
            return row.changeText;
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case Figure:
            return row.key;
        case Current:
            return row.current;
        case Previous:
            return row.previous;
        case Change:
            return row.changeText;
        case ColumnCount:
            break;
        }
        break;
    case KeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        if (column != Figure)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    default:
        break;
    }
    return {};
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Figure:
        return tr("Figure");
    case Current:
        return tr("This period");
    case Previous:
        return tr("Previous period");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

int KpiTableModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return int(i);
    }
    return -1;
}

QByteArray KpiTableModel::toCsv() const
{
    QString csv = u"kpi,label,unit,current,previous\r\n"_s;
    for (const Row &row : m_rows) {
        csv += csvField(row.key, true) + u',' + csvField(row.label, true) + u',' + row.unit + u','
                + csvField(row.current, row.unit == u"text"_s) + u',' + csvField(row.previous, row.unit == u"text"_s)
                + u"\r\n"_s;
    }
    return csv.toUtf8();
}

} // namespace shipshape
