#pragma once

#include "diagnostics/Diagnostics.h"

#include <QAbstractTableModel>
#include <QList>

namespace shipshape {

// The diagnostics report (Help → Diagnostics): one row per check, its mark (✓, ✗ or – when skipped)
// and what was found or what to do. RawValueRole gives the check's key, whether it passed (true,
// false, or an invalid value when skipped) and the detail text.
class DiagnosticsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Check,
        Outcome, // ✓, ✗ or –
        Detail,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(const QList<DiagnosticResult> &results);
    [[nodiscard]] const QList<DiagnosticResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DiagnosticResult> m_results;
};

} // namespace shipshape
