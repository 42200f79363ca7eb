// Tags on the desktop: bulk "Add tag…/Remove tag…" on a selection with its per-order report, chips in the
// order list's Tags column and in the order detail, the tag filter in the filter bar and in saved views.
// Real widgets under the offscreen platform, a real SQLite file.

#include "ScopedSettings.h"
#include "TestDatabase.h"
#include "background/ChangeHub.h"
#include "background/SessionWorker.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkResultModel.h"
#include "models/OrderTableModel.h"
#include "models/TagListModel.h"
#include "models/TimelineModel.h"
#include "views/EmptyStateOverlay.h"
#include "views/OrderDetailView.h"
#include "views/OrderTagEditor.h"
#include "views/OrdersView.h"
#include "views/SavedOrderViews.h"
#include "views/TagChipDelegate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class OrderTagsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        hub.listenTo(db.session().events());
        ASSERT_TRUE(db.session().inventory().addProduct({u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 20, 2}));
        for (const QString &email : {u"ada@example.com"_s, u"grace@example.com"_s, u"alan@example.com"_s}) {
            PlaceOrderRequest request;
            request.customer = {{}, email.section(u'@', 0, 0), email};
            request.items << OrderItemRequest{u"MUG-1"_s, 1, std::nullopt};
            request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
            auto placed = db.session().orders().place(request);
            ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
        }
    }

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

    // The Tags column of each order the list shows, by number.
    static QHash<qint64, QStringList> shownTags(OrdersView &view)
    {
        QHash<qint64, QStringList> tags;
        OrderTableModel *model = view.orderModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, OrderTableModel::Tags);
            tags.insert(cell.data(OrderTableModel::OrderNumberRole).toLongLong(),
                    cell.data(OrderTableModel::RawValueRole).toStringList());
        }
        return tags;
    }

    static QList<qint64> listed(OrdersView &view)
    {
        QList<qint64> numbers;
        for (int row = 0; row < view.orderModel()->rowCount(); ++row)
            numbers << view.orderModel()->index(row, 0).data(OrderTableModel::OrderNumberRole).toLongLong();
        return numbers;
    }

    QStringList storedTags(qint64 number)
    {
        auto order = db.session().orders().find(QString::number(number));
        EXPECT_TRUE(order.has_value());
        return order ? order->tags : QStringList();
    }

    test::ScopedSettings settings;
    test::TestDatabase db;
    ChangeHub hub;
};

TEST_F(OrderTagsViewTest, BulkAddAndRemoveTagReportEachOrderAndTheListShowsTheChips)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    QAbstractItemModelTester tester(view.orderModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.orderView()->selectionModel()->clearSelection();
    EXPECT_FALSE(view.addTagAction()->isEnabled()) << "nothing selected";
    EXPECT_FALSE(view.orderView()->horizontalHeader()->isSectionHidden(OrderTableModel::Tags));
    ASSERT_TRUE(db.session().orders().tags().add(u"1002"_s, {u"vip"_s}));

    select(view, {1001, 1002});
    ASSERT_TRUE(view.addTagAction()->isEnabled());
    view.setNextTagAnswer(u"  VIP "_s);
    view.addTagAction()->trigger();
    ASSERT_NE(view.bulkDialog(), nullptr);
    QAbstractItemModelTester reportTester(
            view.bulkDialog()->resultModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForBulk(view));
    BulkResultModel *report = view.bulkDialog()->resultModel();
    ASSERT_EQ(report->rowCount(), 2);
    for (int row = 0; row < report->rowCount(); ++row)
        EXPECT_TRUE(report->index(row, BulkResultModel::Result).data(BulkResultModel::RawValueRole).toBool()) << row;

    // 1001 got the tag as typed; 1002 already had it in another case and keeps it as it was.
    EXPECT_EQ(storedTags(1001), QStringList{u"VIP"_s});
    EXPECT_EQ(storedTags(1002), QStringList{u"vip"_s});
    EXPECT_EQ(storedTags(1003), QStringList{});
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownTags(view).value(1001) == QStringList{u"VIP"_s}; }, 5000));
    EXPECT_EQ(shownTags(view).value(1002), QStringList{u"vip"_s});
    EXPECT_EQ(shownTags(view).value(1003), QStringList{});
    const Order tagged = *db.session().orders().find(u"1001"_s);
    EXPECT_EQ(tagged.timeline.constLast().event, u"TagsChanged"_s);
    EXPECT_EQ(TimelineModel::detail(tagged.timeline.constLast()), u"tagged: VIP"_s);
    EXPECT_EQ(view.tagFilter()->findText(u"VIP"_s, Qt::MatchFixedString), 0) << "the filter offers the tag now";

    select(view, {1001, 1002, 1003});
    view.setNextTagAnswer(u"vip"_s);
    view.removeTagAction()->trigger();
    ASSERT_TRUE(waitForBulk(view));
    EXPECT_EQ(view.bulkDialog()->resultModel()->rowCount(), 3);
    for (qint64 number : {1001, 1002, 1003})
        EXPECT_EQ(storedTags(number), QStringList{}) << number;
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownTags(view).value(1001).isEmpty(); }, 5000));
    EXPECT_EQ(db.session().orders().find(u"1003"_s)->timeline.size(), 1) << "1003 had no such tag: no change";
}

TEST_F(OrderTagsViewTest, ABadTagIsRefusedBeforeAnyOrderIsTouched)
{
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.show();
    select(view, {1001, 1003});
    QSignalSpy messages(&view, &OrdersView::statusMessage);
    view.setNextTagAnswer(QString(41, u'x'));
    view.addTagAction()->trigger();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).at(0).toString().contains(u"40"_s)) << messages.at(0).at(0).toString().toStdString();
    EXPECT_EQ(view.bulkDialog(), nullptr) << "no batch started";
    EXPECT_EQ(storedTags(1001), QStringList{});
    EXPECT_EQ(db.session().orders().find(u"1001"_s)->version, 1);

    // A login that may not tag is not offered the actions at all.
    Permissions warehouse;
    warehouse.shipAndDeliver = warehouse.editStock = true;
    view.setPermissions(warehouse);
    EXPECT_FALSE(view.addTagAction()->isVisible());
    EXPECT_FALSE(view.addTagAction()->isEnabled());
    EXPECT_FALSE(view.removeTagAction()->isEnabled());
}

TEST_F(OrderTagsViewTest, TheTagFilterListsTheTaggedOrdersAndIsKeptInASavedView)
{
    ASSERT_TRUE(db.session().orders().tags().add(u"1001"_s, {u"Wholesale"_s}));
    ASSERT_TRUE(db.session().orders().tags().add(u"1003"_s, {u"wholesale"_s, u"rush"_s}));
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.show();
    EXPECT_EQ(view.tagFilter()->count(), 2) << "the tags in use are offered";
    EXPECT_TRUE(view.tagFilter()->currentText().isEmpty()) << "offering them does not pick one";
    EXPECT_EQ(view.orderModel()->rowCount(), 3);

    view.tagFilter()->lineEdit()->setText(u"WHOLESALE"_s);
    QTest::keyClick(view.tagFilter()->lineEdit(), Qt::Key_Return);
    // The tag in any case; the filter bar settles on the spelling it offers.
    EXPECT_EQ(view.orderModel()->filter().tag, u"Wholesale"_s);
    EXPECT_EQ(listed(view), (QList<qint64>{1003, 1001}));
    EXPECT_EQ(view.viewSelector()->currentText(), u"Custom filter"_s);

    EXPECT_EQ(view.saveCurrentView(u"Wholesale orders"_s), std::nullopt);
    const QList<SavedOrderView> saved = SavedOrderViews::userViews();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.constFirst().filter.tag, u"Wholesale"_s);

    // Back to every order, then the saved view again: the list and the filter bar show the tag.
    view.showFiltered(OrderFilter{});
    EXPECT_EQ(view.orderModel()->rowCount(), 3);
    EXPECT_TRUE(view.tagFilter()->currentText().isEmpty());
    ASSERT_TRUE(view.selectView(u"Wholesale orders"_s));
    EXPECT_EQ(listed(view), (QList<qint64>{1003, 1001}));
    EXPECT_EQ(view.tagFilter()->currentText(), u"Wholesale"_s);

    // A tag typed that no order has exactly is not completed into one that some have.
    view.tagFilter()->lineEdit()->setText(u"rus"_s);
    QTest::keyClick(view.tagFilter()->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(view.orderModel()->filter().tag, u"rus"_s);

    // A tag no order has: the empty list says which filter left nothing.
    view.tagFilter()->lineEdit()->setText(u"retail"_s);
    QTest::keyClick(view.tagFilter()->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(view.orderModel()->rowCount(), 0);
    EXPECT_TRUE(view.emptyState()->message().contains(u"tagged “retail”"_s))
            << view.emptyState()->message().toStdString();
}

TEST_F(OrderTagsViewTest, TheDetailAddsAndRemovesTagsShownAsChips)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    QAbstractItemModelTester tester(view.tagEditor()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.showOrder(1002);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    OrderTagEditor *editor = view.tagEditor();
    EXPECT_EQ(editor->model()->rowCount(), 0);
    EXPECT_FALSE(editor->addButton()->isEnabled()) << "nothing typed";

    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::keyClicks(editor->tagField(), u"gift wrap"_s);
    ASSERT_TRUE(editor->addButton()->isEnabled());
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(editor->model()->tags(), QStringList{u"gift wrap"_s});
    EXPECT_TRUE(editor->tagField()->text().isEmpty()) << "cleared once stored";
    EXPECT_EQ(storedTags(1002), QStringList{u"gift wrap"_s});
    EXPECT_EQ(view.timelineModel()->index(view.timelineModel()->rowCount() - 1, 0).data(TimelineModel::DetailRole),
            u"tagged: gift wrap"_s);

    // A tag with a control character is refused in the view, says why and keeps the text to correct.
    QSignalSpy failed(&view, &OrderDetailView::actionFailed);
    editor->tagField()->setText(u"bad\ttag"_s);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(editor->tagField()->text(), u"bad\ttag"_s);
    EXPECT_EQ(storedTags(1002), QStringList{u"gift wrap"_s});

    editor->chipView()->setCurrentIndex(editor->model()->index(0));
    ASSERT_TRUE(editor->removeButton()->isEnabled());
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(editor->model()->rowCount(), 0);
    EXPECT_EQ(storedTags(1002), QStringList{});

    Permissions readOnly;
    view.setPermissions(readOnly);
    EXPECT_FALSE(editor->tagField()->isEnabled());
    EXPECT_FALSE(editor->addButton()->isEnabled());
}

TEST_F(OrderTagsViewTest, TheTagsColumnPaintsAChipPerTag)
{
    ASSERT_TRUE(db.session().orders().tags().add(u"1003"_s, {u"VIP"_s, u"rush"_s}));
    SessionWorker worker(db.url());
    hub.listenTo(worker);
    OrdersView view(db.session(), worker, hub);
    view.resize(1400, 600);
    view.show();
    QTableView *table = view.orderView();
    table->horizontalHeader()->resizeSection(OrderTableModel::Tags, 200);
    ASSERT_EQ(listed(view).constFirst(), 1003);
    const QModelIndex cell = view.orderModel()->index(0, OrderTableModel::Tags);
    EXPECT_EQ(cell.data().toString(), u"rush, VIP"_s);
    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), u"rush, VIP"_s);
    table->scrollTo(cell);
    const QRect rect = table->visualRect(cell);
    ASSERT_TRUE(rect.isValid());
    const QImage image = table->viewport()->grab(rect).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y) | 0xff000000u);
    }
    for (const QString &tag : {u"VIP"_s, u"rush"_s}) {
        EXPECT_TRUE(colours.contains(TagChipDelegate::chipColor(tag).rgb() | 0xff000000u))
                << "no chip painted for " << tag.toStdString();
    }
    EXPECT_EQ(TagChipDelegate::chipColor(u"VIP"_s), TagChipDelegate::chipColor(u"vip"_s)) << "one tag, one colour";
    const QModelIndex untagged = view.orderModel()->index(1, OrderTableModel::Tags);
    EXPECT_TRUE(untagged.data(OrderTableModel::RawValueRole).toStringList().isEmpty());
}

TEST(TagListModelTest, HoldsTheTagsOfOneOrder)
{
    TagListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &TagListModel::modelReset);
    model.setTags({u"gift wrap"_s, u"VIP"_s});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1).data(TagListModel::RawValueRole).toString(), u"VIP"_s);
    EXPECT_EQ(model.index(0).data().toString(), u"gift wrap"_s);
    model.setTags({u"gift wrap"_s, u"VIP"_s});
    EXPECT_EQ(reset.size(), 1) << "the same tags again change nothing";
    model.setTags({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SavedOrderViewsTagTest, TheTagSurvivesTheJsonRoundTrip)
{
    OrderFilter filter;
    filter.tag = u"Gift Wrap"_s;
    filter.statuses = {OrderStatus::Confirmed};
    EXPECT_EQ(SavedOrderViews::fromJson(SavedOrderViews::toJson(filter)), filter);
    EXPECT_FALSE(SavedOrderViews::toJson(OrderFilter{}).contains(u"tag"_s));
}

} // namespace
} // namespace shipshape
