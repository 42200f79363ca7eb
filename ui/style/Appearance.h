#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace shipshape {

// Light or dark whatever the desktop's theme is (Settings → Appearance, `shipshape --appearance`).
// Qt 6.4 cannot ask the platform for its colour scheme, so "the desktop's" keeps the style and palette
// the platform gave at start; light and dark are Fusion with palettes whose text colours meet WCAG AA.
class Appearance {
public:
    enum class Scheme {
        Desktop,
        Light,
        Dark,
    };

    // "" (the desktop's), "light" or "dark", as ApplicationSettings stores them.
    [[nodiscard]] static std::optional<Scheme> fromKey(const QString &key);
    [[nodiscard]] static QString key(Scheme scheme);

    // The palette Shipshape draws `scheme` with (Light and Dark only; Desktop is the platform's).
    [[nodiscard]] static QPalette palette(Scheme scheme);
    // Restyles the running application: every window repaints, and pages that build their colours
    // from the palette (the dashboard's charts) rebuild them on QEvent::ApplicationPaletteChange.
    static void apply(Scheme scheme);
    [[nodiscard]] static Scheme current();
};

} // namespace shipshape
