#pragma once

#include "drafts/DraftOrder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace shipshape {

// Saved drafts, newest first, with who changed each last and when.
class DraftListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Customer,
        Items,
        Updated,
        UpdatedBy,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        DraftIdRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDrafts(const QList<DraftSummary> &drafts);
    [[nodiscard]] const QList<DraftSummary> &drafts() const { return m_drafts; }
    [[nodiscard]] int rowOf(const QString &draftId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DraftSummary> m_drafts;
    QLocale m_locale;
};

} // namespace shipshape
