#include "views/OrderEditDialog.h"
#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "ScriptedHttpServer.h"
#include "TestSecrets.h"
#include "background/SessionWorker.h"
#include "models/OrderEditDiscountModel.h"
#include "models/OrderEditLineModel.h"
#include "models/TimelineModel.h"
#include "views/OrderDetailView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kWaitMs = 20000;

// Drives the "Edit order" dialog's real widgets, opened from the order detail as a person opens it,
// against a real SQLite file; every figure it shows is compared with what core computes.
class OrderEditDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::addProduct(db.session(), u"MUG-1"_s, u"12.50"_s, 10);
        test::addProduct(db.session(), u"TEE-1"_s, u"20.00"_s, 1);
    }

    // An invoice order of two mugs (25.00), confirmed by its payment: paid 25.00.
    void placeConfirmedManualOrder()
    {
        auto placed = db.session().orders().place(test::placeRequest({{u"MUG-1"_s, 2}}));
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
        ASSERT_TRUE(db.session().orders().markPaid(u"1001"_s, u"BANK-1"_s).has_value());
    }

    // Shows order 1001 in a detail view and opens "Edit order" from its button.
    OrderEditDialog *openDialog(OrderDetailView &view)
    {
        view.resize(900, 700);
        view.show();
        view.showOrder(1001);
        EXPECT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, kWaitMs));
        EXPECT_TRUE(view.modifyButton()->isEnabled()) << view.modifyButton()->toolTip().toStdString();
        QTest::mouseClick(view.modifyButton(), Qt::LeftButton);
        OrderEditDialog *dialog = view.editDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->isVisible());
            lineTester = std::make_unique<QAbstractItemModelTester>(
                    dialog->lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
            discountTester = std::make_unique<QAbstractItemModelTester>(
                    dialog->discountModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
        return dialog;
    }

    template <typename T>
    static T *child(QWidget &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    static void setQuantity(OrderEditDialog &dialog, const QString &sku, int quantity)
    {
        const int row = dialog.lineModel()->rowOf(sku);
        ASSERT_GE(row, 0) << sku.toStdString();
        auto *spin = qobject_cast<QSpinBox *>(
                dialog.lineView()->indexWidget(dialog.lineModel()->index(row, OrderEditLineModel::Quantity)));
        ASSERT_NE(spin, nullptr);
        spin->setValue(quantity);
    }

    // Types a unit price into the line's "New price" cell and presses Return, as a person would.
    static void setNewPrice(OrderEditDialog &dialog, const QString &sku, const QString &price)
    {
        const int row = dialog.lineModel()->rowOf(sku);
        ASSERT_GE(row, 0);
        const QModelIndex cell = dialog.lineModel()->index(row, OrderEditLineModel::NewUnitPrice);
        dialog.lineView()->setCurrentIndex(cell);
        dialog.lineView()->edit(cell);
        auto *editor = qobject_cast<QLineEdit *>(dialog.lineView()->indexWidget(cell));
        ASSERT_NE(editor, nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, price);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits what was typed once Return's event has been handled.
        ASSERT_TRUE(QTest::qWaitFor(
                [&] { return cell.data(OrderEditLineModel::RawValueRole).toString() == price; }, kWaitMs));
    }

    static void typeInto(QWidget &dialog, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        ASSERT_NE(edit, nullptr);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static void addDiscount(OrderEditDialog &dialog, const QString &kind, const QString &value, const QString &reason)
    {
        auto *type = child<QComboBox>(dialog, u"discountType"_s);
        ASSERT_NE(type, nullptr);
        type->setCurrentIndex(type->findData(kind));
        typeInto(dialog, u"discountValue"_s, value);
        typeInto(dialog, u"discountReason"_s, reason);
        const int before = dialog.discountModel()->rowCount();
        QTest::mouseClick(child<QPushButton>(dialog, u"addDiscount"_s), Qt::LeftButton);
        ASSERT_EQ(dialog.discountModel()->rowCount(), before + 1)
                << dialog.fieldMessage(u"newDiscount"_s).toStdString();
    }

    static void addProductBySku(OrderEditDialog &dialog, const QString &sku)
    {
        auto *search = child<QLineEdit>(dialog, u"productSearch"_s);
        ASSERT_NE(search, nullptr);
        search->setFocus();
        QTest::keyClicks(search, sku);
        QTest::keyClick(search, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.lineModel()->rowOf(sku) >= 0; }, kWaitMs))
                << dialog.fieldMessage(u"addProduct"_s).toStdString();
    }

    static void typeReason(OrderEditDialog &dialog, const QString &reason)
    {
        auto *edit = child<QPlainTextEdit>(dialog, u"editReason"_s);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        QTest::keyClicks(edit, reason);
    }

    // Waits for the preview of the form as it is now (the debounce runs out by itself).
    static bool waitForPreview(OrderEditDialog &dialog)
    {
        QSignalSpy updated(&dialog, &OrderEditDialog::previewUpdated);
        return updated.wait(kWaitMs);
    }

    // Every figure of the preview pane against core's own preview of the same request.
    void expectPreviewMatchesCore(const OrderEditDialog &dialog)
    {
        auto core = db.session().orders().previewModify(u"1001"_s, dialog.request());
        ASSERT_TRUE(core.has_value()) << core.error().message.toStdString();
        ASSERT_TRUE(dialog.preview().has_value());
        const QLocale locale;
        const OrderTotals before = core->before.totals();
        const OrderTotals after = core->after.totals();
        EXPECT_EQ(dialog.preview()->after.total, core->after.total);
        EXPECT_EQ(dialog.preview()->balanceDue, core->balanceDue);
        EXPECT_EQ(dialog.preview()->refundOwed, core->refundOwed);
        EXPECT_EQ(dialog.previewText(u"subtotal"_s, u"before"_s), before.subtotal.toDisplayString(locale));
        EXPECT_EQ(dialog.previewText(u"subtotal"_s, u"after"_s), after.subtotal.toDisplayString(locale));
        EXPECT_EQ(dialog.previewText(u"discount"_s, u"after"_s), after.discount.toDisplayString(locale));
        EXPECT_EQ(dialog.previewText(u"shipping"_s, u"after"_s), after.shipping.toDisplayString(locale));
        EXPECT_EQ(dialog.previewText(u"tax"_s, u"after"_s), after.tax.toDisplayString(locale));
        EXPECT_EQ(dialog.previewText(u"total"_s, u"before"_s), core->before.total.toDisplayString(locale));
        EXPECT_EQ(dialog.previewText(u"total"_s, u"after"_s), core->after.total.toDisplayString(locale));
        // Every line's total is core's net of that line.
        for (const LineItem &line : core->after.lines) {
            const int row = dialog.lineModel()->rowOf(line.sku);
            ASSERT_GE(row, 0);
            EXPECT_EQ(dialog.lineModel()->index(row, OrderEditLineModel::LineTotal).data(),
                    line.net().toDisplayString(locale))
                    << line.sku.toStdString();
        }
    }

    // With SHIPSHAPE_SCREENSHOTS set, the dialog as a person sees it, for a look at its layout.
    static void saveScreenshot(QWidget &dialog, const QString &name)
    {
        const QString directory = qEnvironmentVariable("SHIPSHAPE_SCREENSHOTS");
        // Laid out as it is painted: layout requests are posted events.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (!directory.isEmpty())
            dialog.grab().save(QDir(directory).filePath(name + u".png"_s));
    }

    test::TestDatabase db;
    std::unique_ptr<QAbstractItemModelTester> lineTester;
    std::unique_ptr<QAbstractItemModelTester> discountTester;
};

TEST_F(OrderEditDialogTest, PreviewsAndAppliesAnEditOfAConfirmedManualOrder)
{
    placeConfirmedManualOrder();
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    QPointer<OrderEditDialog> opened = openDialog(view); // gone once closed
    OrderEditDialog *dialog = opened.data(); // checked once: -O3 cannot follow a QPointer
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->applyButton()->isEnabled()); // nothing changed yet
    EXPECT_EQ(dialog->windowTitle(), u"Edit order #1001"_s);
    // The address and the shipping fee are there to be changed.
    EXPECT_EQ(child<QLineEdit>(*dialog, u"street"_s)->text(), u"1 Main St"_s);
    EXPECT_EQ(child<QLineEdit>(*dialog, u"shippingAmount"_s)->text(), u"0.00"_s);

    setQuantity(*dialog, u"MUG-1"_s, 3);
    addDiscount(*dialog, u"percent"_s, u"10"_s, u"loyal customer"_s);
    typeInto(*dialog, u"shippingMethod"_s, u"Express"_s);
    typeInto(*dialog, u"shippingAmount"_s, u"4.95"_s);
    typeReason(*dialog, u"Customer called: one more mug, express"_s);
    EXPECT_FALSE(dialog->applyButton()->isEnabled()); // not before the preview says what it does
    ASSERT_TRUE(waitForPreview(*dialog));
    saveScreenshot(*dialog, u"edit-order-manual"_s);

    expectPreviewMatchesCore(*dialog);
    // The worked example: 3 × 12.50 = 37.50, 10 % off = 3.75, + 4.95 shipping, no tax = 38.70; 25.00 paid.
    EXPECT_EQ(dialog->preview()->after.total.minorUnits(), 3870);
    const QLocale locale;
    const Currency usd = *Currency::fromCode(u"USD"_s);
    EXPECT_EQ(dialog->balanceText(), u"Balance due: %1"_s.arg(Money(1370, usd).toDisplayString(locale)));
    EXPECT_EQ(dialog->settlementText(),
            u"%1 will be due, waiting for mark-paid."_s.arg(Money(1370, usd).toDisplayString(locale)));
    EXPECT_EQ(dialog->stockText(), u"MUG-1: 1 more reserved"_s);
    EXPECT_EQ(dialog->discountModel()
                      ->index(0, OrderEditDiscountModel::Amount)
                      .data(OrderEditDiscountModel::RawValueRole),
            QVariant(qint64(375)));
    // The preview wrote nothing.
    EXPECT_EQ(db.session().orders().find(u"1001"_s)->total.minorUnits(), 2500);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 2);

    ASSERT_TRUE(dialog->applyButton()->isEnabled()) << dialog->applyButton()->toolTip().toStdString();
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(kWaitMs));
    const OrderEditDialog *stillOpen = opened.data();
    EXPECT_TRUE(stillOpen == nullptr || !stillOpen->isVisible()); // closed once saved

    auto order = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(order.has_value());
    ASSERT_EQ(order->lines.size(), 1);
    EXPECT_EQ(order->lines.constFirst().quantity, 3);
    ASSERT_EQ(order->discounts.size(), 1);
    EXPECT_EQ(order->discounts.constFirst().reason, u"loyal customer"_s);
    EXPECT_EQ(order->shippingMethod, u"Express"_s);
    EXPECT_EQ(order->shipping.minorUnits(), 495);
    EXPECT_EQ(order->total.minorUnits(), 3870);
    EXPECT_EQ(order->balanceDue().minorUnits(), 1370);
    EXPECT_EQ(order->status, OrderStatus::Confirmed);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 3);
    // The detail shows the order as saved, and its timeline says what changed, field by field, and why.
    EXPECT_EQ(view.order()->total.minorUnits(), 3870);
    const QModelIndex last = view.timelineModel()->index(view.timelineModel()->rowCount() - 1, 0);
    EXPECT_EQ(last.data(TimelineModel::TitleRole).toString(), u"Modified"_s);
    EXPECT_EQ(last.data(TimelineModel::DetailRole).toString(),
            u"MUG-1: 2 → 3; discounts: none → 10 % (loyal customer); shipping: 0.00 → Express 4.95; "
            "total: 25.00 → 38.70 — Customer called: one more mug, express"_s);
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"balance due %1"_s.arg(Money(1370, usd).toDisplayString(locale))))
            << view.paymentLabel()->text().toStdString();
}

TEST_F(OrderEditDialogTest, APriceSetByHandWithoutAReasonIsRefusedAtTheReasonAndWritesNothing)
{
    placeConfirmedManualOrder();
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    OrderEditDialog *dialog = openDialog(view);
    ASSERT_NE(dialog, nullptr);
    const QString stored = test::dumpDatabase(db.session().database());

    setNewPrice(*dialog, u"MUG-1"_s, u"10.00"_s);
    ASSERT_TRUE(waitForPreview(*dialog));
    EXPECT_EQ(dialog->fieldMessage(u"note"_s),
            u"A price set by hand needs a reason: say why in the note (\"reason\" in a JSON request)."_s);
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"message:note"_s)->isVisible());
    saveScreenshot(*dialog, u"edit-order-price-without-reason"_s);
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_FALSE(dialog->preview().has_value());
    dialog->applyEdit(); // refused without a preview, as the disabled button is
    EXPECT_FALSE(dialog->isApplying());
    EXPECT_EQ(test::dumpDatabase(db.session().database()), stored);

    // With a reason the price goes through, recorded old → new.
    typeReason(*dialog, u"damaged box"_s);
    ASSERT_TRUE(waitForPreview(*dialog));
    EXPECT_TRUE(dialog->fieldMessage(u"note"_s).isEmpty());
    expectPreviewMatchesCore(*dialog);
    EXPECT_EQ(dialog->preview()->after.total.minorUnits(), 2000);
    EXPECT_EQ(dialog->stockText(), u"No change to reservations"_s); // a price reserves nothing
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(kWaitMs));
    auto order = db.session().orders().find(u"1001"_s);
    EXPECT_EQ(order->lines.constFirst().unitPrice.minorUnits(), 1000);
    EXPECT_EQ(order->refundOwed().minorUnits(), 500);
    const QModelIndex last = view.timelineModel()->index(view.timelineModel()->rowCount() - 1, 0);
    EXPECT_EQ(last.data(TimelineModel::DetailRole).toString(),
            u"price of MUG-1: 12.50 → 10.00; total: 25.00 → 20.00 — damaged box"_s);
}

// The dialog asks for changes to the lines, which core resolves on the locked order: a line another desk
// added while the dialog was open survives the edit.
TEST_F(OrderEditDialogTest, ALineAnotherDeskAddedMeanwhileIsKept)
{
    placeConfirmedManualOrder();
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    QPointer<OrderEditDialog> opened = openDialog(view); // gone once closed
    OrderEditDialog *dialog = opened.data(); // checked once: -O3 cannot follow a QPointer
    ASSERT_NE(dialog, nullptr);

    ModifyOrderRequest elsewhere;
    elsewhere.add = {OrderItemRequest{u"TEE-1"_s, 1, std::nullopt}};
    ASSERT_TRUE(db.session().orders().modify(u"1001"_s, elsewhere));

    setQuantity(*dialog, u"MUG-1"_s, 3);
    typeReason(*dialog, u"one more mug"_s);
    ASSERT_TRUE(waitForPreview(*dialog));
    ASSERT_TRUE(dialog->applyButton()->isEnabled()) << dialog->applyButton()->toolTip().toStdString();
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(kWaitMs));

    auto order = db.session().orders().find(u"1001"_s);
    ASSERT_TRUE(order);
    ASSERT_EQ(order->lines.size(), 2);
    EXPECT_EQ(order->lines.at(0).sku, u"MUG-1"_s);
    EXPECT_EQ(order->lines.at(0).quantity, 3);
    EXPECT_EQ(order->lines.at(1).sku, u"TEE-1"_s);
    EXPECT_EQ(order->lines.at(1).quantity, 1);
    EXPECT_EQ(test::product(db.session(), u"TEE-1"_s).reserved, 1);
}

TEST_F(OrderEditDialogTest, LinesAddedAndTakenOffMoveStockAndARefundIsOwed)
{
    placeConfirmedManualOrder();
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    OrderEditDialog *dialog = openDialog(view);
    ASSERT_NE(dialog, nullptr);

    const int mug = dialog->lineModel()->rowOf(u"MUG-1"_s);
    dialog->lineView()->selectRow(mug);
    QTest::mouseClick(child<QPushButton>(*dialog, u"removeLine"_s), Qt::LeftButton);
    // A line that was on the order stays listed with quantity 0, so it can be put back.
    EXPECT_EQ(dialog->lineModel()->index(mug, OrderEditLineModel::Quantity).data().toInt(), 0);
    ASSERT_TRUE(waitForPreview(*dialog)); // core refuses an order without lines
    EXPECT_EQ(dialog->fieldMessage(u"lines"_s), u"Order 1001 would have no lines left; cancel it instead."_s);

    // Return in the product field adds the product, and never saves the edit by the way.
    addProductBySku(*dialog, u"TEE-1"_s);
    EXPECT_FALSE(dialog->isApplying());
    ASSERT_TRUE(waitForPreview(*dialog));
    ASSERT_TRUE(dialog->applyButton()->isEnabled());
    auto *search = child<QLineEdit>(*dialog, u"productSearch"_s);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_FALSE(dialog->isApplying());
    expectPreviewMatchesCore(*dialog);
    EXPECT_EQ(dialog->stockText(), u"MUG-1: 2 released\nTEE-1: 1 more reserved"_s);
    const QLocale locale;
    const Money owed(500, *Currency::fromCode(u"USD"_s));
    EXPECT_EQ(dialog->balanceText(), u"Refund owed: %1"_s.arg(owed.toDisplayString(locale)));
    EXPECT_EQ(dialog->settlementText(),
            u"%1 will be owed back to the customer: record the refund or keep it as credit."_s.arg(
                    owed.toDisplayString(locale)));

    // More T-shirts than there are: core's preview refuses it at the lines, and nothing can be applied.
    setQuantity(*dialog, u"TEE-1"_s, 5);
    ASSERT_TRUE(waitForPreview(*dialog));
    EXPECT_FALSE(dialog->fieldMessage(u"lines"_s).isEmpty());
    EXPECT_FALSE(dialog->applyButton()->isEnabled());

    setQuantity(*dialog, u"TEE-1"_s, 1);
    ASSERT_TRUE(waitForPreview(*dialog));
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(changed.wait(kWaitMs));
    ASSERT_EQ(view.order()->lines.size(), 1);
    EXPECT_EQ(view.order()->lines.constFirst().sku, u"TEE-1"_s);
    EXPECT_EQ(view.order()->total.minorUnits(), 2000);
    EXPECT_EQ(view.order()->refundOwed().minorUnits(), 500);
    EXPECT_EQ(test::product(db.session(), u"MUG-1"_s).reserved, 0);
    EXPECT_EQ(test::product(db.session(), u"TEE-1"_s).reserved, 1);
}

TEST_F(OrderEditDialogTest, AnAnswerAboutAnEarlierStateOfTheFormIsDropped)
{
    placeConfirmedManualOrder();
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    OrderEditDialog *dialog = openDialog(view);
    ASSERT_NE(dialog, nullptr);
    QSignalSpy updated(dialog, &OrderEditDialog::previewUpdated);
    setQuantity(*dialog, u"MUG-1"_s, 3);
    dialog->previewNow(); // the preview of three mugs is on its way…
    setQuantity(*dialog, u"MUG-1"_s, 4); // …when the form changes again
    ASSERT_TRUE(updated.wait(kWaitMs));
    EXPECT_EQ(updated.size(), 1);
    EXPECT_EQ(dialog->preview()->after.lines.constFirst().quantity, 4);
    EXPECT_EQ(dialog->preview()->after.total.minorUnits(), 5000);
}

// Stands in for a language whose texts run half as long again as English, as German's typically do: every
// text of the dialog and its models grows by half its length.
class LongerTexts : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("shipshape::OrderEdit"))
            return {};
        const QString text = QString::fromUtf8(sourceText);
        return text + QString(text.size() / 2, u'w');
    }
    bool isEmpty() const override { return false; }
};

TEST_F(OrderEditDialogTest, LongerTextsStillFitASmallLaptopScreenUncut)
{
    LongerTexts longer;
    QCoreApplication::installTranslator(&longer);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&longer); });
    placeConfirmedManualOrder();
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    OrderEditDialog *dialog = openDialog(view);
    ASSERT_NE(dialog, nullptr);
    setQuantity(*dialog, u"MUG-1"_s, 3);
    addDiscount(*dialog, u"percent"_s, u"10"_s, u"loyal customer"_s);
    ASSERT_TRUE(waitForPreview(*dialog));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    saveScreenshot(*dialog, u"edit-order-longer-texts"_s);

    // 1366 × 768 less a panel: the whole dialog fits, and nothing it says is cut off.
    EXPECT_LE(dialog->minimumSizeHint().width(), 1300);
    EXPECT_LE(dialog->minimumSizeHint().height(), 700);
    dialog->resize(dialog->minimumSizeHint());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()) {
            EXPECT_GE(label->width(), label->minimumSizeHint().width()) << label->text().toStdString();
        }
    }
    for (const QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isVisible()) {
            EXPECT_GE(button->width(), button->minimumSizeHint().width()) << button->text().toStdString();
        }
    }
}

TEST_F(OrderEditDialogTest, OnlyAnOrderThatHasNotShippedCanBeEdited)
{
    placeConfirmedManualOrder();
    ASSERT_TRUE(db.session().orders().ship(u"1001"_s, u"1Z999"_s, u"UPS"_s).has_value());
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, kWaitMs));
    EXPECT_FALSE(view.modifyButton()->isEnabled());
    EXPECT_EQ(view.modifyButton()->toolTip(), u"Order 1001 is shipped and can no longer be modified."_s);

    // A login that may not change orders does not see the button at all.
    Permissions notes;
    notes.addNotes = true;
    view.setPermissions(notes);
    EXPECT_TRUE(view.modifyButton()->isHidden());
}

TEST(OrderEditLineModelTest, AskForTheChangedLinesAndThePricesSetByHand)
{
    OrderEditLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy edited(&model, &OrderEditLineModel::linesEdited);
    const Currency usd = *Currency::fromCode(u"USD"_s);
    LineItem mug;
    mug.sku = u"MUG-1"_s;
    mug.productName = u"Mug"_s;
    mug.quantity = 2;
    mug.unitPrice = Money(1250, usd);
    model.setLines({mug});
    EXPECT_FALSE(model.linesChanged());
    EXPECT_EQ(model.items().size(), 1);
    EXPECT_EQ(edited.size(), 0);
    const QLocale locale;
    model.setCataloguePrices({{u"MUG-1"_s, Money(1300, usd)}});
    EXPECT_EQ(model.index(0, OrderEditLineModel::UnitPrice).data().toString(),
            u"%1 (now %2)"_s.arg(Money(1250, usd).toDisplayString(locale), Money(1300, usd).toDisplayString(locale)));
    EXPECT_EQ(model.index(0, OrderEditLineModel::UnitPrice).data(OrderEditLineModel::RawValueRole),
            QVariant(qint64(1250)));

    const int tee = model.addProduct(u"TEE-1"_s, u"T-shirt"_s, Money(2000, usd));
    EXPECT_EQ(tee, 1);
    EXPECT_EQ(model.addProduct(u"TEE-1"_s, u"T-shirt"_s, Money(2000, usd)), 1); // one more, same line
    EXPECT_EQ(model.index(tee, OrderEditLineModel::Quantity).data().toInt(), 2);
    EXPECT_TRUE(model.linesChanged());
    EXPECT_TRUE(model.setData(model.index(0, OrderEditLineModel::NewUnitPrice), u" 10.00 "_s));
    EXPECT_FALSE(model.setData(model.index(0, OrderEditLineModel::Quantity), -1));
    EXPECT_FALSE(model.setData(model.index(0, OrderEditLineModel::Sku), u"OTHER"_s));
    EXPECT_EQ(model.newUnitPrices(), (QMap<QString, QString>{{u"MUG-1"_s, u"10.00"_s}}));
    // The edit is asked as changes: one mug more, the T-shirts added.
    EXPECT_TRUE(model.setData(model.index(0, OrderEditLineModel::Quantity), 3));
    ModifyOrderRequest changes;
    model.addLineChangesTo(changes);
    EXPECT_EQ(changes.quantities, (QMap<QString, qint64>{{u"MUG-1"_s, 3}}));
    ASSERT_EQ(changes.add.size(), 1);
    EXPECT_EQ(changes.add.constFirst().sku, u"TEE-1"_s);
    EXPECT_EQ(changes.add.constFirst().quantity, 2);
    EXPECT_TRUE(changes.remove.isEmpty());

    // A line of the order is kept with quantity 0 (and its price no longer asked for); a new one goes.
    model.removeLine(0);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, OrderEditLineModel::Product).data().toString(), u"Mug (removed)"_s);
    EXPECT_TRUE(model.newUnitPrices().isEmpty());
    ModifyOrderRequest removal;
    model.addLineChangesTo(removal);
    EXPECT_EQ(removal.remove, QStringList{u"MUG-1"_s});
    EXPECT_TRUE(removal.quantities.isEmpty());
    ASSERT_EQ(model.items().size(), 1);
    EXPECT_EQ(model.items().constFirst().sku, u"TEE-1"_s);
    model.removeLine(tee);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.items().isEmpty());
    // Putting the mugs back as they were is no change of lines at all.
    EXPECT_TRUE(model.setData(model.index(0, OrderEditLineModel::Quantity), 2));
    EXPECT_FALSE(model.linesChanged());
    EXPECT_GT(edited.size(), 0);
}

// The card path through the loopback Stripe server: the difference is charged or refunded once.
class CardOrderEditDialogTest : public OrderEditDialogTest {
protected:
    CardOrderEditDialogTest() : stripe(server)
    {
        qputenv("SHIPSHAPE_STRIPE_API_BASE", server.baseUrl().toString().toUtf8());
        qputenv("SHIPSHAPE_STRIPE_SECRET_KEY", test::FakeStripe::kSecretKey);
        db.session().setSecrets(test::loadSecrets());
    }
    ~CardOrderEditDialogTest() override
    {
        qunsetenv("SHIPSHAPE_STRIPE_API_BASE");
        qunsetenv("SHIPSHAPE_STRIPE_SECRET_KEY");
    }

    void SetUp() override
    {
        OrderEditDialogTest::SetUp();
        PlaceOrderRequest request = test::placeRequest({{u"MUG-1"_s, 2}});
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = u"pm_card_visa"_s;
        auto placed = test::await(db.session().payments().placeOrder(request));
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
        ASSERT_EQ(placed->status, OrderStatus::Confirmed);
        ASSERT_EQ(stripe.capturedAmount(), 2500);
    }

    test::ScriptedHttpServer server;
    test::FakeStripe stripe;
};

TEST_F(CardOrderEditDialogTest, ARaisedTotalChargesTheDifferenceOnceAndALowerOneRefundsIt)
{
    SessionWorker worker(db.url(), test::optionsWithSecrets());
    OrderDetailView view(worker);
    const QLocale locale;
    const Currency usd = *Currency::fromCode(u"USD"_s);
    {
        OrderEditDialog *dialog = openDialog(view);
        ASSERT_NE(dialog, nullptr);
        setQuantity(*dialog, u"MUG-1"_s, 3);
        ASSERT_TRUE(waitForPreview(*dialog));
        expectPreviewMatchesCore(*dialog);
        EXPECT_EQ(dialog->settlementText(),
                u"The card will be charged %1."_s.arg(Money(1250, usd).toDisplayString(locale)));
        QSignalSpy changed(&view, &OrderDetailView::orderChanged);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        EXPECT_TRUE(dialog->isApplying());
        ASSERT_TRUE(changed.wait(kWaitMs));
    }
    EXPECT_EQ(stripe.intentsCreated(), 2); // the placement and the one balance charge
    EXPECT_EQ(stripe.capturedAmount(), 3750);
    auto order = db.session().orders().find(u"1001"_s);
    EXPECT_EQ(order->paid.minorUnits(), 3750);
    EXPECT_TRUE(order->balanceDue().isZero());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.editDialog() == nullptr; }, kWaitMs));

    {
        OrderEditDialog *dialog = openDialog(view);
        ASSERT_NE(dialog, nullptr);
        setQuantity(*dialog, u"MUG-1"_s, 1);
        ASSERT_TRUE(waitForPreview(*dialog));
        expectPreviewMatchesCore(*dialog);
        EXPECT_EQ(dialog->settlementText(),
                u"%1 will be refunded to the card."_s.arg(Money(2500, usd).toDisplayString(locale)));
        QSignalSpy changed(&view, &OrderDetailView::orderChanged);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        ASSERT_TRUE(changed.wait(kWaitMs));
    }
    EXPECT_EQ(stripe.intentsCreated(), 2);
    EXPECT_EQ(stripe.refundsCreated(), 2); // spread over the two charges, newest first (docs/payments.md)
    EXPECT_EQ(stripe.refundedAmount(), 2500);
    order = db.session().orders().find(u"1001"_s);
    EXPECT_EQ(order->total.minorUnits(), 1250);
    EXPECT_EQ(order->paid.minorUnits() - order->refunded.minorUnits(), 1250);
    EXPECT_TRUE(order->refundOwed().isZero());
}

TEST_F(CardOrderEditDialogTest, ADeclinedBalanceChargeKeepsTheEditAndShowsTheBalanceDue)
{
    SessionWorker worker(db.url(), test::optionsWithSecrets());
    OrderDetailView view(worker);
    QPointer<OrderEditDialog> opened = openDialog(view); // gone once closed
    OrderEditDialog *dialog = opened.data(); // checked once: -O3 cannot follow a QPointer
    ASSERT_NE(dialog, nullptr);
    setQuantity(*dialog, u"MUG-1"_s, 3);
    ASSERT_TRUE(waitForPreview(*dialog));
    stripe.injectFaults({test::FakeStripe::Fault::DeclineInsufficientFunds});

    QSignalSpy failed(dialog, &OrderEditDialog::editFailed);
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(kWaitMs));
    saveScreenshot(*dialog, u"edit-order-declined"_s);

    // docs/pricing.md: the edit stays applied and the balance shows as due.
    ASSERT_TRUE(opened);
    EXPECT_TRUE(dialog->isVisible());
    const QLocale locale;
    const QString due = Money(1250, *Currency::fromCode(u"USD"_s)).toDisplayString(locale);
    const QString message = dialog->fieldMessage(u"general"_s);
    EXPECT_TRUE(message.startsWith(u"The edit is saved, but the card was not charged ("_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"insufficient funds"_s, Qt::CaseInsensitive)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"%1 is now due on order #1001"_s.arg(due))) << message.toStdString();
    EXPECT_EQ(dialog->balanceText(), u"Balance due: %1"_s.arg(due));
    EXPECT_FALSE(dialog->applyButton()->isEnabled()); // nothing more to apply: it is saved
    EXPECT_EQ(child<QPushButton>(*dialog, u"closeEdit"_s)->text(), u"Close"_s);
    EXPECT_EQ(changed.size(), 1); // the detail shows the order as it now is

    auto order = db.session().orders().find(u"1001"_s);
    EXPECT_EQ(order->lines.constFirst().quantity, 3);
    EXPECT_EQ(order->status, OrderStatus::Confirmed);
    EXPECT_EQ(order->balanceDue().minorUnits(), 1250);
    EXPECT_EQ(stripe.capturedAmount(), 2500); // nothing more was taken
    EXPECT_EQ(view.order()->balanceDue().minorUnits(), 1250);
}

} // namespace
} // namespace shipshape
