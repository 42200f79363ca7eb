#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace shipshape {

// What an empty list says: a centred message over an item view's viewport, saying why nothing is listed
// ("No orders match “smith” with status Confirmed"), optionally how that comes, and at most a few buttons
// that do something about it ("Clear the search"). The owner describes the state with setState()
// whenever what the list shows changes; the overlay shows itself only while the view's model has no rows
// (it follows the model's rows by itself) and hides when the message is empty, e.g. while a first page is
// still on its way. Every list in the app uses this one widget, so they all say it the same way.
class EmptyStateOverlay : public QWidget {
    Q_OBJECT

public:
    struct Action {
        QString text;
        std::function<void()> run;
        QString objectName = {}; // for tests and accessibility tools
    };

    // Lives on the view's viewport (and follows its size); the view must already have its model.
    explicit EmptyStateOverlay(QAbstractItemView *view);

    void setState(const QString &message, const QString &hint = {}, const QList<Action> &actions = {});
    // Says nothing (and so never shows): while loading, or when emptiness needs no explanation.
    void clearState();

    [[nodiscard]] QString message() const;
    [[nodiscard]] QString hint() const;
    [[nodiscard]] const QList<QPushButton *> &actionButtons() const { return m_buttons; }
    // The button with this text, if the state offers it.
    [[nodiscard]] QPushButton *actionButton(const QString &text) const;
    // True while the model has no rows and there is something to say (visible whenever the view is).
    [[nodiscard]] bool isActive() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchModel();
    void followModel();

    QAbstractItemView *m_view = nullptr;
    QPointer<QAbstractItemModel> m_model;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace shipshape
