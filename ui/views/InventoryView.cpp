#include "views/InventoryView.h"

#include "background/SessionWorker.h"
#include "inventory/InventoryService.h"
#include "models/StockMovementModel.h"
#include "session/Session.h"
#include "views/ColumnFitter.h"
#include "views/EmptyStateOverlay.h"
#include "views/ReplenishDialog.h"
#include "views/TableViewSetup.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

InventoryView::InventoryView(SessionWorker &worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"inventoryView"_s);
    m_products = new ProductTableModel(worker, this);
    m_movements = new StockMovementModel(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"productSearch"_s);
    m_search->setPlaceholderText(tr("Search SKU, name or barcode…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search products"));
    m_search->setMinimumWidth(280);
    m_lowStockOnly = new QCheckBox(tr("Low stock only"), this);
    m_lowStockOnly->setObjectName(u"lowStockOnly"_s);
    m_lowStockOnly->setAccessibleName(tr("Show only products low on stock"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"productCount"_s);
    m_replenish = new QPushButton(tr("Replenish…"), this);
    m_replenish->setObjectName(u"replenishButton"_s);
    m_replenish->setAccessibleName(tr("Replenish the selected product"));
    m_replenish->setToolTip(tr("Record stock that arrived for the selected product"));
    // What the row tints mean (the same translucent colours as the table's, see ProductTableModel).
    auto *lowLegend = new QLabel(tr("Low stock"), this);
    lowLegend->setStyleSheet(u"background-color: rgba(255, 170, 0, 60); border-radius: 3px; padding: 2px 6px;"_s);
    auto *outLegend = new QLabel(tr("Out of stock"), this);
    outLegend->setStyleSheet(u"background-color: rgba(230, 50, 50, 70); border-radius: 3px; padding: 2px 6px;"_s);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search);
    tools->addWidget(m_lowStockOnly);
    tools->addSpacing(12);
    tools->addWidget(lowLegend);
    tools->addWidget(outLegend);
    tools->addStretch();
    tools->addWidget(m_count);
    tools->addWidget(m_replenish);

    m_readOnly = new QLabel(tr("Read-only: your login may look at stock but not change it."), this);
    m_readOnly->setObjectName(u"readOnlyNotice"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"inventoryError"_s);
    m_error->setAccessibleName(tr("Error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    // A translucent tint keeps the palette's text colour readable on light and dark themes.
    m_error->setStyleSheet(u"background-color: rgba(230, 50, 50, 45); border-radius: 3px; padding: 4px;"_s);
    m_error->hide();

    m_productTable = new QTableView(this);
    m_productTable->setObjectName(u"productTable"_s);
    m_productTable->setAccessibleName(tr("Products"));
    m_productTable->setModel(m_products);
    m_productTable->setSortingEnabled(true);
    m_productTable->horizontalHeader()->setSortIndicator(ProductTableModel::Sku, Qt::AscendingOrder);
    m_productTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_productTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_productTable->setEditTriggers(
            QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_productTable->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_productTable);
    m_productTable->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    m_productFitter = new ColumnFitter(m_productTable,
            {ProductTableModel::Sku, ProductTableModel::Price, ProductTableModel::OnHand, ProductTableModel::Reserved,
                    ProductTableModel::Available, ProductTableModel::LowStockThreshold});
    m_productsEmpty = new EmptyStateOverlay(m_productTable);

    m_movementTitle = new QLabel(tr("Stock movements"), this);
    m_movementTitle->setObjectName(u"movementTitle"_s);
    m_movementTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_movementTitle->font();
    titleFont.setBold(true);
    m_movementTitle->setFont(titleFont);
    m_movementTable = new QTableView(this);
    m_movementTable->setObjectName(u"movementTable"_s);
    m_movementTable->setAccessibleName(tr("Stock movements of the selected product"));
    m_movementTable->setModel(m_movements);
    m_movementTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_movementTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movementTable->setAlternatingRowColors(true);
    TableViewSetup::prepare(m_movementTable, 8);
    m_movementTable->horizontalHeader()->setSectionResizeMode(StockMovementModel::Reason, QHeaderView::Stretch);
    m_movementFitter = new ColumnFitter(m_movementTable,
            {StockMovementModel::At, StockMovementModel::Kind, StockMovementModel::OnHandDelta,
                    StockMovementModel::ReservedDelta, StockMovementModel::OnHandAfter, StockMovementModel::OrderNumber,
                    StockMovementModel::Actor});
    m_movementsEmpty = new EmptyStateOverlay(m_movementTable);

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_movementTitle);
    historyLayout->addWidget(m_movementTable);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"inventorySplitter"_s);
    m_splitter->addWidget(m_productTable);
    m_splitter->addWidget(history);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 250});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    // Searching on every keystroke would run a query per letter; wait for a pause in typing.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &InventoryView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InventoryView::applyFilter);
    connect(m_lowStockOnly, &QCheckBox::toggled, this, &InventoryView::applyFilter);
    connect(m_replenish, &QPushButton::clicked, this, &InventoryView::openReplenishDialog);
    connect(m_products, &ProductTableModel::editRequested, this, &InventoryView::onEditRequested);
    connect(m_products, &ProductTableModel::loadFailed, this, [this](const QString &message) {
        showError(message);
        updateProductsEmptyState(message);
    });
    connect(m_products, &ProductTableModel::loaded, this, [this] {
        updateCount();
        updateProductsEmptyState({});
        // Keep the product that was selected before the list was read again, if it is still listed.
        const QString wanted = m_pendingSelection.isEmpty() ? m_selectedSku : m_pendingSelection;
        m_pendingSelection.clear();
        int row = m_products->rowOf(wanted);
        if (row < 0 && m_products->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_productTable->setCurrentIndex(m_products->index(row, ProductTableModel::Sku));
        else
            onCurrentRowChanged();
    });
    connect(m_products, &ProductTableModel::rowsRemoved, this, &InventoryView::updateCount);
    connect(m_products, &ProductTableModel::rowsInserted, this, &InventoryView::updateCount);
    connect(m_products, &ProductTableModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_productTable->currentIndex().row())
            updateActions();
    });
    connect(m_productTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryView::onCurrentRowChanged);
    // Activated: a double-click, or Enter for keyboard users.
    connect(m_movementTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant number = index.data(StockMovementModel::OrderNumberRole);
        if (number.isValid())
            Q_EMIT openOrder(number.toLongLong());
    });
    setPermissions(m_permissions);
}

void InventoryView::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    m_products->setEditable(permissions.editStock);
    m_productTable->setEditTriggers(permissions.editStock ? QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                                                          : QAbstractItemView::NoEditTriggers);
    m_readOnly->setVisible(!permissions.editStock);
    m_readOnly->setText(permissions.readOnlyReason.isEmpty()
                    ? tr("Read-only: your login may look at stock but not change it.")
                    : permissions.readOnlyReason);
    m_replenish->setVisible(permissions.editStock);
    // One read of the guarded pointer (checking and then dereferencing the QPointer reads it twice).
    if (ReplenishDialog *open = m_dialog.data(); open && !permissions.editStock)
        open->reject();
    updateActions();
}

void InventoryView::reload()
{
    m_products->reload();
    if (!m_selectedSku.isEmpty())
        loadMovements(m_selectedSku);
}

void InventoryView::refreshProduct(const QString &sku)
{
    m_products->refreshProduct(sku);
    if (sku == m_selectedSku)
        loadMovements(sku);
}

void InventoryView::selectProduct(const QString &sku)
{
    const int row = m_products->rowOf(sku);
    if (row >= 0) {
        m_productTable->setCurrentIndex(m_products->index(row, ProductTableModel::Sku));
        m_productTable->scrollTo(m_products->index(row, ProductTableModel::Sku));
        return;
    }
    // Not among the loaded rows: look it up by its SKU.
    m_pendingSelection = sku;
    m_search->setText(sku);
    applyFilter();
}

ReplenishDialog *InventoryView::replenishDialog() const
{
    return m_dialog.data();
}

std::optional<Product> InventoryView::selectedProduct() const
{
    const QModelIndex current = m_productTable->currentIndex();
    return current.isValid() ? m_products->productAt(current.row()) : std::nullopt;
}

void InventoryView::applyFilter()
{
    m_searchDelay->stop();
    ProductFilter filter;
    filter.search = m_search->text().trimmed();
    filter.lowStockOnly = m_lowStockOnly->isChecked();
    m_products->setFilter(filter);
}

void InventoryView::updateCount()
{
    const int count = int(std::min<qint64>(m_products->matchingCount(), INT_MAX));
    m_count->setText(m_products->filter().lowStockOnly ? tr("%Ln product(s) low on stock", nullptr, count)
                                                       : tr("%Ln product(s)", nullptr, count));
}

void InventoryView::updateProductsEmptyState(const QString &loadError)
{
    if (!loadError.isEmpty()) {
        m_productsEmpty->setState(tr("The products could not be read."), loadError,
                {{tr("Try again"), [this] { reload(); }, u"retryLoad"_s}});
        return;
    }
    const ProductFilter &filter = m_products->filter();
    const QString search = filter.search.trimmed();
    const EmptyStateOverlay::Action clearSearch{tr("Clear the search"),
            [this] {
                m_search->clear();
                applyFilter();
            },
            u"clearSearch"_s};
    const EmptyStateOverlay::Action showAll{
            tr("Show all products"), [this] { m_lowStockOnly->setChecked(false); }, u"showAllProducts"_s};
    if (search.isEmpty() && !filter.lowStockOnly) {
        m_productsEmpty->setState(tr("No products in the catalogue yet."),
                tr("Add products with “shipshape-cli products add”; they are listed here with their stock."));
    } else if (search.isEmpty()) {
        m_productsEmpty->setState(tr("No products are low on stock."),
                tr("Every product has more available than its low-stock threshold."), {showAll});
    } else if (!filter.lowStockOnly) {
        m_productsEmpty->setState(tr("No products match “%1”.").arg(search),
                tr("The search looks at SKUs, product names and whole barcodes."), {clearSearch});
    } else {
        m_productsEmpty->setState(tr("No products low on stock match “%1”.").arg(search), {}, {clearSearch, showAll});
    }
}

void InventoryView::updateMovementsEmptyState()
{
    const auto product = selectedProduct();
    if (!product) {
        // Without products the product list itself says why.
        if (m_products->rowCount() > 0)
            m_movementsEmpty->setState(tr("Select a product to see how its stock changed."));
        else
            m_movementsEmpty->clearState();
        return;
    }
    m_movementsEmpty->setState(tr("No stock movements of %1 yet.").arg(product->sku));
}

void InventoryView::updateActions()
{
    m_replenish->setEnabled(m_permissions.editStock && selectedProduct().has_value() && !m_dialog);
}

void InventoryView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void InventoryView::refuse(const QString &sku, const QString &message)
{
    // Name the product: the selection may have moved on by the time core answers.
    const QString text = tr("%1: %2").arg(sku, message);
    showError(text);
    Q_EMIT actionFailed(text);
}

void InventoryView::onCurrentRowChanged()
{
    const auto product = selectedProduct();
    const QString sku = product ? product->sku : QString();
    updateActions();
    if (sku == m_selectedSku && !sku.isEmpty())
        return;
    m_selectedSku = sku;
    updateMovementsEmptyState();
    if (!product) {
        ++m_movementGeneration;
        m_movementTitle->setText(tr("Stock movements"));
        m_movements->clear();
        return;
    }
    m_movementTitle->setText(tr("Stock movements of %1 — %2").arg(product->sku, product->name));
    loadMovements(sku);
}

void InventoryView::loadMovements(const QString &sku)
{
    const quint64 generation = ++m_movementGeneration;
    m_worker.run([sku](Session &session) { return session.inventory().movements(sku, kMovementLimit); }, this,
            [this, generation, sku](const Result<QList<StockMovement>> &result) {
                if (generation != m_movementGeneration)
                    return;
                if (!result) {
                    showError(result.error().message);
                    return;
                }
                m_movements->setMovements(*result);
                const auto product = selectedProduct();
                const QString name = product ? product->name : QString();
                m_movementTitle->setText(result->size() >= kMovementLimit
                                ? tr("Stock movements of %1 — %2 (latest %L3)").arg(sku, name).arg(kMovementLimit)
                                : tr("Stock movements of %1 — %2").arg(sku, name));
            });
}

std::optional<QString> InventoryView::askCorrectionReason(const Product &product, qint64 onHand)
{
    if (m_nextReason)
        return *std::exchange(m_nextReason, std::nullopt);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Correct the stock of %1").arg(product.sku),
            tr("Why is the stock of %1 changing from %L2 to %L3? (for example: cycle count, damaged)")
                    .arg(product.sku)
                    .arg(product.onHand)
                    .arg(onHand),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

void InventoryView::onEditRequested(const QString &sku, ProductTableModel::Column column, const QString &text)
{
    // Handled once the editor has closed: asking for a reason while it is still open would take its focus,
    // and the focus loss would commit the same value a second time.
    QMetaObject::invokeMethod(
            this, [this, sku, column, text] { handleEditRequest(sku, column, text); }, Qt::QueuedConnection);
}

void InventoryView::handleEditRequest(const QString &sku, ProductTableModel::Column column, const QString &text)
{
    // Whatever becomes of the request, say when it is settled: refused, given up, or answered by core.
    const auto settled = [this, sku] { Q_EMIT editRequestSettled(sku); };
    if (!m_permissions.editStock || m_askingReason)
        return settled();
    const int row = m_products->rowOf(sku);
    const auto product = m_products->productAt(row);
    if (!product)
        return settled();
    if (column == ProductTableModel::OnHand) {
        // Core reads the typed text first, so a bad number is refused before anyone is asked for a reason.
        auto onHand = InventoryService::parseStockLevel(text);
        if (!onHand) {
            refuse(sku, onHand.error().message);
            return settled();
        }
        m_askingReason = true;
        const auto reason = askCorrectionReason(*product, *onHand);
        m_askingReason = false;
        if (!reason)
            return settled();
        runChange(sku, tr("Stock of %1 set to %L2.").arg(sku).arg(*onHand),
                [sku, onHand = *onHand, reason = *reason](
                        Session &session) { return session.inventory().setStock(sku, onHand, reason); });
    } else if (column == ProductTableModel::LowStockThreshold) {
        auto threshold = InventoryService::parseLowStockThreshold(text);
        if (!threshold) {
            refuse(sku, threshold.error().message);
            return settled();
        }
        runChange(sku, tr("Low-stock threshold of %1 set to %L2.").arg(sku).arg(*threshold),
                [sku, threshold = *threshold](
                        Session &session) { return session.inventory().setLowStockThreshold(sku, threshold); });
    } else if (column == ProductTableModel::Barcode) {
        // The check digit is checked here first, so a mistyped code is refused without a round trip.
        auto barcode = InventoryService::parseBarcode(text);
        if (!barcode) {
            refuse(sku, barcode.error().message);
            return settled();
        }
        const QString done = barcode->isEmpty() ? tr("Barcode of %1 removed.").arg(sku)
                                                : tr("Barcode of %1 set to %2.").arg(sku, *barcode);
        runChange(sku, done, [sku, barcode = *barcode](Session &session) {
            return session.inventory().editProduct(sku, ProductEdit{.barcode = barcode});
        });
    } else {
        settled();
    }
}

void InventoryView::runChange(const QString &sku, const QString &done, std::function<Result<Product>(Session &)> job)
{
    m_worker.run(std::move(job), this, [this, sku, done](const Result<Product> &result) {
        if (result) {
            showError({});
            m_products->applyProduct(*result);
            if (sku == m_selectedSku)
                loadMovements(sku);
            Q_EMIT statusMessage(done);
            Q_EMIT productChanged(sku);
            Q_EMIT editRequestSettled(sku);
            return;
        }
        refuse(sku, result.error().message);
        // Someone else may have changed it meanwhile: show how it is now.
        m_products->refreshProduct(sku);
        Q_EMIT editRequestSettled(sku);
    });
}

void InventoryView::openReplenishDialog()
{
    const auto product = selectedProduct();
    if (!product || !m_permissions.editStock || m_dialog)
        return;
    m_dialog = new ReplenishDialog(*product, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ReplenishDialog::submitted, this, &InventoryView::onReplenishSubmitted);
    connect(m_dialog, &QDialog::finished, this, [this] { QTimer::singleShot(0, this, &InventoryView::updateActions); });
    m_dialog->open();
    updateActions();
}

void InventoryView::onReplenishSubmitted(const QString &sku, qint64 quantity, const QString &reason)
{
    QPointer<ReplenishDialog> dialog = m_dialog;
    if (dialog)
        dialog->setBusy(true);
    m_worker.run(
            [sku, quantity, reason](Session &session) { return session.inventory().replenish(sku, quantity, reason); },
            this,
            [this, dialog, sku, quantity](const Result<Product> &result) {
                if (dialog)
                    dialog->setBusy(false);
                if (!result) {
                    // The dialog stays open with what was typed, and says why.
                    if (ReplenishDialog *open = dialog.data())
                        open->showError(result.error().message);
                    else
                        showError(result.error().message);
                    Q_EMIT actionFailed(result.error().message);
                    return;
                }
                showError({});
                m_products->applyProduct(*result);
                if (sku == m_selectedSku)
                    loadMovements(sku);
                if (ReplenishDialog *open = dialog.data())
                    open->accept();
                Q_EMIT statusMessage(tr("%1 received %L2; %L3 on hand.").arg(sku).arg(quantity).arg(result->onHand));
                Q_EMIT productChanged(sku);
            });
}

void InventoryView::saveLayout(QSettings &settings) const
{
    settings.setValue(u"inventory/productColumns"_s, m_productTable->horizontalHeader()->saveState());
    settings.setValue(u"inventory/movementColumns"_s, m_movementTable->horizontalHeader()->saveState());
    settings.setValue(u"inventory/splitter"_s, m_splitter->saveState());
}

void InventoryView::restoreLayout(const QSettings &settings)
{
    if (const QByteArray state = settings.value(u"inventory/productColumns"_s).toByteArray();
            !state.isEmpty() && m_productTable->horizontalHeader()->restoreState(state))
        m_productFitter->cancel();
    if (const QByteArray state = settings.value(u"inventory/movementColumns"_s).toByteArray();
            !state.isEmpty() && m_movementTable->horizontalHeader()->restoreState(state))
        m_movementFitter->cancel();
    if (const QByteArray state = settings.value(u"inventory/splitter"_s).toByteArray(); !state.isEmpty())
        m_splitter->restoreState(state);
}

} // namespace shipshape
