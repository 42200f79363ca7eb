#include "views/DraftListPanel.h"

#include "models/DraftListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

DraftListPanel::DraftListPanel(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Drafts"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_drafts = new DraftListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"draftsList"_s);
    m_view->setAccessibleName(tr("Saved drafts"));
    m_view->setModel(m_drafts);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DraftListModel::Customer, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT resumeRequested(index.data(DraftListModel::DraftIdRole).toString());
    });

    m_newDraft = new QPushButton(tr("New"), this);
    m_newDraft->setObjectName(u"newDraft"_s);
    m_newDraft->setAccessibleName(tr("Start a new order"));
    connect(m_newDraft, &QPushButton::clicked, this, &DraftListPanel::newRequested);
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(u"resumeDraft"_s);
    m_resume->setAccessibleName(tr("Resume the selected draft"));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT resumeRequested(current.data(DraftListModel::DraftIdRole).toString());
    });
    m_discard = new QPushButton(tr("Discard…"), this);
    m_discard->setObjectName(u"discardDraft"_s);
    m_discard->setAccessibleName(tr("Discard the selected draft"));
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT discardRequested(current.data(DraftListModel::DraftIdRole).toString(),
                    current.siblingAtColumn(DraftListModel::Customer).data().toString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newDraft);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_discard);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void DraftListPanel::setDrafts(const QList<DraftSummary> &drafts, const QString &currentId)
{
    m_drafts->setDrafts(drafts);
    select(currentId);
}

void DraftListPanel::select(const QString &draftId)
{
    if (const int row = m_drafts->rowOf(draftId); row >= 0)
        m_view->selectRow(row);
}

void DraftListPanel::clearSelection()
{
    m_view->clearSelection();
}

void DraftListPanel::setActionsEnabled(bool editable, bool placing)
{
    m_newDraft->setEnabled(editable);
    m_resume->setEnabled(!placing);
    m_discard->setEnabled(editable);
}

} // namespace shipshape
