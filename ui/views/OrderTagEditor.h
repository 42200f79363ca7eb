#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;

namespace shipshape {

class TagListModel;

// The order detail's tags: chips (TagChipDelegate) with a field to add a tag and a button (or Delete) to
// remove the selected one. It only asks: the detail runs the change on its worker and shows the order
// again, so the chips always show what is stored.
class OrderTagEditor : public QWidget {
    Q_OBJECT

public:
    explicit OrderTagEditor(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    // Whether the login may tag; `reason` is the tooltip while it may not.
    void setEditable(bool editable, const QString &reason = {});
    // While a change runs: no second one.
    void setBusy(bool busy);

    [[nodiscard]] TagListModel *model() const { return m_model; }
    [[nodiscard]] QListView *chipView() const { return m_chips; }
    [[nodiscard]] QLineEdit *tagField() const { return m_field; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    // A tag that passed the rules (Tags::parse), as typed.
    void addRequested(const QString &tag);
    void removeRequested(const QString &tag);
    // The typed text is not a tag: why (names the value).
    void refused(const QString &message);

private:
    void addTyped();
    void removeSelected();
    void updateButtons();

    TagListModel *m_model = nullptr;
    QListView *m_chips = nullptr;
    QLineEdit *m_field = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_editable = true;
    bool m_busy = false;
};

} // namespace shipshape
