#include "views/CountsView.h"

#include "Helpers.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/CycleCountLineModel.h"
#include "models/CycleCountListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The Counts page driven as the floor drives it: scans typed as key events into the scan field, a number
// typed into a Counted cell, the Approve button (docs/warehouse.md, "Cycle counts").
class CountsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 20);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 10);
        test::addProduct(db.session(), u"CAP-1"_s, u"9.99"_s, 5);
        ASSERT_TRUE(db.session().inventory().editProduct(u"MUG-1"_s, ProductEdit{.barcode = u"4006381333931"_s}));
    }
    static void settle(CountsView &view)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.pending() == 0; }, 10000));
    }
    // A scanner: the code and Return, typed into whatever has the keyboard focus; then waits for core's answer.
    static void scan(CountsView &view, const QString &code)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "nothing has the keyboard focus";
        QTest::keyClicks(focus, code);
        QTest::keyClick(focus, Qt::Key_Return);
        settle(view);
    }
    static QVariant cell(const CountsView &view, const QString &sku, CycleCountLineModel::Column column)
    {
        const int row = view.lineModel()->rowOf(sku);
        return view.lineModel()->index(row, column).data(CycleCountLineModel::RawValueRole);
    }
    void showView(CountsView &view)
    {
        view.setPermissions(Permissions::everything(u"tester"_s));
        view.resize(1000, 700);
        view.show();
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        settle(view);
    }

    test::TestDatabase db;
};

TEST_F(CountsViewTest, ScansCountUnitsARefusedScanCountsNothingAndApprovalPostsTheDifference)
{
    auto started = db.session().counts().start({u"MUG-1"_s, u"TEE-1"_s}, u"aisle A"_s);
    ASSERT_TRUE(started) << started.error().message.toStdString();
    SessionWorker worker(db.url());
    CountsView view(worker);
    QAbstractItemModelTester lines(view.lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester list(view.listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_NO_FATAL_FAILURE(showView(view));
    ASSERT_EQ(view.listModel()->rowCount(), 1);
    ASSERT_EQ(view.lineModel()->rowCount(), 2) << "the open count is shown";
    ASSERT_EQ(QApplication::focusWidget(), view.scanField()) << "the scan field has the keyboard";
    EXPECT_TRUE(view.approveButton()->isEnabled()) << "an admin approves an open count (core refuses it uncounted)";

    for (const QString &code : {u"MUG-1"_s, u"4006381333931"_s, u"mug-1"_s}) {
        ASSERT_NO_FATAL_FAILURE(scan(view, code));
        EXPECT_FALSE(view.lastAnswerRefused()) << view.bannerLabel()->text().toStdString();
    }
    EXPECT_EQ(cell(view, u"MUG-1"_s, CycleCountLineModel::Counted).toLongLong(), 3);
    EXPECT_EQ(cell(view, u"MUG-1"_s, CycleCountLineModel::Variance).toLongLong(), -17);
    ASSERT_NO_FATAL_FAILURE(scan(view, u"CAP-1"_s));
    EXPECT_TRUE(view.lastAnswerRefused()) << "CAP-1 is not in the count";
    EXPECT_TRUE(view.bannerLabel()->text().contains(u"CAP-1"_s)) << view.bannerLabel()->text().toStdString();
    EXPECT_EQ(view.scanField()->text(), QString()) << "the field is ready for the next scan";

    // A number typed into the Counted cell, as a counter without a scanner does.
    QTableView *table = view.lineTable();
    const QModelIndex teeCounted
            = view.lineModel()->index(view.lineModel()->rowOf(u"TEE-1"_s), CycleCountLineModel::Counted);
    table->setCurrentIndex(teeCounted);
    table->setFocus();
    table->edit(teeCounted);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(editor, table) << "the cell opens an editor";
    QTest::keyClicks(editor, u"10"_s);
    QSignalSpy entered(view.lineModel(), &CycleCountLineModel::countEntered);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on its next turn of the event loop, after the editor has seen the key.
    ASSERT_TRUE(entered.wait(5000));
    settle(view);
    EXPECT_EQ(QApplication::focusWidget(), view.scanField()) << "the scanner types into the scan field again";
    EXPECT_EQ(cell(view, u"TEE-1"_s, CycleCountLineModel::Counted).toLongLong(), 10);
    EXPECT_EQ(cell(view, u"TEE-1"_s, CycleCountLineModel::Variance).toLongLong(), 0);

    ASSERT_TRUE(view.approveButton()->isEnabled());
    view.approveShown();
    settle(view);
    EXPECT_FALSE(view.lastAnswerRefused()) << view.bannerLabel()->text().toStdString();
    EXPECT_EQ(view.lineModel()->count().state, CycleCountState::Approved);
    EXPECT_FALSE(view.scanField()->isEnabled()) << "a closed count takes no scans";
    EXPECT_FALSE(view.approveButton()->isEnabled());
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).onHand, 3);
    EXPECT_EQ(test::product(db.session(), u"TEE-1"_s).onHand, 10);
    EXPECT_TRUE(cell(view, u"MUG-1"_s, CycleCountLineModel::Variance).isValid());
    EXPECT_TRUE(view.lineModel()
                        ->index(view.lineModel()->rowOf(u"MUG-1"_s), CycleCountLineModel::Variance)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"ledger"_s));
}

// A shipment from another desktop while the shelf is being counted: the units that left are accounted, not
// reported as variance.
TEST_F(CountsViewTest, AShipmentDuringTheCountIsShownAsMovedNotAsVariance)
{
    auto started = db.session().counts().start({u"CAP-1"_s});
    ASSERT_TRUE(started) << started.error().message.toStdString();
    SessionWorker worker(db.url());
    CountsView view(worker);
    ASSERT_NO_FATAL_FAILURE(showView(view));

    auto other = db.openAnother();
    auto placed = other->orders().place(test::placeRequest({{u"CAP-1"_s, 2}}));
    ASSERT_TRUE(placed) << placed.error().message.toStdString();
    ASSERT_TRUE(other->orders().markPaid(QString::number(placed->number)));
    ASSERT_TRUE(other->orders().ship(QString::number(placed->number), u"1Z999AA10123456784"_s, u"UPS"_s));

    for (int unit = 0; unit < 3; ++unit)
        ASSERT_NO_FATAL_FAILURE(scan(view, u"CAP-1"_s));
    EXPECT_EQ(cell(view, u"CAP-1"_s, CycleCountLineModel::Expected).toLongLong(), 5);
    EXPECT_EQ(cell(view, u"CAP-1"_s, CycleCountLineModel::Moved).toLongLong(), -2);
    EXPECT_EQ(cell(view, u"CAP-1"_s, CycleCountLineModel::Variance).toLongLong(), 0);
    view.approveShown();
    settle(view);
    EXPECT_EQ(view.lineModel()->count().state, CycleCountState::Approved);
    EXPECT_EQ(test::product(db.session(), u"CAP-1"_s).onHand, 3);
}

TEST_F(CountsViewTest, AWarehouseLoginCountsButOnlyAnAdminApproves)
{
    ASSERT_TRUE(db.session().counts().start({u"CAP-1"_s}));
    SessionWorker worker(db.url());
    CountsView view(worker);
    ASSERT_NO_FATAL_FAILURE(showView(view));
    Permissions warehouse = Permissions::readOnly(u"wanda"_s, {});
    warehouse.editStock = true;
    warehouse.shipAndDeliver = true;
    view.setPermissions(warehouse);
    EXPECT_TRUE(view.scanField()->isEnabled());
    EXPECT_TRUE(view.newButton()->isEnabled());
    EXPECT_FALSE(view.approveButton()->isEnabled());
    EXPECT_FALSE(view.approveButton()->toolTip().isEmpty());

    view.setPermissions(Permissions::readOnly(u"sam"_s, u"An archive is read-only."_s));
    EXPECT_FALSE(view.scanField()->isEnabled());
    EXPECT_FALSE(view.newButton()->isEnabled());
    EXPECT_EQ(view.newButton()->toolTip(), u"An archive is read-only."_s);
    EXPECT_FALSE(
            view.lineModel()->flags(view.lineModel()->index(0, CycleCountLineModel::Counted)) & Qt::ItemIsEditable);
}

TEST_F(CountsViewTest, ANewCountOfDueProductsIsStartedAndShown)
{
    SessionWorker worker(db.url());
    CountsView view(worker);
    ASSERT_NO_FATAL_FAILURE(showView(view));
    EXPECT_EQ(view.lineModel()->rowCount(), 0);
    view.startCount({}, 30, 2, u"due ones"_s);
    settle(view);
    ASSERT_FALSE(view.lastAnswerRefused()) << view.bannerLabel()->text().toStdString();
    EXPECT_EQ(view.lineModel()->rowCount(), 2) << "at most two of the three products never counted";
    EXPECT_EQ(view.listModel()->rowCount(), 1);
    view.startCount({u"TEE-1"_s, u"CAP-1"_s}, std::nullopt, 0, {});
    settle(view);
    EXPECT_TRUE(view.lastAnswerRefused()) << "a product already in the open count";
    EXPECT_EQ(view.listModel()->rowCount(), 1);
}

} // namespace
} // namespace shipshape
