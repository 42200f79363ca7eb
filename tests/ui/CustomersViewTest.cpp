#include "views/CustomersView.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "customers/SmsOptOuts.h"
#include "models/CustomerOrdersModel.h"
#include "models/CustomerTableModel.h"
#include "views/EmptyStateOverlay.h"
#include "views/FullTextTooltipDelegate.h"

#include <QAbstractItemModelTester>
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

class CustomersViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        NewProduct mug{u"MUG-1"_s, u"Enamel Mug"_s, u"12.50"_s, u"USD"_s, 100000, 2};
        ASSERT_TRUE(db.session().inventory().addProduct(mug));
        // Ada: 57 orders (three pages of 25), the newest cancelled; Bob: 3 orders.
        for (int i = 0; i < 57; ++i)
            adaOrders.prepend(place(u"ada@example.com"_s, u"Ada Lovelace"_s, 1));
        for (int i = 0; i < 3; ++i)
            place(u"bob@example.com"_s, u"Bob Babbage"_s, 2);
        ASSERT_TRUE(db.session().orders().cancel(QString::number(adaOrders.first()), CancelReason::Customer, {}));
    }

    qint64 place(const QString &email, const QString &name, qint64 quantity)
    {
        PlaceOrderRequest request;
        request.customer = {{}, name, email};
        request.items = {OrderItemRequest{u"MUG-1"_s, quantity, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        EXPECT_TRUE(placed) << placed.error().message.toStdString();
        db.clock().advance(60'000);
        return placed ? placed->number : 0;
    }

    // The first row of the orders table as shown.
    static qint64 firstShownOrder(CustomersView &view)
    {
        return view.ordersModel()
                ->index(0, CustomerOrdersModel::Number)
                .data(CustomerOrdersModel::RawValueRole)
                .toLongLong();
    }

    test::TestDatabase db;
    QList<qint64> adaOrders; // newest first
};

TEST_F(CustomersViewTest, HistoryIsPaginatedNewestFirstWithTotals)
{
    SessionWorker worker(db.url());
    CustomersView view(worker);
    QAbstractItemModelTester customers(view.customerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester orders(view.ordersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    QSignalSpy shown(&view, &CustomersView::historyShown);
    ASSERT_TRUE(shown.wait(10000)); // the first customer (by name) is shown

    CustomerTableModel *list = view.customerModel();
    ASSERT_EQ(list->rowCount(), 2);
    EXPECT_EQ(list->index(0, CustomerTableModel::Name).data().toString(), u"Ada Lovelace"_s);
    EXPECT_EQ(list->index(0, CustomerTableModel::Orders).data().toString(), u"57"_s);
    EXPECT_EQ(list->index(0, CustomerTableModel::Spend).data().toString(), u"USD 700.00"_s); // 56 × 12.50
    EXPECT_EQ(list->index(1, CustomerTableModel::Orders).data().toString(), u"3"_s);
    EXPECT_EQ(list->index(1, CustomerTableModel::Spend).data().toString(), u"USD 75.00"_s);

    ASSERT_TRUE(view.history());
    EXPECT_EQ(view.history()->customer.email, u"ada@example.com"_s);
    EXPECT_EQ(view.pageLabel()->text(), u"Page 1 of 3"_s);
    ASSERT_EQ(view.ordersModel()->rowCount(), 25);
    EXPECT_EQ(firstShownOrder(view), adaOrders.at(0));
    EXPECT_EQ(view.ordersModel()->index(0, CustomerOrdersModel::Status).data().toString(),
            OrderLifecycle::displayName(OrderStatus::Cancelled));
    EXPECT_TRUE(view.totalsLabel()->text().contains(u"57 order(s) (1 cancelled)"_s))
            << view.totalsLabel()->text().toStdString();
    EXPECT_TRUE(view.totalsLabel()->text().contains(u"spent USD 700.00"_s)) << view.totalsLabel()->text().toStdString();
    EXPECT_FALSE(view.previousButton()->isEnabled());
    EXPECT_TRUE(view.nextButton()->isEnabled());

    QTest::mouseClick(view.nextButton(), Qt::LeftButton);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(view.pageLabel()->text(), u"Page 2 of 3"_s);
    EXPECT_EQ(firstShownOrder(view), adaOrders.at(25));
    EXPECT_TRUE(view.previousButton()->isEnabled());

    QTest::mouseClick(view.nextButton(), Qt::LeftButton);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(view.pageLabel()->text(), u"Page 3 of 3"_s);
    ASSERT_EQ(view.ordersModel()->rowCount(), 7);
    EXPECT_EQ(view.ordersModel()->index(6, CustomerOrdersModel::Number).data().toString(),
            u"#%1"_s.arg(adaOrders.at(56)));
    EXPECT_FALSE(view.nextButton()->isEnabled());
    // Totals are over every order, whichever page is shown.
    EXPECT_TRUE(view.totalsLabel()->text().contains(u"spent USD 700.00"_s));

    QTest::mouseClick(view.previousButton(), Qt::LeftButton);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(view.pageLabel()->text(), u"Page 2 of 3"_s);

    // Double-clicking an order asks for it to be opened.
    QSignalSpy open(&view, &CustomersView::openOrder);
    QTableView *table = view.ordersTable();
    const QModelIndex third = view.ordersModel()->index(2, CustomerOrdersModel::Total);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), adaOrders.at(27));
}

TEST_F(CustomersViewTest, TheMobileNumberIsCheckedStoredAndShownWithItsOptOut)
{
    SessionWorker worker(db.url());
    CustomersView view(worker);
    view.show();
    QSignalSpy shown(&view, &CustomersView::historyShown);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_EQ(view.smsLabel()->text(), u"No mobile number: no SMS status messages."_s);
    // Nobody said who is logged in yet: nothing to change.
    EXPECT_FALSE(view.phoneButton()->isEnabled());
    view.setPermissions(Permissions::everything(u"tester"_s));
    EXPECT_TRUE(view.phoneButton()->isEnabled());

    // A number libphonenumber refuses names the value and writes nothing.
    QSignalSpy failed(&view, &CustomersView::actionFailed);
    view.setPhone(u"+999 1234567"_s);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(u"+999 1234567"_s))
            << failed.first().at(0).toString().toStdString();
    EXPECT_TRUE(view.findChild<QLabel *>(u"customersError"_s)->isVisible());
    EXPECT_EQ(view.smsLabel()->text(), u"No mobile number: no SMS status messages."_s);

    QSignalSpy changed(&view, &CustomersView::phoneChanged);
    view.setPhone(u"+1 415 555 2671"_s);
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(view.smsLabel()->text(), u"SMS status messages go to +14155552671."_s);
    EXPECT_FALSE(view.findChild<QLabel *>(u"customersError"_s)->isVisible());

    // The customer texts STOP (the Twilio webhook): the page says so once it is read again.
    ASSERT_TRUE(SmsOptOuts(db.session().database()).stop(u"+14155552671"_s, db.clock().now(), u"STOP"_s));
    view.reload();
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_TRUE(view.smsLabel()->text().startsWith(u"SMS to +14155552671: opted out (replied STOP) on "_s))
            << view.smsLabel()->text().toStdString();

    // Offline or in an archive the button says why it is off.
    view.setPermissions(Permissions::readOnly(u"tester"_s, u"The server does not answer."_s));
    EXPECT_FALSE(view.phoneButton()->isEnabled());
    EXPECT_EQ(view.phoneButton()->toolTip(), u"The server does not answer."_s);
}

TEST_F(CustomersViewTest, SearchFindsACustomerAndShowsTheirHistory)
{
    SessionWorker worker(db.url());
    CustomersView view(worker);
    QAbstractItemModelTester customers(view.customerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    QSignalSpy shown(&view, &CustomersView::historyShown);
    ASSERT_TRUE(shown.wait(10000));

    QTest::keyClicks(view.searchField(), u"BABBAGE"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return view.history() && view.history()->customer.name == u"Bob Babbage"_s; }, 10000));
    EXPECT_EQ(view.customerModel()->rowCount(), 1);
    EXPECT_EQ(view.findChild<QLabel *>(u"customerCount"_s)->text(), u"1 customer(s)"_s);
    EXPECT_EQ(view.pageLabel()->text(), u"Page 1 of 1"_s);
    EXPECT_EQ(view.ordersModel()->rowCount(), 3);
    EXPECT_FALSE(view.previousButton()->isEnabled());
    EXPECT_FALSE(view.nextButton()->isEnabled());
    EXPECT_TRUE(view.totalsLabel()->text().contains(u"3 order(s) · spent USD 75.00"_s))
            << view.totalsLabel()->text().toStdString();

    // Searching for nobody empties the list and the history.
    view.searchField()->setText(u"nobody-at-all"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.history().has_value(); }, 10000));
    EXPECT_EQ(view.customerModel()->rowCount(), 0);
    EXPECT_EQ(view.ordersModel()->rowCount(), 0);
    EXPECT_TRUE(view.pageLabel()->text().isEmpty());
}

TEST_F(CustomersViewTest, TheListIsLoadedPageByPage)
{
    // More customers than one page of the list.
    for (int i = 0; i < CustomerTableModel::kPageSize + 20; ++i)
        place(u"c%1@example.com"_s.arg(i, 3, 10, QChar(u'0')), u"Customer %1"_s.arg(i, 3, 10, QChar(u'0')), 1);
    SessionWorker worker(db.url());
    CustomerTableModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
    const int total = CustomerTableModel::kPageSize + 22;
    EXPECT_EQ(model.matchingCount(), total);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == total; }, 10000));
    EXPECT_FALSE(model.canFetchMore({}));
    // Sorted by name across the page boundary, nobody twice.
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CustomerTableModel::Name).data().toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);
    EXPECT_EQ(QSet<QString>(names.begin(), names.end()).size(), total);
}

TEST_F(CustomersViewTest, AnEmptySearchSaysSoAndClearsWithOneClick)
{
    SessionWorker worker(db.url());
    CustomersView view(worker);
    view.resize(1280, 800);
    view.show();
    QSignalSpy shown(&view, &CustomersView::historyShown);
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_FALSE(view.customersEmptyState()->isVisible());
    EXPECT_FALSE(view.ordersEmptyState()->isVisible());

    view.searchField()->setText(u"nobody-at-all"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.customersEmptyState()->isVisible(); }, 10000));
    EXPECT_EQ(view.customersEmptyState()->message(), u"No customers match “nobody-at-all”."_s);
    EXPECT_FALSE(view.ordersEmptyState()->isVisible()) << "the list says why; the history stays quiet";
    QPushButton *clear = view.customersEmptyState()->actionButton(u"Clear the search"_s);
    ASSERT_NE(clear, nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(view.searchField()->text().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.customerModel()->rowCount() == 2 && view.history(); }, 10000));
    EXPECT_FALSE(view.customersEmptyState()->isVisible());
}

TEST_F(CustomersViewTest, EmailsAreShownWholeOnOneLineOrInTheirTooltip)
{
    const QString longish = u"alexandra.richardson-smith@example.com"_s;
    const QString absurd = u"a.very.long.mailbox.name.that.no.column.can.hold.for.long@subdomain.example-shop.com"_s;
    place(longish, u"Alexandra Richardson-Smith"_s, 1);
    place(absurd, u"Zed Absurd"_s, 1);
    SessionWorker worker(db.url());
    CustomersView view(worker);
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.customerModel()->rowCount() == 4; }, 10000));
    QTableView *table = view.customerTable();
    auto *delegate = qobject_cast<FullTextTooltipDelegate *>(table->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    const auto emailOf = [&](const QString &email) {
        for (int row = 0; row < view.customerModel()->rowCount(); ++row) {
            const QModelIndex index = view.customerModel()->index(row, CustomerTableModel::Email);
            if (index.data().toString() == email)
                return index;
        }
        return QModelIndex();
    };
    // One line per row, of one height.
    EXPECT_FALSE(table->wordWrap());
    EXPECT_EQ(table->rowHeight(0), table->rowHeight(3));
    EXPECT_LT(table->rowHeight(0), 2 * table->fontMetrics().height());
    // A long but ordinary address fits; the names beside it are whole too.
    EXPECT_FALSE(delegate->isElided(table, emailOf(longish)));
    EXPECT_FALSE(
            delegate->isElided(table, view.customerModel()->index(emailOf(longish).row(), CustomerTableModel::Name)));
    // One no column can hold is elided, and its tooltip has all of it.
    const QModelIndex cut = emailOf(absurd);
    ASSERT_TRUE(cut.isValid());
    EXPECT_TRUE(delegate->isElided(table, cut));
    EXPECT_EQ(delegate->tooltipFor(table, cut), absurd);
    EXPECT_TRUE(delegate->tooltipFor(table, emailOf(longish)).isEmpty()) << "whole cells need no tooltip";
}

TEST(CustomersViewEmptyTest, AShopWithoutCustomersSaysWhereTheyComeFrom)
{
    test::TestDatabase db;
    SessionWorker worker(db.url());
    CustomersView view(worker);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.customersEmptyState()->isVisible(); }, 10000));
    EXPECT_EQ(view.customersEmptyState()->message(), u"No customers yet."_s);
    EXPECT_FALSE(view.customersEmptyState()->hint().isEmpty());
    EXPECT_FALSE(view.ordersEmptyState()->isVisible());
}

} // namespace
} // namespace shipshape
