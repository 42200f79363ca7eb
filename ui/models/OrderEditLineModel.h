#pragma once

#include "common/Money.h"
#include "orders/LineItem.h"
#include "orders/OrderRequests.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>

#include <optional>

namespace shipshape {

// One line of an order being edited: what it was, and what staff made of it.
struct OrderEditLine {
    QString sku;
    QString productName;
    qint64 quantity = 0; // 0: taken off the order
    qint64 quantityBefore = 0; // on the order before the edit; 0 for a line the edit adds
    Money unitPrice; // the price the line was sold at, or today's catalogue price for a new line
    QString newUnitPrice; // a price set by hand ("12.00"), which needs a reason; empty: unchanged
    std::optional<Money> cataloguePrice; // today's price of the product, when known
};

// The lines of a placed order in the "Edit order" dialog: quantities (0 removes a line that was on the
// order) and unit prices set by hand are edited in place; the line totals come from core's preview of
// the edit (what the line costs after the edit, net of its discounts).
class OrderEditLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        UnitPrice,
        NewUnitPrice,
        Quantity,
        LineTotal,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<LineItem> &lines);
    [[nodiscard]] const QList<OrderEditLine> &lines() const { return m_lines; }
    // Adds a line for a product (one more of it when it is already listed); returns its row.
    int addProduct(const QString &sku, const QString &name, const Money &price);
    // A line that was on the order is kept with quantity 0 (so it can be put back); a new one goes.
    void removeLine(int row);
    [[nodiscard]] int rowOf(const QString &sku) const;
    // Today's catalogue prices by SKU, shown beside a line's own price when they differ.
    void setCataloguePrices(const QHash<QString, Money> &prices);
    // The lines after the edit as core priced them in its preview; empty clears the figures.
    void setPreview(const QList<LineItem> &after);

    // What the edit asks of the lines, as changes to the order's: lines taken off (`remove`), new
    // quantities (`quantities`) and products added (`add`). Core resolves them on the locked order.
    void addLineChangesTo(ModifyOrderRequest &request) const;
    // The lines after the edit, in order (those taken off left out), and the prices set by hand.
    [[nodiscard]] QList<OrderItemRequest> items() const;
    [[nodiscard]] QMap<QString, QString> newUnitPrices() const;
    [[nodiscard]] bool linesChanged() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Staff changed the lines (added, removed, a quantity or a price); not emitted by setLines or setPreview.
    void linesEdited();

private:
    QList<OrderEditLine> m_lines;
    QHash<QString, LineItem> m_after;
    QLocale m_locale;
};

} // namespace shipshape
