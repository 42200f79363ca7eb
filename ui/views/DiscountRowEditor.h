#pragma once

#include "orders/OrderRequests.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace shipshape {

// One discount of a draft as the agent types it: percent or amount, its value, the whole order or one
// line, a code or a staff reason; with core's message underneath when it refuses this discount. What is
// typed is kept as typed (DiscountRequest); core parses and judges it.
class DiscountRowEditor : public QWidget {
    Q_OBJECT

public:
    explicit DiscountRowEditor(QWidget *parent = nullptr);

    void setDiscount(const DiscountRequest &discount);
    [[nodiscard]] DiscountRequest discount() const;
    // The lines a discount may apply to: (SKU, what to show); the whole order is always offered first.
    void setLineChoices(const QList<std::pair<QString, QString>> &lines);
    // Core's message about this discount (empty: none); `field` is the part it names ("value", "code", …).
    void setMessage(const QString &field, const QString &message);
    // The message about `field`; empty when there is none or it is about another part.
    [[nodiscard]] QString message(const QString &field) const;
    // Position among the draft's discounts, for the accessible names ("Discount 2 value").
    void setIndex(qsizetype index);

Q_SIGNALS:
    void edited();
    void removeRequested();

private:
    void selectSku(const QString &sku);

    QComboBox *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    QComboBox *m_appliesTo = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_reason = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QString m_messageField;
    bool m_filling = false;
};

} // namespace shipshape
