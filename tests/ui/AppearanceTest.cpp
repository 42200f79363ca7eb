#include "style/Appearance.h"
#include "style/TextTone.h"
#include "views/SettingsView.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class AppearanceTest : public ::testing::Test {
protected:
    // Every test leaves the application as the platform made it, for the GUI tests that follow.
    void TearDown() override { Appearance::apply(Appearance::Scheme::Desktop); }

    // The pairs of roles people read one on the other.
    static QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> readPairs()
    {
        return {{QPalette::Text, QPalette::Base}, {QPalette::Text, QPalette::AlternateBase},
                {QPalette::WindowText, QPalette::Window}, {QPalette::ButtonText, QPalette::Button},
                {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
                {QPalette::Link, QPalette::Base}, {QPalette::LinkVisited, QPalette::Base},
                {QPalette::PlaceholderText, QPalette::Base}};
    }
};

TEST_F(AppearanceTest, KeysRoundTripAndUnknownOnesAreRefused)
{
    for (Appearance::Scheme scheme :
            {Appearance::Scheme::Desktop, Appearance::Scheme::Light, Appearance::Scheme::Dark}) {
        EXPECT_EQ(Appearance::fromKey(Appearance::key(scheme)), scheme);
    }
    EXPECT_EQ(Appearance::fromKey(u"sepia"_s), std::nullopt);
    EXPECT_EQ(Appearance::fromKey(u"Dark"_s), std::nullopt);
}

TEST_F(AppearanceTest, BothPalettesMeetWcagAaForEveryTextPeopleRead)
{
    for (Appearance::Scheme scheme : {Appearance::Scheme::Light, Appearance::Scheme::Dark}) {
        const QPalette palette = Appearance::palette(scheme);
        for (const auto &[text, background] : readPairs()) {
            const double ratio = TextTone::contrast(
                    palette.color(QPalette::Active, text), palette.color(QPalette::Active, background));
            EXPECT_GE(ratio, TextTone::kMinimumContrast)
                    << Appearance::key(scheme).toStdString() << ": role " << int(text) << " on role " << int(background)
                    << " has contrast " << ratio;
        }
        EXPECT_EQ(TextTone::isDark(palette), scheme == Appearance::Scheme::Dark);
        // The meaningful tones (errors, warnings) stay readable on them too.
        for (TextTone::Tone tone : {TextTone::Tone::Error, TextTone::Tone::Warning, TextTone::Tone::Good,
                     TextTone::Tone::Bad, TextTone::Tone::Muted}) {
            const QColor color = TextTone::color(tone, palette);
            EXPECT_GE(TextTone::contrast(color, palette.color(QPalette::Base)), TextTone::kMinimumContrast);
            EXPECT_GE(TextTone::contrast(color, palette.color(QPalette::Window)), TextTone::kMinimumContrast);
        }
    }
}

TEST_F(AppearanceTest, ApplyingRestylesTheApplicationAndTheDesktopLookComesBack)
{
    const QString desktopStyle = QApplication::style()->name();
    const QColor desktopBase = QApplication::palette().color(QPalette::Base);

    Appearance::apply(Appearance::Scheme::Dark);
    EXPECT_EQ(Appearance::current(), Appearance::Scheme::Dark);
    EXPECT_EQ(QApplication::style()->name(), u"fusion"_s);
    EXPECT_TRUE(TextTone::isDark(QApplication::palette()));
    QWidget widget;
    EXPECT_TRUE(TextTone::isDark(widget.palette())) << "a new widget draws with the dark palette";

    Appearance::apply(Appearance::Scheme::Light);
    QCoreApplication::processEvents();
    EXPECT_FALSE(TextTone::isDark(QApplication::palette()));
    EXPECT_FALSE(TextTone::isDark(widget.palette())) << "an existing widget follows without a restart";

    Appearance::apply(Appearance::Scheme::Desktop);
    EXPECT_EQ(Appearance::current(), Appearance::Scheme::Desktop);
    EXPECT_EQ(QApplication::style()->name(), desktopStyle);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), desktopBase);
}

TEST_F(AppearanceTest, SavingTheSettingsPageAppliesTheAppearanceAtOnceAndStoresIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString ini = dir.filePath(u"settings.ini"_s);
    SecretStore::Options secrets; // a keychain service of the test's own: a developer's keys are never read
    secrets.service = u"Shipshape-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SettingsView view(std::make_unique<QSettings>(ini, QSettings::IniFormat), secrets);
    auto *appearance = view.findChild<QComboBox *>(u"appearance"_s);
    auto *save = view.findChild<QPushButton *>(u"settingsSave"_s);
    ASSERT_NE(appearance, nullptr);
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled());

    appearance->setCurrentIndex(appearance->findData(u"dark"_s));
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(Appearance::current(), Appearance::Scheme::Dark);
    // Widgets take the new palette from the application's palette-change events.
    EXPECT_TRUE(QTest::qWaitFor([&] { return TextTone::isDark(view.palette()); }, 2000));
    EXPECT_EQ(QSettings(ini, QSettings::IniFormat).value(u"ui/appearance"_s).toString(), u"dark"_s);

    appearance->setCurrentIndex(appearance->findData(QString()));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(Appearance::current(), Appearance::Scheme::Desktop);
    EXPECT_FALSE(QSettings(ini, QSettings::IniFormat).contains(u"ui/appearance"_s));
}

} // namespace
} // namespace shipshape
