#pragma once

#include <QProxyStyle>

class QHeaderView;

namespace shipshape {

// Sort arrows that tell the truth: ▲ when the rows run from the smallest (A, oldest, lowest) up, ▼ when
// they run from the largest (Z, newest, highest) down, on every platform. QHeaderView hands a style
// ascending order as "SortDown" and each style draws that its own way (Fusion on Linux draws an up arrow
// for a newest-first list); this draws the plain up or down arrow primitive of whatever style is in use.
class SortArrowStyle : public QProxyStyle {
    Q_OBJECT

public:
    // Uses the application's style for everything else.
    SortArrowStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
            const QWidget *widget = nullptr) const override;

    // Gives the header truthful arrows (one style shared by every header; it lives as long as the application).
    static void install(QHeaderView *header);
};

} // namespace shipshape
