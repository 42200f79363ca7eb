#pragma once

#include "common/Money.h"
#include "orders/OrderRequests.h"
#include "pricing/Discount.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace shipshape {

// The discounts of an order being edited: the complete new set the edit asks for, each as staff gave it
// (percent or amount, on a line or on the whole order, with a code or a reason), and what each takes
// off according to core's preview of the edit.
class OrderEditDiscountModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        AppliesTo,
        Value,
        CodeOrReason,
        Amount,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The discounts the order has, as requests the edit can send back unchanged.
    void setDiscounts(const QList<Discount> &discounts, const Currency &currency);
    // Adds a discount core has read (OrderPricing::discountsFrom) from `request`.
    void addDiscount(const DiscountRequest &request, const Discount &discount);
    void removeDiscount(int row);
    [[nodiscard]] QList<DiscountRequest> requests() const;
    [[nodiscard]] bool discountsChanged() const { return m_changed; }
    // What each discount takes off after the edit, in order (core keeps the request's order); empty clears.
    void setPreview(const QList<Discount> &after);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Staff added or removed a discount; not emitted by setDiscounts or setPreview.
    void discountsEdited();

private:
    struct Row {
        DiscountRequest request;
        Discount discount;
        std::optional<Money> amount; // from the preview
    };
    QList<Row> m_rows;
    Currency m_currency;
    bool m_changed = false;
    QLocale m_locale;
};

} // namespace shipshape
