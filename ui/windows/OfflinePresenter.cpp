#include "windows/OfflinePresenter.h"

#include "staff/StaffDirectory.h"
#include "sync/ChangeFeed.h"
#include "sync/ConnectionMonitor.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// A desktop started on its replica whose server answers but cannot be used yet (its schema is newer than
// this build's, or is being migrated): how long until it asks again.
constexpr int kCompleteOpenRetryMs = 10'000;

} // namespace

OfflinePresenter::OfflinePresenter(OfflineMode &mode, Session &session, QMainWindow &window)
    : QObject(&window), m_mode(mode), m_session(session)
{
    m_bar = new QToolBar(tr("Offline"), &window);
    m_bar->setObjectName(u"offlineBar"_s);
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_banner = new QLabel(m_bar);
    m_banner->setObjectName(u"offlineBanner"_s);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_bar->addWidget(m_banner);
    window.addToolBar(Qt::TopToolBarArea, m_bar);
    m_bar->hide();
    m_replicaLabel = new QLabel(&window);
    m_replicaLabel->setObjectName(u"replicaLabel"_s);
    window.statusBar()->addPermanentWidget(m_replicaLabel);

    connect(&mode, &OfflineMode::stateChanged, this, &OfflinePresenter::apply);
    connect(&mode, &OfflineMode::replicaProgressed, this, &OfflinePresenter::showProgress);
    connect(&mode, &OfflineMode::replicaUpdated, this, [this](const ReplicaStatus &, const ReplicaSyncReport &report) {
        m_replicaLabel->setText(report.interrupted ? tr("Offline copy: interrupted, resumes at the next start")
                                                   : tr("Offline copy: up to date"));
        // A replica that could not be trusted was thrown away and copied again: say why, once.
        if (!report.rebuiltBecause.isEmpty())
            Q_EMIT statusMessage(tr("The offline copy was made again: %1").arg(report.rebuiltBecause));
    });
    connect(&mode, &OfflineMode::replicaFailed, this, [this](const QString &message) {
        m_replicaLabel->setText(tr("Offline copy: not updated"));
        m_replicaLabel->setToolTip(message);
    });
}

OfflinePresenter::~OfflinePresenter() = default;

bool OfflinePresenter::completeOpenWhenAnswering()
{
    if (!m_mode.isLive() || !m_session.awaitsServer())
        return true;
    if (auto opened = m_session.completeOpen(); !opened) {
        Q_EMIT statusMessage(opened.error().message);
        // The mode stays Live and says nothing more: ask again in a while.
        QTimer::singleShot(kCompleteOpenRetryMs, this, &OfflinePresenter::apply);
        return false;
    }
    if (const auto permissions = m_session.staff().currentPermissions())
        Q_EMIT loginPermissionsRead(*permissions);
    // Its first start found no connection to listen on.
    m_session.changeFeed().start();
    return true;
}

void OfflinePresenter::apply()
{
    if (m_appliedState == m_mode.state())
        return;
    if (!completeOpenWhenAnswering())
        return;
    const bool first = !m_appliedState.has_value();
    m_appliedState = m_mode.state();
    // The pages read the replica only when it holds a finished copy; a server without one leaves them on
    // the server, whose errors they show.
    const bool readReplica = m_mode.state() == OfflineMode::State::Offline;
    // While the server does not answer, only the mode's own thread asks it: this thread's reconnect
    // attempts would block the window for the connect timeout when the host is unreachable.
    m_session.connectionMonitor().setSuspended(!m_mode.isLive());
    // Back: the window's own connection may not know yet that it was cut meanwhile (the server answered
    // the mode's probe a moment ago, so this does not wait).
    if (m_mode.isLive() && !first && !m_session.database().probe())
        (void) m_session.database().reconnectIfNeeded();
    if (readReplica && !m_replicaSession) {
        SessionOptions options = m_session.options();
        options.readOnly = true;
        options.migrate = false;
        const DatabaseUrl url = DatabaseUrl::sqliteFile(m_mode.replicaPath());
        if (auto replica = Session::open(url, options)) {
            m_replicaSession = std::move(*replica);
            Q_EMIT readFromChanged(m_replicaSession.get(), url, options);
        } else {
            Q_EMIT statusMessage(replica.error().message);
        }
    } else if (!readReplica && m_replicaSession) {
        Q_EMIT readFromChanged(&m_session, m_session.database().url(), m_session.options());
        m_replicaSession.reset();
    }
    m_banner->setText(m_mode.banner());
    m_banner->setToolTip(m_mode.problem());
    m_bar->setVisible(!m_mode.isLive());
    Q_EMIT applied(first);
}

void OfflinePresenter::showProgress(const ReplicaProgress &progress)
{
    if (progress.phase != ReplicaProgress::Phase::Copying) {
        m_replicaLabel->setText(tr("Offline copy: catching up (%Ln change(s))", nullptr, int(progress.changesApplied)));
        return;
    }
    const int percent = progress.rowsEstimated > 0
            ? int(std::clamp<qint64>(progress.rowsCopied * 100 / progress.rowsEstimated, 0, 99))
            : 0;
    m_replicaLabel->setText(tr("Copying the shop for offline use: %1% (%2)").arg(percent).arg(progress.table));
}

} // namespace shipshape
