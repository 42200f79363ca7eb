#include "style/TextTone.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace shipshape {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor mixed(const QColor &from, const QColor &to, double share)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
            float(a.greenF() + (b.greenF() - a.greenF()) * share), float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

// The hue each tone starts from: deep on light backgrounds, light on dark ones.
QColor startingColor(TextTone::Tone tone, bool dark, const QPalette &palette)
{
    switch (tone) {
    case TextTone::Tone::Error:
    case TextTone::Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case TextTone::Tone::Warning:
        return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x8a, 0x52, 0x00);
    case TextTone::Tone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x32);
    case TextTone::Tone::Muted: {
        // Styles often give the placeholder colour as translucent text: what shows is it over the base.
        const QColor placeholder = palette.color(QPalette::PlaceholderText);
        QColor opaque = placeholder;
        opaque.setAlpha(255);
        return mixed(palette.color(QPalette::Base), opaque, placeholder.alphaF());
    }
    }
    return palette.color(QPalette::Text);
}

} // namespace

double TextTone::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool TextTone::isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.2;
}

QColor TextTone::color(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    const auto readable = [&](const QColor &candidate) {
        return contrast(candidate, base) >= kMinimumContrast && contrast(candidate, window) >= kMinimumContrast;
    };
    // A style's own colours (a placeholder drawn at half strength, an unusual theme) may be too faint:
    // move towards the palette's text colour, which people read already, until the tone is readable.
    const QColor start = startingColor(tone, isDark(palette), palette);
    QColor candidate = start;
    for (int step = 1; step <= 10 && !readable(candidate); ++step)
        candidate = mixed(start, text, step / 10.0);
    return readable(candidate) ? candidate : text;
}

QColor TextTone::color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

} // namespace shipshape
