#pragma once

#include <QColor>
#include <QPalette>

namespace shipshape {

// The colours that carry meaning in text (an error under a field, a stock warning, a KPI that met or
// missed its target), made readable on whatever palette the desktop has: every colour returned has at
// least WCAG AA contrast (4.5:1) against the palette's Base and Window, in a light theme and a dark one.
class TextTone {
public:
    enum class Tone {
        Error, // refused input, out of stock, a failed email
        Warning, // low stock
        Good, // a KPI that moved the right way or met its target
        Bad, // a KPI that moved the wrong way or missed its target
        Muted, // secondary text: a card's title and details
    };

    static constexpr double kMinimumContrast = 4.5; // WCAG 2.1 AA, normal text

    [[nodiscard]] static QColor color(Tone tone, const QPalette &palette);
    // The application's palette (for item models, which have no widget of their own).
    [[nodiscard]] static QColor color(Tone tone);

    // WCAG 2.1 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);
    [[nodiscard]] static bool isDark(const QPalette &palette);
};

} // namespace shipshape
