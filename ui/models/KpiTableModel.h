#pragma once

#include "dashboard/DashboardSnapshot.h"
#include "dashboard/KpiCatalogue.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace shipshape {

// The KPI figures of a snapshot as a table (figure, this period, previous period, change): what the
// dashboard's table tab shows and what its CSV export writes. Figures, keys, labels, targets and their
// order come from KpiCatalogue; the period, the currency and the decline reasons frame them. RawValueRole holds the
// exact value (money as a decimal string, counts as integers), never the formatted text.
class KpiTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Figure,
        Current,
        Previous,
        Change,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        KeyRole // the figure's stable key, e.g. "revenue_net"
    };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of a figure by its key, or -1.
    [[nodiscard]] int rowOf(const QString &key) const;
    // key,label,unit,current,previous — one line per figure, exact values, RFC 4180 quoting.
    [[nodiscard]] QByteArray toCsv() const;

private:
    struct Row {
        QString key;
        QString label;
        QString unit; // money, count, percent, ms, date, timestamp, text
        QString current; // exact
        QString previous; // exact; empty when not applicable or unknown
        QString currentText; // for people
        QString previousText;
        QString changeText;
    };
    void addKpi(const KpiDefinition &kpi, const DashboardSnapshot &snapshot);
    void addDeclineReasons(const DashboardSnapshot &snapshot);

    QList<Row> m_rows;
    QLocale m_locale;
};

} // namespace shipshape
