#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "demo/DemoDataGenerator.h"
#include "views/OrderEditor.h"
#include "views/ReturnDialog.h"
#include "views/ReturnExchangeDialog.h"
#include "views/ReturnReceiveDialog.h"
#include "views/ReturnRefundDialog.h"
#include "windows/DiagnosticsDialog.h"
#include "windows/MainWindow.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Screen readers announce a control by its accessible name; a control without one is read out as
// "button" or "edit", which tells a blind user nothing. Every page, and the order editor, is walked
// through the accessibility tree as assistive technology sees it.
class AccessibilityTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoDataOptions options;
        options.orders = 200;
        options.products = 20;
        options.customers = 40;
        options.seed = 7;
        options.now = db.clock().now();
        auto report = DemoDataGenerator::generate(db.session().database(), options);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    }

    static bool isInteractive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
        case QAccessible::PageTab:
        case QAccessible::Link:
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::Tree:
            return true;
        default:
            return false;
        }
    }

    // "ClassName 'objectName'" of the widget behind an interface, for the failure message.
    static QString describe(QAccessibleInterface *control)
    {
        QObject *object = control->object();
        if (!object)
            return u"(no object)"_s;
        QString path = u"%1 '%2'"_s.arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
        for (QObject *parent = object->parent(); parent; parent = parent->parent()) {
            if (!parent->objectName().isEmpty()) {
                path += u" in '%1'"_s.arg(parent->objectName());
                break;
            }
        }
        return path;
    }

    // The unnamed interactive controls among `root` and its descendants that a person can see. Table cells
    // and headers are the model's (named by their data), so a table's children are not walked.
    static void collectUnnamed(QAccessibleInterface *root, QStringList &unnamed, int &controls, int depth = 0)
    {
        if (!root || depth > 64)
            return;
        const QAccessible::State state = root->state();
        if (state.invisible || state.offscreen)
            return;
        const QAccessible::Role role = root->role();
        if (isInteractive(role)) {
            ++controls;
            if (root->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(root);
        }
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
            return;
        for (int i = 0; i < root->childCount(); ++i)
            collectUnnamed(root->child(i), unnamed, controls, depth + 1);
    }

    // The unnamed controls of `top`'s window; `controls` counts the controls seen, so that a walk which
    // reached nothing cannot pass.
    static QStringList unnamedControls(QWidget *top, int &controls)
    {
        QStringList unnamed;
        controls = 0;
        collectUnnamed(QAccessible::queryAccessibleInterface(top), unnamed, controls);
        return unnamed;
    }

    test::TestDatabase db;
};

TEST_F(AccessibilityTest, EveryControlOnEveryPageHasAnAccessibleName)
{
    MainWindow window(db.session());
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    int pages = 0;
    for (const QString &name : window.viewNames()) {
        if (name.startsWith(u"order:"_s))
            continue;
        ASSERT_TRUE(window.showView(name)) << name.toStdString();
        QTest::qWait(50); // let the page lay itself out and its first rows arrive
        int controls = 0;
        const QStringList unnamed = unnamedControls(&window, controls);
        EXPECT_TRUE(unnamed.isEmpty()) << "page " << name.toStdString() << ": " << unnamed.join(u"; "_s).toStdString();
        EXPECT_GE(controls, 5) << "page " << name.toStdString(); // the page's own, beyond the navigation
        ++pages;
    }
    EXPECT_GE(pages, 6);
}

TEST_F(AccessibilityTest, EveryControlOfTheOrderEditorHasAnAccessibleName)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    OrderEditor *editor = window.orderEditor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    int controls = 0;
    const QStringList unnamed = unnamedControls(editor, controls);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u"; "_s).toStdString();
    EXPECT_GE(controls, 15); // product and customer search, lines, the form, drafts, Place
}

TEST_F(AccessibilityTest, EveryControlOfHelpDiagnosticsHasAnAccessibleName)
{
    MainWindow window(db.session());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.diagnosticsAction()->trigger();
    auto *dialog = window.findChild<DiagnosticsDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    int controls = 0;
    const QStringList unnamed = unnamedControls(dialog, controls);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u"; "_s).toStdString();
    EXPECT_GE(controls, 3); // the report, Run again, Copy report
}

TEST_F(AccessibilityTest, EveryControlOfTheReturnDialogsHasAnAccessibleName)
{
    // An order paid by hand with two mugs shipped, one of them back and received: every row and field shows.
    Order order;
    order.number = 1001;
    order.paymentMethod = PaymentMethodType::BankTransfer;
    order.total = Money(2500, *Currency::fromCode(u"USD"_s));
    LineItem mug;
    mug.sku = u"MUG-1"_s;
    mug.productName = u"Mug"_s;
    mug.quantity = 2;
    mug.shippedQuantity = 2;
    order.lines = {mug};
    OrderReturn orderReturn;
    orderReturn.id = 7;
    orderReturn.orderNumber = order.number;
    orderReturn.state = ReturnState::Received;
    ReturnLine back;
    back.sku = mug.sku;
    back.quantity = 1;
    back.reason = ReturnReason::Damaged;
    back.restocked = 1;
    orderReturn.lines = {back};

    SessionWorker worker(db.url());
    ReturnDialog open(worker, order);
    ReturnReceiveDialog receive(orderReturn);
    ReturnRefundDialog refund(orderReturn, order);
    ReturnExchangeDialog exchange(worker, orderReturn, PlaceOrderRequest{});
    for (QDialog *dialog : std::initializer_list<QDialog *>{&open, &receive, &refund, &exchange}) {
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        int controls = 0;
        const QStringList unnamed = unnamedControls(dialog, controls);
        EXPECT_TRUE(unnamed.isEmpty()) << dialog->objectName().toStdString() << ": "
                                       << unnamed.join(u"; "_s).toStdString();
        EXPECT_GE(controls, 4) << dialog->objectName().toStdString();
    }
}

} // namespace
} // namespace shipshape
