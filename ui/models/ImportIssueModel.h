#pragma once

#include "common/ImportIssue.h"

#include <QAbstractTableModel>

namespace shipshape {

// The per-row report of a product import: where each problem is (row, column, value) and what it is.
class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Row,
        ColumnName,
        Value,
        Message,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setIssues(const QList<ImportIssue> &issues);
    [[nodiscard]] const QList<ImportIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace shipshape
