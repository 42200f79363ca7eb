#include "views/ReturnsView.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/DraftLineModel.h"
#include "models/ReturnTableModel.h"
#include "orders/ReturnableUnits.h"
#include "views/FieldErrorLabel.h"
#include "views/OrderDetailView.h"
#include "views/ReturnDialog.h"
#include "views/ReturnExchangeDialog.h"
#include "views/ReturnReceiveDialog.h"
#include "views/ReturnRefundDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Returns from the desktop (docs/fulfillment.md, "Returns"), on a real SQLite session: order 1001 paid by
// hand with 3 × MUG-1 shipped.
class ReturnsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        NewProduct mug{u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 10, 2};
        ASSERT_TRUE(db.session().inventory().addProduct(mug).has_value());
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 3, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
        ASSERT_TRUE(db.session().orders().markPaid(u"1001"_s));
        ASSERT_TRUE(db.session().orders().ship(u"1001"_s, u"1ZRET"_s, u"UPS"_s, {}));
    }

    static int reasonIndex(QComboBox *box, ReturnReason reason) { return box->findData(ReturnReasons::key(reason)); }

    test::TestDatabase db;
};

TEST_F(ReturnsViewTest, TheReturnDialogOpensAReturnAndTheDetailShowsIt)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    ASSERT_TRUE(view.returnButton()->isEnabled());
    EXPECT_FALSE(view.returnButton()->accessibleName().isEmpty());

    QTest::mouseClick(view.returnButton(), Qt::LeftButton);
    ReturnDialog *dialog = view.returnDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->rowCount(), 1);
    EXPECT_EQ(dialog->skuAt(0), u"MUG-1"_s);
    EXPECT_EQ(dialog->quantityBox(0)->maximum(), 3);
    EXPECT_FALSE(dialog->submitButton()->isEnabled()); // no unit chosen yet

    dialog->quantityBox(0)->setValue(2);
    dialog->reasonBox(0)->setCurrentIndex(reasonIndex(dialog->reasonBox(0), ReturnReason::Other));
    EXPECT_FALSE(dialog->submitButton()->isEnabled()); // "other" needs its note
    QTest::keyClicks(dialog->noteEdit(0), u"chipped handle"_s);
    ASSERT_TRUE(dialog->submitButton()->isEnabled());

    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));

    auto returns = db.session().orders().returns().list(std::nullopt, 10);
    ASSERT_TRUE(returns.has_value());
    ASSERT_EQ(returns->size(), 1);
    const OrderReturn &opened = returns->first();
    EXPECT_EQ(opened.orderNumber, 1001);
    EXPECT_EQ(opened.state, ReturnState::Requested);
    ASSERT_EQ(opened.lines.size(), 1);
    EXPECT_EQ(opened.lines.first().quantity, 2);
    EXPECT_EQ(opened.lines.first().reason, ReturnReason::Other);
    EXPECT_EQ(opened.lines.first().note, u"chipped handle"_s);

    const auto *summary = view.findChild<QLabel *>(u"orderSummary"_s);
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(u"Return %1: Requested — 2 × MUG-1"_s.arg(opened.id)))
            << summary->text().toStdString();
    // One unit is left to return.
    EXPECT_TRUE(view.returnButton()->isEnabled());
    ASSERT_TRUE(view.order().has_value());
    EXPECT_EQ(ReturnableUnits::of(view.order()->lines.first(), view.order()->returns), 1);
}

TEST_F(ReturnsViewTest, ARefusedReturnIsShownInTheDialogWhichStaysOpen)
{
    Order order = *db.session().orders().find(u"1001"_s);
    // Another desktop returned every unit meanwhile: the dialog still offers 3.
    ASSERT_TRUE(db.session().orders().returns().open(
            u"1001"_s, {ReturnRequestLine{u"MUG-1"_s, 3, ReturnReason::Damaged, {}}}, {}));
    SessionWorker worker(db.url());
    ReturnDialog dialog(worker, order);
    dialog.show();
    dialog.quantityBox(0)->setValue(1);
    dialog.reasonBox(0)->setCurrentIndex(reasonIndex(dialog.reasonBox(0), ReturnReason::Damaged));
    QSignalSpy failed(&dialog, &ReturnDialog::openFailed);
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(u"MUG-1"_s)) << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(db.session().orders().returns().list(std::nullopt, 10)->size(), 1);
}

TEST_F(ReturnsViewTest, NothingShippedOffersNoReturn)
{
    PlaceOrderRequest request;
    request.customer = {{}, u"Grace"_s, u"grace@example.com"_s};
    request.items = {OrderItemRequest{u"MUG-1"_s, 1, std::nullopt}};
    request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
    auto placed = db.session().orders().place(request);
    ASSERT_TRUE(placed.has_value());
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(placed->number);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_FALSE(view.returnButton()->isEnabled());
}

// Opens a return of `units` × MUG-1 through core and returns its id.
qint64 openReturn(test::TestDatabase &db, qint64 units)
{
    auto opened = db.session().orders().returns().open(
            u"1001"_s, {ReturnRequestLine{u"MUG-1"_s, units, ReturnReason::Damaged, {}}}, {});
    EXPECT_TRUE(opened.has_value()) << opened.error().message.toStdString();
    return opened ? opened->id : 0;
}

bool waitForLoad(ReturnsView &view)
{
    QSignalSpy loaded(&view, &ReturnsView::loaded);
    return loaded.wait(10000);
}

TEST_F(ReturnsViewTest, ThePageListsReturnsAndFiltersThemByState)
{
    const qint64 first = openReturn(db, 1);
    const qint64 second = openReturn(db, 1);
    ASSERT_TRUE(db.session().orders().returns().reject(second, u"outside the window"_s));
    SessionWorker worker(db.url());
    ReturnsView view(worker);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForLoad(view));
    ASSERT_EQ(view.model()->rowCount(), 2);
    const int row = view.model()->rowOf(first);
    ASSERT_GE(row, 0);
    const QModelIndex state = view.model()->index(row, ReturnTableModel::State);
    EXPECT_EQ(state.data(ReturnTableModel::RawValueRole).toString(), u"requested"_s);
    EXPECT_EQ(view.model()->index(row, ReturnTableModel::Order).data().toString(), u"#1001"_s);
    EXPECT_EQ(view.model()->index(row, ReturnTableModel::Units).data(ReturnTableModel::RawValueRole).toLongLong(), 1);
    EXPECT_EQ(view.model()->index(row, ReturnTableModel::Reasons).data().toString(),
            ReturnReasons::displayName(ReturnReason::Damaged));
    EXPECT_FALSE(view.model()->index(row, ReturnTableModel::Refund).data(ReturnTableModel::RawValueRole).isValid());

    view.stateFilter()->setCurrentIndex(view.stateFilter()->findData(u"rejected"_s));
    ASSERT_TRUE(waitForLoad(view));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->index(0, 0).data(ReturnTableModel::ReturnIdRole).toLongLong(), second);
    view.selectReturn(second);
    // A rejected return has nothing left to do.
    EXPECT_FALSE(view.receiveButton()->isEnabled());
    EXPECT_FALSE(view.refundButton()->isEnabled());
    EXPECT_FALSE(view.rejectButton()->isEnabled());
}

// The page's reason and age filters, and a late receipt of what the first receipt left outstanding. The page's
// session reads the test's clock, so "older than" counts from the same now.
TEST_F(ReturnsViewTest, ThePageFiltersByReasonAndAgeAndTakesALateReceipt)
{
    const qint64 old = openReturn(db, 1); // damaged
    db.clock().advance(5LL * 24 * 3600 * 1000);
    auto recent = db.session().orders().returns().open(
            u"1001"_s, {ReturnRequestLine{u"MUG-1"_s, 2, ReturnReason::WrongItem, {}}}, {});
    ASSERT_TRUE(recent.has_value()) << recent.error().message.toStdString();
    SessionOptions options;
    options.clock = &db.clock();
    SessionWorker worker(db.url(), options);
    ReturnsView view(worker);
    view.show();
    ASSERT_TRUE(waitForLoad(view));
    ASSERT_EQ(view.model()->rowCount(), 2);

    view.reasonFilter()->setCurrentIndex(reasonIndex(view.reasonFilter(), ReturnReason::WrongItem));
    ASSERT_TRUE(waitForLoad(view));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->index(0, 0).data(ReturnTableModel::ReturnIdRole).toLongLong(), recent->id);
    view.reasonFilter()->setCurrentIndex(0);
    ASSERT_TRUE(waitForLoad(view));
    view.ageFilter()->setCurrentIndex(view.ageFilter()->findData(3)); // older than 3 days
    ASSERT_TRUE(waitForLoad(view));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->index(0, 0).data(ReturnTableModel::ReturnIdRole).toLongLong(), old);
    view.ageFilter()->setCurrentIndex(view.ageFilter()->findData(7));
    ASSERT_TRUE(waitForLoad(view));
    EXPECT_EQ(view.model()->rowCount(), 0);
    view.ageFilter()->setCurrentIndex(0);
    ASSERT_TRUE(waitForLoad(view));
    ASSERT_EQ(view.model()->rowCount(), 2);

    // One of the two mugs arrives; the other comes a day later and is received from the same page.
    ASSERT_TRUE(db.session().orders().returns().receive(recent->id, {{u"MUG-1"_s, 1}}, {}).has_value());
    view.refresh();
    ASSERT_TRUE(waitForLoad(view));
    view.selectReturn(recent->id);
    ASSERT_TRUE(view.receiveButton()->isEnabled());
    QTest::mouseClick(view.receiveButton(), Qt::LeftButton);
    ReturnReceiveDialog *receive = view.receiveDialog();
    ASSERT_NE(receive, nullptr);
    auto *writeOff = receive->findChild<QSpinBox *>(u"writeOff_MUG-1"_s);
    ASSERT_NE(writeOff, nullptr);
    EXPECT_EQ(writeOff->maximum(), 1); // only the outstanding unit
    writeOff->setValue(1);
    QSignalSpy changed(&view, &ReturnsView::returnChanged);
    ASSERT_TRUE(receive->submitButton()->isEnabled());
    QTest::mouseClick(receive->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));
    auto late = db.session().orders().returns().find(recent->id);
    ASSERT_TRUE(late.has_value());
    EXPECT_EQ(late->outstanding(), 0);
    EXPECT_EQ(late->line(u"MUG-1"_s)->restocked, 1);
    EXPECT_EQ(late->line(u"MUG-1"_s)->writtenOff, 1);
    ASSERT_TRUE(waitForLoad(view));
    view.selectReturn(recent->id);
    EXPECT_FALSE(view.receiveButton()->isEnabled()); // nothing left to receive
    EXPECT_TRUE(view.refundButton()->isEnabled());
}

TEST_F(ReturnsViewTest, ReceiveAndRefundFromThePageRestockAndRefund)
{
    const qint64 id = openReturn(db, 3);
    const qint64 onHandBefore = db.session().inventory().product(u"MUG-1"_s)->onHand;
    SessionWorker worker(db.url());
    ReturnsView view(worker);
    view.show();
    ASSERT_TRUE(waitForLoad(view));
    view.selectReturn(id);
    ASSERT_TRUE(view.receiveButton()->isEnabled());
    EXPECT_FALSE(view.refundButton()->isEnabled()); // not received yet

    QTest::mouseClick(view.receiveButton(), Qt::LeftButton);
    ReturnReceiveDialog *receive = view.receiveDialog();
    ASSERT_NE(receive, nullptr);
    ASSERT_EQ(receive->rowCount(), 1);
    EXPECT_FALSE(receive->submitButton()->isEnabled()); // nothing said to have arrived
    receive->restockBox(0)->setValue(2);
    EXPECT_EQ(receive->writeOffBox(0)->maximum(), 1); // together at most the 3 returned
    receive->writeOffBox(0)->setValue(1);
    {
        QSignalSpy changed(&view, &ReturnsView::returnChanged);
        QTest::mouseClick(receive->submitButton(), Qt::LeftButton);
        ASSERT_TRUE(changed.wait(10000));
    }
    ASSERT_TRUE(waitForLoad(view));
    auto received = db.session().orders().returns().find(id);
    ASSERT_TRUE(received.has_value());
    EXPECT_EQ(received->state, ReturnState::Received);
    EXPECT_EQ(received->lines.first().restocked, 2);
    EXPECT_EQ(received->lines.first().writtenOff, 1);
    EXPECT_EQ(db.session().inventory().product(u"MUG-1"_s)->onHand, onHandBefore + 2);

    // The return stays selected; it can now be refunded.
    ASSERT_TRUE(view.refundButton()->isEnabled());
    EXPECT_FALSE(view.receiveButton()->isEnabled());
    QTest::mouseClick(view.refundButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.refundDialog() != nullptr; }, 10000));
    ReturnRefundDialog *refund = view.refundDialog();
    // The order was paid by hand: the dialog asks how the money went back.
    EXPECT_FALSE(refund->methodBox()->isHidden());
    QTest::keyClicks(refund->feeEdit(), u"lots"_s);
    QTest::mouseClick(refund->submitButton(), Qt::LeftButton);
    EXPECT_TRUE(refund->errorLabel()->isVisible()); // not an amount: nothing is sent
    EXPECT_EQ(db.session().orders().returns().find(id)->state, ReturnState::Received);

    refund->feeEdit()->setText(u"1.00"_s);
    refund->methodBox()->setCurrentIndex(refund->methodBox()->findData(u"bank_transfer"_s));
    refund->referenceEdit()->setText(u"TRF-77"_s);
    {
        QSignalSpy changed(&view, &ReturnsView::returnChanged);
        QTest::mouseClick(refund->submitButton(), Qt::LeftButton);
        ASSERT_TRUE(changed.wait(10000));
    }
    auto closed = db.session().orders().returns().find(id);
    ASSERT_TRUE(closed.has_value());
    EXPECT_EQ(closed->state, ReturnState::Closed);
    EXPECT_EQ(closed->restockingFee.minorUnits(), 100);
    ASSERT_TRUE(closed->refund.has_value());
    ASSERT_TRUE(closed->lines.first().refund.has_value());
    EXPECT_EQ(closed->refund->minorUnits(), closed->lines.first().refund->minorUnits() - 100);
    EXPECT_GT(closed->refund->minorUnits(), 0);
    auto order = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(order.has_value());
    EXPECT_EQ(order->returnCredit, *closed->refund);
}

TEST_F(ReturnsViewTest, RejectFromThePage)
{
    const qint64 id = openReturn(db, 1);
    SessionWorker worker(db.url());
    ReturnsView view(worker);
    ASSERT_TRUE(waitForLoad(view));
    view.selectReturn(id);
    view.setNextRejectReason(u"outside the return window"_s);
    QSignalSpy changed(&view, &ReturnsView::returnChanged);
    QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));
    auto rejected = db.session().orders().returns().find(id);
    ASSERT_TRUE(rejected.has_value());
    EXPECT_EQ(rejected->state, ReturnState::Rejected);
    EXPECT_EQ(rejected->rejectReason, u"outside the return window"_s);
}

// Exchanges (docs/fulfillment.md, "Exchanges"): the dialog shows core's price difference for the lines as
// picked, shows a refusal (out of stock) and stays open, then exchanges and closes.
TEST_F(ReturnsViewTest, ExchangeFromThePageShowsTheDifferenceAndPlacesTheReplacement)
{
    NewProduct tee{u"TEE-1"_s, u"Tee"_s, u"20.00"_s, u"USD"_s, 2, 1};
    ASSERT_TRUE(db.session().inventory().addProduct(tee).has_value());
    const qint64 id = openReturn(db, 1);
    SessionWorker worker(db.url());
    ReturnsView view(worker);
    view.show();
    ASSERT_TRUE(waitForLoad(view));
    view.selectReturn(id);
    ASSERT_TRUE(view.exchangeButton()->isEnabled());
    EXPECT_FALSE(view.exchangeButton()->accessibleName().isEmpty());

    QTest::mouseClick(view.exchangeButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.exchangeDialog() != nullptr; }, 10000));
    ReturnExchangeDialog *dialog = view.exchangeDialog();
    EXPECT_FALSE(dialog->submitButton()->isEnabled()); // no product yet

    // Three tees, one more than in stock: the money is shown, the placement refused in the dialog.
    {
        QSignalSpy previewed(dialog, &ReturnExchangeDialog::previewed);
        dialog->addProduct(u"TEE-1"_s);
        ASSERT_TRUE(previewed.wait(10000));
    }
    EXPECT_TRUE(dialog->moneyLabel()->text().contains(u"7.50"_s)) << dialog->moneyLabel()->text().toStdString();
    for (int more = 0; more < 2; ++more) {
        QSignalSpy previewed(dialog, &ReturnExchangeDialog::previewed);
        dialog->addProduct(u"TEE-1"_s);
        ASSERT_TRUE(previewed.wait(10000));
    }
    EXPECT_EQ(dialog->lines()->lines().constFirst().quantity, 3);
    ASSERT_TRUE(dialog->submitButton()->isEnabled());
    {
        QSignalSpy failed(&view, &ReturnsView::actionFailed);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        ASSERT_TRUE(failed.wait(10000));
    }
    ASSERT_EQ(view.exchangeDialog(), dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(u"TEE-1"_s)) << dialog->errorLabel()->text().toStdString();
    EXPECT_FALSE(db.session().orders().returns().find(id)->replacementOrder.has_value());

    // Down to one tee: 12.50 of the mug pays for it, 7.50 is left to pay.
    dialog->lines()->removeLine(0);
    {
        QSignalSpy previewed(dialog, &ReturnExchangeDialog::previewed);
        dialog->addProduct(u"TEE-1"_s);
        ASSERT_TRUE(previewed.wait(10000));
    }
    EXPECT_TRUE(dialog->moneyLabel()->text().contains(u"7.50"_s)) << dialog->moneyLabel()->text().toStdString();
    {
        QSignalSpy changed(&view, &ReturnsView::returnChanged);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        ASSERT_TRUE(changed.wait(10000));
    }
    auto exchanged = db.session().orders().returns().find(id);
    ASSERT_TRUE(exchanged.has_value());
    ASSERT_TRUE(exchanged->replacementOrder.has_value());
    auto replacement = db.session().orders().find(QString::number(*exchanged->replacementOrder));
    ASSERT_TRUE(replacement.has_value());
    EXPECT_EQ(replacement->replacesReturn, id);
    EXPECT_EQ(replacement->balanceDue().minorUnits(), 750);
    EXPECT_EQ(replacement->customer.email, u"ada@example.com"_s);
    ASSERT_TRUE(waitForLoad(view));
    view.selectReturn(id);
    EXPECT_FALSE(view.exchangeButton()->isEnabled()); // once per return
}

} // namespace
} // namespace shipshape
