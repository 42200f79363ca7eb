#include "views/ReturnExchangeDialog.h"

#include "background/SessionWorker.h"
#include "models/DraftLineModel.h"
#include "session/Session.h"
#include "views/FieldErrorLabel.h"
#include "views/LineTableView.h"
#include "views/ProductSearchField.h"
#include "views/QuantityDelegate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

ReturnExchangeDialog::ReturnExchangeDialog(
        SessionWorker &worker, const OrderReturn &orderReturn, const PlaceOrderRequest &defaults, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_returnId(orderReturn.id), m_defaults(defaults)
{
    setObjectName(u"returnExchangeDialog"_s);
    setWindowTitle(tr("Exchange return %1").arg(orderReturn.id));
    QStringList returned;
    for (const ReturnLine &line : orderReturn.lines)
        returned << tr("%1 × %2").arg(QLocale().toString(line.quantity), line.sku);
    auto *summary = new QLabel(tr("Return %1 of order #%2 (%3). Pick the replacement; it goes to the same customer "
                                  "and address.")
                                       .arg(orderReturn.id)
                                       .arg(orderReturn.orderNumber)
                                       .arg(returned.join(u", "_s)),
            this);
    summary->setWordWrap(true);

    m_search = new ProductSearchField(m_worker, ProductSearchField::ReturnKey::TakesTextAsSku, this);
    m_search->setObjectName(u"exchangeProductSearch"_s);
    m_search->setAccessibleName(tr("Add a product"));
    connect(m_search, &ProductSearchField::productChosen, this, &ReturnExchangeDialog::addProduct);

    m_lines = new DraftLineModel(this);
    connect(m_lines, &DraftLineModel::linesEdited, this, &ReturnExchangeDialog::linesChanged);
    m_linesView = new LineTableView(this);
    m_linesView->setObjectName(u"exchangeLines"_s);
    m_linesView->setAccessibleName(tr("Replacement lines"));
    m_linesView->setLines(m_lines, DraftLineModel::Product, DraftLineModel::Quantity, new QuantityDelegate);
    connect(m_linesView, &LineTableView::removeRequested, m_lines, &DraftLineModel::removeLine);
    m_removeLine = new QPushButton(tr("Remove line"), this);
    m_removeLine->setAccessibleName(tr("Remove line"));
    connect(m_removeLine, &QPushButton::clicked, m_linesView, &LineTableView::removeSelectedLine);

    m_money = new QLabel(tr("Add the products of the replacement."), this);
    m_money->setObjectName(u"exchangeMoney"_s);
    m_money->setTextFormat(Qt::PlainText);
    m_money->setWordWrap(true);
    m_error = new FieldErrorLabel(u"returnExchangeError"_s, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Exchange"));
    m_submit->setAccessibleName(tr("Exchange"));
    m_submit->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_lines->lines().isEmpty()) {
            showError(tr("Add at least one product to the replacement."));
            return;
        }
        Q_EMIT submitted(m_returnId, request());
    });

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Product:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_removeLine);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(searchRow);
    layout->addWidget(m_linesView, 1);
    layout->addWidget(m_money);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
}

PlaceOrderRequest ReturnExchangeDialog::request() const
{
    PlaceOrderRequest request = m_defaults;
    request.items.clear();
    for (const DraftLine &line : m_lines->lines())
        request.items.append(OrderItemRequest{line.sku, line.quantity, std::nullopt});
    return request;
}

void ReturnExchangeDialog::addProduct(const QString &sku)
{
    if (sku.trimmed().isEmpty())
        return;
    m_lines->addProduct(sku.trimmed()); // linesEdited: a new preview
}

void ReturnExchangeDialog::linesChanged()
{
    showError({});
    const quint64 serial = ++m_previewSerial;
    if (m_lines->lines().isEmpty()) {
        m_money->setText(tr("Add the products of the replacement."));
        m_submit->setEnabled(false);
        Q_EMIT previewed();
        return;
    }
    const qint64 id = m_returnId;
    const PlaceOrderRequest replacement = request();
    m_worker.run([id, replacement](Session &session) { return session.orders().exchanges().preview(id, replacement); },
            this,
            [this, serial](const Result<ExchangeMoney> &money) {
                // Only the answer for the lines as they are now counts.
                if (serial != m_previewSerial)
                    return;
                if (money) {
                    showMoney(*money);
                } else {
                    m_money->clear();
                    showError(money.error().message);
                }
                m_submit->setEnabled(money.has_value() && !m_busy);
                Q_EMIT previewed();
            });
}

void ReturnExchangeDialog::showMoney(const ExchangeMoney &money)
{
    const QLocale locale;
    QString text = tr("The returned units are worth %1; the replacement costs %2.")
                           .arg(money.value.toDisplayString(locale), money.replacementTotal.toDisplayString(locale));
    if (money.due.minorUnits() > 0)
        text += u' '
                + tr("The customer pays the difference of %1 on the replacement.")
                          .arg(money.due.toDisplayString(locale));
    else if (money.refundOwed.minorUnits() > 0)
        text += u' '
                + tr("The difference of %1 is owed back on the original order.")
                          .arg(money.refundOwed.toDisplayString(locale));
    else if (money.value.minorUnits() > money.credit.minorUnits())
        text += u' '
                + tr("The difference of %1 lowers what is still due on the original order.")
                          .arg(Money(money.value.minorUnits() - money.credit.minorUnits(), money.value.currency())
                                          .toDisplayString(locale));
    else
        text += u' ' + tr("No money changes hands.");
    m_money->setText(text);
}

void ReturnExchangeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReturnExchangeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_submit->setEnabled(!busy && !m_lines->lines().isEmpty());
    m_search->setEnabled(!busy);
    m_linesView->setEnabled(!busy);
    m_removeLine->setEnabled(!busy);
}

} // namespace shipshape
