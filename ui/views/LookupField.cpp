#include "views/LookupField.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace shipshape {

namespace {
constexpr int kLookupDelayMs = 200;
constexpr int kVisibleMatches = 12;
} // namespace

LookupField::LookupField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kVisibleMatches);
    setCompleter(m_completer);

    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(kLookupDelayMs);
    connect(&m_lookupTimer, &QTimer::timeout, this, [this] {
        const QString typed = text().trimmed();
        if (!typed.isEmpty())
            lookUp(typed);
    });
    connect(this, &QLineEdit::textEdited, this, [this] { m_lookupTimer.start(); });
    // The completer is the context, not this field: QLineEdit drops every connection from its completer to
    // itself when it loses focus, which would leave a choice made later unheard.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), m_completer,
            [this](const QModelIndex &choice) { chosen(choice); });
}

void LookupField::clearAfterChoice()
{
    QTimer::singleShot(0, this, [this] {
        clear();
        m_matches->clear();
    });
}

void LookupField::showMatches(const QString &typed, const QList<QStandardItem *> &matches)
{
    if (!stillTyped(typed)) {
        qDeleteAll(matches);
        return;
    }
    m_matches->clear();
    for (QStandardItem *match : matches) {
        match->setEditable(false);
        m_matches->appendRow(match);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
}

} // namespace shipshape
