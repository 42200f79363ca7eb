#pragma once

#include "common/Result.h"
#include "orders/OrderRequests.h"

#include <QGroupBox>
#include <QList>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace shipshape {

class DiscountRowEditor;

// The discounts and the shipping fee of a draft in the order editor: discounts added and removed (percent
// or amount, on the whole order or one line, with a code or a staff reason), and the fee's method and
// amount. Kept as typed; core's quote judges them, and what it refuses is shown next to the field it names
// (`discounts[1].value`, `shipping.amount`).
class DraftAdjustmentsPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit DraftAdjustmentsPanel(QWidget *parent = nullptr);

    void setDiscounts(const QList<DiscountRequest> &discounts);
    [[nodiscard]] QList<DiscountRequest> discounts() const;
    void setShipping(const ShippingRequest &shipping);
    [[nodiscard]] ShippingRequest shipping() const;
    // The draft's lines (SKU, what to show), offered to line discounts.
    void setLineChoices(const QList<std::pair<QString, QString>> &lines);
    // Shows core's refusal next to the field it names, or clears every message (nullopt). False when the
    // error names no field of this panel.
    bool showRefusal(const std::optional<Error> &error);
    // The message shown next to `field` (core's name: "discounts[0].value", "shipping.amount"); empty when none.
    [[nodiscard]] QString messageFor(const QString &field) const;
    [[nodiscard]] DiscountRowEditor *discountRow(qsizetype index) const;
    void addDiscount();

Q_SIGNALS:
    // The agent changed a discount or the fee (not emitted by the setters).
    void edited();

private:
    DiscountRowEditor *appendRow(const DiscountRequest &discount);
    void removeRow(DiscountRowEditor *row);
    void renumber();

    QVBoxLayout *m_rowsLayout = nullptr;
    QList<DiscountRowEditor *> m_rows;
    QList<std::pair<QString, QString>> m_lineChoices;
    QLabel *m_noDiscounts = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_shippingMethod = nullptr;
    QLineEdit *m_shippingAmount = nullptr;
    QLabel *m_shippingMessage = nullptr;
    QString m_shippingField;
};

} // namespace shipshape
