#include "views/EmptyStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view) : QWidget(view->viewport()), m_view(view)
{
    setObjectName(u"emptyState"_s);
    // The view's own background shows through; only the words and buttons are drawn.
    setAutoFillBackground(false);

    m_message = new QLabel(this);
    m_message->setObjectName(u"emptyStateMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.15);
    m_message->setFont(messageFont);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"emptyStateHint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_buttonRow = new QHBoxLayout;
    m_buttonRow->setSpacing(8);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(24, 24, 24, 24);
    column->setSpacing(8);
    column->addStretch(2);
    column->addWidget(m_message);
    column->addWidget(m_hint);
    column->addSpacing(4);
    column->addLayout(m_buttonRow);
    column->addStretch(3);

    view->viewport()->installEventFilter(this);
    connect(view, &QObject::destroyed, this, [this] { m_view = nullptr; });
    watchModel();
    setGeometry(view->viewport()->rect());
    followModel();
}

void EmptyStateOverlay::watchModel()
{
    // The guarded pointer is read once into a plain one: each read of a QPointer may see null.
    if (QAbstractItemModel *previous = m_model.data())
        disconnect(previous, nullptr, this, nullptr);
    QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    m_model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::followModel);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateOverlay::followModel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateOverlay::followModel);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::followModel);
}

void EmptyStateOverlay::setState(const QString &message, const QString &hint, const QList<Action> &actions)
{
    m_message->setText(message);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    // Rebuilt each time: the buttons of the previous state go, the new ones sit centred between stretches.
    while (QLayoutItem *item = m_buttonRow->takeAt(0))
        delete item;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_buttonRow->addStretch();
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.objectName);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this, [run = action.run] {
            if (run)
                run();
        });
        m_buttonRow->addWidget(button);
        button->show(); // at once, not when the layout gets to it: the state is complete when set
        m_buttons << button;
    }
    m_buttonRow->addStretch();
    followModel();
}

void EmptyStateOverlay::clearState()
{
    setState({});
}

QString EmptyStateOverlay::message() const
{
    return m_message->text();
}

QString EmptyStateOverlay::hint() const
{
    return m_hint->text();
}

QPushButton *EmptyStateOverlay::actionButton(const QString &text) const
{
    for (QPushButton *button : m_buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

bool EmptyStateOverlay::isActive() const
{
    const QAbstractItemModel *model = m_model.data();
    return model && model->rowCount() == 0 && !m_message->text().isEmpty();
}

void EmptyStateOverlay::followModel()
{
    if (m_view && m_view->model() != m_model.data())
        watchModel();
    const bool active = isActive();
    setVisible(active);
    if (active)
        raise(); // above editors and index widgets the view may have
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace shipshape
