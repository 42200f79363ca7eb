#include "views/OrdersView.h"
#include "ScopedSettings.h"
#include "SortArrow.h"
#include "TestDatabase.h"
#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkResultModel.h"
#include "models/OrderTableModel.h"
#include "orders/OrderPolicy.h"
#include "orders/OrderSets.h"
#include "printing/OrderCsvWriter.h"
#include "views/EmptyStateOverlay.h"
#include "views/OrderDetailView.h"
#include "views/SavedOrderViews.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class OrdersViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // As the main window wires it: the view hears of changes through a hub.
        hub.listenTo(db.session().events());
        ASSERT_TRUE(db.session().inventory().addProduct({u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 10, 2}));
        ASSERT_TRUE(db.session().inventory().addProduct({u"TEE-1"_s, u"T-shirt"_s, u"29.99"_s, u"USD"_s, 10, 2}));
        // 1001 and 1002 are paid (confirmed, shippable); 1003 stays pending.
        place(u"Lovelace, \"Ada\""_s, u"ada@example.com"_s, {{u"MUG-1"_s, 2}});
        place(u"=Grace Hopper"_s, u"grace@example.com"_s, {{u"MUG-1"_s, 1}, {u"TEE-1"_s, 3}});
        place(u"Alan Turing"_s, u"alan@example.com"_s, {{u"TEE-1"_s, 1}});
        ASSERT_TRUE(db.session().orders().markPaid(u"1001"_s));
        ASSERT_TRUE(db.session().orders().markPaid(u"1002"_s));
    }

    void place(const QString &name, const QString &email, const QList<QPair<QString, qint64>> &lines)
    {
        PlaceOrderRequest request;
        request.customer = {{}, name, email};
        for (const auto &[sku, quantity] : lines)
            request.items << OrderItemRequest{sku, quantity, std::nullopt};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
    }

    // Selects the rows of these orders in the list (newest first by default).
    static void select(OrdersView &view, const QList<qint64> &numbers)
    {
        QItemSelection selection;
        OrderTableModel *model = view.orderModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (numbers.contains(model->index(row, 0).data(OrderTableModel::OrderNumberRole).toLongLong()))
                selection.select(model->index(row, 0), model->index(row, OrderTableModel::ColumnCount - 1));
        }
        view.orderView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    static bool waitForBulk(OrdersView &view)
    {
        return QTest::qWaitFor([&] { return view.bulkDialog() && !view.isBulkRunning(); }, 20000);
    }

    test::ScopedSettings settings;
    test::TestDatabase db;
    ChangeHub hub;
    QTemporaryDir files;
};

TEST_F(OrdersViewTest, BulkShipReportsEachOrderAndOneFailureDoesNotStopTheBatch)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.show();
    select(view, {1001, 1002, 1003});
    ASSERT_TRUE(view.shipSelectedAction()->isEnabled());

    view.setNextBulkShipAnswer(QList<BulkShipLine>{
            {1001, u"UPS"_s, u"1Z0001"_s}, {1002, u"DHL"_s, u"JD0002"_s}, {1003, u"UPS"_s, u"1Z0003"_s}});
    view.shipSelectedAction()->trigger();
    ASSERT_NE(view.bulkDialog(), nullptr);
    QAbstractItemModelTester tester(
            view.bulkDialog()->resultModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForBulk(view));

    BulkResultModel *report = view.bulkDialog()->resultModel();
    ASSERT_EQ(report->rowCount(), 3);
    int shipped = 0;
    int failed = 0;
    QString reason;
    for (int row = 0; row < report->rowCount(); ++row) {
        const bool ok = report->index(row, BulkResultModel::Result).data(BulkResultModel::RawValueRole).toBool();
        ok ? ++shipped : ++failed;
        if (!ok) {
            EXPECT_EQ(
                    report->index(row, BulkResultModel::Number).data(BulkResultModel::RawValueRole).toLongLong(), 1003);
            reason = report->index(row, BulkResultModel::Message).data().toString();
        }
    }
    EXPECT_EQ(shipped, 2);
    EXPECT_EQ(failed, 1);
    // The reason is core's own, word for word: OrderPolicy's, asked before the order was sent.
    auto pending = db.session().orders().find(u"1003"_s);
    ASSERT_TRUE(pending.has_value());
    EXPECT_EQ(reason, OrderPolicy::whyNot(OrderAction::Ship, *pending, Permissions::everything({})));
    EXPECT_EQ(reason, u"Order 1003 is pending; only a confirmed order ships."_s);
    EXPECT_EQ(view.bulkDialog()->summaryLabel()->text(), u"2 order(s) done, 1 failed"_s);
    EXPECT_EQ(view.bulkDialog()->progressBar()->value(), 3);

    EXPECT_EQ(db.session().orders().find(u"1001"_s)->status, OrderStatus::Shipped);
    EXPECT_EQ(db.session().orders().find(u"1002"_s)->trackingNumber, u"JD0002"_s);
    EXPECT_EQ(db.session().orders().find(u"1002"_s)->carrier, u"DHL"_s);
    EXPECT_EQ(db.session().orders().find(u"1003"_s)->status, OrderStatus::Pending);
}

TEST_F(OrdersViewTest, ShipSelectedOffersOnlyWhatOrderPolicyLetsShip)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.show();
    // Only the pending order: nothing of it can ship, and the action says why.
    select(view, {1003});
    EXPECT_FALSE(view.shipSelectedAction()->isEnabled());
    EXPECT_EQ(view.shipSelectedAction()->toolTip(), u"Order 1003 is pending; only a confirmed order ships."_s);
    select(view, {1003, 1002});
    EXPECT_TRUE(view.shipSelectedAction()->isEnabled());
    EXPECT_EQ(view.shipSelectedAction()->toolTip(), u"Mark the selected orders shipped, with a tracking number each"_s);

    // The dialog asks for the tracking numbers of the shippable orders and names the others.
    QTimer answerer;
    answerer.setInterval(10);
    QStringList listed;
    QString refusedText;
    QObject::connect(&answerer, &QTimer::timeout, &view, [&] {
        auto *dialog = qobject_cast<BulkShipDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answerer.stop();
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            listed << dialog->table()->item(row, 0)->text();
        refusedText = dialog->refusedLabel()->isVisibleTo(dialog) ? dialog->refusedLabel()->text() : QString();
        dialog->table()->item(0, 3)->setText(u"JD0002"_s);
        dialog->accept();
    });
    answerer.start();
    view.shipSelectedAction()->trigger();
    EXPECT_EQ(listed, QStringList{u"#1002"_s});
    EXPECT_EQ(refusedText, u"Not shipped (1 order(s)):\n#1003: Order 1003 is pending; only a confirmed order ships."_s);
    ASSERT_TRUE(waitForBulk(view));
    EXPECT_EQ(view.bulkDialog()->resultModel()->rowCount(), 2);
    EXPECT_EQ(view.bulkDialog()->summaryLabel()->text(), u"1 order(s) done, 1 failed"_s);
    EXPECT_EQ(db.session().orders().find(u"1002"_s)->status, OrderStatus::Shipped);

    // A login that may not ship is not offered the action at all.
    Permissions support;
    support.placeOrders = support.cancelOrders = support.markPaidAndRefund = support.addNotes = true;
    view.setPermissions(support);
    EXPECT_FALSE(view.shipSelectedAction()->isVisible());
    EXPECT_FALSE(view.shipSelectedAction()->isEnabled());
}

TEST_F(OrdersViewTest, CancelStopsTheBatchBeforeTheNextOrder)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    select(view, {1001, 1002});
    view.setNextBulkShipAnswer(QList<BulkShipLine>{{1001, u"UPS"_s, u"1Z0001"_s}, {1002, u"UPS"_s, u"1Z0002"_s}});
    view.shipSelectedAction()->trigger();
    // Cancel before the first result is back: the order being worked on completes, the next is not tried.
    ASSERT_TRUE(view.isBulkRunning());
    QTest::mouseClick(view.bulkDialog()->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForBulk(view));
    EXPECT_EQ(view.bulkDialog()->resultModel()->rowCount(), 1);
    EXPECT_EQ(db.session().orders().find(u"1002"_s)->status, OrderStatus::Confirmed);
    EXPECT_TRUE(view.bulkDialog()->summaryLabel()->text().contains(u"cancelled, 1 order(s) not attempted"_s))
            << view.bulkDialog()->summaryLabel()->text().toStdString();
}

TEST_F(OrdersViewTest, CsvExportIsExact)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    ASSERT_TRUE(db.session().orders().ship(u"1002"_s, u"JD0002"_s, u"DHL"_s));
    select(view, {1001, 1002, 1003});
    const QString path = files.filePath(u"orders.csv"_s);
    view.setNextSavePath(path);
    view.exportCsvAction()->trigger();
    ASSERT_TRUE(waitForBulk(view));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray expected
            = "order,placed_at,status,customer,email,currency,total,paid,refunded,balance_due,payment_method,"
              "payment_state,carrier,tracking,lines\r\n"
              "1001,2026-11-02T09:30:00Z,confirmed,\"Lovelace, \"\"Ada\"\"\",ada@example.com,USD,25.00,25.00,0.00,"
              "0.00,invoice,paid,,,MUG-1 x2\r\n"
              "1002,2026-11-02T09:30:00Z,shipped,'=Grace Hopper,grace@example.com,USD,102.47,102.47,0.00,0.00,"
              "invoice,paid,DHL,JD0002,MUG-1 x1; TEE-1 x3\r\n"
              "1003,2026-11-02T09:30:00Z,pending,Alan Turing,alan@example.com,USD,29.99,0.00,0.00,29.99,invoice,"
              "unpaid,,,TEE-1 x1\r\n";
    EXPECT_EQ(file.readAll(), expected);
    EXPECT_TRUE(view.bulkDialog()->summaryLabel()->text().startsWith(u"3 order(s) done, 0 failed"_s));
}

TEST_F(OrdersViewTest, PackingSlipsOfTheSelectionAreOnePdf)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    select(view, {1001, 1002});
    const QString path = files.filePath(u"slips.pdf"_s);
    view.setNextSavePath(path);
    QSignalSpy messages(&view, &OrdersView::statusMessage);
    view.packingSlipsAction()->trigger();
    ASSERT_TRUE(waitForBulk(view));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_GT(pdf.size(), 1000);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    // Two slips, one page each.
    const QString text = QString::fromLatin1(pdf);
    EXPECT_EQ(text.count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s)), 2);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.constLast().at(0).toString().startsWith(u"Saved 2 packing slip(s)"_s));
}

TEST_F(OrdersViewTest, PickListOfTheSelectedConfirmedOrdersIsAPdf)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    QSignalSpy messages(&view, &OrdersView::statusMessage);

    // 1003 is pending: nothing to pick yet, so no file, and the message says which order and why.
    select(view, {1001, 1003});
    const QString refused = files.filePath(u"refused.pdf"_s);
    view.setNextSavePath(refused);
    ASSERT_TRUE(view.pickListAction()->isEnabled());
    view.pickListAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 20000));
    EXPECT_TRUE(messages.constLast().at(0).toString().contains(u"#1003"_s))
            << messages.constLast().at(0).toString().toStdString();
    EXPECT_FALSE(QFile::exists(refused));

    select(view, {1001});
    const QString path = files.filePath(u"pick.pdf"_s);
    view.setNextSavePath(path);
    messages.clear();
    view.pickListAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !messages.isEmpty(); }, 20000));
    EXPECT_TRUE(messages.constLast().at(0).toString().startsWith(u"Saved a pick list of 1 order(s)"_s))
            << messages.constLast().at(0).toString().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF"));
}

TEST_F(OrdersViewTest, ColumnChooserAndSavedViewsPersist)
{
    {
        SessionWorker worker(db.url());
        hub.listenTo(worker);
        OrdersView view(db.session(), worker, hub);
        QHeaderView *header = view.orderView()->horizontalHeader();
        EXPECT_TRUE(header->isSectionHidden(OrderTableModel::Email)); // hidden by default
        EXPECT_TRUE(header->isSectionHidden(OrderTableModel::Payment)); // the state is beside the list, in the detail
        Q_EMIT view.columnMenu()->aboutToShow();
        auto *email = view.columnMenu()->findChild<QAction *>(u"column:%1"_s.arg(int(OrderTableModel::Email)));
        auto *total = view.columnMenu()->findChild<QAction *>(u"column:%1"_s.arg(int(OrderTableModel::Total)));
        auto *number = view.columnMenu()->findChild<QAction *>(u"column:%1"_s.arg(int(OrderTableModel::Number)));
        ASSERT_TRUE(email && total && number);
        EXPECT_FALSE(number->isEnabled()); // the order number always stays
        email->trigger();
        total->trigger();
        EXPECT_FALSE(header->isSectionHidden(OrderTableModel::Email));
        EXPECT_TRUE(header->isSectionHidden(OrderTableModel::Total));

        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"confirmed"_s));
        EXPECT_EQ(view.orderModel()->rowCount(), 2);
        EXPECT_EQ(view.viewSelector()->currentText(), u"Custom filter"_s);
        EXPECT_FALSE(view.saveCurrentView(u"To ship"_s) == std::nullopt); // a built-in name is refused
        EXPECT_EQ(view.saveCurrentView(u"  Paid,   not shipped "_s), std::nullopt);
        EXPECT_EQ(view.viewSelector()->currentText(), u"Paid, not shipped"_s);
    }
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    QHeaderView *header = view.orderView()->horizontalHeader();
    EXPECT_FALSE(header->isSectionHidden(OrderTableModel::Email));
    EXPECT_TRUE(header->isSectionHidden(OrderTableModel::Total));
    EXPECT_EQ(view.orderModel()->rowCount(), 3); // a new page opens unfiltered
    ASSERT_TRUE(view.selectView(u"Paid, not shipped"_s));
    EXPECT_EQ(view.orderModel()->rowCount(), 2);
    EXPECT_EQ(view.statusFilter()->currentData().toString(), u"confirmed"_s);

    ASSERT_TRUE(view.selectView(u"Unpaid"_s));
    EXPECT_EQ(view.orderModel()->filter().paymentState, PaymentState::Unpaid);
    ASSERT_EQ(view.orderModel()->rowCount(), 1);
    EXPECT_EQ(view.orderModel()->index(0, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1003);
    EXPECT_EQ(view.orderModel()->index(0, OrderTableModel::Payment).data().toString(), u"Unpaid"_s);
    EXPECT_EQ(view.paymentFilter()->currentData().toString(), u"unpaid"_s);
    EXPECT_EQ(view.orderModel()->filter().statuses.size(), 4); // everything but cancelled
    ASSERT_TRUE(view.selectView(u"Cancelled this week"_s));
    EXPECT_EQ(view.orderModel()->filter().statuses, QList<OrderStatus>{OrderStatus::Cancelled});
    // Monday 2026-11-02 is the start of the test clock's week.
    EXPECT_EQ(view.orderModel()->filter().from, QDateTime(QDate(2026, 11, 2), QTime(0, 0)).toUTC());
    ASSERT_TRUE(view.selectView(u"To ship"_s));
    EXPECT_EQ(view.orderModel()->rowCount(), 2);
    EXPECT_EQ(view.orderModel()->filter(), OrderSets::filter(OrderSet::ToShip));
    // Two paid orders and one pending: all three hold stock.
    ASSERT_TRUE(view.selectView(u"Holds stock"_s));
    EXPECT_EQ(view.orderModel()->filter(), OrderSets::filter(OrderSet::HoldsStock));
    EXPECT_EQ(view.orderModel()->rowCount(), 3);
}

TEST_F(OrdersViewTest, CountTextSaysWhenMoreOrdersMatchThanWereCounted)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    EXPECT_EQ(view.orderCountText(), u"3 order(s)"_s);
    view.orderModel()->setCountCap(2);
    QSignalSpy texts(&view, &OrdersView::orderCountTextChanged);
    QSignalSpy counts(&view, &OrdersView::orderCountChanged);

    OrderFilter filter;
    filter.search = u"example"_s; // every customer's email
    view.showFiltered(filter);
    ASSERT_TRUE(view.orderModel()->isCountCapped());
    ASSERT_GE(texts.count(), 1);
    EXPECT_EQ(texts.last().at(0).toString(), u"2+ order(s)"_s);
    EXPECT_EQ(counts.last().at(0).toInt(), 2);
    EXPECT_EQ(view.orderCountText(), u"2+ order(s)"_s);

    view.orderModel()->fetchMore({});
    EXPECT_EQ(texts.last().at(0).toString(), u"3 order(s)"_s);
    EXPECT_EQ(counts.last().at(0).toInt(), 3);
}

TEST_F(OrdersViewTest, ShowFilteredListsExactlyThatFilterAndShowsItInTheControls)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    OrderFilter filter;
    filter.statuses = {OrderStatus::Pending};
    filter.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    filter.until = QDateTime(QDate(2026, 11, 3), QTime(0, 0), Qt::UTC);
    view.showFiltered(filter);
    EXPECT_EQ(view.orderModel()->filter(), filter);
    ASSERT_EQ(view.orderModel()->rowCount(), 1);
    EXPECT_EQ(view.orderModel()->index(0, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1003);
    EXPECT_EQ(view.statusFilter()->currentData().toString(), u"pending"_s);
    EXPECT_EQ(view.dateFilter()->currentIndex(), view.dateFilter()->count() - 1); // "Between…"
    EXPECT_EQ(view.fromDate()->date(), QDate(2026, 11, 1));
    EXPECT_EQ(view.untilDate()->date(), QDate(2026, 11, 2));
    EXPECT_EQ(view.viewSelector()->currentText(), u"Custom filter"_s);

    // A customer's orders, from the detail view's "Customer's orders".
    OrderFilter byCustomer;
    byCustomer.customerId = db.session().orders().find(u"1002"_s)->customer.id;
    view.showFiltered(byCustomer);
    ASSERT_EQ(view.orderModel()->rowCount(), 1);
    auto *chip = view.findChild<QLabel *>(u"customerFilter"_s);
    ASSERT_NE(chip, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return chip->text() == u"Customer: =Grace Hopper"_s; }, 10000))
            << chip->text().toStdString();
    EXPECT_TRUE(chip->isVisible());

    view.showFiltered({});
    EXPECT_EQ(view.orderModel()->rowCount(), 3);
    EXPECT_EQ(view.viewSelector()->currentText(), u"All orders"_s);
    // The toolbar lays its widgets out (and hides this one) on its next layout pass.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !chip->isVisible(); }, 2000));

    // The payment filter by hand.
    view.paymentFilter()->setCurrentIndex(view.paymentFilter()->findData(u"paid"_s));
    EXPECT_EQ(view.orderModel()->rowCount(), 2);
    EXPECT_EQ(view.orderModel()->filter().paymentState, PaymentState::Paid);
}

TEST_F(OrdersViewTest, BulkShipDialogListsTheOrdersWithACarrierForAll)
{
    QList<OrderSummary> orders;
    for (qint64 number : {1001, 1002}) {
        OrderSummary summary;
        summary.number = number;
        summary.customerName = u"Customer %1"_s.arg(number);
        orders << summary;
    }
    BulkShipDialog dialog(orders);
    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(1, 0)->text(), u"#1002"_s);
    EXPECT_FALSE(table->item(0, 0)->flags() & Qt::ItemIsEditable);
    auto *carrierForAll = dialog.findChild<QComboBox *>();
    ASSERT_NE(carrierForAll, nullptr);
    carrierForAll->setCurrentText(u"DHL"_s);
    table->item(0, 3)->setText(u" JD0001 "_s);
    table->item(1, 2)->setText(u"FedEx"_s); // one parcel goes another way
    table->item(1, 3)->setText(u"7777"_s);
    const QList<BulkShipLine> lines = dialog.lines();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).number, 1001);
    EXPECT_EQ(lines.at(0).carrier, u"DHL"_s);
    EXPECT_EQ(lines.at(0).tracking, u"JD0001"_s);
    EXPECT_EQ(lines.at(1).carrier, u"FedEx"_s);
    EXPECT_EQ(lines.at(1).tracking, u"7777"_s);
}

TEST_F(OrdersViewTest, ColumnsSqlCannotSortKeepTheCurrentOrder)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    QHeaderView *header = view.orderView()->horizontalHeader();
    header->setSortIndicator(OrderTableModel::Total, Qt::AscendingOrder);
    EXPECT_EQ(view.orderModel()->index(0, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1001);
    header->setSortIndicator(OrderTableModel::Payment, Qt::DescendingOrder);
    EXPECT_EQ(header->sortIndicatorSection(), int(OrderTableModel::Total));
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_EQ(view.orderModel()->index(0, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1001);
}

TEST_F(OrdersViewTest, TheDetailFollowsTheListThroughSearchesAndFilters)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.resize(1280, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const auto detailShows = [&](qint64 number) {
        return QTest::qWaitFor(
                [&] {
                    const auto &order = view.orderDetail()->order();
                    return view.detailPane()->currentWidget() == view.orderDetail() && order && order->number == number;
                },
                10000);
    };
    const auto selectedNumber = [&] {
        const QModelIndex current = view.orderView()->currentIndex();
        return view.orderView()->selectionModel()->isRowSelected(current.row(), {})
                ? current.data(OrderTableModel::OrderNumberRole).toLongLong()
                : 0;
    };
    // Newest first: 1003 is shown.
    ASSERT_TRUE(detailShows(1003));
    EXPECT_EQ(selectedNumber(), 1003);

    // A search that leaves the shown order out: the detail shows what the list now shows.
    QTest::keyClicks(view.searchField(), u"ada@example.com"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_EQ(view.orderModel()->rowCount(), 1);
    EXPECT_EQ(view.shownOrderNumber(), 1001);
    EXPECT_EQ(selectedNumber(), 1001);
    ASSERT_TRUE(detailShows(1001));

    // A search without a match: no order is shown, and the list says why.
    view.searchField()->setText(u"nobody-like-this"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_EQ(view.orderModel()->rowCount(), 0);
    EXPECT_EQ(view.shownOrderNumber(), 0);
    EXPECT_EQ(view.detailPane()->currentWidget()->objectName(), u"noOrderSelected"_s);
    EXPECT_TRUE(view.detailPane()->currentWidget()->isVisible());
    EXPECT_FALSE(view.orderDetail()->isVisible()) << "the detail of an order the list left is not shown";

    // The way out the list offers brings everything back, with the newest order shown.
    QPushButton *clear = view.emptyState()->actionButton(u"Clear the search"_s);
    ASSERT_NE(clear, nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(view.searchField()->text().isEmpty());
    ASSERT_EQ(view.orderModel()->rowCount(), 3);
    ASSERT_TRUE(detailShows(1003));

    // An order still listed after a filter stays shown and selected.
    select(view, {1002});
    view.orderView()->setCurrentIndex(view.orderModel()->index(1, OrderTableModel::Number));
    ASSERT_TRUE(detailShows(1002));
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"confirmed"_s));
    ASSERT_EQ(view.orderModel()->rowCount(), 2);
    EXPECT_EQ(view.shownOrderNumber(), 1002);
    EXPECT_EQ(selectedNumber(), 1002);
    // Sorting keeps it too, wherever it moves.
    view.orderView()->sortByColumn(OrderTableModel::Number, Qt::AscendingOrder);
    EXPECT_EQ(view.orderModel()->index(1, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1002);
    EXPECT_EQ(view.shownOrderNumber(), 1002);
    EXPECT_EQ(selectedNumber(), 1002);

    // A filter the shown order does not pass: the list's first order is shown.
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"pending"_s));
    ASSERT_EQ(view.orderModel()->rowCount(), 1);
    EXPECT_EQ(selectedNumber(), 1003);
    ASSERT_TRUE(detailShows(1003));
}

TEST_F(OrdersViewTest, AnEmptyListSaysWhichFilterLeftNothingAndOffersTheWayOut)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.resize(1280, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(view.emptyState()->isVisible());

    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"confirmed"_s));
    view.searchField()->setText(u"smith"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_EQ(view.orderModel()->rowCount(), 0);
    EXPECT_TRUE(view.emptyState()->isVisible());
    EXPECT_EQ(view.emptyState()->message(), u"No orders match “smith” with status Confirmed."_s);
    EXPECT_FALSE(view.emptyState()->hint().isEmpty()) << "says what the search looks at";
    ASSERT_NE(view.emptyState()->actionButton(u"Clear the search"_s), nullptr);
    QPushButton *searchAll = view.emptyState()->actionButton(u"Search all orders"_s);
    ASSERT_NE(searchAll, nullptr);
    EXPECT_TRUE(searchAll->isVisible());

    // Dropping the filters keeps the search: still nothing, and the message says so without the filter.
    QTest::mouseClick(searchAll, Qt::LeftButton);
    EXPECT_EQ(view.statusFilter()->currentIndex(), 0);
    EXPECT_EQ(view.searchField()->text(), u"smith"_s);
    EXPECT_EQ(view.emptyState()->message(), u"No orders match “smith”."_s);
    EXPECT_EQ(view.emptyState()->actionButtons().size(), 1);

    // Filters alone.
    view.searchField()->clear();
    OrderFilter filter;
    filter.statuses = {OrderStatus::Shipped, OrderStatus::Delivered};
    filter.paymentState = PaymentState::Refunded;
    view.showFiltered(filter);
    ASSERT_EQ(view.orderModel()->rowCount(), 0);
    EXPECT_EQ(view.emptyState()->message(), u"No orders with status Shipped or Delivered, with payment Refunded."_s);
    QPushButton *showAll = view.emptyState()->actionButton(u"Show all orders"_s);
    ASSERT_NE(showAll, nullptr);
    QTest::mouseClick(showAll, Qt::LeftButton);
    EXPECT_EQ(view.orderModel()->rowCount(), 3);
    EXPECT_EQ(view.viewSelector()->currentText(), u"All orders"_s);
    EXPECT_FALSE(view.emptyState()->isVisible());
}

TEST(OrdersViewEmptyShopTest, AShopWithoutOrdersOffersToTakeTheFirst)
{
    test::ScopedSettings settings;
    test::TestDatabase db;
    SessionWorker worker(db.url());
    ChangeHub hub;
    OrdersView view(db.session(), worker, hub);
    Permissions support;
    support.placeOrders = true;
    view.setPermissions(support);
    view.resize(1280, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(view.emptyState()->isVisible());
    EXPECT_EQ(view.emptyState()->message(), u"No orders yet."_s);
    EXPECT_EQ(view.shownOrderNumber(), 0);
    EXPECT_EQ(view.detailPane()->currentWidget()->objectName(), u"noOrderSelected"_s);
    QSignalSpy newOrder(&view, &OrdersView::newOrderRequested);
    QPushButton *take = view.emptyState()->actionButton(u"New order…"_s);
    ASSERT_NE(take, nullptr);
    QTest::mouseClick(take, Qt::LeftButton);
    EXPECT_EQ(newOrder.count(), 1);

    // A login that may not place orders is not offered to.
    view.setPermissions(Permissions{});
    EXPECT_EQ(view.emptyState()->actionButton(u"New order…"_s), nullptr);
}

TEST_F(OrdersViewTest, TheSortArrowPointsTheWayTheRowsRun)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.resize(1600, 700); // every shown column in view, the Tags column too
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QHeaderView *header = view.orderView()->horizontalHeader();
    // Wide enough that the title stays clear of the arrow.
    header->resizeSection(OrderTableModel::Number, 220);
    header->resizeSection(OrderTableModel::Total, 220);

    // Newest first, the default: the arrow points down, from the highest number to the lowest.
    ASSERT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(view.orderModel()->index(0, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1003);
    EXPECT_EQ(test::sortArrowDirection(header, OrderTableModel::Number), test::ArrowDirection::Down);

    view.orderView()->sortByColumn(OrderTableModel::Number, Qt::AscendingOrder);
    EXPECT_EQ(view.orderModel()->index(0, 0).data(OrderTableModel::OrderNumberRole).toLongLong(), 1001);
    EXPECT_EQ(test::sortArrowDirection(header, OrderTableModel::Number), test::ArrowDirection::Up);

    view.orderView()->sortByColumn(OrderTableModel::Total, Qt::DescendingOrder);
    EXPECT_EQ(test::sortArrowDirection(header, OrderTableModel::Total), test::ArrowDirection::Down);
}

TEST(OrderCsvWriterTest, QuotesOnlyWhatNeedsItAndDefusesFormulas)
{
    EXPECT_EQ(OrderCsvWriter::field(u"plain"_s, true), u"plain"_s);
    EXPECT_EQ(OrderCsvWriter::field(u"a,b"_s, true), u"\"a,b\""_s);
    EXPECT_EQ(OrderCsvWriter::field(u"say \"hi\""_s, true), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(OrderCsvWriter::field(u"line\nbreak"_s, true), u"\"line\nbreak\""_s);
    EXPECT_EQ(OrderCsvWriter::field(u"=1+1"_s, true), u"'=1+1"_s);
    EXPECT_EQ(OrderCsvWriter::field(u"@SUM(A1)"_s, true), u"'@SUM(A1)"_s);
    EXPECT_EQ(OrderCsvWriter::field(u"-3.50"_s, false), u"-3.50"_s);
}

TEST(SavedOrderViewsTest, FilterSurvivesTheJsonRoundTrip)
{
    OrderFilter filter;
    filter.statuses = {OrderStatus::Cancelled, OrderStatus::Pending};
    filter.customerId = u"0b0c4a4e-8a9b-4c3f-9a51-1e2f3a4b5c6d"_s;
    filter.search = u"mug"_s;
    filter.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    filter.until = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    filter.paymentState = PaymentState::Refunded;
    filter.cancelReasons = {CancelReason::Fraud};
    EXPECT_EQ(SavedOrderViews::fromJson(SavedOrderViews::toJson(filter)), filter);
    EXPECT_EQ(SavedOrderViews::fromJson(SavedOrderViews::toJson({})), OrderFilter{});
}

} // namespace
} // namespace shipshape
