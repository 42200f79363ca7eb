#include "views/OfflineDraftsDialog.h"

#include "background/SessionWorker.h"
#include "drafts/OfflineDraftHandover.h"
#include "drafts/OfflineDraftStore.h"
#include "models/OfflineDraftReviewModel.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The kept orders reviewed against the server, and the files that could not be read.
struct Reviewed {
    QList<OfflineDraftReview> reviews;
    QStringList unreadable;
};

// What a move or discard did: the server's draft ids (moved), orders found placed meanwhile, and the first
// failure, if any.
struct Handled {
    QStringList draftIds;
    QList<qint64> placedMeanwhile;
    int count = 0;
    QString failure;
};

} // namespace

OfflineDraftsDialog::OfflineDraftsDialog(
        std::shared_ptr<OfflineDraftStore> store, SessionWorker &worker, QWidget *parent)
    : QDialog(parent), m_store(std::move(store)), m_worker(worker)
{
    setObjectName(u"offlineDraftsDialog"_s);
    setWindowTitle(tr("Orders typed offline"));
    resize(900, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These orders were typed on this desktop while the server did not answer. They are "
                                "checked against the catalogue as it is now. Move them to the drafts to place them "
                                "from New order; stock is reserved when they are placed."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_model = new OfflineDraftReviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"offlineDraftsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OfflineDraftReviewModel::Changes, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"offlineDraftsStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_move = buttons->addButton(tr("&Move to drafts"), QDialogButtonBox::ActionRole);
    m_move->setObjectName(u"moveToDrafts"_s);
    m_move->setToolTip(tr("Hand the selected orders to the server's drafts, to be placed from New order"));
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::ActionRole);
    m_discard->setObjectName(u"discardOfflineDrafts"_s);
    m_discard->setToolTip(tr("Drop the selected orders from this desktop"));
    connect(m_move, &QPushButton::clicked, this, &OfflineDraftsDialog::moveSelected);
    connect(m_discard, &QPushButton::clicked, this, &OfflineDraftsDialog::discardSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfflineDraftsDialog::updateButtons);
    updateButtons();
}

QString OfflineDraftsDialog::statusText() const
{
    return m_status->text();
}

void OfflineDraftsDialog::reload()
{
    setBusy(true);
    m_status->setText(tr("Checking the orders against the server…"));
    m_worker.run(
            [store = m_store](Session &session) -> Result<Reviewed> {
                Reviewed reviewed;
                auto kept = store->list(&reviewed.unreadable);
                if (!kept)
                    return fail(kept.error());
                for (const OfflineDraft &offline : std::as_const(*kept)) {
                    auto review = OfflineDraftHandover::review(session.drafts(), offline);
                    if (!review)
                        return fail(review.error());
                    reviewed.reviews << *review;
                }
                return reviewed;
            },
            this,
            [this](const Result<Reviewed> &result) {
                setBusy(false);
                const QString outcome = std::exchange(m_outcome, QString());
                if (!result) {
                    m_status->setText(tr("The orders could not be checked: %1").arg(result.error().message));
                    return;
                }
                m_model->setReviews(result->reviews);
                m_table->selectAll();
                QString text = result->reviews.isEmpty()
                        ? tr("No orders typed offline are waiting.")
                        : tr("%Ln order(s) typed offline are waiting.", nullptr, int(result->reviews.size()));
                if (!result->unreadable.isEmpty())
                    text += u' ' + tr("Not readable, left in place: %1").arg(result->unreadable.join(u"; "_s));
                m_status->setText(outcome.isEmpty() ? text : outcome + u' ' + text);
                updateButtons();
                Q_EMIT reviewed();
            });
}

QStringList OfflineDraftsDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << row.data(OfflineDraftReviewModel::DraftIdRole).toString();
    return ids;
}

void OfflineDraftsDialog::moveSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_busy)
        return;
    setBusy(true);
    m_status->setText(tr("Moving to the drafts…"));
    m_worker.run(
            [store = m_store, ids](Session &session) -> Result<Handled> {
                Handled handled;
                for (const QString &id : ids) {
                    auto offline = store->load(id);
                    auto moved = offline
                            ? OfflineDraftHandover::moveToServer(session.drafts(), session.orders(), *store, *offline)
                            : Result<OfflineMove>(fail(offline.error()));
                    if (!moved) {
                        handled.failure = moved.error().message;
                        break; // the rest stay here, as they were
                    }
                    if (moved->kind == OfflineMove::Kind::AlreadyPlaced)
                        handled.placedMeanwhile << moved->orderNumber;
                    else
                        handled.draftIds << moved->draftId;
                }
                return handled;
            },
            this,
            [this](const Result<Handled> &result) {
                setBusy(false);
                if (!result) {
                    m_outcome = tr("Nothing was moved: %1").arg(result.error().message);
                } else {
                    m_outcome = tr("%Ln order(s) moved to the drafts; place them from New order.", nullptr,
                            int(result->draftIds.size()));
                    for (const qint64 number : result->placedMeanwhile)
                        m_outcome += u' ' + tr("One continued a draft placed meanwhile as order #%1.").arg(number);
                    if (!result->failure.isEmpty())
                        m_outcome += u' ' + tr("Stopped: %1").arg(result->failure);
                    if (!result->draftIds.isEmpty())
                        Q_EMIT movedToDrafts(result->draftIds);
                }
                reload();
            });
}

void OfflineDraftsDialog::discardSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_busy)
        return;
    if (!m_autoConfirm
            && QMessageBox::question(this, tr("Discard orders typed offline"),
                       tr("Discard %n order(s) typed offline? They were never placed; this cannot be undone.", nullptr,
                               int(ids.size())))
                    != QMessageBox::Yes)
        return;
    setBusy(true);
    m_worker.run(
            [store = m_store, ids](Session &) -> Result<Handled> {
                Handled handled;
                for (const QString &id : ids) {
                    if (auto discarded = store->discard(id); !discarded) {
                        handled.failure = discarded.error().message;
                        break;
                    }
                    ++handled.count;
                }
                return handled;
            },
            this,
            [this](const Result<Handled> &result) {
                setBusy(false);
                if (!result || !result->failure.isEmpty())
                    m_outcome = tr("Not all were discarded: %1").arg(result ? result->failure : result.error().message);
                reload();
            });
}

void OfflineDraftsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OfflineDraftsDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_move->setEnabled(any && !m_busy);
    m_discard->setEnabled(any && !m_busy);
}

} // namespace shipshape
