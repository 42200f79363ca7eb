#pragma once

#include "replica/OfflineMode.h"
#include "session/Session.h"
#include "staff/Permissions.h"

#include <QObject>

#include <memory>
#include <optional>

class QLabel;
class QMainWindow;
class QToolBar;

namespace shipshape {

// How a main window shows offline mode (docs/replica.md): a banner bar with the age of the history it holds
// while the server does not answer, the replica's state and the first sync's progress in the status bar, and
// the read-only replica session the pages read while offline. It tells the window what to read and when the
// state was applied; the window decides what that means for its pages, workers and actions.
//
// A desktop started on its replica (Session::awaitsServer) is completed here when the server answers: the
// schema check or migration that opening would have done, the login's permissions read and the change feed
// started. Until that works the replica stays, and it asks again every 10 s.
class OfflinePresenter : public QObject {
    Q_OBJECT

public:
    // Adds the banner bar to `window` (hidden while live) and the replica label to its status bar. `mode`
    // and `session` outlive the presenter.
    OfflinePresenter(OfflineMode &mode, Session &session, QMainWindow &window);
    ~OfflinePresenter() override;

    // Brings the window to the mode's state (the first call and every change of state).
    void apply();
    [[nodiscard]] QLabel *banner() const { return m_banner; }
    // The replica session the pages read, while offline; null while live.
    [[nodiscard]] Session *replicaSession() const { return m_replicaSession.get(); }

Q_SIGNALS:
    // The pages should read from `url` with `options` from now on: the replica (read-only) while offline, the
    // session's own database when live again. `readFrom` is the session to read on this thread.
    void readFromChanged(
            shipshape::Session *readFrom, const shipshape::DatabaseUrl &url, const shipshape::SessionOptions &options);
    // The login's permissions, read when a session started on the replica reached its server.
    void loginPermissionsRead(const shipshape::Permissions &permissions);
    // The state was applied: the window refreshes its actions, labels and (unless `first`) its pages.
    void applied(bool first);
    void statusMessage(const QString &message);

private:
    // A session started on the replica, once the server answers; false while it cannot be used yet.
    bool completeOpenWhenAnswering();
    void showProgress(const ReplicaProgress &progress);

    OfflineMode &m_mode;
    Session &m_session;
    std::optional<OfflineMode::State> m_appliedState; // what the pages were last switched to
    // The replica, read-only, on this thread (the order list reads it) while offline.
    std::unique_ptr<Session> m_replicaSession;
    QToolBar *m_bar = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_replicaLabel = nullptr;
};

} // namespace shipshape
