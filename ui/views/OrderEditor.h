#pragma once

#include "common/Result.h"
#include "drafts/DraftKeeper.h"
#include "drafts/DraftOrder.h"
#include "drafts/DraftQuote.h"
#include "staff/Permissions.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace shipshape {

class DraftAdjustmentsPanel;
class DraftCheckoutForm;
class DraftLineModel;
class DraftListModel;
class DraftListPanel;
class DraftTotalsView;
class OfflineDraftStore;
class LineTableView;
class ProductSearchField;
class Session;
class SessionWorker;
struct Error;

// Taking an order: products picked by name or SKU with their available stock, quantities, discounts and a
// shipping fee, live totals from core (subtotal, discounts, shipping, tax per rate, total), customer lookup or a new
// customer, shipping address and payment method. The draft is saved to the database as it is edited (debounced, on the
// SessionWorker) and survives restarts; the drafts list resumes or discards one. "Place order" (Ctrl+Return) places it
// through core and either reports the new order or shows the failure next to its cause, keeping everything typed.
class OrderEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 500;

    explicit OrderEditor(SessionWorker &worker, QWidget *parent = nullptr);
    ~OrderEditor() override;

    // Clears the form for a new order (stored once something is entered).
    void startNewDraft();
    // Loads a saved draft into the form (asynchronously; draftLoaded follows).
    void resumeDraft(const QString &draftId);
    // Saves pending edits now instead of after the debounce delay.
    void saveNow();
    void placeOrder();
    void refreshDrafts();
    // Prices the lines again with the stock as it is now (connect to stock change notifications).
    void refreshQuote();

    [[nodiscard]] QString currentDraftId() const { return m_draft.id; }
    [[nodiscard]] bool isPlacing() const { return m_placing; }
    [[nodiscard]] DraftLineModel *lineModel() const { return m_lines; }
    [[nodiscard]] DraftListModel *draftListModel() const;
    [[nodiscard]] const std::optional<DraftQuote> &quote() const { return m_quote; }
    [[nodiscard]] DraftAdjustmentsPanel *adjustments() const { return m_adjustments; }
    [[nodiscard]] DraftTotalsView *totals() const { return m_totals; }
    // The message shown next to a field (core's field name, e.g. "shippingAddress.zip"); empty when none.
    [[nodiscard]] QString fieldMessage(const QString &field) const;
    // A login that may not place orders sees drafts but cannot edit or place them (the server refuses
    // the same on PostgreSQL).
    void setPermissions(const Permissions &permissions);
    // Offline (docs/replica.md): while `store` is set the form keeps what is typed on this desktop instead of in
    // the server's drafts, lists and opens those, and does not place; `login` is who typed them. The order
    // on screen stays when the mode changes: going offline it is kept as a new offline draft (the server's
    // copy stays as last saved), going live the offline one is kept and the form starts a new order.
    void setOfflineDrafts(std::shared_ptr<OfflineDraftStore> store, const QString &login);
    [[nodiscard]] bool keepsDraftsOffline() const { return m_keeper.isOffline(); }
    // Test hook: answer "discard this draft?" without a dialog.
    void setConfirmAutomatically(bool yes) { m_autoConfirm = yes; }

Q_SIGNALS:
    void orderPlaced(qint64 number);
    void placementFailed(const QString &message);
    void draftSaved(const QString &draftId);
    void draftLoaded(const QString &draftId);
    void quoteUpdated();
    void draftsRefreshed();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildLinesSection();
    // A field with its message label underneath; the label is found by core's field name.
    QWidget *withMessage(QWidget *field, const QString &fieldName);

    [[nodiscard]] DraftOrder collect() const;
    void fill(const DraftOrder &draft);
    // "New order", or when and by whom the stored draft was started.
    void showTitle(const DraftOrder &draft);
    void edited(const QString &fieldName);
    void linesEdited();
    void adjustmentsEdited();
    // Place is offered only while core's latest quote refuses no discount or fee.
    [[nodiscard]] bool quoteAllowsPlacing() const;
    void save();
    void saved(quint64 generation, const Result<DraftOrder> &result);
    // Which stored draft the form writes to. Only jobs on the worker thread read and update it, one after
    // another, so each save names the version the previous one stored, however many are queued.
    struct StoredDraft {
        QString id;
        qint64 version = 0;
    };
    // Offline: the server's draft the order on screen continues (its id and stored version), if any.
    struct Continues {
        QString id;
        qint64 version = 0;
    };
    static Result<DraftOrder> saveOnWorker(Session &session, const DraftKeeper &keeper,
            const std::shared_ptr<StoredDraft> &stored, DraftOrder draft, const Continues &continues,
            const QList<SeenPrice> &shown);
    // Stores `draft` through `keeper` on the worker, as the draft m_stored names.
    void dispatchSave(
            const DraftKeeper &keeper, const DraftOrder &draft, std::function<void(const Result<DraftOrder> &)> done);
    // The server answers again with an offline order on screen: keep it here, then start a new order.
    void handOverOfflineDraft(const DraftKeeper &offline);
    void requestQuote();
    void showQuote(const DraftQuote &quote);
    void showProblems();
    void setMessage(const QString &fieldName, const QString &message);
    void clearMessages();
    void showPlacementError(const Error &error);
    void setPlacing(bool placing);
    void updateEnabled();
    void productChosen(const QString &sku);
    void discardDraft(const QString &draftId, const QString &who);
    void setStatus(const QString &text);

    SessionWorker &m_worker;
    DraftOrder m_draft; // what the last answer said is stored (id, version, creation); the form holds the rest
    std::shared_ptr<StoredDraft> m_stored;
    // Which draft the form shows; answers about an earlier one (a save still running when the agent
    // moved on) must not touch the form.
    quint64 m_generation = 0;
    bool m_dirty = false;
    bool m_saveDispatched = false; // a save of this draft was queued: it is stored (or about to be)
    bool m_placing = false;
    bool m_filling = false;
    bool m_autoConfirm = false;
    bool m_mayPlace = true;
    QString m_readOnlyReason; // set while nothing may change the shop (offline, an archive)
    DraftKeeper m_keeper; // the server's drafts, or this desktop's while offline
    Continues m_continues;
    quint64 m_mode = 0; // counts switches between the two: a draft loading across one is dropped
    bool m_handingOver = false; // the offline order on screen is being kept as the server comes back
    QSplitter *m_splitter = nullptr;
    QSet<QString> m_touched; // fields whose problems are shown (all of them after a placement attempt)
    std::optional<DraftQuote> m_quote;
    quint64 m_quoteRequest = 0; // the latest quote asked for; earlier answers are stale
    QTimer m_saveTimer;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    DraftLineModel *m_lines = nullptr;
    DraftListPanel *m_draftList = nullptr;
    LineTableView *m_linesView = nullptr;
    ProductSearchField *m_productSearch = nullptr;
    DraftCheckoutForm *m_checkout = nullptr;
    DraftAdjustmentsPanel *m_adjustments = nullptr;
    DraftTotalsView *m_totals = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_removeLine = nullptr;
    QWidget *m_form = nullptr;
    QHash<QString, QLabel *> m_messages;
};

} // namespace shipshape
