#include "windows/OfflineDraftsPresenter.h"

#include "background/SessionWorker.h"
#include "drafts/OfflineDraftStore.h"
#include "views/OfflineDraftsDialog.h"

#include <QAction>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OfflineDraftsPresenter::OfflineDraftsPresenter(const QString &replicaPath, SessionWorker &worker, QWidget &window)
    : QObject(&window), m_store(std::make_shared<OfflineDraftStore>(OfflineDraftStore::folderBeside(replicaPath))),
      m_worker(worker), m_window(window)
{
    m_reviewAction = new QAction(tr("Orders typed &offline…"), this);
    m_reviewAction->setObjectName(u"offlineDraftsAction"_s);
    connect(m_reviewAction, &QAction::triggered, this, &OfflineDraftsPresenter::openReview);
    updateAction();
}

OfflineDraftsDialog *OfflineDraftsPresenter::dialog() const
{
    return m_dialog;
}

void OfflineDraftsPresenter::apply(bool live, bool mayPlaceOrders)
{
    const bool returned = live && !m_live;
    m_live = live;
    m_mayPlace = mayPlaceOrders;
    if (!live) {
        m_offered = false;
        if (m_dialog)
            m_dialog->close(); // it reviews against the server, which no longer answers
    }
    updateAction();
    if (!returned || m_offered || !m_mayPlace)
        return;
    // Asked on the worker, behind the editor's last save of an order typed offline (queued just before on
    // the same worker), so an order kept in the last moment is seen too.
    m_worker.run([store = m_store](Session &) -> Result<bool> { return !store->isEmpty(); }, this,
            [this](const Result<bool> &waiting) {
                updateAction();
                if (waiting && *waiting && m_live && !m_offered) {
                    m_offered = true;
                    openReview();
                }
            });
}

void OfflineDraftsPresenter::openReview()
{
    if (!m_live)
        return;
    if (!m_dialog) {
        m_dialog = new OfflineDraftsDialog(m_store, m_worker, &m_window);
        m_dialog->setWindowModality(Qt::NonModal);
        connect(m_dialog, &OfflineDraftsDialog::movedToDrafts, this, &OfflineDraftsPresenter::movedToDrafts);
        connect(m_dialog, &OfflineDraftsDialog::reviewed, this, &OfflineDraftsPresenter::updateAction);
    }
    m_dialog->reload();
    m_dialog->show();
    m_dialog->raise();
}

void OfflineDraftsPresenter::updateAction()
{
    const bool waiting = !m_store->isEmpty();
    m_reviewAction->setEnabled(m_live && m_mayPlace && waiting);
    if (!waiting)
        m_reviewAction->setToolTip(tr("No orders typed offline are waiting on this desktop"));
    else if (!m_live)
        m_reviewAction->setToolTip(tr("Orders typed offline are reviewed when the server answers again"));
    else if (!m_mayPlace)
        m_reviewAction->setToolTip(tr("Your login may not place orders"));
    else
        m_reviewAction->setToolTip(tr("Check the orders typed offline against the server and move them to the drafts"));
}

} // namespace shipshape
