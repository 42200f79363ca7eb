#include "views/OrderDetailView.h"
#include "Await.h"
#include "FakeStripe.h"
#include "ScriptedHttpServer.h"
#include "TestDatabase.h"
#include "TestSecrets.h"
#include "background/SessionWorker.h"
#include "models/LineItemModel.h"
#include "models/TimelineModel.h"
#include "payment/StripeGateway.h"
#include "pricing/TaxService.h"
#include "printing/OrderDocumentWriter.h"
#include "views/FullTextTooltipDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

class OrderDetailViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        NewProduct mug{u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 10, 2};
        ASSERT_TRUE(db.session().inventory().addProduct(mug).has_value());
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada <b>Lovelace</b>"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 2, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        auto placed = db.session().orders().place(request);
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
    }

    static PlaceOrderRequest request()
    {
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada <b>Lovelace</b>"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 2, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        return request;
    }

    // Runs the view's asynchronous work until it reports the order changed (or failed).
    static bool waitForChange(OrderDetailView &view)
    {
        QSignalSpy changed(&view, &OrderDetailView::orderChanged);
        return changed.wait(10000);
    }

    test::TestDatabase db;
};

TEST_F(OrderDetailViewTest, PayShipAndDeliverGrowTheTimeline)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    QAbstractItemModelTester tester(view.timelineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setConfirmAutomatically(true);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_EQ(view.timelineModel()->rowCount(), 1);
    EXPECT_TRUE(view.markPaidButton()->isEnabled());
    EXPECT_FALSE(view.shipButton()->isEnabled()); // a pending order cannot ship

    QTest::mouseClick(view.markPaidButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Confirmed);
    EXPECT_TRUE(view.shipButton()->isEnabled());

    view.setNextShipAnswer(OrderDetailView::ShipAnswer{u"1Z999AA10123456784"_s, u"UPS"_s});
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Shipped);
    ASSERT_EQ(view.timelineModel()->rowCount(), 3);
    const QModelIndex shipped = view.timelineModel()->index(2, 0);
    EXPECT_EQ(shipped.data(TimelineModel::TitleRole).toString(), u"Shipped"_s);
    EXPECT_EQ(shipped.data(TimelineModel::DetailRole).toString(), u"UPS, tracking 1Z999AA10123456784"_s);
    EXPECT_FALSE(view.cancelButton()->isEnabled()); // nothing but delivery after shipment

    QTest::mouseClick(view.deliverButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Delivered);
    EXPECT_EQ(view.timelineModel()->rowCount(), 4);
    // The stock was consumed by the shipment.
    EXPECT_EQ(db.session().inventory().product(u"MUG-1"_s)->onHand, 8);
}

// Partial shipments (docs/fulfillment.md): the detail lists each parcel, read-only.
TEST_F(OrderDetailViewTest, TheParcelsAreListedWithTheirTrackingAndContents)
{
    OrderService &orders = db.session().orders();
    ASSERT_TRUE(orders.markPaid(u"1001"_s));
    ASSERT_TRUE(orders.ship(u"1001"_s, u"1ZPARCEL1"_s, u"UPS"_s, {{u"MUG-1"_s, 1}}));
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    const auto *summary = view.findChild<QLabel *>(u"orderSummary"_s);
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(u"Fulfillment: Partially shipped"_s)) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(u"UPS 1ZPARCEL1 — 1 × MUG-1 — on its way"_s)) << summary->text().toStdString();
    // A partly shipped order ships again (the rest) and is not cancelled as a whole.
    EXPECT_TRUE(view.shipButton()->isEnabled());
    EXPECT_FALSE(view.cancelButton()->isEnabled());
}

TEST_F(OrderDetailViewTest, RefusedActionKeepsTheOrderAndSaysWhy)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    QTest::mouseClick(view.markPaidButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));

    QSignalSpy failed(&view, &OrderDetailView::actionFailed);
    view.setNextShipAnswer(OrderDetailView::ShipAnswer{u"bad\ntracking"_s, u"UPS"_s});
    QTest::mouseClick(view.shipButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(u"tracking"_s))
            << failed.first().at(0).toString().toStdString();
    ASSERT_TRUE(view.shipDraft().has_value()); // offered again when the dialog reopens
    EXPECT_EQ(view.shipDraft()->tracking, u"bad\ntracking"_s);
    EXPECT_EQ(db.session().orders().find(u"1001"_s)->status, OrderStatus::Confirmed);
}

TEST_F(OrderDetailViewTest, CancelReleasesTheStock)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    view.setNextCancelAnswer(
            OrderDetailView::CancelAnswer{u"customer"_s, u"called to cancel"_s, CancelMoney::Refund, {}});
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    EXPECT_EQ(view.order()->status, OrderStatus::Cancelled);
    EXPECT_EQ(db.session().inventory().product(u"MUG-1"_s)->reserved, 0);
    EXPECT_TRUE(view.timelineModel()
                        ->index(1, 0)
                        .data(TimelineModel::DetailRole)
                        .toString()
                        .contains(u"called to cancel"_s));
}

TEST_F(OrderDetailViewTest, AWarehouseLoginIsNotOfferedPaymentOrCancellation)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    Permissions warehouse;
    warehouse.editStock = true;
    warehouse.shipAndDeliver = true;
    warehouse.login = u"wendy"_s;
    view.setPermissions(warehouse);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_FALSE(view.markPaidButton()->isVisible());
    EXPECT_FALSE(view.cancelButton()->isVisible());
    EXPECT_TRUE(view.shipButton()->isVisible());
    EXPECT_FALSE(view.shipButton()->isEnabled()); // pending: not yet shippable
}

TEST_F(OrderDetailViewTest, AddingANoteGrowsTheTimelineAndARefusedNoteKeepsTheText)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    ASSERT_TRUE(view.noteButton()->isEnabled());

    QSignalSpy failed(&view, &OrderDetailView::actionFailed);
    view.setConfirmAutomatically(true); // no message box
    view.setNextNoteAnswer(QString(2001, u'x'));
    QTest::mouseClick(view.noteButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(u"note"_s)) << failed.first().at(0).toString().toStdString();
    EXPECT_EQ(view.noteDraft(), QString(2001, u'x')); // reopening the dialog offers it again
    EXPECT_EQ(view.timelineModel()->rowCount(), 1);

    view.setNextNoteAnswer(u"Customer asked for <b>gift wrap</b>."_s);
    QTest::mouseClick(view.noteButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForChange(view));
    ASSERT_EQ(view.timelineModel()->rowCount(), 2);
    const QModelIndex note = view.timelineModel()->index(1, 0);
    EXPECT_EQ(note.data(TimelineModel::TitleRole).toString(), u"Staff note"_s);
    EXPECT_EQ(note.data(TimelineModel::DetailRole).toString(), u"Customer asked for <b>gift wrap</b>."_s);
    EXPECT_TRUE(view.noteDraft().isEmpty());
    EXPECT_EQ(view.order()->status, OrderStatus::Pending);
}

TEST_F(OrderDetailViewTest, PaymentStateAndStockPerLineAreShown)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    QAbstractItemModelTester tester(view.lineModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_TRUE(view.paymentLabel()->text().startsWith(u"Unpaid by Invoice"_s))
            << view.paymentLabel()->text().toStdString();
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"balance due USD 25.00"_s))
            << view.paymentLabel()->text().toStdString();
    const QModelIndex stock = view.lineModel()->index(0, LineItemModel::Stock);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !stock.data().toString().isEmpty(); }, 10000));
    EXPECT_EQ(stock.data().toString(), u"10 on hand, 8 free"_s); // this order reserves 2
    EXPECT_EQ(stock.data(LineItemModel::RawValueRole).toLongLong(), 8);
}

TEST_F(OrderDetailViewTest, TheStockCellIsOneLineAsWideAsWhatItSays)
{
    ASSERT_TRUE(db.session().inventory().replenish(u"MUG-1"_s, 135, u"delivery"_s));
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.resize(560, 720);
    view.show();
    view.showOrder(1001);
    const auto stockCell = [&] { return view.lineModel()->index(0, LineItemModel::Stock); };
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order() && !stockCell().data().toString().isEmpty(); }, 10000));
    const QModelIndex stock = stockCell();
    EXPECT_EQ(stock.data().toString(), u"145 on hand, 143 free"_s);

    QTableView *lines = view.lineView();
    EXPECT_FALSE(lines->wordWrap());
    QHeaderView *columns = lines->horizontalHeader();
    for (int column = 0; column < LineItemModel::ColumnCount; ++column) {
        EXPECT_EQ(columns->sectionResizeMode(column),
                column == LineItemModel::Product ? QHeaderView::Stretch : QHeaderView::ResizeToContents)
                << "column " << column;
    }
    // Every row is one line of the list's height, and the stock text fits its column whole.
    EXPECT_EQ(lines->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    EXPECT_EQ(lines->rowHeight(0), lines->verticalHeader()->defaultSectionSize());
    auto *delegate = qobject_cast<FullTextTooltipDelegate *>(lines->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    EXPECT_FALSE(delegate->isElided(lines, stock));
    EXPECT_GE(columns->sectionSize(LineItemModel::Stock),
            lines->fontMetrics().horizontalAdvance(stock.data().toString()));
}

// Editing an order (the "Edit order" dialog) is OrderEditDialogTest's.

TEST_F(OrderDetailViewTest, PackingSlipAndInvoiceAreWrittenAsPdf)
{
    QTemporaryDir files;
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    for (QPushButton *button : {view.packingSlipButton(), view.invoiceButton()}) {
        const QString path = files.filePath(button->objectName() + u".pdf"_s);
        view.setNextSavePath(path);
        QSignalSpy saved(&view, &OrderDetailView::actionSucceeded);
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_EQ(saved.size(), 1) << button->objectName().toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray pdf = file.readAll();
        EXPECT_GT(pdf.size(), 1000);
        EXPECT_TRUE(pdf.startsWith("%PDF"));
    }
    // People's text is escaped before it reaches the document.
    const QString html = OrderDocumentWriter::invoiceHtml(*view.order());
    EXPECT_TRUE(html.contains(u"Ada &lt;b&gt;Lovelace&lt;/b&gt;"_s));
    EXPECT_FALSE(html.contains(u"<b>Lovelace"_s));
    EXPECT_TRUE(html.contains(u"USD 25.00"_s));
}

// Invoices and packing slips show the order's discounts, shipping and tax per rate (docs/pricing.md).
TEST_F(OrderDetailViewTest, PackingSlipAndInvoiceShowDiscountsShippingAndTax)
{
    TaxService taxes(db.session().database(), db.session().clock());
    ASSERT_TRUE(taxes.setRate(u"US"_s, {}, u"standard"_s, u"Sales tax"_s, u"19"_s));
    PlaceOrderRequest priced = request();
    priced.discounts = {DiscountRequest{u"percent"_s, u"10"_s, {}, u"WINTER"_s, {}}};
    priced.shipping = ShippingRequest{u"Parcel"_s, u"4.95"_s};
    auto order = db.session().orders().place(priced);
    ASSERT_TRUE(order) << order.error().message.toStdString();
    // 25.00 − 2.50 = 22.50 net, 19 % tax 4.28 (4.275 rounded half away from zero), shipping 4.95: 31.73.
    ASSERT_EQ(order->total.minorUnits(), 3173);
    for (const QString &html :
            {OrderDocumentWriter::packingSlipHtml(*order), OrderDocumentWriter::invoiceHtml(*order)}) {
        EXPECT_TRUE(html.contains(u"Discount 10 % (WINTER)"_s)) << html.toStdString();
        EXPECT_TRUE(html.contains(u"Shipping: Parcel"_s)) << html.toStdString();
        EXPECT_TRUE(html.contains(u"Sales tax 19 % of USD 22.50"_s)) << html.toStdString();
        EXPECT_TRUE(html.contains(u"USD 31.73"_s)) << html.toStdString();
    }
    EXPECT_TRUE(OrderDocumentWriter::packingSlipHtml(*order).contains(u"Shipping method: Parcel"_s));
    EXPECT_FALSE(OrderDocumentWriter::packingSlipHtml(*order).contains(u"Balance due"_s)) << "the invoice's business";
    EXPECT_TRUE(OrderDocumentWriter::invoiceHtml(*order).contains(u"Balance due"_s));
}

TEST_F(OrderDetailViewTest, ResendQueuesTheLastEmailAgain)
{
    auto before = db.session().notifications().list(std::nullopt);
    ASSERT_TRUE(before.has_value());
    ASSERT_EQ(before->size(), 1); // the order confirmation
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    QSignalSpy succeeded(&view, &OrderDetailView::actionSucceeded);
    QTest::mouseClick(view.resendButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !succeeded.isEmpty(); }, 10000));
    EXPECT_EQ(succeeded.first().at(0).toString(), u"The email to ada@example.com is queued to be sent again."_s);
    auto after = db.session().notifications().list(std::nullopt);
    ASSERT_TRUE(after.has_value());
    ASSERT_EQ(after->size(), 2);
    EXPECT_EQ(after->at(0).subject, after->at(1).subject);
}

// Money a support agent settles by hand, on an invoice order paid with a reference.
class ManualMoneyDetailTest : public OrderDetailViewTest {
protected:
    void SetUp() override
    {
        OrderDetailViewTest::SetUp();
        ASSERT_TRUE(db.session().orders().markPaid(u"1001"_s, u"INV-7"_s));
    }

    void open(OrderDetailView &view, qint64 number = 1001)
    {
        view.setConfirmAutomatically(true);
        view.show();
        view.showOrder(number);
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.order() && view.order()->number == number; }, 10000));
    }

    qint64 refundRows() { return scalar(u"SELECT COUNT(*) FROM refunds"_s); }
    qint64 scalar(const QString &sql)
    {
        auto query = db.session().database().query(sql);
        return (query && query->next()) ? query->singleInteger() : -1;
    }

    // Answers the next modal dialog as a person would: `fill` sets its widgets, then OK is pressed.
    static void answerNextDialog(QTimer &answerer, QObject *context, std::function<void(QDialog &)> fill)
    {
        answerer.setInterval(10);
        QObject::connect(&answerer, &QTimer::timeout, context, [&answerer, fill = std::move(fill)] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            answerer.stop();
            fill(*dialog);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        answerer.start();
    }
};

TEST_F(ManualMoneyDetailTest, ThePaymentReferenceIsShownAndAManualRefundIsRecordedInARealDialog)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"reference INV-7"_s))
            << view.paymentLabel()->text().toStdString();
    EXPECT_TRUE(view.recordRefundButton()->isEnabled());
    EXPECT_FALSE(view.refundButton()->isEnabled()); // card refunds only
    EXPECT_FALSE(view.sendPaymentLinkButton()->isEnabled());
    EXPECT_FALSE(view.keepCreditButton()->isEnabled()); // nothing is owed back

    // The form as a person fills it: method, amount, reference, reason.
    QTimer answerer;
    QStringList methods;
    answerNextDialog(answerer, &view, [&](QDialog &dialog) {
        auto *method = dialog.findChild<QComboBox *>(u"refundMethod"_s);
        for (int i = 0; i < method->count(); ++i)
            methods << method->itemData(i).toString();
        method->setCurrentIndex(method->findData(u"cash"_s));
        dialog.findChild<QLineEdit *>(u"refundAmount"_s)->setText(u"10.00"_s);
        dialog.findChild<QLineEdit *>(u"refundReference"_s)->setText(u"R-55"_s);
        dialog.findChild<QLineEdit *>(u"refundReason"_s)->setText(u"one mug broken"_s);
    });
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(view.recordRefundButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000));
    EXPECT_EQ(methods, (QStringList{u"bank_transfer"_s, u"cash"_s, u"other"_s}));
    EXPECT_EQ(view.order()->refunded.minorUnits(), 1000);
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"Refund USD 10.00 by Cash, reference R-55"_s))
            << view.paymentLabel()->text().toStdString();
    const QModelIndex last = view.timelineModel()->index(view.timelineModel()->rowCount() - 1, 0);
    EXPECT_EQ(last.data(TimelineModel::TitleRole).toString(), u"Refunded"_s);
    EXPECT_TRUE(last.data(TimelineModel::DetailRole).toString().contains(u"Cash, reference R-55: one mug broken"_s))
            << last.data(TimelineModel::DetailRole).toString().toStdString();
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM notification_outbox WHERE event = 'refunded'"_s), 1);
}

TEST_F(ManualMoneyDetailTest, ARefusedRefundSaysWhichFieldAndWritesNothing)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    QSignalSpy failed(&view, &OrderDetailView::actionFailed);
    view.setNextRecordRefundAnswer(OrderDetailView::RecordRefundAnswer{u"bank_transfer"_s, u"ten"_s, u"R-1"_s, {}});
    QTest::mouseClick(view.recordRefundButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(u"ten"_s)) << failed.first().at(0).toString().toStdString();
    ASSERT_TRUE(view.recordRefundDraft().has_value()); // offered again when the dialog reopens
    EXPECT_EQ(view.recordRefundDraft()->reference, u"R-1"_s);

    failed.clear();
    view.setNextRecordRefundAnswer(OrderDetailView::RecordRefundAnswer{u"bank_transfer"_s, u"25.01"_s, u"R-1"_s, {}});
    QTest::mouseClick(view.recordRefundButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(u"25.00"_s)) << failed.first().at(0).toString().toStdString();
    EXPECT_EQ(refundRows(), 0);
}

TEST_F(ManualMoneyDetailTest, TheCancelDialogAsksWhatHappensToTheMoney)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);
    QTimer answerer;
    QStringList offered;
    QString question;
    answerNextDialog(answerer, &view, [&](QDialog &dialog) {
        for (QRadioButton *choice : dialog.findChildren<QRadioButton *>())
            offered << choice->objectName();
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(u"paid"_s))
                question = label->text();
        }
        dialog.findChild<QRadioButton *>(u"money:credit"_s)->setChecked(true);
    });
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000));
    // A bank-transfer order cannot be refunded through Stripe: record, credit or later.
    EXPECT_EQ(offered, (QStringList{u"money:record"_s, u"money:credit"_s, u"money:later"_s}));
    EXPECT_TRUE(question.contains(u"USD 25.00"_s)) << question.toStdString();
    EXPECT_EQ(view.order()->status, OrderStatus::Cancelled);
    EXPECT_EQ(view.order()->credit.minorUnits(), 2500);
    const QString label = view.paymentLabel()->text();
    EXPECT_TRUE(label.startsWith(u"Credit by Invoice"_s)) << label.toStdString();
    EXPECT_TRUE(label.contains(u"kept as credit USD 25.00"_s)) << label.toStdString();
    EXPECT_TRUE(label.contains(u"nothing is due"_s)) << label.toStdString();
    EXPECT_FALSE(label.contains(u"refund owed"_s)) << label.toStdString();
}

TEST_F(ManualMoneyDetailTest, ARefundOwedShowsUntilItIsRecordedOrKeptAsCredit)
{
    ASSERT_TRUE(db.session().orders().place(OrderDetailViewTest::request()));
    ASSERT_TRUE(db.session().orders().markPaid(u"1002"_s));
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    open(view);

    view.setNextCancelAnswer(OrderDetailView::CancelAnswer{u"customer"_s, {}, CancelMoney::Later, {}});
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.size() == 1; }, 10000));
    EXPECT_TRUE(view.paymentLabel()->text().startsWith(u"Refund owed by Invoice"_s))
            << view.paymentLabel()->text().toStdString();
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"refund owed USD 25.00"_s));
    EXPECT_TRUE(view.keepCreditButton()->isEnabled());
    EXPECT_TRUE(view.recordRefundButton()->isEnabled());
    QTest::mouseClick(view.keepCreditButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.size() == 2; }, 10000));
    EXPECT_EQ(view.order()->credit.minorUnits(), 2500);
    EXPECT_FALSE(view.keepCreditButton()->isEnabled());
    const QModelIndex kept = view.timelineModel()->index(view.timelineModel()->rowCount() - 1, 0);
    EXPECT_EQ(kept.data(TimelineModel::TitleRole).toString(), u"Kept as credit"_s);
    EXPECT_TRUE(kept.data(TimelineModel::DetailRole).toString().startsWith(u"USD 25.00"_s))
            << kept.data(TimelineModel::DetailRole).toString().toStdString();

    // The other paid order: cancelled with the refund recorded at once.
    view.showOrder(1002);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order()->number == 1002; }, 10000));
    view.setNextCancelAnswer(OrderDetailView::CancelAnswer{u"customer"_s, {}, CancelMoney::RecordRefund,
            OrderDetailView::RecordRefundAnswer{u"bank_transfer"_s, {}, u"RF-2"_s, {}}});
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.size() == 3; }, 10000));
    EXPECT_EQ(view.order()->refunded.minorUnits(), 2500);
    EXPECT_TRUE(view.paymentLabel()->text().startsWith(u"Refunded by Invoice"_s))
            << view.paymentLabel()->text().toStdString();
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"reference RF-2"_s));
}

TEST_F(OrderDetailViewTest, ACancelledUnpaidOrderShowsNoBalanceDue)
{
    ASSERT_TRUE(db.session().orders().cancel(u"1001"_s, CancelReason::Customer, {}));
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    const QString label = view.paymentLabel()->text();
    EXPECT_TRUE(label.contains(u"nothing is due"_s)) << label.toStdString();
    EXPECT_FALSE(label.contains(u"balance due"_s)) << label.toStdString();
    EXPECT_FALSE(view.recordRefundButton()->isEnabled());
    EXPECT_FALSE(view.keepCreditButton()->isEnabled());
}

// A card order paid through a Stripe-speaking server on loopback: the worker's session finds it
// through the same environment settings the app reads.
class CardOrderDetailViewTest : public ::testing::Test {
protected:
    CardOrderDetailViewTest() : stripe(server)
    {
        qputenv("SHIPSHAPE_STRIPE_API_BASE", server.baseUrl().toString().toUtf8());
        qputenv("SHIPSHAPE_STRIPE_SECRET_KEY", test::FakeStripe::kSecretKey);
        // Payment links are created by the view's worker, whose session runs on the system clock, as
        // FakeStripe does.
        qputenv("SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL", "https://shop.example/thanks");
        // Read as the app reads them at its start, and handed to the sessions (the test's and the worker's).
        db.session().setSecrets(test::loadSecrets());
    }
    ~CardOrderDetailViewTest() override
    {
        qunsetenv("SHIPSHAPE_STRIPE_API_BASE");
        qunsetenv("SHIPSHAPE_STRIPE_SECRET_KEY");
        qunsetenv("SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL");
    }

    void SetUp() override
    {
        NewProduct mug{u"MUG-1"_s, u"Mug"_s, u"12.50"_s, u"USD"_s, 10, 2};
        ASSERT_TRUE(db.session().inventory().addProduct(mug).has_value());
        PlaceOrderRequest request;
        request.customer = {{}, u"Ada Lovelace"_s, u"ada@example.com"_s};
        request.items = {OrderItemRequest{u"MUG-1"_s, 2, std::nullopt}};
        request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        request.paymentMethod = PaymentMethodType::Card;
        request.paymentToken = u"pm_card_visa"_s;
        auto placed = test::await(db.session().payments().placeOrder(request));
        ASSERT_TRUE(placed.has_value()) << placed.error().message.toStdString();
        ASSERT_EQ(placed->status, OrderStatus::Confirmed);
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    test::FakeStripe stripe;
};

TEST_F(CardOrderDetailViewTest, CancellingAPaidOrderRefundsItAndTheTimelineGrows)
{
    SessionWorker worker(db.url(), test::optionsWithSecrets());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_TRUE(view.paymentLabel()->text().startsWith(u"Paid by Card"_s)) << view.paymentLabel()->text().toStdString();
    const int before = view.timelineModel()->rowCount();
    ASSERT_TRUE(view.cancelButton()->isEnabled());

    view.setNextCancelAnswer(
            OrderDetailView::CancelAnswer{u"customer"_s, u"changed their mind"_s, CancelMoney::Refund, {}});
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 20000));

    EXPECT_EQ(view.order()->status, OrderStatus::Cancelled);
    EXPECT_EQ(view.order()->refunded.minorUnits(), 2500);
    EXPECT_EQ(stripe.refundedAmount(), 2500);
    EXPECT_TRUE(view.paymentLabel()->text().startsWith(u"Refunded by Card"_s))
            << view.paymentLabel()->text().toStdString();
    ASSERT_GT(view.timelineModel()->rowCount(), before);
    QStringList titles;
    for (int row = before; row < view.timelineModel()->rowCount(); ++row)
        titles << view.timelineModel()->index(row, 0).data(TimelineModel::TitleRole).toString();
    EXPECT_TRUE(titles.contains(u"Cancelled"_s)) << titles.join(u", "_s).toStdString();
    EXPECT_TRUE(titles.contains(u"Refunded"_s)) << titles.join(u", "_s).toStdString();
    EXPECT_FALSE(view.refundButton()->isEnabled()); // nothing left to refund
}

TEST_F(CardOrderDetailViewTest, ARefundInFlightCountsAgainstWhatTheDetailOffersToRefund)
{
    const Currency usd = *Currency::fromCode(u"USD"_s);
    // Started elsewhere and not answered yet (another desktop is talking to Stripe right now).
    ASSERT_TRUE(db.session().orders().startRefund(u"1001"_s, Money(1000, usd), u"requested_by_customer"_s));
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    ASSERT_TRUE(view.refundButton()->isEnabled());
    EXPECT_EQ(view.refundButton()->toolTip(), u"Refund a card payment through Stripe"_s);
    // Shipping asks for a confirmed order, which this one is; a pending one would say why not.
    EXPECT_TRUE(view.shipButton()->isEnabled());

    // The dialog offers what is left once the refund in flight is counted, as core would allow it.
    QString offered;
    QString upTo;
    QTimer answerer;
    answerer.setInterval(10);
    QObject::connect(&answerer, &QTimer::timeout, &view, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answerer.stop();
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Amount to refund"_s)
                offered = edit->text();
        }
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().startsWith(u"Amount (up to"_s))
                upTo = label->text();
        }
        dialog->reject();
    });
    answerer.start();
    QTest::mouseClick(view.refundButton(), Qt::LeftButton);
    EXPECT_EQ(offered, u"15.00"_s);
    EXPECT_EQ(upTo, u"Amount (up to USD 15.00):"_s);
    EXPECT_EQ(stripe.refundsCreated(), 0);

    // The rest is being refunded too: nothing is left, and the button says so.
    ASSERT_TRUE(db.session().orders().startRefund(u"1001"_s, Money(1500, usd), u"requested_by_customer"_s));
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order()->paymentAttempts.size() == 3; }, 10000));
    EXPECT_FALSE(view.refundButton()->isEnabled());
    EXPECT_EQ(view.refundButton()->toolTip(), u"Order 1001 has nothing left to refund (refunds in progress count)."_s);
    EXPECT_FALSE(view.recordRefundButton()->isEnabled());
    EXPECT_EQ(view.recordRefundButton()->toolTip(),
            u"Order 1001 was paid by card: refund it through the card provider."_s);
}

TEST_F(OrderDetailViewTest, ADisabledActionSaysWhyInItsTooltip)
{
    SessionWorker worker(db.url());
    OrderDetailView view(worker);
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_FALSE(view.shipButton()->isEnabled());
    EXPECT_EQ(view.shipButton()->toolTip(), u"Order 1001 is pending; only a confirmed order ships."_s);
    EXPECT_FALSE(view.deliverButton()->isEnabled());
    EXPECT_EQ(view.deliverButton()->toolTip(), u"Order 1001 is pending; only a shipped order is delivered."_s);
    EXPECT_FALSE(view.sendPaymentLinkButton()->isEnabled());
    EXPECT_EQ(view.sendPaymentLinkButton()->toolTip(),
            u"Order 1001 is paid by invoice; payment links are for card payments."_s);
    EXPECT_TRUE(view.markPaidButton()->isEnabled());
    EXPECT_TRUE(view.modifyButton()->isEnabled());
    EXPECT_EQ(view.modifyButton()->toolTip(),
            u"Change lines, prices, discounts, shipping or the address, with a preview of the new total and what it "
            "settles"_s);

    // A login that may only add notes sees the lifecycle actions go, and the note stays.
    Permissions notes;
    notes.addNotes = true;
    view.setPermissions(notes);
    EXPECT_TRUE(view.shipButton()->isHidden());
    EXPECT_TRUE(view.cancelButton()->isHidden());
    EXPECT_TRUE(view.markPaidButton()->isHidden());
    EXPECT_FALSE(view.noteButton()->isHidden());
    EXPECT_TRUE(view.noteButton()->isEnabled());
}

TEST_F(CardOrderDetailViewTest, PartialRefundByAmount)
{
    SessionWorker worker(db.url(), test::optionsWithSecrets());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    view.show();
    view.showOrder(1001);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    ASSERT_TRUE(view.refundButton()->isEnabled());

    // More than was paid: core refuses and the amount typed is kept.
    QSignalSpy failed(&view, &OrderDetailView::actionFailed);
    view.setNextRefundAnswer(OrderDetailView::RefundAnswer{u"30.00"_s});
    QTest::mouseClick(view.refundButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 20000));
    EXPECT_EQ(view.refundDraft(), u"30.00"_s);
    EXPECT_EQ(stripe.refundedAmount(), 0);

    view.setNextRefundAnswer(OrderDetailView::RefundAnswer{u"12.50"_s});
    QSignalSpy changed(&view, &OrderDetailView::orderChanged);
    QTest::mouseClick(view.refundButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 20000));
    EXPECT_EQ(view.order()->refunded.minorUnits(), 1250);
    EXPECT_EQ(view.order()->status, OrderStatus::Confirmed);
    EXPECT_EQ(stripe.refundedAmount(), 1250);
    EXPECT_TRUE(view.refundDraft().isEmpty());
}

TEST_F(CardOrderDetailViewTest, ThePaymentLinkIsShownSentAgainWhenItFailedAndPaid)
{
    PlaceOrderRequest request;
    request.customer = {{}, u"Grace Hopper"_s, u"grace@example.com"_s};
    request.items = {OrderItemRequest{u"MUG-1"_s, 1, std::nullopt}};
    request.shippingAddress = Address{u"1 Main St"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
    request.paymentMethod = PaymentMethodType::Card;
    request.paymentLink = true;
    // Stripe refuses the first link: the order waits, and the detail offers to send one again.
    stripe.injectFaults({test::FakeStripe::Fault::InvalidRequestBefore});
    ASSERT_FALSE(test::await(db.session().payments().placeOrder(request)));

    SessionWorker worker(db.url(), test::optionsWithSecrets());
    OrderDetailView view(worker);
    view.setConfirmAutomatically(true);
    view.show();
    view.showOrder(1002);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order().has_value(); }, 10000));
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"could not be created"_s))
            << view.paymentLabel()->text().toStdString();
    ASSERT_TRUE(view.sendPaymentLinkButton()->isEnabled());

    QSignalSpy sent(&view, &OrderDetailView::actionSucceeded);
    QTest::mouseClick(view.sendPaymentLinkButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sent.isEmpty(); }, 20000));
    EXPECT_TRUE(sent.first().at(0).toString().contains(u"grace@example.com"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order()->livePaymentLink().has_value(); }, 10000));
    const PaymentLink link = *view.order()->livePaymentLink();
    const QString label = view.paymentLabel()->text();
    EXPECT_TRUE(label.contains(u"Payment link for USD 12.50 sent to grace@example.com"_s)) << label.toStdString();
    EXPECT_TRUE(label.contains(link.url)) << label.toStdString();
    EXPECT_FALSE(view.sendPaymentLinkButton()->isEnabled()); // one live link at a time
    EXPECT_EQ(stripe.sessionsCreated(), 1);
    QStringList titles;
    for (int row = 0; row < view.timelineModel()->rowCount(); ++row)
        titles << view.timelineModel()->index(row, 0).data(TimelineModel::TitleRole).toString();
    EXPECT_TRUE(titles.contains(u"Payment link failed"_s)) << titles.join(u", "_s).toStdString();
    EXPECT_TRUE(titles.contains(u"Payment link sent"_s)) << titles.join(u", "_s).toStdString();

    // The customer pays; the worker round finds it.
    ASSERT_FALSE(stripe.completeSession(link.sessionId).isEmpty());
    ASSERT_TRUE(test::await(db.session().payments().reconcile()));
    view.showOrder(1002);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.order()->status == OrderStatus::Confirmed; }, 10000));
    EXPECT_TRUE(view.paymentLabel()->text().contains(u"Payment link for USD 12.50: paid"_s))
            << view.paymentLabel()->text().toStdString();
    EXPECT_TRUE(view.paymentLabel()->text().startsWith(u"Paid by Card"_s));
}

} // namespace
} // namespace shipshape
