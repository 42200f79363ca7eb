#pragma once

#include "drafts/OfflineDraft.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace shipshape {

class OfflineDraftReviewModel;
class OfflineDraftStore;
class SessionWorker;

// "Orders typed offline" (docs/replica.md): what this desktop kept while the server did not answer, checked
// against the server's catalogue now — the total at today's prices and, per line, a changed price, stock
// that ran short or a product no longer sold. "Move to drafts" hands the selected orders to the server's
// drafts, where they are placed from New order like any draft (stock is reserved then); "Discard…" drops
// them. Reviews and moves run on `worker` (the live session).
class OfflineDraftsDialog : public QDialog {
    Q_OBJECT

public:
    OfflineDraftsDialog(std::shared_ptr<OfflineDraftStore> store, SessionWorker &worker, QWidget *parent = nullptr);

    // Reads the kept orders and reviews them again (reviewed() follows).
    void reload();
    void moveSelected();
    void discardSelected();
    [[nodiscard]] OfflineDraftReviewModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString statusText() const;
    // Test hook: answer "discard?" without a dialog.
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }

Q_SIGNALS:
    void reviewed();
    // The server's drafts now hold these orders (its draft ids).
    void movedToDrafts(const QStringList &draftIds);

private:
    [[nodiscard]] QStringList selectedIds() const;
    void setBusy(bool busy);
    void updateButtons();

    std::shared_ptr<OfflineDraftStore> m_store;
    SessionWorker &m_worker;
    OfflineDraftReviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_discard = nullptr;
    QString m_outcome; // what the last move or discard did, shown with the next review
    bool m_busy = false;
    bool m_autoConfirm = false;
};

} // namespace shipshape
