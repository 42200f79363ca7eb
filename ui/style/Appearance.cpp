#include "style/Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {

// The platform's own look, remembered the first time the appearance changes so that "the desktop's"
// can bring it back without a restart.
struct DesktopLook {
    QString styleName;
    QPalette palette;
};

const DesktopLook &desktopLook()
{
    static const DesktopLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

Appearance::Scheme g_current = Appearance::Scheme::Desktop;

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
            linkVisited, toolTipBase, toolTipText, placeholder, disabledText, light, midlight, mid, dark, shadow;
};

QPalette paletteFrom(const Colours &c)
{
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.windowText);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternateBase);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.button);
    palette.setColor(QPalette::ButtonText, c.buttonText);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightedText);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::LinkVisited, c.linkVisited);
    palette.setColor(QPalette::ToolTipBase, c.toolTipBase);
    palette.setColor(QPalette::ToolTipText, c.toolTipText);
    palette.setColor(QPalette::PlaceholderText, c.placeholder);
    palette.setColor(QPalette::Light, c.light);
    palette.setColor(QPalette::Midlight, c.midlight);
    palette.setColor(QPalette::Mid, c.mid);
    palette.setColor(QPalette::Dark, c.dark);
    palette.setColor(QPalette::Shadow, c.shadow);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    return palette;
}

} // namespace

std::optional<Appearance::Scheme> Appearance::fromKey(const QString &key)
{
    if (key.isEmpty())
        return Scheme::Desktop;
    if (key == "light"_L1)
        return Scheme::Light;
    if (key == "dark"_L1)
        return Scheme::Dark;
    return std::nullopt;
}

QString Appearance::key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Desktop:
        return QString();
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    }
    return QString();
}

QPalette Appearance::palette(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Desktop:
        return desktopLook().palette;
    case Scheme::Light:
        return paletteFrom({.window = QColor(0xf2, 0xf2, 0xf2),
                .windowText = QColor(0x1f, 0x1f, 0x1f),
                .base = Qt::white,
                .alternateBase = QColor(0xf5, 0xf7, 0xfa),
                .text = QColor(0x1f, 0x1f, 0x1f),
                .button = QColor(0xea, 0xea, 0xea),
                .buttonText = QColor(0x1f, 0x1f, 0x1f),
                .highlight = QColor(0x2a, 0x62, 0xa8),
                .highlightedText = Qt::white,
                .link = QColor(0x1a, 0x5f, 0xb4),
                .linkVisited = QColor(0x6a, 0x3e, 0xa1),
                .toolTipBase = QColor(0xff, 0xff, 0xe1),
                .toolTipText = Qt::black,
                .placeholder = QColor(0x6b, 0x6b, 0x6b),
                .disabledText = QColor(0x8c, 0x8c, 0x8c),
                .light = Qt::white,
                .midlight = QColor(0xe3, 0xe3, 0xe3),
                .mid = QColor(0xb8, 0xb8, 0xb8),
                .dark = QColor(0x9e, 0x9e, 0x9e),
                .shadow = QColor(0x76, 0x76, 0x76)});
    case Scheme::Dark:
        return paletteFrom({.window = QColor(0x2b, 0x2b, 0x2e),
                .windowText = QColor(0xe8, 0xe8, 0xe8),
                .base = QColor(0x1f, 0x1f, 0x22),
                .alternateBase = QColor(0x27, 0x27, 0x2b),
                .text = QColor(0xe8, 0xe8, 0xe8),
                .button = QColor(0x37, 0x37, 0x3b),
                .buttonText = QColor(0xe8, 0xe8, 0xe8),
                .highlight = QColor(0x2a, 0x5d, 0xa8),
                .highlightedText = Qt::white,
                .link = QColor(0x7a, 0xb4, 0xff),
                .linkVisited = QColor(0xc3, 0x9b, 0xff),
                .toolTipBase = QColor(0x3a, 0x3a, 0x3e),
                .toolTipText = QColor(0xf0, 0xf0, 0xf0),
                .placeholder = QColor(0x9a, 0x9a, 0x9e),
                .disabledText = QColor(0x78, 0x78, 0x7c),
                .light = QColor(0x50, 0x50, 0x55),
                .midlight = QColor(0x40, 0x40, 0x44),
                .mid = QColor(0x30, 0x30, 0x33),
                .dark = QColor(0x1a, 0x1a, 0x1c),
                .shadow = QColor(0x0a, 0x0a, 0x0a)});
    }
    return desktopLook().palette;
}

void Appearance::apply(Scheme scheme)
{
    const DesktopLook &desktop = desktopLook(); // remembered before anything changes
    if (scheme == Scheme::Desktop) {
        QApplication::setStyle(desktop.styleName);
        QApplication::setPalette(desktop.palette);
    } else {
        // Fusion draws with the palette alone; a platform style (GTK, Breeze) may ignore parts of it.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(palette(scheme));
    }
    g_current = scheme;
}

Appearance::Scheme Appearance::current()
{
    return g_current;
}

} // namespace shipshape
