#include "views/OrderEditDialog.h"

#include "background/SessionWorker.h"
#include "models/OrderEditDiscountModel.h"
#include "models/OrderEditLineModel.h"
#include "orders/OrderPricing.h"
#include "payment/PaymentWorkflow.h"
#include "session/Session.h"
#include "views/FieldErrorLabel.h"
#include "views/LineTableView.h"
#include "views/OrderEditPreviewPanel.h"
#include "views/ProductSearchField.h"
#include "views/QuantityDelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kLinesMessage = u"lines"_s;
const QString kDiscountsMessage = u"discounts"_s;
const QString kNewDiscountMessage = u"newDiscount"_s;
const QString kAddProductMessage = u"addProduct"_s;
const QString kGeneralMessage = u"general"_s;

// The index inside "items[3].quantity" or "discounts[0].value"; -1 when there is none.
int indexIn(const QString &field)
{
    const qsizetype open = field.indexOf(u'[');
    const qsizetype close = field.indexOf(u']');
    if (open < 0 || close <= open)
        return -1;
    bool ok = false;
    const int index = field.mid(open + 1, close - open - 1).toInt(&ok);
    return ok ? index : -1;
}

Address trimmed(Address address)
{
    for (QString *part : {&address.street, &address.city, &address.state, &address.zip, &address.country})
        *part = part->trimmed();
    return address;
}

} // namespace

OrderEditDialog::OrderEditDialog(SessionWorker &worker, const Order &order, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_order(order)
{
    setObjectName(u"orderEditDialog"_s);
    setWindowTitle(tr("Edit order #%1").arg(order.number));
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &OrderEditDialog::requestPreview);

    m_form = new QWidget(this);
    auto *reasonBox = new QGroupBox(tr("Reason for the edit"), this);
    m_reason = new QPlainTextEdit(reasonBox);
    m_reason->setObjectName(u"editReason"_s);
    m_reason->setAccessibleName(tr("Reason for the edit"));
    m_reason->setPlaceholderText(tr("Shown on the order's timeline; required for a price set by hand"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OrderEditDialog::formEdited);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->addWidget(withMessage(m_reason, u"note"_s));

    auto *moneyRow = new QHBoxLayout;
    moneyRow->addWidget(buildShippingSection(), 2);
    moneyRow->addWidget(buildAddressSection(), 3);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(buildLinesSection(), 2);
    formLayout->addWidget(buildDiscountsSection(), 1);
    formLayout->addLayout(moneyRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: core does not say how far a payment has got
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_apply = new QPushButton(tr("Apply edit"), this);
    m_apply->setObjectName(u"applyEdit"_s);
    // Return belongs to the fields (it adds a product or a discount) and must never save the edit by the way;
    // Ctrl+Return applies it, as it places an order in the editor.
    m_apply->setAutoDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &OrderEditDialog::applyEdit);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(applyShortcut, &QShortcut::activated, this, &OrderEditDialog::applyEdit);
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(u"closeEdit"_s);
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto *footer = new QHBoxLayout;
    footer->addWidget(withMessage(nullptr, kGeneralMessage), 1);
    footer->addWidget(m_progress, 0, Qt::AlignTop);
    footer->addWidget(m_close, 0, Qt::AlignTop);
    footer->addWidget(m_apply, 0, Qt::AlignTop);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_form, 3);
    // The reason sits with the preview and the Apply button: it is the last thing written before saving.
    auto *side = new QVBoxLayout;
    m_previewPanel = new OrderEditPreviewPanel(this);
    side->addWidget(m_previewPanel, 1);
    side->addWidget(reasonBox);
    columns->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(footer);

    m_lines->setLines(order.lines);
    loadCataloguePrices();
    m_discounts->setDiscounts(order.discounts, order.total.currency());
    refreshDiscountTargets();
    m_previewPanel->showUnchanged(m_order);
    updateApply();
    resize(1180, 760);
}

QWidget *OrderEditDialog::withMessage(QWidget *field, const QString &fieldName)
{
    auto *message = new FieldErrorLabel(u"message:"_s + fieldName, this);
    m_messages.insert(fieldName, message);
    return FieldErrorLabel::below(field, message, this);
}

QLineEdit *OrderEditDialog::lineEdit(const QString &objectName, const QString &accessibleName, const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    connect(edit, &QLineEdit::textChanged, this, &OrderEditDialog::formEdited);
    return edit;
}

QWidget *OrderEditDialog::buildLinesSection()
{
    auto *group = new QGroupBox(tr("Lines"), m_form);
    m_productSearch = new ProductSearchField(m_worker, ProductSearchField::ReturnKey::TakesTextAsSku, group);
    connect(m_productSearch, &QLineEdit::textEdited, this, [this] { setMessage(kAddProductMessage, QString()); });
    connect(m_productSearch, &ProductSearchField::productChosen, this, &OrderEditDialog::addProduct);
    connect(m_productSearch, &ProductSearchField::lookupFailed, this,
            [this](const QString &message) { setMessage(kAddProductMessage, message); });

    m_lines = new OrderEditLineModel(this);
    connect(m_lines, &OrderEditLineModel::linesEdited, this, &OrderEditDialog::formEdited);
    connect(m_lines, &OrderEditLineModel::linesEdited, this, &OrderEditDialog::refreshDiscountTargets);
    m_linesView = new LineTableView(group);
    m_linesView->setObjectName(u"editLines"_s);
    auto *quantities = new QuantityDelegate;
    quantities->setZeroRemoves(true);
    m_linesView->setLines(m_lines, OrderEditLineModel::Product, OrderEditLineModel::Quantity, quantities);
    m_linesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_linesView->horizontalHeader()->setSectionResizeMode(OrderEditLineModel::NewUnitPrice, QHeaderView::Fixed);
    m_linesView->horizontalHeader()->resizeSection(OrderEditLineModel::NewUnitPrice, 100);
    connect(m_linesView, &LineTableView::removeRequested, m_lines, &OrderEditLineModel::removeLine);
    m_removeLine = new QPushButton(tr("Remove line"), group);
    m_removeLine->setAutoDefault(false);
    m_removeLine->setObjectName(u"removeLine"_s);
    m_removeLine->setAccessibleName(tr("Remove the selected line"));
    connect(m_removeLine, &QPushButton::clicked, m_linesView, &LineTableView::removeSelectedLine);

    auto *footer = new QHBoxLayout;
    footer->addWidget(withMessage(nullptr, kLinesMessage), 1);
    footer->addWidget(m_removeLine, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(withMessage(m_productSearch, kAddProductMessage));
    layout->addWidget(m_linesView, 1);
    layout->addLayout(footer);
    return group;
}

QWidget *OrderEditDialog::buildDiscountsSection()
{
    auto *group = new QGroupBox(tr("Discounts"), m_form);
    m_discounts = new OrderEditDiscountModel(this);
    connect(m_discounts, &OrderEditDiscountModel::discountsEdited, this, &OrderEditDialog::formEdited);
    m_discountsView = new QTableView(group);
    m_discountsView->setObjectName(u"editDiscounts"_s);
    m_discountsView->setAccessibleName(tr("Discounts"));
    m_discountsView->setModel(m_discounts);
    m_discountsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_discountsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_discountsView->verticalHeader()->hide();
    // Room for three discounts before it scrolls.
    m_discountsView->setMinimumHeight(m_discountsView->horizontalHeader()->sizeHint().height()
            + 3 * m_discountsView->verticalHeader()->defaultSectionSize() + 4);
    m_discountsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_discountsView->horizontalHeader()->setSectionResizeMode(
            OrderEditDiscountModel::CodeOrReason, QHeaderView::Stretch);

    m_discountTarget = new QComboBox(group);
    m_discountTarget->setObjectName(u"discountTarget"_s);
    m_discountTarget->setAccessibleName(tr("Discount on"));
    m_discountType = new QComboBox(group);
    m_discountType->setObjectName(u"discountType"_s);
    m_discountType->setAccessibleName(tr("Kind of discount"));
    m_discountType->addItem(tr("%"), Discount::key(DiscountKind::Percent));
    m_discountType->addItem(m_order.total.currency().code(), Discount::key(DiscountKind::Amount));
    m_discountValue = new QLineEdit(group);
    m_discountValue->setObjectName(u"discountValue"_s);
    m_discountValue->setAccessibleName(tr("Discount value"));
    m_discountValue->setPlaceholderText(tr("10 or 5.00"));
    m_discountValue->setMaximumWidth(90);
    m_discountCode = new QLineEdit(group);
    m_discountCode->setObjectName(u"discountCode"_s);
    m_discountCode->setAccessibleName(tr("Discount code"));
    m_discountCode->setPlaceholderText(tr("Code"));
    m_discountReason = new QLineEdit(group);
    m_discountReason->setObjectName(u"discountReason"_s);
    m_discountReason->setAccessibleName(tr("Discount reason"));
    m_discountReason->setPlaceholderText(tr("or a reason (a discount needs one of the two)"));
    m_addDiscount = new QPushButton(tr("Add discount"), group);
    m_addDiscount->setObjectName(u"addDiscount"_s);
    m_addDiscount->setAutoDefault(false);
    connect(m_addDiscount, &QPushButton::clicked, this, &OrderEditDialog::addDiscount);
    connect(m_discountValue, &QLineEdit::returnPressed, this, &OrderEditDialog::addDiscount);
    m_removeDiscount = new QPushButton(tr("Remove discount"), group);
    m_removeDiscount->setObjectName(u"removeDiscount"_s);
    m_removeDiscount->setAutoDefault(false);
    connect(m_removeDiscount, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_discountsView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_discounts->removeDiscount(rows.constFirst().row());
    });

    // Two rows, so that the reason keeps room to be read in languages with longer labels.
    auto *addRow = new QGridLayout;
    addRow->addWidget(m_discountTarget, 0, 0);
    addRow->addWidget(m_discountValue, 0, 1);
    addRow->addWidget(m_discountType, 0, 2);
    addRow->addWidget(m_discountCode, 0, 3);
    addRow->addWidget(m_discountReason, 1, 0, 1, 4);
    addRow->addWidget(m_addDiscount, 1, 4);
    addRow->setColumnStretch(3, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(withMessage(nullptr, kDiscountsMessage), 1);
    footer->addWidget(m_removeDiscount, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(addRow);
    layout->addWidget(withMessage(nullptr, kNewDiscountMessage));
    layout->addWidget(m_discountsView, 1);
    layout->addLayout(footer);
    return group;
}

QWidget *OrderEditDialog::buildShippingSection()
{
    auto *group = new QGroupBox(tr("Shipping"), m_form);
    m_shippingMethod = lineEdit(u"shippingMethod"_s, tr("Shipping method"), m_order.shippingMethod);
    m_shippingMethod->setPlaceholderText(tr("e.g. Standard"));
    m_shippingAmount = lineEdit(u"shippingAmount"_s, tr("Shipping fee"), m_order.shipping.toDecimalString());
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Method:"), withMessage(m_shippingMethod, u"shipping.method"_s));
    form->addRow(
            tr("Fee (%1):").arg(m_order.total.currency().code()), withMessage(m_shippingAmount, u"shipping.amount"_s));
    return group;
}

QWidget *OrderEditDialog::buildAddressSection()
{
    auto *group = new QGroupBox(tr("Shipping address"), m_form);
    const Address &address = m_order.shippingAddress;
    m_street = lineEdit(u"street"_s, tr("Street"), address.street);
    m_city = lineEdit(u"city"_s, tr("City"), address.city);
    m_state = lineEdit(u"state"_s, tr("State or region"), address.state);
    m_zip = lineEdit(u"zip"_s, tr("Postal code"), address.zip);
    m_country = lineEdit(u"country"_s, tr("Country"), address.country);
    m_country->setMaxLength(2);
    m_country->setToolTip(tr("Two letters (ISO 3166-1), e.g. US or DE; another country or region taxes every "
                             "line at its rates"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A label too long for its row goes above its field rather than squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Street:"), withMessage(m_street, u"shippingAddress.street"_s));
    form->addRow(tr("City:"), withMessage(m_city, u"shippingAddress.city"_s));
    form->addRow(tr("State:"), withMessage(m_state, u"shippingAddress.state"_s));
    form->addRow(tr("Postal code:"), withMessage(m_zip, u"shippingAddress.zip"_s));
    form->addRow(tr("Country:"), withMessage(m_country, u"shippingAddress.country"_s));
    return group;
}

ModifyOrderRequest OrderEditDialog::request() const
{
    ModifyOrderRequest request;
    // As changes to the order's lines, which core resolves on the locked order: a line another desk added
    // meanwhile is kept.
    m_lines->addLineChangesTo(request);
    request.prices = m_lines->newUnitPrices();
    if (m_discounts->discountsChanged())
        request.discounts = m_discounts->requests();
    const QString method = m_shippingMethod->text().trimmed();
    const QString amount = m_shippingAmount->text().trimmed();
    if (method != m_order.shippingMethod || amount != m_order.shipping.toDecimalString())
        request.shipping = ShippingRequest{method, amount};
    const Address typed
            = trimmed(Address{m_street->text(), m_city->text(), m_state->text(), m_zip->text(), m_country->text()});
    if (typed != m_order.shippingAddress)
        request.shippingAddress = typed;
    request.note = m_reason->toPlainText();
    return request;
}

bool OrderEditDialog::hasChanges() const
{
    const ModifyOrderRequest asked = request();
    return !asked.add.isEmpty() || !asked.remove.isEmpty() || !asked.quantities.isEmpty() || !asked.prices.isEmpty()
            || asked.discounts || asked.shipping || asked.shippingAddress;
}

void OrderEditDialog::reject()
{
    // The edit and its payment are under way: their answer decides what the dialog says next.
    if (m_applying)
        return;
    QDialog::reject();
}

void OrderEditDialog::formEdited()
{
    if (m_applying || m_done)
        return;
    ++m_generation;
    m_previewCurrent = false;
    if (!hasChanges()) {
        m_previewTimer.stop();
        m_preview.reset();
        clearMessages();
        m_previewPanel->showUnchanged(m_order);
        m_lines->setPreview({});
        m_discounts->setPreview(m_order.discounts);
    } else {
        m_previewPanel->setStatus(tr("Updating the preview…"));
        m_previewTimer.start();
    }
    updateApply();
}

void OrderEditDialog::previewNow()
{
    if (m_previewTimer.isActive()) {
        m_previewTimer.stop();
        requestPreview();
    }
}

void OrderEditDialog::requestPreview()
{
    const quint64 generation = m_generation;
    const QString reference = QString::number(m_order.number);
    m_worker.run([reference, request = request()](
                         Session &session) { return session.orders().previewModify(reference, request); },
            this,
            [this, generation](const Result<OrderEditPreview> &result) {
                if (generation != m_generation || m_applying || m_done)
                    return; // about an earlier state of the form; a newer preview follows
                showPreview(result);
                Q_EMIT previewUpdated();
            });
}

void OrderEditDialog::showPreview(const Result<OrderEditPreview> &result)
{
    clearMessages();
    m_previewCurrent = true;
    if (!result) {
        m_preview.reset();
        m_previewPanel->clearFigures(m_order);
        m_lines->setPreview({});
        m_discounts->setPreview({});
        showError(result.error());
        m_previewPanel->setStatus(tr("The edit cannot be applied as it stands."));
        updateApply();
        return;
    }
    m_preview = *result;
    m_previewPanel->showPreview(*result);
    m_lines->setPreview(result->after.lines);
    m_discounts->setPreview(result->after.discounts);
    updateApply();
}

QString OrderEditDialog::previewText(const QString &row, const QString &column) const
{
    return m_previewPanel->figureText(row, column);
}

QString OrderEditDialog::balanceText() const
{
    return m_previewPanel->balanceText();
}

QString OrderEditDialog::settlementText() const
{
    return m_previewPanel->settlementText();
}

QString OrderEditDialog::stockText() const
{
    return m_previewPanel->stockText();
}

void OrderEditDialog::setMessage(const QString &fieldName, const QString &message)
{
    QLabel *label = m_messages.value(fieldName);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void OrderEditDialog::clearMessages()
{
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        if (it.key() != kAddProductMessage && it.key() != kNewDiscountMessage)
            setMessage(it.key(), QString());
    }
}

QString OrderEditDialog::fieldMessage(const QString &field) const
{
    const QLabel *label = m_messages.value(field);
    return label ? label->text() : QString();
}

void OrderEditDialog::showError(const Error &error)
{
    const QString &field = error.field;
    QString target = kGeneralMessage;
    int lineRow = -1;
    if (m_messages.contains(field) && field != kGeneralMessage) {
        target = field;
    } else if (field.startsWith(u"prices."_s)) {
        target = kLinesMessage;
        lineRow = m_lines->rowOf(field.mid(7));
    } else if (field.startsWith(u"quantities."_s)) {
        target = kLinesMessage;
        lineRow = m_lines->rowOf(field.mid(11));
    } else if (field.startsWith(u"add"_s) || field.startsWith(u"remove"_s)) {
        target = kLinesMessage;
    } else if (field.startsWith(u"items"_s)) {
        // items[i] counts the order's lines after the edit, which leave out those taken off.
        target = kLinesMessage;
        const int index = indexIn(field);
        const QList<OrderItemRequest> items = m_lines->items();
        if (index >= 0 && index < items.size())
            lineRow = m_lines->rowOf(items.at(index).sku);
    } else if (field.startsWith(u"discounts"_s)) {
        target = kDiscountsMessage;
        const int row = indexIn(field);
        if (row >= 0 && row < m_discounts->rowCount())
            m_discountsView->selectRow(row);
    } else if (field == u"sku"_s) {
        target = kLinesMessage;
        lineRow = m_lines->rowOf(error.value);
    }
    setMessage(target, error.message);
    if (lineRow >= 0)
        m_linesView->selectRow(lineRow);
}

void OrderEditDialog::updateApply()
{
    const bool ready = !m_applying && !m_done && m_previewCurrent && m_preview.has_value() && hasChanges();
    m_apply->setEnabled(ready);
    if (m_done)
        m_apply->setToolTip(tr("The edit is saved."));
    else if (!hasChanges())
        m_apply->setToolTip(tr("Nothing is changed yet."));
    else if (!m_previewCurrent)
        m_apply->setToolTip(tr("Waiting for the preview of the edit."));
    else if (!m_preview)
        m_apply->setToolTip(tr("Fix what the form points out first."));
    else
        m_apply->setToolTip(tr("Save the edit and settle the difference as the preview says (%1)")
                                    .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
}

void OrderEditDialog::setApplying(bool applying, const QString &status)
{
    m_applying = applying;
    m_form->setEnabled(!applying && !m_done);
    m_reason->setEnabled(!applying && !m_done);
    m_close->setEnabled(!applying);
    m_progress->setVisible(applying);
    if (applying)
        m_previewPanel->setStatus(status);
    updateApply();
}

void OrderEditDialog::applyEdit()
{
    if (!m_apply->isEnabled() || !m_preview)
        return;
    const ModifyOrderRequest asked = request();
    const QString reference = QString::number(m_order.number);
    const QLocale locale;
    QString status = tr("Saving the edit…");
    if (PaymentWorkflow::settlesByCard(m_preview->after) && m_preview->refundOwed.minorUnits() > 0)
        status = tr("Saving the edit and refunding %1 to the card…").arg(m_preview->refundOwed.toDisplayString(locale));
    else if (PaymentWorkflow::settlesByCard(m_preview->after) && m_preview->balanceDue.minorUnits() > 0)
        status = tr("Saving the edit and charging %1 to the card…").arg(m_preview->balanceDue.toDisplayString(locale));
    setMessage(kGeneralMessage, QString());
    setApplying(true, status);
    m_worker.run([reference, asked](Session &session) { return session.payments().modify(reference, asked); }, this,
            [this](const Result<Order> &result) { applied(result); });
}

void OrderEditDialog::applied(const Result<Order> &result)
{
    if (result) {
        setApplying(false);
        Q_EMIT orderEdited(*result);
        accept();
        return;
    }
    // Settling the money comes after the edit is saved: ask the database whether it was.
    const Error error = result.error();
    m_worker.run([reference = QString::number(m_order.number)](
                         Session &session) { return session.orders().find(reference); },
            this,
            [this, error](const Result<Order> &now) {
                const bool settling = error.code == ErrorCode::PaymentFailed || error.code == ErrorCode::Unavailable;
                if (now && settling && now->version != m_order.version) {
                    m_done = true;
                    setApplying(false);
                    showUnsettled(error, *now);
                    Q_EMIT orderEdited(*now);
                    Q_EMIT editFailed(fieldMessage(kGeneralMessage));
                    return;
                }
                setApplying(false);
                clearMessages();
                showError(error);
                setMessage(kGeneralMessage, tr("Not saved: %1").arg(error.message));
                m_previewPanel->setStatus(tr("Nothing was saved."));
                Q_EMIT editFailed(error.message);
            });
}

void OrderEditDialog::showUnsettled(const Error &error, const Order &now)
{
    const QLocale locale;
    QString message;
    if (now.balanceDue().minorUnits() > 0) {
        message = error.code == ErrorCode::PaymentFailed
                ? tr("The edit is saved, but the card was not charged (%1). %2 is now due on order #%3: take it "
                     "another way (a payment link, or mark paid when the customer pays).")
                          .arg(error.message, now.balanceDue().toDisplayString(locale))
                          .arg(now.number)
                : tr("The edit is saved, but the charge of its balance has not settled (%1). %2 shows as due "
                     "until it does.")
                          .arg(error.message, now.balanceDue().toDisplayString(locale));
    } else if (now.refundOwed().minorUnits() > 0) {
        message = tr("The edit is saved, but the refund did not go through (%1). %2 is still owed back to the "
                     "customer.")
                          .arg(error.message, now.refundOwed().toDisplayString(locale));
    } else {
        message = tr("The edit is saved, but settling its money reported: %1").arg(error.message);
    }
    setMessage(kGeneralMessage, message);
    m_previewPanel->showOwed(now);
    m_previewPanel->setStatus(tr("The edit is saved."));
    m_close->setText(tr("Close"));
    m_form->setEnabled(false);
    m_reason->setEnabled(false);
    updateApply();
}

void OrderEditDialog::loadCataloguePrices()
{
    QStringList skus;
    for (const LineItem &line : m_order.lines)
        skus << line.sku;
    m_worker.run(
            [skus](Session &session) -> Result<QHash<QString, Money>> {
                QHash<QString, Money> prices;
                for (const QString &sku : skus) {
                    auto product = session.inventory().product(sku);
                    if (product)
                        prices.insert(sku, product->price);
                    else if (product.error().code != ErrorCode::NotFound)
                        return fail(product.error());
                }
                return prices;
            },
            this,
            [this](const Result<QHash<QString, Money>> &prices) {
                // Only a hint beside the price; without it the line shows the price it was sold at.
                if (prices)
                    m_lines->setCataloguePrices(*prices);
            });
}

void OrderEditDialog::addProduct(const QString &sku)
{
    if (sku.isEmpty())
        return;
    m_worker.run([sku](Session &session) { return session.inventory().product(sku); }, this,
            [this, sku](const Result<Product> &product) {
                if (!product) {
                    setMessage(kAddProductMessage, product.error().message);
                    return;
                }
                setMessage(kAddProductMessage, QString());
                const int row = m_lines->addProduct(product->sku, product->name, product->price);
                m_linesView->selectRow(row);
                m_productSearch->clearAfterChoice();
            });
}

void OrderEditDialog::refreshDiscountTargets()
{
    const QString current = m_discountTarget->currentData().toString();
    m_discountTarget->clear();
    m_discountTarget->addItem(tr("Whole order"), QString());
    for (const OrderEditLine &line : m_lines->lines()) {
        if (line.quantity > 0)
            m_discountTarget->addItem(tr("Line %1").arg(line.sku), line.sku);
    }
    m_discountTarget->setCurrentIndex(std::max(0, m_discountTarget->findData(current)));
}

void OrderEditDialog::addDiscount()
{
    DiscountRequest asked;
    asked.type = m_discountType->currentData().toString();
    asked.value = m_discountValue->text().trimmed();
    asked.sku = m_discountTarget->currentData().toString();
    asked.code = m_discountCode->text().trimmed();
    asked.reason = m_discountReason->text().trimmed();
    // Core reads it as it will in the edit; what it refuses is said under the row, before it is added.
    auto read = OrderPricing::discountsFrom({asked}, m_order.total.currency());
    if (!read) {
        setMessage(kNewDiscountMessage, read.error().message);
        return;
    }
    setMessage(kNewDiscountMessage, QString());
    m_discounts->addDiscount(asked, read->constFirst());
    m_discountValue->clear();
    m_discountCode->clear();
    m_discountReason->clear();
}

} // namespace shipshape
