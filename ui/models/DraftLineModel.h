#pragma once

#include "drafts/DraftOrder.h"
#include "drafts/DraftQuote.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace shipshape {

// The lines of a draft order being edited: what the agent chose (SKU, quantity) plus, from core's
// latest quote, the product name, prices, available stock and a stock warning per line. Quantities
// are edited in place; every figure shown comes from core.
class DraftLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        UnitPrice,
        Quantity,
        LineTotal,
        Available,
        Stock,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        WarningRole, // StockWarning as int
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<DraftLine> &lines);
    [[nodiscard]] const QList<DraftLine> &lines() const { return m_lines; }
    // Adds a line for `sku`, or one more of it when it is already there; returns its row.
    int addProduct(const QString &sku);
    void removeLine(int row);
    [[nodiscard]] int rowOf(const QString &sku) const;
    // The lines as a line discount may name them: (SKU, "SKU — product").
    [[nodiscard]] QList<std::pair<QString, QString>> choices() const;
    // Replaces the priced figures (matched by SKU; lines added since show no figures until the next quote).
    void setQuote(const DraftQuote &quote);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The agent changed the lines (added, removed, quantity); not emitted by setLines or setQuote.
    void linesEdited();

private:
    QList<DraftLine> m_lines;
    QHash<QString, QuoteLine> m_quoted;
    QLocale m_locale;
};

} // namespace shipshape
