#include "models/OrderTableModel.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class OrderTableModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        DemoDataOptions options;
        options.orders = 1000;
        options.products = 30;
        options.customers = 100;
        options.seed = 11;
        options.now = db.clock().now();
        auto report = DemoDataGenerator::generate(db.session().database(), options);
        ASSERT_TRUE(report.has_value()) << report.error().message.toStdString();
    }

    test::TestDatabase db;
};

TEST_F(OrderTableModelTest, PassesTheModelTesterAndShowsEveryOrderNewestFirst)
{
    OrderTableModel model(db.session().orders(), &db.session().events());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.index(0, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 2000);
    // The last row comes from the mirrored query at the far end of the table.
    EXPECT_EQ(model.index(999, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 1001);
    EXPECT_EQ(model.index(500, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 1500);
    EXPECT_EQ(model.index(0, OrderTableModel::Number).data().toString(), u"#2000"_s);
}

TEST_F(OrderTableModelTest, SortsByTotalInSqlAcrossPages)
{
    OrderTableModel model(db.session().orders(), &db.session().events());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(OrderTableModel::Total, Qt::AscendingOrder);

    qint64 previous = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 total = model.index(row, OrderTableModel::Total).data(OrderTableModel::RawValueRole).toLongLong();
        ASSERT_GE(total, previous) << "row " << row;
        previous = total;
    }
}

TEST_F(OrderTableModelTest, FiltersByStatusAndSearch)
{
    OrderTableModel model(db.session().orders(), &db.session().events());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    OrderFilter filter;
    filter.statuses = {OrderStatus::Cancelled};
    model.setFilter(filter);
    auto cancelled = db.session().orders().count(filter);
    ASSERT_TRUE(cancelled.has_value());
    ASSERT_GT(*cancelled, 0);
    EXPECT_EQ(model.rowCount(), *cancelled);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.index(row, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(),
                u"cancelled"_s);

    filter = {};
    filter.search = u"1234"_s;
    model.setFilter(filter);
    ASSERT_GE(model.rowCount(), 1);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found = found
                || model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong() == 1234;
    EXPECT_TRUE(found);
}

TEST_F(OrderTableModelTest, ChangedOrderUpdatesInPlaceAndNewOrderAppears)
{
    OrderTableModel model(db.session().orders(), &db.session().events());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.index(0, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong(), 2000);

    // Find a pending or confirmed order among the first rows and cancel it from "elsewhere".
    int row = -1;
    for (int i = 0; i < 50 && row < 0; ++i) {
        const QString status = model.index(i, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString();
        if (status == u"confirmed"_s || status == u"pending"_s)
            row = i;
    }
    ASSERT_GE(row, 0);
    const qint64 number = model.index(row, OrderTableModel::Number).data(OrderTableModel::RawValueRole).toLongLong();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto cancelled = db.session().orders().cancel(QString::number(number), CancelReason::Customer, u"test"_s);
    ASSERT_TRUE(cancelled.has_value()) << cancelled.error().message.toStdString();
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(), row);
    EXPECT_EQ(model.index(row, OrderTableModel::Status).data(OrderTableModel::RawValueRole).toString(), u"cancelled"_s);
}

} // namespace
} // namespace shipshape
