#include "style/TextTone.h"
#include "views/FieldErrorLabel.h"

#include <QStyle>
#include <QStyleFactory>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

using Tone = TextTone::Tone;

constexpr Tone kTones[] = {Tone::Error, Tone::Warning, Tone::Good, Tone::Bad, Tone::Muted};

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    QPalette dark = lightPalette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0, 0x60));
    return dark;
}

TEST(TextToneTest, ContrastFollowsWcagDefinition)
{
    EXPECT_NEAR(TextTone::contrast(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(TextTone::contrast(Qt::white, Qt::white), 1.0, 1e-9);
    // WCAG's own example threshold: #767676 is the lightest grey with 4.5:1 on white.
    EXPECT_GE(TextTone::contrast(QColor(0x76, 0x76, 0x76), Qt::white), 4.5);
    EXPECT_LT(TextTone::contrast(QColor(0x77, 0x77, 0x77), Qt::white), 4.5);
}

TEST(TextToneTest, EveryToneMeetsWcagAaOnLightAndDarkThemes)
{
    for (const auto &[name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        EXPECT_EQ(TextTone::isDark(palette), std::string(name) == "dark");
        for (Tone tone : kTones) {
            const QColor color = TextTone::color(tone, palette);
            for (QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
                EXPECT_GE(TextTone::contrast(color, palette.color(background)), TextTone::kMinimumContrast)
                        << name << " theme, tone " << int(tone) << ", " << color.name().toStdString() << " on "
                        << palette.color(background).name().toStdString();
            }
        }
        // The theme's own text too: what the tones are measured against must itself be readable.
        EXPECT_GE(TextTone::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)), 4.5) << name;
        EXPECT_GE(TextTone::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)), 4.5)
                << name;
    }
}

TEST(TextToneTest, TonesStayDistinctFromPlainText)
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const QColor text = palette.color(QPalette::Text);
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Good, Tone::Muted})
            EXPECT_NE(TextTone::color(tone, palette), text) << int(tone);
    }
}

TEST(TextToneTest, AFaintThemeColourIsMovedTowardsTheTextUntilReadable)
{
    QPalette faint = lightPalette();
    faint.setColor(QPalette::PlaceholderText, QColor(0xdd, 0xdd, 0xdd)); // 1.4:1 on white
    const QColor muted = TextTone::color(Tone::Muted, faint);
    EXPECT_GE(TextTone::contrast(muted, faint.color(QPalette::Base)), TextTone::kMinimumContrast);
    EXPECT_NE(muted, faint.color(QPalette::Text)); // still muted, not plain text
}

TEST(TextToneTest, FieldErrorsUseTheErrorToneOfTheirPalette)
{
    QWidget parent;
    parent.setPalette(darkPalette());
    FieldErrorLabel label(u"message"_s, &parent);
    EXPECT_EQ(label.palette().color(QPalette::WindowText), TextTone::color(Tone::Error, darkPalette()));
}

} // namespace
} // namespace shipshape
