#include "views/InventoryView.h"
#include "SortArrow.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/StockMovementModel.h"
#include "sync/ChangeFeed.h"
#include "views/EmptyStateOverlay.h"
#include "views/ReplenishDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Permissions warehouseLogin()
{
    Permissions warehouse;
    warehouse.editStock = true;
    warehouse.shipAndDeliver = true;
    warehouse.login = u"wendy"_s;
    return warehouse;
}

Permissions supportLogin()
{
    Permissions support;
    support.placeOrders = true;
    support.cancelOrders = true;
    support.markPaidAndRefund = true;
    support.addNotes = true;
    support.login = u"sam"_s;
    return support;
}

class InventoryViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const NewProduct &product : {NewProduct{u"MUG-1"_s, u"Enamel Mug"_s, u"12.50"_s, u"USD"_s, 10, 2},
                     NewProduct{u"TEE-1"_s, u"Organic Tee"_s, u"29.99"_s, u"USD"_s, 3, 5},
                     NewProduct{u"CAP-1"_s, u"Canvas Cap"_s, u"15.00"_s, u"USD"_s, 50, 5}}) {
            auto added = db.session().inventory().addProduct(product);
            ASSERT_TRUE(added) << added.error().message.toStdString();
        }
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 4, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed) << placed.error().message.toStdString();
    }

    Product stored(const QString &sku) { return db.session().inventory().product(sku).value_or(Product()); }

    static bool waitForProducts(InventoryView &view)
    {
        return QTest::qWaitFor(
                [&] { return !view.productModel()->isLoading() && view.productModel()->rowCount() > 0; }, 10000);
    }

    static QModelIndex cell(InventoryView &view, const QString &sku, ProductTableModel::Column column)
    {
        return view.productModel()->index(view.productModel()->rowOf(sku), column);
    }

    // Types `text` into the cell's editor as a person would and commits it with Enter; returns the editor
    // (null if the cell opened none), which the view closes and deletes.
    static QPointer<QLineEdit> typeIntoCell(InventoryView &view, const QModelIndex &index, const QString &text)
    {
        QTableView *table = view.productTable();
        table->setCurrentIndex(index);
        table->edit(index);
        // The editor of this cell (an earlier, closed one may still wait for its deletion).
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(table->indexWidget(index));
        if (!editor)
            return nullptr;
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        return editor;
    }

    // Every job queued on the worker (and every job their answers queued) has been answered.
    static bool waitUntilIdle(SessionWorker &worker)
    {
        return QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 10000);
    }

    test::TestDatabase db;
};

TEST_F(InventoryViewTest, ShowsStockWithLowStockRowsSortsAndFilters)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    QAbstractItemModelTester products(view.productModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester movements(view.movementModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    ProductTableModel *model = view.productModel();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, ProductTableModel::Sku).data().toString(), u"CAP-1"_s); // by SKU
    EXPECT_EQ(cell(view, u"MUG-1"_s, ProductTableModel::OnHand).data().toString(), u"10"_s);
    EXPECT_EQ(cell(view, u"MUG-1"_s, ProductTableModel::Reserved).data().toString(), u"4"_s);
    EXPECT_EQ(
            cell(view, u"MUG-1"_s, ProductTableModel::Available).data(ProductTableModel::RawValueRole).toLongLong(), 6);
    EXPECT_EQ(cell(view, u"MUG-1"_s, ProductTableModel::Price).data().toString(), u"USD 12.50"_s);
    EXPECT_FALSE(cell(view, u"MUG-1"_s, ProductTableModel::Sku).data(ProductTableModel::LowStockRole).toBool());
    EXPECT_FALSE(cell(view, u"MUG-1"_s, ProductTableModel::Sku).data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(cell(view, u"TEE-1"_s, ProductTableModel::Sku).data(ProductTableModel::LowStockRole).toBool());
    EXPECT_TRUE(cell(view, u"TEE-1"_s, ProductTableModel::Available).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(view.findChild<QLabel *>(u"productCount"_s)->text(), u"3 product(s)"_s);

    // The first product is selected and its ledger shown.
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.movementModel()->rowCount() == 1; }, 10000));
    EXPECT_EQ(view.selectedProduct()->sku, u"CAP-1"_s);

    view.productTable()->sortByColumn(ProductTableModel::Available, Qt::AscendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    EXPECT_EQ(model->index(0, ProductTableModel::Sku).data().toString(), u"TEE-1"_s); // 3 available
    EXPECT_EQ(model->index(1, ProductTableModel::Sku).data().toString(), u"MUG-1"_s); // 6
    EXPECT_EQ(model->index(2, ProductTableModel::Sku).data().toString(), u"CAP-1"_s); // 50
    view.productTable()->sortByColumn(ProductTableModel::Name, Qt::AscendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 10000));
    EXPECT_EQ(model->index(0, ProductTableModel::Name).data().toString(), u"Canvas Cap"_s);
    EXPECT_EQ(model->index(1, ProductTableModel::Name).data().toString(), u"Enamel Mug"_s);

    QTest::mouseClick(view.lowStockOnlyBox(), Qt::LeftButton, {}, QPoint(4, view.lowStockOnlyBox()->height() / 2));
    ASSERT_TRUE(view.lowStockOnlyBox()->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 1 && !model->isLoading(); }, 10000));
    EXPECT_EQ(model->index(0, ProductTableModel::Sku).data().toString(), u"TEE-1"_s);
    EXPECT_EQ(view.findChild<QLabel *>(u"productCount"_s)->text(), u"1 product(s) low on stock"_s);

    view.lowStockOnlyBox()->setChecked(false);
    QTest::keyClicks(view.searchField(), u"mug"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return model->rowCount() == 1 && !model->isLoading() && model->filter().search == u"mug"_s; },
            10000));
    EXPECT_EQ(model->index(0, ProductTableModel::Sku).data().toString(), u"MUG-1"_s);
}

TEST_F(InventoryViewTest, RefusedStockValuesShowCoresMessageAndChangeNothing)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    QAbstractItemModelTester tester(view.productModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPermissions(warehouseLogin());
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    QSignalSpy failed(&view, &InventoryView::actionFailed);
    QSignalSpy resets(view.productModel(), &QAbstractItemModel::modelReset);
    const qint64 ledgerRows = db.session().inventory().movements(u"MUG-1"_s, 100)->size();
    const QModelIndex onHand = cell(view, u"MUG-1"_s, ProductTableModel::OnHand);

    // Negative: refused by core before anyone is asked for a reason.
    view.setNextCorrectionReason(std::optional<QString>(u"should not be asked"_s));
    ASSERT_TRUE(typeIntoCell(view, onHand, u"-3"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.errorLabel()->isVisible(); }, 10000));
    EXPECT_EQ(view.errorLabel()->text(), u"MUG-1: "_s + InventoryService::parseStockLevel(u"-3"_s).error().message);
    EXPECT_TRUE(view.errorLabel()->text().contains(u"-3"_s)) << view.errorLabel()->text().toStdString();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(onHand.data().toString(), u"10"_s);
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);
    view.setNextCorrectionReason(std::nullopt);

    // Below what open orders hold: refused by the database's conditional update.
    view.setNextCorrectionReason(std::optional<QString>(u"recount"_s));
    ASSERT_TRUE(typeIntoCell(view, onHand, u"2"_s));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(view.errorLabel()->text().contains(u"reserved"_s)) << view.errorLabel()->text().toStdString();
    EXPECT_EQ(onHand.data().toString(), u"10"_s);
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);

    // No reason given.
    view.setNextCorrectionReason(std::optional<QString>(u"  "_s));
    ASSERT_TRUE(typeIntoCell(view, onHand, u"12"_s));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(view.errorLabel()->text().contains(u"reason"_s)) << view.errorLabel()->text().toStdString();
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);

    // The person cancels the reason question: nothing is sent. The view says when it has dealt with the
    // typed value; once it has and every job on the worker is answered, a change sent by mistake would be
    // stored by now.
    QSignalSpy settled(&view, &InventoryView::editRequestSettled);
    view.setNextCorrectionReason(std::optional<QString>());
    ASSERT_TRUE(typeIntoCell(view, onHand, u"11"_s));
    ASSERT_TRUE(settled.wait(10000));
    EXPECT_EQ(settled.first().at(0).toString(), u"MUG-1"_s);
    ASSERT_TRUE(waitUntilIdle(worker));
    EXPECT_EQ(onHand.data().toString(), u"10"_s);
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);
    EXPECT_EQ(db.session().inventory().movements(u"MUG-1"_s, 100)->size(), ledgerRows);

    // A good correction: the row changes in place, the error goes, the ledger grows.
    view.selectProduct(u"MUG-1"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.movementModel()->rowCount() == ledgerRows; }, 10000));
    QSignalSpy changed(&view, &InventoryView::productChanged);
    view.setNextCorrectionReason(std::optional<QString>(u"cycle count"_s));
    ASSERT_TRUE(typeIntoCell(view, onHand, u"12"_s));
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(changed.first().at(0).toString(), u"MUG-1"_s);
    EXPECT_EQ(onHand.data().toString(), u"12"_s);
    EXPECT_EQ(cell(view, u"MUG-1"_s, ProductTableModel::Available).data().toString(), u"8"_s);
    EXPECT_FALSE(view.errorLabel()->isVisible());
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 12);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.movementModel()->rowCount() == ledgerRows + 1; }, 10000));
    const StockMovement latest = view.movementModel()->movements().constFirst();
    EXPECT_EQ(latest.kind, StockMovementKind::Correction);
    EXPECT_EQ(latest.onHandDelta, 2);
    EXPECT_EQ(latest.reason, u"cycle count"_s);
    EXPECT_EQ(view.movementModel()->index(0, StockMovementModel::OnHandDelta).data().toString(), u"+2"_s);
    EXPECT_EQ(resets.count(), 0); // one row changed, nothing was reloaded
}

TEST_F(InventoryViewTest, ASupportLoginSeesStockReadOnly)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.setPermissions(supportLogin());
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    QSignalSpy requested(view.productModel(), &ProductTableModel::editRequested);
    const QModelIndex onHand = cell(view, u"MUG-1"_s, ProductTableModel::OnHand);
    const QModelIndex threshold = cell(view, u"MUG-1"_s, ProductTableModel::LowStockThreshold);
    EXPECT_FALSE(onHand.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(threshold.flags() & Qt::ItemIsEditable);
    view.productTable()->setCurrentIndex(onHand);
    view.productTable()->edit(onHand);
    EXPECT_EQ(view.productTable()->indexWidget(onHand), nullptr);
    QTest::mouseDClick(
            view.productTable()->viewport(), Qt::LeftButton, {}, view.productTable()->visualRect(onHand).center());
    EXPECT_EQ(view.productTable()->indexWidget(onHand), nullptr);
    EXPECT_EQ(view.productTable()->viewport()->findChild<QLineEdit *>(), nullptr);
    EXPECT_FALSE(view.productModel()->setData(onHand, u"0"_s));
    EXPECT_EQ(requested.count(), 0);
    EXPECT_FALSE(view.replenishButton()->isVisible());
    EXPECT_FALSE(view.replenishButton()->isEnabled());
    EXPECT_TRUE(view.findChild<QLabel *>(u"readOnlyNotice"_s)->isVisible());
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);

    // The same view becomes editable for a warehouse login.
    view.setPermissions(warehouseLogin());
    EXPECT_TRUE(onHand.flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(view.replenishButton()->isVisible());
    EXPECT_FALSE(view.findChild<QLabel *>(u"readOnlyNotice"_s)->isVisible());
}

TEST_F(InventoryViewTest, ReplenishUpdatesTheRowAndGrowsTheHistory)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    QAbstractItemModelTester tester(view.movementModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPermissions(warehouseLogin());
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    view.selectProduct(u"MUG-1"_s);
    // Initial stock and the order's reservation.
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.movementModel()->rowCount() == 2; }, 10000));
    ASSERT_TRUE(view.replenishButton()->isEnabled());
    QSignalSpy resets(view.productModel(), &QAbstractItemModel::modelReset);
    QSignalSpy rowChanged(view.productModel(), &QAbstractItemModel::dataChanged);

    QTest::mouseClick(view.replenishButton(), Qt::LeftButton);
    // The dialog is read once and checked once; `closed` only tells whether it has been deleted since
    // (dereferencing the guard after each check would read it again and again).
    ReplenishDialog *const dialog = view.replenishDialog();
    ASSERT_NE(dialog, nullptr);
    const QPointer<ReplenishDialog> closed = dialog;
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->sku(), u"MUG-1"_s);
    EXPECT_FALSE(view.replenishButton()->isEnabled()); // one dialog at a time

    // More than the largest stock level is refused by core; the dialog stays with what was typed.
    dialog->quantityBox()->setValue(dialog->quantityBox()->maximum());
    dialog->reasonEdit()->setText(u"PO-7 delivery"_s);
    QSignalSpy failed(&view, &InventoryView::actionFailed);
    QTest::mouseClick(dialog->replenishButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000));
    ASSERT_FALSE(closed.isNull()) << "a refusal keeps the dialog open";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_FALSE(dialog->errorLabel()->text().isEmpty());
    EXPECT_EQ(dialog->reasonEdit()->text(), u"PO-7 delivery"_s);
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);

    dialog->quantityBox()->setValue(15);
    QTest::mouseClick(dialog->replenishButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return closed.isNull(); }, 10000)); // closed (and deleted) on success
    const QModelIndex onHand = cell(view, u"MUG-1"_s, ProductTableModel::OnHand);
    EXPECT_EQ(onHand.data().toString(), u"25"_s);
    EXPECT_EQ(cell(view, u"MUG-1"_s, ProductTableModel::Available).data().toString(), u"21"_s);
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 25);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.movementModel()->rowCount() == 3; }, 10000));
    const StockMovement latest = view.movementModel()->movements().constFirst();
    EXPECT_EQ(latest.kind, StockMovementKind::Replenish);
    EXPECT_EQ(latest.onHandDelta, 15);
    EXPECT_EQ(latest.reason, u"PO-7 delivery"_s);
    EXPECT_EQ(view.movementModel()->index(0, StockMovementModel::Kind).data().toString(),
            StockMovementKinds::displayName(StockMovementKind::Replenish));
    // The reservation row names its order.
    EXPECT_EQ(view.movementModel()->index(1, StockMovementModel::OrderNumber).data().toString(), u"#1001"_s);
    EXPECT_EQ(resets.count(), 0);
    ASSERT_GE(rowChanged.count(), 1);
    EXPECT_EQ(rowChanged.first().at(0).toModelIndex().row(), view.productModel()->rowOf(u"MUG-1"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.replenishButton()->isEnabled(); }, 10000));
}

TEST_F(InventoryViewTest, EditsTheBarcodeAndFindsProductsByIt)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.setPermissions(warehouseLogin());
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    QSignalSpy changed(&view, &InventoryView::productChanged);
    QSignalSpy failed(&view, &InventoryView::actionFailed);
    const QModelIndex barcode = cell(view, u"TEE-1"_s, ProductTableModel::Barcode);
    ASSERT_TRUE(barcode.flags() & Qt::ItemIsEditable);

    // A mistyped check digit is refused before anything is sent, naming the value.
    ASSERT_TRUE(typeIntoCell(view, barcode, u"4006381333932"_s));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.constLast().at(0).toString().contains(u"4006381333932"_s));
    EXPECT_TRUE(stored(u"TEE-1"_s).barcode.isEmpty());

    ASSERT_TRUE(typeIntoCell(view, barcode, u"4006381333931"_s));
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(barcode.data().toString(), u"4006381333931"_s);
    EXPECT_EQ(stored(u"TEE-1"_s).barcode, u"4006381333931"_s);

    // A scanner types the whole code into the search field.
    auto *search = view.findChild<QLineEdit *>(u"productSearch"_s);
    ASSERT_TRUE(search);
    search->setText(u"4006381333931"_s);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !view.productModel()->isLoading() && view.productModel()->rowCount() == 1; }, 10000));
    EXPECT_EQ(view.productModel()->productAt(0)->sku, u"TEE-1"_s);

    // Support may not change it.
    view.setPermissions(supportLogin());
    EXPECT_FALSE(cell(view, u"TEE-1"_s, ProductTableModel::Barcode).flags() & Qt::ItemIsEditable);
}

TEST_F(InventoryViewTest, EditsTheLowStockThreshold)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.setPermissions(warehouseLogin());
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    QSignalSpy changed(&view, &InventoryView::productChanged);
    QSignalSpy failed(&view, &InventoryView::actionFailed);
    const QModelIndex threshold = cell(view, u"MUG-1"_s, ProductTableModel::LowStockThreshold);
    const QModelIndex sku = cell(view, u"MUG-1"_s, ProductTableModel::Sku);
    EXPECT_FALSE(sku.data(ProductTableModel::LowStockRole).toBool()); // 6 available > 2

    ASSERT_TRUE(typeIntoCell(view, threshold, u"-1"_s));
    ASSERT_TRUE(failed.wait(10000)); // the editor commits once the event loop runs
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(0).toString(),
            u"MUG-1: "_s + InventoryService::parseLowStockThreshold(u"-1"_s).error().message);
    EXPECT_TRUE(view.errorLabel()->isVisible());
    EXPECT_EQ(threshold.data().toString(), u"2"_s);

    ASSERT_TRUE(typeIntoCell(view, threshold, u"8"_s));
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_EQ(threshold.data().toString(), u"8"_s);
    EXPECT_TRUE(sku.data(ProductTableModel::LowStockRole).toBool()); // 6 available <= 8: now low
    EXPECT_TRUE(sku.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(view.errorLabel()->isVisible());
    EXPECT_EQ(stored(u"MUG-1"_s).lowStockThreshold, 8);
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 10);
}

TEST_F(InventoryViewTest, StockChangedElsewhereRefreshesOnlyThatRow)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    QAbstractItemModelTester tester(view.productModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    ChangeFeed &feed = db.session().changeFeed();
    QObject::connect(&feed, &ChangeFeed::stockChanged, &view, &InventoryView::refreshProduct);
    ASSERT_TRUE(feed.start());
    QSignalSpy resets(view.productModel(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(view.productModel(), &QAbstractItemModel::rowsRemoved);

    // Another desktop receives stock.
    auto other = db.openAnother();
    ASSERT_TRUE(other->inventory().replenish(u"CAP-1"_s, 5, u"delivery"_s));
    feed.pollNow();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return cell(view, u"CAP-1"_s, ProductTableModel::OnHand).data().toString() == u"55"_s; }, 10000));

    // Under "low stock only", a product that is no longer low leaves the list without a reload.
    view.lowStockOnlyBox()->setChecked(true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.productModel()->rowCount() == 1; }, 10000));
    const int resetsBefore = int(resets.count());
    ASSERT_TRUE(other->inventory().replenish(u"TEE-1"_s, 100, u"delivery"_s));
    feed.pollNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.productModel()->rowCount() == 0; }, 10000));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(resets.count(), resetsBefore);
    EXPECT_EQ(view.findChild<QLabel *>(u"productCount"_s)->text(), u"0 product(s) low on stock"_s);
}

TEST_F(InventoryViewTest, ProductsAreLoadedPageByPageInTheDatabasesOrder)
{
    // More products than one page, with stock levels that sort differently from their SKUs.
    for (int i = 0; i < ProductTableModel::kPageSize + 30; ++i) {
        NewProduct product{u"BULK-%1"_s.arg(i, 3, 10, QChar(u'0')), u"Bulk item %1"_s.arg(i), u"1.00"_s, u"USD"_s,
                qint64((i * 37) % 101), 0};
        ASSERT_TRUE(db.session().inventory().addProduct(product));
    }
    const int total = ProductTableModel::kPageSize + 33;
    SessionWorker worker(db.url());
    ProductTableModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(ProductTableModel::OnHand, Qt::DescendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 10000));
    EXPECT_EQ(model.matchingCount(), total);
    EXPECT_EQ(model.rowCount(), ProductTableModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == total; }, 10000));
    EXPECT_FALSE(model.canFetchMore({}));
    qint64 previous = std::numeric_limits<qint64>::max();
    QSet<QString> skus;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 onHand
                = model.index(row, ProductTableModel::OnHand).data(ProductTableModel::RawValueRole).toLongLong();
        EXPECT_LE(onHand, previous) << row;
        previous = onHand;
        skus.insert(model.index(row, ProductTableModel::Sku).data().toString());
    }
    EXPECT_EQ(skus.size(), total); // nobody twice across the page boundary
}

TEST_F(InventoryViewTest, RemembersColumnsSortAndSplitter)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"layout.ini"_s), QSettings::IniFormat);
    SessionWorker worker(db.url());
    {
        InventoryView view(worker);
        view.resize(1000, 700);
        view.show();
        ASSERT_TRUE(waitForProducts(view));
        view.productTable()->setColumnWidth(ProductTableModel::Price, 163);
        view.productTable()->sortByColumn(ProductTableModel::OnHand, Qt::AscendingOrder);
        view.saveLayout(settings);
    }
    InventoryView restored(worker);
    restored.resize(1000, 700);
    restored.show();
    restored.restoreLayout(settings);
    ASSERT_TRUE(waitForProducts(restored));
    EXPECT_EQ(restored.productTable()->columnWidth(ProductTableModel::Price), 163);
    EXPECT_EQ(restored.productTable()->horizontalHeader()->sortIndicatorSection(), ProductTableModel::OnHand);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !restored.productModel()->isLoading(); }, 10000));
    EXPECT_EQ(restored.productTable()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // Fewest on hand first (by SKU it would be CAP-1).
    EXPECT_EQ(restored.productModel()->index(0, ProductTableModel::Sku).data().toString(), u"TEE-1"_s);
}

TEST_F(InventoryViewTest, ACorrectionAsksForItsReasonOnceInARealDialog)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.setPermissions(warehouseLogin());
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    // Answers the reason dialog as a person would, counting how often it is asked.
    int asked = 0;
    QString question;
    QTimer answerer;
    answerer.setInterval(10);
    QObject::connect(&answerer, &QTimer::timeout, &view, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        ++asked;
        question = dialog->labelText();
        dialog->setTextValue(u"cycle count"_s);
        dialog->accept();
    });
    answerer.start();
    QSignalSpy changed(&view, &InventoryView::productChanged);
    QSignalSpy settled(&view, &InventoryView::editRequestSettled);
    const QPointer<QLineEdit> editor = typeIntoCell(view, cell(view, u"MUG-1"_s, ProductTableModel::OnHand), u"14"_s);
    ASSERT_TRUE(editor);
    ASSERT_TRUE(changed.wait(10000));
    // A second request could only come from the editor (committing again when the dialog took its focus).
    // Once it is deleted and everything it posted has been delivered, every request has been made.
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.isNull(); }, 10000));
    QCoreApplication::sendPostedEvents();
    ASSERT_TRUE(waitUntilIdle(worker));
    EXPECT_EQ(settled.count(), 1);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(question.contains(u"MUG-1"_s) && question.contains(u"10"_s) && question.contains(u"14"_s))
            << question.toStdString();
    EXPECT_EQ(stored(u"MUG-1"_s).onHand, 14);
    EXPECT_EQ(db.session().inventory().movements(u"MUG-1"_s, 1)->constFirst().reason, u"cycle count"_s);
}

TEST_F(InventoryViewTest, AnEmptyListSaysWhyAndOffersTheWayBack)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    EXPECT_FALSE(view.productsEmptyState()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.movementModel()->rowCount() > 0; }, 10000));
    EXPECT_FALSE(view.movementsEmptyState()->isVisible());

    // Low stock only, searching for a product that is not low.
    view.lowStockOnlyBox()->setChecked(true);
    view.searchField()->setText(u"mug"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.productsEmptyState()->isVisible(); }, 10000));
    EXPECT_EQ(view.productsEmptyState()->message(), u"No products low on stock match “mug”."_s);
    ASSERT_NE(view.productsEmptyState()->actionButton(u"Clear the search"_s), nullptr);
    QPushButton *showAll = view.productsEmptyState()->actionButton(u"Show all products"_s);
    ASSERT_NE(showAll, nullptr);
    EXPECT_FALSE(view.movementsEmptyState()->isVisible()) << "the product list says why";

    QTest::mouseClick(showAll, Qt::LeftButton);
    EXPECT_FALSE(view.lowStockOnlyBox()->isChecked());
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return view.productModel()->rowCount() == 1 && !view.productModel()->isLoading(); }, 10000));
    EXPECT_FALSE(view.productsEmptyState()->isVisible());
    EXPECT_EQ(view.productModel()->index(0, ProductTableModel::Sku).data().toString(), u"MUG-1"_s);

    view.searchField()->setText(u"zzz"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.productsEmptyState()->isVisible(); }, 10000));
    EXPECT_EQ(view.productsEmptyState()->message(), u"No products match “zzz”."_s);
    QPushButton *clear = view.productsEmptyState()->actionButton(u"Clear the search"_s);
    ASSERT_NE(clear, nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.productModel()->rowCount() == 3; }, 10000));
    EXPECT_FALSE(view.productsEmptyState()->isVisible());
}

TEST(InventoryViewEmptyTest, AnEmptyCatalogueSaysHowProductsGetThere)
{
    test::TestDatabase db;
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.productsEmptyState()->isVisible(); }, 10000));
    EXPECT_EQ(view.productsEmptyState()->message(), u"No products in the catalogue yet."_s);
    EXPECT_TRUE(view.productsEmptyState()->hint().contains(u"products add"_s));
    EXPECT_FALSE(view.movementsEmptyState()->isVisible());
}

TEST_F(InventoryViewTest, TheSortArrowPointsTheWayTheRowsRun)
{
    SessionWorker worker(db.url());
    InventoryView view(worker);
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(waitForProducts(view));
    QHeaderView *header = view.productTable()->horizontalHeader();
    header->resizeSection(ProductTableModel::Sku, 220);
    header->resizeSection(ProductTableModel::OnHand, 220);
    // A to Z: up.
    ASSERT_EQ(header->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_EQ(view.productModel()->index(0, ProductTableModel::Sku).data().toString(), u"CAP-1"_s);
    EXPECT_EQ(test::sortArrowDirection(header, ProductTableModel::Sku), test::ArrowDirection::Up);
    // Most on hand first: down.
    view.productTable()->sortByColumn(ProductTableModel::OnHand, Qt::DescendingOrder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.productModel()->isLoading(); }, 10000));
    EXPECT_EQ(view.productModel()->index(0, ProductTableModel::Sku).data().toString(), u"CAP-1"_s); // 50
    EXPECT_EQ(test::sortArrowDirection(header, ProductTableModel::OnHand), test::ArrowDirection::Down);
}

} // namespace
} // namespace shipshape
