#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QWidget;

namespace shipshape {

class OfflineDraftStore;
class OfflineDraftsDialog;
class SessionWorker;

// Orders typed while the server did not answer (docs/replica.md): the desktop's OfflineDraftStore for its
// server (beside the replica), the File menu's "Orders typed offline…", and their review offered as soon as
// the server answers with such orders kept — also after a restart. The window tells it the mode; the order
// editor keeps its drafts in store() while offline.
class OfflineDraftsPresenter : public QObject {
    Q_OBJECT

public:
    // `replicaPath` names the server's replica; the store is the folder beside it. `worker` reads the live
    // server when the review runs.
    OfflineDraftsPresenter(const QString &replicaPath, SessionWorker &worker, QWidget &window);

    [[nodiscard]] const std::shared_ptr<OfflineDraftStore> &store() const { return m_store; }
    [[nodiscard]] QAction *reviewAction() const { return m_reviewAction; }
    // The review, once opened (null before).
    [[nodiscard]] OfflineDraftsDialog *dialog() const;

    // The window is live (true) or offline. Live with orders kept here: the review opens, once per return.
    void apply(bool live, bool mayPlaceOrders);
    void openReview();

Q_SIGNALS:
    void movedToDrafts(const QStringList &draftIds);

private:
    void updateAction();

    std::shared_ptr<OfflineDraftStore> m_store;
    SessionWorker &m_worker;
    QWidget &m_window;
    QAction *m_reviewAction = nullptr;
    QPointer<OfflineDraftsDialog> m_dialog;
    bool m_live = false;
    bool m_mayPlace = false;
    bool m_offered = false; // the review was offered since the server last answered
};

} // namespace shipshape
