#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "windows/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// German words are long and a 200 % screen leaves half the logical pixels: a button, tab, combo box or
// column header narrower than its text cuts it ("Stornier…"), and people guess what it does. This walks
// every page as a German user on a 2560 × 1600 screen at 200 % sees it (1280 × 800 logical pixels) and
// fails on every control whose text does not fit.
class ElisionTest : public ::testing::Test {
protected:
    static constexpr QSize kLogicalScreen{1280, 800};

    void SetUp() override
    {
        DemoDataOptions options;
        options.orders = 200;
        options.products = 20;
        options.customers = 40;
        options.seed = 11;
        options.now = db.clock().now();
        auto report = DemoDataGenerator::generate(db.session().database(), options);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    }

    // "ClassName 'objectName' in 'parent' «text»" for the failure message.
    static QString describe(const QWidget *widget, const QString &text)
    {
        QString path = u"%1 '%2'"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        for (const QObject *parent = widget->parentWidget(); parent; parent = parent->parent()) {
            if (!parent->objectName().isEmpty()) {
                path += u" in '%1'"_s.arg(parent->objectName());
                break;
            }
        }
        return path + u" «%1»"_s.arg(text);
    }

    static bool shown(const QWidget *widget, const QWidget *top)
    {
        return widget->isVisibleTo(top) && widget->isVisible() && widget->width() > 0;
    }

    static int comboTextWidth(const QComboBox *combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()), combo->fontMetrics().height());
        return combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
    }

    // Every control under `top` whose text is cut; `checked` counts the controls measured.
    static QStringList cutTexts(const QWidget *top, int &checked)
    {
        QStringList cut;
        for (const QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
            if (!shown(button, top) || button->text().isEmpty())
                continue;
            ++checked;
            if (button->width() < button->sizeHint().width())
                cut << describe(button, button->text())
                                + u" %1 < %2 px"_s.arg(button->width()).arg(button->sizeHint().width());
        }
        for (const QComboBox *combo : top->findChildren<QComboBox *>()) {
            if (!shown(combo, top) || combo->isEditable() || combo->currentText().isEmpty())
                continue;
            ++checked;
            if (const int needed = comboTextWidth(combo); combo->width() < needed)
                cut << describe(combo, combo->currentText()) + u" %1 < %2 px"_s.arg(combo->width()).arg(needed);
        }
        for (const QTabBar *tabs : top->findChildren<QTabBar *>()) {
            if (!shown(tabs, top))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                ++checked;
                const QString text = tabs->tabText(i);
                const int needed = tabs->fontMetrics().horizontalAdvance(text);
                if (tabs->tabRect(i).width() < needed)
                    cut << describe(tabs, text);
            }
        }
        for (const QHeaderView *header : top->findChildren<QHeaderView *>()) {
            if (!shown(header, top) || header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                ++checked;
                const QString text = header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
                // What QHeaderView itself measures for the section's text (and its sort indicator).
                if (const int needed = header->sectionSizeHint(section); header->sectionSize(section) < needed)
                    cut << describe(header, text) + u" %1 < %2 px"_s.arg(header->sectionSize(section)).arg(needed);
            }
        }
        for (const QLabel *label : top->findChildren<QLabel *>()) {
            // A wrapping label grows downwards; one that does not wrap is cut at its right edge.
            if (!shown(label, top) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            ++checked;
            if (label->width() < label->minimumSizeHint().width())
                cut << describe(label, label->text());
        }
        return cut;
    }

    test::TestDatabase db;
};

TEST_F(ElisionTest, TheTestRunsInGermanAtTwiceTheScale)
{
    EXPECT_EQ(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
    EXPECT_EQ(QCoreApplication::translate("shipshape::MainWindow", "Orders"), u"Bestellungen"_s)
            << "the German catalogue is installed";
}

TEST_F(ElisionTest, NoPageCutsTheTextOfAButtonTabComboOrColumnHeader)
{
    MainWindow window(db.session());
    window.resize(kLogicalScreen);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.width(), kLogicalScreen.width()) << "the window fits the screen";
    EXPECT_LE(window.height(), kLogicalScreen.height()) << "the window fits the screen";
    QStringList views;
    for (const QString &name : window.viewNames()) {
        if (!name.startsWith(u"order:"_s))
            views << name;
    }
    views << u"order:1001"_s; // the order detail beside the list, with its actions
    int pages = 0;
    for (const QString &name : std::as_const(views)) {
        ASSERT_TRUE(window.showView(name)) << name.toStdString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.pendingWork() == 0; }, 10000)) << name.toStdString();
        QTest::qWait(50); // the last answer's widgets lay out
        int checked = 0;
        const QStringList cut = cutTexts(&window, checked);
        EXPECT_TRUE(cut.isEmpty()) << "page " << name.toStdString() << ":\n  " << cut.join(u"\n  "_s).toStdString();
        EXPECT_GE(checked, 5) << "page " << name.toStdString();
        ++pages;
    }
    EXPECT_GE(pages, 8);
}

} // namespace
} // namespace shipshape
