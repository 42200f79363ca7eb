#include "views/KpiCard.h"

#include "style/TextTone.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

KpiCard::KpiCard(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    // The card's surface follows the system palette (light or dark): the base colour of inputs.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // Minimum: every card of a row grows to the tallest one's height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_title = new QLabel(title, this);
    m_title->setObjectName(u"title"_s);
    m_title->setWordWrap(false);
    m_value = new QLabel(this);
    m_value->setObjectName(u"value"_s);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_change = new QLabel(this);
    m_change->setObjectName(u"change"_s);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"detail"_s);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    m_title->setFont(small);
    for (QLabel *label : {m_title, m_value, m_change, m_detail})
        label->setTextFormat(Qt::PlainText);

    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(10);
    valueRow->addWidget(m_value);
    valueRow->addStretch();
    valueRow->addWidget(m_change, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addLayout(valueRow);
    layout->addWidget(m_detail);
    layout->addStretch();
    setMinimumHeight(84);
    setAccessibleName(title);
    updateColors();
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

QColor KpiCard::goodColor()
{
    return QColor(0x2f, 0x9e, 0x44);
}

QColor KpiCard::badColor()
{
    return QColor(0xe0, 0x31, 0x31);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
    updateAccessibleText();
}

void KpiCard::setChange(const KpiChange &change, Polarity polarity)
{
    m_lastChange = change;
    m_polarity = polarity;
    m_change->setText(change.text);
    m_change->setToolTip(
            change.text.isEmpty() ? QString() : tr("Change against the previous period of the same length"));
    updateColors();
    updateAccessibleText();
}

void KpiCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    updateAccessibleText();
}

void KpiCard::setTargetState(TargetState state)
{
    m_target = state;
    updateColors();
}

void KpiCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    if (clickable) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Show the orders this figure counts"));
    } else {
        unsetCursor();
        setToolTip({});
    }
}

void KpiCard::updateColors()
{
    // The labels sit on the card's Base background, so they draw with the Text role (and WindowText
    // wherever a style uses that); set both.
    const QPalette base = palette();
    auto tinted = [&base](const QColor &color) {
        QPalette tint = base;
        tint.setColor(QPalette::WindowText, color);
        tint.setColor(QPalette::Text, color);
        return tint;
    };
    const QColor muted = TextTone::color(TextTone::Tone::Muted, base);
    m_title->setPalette(tinted(muted));
    m_detail->setPalette(tinted(muted));

    const bool up = m_lastChange.direction == KpiChange::Direction::Up;
    const bool down = m_lastChange.direction == KpiChange::Direction::Down;
    QColor change = muted;
    if ((up || down) && m_polarity != Polarity::Neutral) {
        const bool good
                = (up && m_polarity == Polarity::HigherIsBetter) || (down && m_polarity == Polarity::LowerIsBetter);
        change = TextTone::color(good ? TextTone::Tone::Good : TextTone::Tone::Bad, base);
    }
    m_change->setPalette(tinted(change));

    QColor value = base.color(QPalette::Text);
    if (m_target == TargetState::Met)
        value = TextTone::color(TextTone::Tone::Good, base);
    else if (m_target == TargetState::Missed)
        value = TextTone::color(TextTone::Tone::Bad, base);
    m_value->setPalette(tinted(value));
}

QColor KpiCard::valueColor() const
{
    return m_value->palette().color(m_value->foregroundRole());
}

QColor KpiCard::changeColor() const
{
    return m_change->palette().color(m_change->foregroundRole());
}

void KpiCard::updateAccessibleText()
{
    QStringList parts{m_value->text()};
    if (!m_change->text().isEmpty())
        parts << tr("change against the previous period: %1").arg(m_change->text());
    if (!m_detail->text().isEmpty())
        parts << m_detail->text();
    setAccessibleDescription(parts.join(u"; "_s));
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
            && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT activated();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // Keyboard users need to see which card Enter opens.
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(1, 1, -2, -2));
}

void KpiCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The constructor's setBackgroundRole() sends one before the labels exist.
    if (event->type() == QEvent::PaletteChange && m_value)
        updateColors();
}

} // namespace shipshape
