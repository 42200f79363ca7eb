#pragma once

#include "models/KpiFormat.h"

#include <QFrame>

class QLabel;

namespace shipshape {

// One dashboard figure: its title, value, change against the previous period and a detail line.
// A clickable card acts like a button (mouse, Enter or Space) and emits activated().
class KpiCard : public QFrame {
    Q_OBJECT

public:
    // Whether a rising figure is good news (revenue) or bad news (failure rate, placement time).
    enum class Polarity {
        HigherIsBetter,
        LowerIsBetter,
        Neutral
    };
    // Whether the figure meets its target (the 95% success rate, the 2 s placement time).
    enum class TargetState {
        NoTarget,
        Met,
        Missed
    };

    explicit KpiCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setChange(const KpiChange &change, Polarity polarity);
    void setDetail(const QString &detail);
    void setTargetState(TargetState state);
    void setClickable(bool clickable);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString value() const;
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] QString detail() const;
    [[nodiscard]] TargetState targetState() const { return m_target; }
    [[nodiscard]] bool isClickable() const { return m_clickable; }
    // The colours the value and the change are drawn in (good news, bad news or plain).
    [[nodiscard]] QColor valueColor() const;
    [[nodiscard]] QColor changeColor() const;

    // Good and bad news colours for chart series (fills and bars, beside the KPIs); text takes its colour
    // from TextTone, which keeps it readable on the palette.
    static QColor goodColor();
    static QColor badColor();

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();
    void updateAccessibleText();

    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_detail = nullptr;
    KpiChange m_lastChange;
    Polarity m_polarity = Polarity::Neutral;
    TargetState m_target = TargetState::NoTarget;
    bool m_clickable = false;
};

} // namespace shipshape
