#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/UnshippedLineModel.h"
#include "views/CancelLinesDialog.h"
#include "views/DeliverDialog.h"
#include "views/FieldErrorLabel.h"
#include "views/LineTableView.h"
#include "views/OrderDetailView.h"
#include "views/ShipDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr auto kTeeBarcode = "4006381333931"; // a valid EAN-13

// The desktop's ship-by-line, deliver-by-parcel and cancel-lines dialogs (docs/fulfillment.md, "Desktop")
// on a real SQLite session: order 1001 paid by hand, 3 × MUG-1 (12.50), 2 × TEE-M (20.00, with a barcode)
// and 1 × CAP-1 (8.00), USD 85.50 in all.
class FulfillmentDialogsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        InventoryService &inventory = db.session().inventory();
        ASSERT_TRUE(inventory.addProduct(NewProduct{u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 10, 2}));
        NewProduct tee{u"TEE-M"_s, u"T-shirt M"_s, u"20.00"_s, u"USD"_s, 10, 2};
        tee.barcode = QString::fromLatin1(kTeeBarcode);
        ASSERT_TRUE(inventory.addProduct(tee));
        ASSERT_TRUE(inventory.addProduct(NewProduct{u"CAP-1"_s, u"Cap"_s, u"8.00"_s, u"USD"_s, 10, 2}));
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 3, std::nullopt}, OrderItemRequest{u"TEE-M"_s, 2, std::nullopt},
                OrderItemRequest{u"CAP-1"_s, 1, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
        ASSERT_EQ(placed->total.minorUnits(), 8550);
        ASSERT_TRUE(db.session().orders().markPaid(u"1001"_s, u"INV-1"_s));
    }

    void open(OrderDetailView &view)
    {
        view.setConfirmAutomatically(true);
        view.show();
        view.showOrder(1001);
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    }

    Order stored() { return *db.session().orders().find(u"1001"_s); }
    qint64 onHand(const QString &sku) { return db.session().inventory().product(sku)->onHand; }
    qint64 reserved(const QString &sku) { return db.session().inventory().product(sku)->reserved; }

    // Types `value` into a row's quantity spin box as a person would: select what is there, type over it.
    static void typeQuantity(QSpinBox *box, int value)
    {
        ASSERT_NE(box, nullptr);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }

    static void scan(ShipDialog &dialog, const QString &code)
    {
        QTest::keyClicks(dialog.scanField(), code);
        QTest::keyClick(dialog.scanField(), Qt::Key_Return);
    }

    static qint64 chosen(const UnshippedLineModel &model, const QString &sku)
    {
        return model.index(model.rowOf(sku), UnshippedLineModel::Chosen)
                .data(UnshippedLineModel::RawValueRole)
                .toLongLong();
    }

    test::TestDatabase db;
};

TEST_F(FulfillmentDialogsTest, TwoOfThreeLinesShipPartlyWithTheQuantitiesTyped)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    ASSERT_TRUE(view.shipButton()->isEnabled());
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ShipDialog *dialog = view.shipDialog();
    ASSERT_NE(dialog, nullptr);
    QAbstractItemModelTester tester(dialog->lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    UnshippedLineModel &lines = *dialog->lineModel();
    ASSERT_EQ(lines.rowCount(), 3);
    // Everything left to ship is preset; Ship waits for the tracking number.
    EXPECT_EQ(chosen(lines, u"MUG-1"_s), 3);
    EXPECT_EQ(chosen(lines, u"TEE-M"_s), 2);
    EXPECT_EQ(chosen(lines, u"CAP-1"_s), 1);
    EXPECT_EQ(dialog->quantityBox(lines.rowOf(u"MUG-1"_s))->maximum(), 3);
    EXPECT_FALSE(dialog->shipButton()->isEnabled());

    typeQuantity(dialog->quantityBox(lines.rowOf(u"MUG-1"_s)), 2);
    typeQuantity(dialog->quantityBox(lines.rowOf(u"TEE-M"_s)), 1);
    typeQuantity(dialog->quantityBox(lines.rowOf(u"CAP-1"_s)), 0);
    EXPECT_EQ(chosen(lines, u"MUG-1"_s), 2);
    EXPECT_EQ(chosen(lines, u"TEE-M"_s), 1);
    EXPECT_EQ(chosen(lines, u"CAP-1"_s), 0);
    dialog->carrierBox()->setCurrentText(u"DHL"_s);
    QTest::keyClicks(dialog->trackingEdit(), u"JD0001"_s);
    ASSERT_TRUE(dialog->shipButton()->isEnabled());

    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->shipButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));

    const Order order = stored();
    EXPECT_EQ(order.status, OrderStatus::Confirmed);
    EXPECT_EQ(order.fulfillmentState(), FulfillmentState::PartiallyShipped);
    ASSERT_EQ(order.shipments.size(), 1);
    const Shipment &parcel = order.shipments.constFirst();
    EXPECT_EQ(parcel.carrier, u"DHL"_s);
    EXPECT_EQ(parcel.trackingNumber, u"JD0001"_s);
    EXPECT_EQ(parcel.lines, (QList<ShipmentLine>{{u"MUG-1"_s, 2}, {u"TEE-M"_s, 1}}));
    EXPECT_EQ(onHand(u"MUG-1"_s), 8);
    EXPECT_EQ(onHand(u"TEE-M"_s), 9);
    EXPECT_EQ(onHand(u"CAP-1"_s), 10);
    EXPECT_EQ(view.order()->shippedUnits(), 3);

    // The next parcel lists only what is left, and presets it.
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ShipDialog *next = view.shipDialog();
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(chosen(*next->lineModel(), u"MUG-1"_s), 1);
    EXPECT_EQ(chosen(*next->lineModel(), u"TEE-M"_s), 1);
    EXPECT_EQ(chosen(*next->lineModel(), u"CAP-1"_s), 1);
    EXPECT_EQ(next->carrierBox()->currentText(), u"DHL"_s); // the last parcel's carrier
    next->reject();
}

TEST_F(FulfillmentDialogsTest, ScannedSkusAndBarcodesCountUnitsAndTheScannerCannotOvercount)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ShipDialog *dialog = view.shipDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    UnshippedLineModel &lines = *dialog->lineModel();
    const QModelIndex tee = lines.index(lines.rowOf(u"TEE-M"_s), 0);
    // The products' barcodes come with the order's stock.
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return tee.data(UnshippedLineModel::BarcodeRole).toString() == QLatin1String(kTeeBarcode); }, 10000));
    QSignalSpy refused(dialog, &ShipDialog::scanRefused);
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);

    // The first scan turns scan mode on: the counts start at 0, then it counts its unit.
    EXPECT_FALSE(dialog->scanModeBox()->isChecked());
    scan(*dialog, u"MUG-1"_s);
    EXPECT_TRUE(dialog->scanModeBox()->isChecked());
    EXPECT_EQ(chosen(lines, u"MUG-1"_s), 1);
    EXPECT_EQ(chosen(lines, u"TEE-M"_s), 0);
    EXPECT_EQ(chosen(lines, u"CAP-1"_s), 0);
    EXPECT_TRUE(dialog->scanField()->text().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), dialog->scanField()); // ready for the next scan
    EXPECT_TRUE(dialog->isVisible()); // Enter counted; it did not press Ship
    EXPECT_EQ(dialog->scanStatus()->text(), u"MUG-1: 1 of 3 counted"_s);

    scan(*dialog, QString::fromLatin1(kTeeBarcode));
    scan(*dialog, u" "_s + QString::fromLatin1(kTeeBarcode) + u" "_s);
    EXPECT_EQ(chosen(lines, u"TEE-M"_s), 2);
    EXPECT_EQ(dialog->quantityBox(lines.rowOf(u"TEE-M"_s))->value(), 2); // the spin box follows
    EXPECT_TRUE(refused.isEmpty());

    // One too many: refused, said and counted nowhere.
    scan(*dialog, QString::fromLatin1(kTeeBarcode));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused.last().at(0).toString().contains(u"One too many"_s))
            << refused.last().at(0).toString().toStdString();
    EXPECT_TRUE(dialog->scanError()->isVisible());
    EXPECT_EQ(chosen(lines, u"TEE-M"_s), 2);

    // An unknown code: refused, and nothing changes.
    scan(*dialog, u"NOPE-9"_s);
    ASSERT_EQ(refused.size(), 2);
    EXPECT_TRUE(refused.last().at(0).toString().contains(u"NOPE-9"_s));
    EXPECT_TRUE(dialog->scanError()->text().contains(u"NOPE-9"_s));
    EXPECT_EQ(lines.chosenUnits(), 3);
    EXPECT_EQ(QApplication::focusWidget(), dialog->scanField());

    // A SKU in the wrong case still finds its line; a good scan clears the refusal.
    scan(*dialog, u"mug-1"_s);
    EXPECT_EQ(chosen(lines, u"MUG-1"_s), 2);
    EXPECT_FALSE(dialog->scanError()->isVisible());
    EXPECT_TRUE(changed.isEmpty());

    QTest::keyClicks(dialog->trackingEdit(), u"1ZSCAN"_s);
    ASSERT_TRUE(dialog->shipButton()->isEnabled());
    QTest::mouseClick(dialog->shipButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));
    const Order order = stored();
    ASSERT_EQ(order.shipments.size(), 1);
    EXPECT_EQ(order.shipments.constFirst().lines, (QList<ShipmentLine>{{u"MUG-1"_s, 2}, {u"TEE-M"_s, 2}}));
    EXPECT_EQ(order.fulfillmentState(), FulfillmentState::PartiallyShipped);
}

TEST_F(FulfillmentDialogsTest, ScanModeStartsAtZeroAndShipWaitsForAUnit)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ShipDialog *dialog = view.shipDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->trackingEdit(), u"1ZMODE"_s);
    EXPECT_TRUE(dialog->shipButton()->isEnabled());
    dialog->scanModeBox()->setChecked(true);
    EXPECT_EQ(dialog->lineModel()->chosenUnits(), 0);
    EXPECT_FALSE(dialog->shipButton()->isEnabled()); // nothing to ship yet
    dialog->scanModeBox()->setChecked(false);
    EXPECT_EQ(dialog->lineModel()->chosenUnits(), 6); // back to everything left
    dialog->reject();
    EXPECT_TRUE(stored().shipments.isEmpty());
}

TEST_F(FulfillmentDialogsTest, OneParcelOfTwoIsDelivered)
{
    OrderService &orders = db.session().orders();
    ASSERT_TRUE(orders.ship(u"1001"_s, u"1ZFIRST"_s, u"UPS"_s, {{u"MUG-1"_s, 3}}));
    ASSERT_TRUE(orders.ship(u"1001"_s, u"1ZSECOND"_s, u"UPS"_s, {}));
    const QList<Shipment> parcels = stored().shipments;
    ASSERT_EQ(parcels.size(), 2);

    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    EXPECT_FALSE(view.cancelLinesButton()->isEnabled()); // everything shipped: no unit left to cancel
    ASSERT_TRUE(view.deliverButton()->isEnabled());
    QTest::mouseClick(view.deliverButton(), Qt::LeftButton);
    DeliverDialog *dialog = view.deliverDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->everyParcelButton()->isChecked());
    QRadioButton *first = dialog->parcelButton(parcels.at(0).id);
    ASSERT_NE(first, nullptr);
    EXPECT_TRUE(first->text().contains(u"1ZFIRST"_s)) << first->text().toStdString();
    EXPECT_TRUE(first->text().contains(u"3 × MUG-1"_s)) << first->text().toStdString();
    first->setChecked(true);
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->deliverButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));

    Order order = stored();
    EXPECT_EQ(order.status, OrderStatus::Shipped);
    EXPECT_EQ(order.fulfillmentState(), FulfillmentState::PartiallyDelivered);
    ASSERT_EQ(order.shipments.size(), 2);
    EXPECT_TRUE(order.shipments.at(0).isDelivered());
    EXPECT_FALSE(order.shipments.at(1).isDelivered());

    // One parcel left on its way: Deliver asks no question but delivers that one.
    changed.clear();
    QTest::mouseClick(view.deliverButton(), Qt::LeftButton);
    EXPECT_EQ(view.deliverDialog(), nullptr);
    ASSERT_TRUE(changed.wait(10000));
    order = stored();
    EXPECT_EQ(order.status, OrderStatus::Delivered);
    EXPECT_TRUE(order.shipments.at(1).isDelivered());
}

TEST_F(FulfillmentDialogsTest, UnshippedUnitsAreCancelledByLineAndTheRefundOwedIsShown)
{
    ASSERT_TRUE(db.session().orders().ship(u"1001"_s, u"1ZPART"_s, u"UPS"_s, {{u"MUG-1"_s, 1}}));
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    EXPECT_FALSE(view.cancelButton()->isEnabled()); // partly shipped: not as a whole
    ASSERT_TRUE(view.cancelLinesButton()->isEnabled());
    QTest::mouseClick(view.cancelLinesButton(), Qt::LeftButton);
    CancelLinesDialog *dialog = view.cancelLinesDialog();
    ASSERT_NE(dialog, nullptr);
    QAbstractItemModelTester tester(dialog->lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    UnshippedLineModel &lines = *dialog->lineModel();
    ASSERT_EQ(lines.rowCount(), 3);
    EXPECT_EQ(lines.chosenUnits(), 0); // nothing is cancelled unless chosen
    EXPECT_FALSE(dialog->submitButton()->isEnabled());
    EXPECT_EQ(dialog->quantityBox(lines.rowOf(u"MUG-1"_s))->maximum(), 2); // one of three shipped

    typeQuantity(dialog->quantityBox(lines.rowOf(u"TEE-M"_s)), 1);
    typeQuantity(dialog->quantityBox(lines.rowOf(u"CAP-1"_s)), 1);
    dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(u"inventory"_s));
    QTest::keyClicks(dialog->noteEdit(), u"supplier late"_s);
    ASSERT_TRUE(dialog->submitButton()->isEnabled());

    // Core's preview: the real cancel, rolled back.
    const QLabel *preview = dialog->previewLabel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->text().contains(u"USD 57.50"_s); }, 10000))
            << preview->text().toStdString();
    EXPECT_TRUE(preview->text().contains(u"(now USD 85.50)"_s)) << preview->text().toStdString();
    EXPECT_TRUE(preview->text().contains(u"; 2 reserved unit"_s)) << preview->text().toStdString();
    EXPECT_TRUE(preview->text().contains(u"Refund owed then: USD 28.00"_s)) << preview->text().toStdString();
    EXPECT_EQ(stored().total.minorUnits(), 8550); // the preview wrote nothing
    EXPECT_EQ(reserved(u"CAP-1"_s), 1);

    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(10000));

    // The result is shown in the dialog, from core's answer.
    EXPECT_TRUE(dialog->resultLabel()->isVisible());
    const QString result = dialog->resultLabel()->text();
    EXPECT_TRUE(result.contains(u"USD 57.50"_s)) << result.toStdString();
    EXPECT_TRUE(result.contains(u"was USD 85.50"_s)) << result.toStdString();
    EXPECT_TRUE(result.contains(u"Refund owed: USD 28.00"_s)) << result.toStdString();
    EXPECT_FALSE(dialog->submitButton()->isVisible());

    const Order order = stored();
    EXPECT_EQ(order.total.minorUnits(), 5750);
    EXPECT_EQ(order.refundOwed().minorUnits(), 2800);
    ASSERT_EQ(order.lines.size(), 2); // the cap is gone
    EXPECT_EQ(order.lines.at(0).sku, u"MUG-1"_s);
    EXPECT_EQ(order.lines.at(0).quantity, 3);
    EXPECT_EQ(order.lines.at(1).sku, u"TEE-M"_s);
    EXPECT_EQ(order.lines.at(1).quantity, 1);
    EXPECT_EQ(order.lines.at(1).cancelledQuantity, 1);
    EXPECT_EQ(reserved(u"TEE-M"_s), 1);
    EXPECT_EQ(reserved(u"CAP-1"_s), 0);
    EXPECT_EQ(view.order()->total.minorUnits(), 5750);
    EXPECT_TRUE(view.keepCreditButton()->isEnabled()); // the refund owed is settled the usual ways
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(FulfillmentDialogsTest, ARefusedLineCancelIsShownInTheDialogAndWritesNothing)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    QTest::mouseClick(view.cancelLinesButton(), Qt::LeftButton);
    CancelLinesDialog *dialog = view.cancelLinesDialog();
    ASSERT_NE(dialog, nullptr);
    UnshippedLineModel &lines = *dialog->lineModel();
    // Every unit of an order with nothing shipped: core says to cancel the order instead.
    typeQuantity(dialog->quantityBox(lines.rowOf(u"MUG-1"_s)), 3);
    typeQuantity(dialog->quantityBox(lines.rowOf(u"TEE-M"_s)), 2);
    typeQuantity(dialog->quantityBox(lines.rowOf(u"CAP-1"_s)), 1);
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return dialog->previewLabel()->text().contains(u"cancel the order instead"_s); }, 10000))
            << dialog->previewLabel()->text().toStdString();
    QSignalSpy failed(dialog, &CancelLinesDialog::cancelFailed);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(u"cancel the order instead"_s))
            << dialog->errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog->submitButton()->isEnabled()); // change the lines and try again
    const Order order = stored();
    EXPECT_EQ(order.total.minorUnits(), 8550);
    EXPECT_EQ(order.lines.size(), 3);
    EXPECT_EQ(reserved(u"MUG-1"_s), 3);
}

TEST_F(FulfillmentDialogsTest, CancelLinesNeedsTheLoginThatMayCancel)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    Permissions warehouse;
    warehouse.shipAndDeliver = true;
    view.setPermissions(warehouse);
    open(view);
    EXPECT_TRUE(view.cancelLinesButton()->isHidden());
    Permissions support;
    support.cancelOrders = true;
    view.setPermissions(support);
    EXPECT_FALSE(view.cancelLinesButton()->isHidden());
    EXPECT_TRUE(view.cancelLinesButton()->isEnabled());
}

// The lines model on its own: what it lists and what a scan does.
TEST(UnshippedLineModelTest, ListsWhatIsLeftToShipAndCountsScansWithinIt)
{
    UnshippedLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LineItem mug;
    mug.sku = u"MUG-1"_s;
    mug.productName = u"Mug"_s;
    mug.quantity = 3;
    mug.shippedQuantity = 1;
    LineItem done = mug;
    done.sku = u"CAP-1"_s;
    done.shippedQuantity = 3;
    model.setLines({mug, done}, UnshippedLineModel::Start::ChooseNone);
    ASSERT_EQ(model.rowCount(), 1); // the wholly shipped line is not listed
    EXPECT_EQ(model.index(0, UnshippedLineModel::LeftToShip).data(UnshippedLineModel::RawValueRole).toLongLong(), 2);
    EXPECT_EQ(model.index(0, UnshippedLineModel::Chosen).data(UnshippedLineModel::MaximumRole).toLongLong(), 2);
    EXPECT_FALSE(model.setData(model.index(0, UnshippedLineModel::Chosen), 3)); // more than is left
    EXPECT_FALSE(model.setData(model.index(0, UnshippedLineModel::Shipped), 0)); // read-only
    model.setBarcodes({{u"MUG-1"_s, u"96385074"_s}});
    EXPECT_EQ(model.scan(u"96385074"_s).outcome, UnshippedLineModel::Scan::Counted);
    EXPECT_EQ(model.scan(u"MUG-1"_s).outcome, UnshippedLineModel::Scan::Counted);
    EXPECT_EQ(model.scan(u"MUG-1"_s).outcome, UnshippedLineModel::Scan::AllCounted);
    EXPECT_EQ(model.scan(u"CAP-1"_s).outcome, UnshippedLineModel::Scan::Unknown); // nothing left of it
    EXPECT_EQ(model.chosenLines(), (QList<ShipmentLine>{{u"MUG-1"_s, 2}}));
    model.resetChosen(UnshippedLineModel::Start::ChooseNone);
    EXPECT_TRUE(model.chosenLines().isEmpty());
}

} // namespace
} // namespace shipshape
