#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace shipshape {

class DraftListModel;
struct DraftSummary;

// The order editor's list of saved drafts, with New, Resume and Discard. It says what the person asked
// for; the editor decides (a discard asks first, a resume saves the draft being typed).
class DraftListPanel : public QWidget {
    Q_OBJECT

public:
    explicit DraftListPanel(QWidget *parent);

    [[nodiscard]] DraftListModel *model() const { return m_drafts; }
    // Shows `drafts`, with `currentId`'s row selected when it is among them.
    void setDrafts(const QList<DraftSummary> &drafts, const QString &currentId);
    void select(const QString &draftId);
    void clearSelection();
    // While an order is placed nothing may change; without the right to place, drafts can only be looked at.
    void setActionsEnabled(bool editable, bool placing);

Q_SIGNALS:
    void newRequested();
    void resumeRequested(const QString &draftId);
    // `customer` names the draft for the question "Discard the draft for …?".
    void discardRequested(const QString &draftId, const QString &customer);

private:
    DraftListModel *m_drafts = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_newDraft = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace shipshape
