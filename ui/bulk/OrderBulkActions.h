#pragma once

#include "bulk/BulkShipDialog.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderQuery.h"
#include "staff/Permissions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QAction;
class QTableView;
class QToolBar;
class QWidget;

namespace shipshape {

class BulkOrderRunner;
class BulkProgressDialog;
class OrderTableModel;
class SessionWorker;

// The orders page's actions on the selected rows of the order list: ship (tracking numbers asked only for
// the orders OrderPolicy lets ship), add or remove a tag, save packing slips or a pick list as a PDF, export
// CSV. Each runs
// as one background batch (BulkOrderRunner) with its report (BulkProgressDialog); one batch at a time, and
// the actions follow the selection, the login and whether a batch is running.
class OrderBulkActions : public QObject {
    Q_OBJECT

public:
    // `orderView` shows `orderModel`; its selection is what the actions work on. `page` parents the dialogs.
    OrderBulkActions(SessionWorker &worker, OrderTableModel &orderModel, QTableView &orderView, QWidget *page);
    ~OrderBulkActions() override;

    // Puts the actions on the page's toolbar, in the order they are offered.
    void addTo(QToolBar &toolbar);
    // Offers only the actions the current login may perform.
    void setPermissions(const Permissions &permissions);
    // The tags the "Add tag…" dialog offers.
    void setKnownTags(const QStringList &tags) { m_knownTags = tags; }
    // Enables each action for the selection as it is now.
    void updateActions();

    [[nodiscard]] QAction *shipSelectedAction() const { return m_shipSelected; }
    [[nodiscard]] QAction *packingSlipsAction() const { return m_packingSlips; }
    [[nodiscard]] QAction *pickListAction() const { return m_pickList; }
    [[nodiscard]] QAction *exportCsvAction() const { return m_exportCsv; }
    [[nodiscard]] QAction *addTagAction() const { return m_addTag; }
    [[nodiscard]] QAction *removeTagAction() const { return m_removeTag; }
    // The report of the latest batch (null before the first).
    [[nodiscard]] BulkProgressDialog *bulkDialog() const;
    [[nodiscard]] bool isRunning() const;

    // Test hooks: answer the next file dialog, bulk ship dialog or tag dialog instead of a person.
    void setNextSavePath(std::optional<QString> path) { m_nextSavePath = std::move(path); }
    void setNextBulkShipAnswer(std::optional<QList<BulkShipLine>> answer) { m_nextBulkShip = std::move(answer); }
    void setNextTagAnswer(std::optional<QString> tag) { m_nextTag = std::move(tag); }

Q_SIGNALS:
    // A message for the status bar (a refused selection, a file written or not).
    void statusMessage(const QString &message);
    // A tag batch finished: the tags in use may have changed.
    void tagsChanged();

private:
    // The selected rows OrderPolicy allows `action` on, and the others with its reason.
    struct PolicySplit {
        QList<OrderSummary> allowed;
        QList<BulkOrderOutcome> refused;
    };
    [[nodiscard]] PolicySplit splitByPolicy(OrderAction action, const QList<OrderSummary> &rows) const;
    [[nodiscard]] qsizetype selectedRowCount() const;
    [[nodiscard]] QList<qint64> selectedNumbers() const;
    [[nodiscard]] QList<OrderSummary> selectedSummaries() const;
    std::optional<QString> askSavePath(const QString &title, const QString &suggestedName, const QString &filter);
    void shipSelected();
    // "Add tag…" / "Remove tag…": one tag on every selected order, one order at a time with a report.
    void tagSelected(bool adding);
    void printPackingSlips();
    // "Pick list…": the selected orders batched by core (PickLists) and drawn as a PDF with barcodes.
    void savePickList();
    void exportCsv();
    // Null when a batch is already running or the selection is too large.
    BulkOrderRunner *startBulk(const QString &title, const QList<qint64> &numbers, bool changesOrders);

    SessionWorker &m_worker;
    OrderTableModel &m_orderModel;
    QTableView &m_orderView;
    QWidget *m_page = nullptr;
    QAction *m_shipSelected = nullptr;
    QString m_shipSelectedDescription;
    QAction *m_packingSlips = nullptr;
    QAction *m_pickList = nullptr;
    bool m_pickListRunning = false;
    QAction *m_exportCsv = nullptr;
    QAction *m_addTag = nullptr;
    QAction *m_removeTag = nullptr;
    QPointer<BulkProgressDialog> m_bulkDialog;
    BulkOrderRunner *m_bulkRunner = nullptr;
    Permissions m_permissions = Permissions::everything({});
    QStringList m_knownTags;
    std::optional<QString> m_nextSavePath;
    std::optional<QList<BulkShipLine>> m_nextBulkShip;
    std::optional<QString> m_nextTag;
};

} // namespace shipshape
