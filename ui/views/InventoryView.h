#pragma once

#include "inventory/Product.h"
#include "models/ProductTableModel.h"
#include "staff/Permissions.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSettings;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace shipshape {

class ColumnFitter;
class EmptyStateOverlay;
class ReplenishDialog;
class SessionWorker;
class StockMovementModel;

// The inventory screen: products with their stock (search, low-stock filter, sorting, low-stock rows
// tinted), inline correction of on-hand stock and of the low-stock threshold, a replenish dialog, and
// the stock ledger of the selected product. Everything runs on the SessionWorker and every rule is
// core's: a refused value shows core's message and the cell keeps its value. Logins that may not change
// stock see it all read-only.
class InventoryView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMovementLimit = 200;

    explicit InventoryView(SessionWorker &worker, QWidget *parent = nullptr);

    // Read-only until told otherwise: editing needs Permissions::editStock.
    void setPermissions(const Permissions &permissions);
    // Re-reads the products and the selected product's ledger (F5, after a reconnect).
    void reload();
    // Column widths and order, the sort and the splitter, kept in the settings under "inventory/".
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);
    // The product's stock changed (ChangeHub::stockChanged): refresh its row in place.
    void refreshProduct(const QString &sku);
    // Selects a product (once loaded) and shows its ledger.
    void selectProduct(const QString &sku);
    [[nodiscard]] std::optional<Product> selectedProduct() const;

    // Test hook: the reason the next stock correction is given, instead of asking a person.
    // An empty optional inside means "the person cancelled".
    void setNextCorrectionReason(std::optional<std::optional<QString>> answer) { m_nextReason = std::move(answer); }

    ProductTableModel *productModel() const { return m_products; }
    StockMovementModel *movementModel() const { return m_movements; }
    QTableView *productTable() const { return m_productTable; }
    QTableView *movementTable() const { return m_movementTable; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *lowStockOnlyBox() const { return m_lowStockOnly; }
    QPushButton *replenishButton() const { return m_replenish; }
    QLabel *errorLabel() const { return m_error; }
    EmptyStateOverlay *productsEmptyState() const { return m_productsEmpty; }
    EmptyStateOverlay *movementsEmptyState() const { return m_movementsEmpty; }
    // The open replenish dialog, if any.
    ReplenishDialog *replenishDialog() const;

Q_SIGNALS:
    // This view changed a product's stock or threshold (other views may show its availability).
    void productChanged(const QString &sku);
    // An action was refused or failed; the message is core's (also shown in the view).
    void actionFailed(const QString &message);
    // Something worth a line in the status bar ("Stock of SKU-1 set to 12.").
    void statusMessage(const QString &message);
    // A ledger row of an order was double-clicked.
    void openOrder(qint64 number);
    // A value typed into a cell has been dealt with: refused, given up (no reason given) or answered by
    // core. Nothing more happens for it after this (tests wait for it before checking nothing changed).
    void editRequestSettled(const QString &sku);

private:
    void applyFilter();
    void onEditRequested(const QString &sku, ProductTableModel::Column column, const QString &text);
    void handleEditRequest(const QString &sku, ProductTableModel::Column column, const QString &text);
    void runChange(const QString &sku, const QString &done, std::function<Result<Product>(class Session &)> job);
    void openReplenishDialog();
    void onReplenishSubmitted(const QString &sku, qint64 quantity, const QString &reason);
    void onCurrentRowChanged();
    void loadMovements(const QString &sku);
    void showError(const QString &message);
    void refuse(const QString &sku, const QString &message);
    void updateActions();
    void updateCount();
    void updateProductsEmptyState(const QString &loadError);
    void updateMovementsEmptyState();
    std::optional<QString> askCorrectionReason(const Product &product, qint64 onHand);

    SessionWorker &m_worker;
    ProductTableModel *m_products = nullptr;
    StockMovementModel *m_movements = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_lowStockOnly = nullptr;
    QPushButton *m_replenish = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_movementTitle = nullptr;
    QTableView *m_productTable = nullptr;
    QTableView *m_movementTable = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchDelay = nullptr;
    EmptyStateOverlay *m_productsEmpty = nullptr;
    EmptyStateOverlay *m_movementsEmpty = nullptr;
    ColumnFitter *m_productFitter = nullptr;
    ColumnFitter *m_movementFitter = nullptr;
    QPointer<ReplenishDialog> m_dialog;
    QString m_selectedSku;
    QString m_pendingSelection;
    quint64 m_movementGeneration = 0;
    bool m_askingReason = false;
    Permissions m_permissions; // default: read-only
    std::optional<std::optional<QString>> m_nextReason;
};

} // namespace shipshape
