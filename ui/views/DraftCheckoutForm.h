#pragma once

#include "drafts/DraftOrder.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace shipshape {

class CustomerSearchField;
class SessionWorker;

// The order editor's who, where and how-paid: the customer (looked up or typed), the shipping address and the
// payment method with its card token or payment link. Each field has a message label under it, by core's
// field name (messages()), which the editor fills with core's problems.
class DraftCheckoutForm : public QWidget {
    Q_OBJECT

public:
    explicit DraftCheckoutForm(SessionWorker &worker, QWidget *parent = nullptr);

    // Shows the draft's customer, address and payment (no edited() while filling).
    void fill(const DraftOrder &draft);
    // Writes the form's customer, address and payment into `draft`.
    void collectInto(DraftOrder &draft) const;
    // The message label of each field, by core's field name ("customer.email", "shippingAddress.zip", …).
    [[nodiscard]] const QHash<QString, QLabel *> &messages() const { return m_messages; }
    // Where core's error on "paymentMethod" belongs: the token for a card, else the method.
    [[nodiscard]] QString paymentField() const;

Q_SIGNALS:
    // A field was changed by the person (core's field name).
    void edited(const QString &fieldName);
    // An existing customer was taken from the lookup (name and email are filled in).
    void customerChosen();
    // Country or region changed: the tax in the total may change.
    void destinationChanged();
    void lookupFailed(const QString &message);

private:
    QWidget *buildCustomerSection();
    QWidget *buildAddressSection();
    QWidget *buildPaymentSection();
    QWidget *withMessage(QWidget *field, const QString &fieldName);
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, const QString &fieldName);
    void updatePaymentFields();

    SessionWorker &m_worker;
    QString m_customerId; // set when an existing customer was picked from the lookup
    bool m_filling = false;
    CustomerSearchField *m_customerSearch = nullptr;
    QLabel *m_customerState = nullptr;
    QLineEdit *m_customerName = nullptr;
    QLineEdit *m_customerEmail = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_zip = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_paymentMethod = nullptr;
    QLineEdit *m_cardToken = nullptr;
    QLabel *m_paymentLinkHint = nullptr;
    QHash<QString, QLabel *> m_messages;
};

} // namespace shipshape
