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

// The CSV's unit column: ratios are exported as percent.
QString unitKey(KpiKind kind)
{
    switch (kind) {
    case KpiKind::Money:
        return u"money"_s;
    case KpiKind::Count:
        return u"count"_s;
    case KpiKind::Ratio:
        return u"percent"_s;
    case KpiKind::Milliseconds:
        return u"ms"_s;
    }
    return {};
}

// The exact value for the raw role and the CSV: money as a decimal string, counts and milliseconds as
// integers, ratios in percent; empty for nothing.
QString exactValue(const KpiValue &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        return QString::number(*number);
    if (const auto *money = std::get_if<Money>(&value))
        return money->toDecimalString();
    if (const auto *ratio = std::get_if<double>(&value))
        return exactRatio(*ratio);
    return {};
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

void KpiTableModel::addKpi(const KpiDefinition &kpi, const DashboardSnapshot &snapshot)
{
    const KpiValue current = KpiCatalogue::current(kpi.kpi, snapshot);
    const KpiValue previous = KpiCatalogue::previous(kpi.kpi, snapshot);
    Row row{KpiCatalogue::key(kpi.kpi),
            KpiCatalogue::listingLabel(kpi.kpi, KpiFormat::targetThreshold(kpi.kpi, m_locale)), unitKey(kpi.kind),
            exactValue(current), exactValue(previous), KpiFormat::value(kpi.kind, current, m_locale),
            KpiFormat::value(kpi.kind, previous, m_locale),
            // A figure of how things stand now has no previous period to compare with.
            KpiCatalogue::isPeriodFigure(kpi.kpi) ? KpiFormat::change(kpi.kind, current, previous, m_locale).text
                                                  : QString()};
    m_rows.append(std::move(row));
}

void KpiTableModel::addDeclineReasons(const DashboardSnapshot &snapshot)
{
    for (const DeclineReasonCount &reason : snapshot.current.topDeclineReasons) {
        std::optional<qint64> previousCount;
        for (const DeclineReasonCount &earlier : snapshot.previous.topDeclineReasons) {
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
}

void KpiTableModel::setSnapshot(const DashboardSnapshot &snapshot)
{
    beginResetModel();
    m_rows.clear();
    const DashboardPeriod previousPeriod = snapshot.period.previous();

    m_rows.append({u"period_from"_s, tr("Period start"), u"date"_s, snapshot.period.from.toString(Qt::ISODate),
            previousPeriod.from.toString(Qt::ISODate), m_locale.toString(snapshot.period.from, QLocale::ShortFormat),
            m_locale.toString(previousPeriod.from, QLocale::ShortFormat), {}});
    m_rows.append({u"period_to"_s, tr("Period end (included)"), u"date"_s, snapshot.period.to.toString(Qt::ISODate),
            previousPeriod.to.toString(Qt::ISODate), m_locale.toString(snapshot.period.to, QLocale::ShortFormat),
            m_locale.toString(previousPeriod.to, QLocale::ShortFormat), {}});
    m_rows.append({u"currency"_s, tr("Currency"), u"text"_s, snapshot.currency, snapshot.currency, snapshot.currency,
            snapshot.currency, {}});

    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        addKpi(kpi, snapshot);
        // The reasons behind the failed card payments, right after them.
        if (kpi.kpi == Kpi::PaymentFailureRate)
            addDeclineReasons(snapshot);
    }
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
