#include "views/DraftCheckoutForm.h"

#include "views/CustomerSearchField.h"
#include "views/FieldErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The payment choice "Send payment link": card, paid by the customer through an emailed link.
const QString kPaymentLinkChoice = u"payment_link"_s;

} // namespace

DraftCheckoutForm::DraftCheckoutForm(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(buildCustomerSection(), 1);
    columns->addWidget(buildAddressSection(), 1);
    columns->addWidget(buildPaymentSection(), 1);
    updatePaymentFields();
}

QWidget *DraftCheckoutForm::withMessage(QWidget *field, const QString &fieldName)
{
    auto *message = new FieldErrorLabel(u"message:"_s + fieldName, this);
    m_messages.insert(fieldName, message);
    return FieldErrorLabel::below(field, message, this);
}

QLineEdit *DraftCheckoutForm::lineEdit(
        const QString &objectName, const QString &accessibleName, const QString &fieldName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    connect(edit, &QLineEdit::textEdited, this, [this, fieldName] { Q_EMIT edited(fieldName); });
    return edit;
}

QWidget *DraftCheckoutForm::buildCustomerSection()
{
    auto *group = new QGroupBox(tr("Customer"), this);
    m_customerSearch = new CustomerSearchField(m_worker, group);
    connect(m_customerSearch, &CustomerSearchField::lookupFailed, this, &DraftCheckoutForm::lookupFailed);
    connect(m_customerSearch, &CustomerSearchField::customerChosen, this, [this](const Customer &customer) {
        m_customerName->setText(customer.name);
        m_customerEmail->setText(customer.email);
        m_customerId = customer.id;
        m_customerState->setText(tr("Existing customer"));
        m_customerSearch->clearAfterChoice();
        Q_EMIT customerChosen();
    });

    m_customerState = new QLabel(tr("New customer"), group);
    m_customerState->setObjectName(u"customerState"_s);
    m_customerName = lineEdit(u"customerName"_s, tr("Customer name"), u"customer.name"_s);
    m_customerEmail = lineEdit(u"customerEmail"_s, tr("Customer email"), u"customer.email"_s);
    for (QLineEdit *edit : {m_customerName, m_customerEmail}) {
        // Typing a name or email means a new customer (or the existing one with that email, which
        // core finds when the order is placed).
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_customerId.isEmpty())
                return;
            m_customerId.clear();
            m_customerState->setText(tr("New customer"));
        });
    }
    auto *form = new QFormLayout(group);
    form->addRow(tr("Find:"), m_customerSearch);
    form->addRow(QString(), m_customerState);
    form->addRow(tr("Name:"), withMessage(m_customerName, u"customer.name"_s));
    form->addRow(tr("Email:"), withMessage(m_customerEmail, u"customer.email"_s));
    return group;
}

QWidget *DraftCheckoutForm::buildAddressSection()
{
    auto *group = new QGroupBox(tr("Shipping address"), this);
    m_street = lineEdit(u"street"_s, tr("Street"), u"shippingAddress.street"_s);
    m_city = lineEdit(u"city"_s, tr("City"), u"shippingAddress.city"_s);
    m_state = lineEdit(u"state"_s, tr("State or region"), u"shippingAddress.state"_s);
    m_zip = lineEdit(u"zip"_s, tr("Postal code"), u"shippingAddress.zip"_s);
    m_country = lineEdit(u"country"_s, tr("Country code"), u"shippingAddress.country"_s);
    m_country->setPlaceholderText(u"US"_s);
    m_country->setMaxLength(2);
    auto *form = new QFormLayout(group);
    form->addRow(tr("Street:"), withMessage(m_street, u"shippingAddress.street"_s));
    form->addRow(tr("City:"), withMessage(m_city, u"shippingAddress.city"_s));
    form->addRow(tr("State:"), withMessage(m_state, u"shippingAddress.state"_s));
    form->addRow(tr("Postal code:"), withMessage(m_zip, u"shippingAddress.zip"_s));
    form->addRow(tr("Country:"), withMessage(m_country, u"shippingAddress.country"_s));
    // The tax in the total depends on where the order goes.
    connect(m_country, &QLineEdit::editingFinished, this, &DraftCheckoutForm::destinationChanged);
    connect(m_state, &QLineEdit::editingFinished, this, &DraftCheckoutForm::destinationChanged);
    return group;
}

QWidget *DraftCheckoutForm::buildPaymentSection()
{
    auto *group = new QGroupBox(tr("Payment"), this);
    m_paymentMethod = new QComboBox(group);
    m_paymentMethod->setObjectName(u"paymentMethod"_s);
    m_paymentMethod->setAccessibleName(tr("Payment method"));
    for (PaymentMethodType type : {PaymentMethodType::Invoice, PaymentMethodType::BankTransfer, PaymentMethodType::Cash,
                 PaymentMethodType::Card})
        m_paymentMethod->addItem(PaymentMethods::displayName(type), PaymentMethods::key(type));
    // Phone and email orders: the customer pays by card themselves, through a link they get by email.
    m_paymentMethod->addItem(tr("Send payment link (card)"), kPaymentLinkChoice);
    connect(m_paymentMethod, &QComboBox::currentIndexChanged, this, [this] {
        updatePaymentFields();
        if (!m_filling)
            Q_EMIT edited(u"paymentMethod"_s);
    });
    m_cardToken = lineEdit(u"cardToken"_s, tr("Card token"), u"paymentMethod.token"_s);
    m_cardToken->setPlaceholderText(tr("Provider token, e.g. tok_visa"));
    auto *hint = new QLabel(tr("Card payments are charged when the order is placed; invoice, bank transfer and "
                               "cash orders hold their stock until staff mark them paid."),
            group);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_paymentLinkHint = new QLabel(group);
    m_paymentLinkHint->setObjectName(u"paymentLinkHint"_s);
    m_paymentLinkHint->setTextFormat(Qt::PlainText);
    m_paymentLinkHint->setWordWrap(true);
    m_paymentLinkHint->hide();
    connect(m_customerEmail, &QLineEdit::textChanged, this, &DraftCheckoutForm::updatePaymentFields);
    auto *form = new QFormLayout(group);
    form->addRow(tr("Method:"), withMessage(m_paymentMethod, u"paymentMethod"_s));
    form->addRow(tr("Card:"), withMessage(m_cardToken, u"paymentMethod.token"_s));
    form->addRow(m_paymentLinkHint);
    form->addRow(hint);
    return group;
}

void DraftCheckoutForm::fill(const DraftOrder &draft)
{
    m_filling = true;
    m_customerId = draft.customer.id;
    m_customerName->setText(draft.customer.name);
    m_customerEmail->setText(draft.customer.email);
    m_customerState->setText(draft.customer.id.isEmpty() ? tr("New customer") : tr("Existing customer"));
    m_street->setText(draft.shippingAddress.street);
    m_city->setText(draft.shippingAddress.city);
    m_state->setText(draft.shippingAddress.state);
    m_zip->setText(draft.shippingAddress.zip);
    m_country->setText(draft.shippingAddress.country);
    m_paymentMethod->setCurrentIndex(std::max(0,
            m_paymentMethod->findData(
                    draft.paymentLink ? kPaymentLinkChoice : PaymentMethods::key(draft.paymentMethod))));
    m_cardToken->setText(draft.paymentToken);
    m_customerSearch->clear();
    m_filling = false;
    updatePaymentFields();
}

void DraftCheckoutForm::collectInto(DraftOrder &draft) const
{
    draft.customer = {m_customerId, m_customerName->text(), m_customerEmail->text()};
    draft.shippingAddress
            = Address{m_street->text(), m_city->text(), m_state->text(), m_zip->text(), m_country->text()};
    draft.paymentLink = m_paymentMethod->currentData().toString() == kPaymentLinkChoice;
    draft.paymentMethod = draft.paymentLink
            ? PaymentMethodType::Card
            : PaymentMethods::fromKey(m_paymentMethod->currentData().toString()).value_or(PaymentMethodType::Invoice);
    draft.paymentToken = m_cardToken->text();
}

QString DraftCheckoutForm::paymentField() const
{
    return PaymentMethods::fromKey(m_paymentMethod->currentData().toString()) == PaymentMethodType::Card
            ? u"paymentMethod.token"_s
            : u"paymentMethod"_s;
}

void DraftCheckoutForm::updatePaymentFields()
{
    const bool card = PaymentMethods::fromKey(m_paymentMethod->currentData().toString()) == PaymentMethodType::Card;
    const bool link = m_paymentMethod->currentData().toString() == kPaymentLinkChoice;
    m_cardToken->setEnabled(card);
    if (!card) {
        QLabel *tokenMessage = m_messages.value(u"paymentMethod.token"_s);
        tokenMessage->clear();
        tokenMessage->hide();
    }
    m_paymentLinkHint->setVisible(link);
    if (link) {
        const QString email = m_customerEmail->text().trimmed();
        m_paymentLinkHint->setText(email.isEmpty()
                        ? tr("When the order is placed, the customer is emailed a link to pay by card. The order "
                             "holds its stock until the link expires.")
                        : tr("When the order is placed, %1 is emailed a link to pay by card. The order holds its "
                             "stock until the link expires.")
                                  .arg(email));
    }
}

} // namespace shipshape
