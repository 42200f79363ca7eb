#pragma once

#include "orders/Order.h"
#include "orders/OrderEdits.h"

#include <QGroupBox>
#include <QHash>

class QLabel;

namespace shipshape {

// The preview pane of "Edit order": the order's figures before → after the edit as core previewed it, the
// balance due or refund owed, what saving will do with that money, and the stock each SKU reserves or
// releases. It only shows what it is given; the dialog decides when (and whether an answer is still current).
class OrderEditPreviewPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit OrderEditPreviewPanel(QWidget *parent = nullptr);

    // The order as it stands in the "before" column and nothing after it, with the invitation to change
    // something as the status.
    void showUnchanged(const Order &order);
    // The order as it stands, and nothing after it; the status is left as it is (the caller says why).
    void clearFigures(const Order &order);
    void showPreview(const OrderEditPreview &preview);
    // An edit saved whose money could not be settled: what the order owes now, with nothing left to happen.
    void showOwed(const Order &now);
    void setStatus(const QString &status);

    // `row` is subtotal, discount, shipping, tax, total, paid; `column` before or after.
    [[nodiscard]] QString figureText(const QString &row, const QString &column) const;
    [[nodiscard]] QString balanceText() const;
    [[nodiscard]] QString settlementText() const;
    [[nodiscard]] QString stockText() const;

private:
    [[nodiscard]] QString willHappen(const Order &after) const;

    QHash<QString, QLabel *> m_cells; // "total/after" → label
    QLabel *m_taxLabel = nullptr;
    QLabel *m_stock = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_settlement = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace shipshape
