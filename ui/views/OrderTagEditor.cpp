#include "views/OrderTagEditor.h"

#include "models/TagListModel.h"
#include "tags/Tag.h"
#include "views/TagChipDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrderTagEditor::OrderTagEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"orderTags"_s);
    m_model = new TagListModel(this);
    m_chips = new QListView(this);
    m_chips->setObjectName(u"tagChips"_s);
    m_chips->setAccessibleName(tr("Tags"));
    m_chips->setModel(m_model);
    m_chips->setItemDelegate(new TagChipDelegate(TagListModel::RawValueRole, m_chips));
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setResizeMode(QListView::Adjust);
    m_chips->setSpacing(0);
    m_chips->setFrameShape(QFrame::NoFrame);
    m_chips->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chips->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chips->viewport()->setAutoFillBackground(false);
    m_chips->setFixedHeight(QFontMetrics(font()).height() * 2 + 8);

    m_field = new QLineEdit(this);
    m_field->setObjectName(u"tagField"_s);
    m_field->setAccessibleName(tr("New tag"));
    m_field->setPlaceholderText(tr("Add a tag…"));
    m_field->setMaxLength(Tags::kMaxLength + 20); // the rules decide; this only stops a pasted novel
    m_add = new QPushButton(tr("Add tag"), this);
    m_add->setObjectName(u"addTag"_s);
    m_remove = new QPushButton(tr("Remove tag"), this);
    m_remove->setObjectName(u"removeTag"_s);
    m_remove->setToolTip(tr("Remove the selected tag (Delete)"));

    auto *removeKey = new QAction(tr("Remove tag"), m_chips);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_chips->addAction(removeKey);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Tags:"), this);
    label->setBuddy(m_field);
    layout->addWidget(label);
    layout->addWidget(m_chips, 1);
    layout->addWidget(m_field);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);

    connect(m_add, &QPushButton::clicked, this, &OrderTagEditor::addTyped);
    connect(m_field, &QLineEdit::returnPressed, this, &OrderTagEditor::addTyped);
    connect(m_field, &QLineEdit::textChanged, this, &OrderTagEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &OrderTagEditor::removeSelected);
    connect(removeKey, &QAction::triggered, this, &OrderTagEditor::removeSelected);
    connect(m_chips->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderTagEditor::updateButtons);
    connect(m_model, &TagListModel::modelReset, this, &OrderTagEditor::updateButtons);
    updateButtons();
}

void OrderTagEditor::setTags(const QStringList &tags)
{
    m_model->setTags(tags);
}

void OrderTagEditor::setEditable(bool editable, const QString &reason)
{
    m_editable = editable;
    for (QWidget *widget : {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_add)})
        widget->setToolTip(editable ? QString() : reason);
    m_remove->setToolTip(editable ? tr("Remove the selected tag (Delete)") : reason);
    updateButtons();
}

void OrderTagEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OrderTagEditor::updateButtons()
{
    const bool can = m_editable && !m_busy;
    m_field->setEnabled(can);
    m_add->setEnabled(can && !m_field->text().trimmed().isEmpty());
    m_remove->setEnabled(can && m_chips->selectionModel()->hasSelection());
}

void OrderTagEditor::addTyped()
{
    if (!m_add->isEnabled())
        return;
    auto tag = Tags::parse(u"tag"_s, m_field->text());
    if (!tag) {
        Q_EMIT refused(tag.error().message);
        return;
    }
    // Kept until the tag is stored: the detail clears the field then (a refusal leaves it to correct).
    Q_EMIT addRequested(tag->text);
}

void OrderTagEditor::removeSelected()
{
    if (!m_remove->isEnabled())
        return;
    const QModelIndexList selected = m_chips->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    Q_EMIT removeRequested(selected.constFirst().data(TagListModel::RawValueRole).toString());
}

} // namespace shipshape
