#include "views/OutboxView.h"
#include "Helpers.h"
#include "ScriptedHttpServer.h"
#include "SendGridSigner.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/OutboxModel.h"
#include "net/HttpClient.h"
#include "notification/OutboxDispatcher.h"
#include "notification/SendGridSender.h"
#include "notification/SendGridWebhookEvents.h"
#include "views/EmptyStateOverlay.h"
#include "views/SafeTextBrowser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// Three orders' emails, sent through a scripted SendGrid: the first fails for good (400), the second
// is sent (202), the third waits for a retry (500). Newest first in the view: retry, sent, failed.
class OutboxViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isListening());
        test::addProduct(db.session(), u"SKU-1"_s, u"12.50"_s, 1000);
        const QList<QPair<QString, QString>> customers{qMakePair(u"ada@example.com"_s, u"Ada Lovelace"_s),
                qMakePair(u"grace@example.com"_s, u"Grace Hopper"_s),
                qMakePair(u"zoe@example.com"_s, u"Zoë <b>Müller</b>"_s)};
        for (const auto &[email, name] : customers) {
            auto placed = db.session().orders().place(test::placeRequest({{u"SKU-1"_s, 1}}, email, name));
            ASSERT_TRUE(placed) << placed.error().message.toStdString();
        }
        mail.apiBase = server.baseUrl();
        mail.timeout = std::chrono::milliseconds(2000);
        SendGridSender sender(http, db.clock(), mail, u"SG.test"_s);
        OutboxDispatcher dispatcher(db.session().notifications(), sender, db.clock(), {});
        server.enqueue(
                test::ScriptedHttpServer::Reply::json(400, R"({"errors":[{"message":"invalid from address"}]})"));
        server.enqueue(test::ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "msg-2"}}));
        server.enqueue(test::ScriptedHttpServer::Reply::respond(500));
        QSignalSpy done(&dispatcher, &OutboxDispatcher::finished);
        dispatcher.dispatchDue();
        ASSERT_TRUE(!done.isEmpty() || done.wait(10000));
    }

    static bool waitForLoad(OutboxModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() >= 0; }, 10000);
    }

    // Every job queued on the worker (and every job their answers queued, such as a preview) is answered.
    static bool waitUntilIdle(SessionWorker &worker)
    {
        return QTest::qWaitFor([&] { return worker.pendingJobs() == 0; }, 10000);
    }

    static QStringList statuses(const OutboxModel &model)
    {
        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys << model.index(row, OutboxModel::Status).data(OutboxModel::RawValueRole).toString();
        return keys;
    }

    test::TestDatabase db;
    test::ScriptedHttpServer server;
    QNetworkAccessManager manager;
    HttpClient http{&manager};
    MailSettings mail;
};

TEST_F(OutboxViewTest, ListsTheSeededEmailsWithTheirStatuses)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForLoad(*view.model()));
    OutboxModel &model = *view.model();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.totalCount(), 3);
    EXPECT_EQ(statuses(model), (QStringList{u"retry"_s, u"sent"_s, u"failed"_s}));
    EXPECT_EQ(model.index(2, OutboxModel::Status).data().toString(), u"Failed"_s);
    EXPECT_EQ(model.index(1, OutboxModel::Status).data().toString(), u"Sent"_s);
    EXPECT_EQ(model.index(0, OutboxModel::Status).data().toString(), u"Retrying"_s);
    EXPECT_EQ(model.index(2, OutboxModel::Order).data().toString(), u"#1001"_s);
    EXPECT_EQ(model.index(2, OutboxModel::Kind).data().toString(), u"Order placed"_s);
    EXPECT_EQ(model.index(2, OutboxModel::Recipient).data().toString(), u"ada@example.com"_s);
    EXPECT_EQ(model.index(2, OutboxModel::Attempts).data().toInt(), 1);
    EXPECT_TRUE(model.index(2, OutboxModel::LastError).data().toString().contains(u"invalid from address"_s));
    EXPECT_TRUE(model.index(2, OutboxModel::NextAttempt).data().toString().isEmpty()) << "failed: no next attempt";
    EXPECT_FALSE(model.index(0, OutboxModel::NextAttempt).data().toString().isEmpty());
    EXPECT_FALSE(model.index(1, OutboxModel::Sent).data().toString().isEmpty());
    EXPECT_TRUE(model.index(2, OutboxModel::Sent).data(OutboxModel::RawValueRole).isNull());

    // Filter by status.
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"failed"_s));
    ASSERT_TRUE(waitForLoad(model));
    EXPECT_EQ(statuses(model), QStringList{u"failed"_s});
    EXPECT_EQ(model.totalCount(), 1);
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QString()));
    ASSERT_TRUE(waitForLoad(model));
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(OutboxViewTest, RetryNowMovesAFailedEmailBackToWaitingInPlace)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    ASSERT_TRUE(waitForLoad(*view.model()));
    OutboxModel &model = *view.model();

    // Selected as a click would, whatever keyboard modifiers an earlier test left pressed (selectRow reads them).
    const auto selectOnly = [&](int row) {
        view.table()->selectionModel()->select(
                model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    selectOnly(1); // sent: nothing to retry
    EXPECT_FALSE(view.retryButton()->isEnabled());
    EXPECT_TRUE(view.resendButton()->isEnabled());
    selectOnly(2);
    ASSERT_TRUE(view.retryButton()->isEnabled());
    EXPECT_FALSE(view.resendButton()->isEnabled());

    QSignalSpy reset(&model, &OutboxModel::modelReset);
    QSignalSpy changed(&model, &OutboxModel::dataChanged);
    QSignalSpy finished(&view, &OutboxView::actionFinished);
    QTest::mouseClick(view.retryButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 10000));
    EXPECT_TRUE(reset.isEmpty()) << "one row changed: no reset";
    EXPECT_EQ(model.index(2, OutboxModel::Status).data(OutboxModel::RawValueRole).toString(), u"pending"_s);
    EXPECT_EQ(model.index(2, OutboxModel::Status).data().toString(), u"Waiting"_s);
    const qint64 id = model.index(2, OutboxModel::Id).data(OutboxModel::EntryIdRole).toLongLong();
    auto stored = db.session().notifications().find(id);
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_EQ((*stored)->status, OutboxStatus::Pending);
    EXPECT_EQ((*stored)->roundAttempts, 0);
    EXPECT_FALSE(view.retryButton()->isEnabled()) << "a waiting email cannot be retried again";
}

TEST_F(OutboxViewTest, RetryNowSendsAnEmailWaitingAfterAnOutageAtTheNextRound)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    ASSERT_TRUE(waitForLoad(*view.model()));
    OutboxModel &model = *view.model();
    ASSERT_EQ(model.index(0, OutboxModel::Status).data(OutboxModel::RawValueRole).toString(), u"retry"_s);
    const qint64 id = model.index(0, OutboxModel::Id).data(OutboxModel::EntryIdRole).toLongLong();
    const OutboxEntry before = **db.session().notifications().find(id);

    // The waiting email and the sent one: Retry now is offered for the waiting one and touches only it.
    view.table()->selectionModel()->select(
            QItemSelection(model.index(0, 0), model.index(1, OutboxModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
    ASSERT_TRUE(view.retryButton()->isEnabled());
    QSignalSpy finished(&view, &OutboxView::actionFinished);
    QSignalSpy failed(&view, &OutboxView::actionFailed);
    QTest::mouseClick(view.retryButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(failed.isEmpty()) << failed.value(0).value(0).toString().toStdString();
    EXPECT_EQ(finished.first().at(0).toString(), u"1 email(s) will be sent at the next opportunity."_s);

    const OutboxEntry after = **db.session().notifications().find(id);
    EXPECT_EQ(after.status, OutboxStatus::Retry) << "still the same round of attempts";
    EXPECT_EQ(after.roundAttempts, before.roundAttempts);
    EXPECT_EQ(after.attempts, before.attempts);
    EXPECT_NE(after.nextAttemptAt, before.nextAttemptAt);
    EXPECT_EQ(after.nextAttemptAt, after.updatedAt) << "due from the moment staff asked";
    const OutboxEntry sent = **db.session().notifications().find(
            model.index(1, OutboxModel::Id).data(OutboxModel::EntryIdRole).toLongLong());
    EXPECT_EQ(sent.status, OutboxStatus::Sent) << "a sent email is not retried";
    ASSERT_TRUE(waitUntilIdle(worker));
    EXPECT_EQ(
            model.index(0, OutboxModel::NextAttempt).data(OutboxModel::RawValueRole).toDateTime(), after.nextAttemptAt)
            << "the row shows the new next attempt in place";
}

TEST_F(OutboxViewTest, AnEmptyListSaysWhyAndOffersTheWayBack)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    view.resize(1000, 600);
    view.show();
    OutboxModel &model = *view.model();
    ASSERT_TRUE(waitForLoad(model));
    EXPECT_FALSE(view.emptyState()->isVisible()) << "three emails are listed";

    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(u"sending"_s));
    ASSERT_TRUE(waitForLoad(model));
    ASSERT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(view.emptyState()->isVisible());
    EXPECT_EQ(view.emptyState()->message(), u"No emails with status “Sending”."_s);
    QPushButton *showAll = view.emptyState()->actionButton(u"Show all emails"_s);
    ASSERT_NE(showAll, nullptr);
    EXPECT_TRUE(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    EXPECT_EQ(view.statusFilter()->currentIndex(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 3; }, 10000));
    EXPECT_FALSE(view.emptyState()->isVisible());
}

TEST(OutboxViewEmptyTest, AnOutboxWithoutEmailsSaysWhenThereWillBeSome)
{
    test::TestDatabase db;
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    view.resize(1000, 600);
    view.show();
    EXPECT_FALSE(view.emptyState()->isVisible()) << "nothing is said before the outbox was counted";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.model()->isLoading() && view.model()->totalCount() == 0; }, 10000));
    EXPECT_TRUE(view.emptyState()->isVisible());
    EXPECT_EQ(view.emptyState()->message(), u"No customer emails yet."_s);
    EXPECT_FALSE(view.emptyState()->hint().isEmpty());
    EXPECT_TRUE(view.emptyState()->actionButtons().isEmpty());
}

TEST_F(OutboxViewTest, SendAgainQueuesACopyAtTheTop)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    view.setConfirmAutomatically(true);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    ASSERT_TRUE(waitForLoad(*view.model()));
    OutboxModel &model = *view.model();
    view.table()->selectRow(1);
    QSignalSpy inserted(&model, &OutboxModel::rowsInserted);
    QTest::mouseClick(view.resendButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 4; }, 10000));
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(model.index(0, OutboxModel::Status).data(OutboxModel::RawValueRole).toString(), u"pending"_s);
    EXPECT_EQ(model.index(0, OutboxModel::Order).data(OutboxModel::RawValueRole).toLongLong(), 1002);
    EXPECT_EQ(model.totalCount(), 4);
}

TEST_F(OutboxViewTest, PreviewShowsTheStoredEmailSafely)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    view.show();
    ASSERT_TRUE(waitForLoad(*view.model()));
    QSignalSpy shown(&view, &OutboxView::previewShown);
    view.table()->setCurrentIndex(view.model()->index(0, OutboxModel::Order)); // order 1003, Zoë <b>Müller</b>
    ASSERT_TRUE(shown.wait(10000));
    const qint64 id = view.model()->index(0, OutboxModel::Id).data(OutboxModel::EntryIdRole).toLongLong();
    const auto entry = **db.session().notifications().find(id);
    EXPECT_EQ(view.previewSubject()->text(), entry.subject);
    EXPECT_TRUE(entry.subject.contains(u"1003"_s)) << entry.subject.toStdString();
    const QString shownText = view.preview()->toPlainText();
    EXPECT_TRUE(shownText.contains(u"Zoë <b>Müller</b>"_s)) << "people's markup is shown as text, not applied";
    EXPECT_TRUE(shownText.contains(u"1003"_s));

    // The browser loads nothing an email asks for: no local files, no remote images.
    SafeTextBrowser browser;
    browser.setHtml(u"<p>hi</p><img src=\"file:///etc/hostname\"><img src=\"https://tracker.example/p.gif\">"_s);
    browser.resize(400, 300);
    browser.grab();
    EXPECT_GE(browser.refusedResources(), 2);
    EXPECT_TRUE(browser.loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/hostname"_s)).isNull());
}

TEST_F(OutboxViewTest, ChangesMadeElsewhereRefreshTheRowsOnScreenInPlace)
{
    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    OutboxModel &model = *view.model();
    ASSERT_TRUE(waitForLoad(model));
    QSignalSpy shown(&view, &OutboxView::previewShown);
    view.table()->setCurrentIndex(model.index(2, OutboxModel::Status)); // the failed email
    ASSERT_TRUE(shown.wait(10000));
    shown.clear();

    // Another desktop (here: the test's own session) retries it and places an order.
    const qint64 failedId = model.index(2, OutboxModel::Id).data(OutboxModel::EntryIdRole).toLongLong();
    ASSERT_TRUE(db.session().notifications().retry(failedId));
    ASSERT_TRUE(db.session().orders().place(test::placeRequest({{u"SKU-1"_s, 1}}, u"new@example.com"_s)));
    QSignalSpy reset(&model, &OutboxModel::modelReset);
    view.refreshVisible();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 4 && !model.isLoading(); }, 10000));
    EXPECT_TRUE(reset.isEmpty());
    EXPECT_EQ(model.index(3, OutboxModel::Status).data(OutboxModel::RawValueRole).toString(), u"pending"_s);
    EXPECT_EQ(model.index(0, OutboxModel::Recipient).data().toString(), u"new@example.com"_s);
    EXPECT_EQ(view.table()->currentIndex().row(), 3) << "the selection follows its email";
    ASSERT_TRUE(!shown.isEmpty() || shown.wait(10000)) << "the previewed email changed, so it is shown again";

    // Polling with nothing changed leaves the preview alone. A changed row would queue a preview while its
    // answer is handled, so once the worker is idle every preview the poll caused has been shown.
    ASSERT_TRUE(waitUntilIdle(worker));
    shown.clear();
    QSignalSpy changed(&model, &OutboxModel::dataChanged);
    view.refreshVisible();
    ASSERT_TRUE(model.isLoading()) << "the poll went to the worker";
    ASSERT_TRUE(waitUntilIdle(worker));
    EXPECT_FALSE(model.isLoading());
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_TRUE(shown.isEmpty());
}

TEST_F(OutboxViewTest, PagesThroughALargeOutbox)
{
    for (int i = 0; i < OutboxModel::kPageSize + 7; ++i)
        ASSERT_TRUE(db.session().orders().place(test::placeRequest({{u"SKU-1"_s, 1}})));
    SessionWorker worker(db.url());
    OutboxModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForLoad(model));
    const int total = OutboxModel::kPageSize + 10;
    EXPECT_EQ(model.totalCount(), total);
    if (model.rowCount() < total) { // the tester may already have fetched the next page
        EXPECT_EQ(model.rowCount(), OutboxModel::kPageSize);
        ASSERT_TRUE(model.canFetchMore({}));
        model.fetchMore({});
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == total; }, 10000));
    }
    EXPECT_FALSE(model.canFetchMore({}));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, OutboxModel::Id).data(OutboxModel::EntryIdRole).toLongLong();
        ASSERT_LT(id, previous) << "newest first, no row twice, row " << row;
        previous = id;
    }

    // An email queued elsewhere appears at the top without a reset.
    QSignalSpy reset(&model, &OutboxModel::modelReset);
    ASSERT_TRUE(db.session().orders().place(test::placeRequest({{u"SKU-1"_s, 1}})));
    model.checkForNew();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == total + 1; }, 10000));
    EXPECT_TRUE(reset.isEmpty());
    EXPECT_EQ(model.index(0, OutboxModel::Order).data(OutboxModel::RawValueRole).toLongLong(), 1001 + total);
}

TEST_F(OutboxViewTest, ShowsWhatSendGridReportedAndFiltersByIt)
{
    // SendGrid's Event Webhook reports that the sent email (msg-2) bounced.
    test::SendGridSigner signer;
    const QByteArray body = test::sendgrid_events::batch(QJsonArray{test::sendgrid_events::event(u"ui-bounce"_s,
            u"bounce"_s, u"msg-2"_s, db.clock().now().toSecsSinceEpoch() - 60, u"550 5.2.2 mailbox full"_s)});
    const QByteArray t = QByteArray::number(db.clock().now().toSecsSinceEpoch());
    SendGridWebhookEvents webhook(db.session().database(), db.session().notifications(), db.clock());
    auto received = webhook.receive(signer.sign(t, body), t, body, signer.publicKeyBase64());
    ASSERT_TRUE(received && received->count(SendGridEventReceipt::Outcome::Applied) == 1);

    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    ASSERT_TRUE(waitForLoad(*view.model()));
    OutboxModel &model = *view.model();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(OutboxModel::Delivery, Qt::Horizontal).toString(), u"Delivery"_s);
    EXPECT_EQ(model.index(1, OutboxModel::Status).data().toString(), u"Sent"_s) << "it was sent";
    EXPECT_EQ(model.index(1, OutboxModel::Delivery).data().toString(), u"Bounced: 550 5.2.2 mailbox full"_s);
    EXPECT_EQ(model.index(1, OutboxModel::Delivery).data(OutboxModel::RawValueRole).toString(), u"bounced"_s);
    EXPECT_TRUE(model.index(1, OutboxModel::Delivery).data(Qt::ForegroundRole).isValid()) << "shown as a problem";
    EXPECT_TRUE(model.index(1, OutboxModel::Delivery).data(Qt::ToolTipRole).toString().contains(u"SendGrid"_s));
    EXPECT_TRUE(model.index(0, OutboxModel::Delivery).data().toString().isEmpty()) << "nothing reported";

    view.deliveryFilter()->setCurrentIndex(view.deliveryFilter()->findData(u"bounced"_s));
    ASSERT_TRUE(waitForLoad(model));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.totalCount(), 1);
    EXPECT_EQ(model.index(0, OutboxModel::Delivery).data(OutboxModel::DeliveryKeyRole).toString(), u"bounced"_s);

    view.deliveryFilter()->setCurrentIndex(view.deliveryFilter()->findData(u"delivered"_s));
    ASSERT_TRUE(waitForLoad(model));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(view.emptyState()->message(), u"No emails SendGrid reported as “Delivered”."_s);
    QPushButton *showAll = view.emptyState()->actionButton(u"Show all emails"_s);
    ASSERT_NE(showAll, nullptr);
    QTest::mouseClick(showAll, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 3; }, 10000));
    EXPECT_EQ(view.deliveryFilter()->currentIndex(), 0);
}

} // namespace
} // namespace shipshape
