#include "Helpers.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "orders/CancelReason.h"
#include "orders/OrderService.h"
#include "views/OrderDetailView.h"
#include "views/OrdersView.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kWaitMs = 10000;
constexpr int kMostTabs = 80; // more than any page has controls: beyond it the focus chain goes round in circles

// The main journeys with the keyboard alone, as people who cannot use a mouse (and fast typists) work:
// nothing is clicked, every step is a key press on whatever has the focus.
class KeyboardJourneyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoDataOptions options;
        options.orders = 300;
        options.products = 20;
        options.customers = 60;
        options.seed = 11;
        options.now = db.clock().now();
        auto report = DemoDataGenerator::generate(db.session().database(), options);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    }

    // An order placed just now, with an invoice to pay later: it can be cancelled and has no money to
    // settle (that is the cancel dialog's other journey, tested with the mouse in OrderDetailViewTest).
    qint64 cancellableOrder()
    {
        test::addProduct(db.session(), u"KEY-1"_s, u"9.00"_s, 5);
        auto placed = db.session().orders().place(test::placeRequest({{u"KEY-1"_s, 2}}));
        EXPECT_TRUE(placed) << placed.error().message.toStdString();
        return placed ? placed->number : 0;
    }

    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "nothing has the keyboard focus";
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }

    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "nothing has the keyboard focus";
        QTest::keyClicks(focus, text);
    }

    // Tab until `target` has the focus; false when the focus chain never reaches it.
    static bool tabTo(QWidget *target)
    {
        for (int presses = 0; presses < kMostTabs && QApplication::focusWidget() != target; ++presses) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return false;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

    test::TestDatabase db;
};

TEST_F(KeyboardJourneyTest, FindAnOrderAndCancelItWithAReason)
{
    const qint64 number = cancellableOrder();
    ASSERT_GT(number, 0);
    MainWindow window(db.session());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Find it: Ctrl+F, its number, Return.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(QApplication::focusWidget(), window.ordersView()->searchField());
    type(u"#%1"_s.arg(number));
    press(Qt::Key_Return);
    OrderDetailView *detail = window.ordersView()->orderDetail();
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->order() && detail->order()->number == number; }, kWaitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->cancelButton()->isEnabled(); }, kWaitMs));

    // Reach "Cancel order" by Tab and press it with Space; answer the dialog with the keyboard too.
    ASSERT_TRUE(tabTo(detail->cancelButton()))
            << "the focus chain never reaches Cancel order; it stopped at "
            << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                            : std::string("nothing"));
    QString dialogTitle;
    QString chosenReason;
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        // The dialog is modal and runs its own loop: wait for it, then type into whatever it focuses.
        QTimer *poll = new QTimer(&window);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (!dialog->isActiveWindow()) {
                dialog->activateWindow(); // what a window manager does for a new modal dialog; offscreen does not
                return;
            }
            if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != dialog)
                return;
            poll->stop();
            poll->deleteLater();
            dialogTitle = dialog->windowTitle();
            auto *reason = qobject_cast<QComboBox *>(QApplication::focusWidget());
            if (reason) { // the first field: the reason, chosen with the arrow keys
                QTest::keyClick(reason, Qt::Key_Down);
                chosenReason = reason->currentData().toString();
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), u"asked by phone"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button
            answered = true;
            // Keys that did not close it fail the test below instead of leaving it open for ever.
            QTimer::singleShot(kWaitMs, dialog, &QDialog::reject);
        });
        poll->start();
        QTimer::singleShot(kWaitMs, &window, [] { // a dialog that never took the focus must not hang the test
            if (auto *stuck = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                stuck->reject();
            }
        });
    });
    QStringList failures;
    QObject::connect(detail, &OrderDetailView::actionFailed, &window,
            [&failures](const QString &message) { failures << message; });
    press(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, kWaitMs));
    EXPECT_EQ(dialogTitle, u"Cancel order #%1"_s.arg(number));
    ASSERT_FALSE(chosenReason.isEmpty()) << "the dialog did not open with the reason focused";

    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return detail->order() && detail->order()->status == OrderStatus::Cancelled; }, kWaitMs))
            << failures.join(u"; "_s).toStdString();
    auto stored = db.session().orders().find(QString::number(number));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, OrderStatus::Cancelled);
    ASSERT_TRUE(stored->cancelReason.has_value());
    EXPECT_EQ(CancelReasons::key(*stored->cancelReason), chosenReason);
    const auto cancelled = std::find_if(stored->timeline.cbegin(), stored->timeline.cend(),
            [](const TimelineEntry &entry) { return entry.toStatus == OrderStatus::Cancelled; });
    ASSERT_NE(cancelled, stored->timeline.cend());
    const QString why = cancelled->reason + QString::fromUtf8(QJsonDocument(cancelled->details).toJson());
    EXPECT_TRUE(why.contains(u"asked by phone"_s)) << why.toStdString();
}

} // namespace
} // namespace shipshape
