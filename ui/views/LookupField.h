#pragma once

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItem;
class QStandardItemModel;

namespace shipshape {

// A field that looks up what is typed (after a short pause, so a fast typist causes one lookup) and drops
// the matches down under it. Subclasses run the lookup off the GUI thread and hand back the matches; an
// answer to text that has been typed on since is dropped, since a newer lookup follows.
class LookupField : public QLineEdit {
    Q_OBJECT

public:
    explicit LookupField(QWidget *parent);

    // Empties the field and its matches once the completer has written its choice into the field (it does
    // that after announcing the choice).
    void clearAfterChoice();

Q_SIGNALS:
    void lookupFailed(const QString &message);

protected:
    virtual void lookUp(const QString &typed) = 0;
    virtual void chosen(const QModelIndex &choice) = 0;

    // The answer to lookUp(typed): shows the matches, unless the field has been typed on since.
    void showMatches(const QString &typed, const QList<QStandardItem *> &matches);
    [[nodiscard]] bool stillTyped(const QString &typed) const { return text().trimmed() == typed; }
    [[nodiscard]] QStandardItemModel *matches() const { return m_matches; }

private:
    QStandardItemModel *m_matches = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer m_lookupTimer;
};

} // namespace shipshape
