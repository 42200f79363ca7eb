// The Settings page's webhooks: endpoints added through the form (core refusing a bad URL or no events, naming the
// field, writing nothing), the secret shown once, a signed test ping to a loopback receiver that verifies it, and
// removal — database work on the panel's worker, the ping asynchronous, the model checked by
// QAbstractItemModelTester.
#include "views/WebhooksPanel.h"

#include "views/OutboxView.h"
#include "views/WebhookDeliveriesPanel.h"

#include "FakeWebhookReceiver.h"
#include "Helpers.h"
#include "TestDatabase.h"
#include "background/SessionWorker.h"
#include "models/WebhookDeliveryModel.h"
#include "models/WebhookEndpointModel.h"
#include "notification/WebhookEndpoints.h"
#include "notification/WebhookOutbox.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr const char *kSecret = "whsec_gui_test_secret_0123456789";

class WebhooksPanelTest : public ::testing::Test {
protected:
    void TearDown() override { qunsetenv("SHIPSHAPE_WEBHOOK_SECRET_1"); }

    static SecretStore::Options isolatedKeychain()
    {
        // A keychain service of the test's own, should the machine have one; never the user's entries.
        SecretStore::Options options;
        options.service = u"ShipshapeTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        options.timeout = std::chrono::seconds(3);
        return options;
    }

    static void type(WebhooksPanel &panel, const QString &name, const QString &text)
    {
        auto *edit = panel.findChild<QLineEdit *>(name);
        ASSERT_NE(edit, nullptr) << name.toStdString();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void click(WebhooksPanel &panel, const QString &name)
    {
        auto *button = panel.findChild<QPushButton *>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(button->isEnabled()) << name.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    qint64 endpointsInDatabase()
    {
        return test::scalar(db.session().database(), u"SELECT COUNT(*) FROM webhook_endpoints"_s);
    }

    test::TestDatabase db;
    test::FakeWebhookReceiver receiver{QByteArray(kSecret)};
};

TEST_F(WebhooksPanelTest, EndpointsAreAddedTestedAndRemovedThroughTheForm)
{
    SessionWorker worker(db.url());
    QNetworkAccessManager network;
    WebhooksPanel panel(worker, network, isolatedKeychain());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy updated(&panel, &WebhooksPanel::updated);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_EQ(panel.statusText(), u"No webhook endpoints: events are not sent anywhere."_s);

    // Plain http to another computer: core's message, naming the value, and nothing written.
    type(panel, u"webhookUrl"_s, u"http://erp.example.com/hooks"_s);
    panel.findChild<QCheckBox *>(u"webhookEvent_order.created"_s)->setChecked(true);
    click(panel, u"webhookAdd"_s);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_TRUE(panel.statusText().contains(u"https"_s)) << panel.statusText().toStdString();
    EXPECT_TRUE(panel.shownSecret().isEmpty());
    EXPECT_EQ(endpointsInDatabase(), 0);

    // No event ticked.
    QUrl url = receiver.server.baseUrl();
    url.setPath(u"/hooks"_s);
    type(panel, u"webhookUrl"_s, url.toString());
    panel.findChild<QCheckBox *>(u"webhookEvent_order.created"_s)->setChecked(false);
    click(panel, u"webhookAdd"_s);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(panel.statusText(), u"Name at least one event."_s);
    EXPECT_EQ(endpointsInDatabase(), 0);

    panel.findChild<QCheckBox *>(u"webhookEvent_order.created"_s)->setChecked(true);
    panel.findChild<QCheckBox *>(u"webhookEvent_stock.low"_s)->setChecked(true);
    click(panel, u"webhookAdd"_s);
    ASSERT_TRUE(updated.wait(10000));
    ASSERT_EQ(panel.model()->rowCount(), 1) << panel.statusText().toStdString();
    EXPECT_EQ(panel.model()->index(0, WebhookEndpointModel::Url).data().toString(), url.toString());
    EXPECT_EQ(panel.model()->index(0, WebhookEndpointModel::Events).data().toString(), u"order.created, stock.low"_s);
    EXPECT_EQ(panel.model()
                      ->index(0, WebhookEndpointModel::Events)
                      .data(WebhookEndpointModel::RawValueRole)
                      .toStringList(),
            (QStringList{u"order.created"_s, u"stock.low"_s}));
    EXPECT_EQ(
            panel.model()->index(0, WebhookEndpointModel::Id).data(WebhookEndpointModel::RawValueRole).toLongLong(), 1);
    EXPECT_TRUE(panel.shownSecret().startsWith(u"whsec_"_s)) << "shown once, for the receiver";
    EXPECT_TRUE(panel.statusText().startsWith(u"Endpoint 1 added"_s)) << panel.statusText().toStdString();
    EXPECT_EQ(endpointsInDatabase(), 1);
    EXPECT_EQ(
            test::scalar(db.session().database(), u"SELECT COUNT(*) FROM webhook_endpoints WHERE url LIKE '%whsec%'"_s),
            0);

    // The test ping, signed with the secret the worker would use (here from the environment), verified by the
    // receiver; the panel shows the answer and its duration.
    qputenv("SHIPSHAPE_WEBHOOK_SECRET_1", kSecret);
    panel.findChild<QTableView *>(u"webhookTable"_s)->selectRow(0);
    click(panel, u"webhookTest"_s);
    EXPECT_TRUE(panel.shownSecret().isEmpty()) << "the secret is gone after the next action";
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_TRUE(panel.statusText().startsWith(u"Endpoint 1 answered HTTP 200 in "_s))
            << panel.statusText().toStdString();
    ASSERT_EQ(receiver.server.requests().size(), 1);
    EXPECT_EQ(receiver.allViolations(), QStringList());
    EXPECT_EQ(receiver.bodies().constFirst().value(u"type"_s).toString(), u"ping"_s);

    // A receiver that is gone: the panel says so, with its answer.
    receiver.server.enqueue(test::ScriptedHttpServer::Reply::respond(410, "gone"));
    click(panel, u"webhookTest"_s);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_TRUE(panel.statusText().contains(u"HTTP 410"_s)) << panel.statusText().toStdString();

    click(panel, u"webhookRemove"_s);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    EXPECT_TRUE(panel.statusText().startsWith(u"Endpoint 1 removed"_s)) << panel.statusText().toStdString();
    auto listed = WebhookEndpoints(db.session().database(), db.session().clock()).list();
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->isEmpty());
}

// The Outbox page's Kind filter shows the webhook deliveries, and Retry now queues a failed one again.
TEST_F(WebhooksPanelTest, TheOutboxPageListsAndRetriesWebhookDeliveries)
{
    Session &session = db.session();
    ASSERT_TRUE(WebhookEndpoints(session.database(), session.clock())
                        .add(u"https://erp.example.com/hooks"_s, {WebhookEventType::OrderCreated}));
    test::addProduct(session, u"SKU-1"_s, u"12.50"_s, 10);
    auto order = session.orders().place(test::placeRequest({{u"SKU-1"_s, 1}}));
    ASSERT_TRUE(order);
    WebhookOutbox outbox(session.database(), session.clock());
    auto claimed = outbox.claimNext(u"test"_s, session.clock().now().addSecs(60));
    ASSERT_TRUE(claimed && claimed->has_value());
    ASSERT_TRUE(outbox.recordFailed(**claimed, u"test"_s,
            WebhookAttempt{session.clock().now(), 410, 5, u"failed"_s, u"the endpoint answered HTTP 410"_s}));

    SessionWorker worker(db.url());
    OutboxView view(worker);
    view.setPollInterval(std::chrono::milliseconds(0));
    WebhookDeliveriesPanel *panel = view.webhooks();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy updated(panel, &WebhookDeliveriesPanel::updated);
    view.kindFilter()->setCurrentIndex(1);
    ASSERT_TRUE(updated.wait(10000));
    ASSERT_EQ(panel->model()->rowCount(), 1);
    const auto cell = [&](WebhookDeliveryModel::Column column, int role = Qt::DisplayRole) {
        return panel->model()->index(0, column).data(role);
    };
    EXPECT_EQ(cell(WebhookDeliveryModel::Status, WebhookDeliveryModel::RawValueRole).toString(), u"failed"_s);
    EXPECT_EQ(cell(WebhookDeliveryModel::Event).toString(), u"order.created"_s);
    EXPECT_EQ(cell(WebhookDeliveryModel::Order, WebhookDeliveryModel::RawValueRole).toLongLong(), order->number);
    EXPECT_EQ(cell(WebhookDeliveryModel::HttpStatus).toString(), u"410"_s);
    EXPECT_EQ(cell(WebhookDeliveryModel::LastError).toString(), u"the endpoint answered HTTP 410"_s);

    EXPECT_FALSE(panel->retryButton()->isEnabled()) << "nothing selected";
    panel->table()->selectRow(0);
    ASSERT_TRUE(panel->retryButton()->isEnabled());
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(updated.wait(10000));
    EXPECT_EQ(cell(WebhookDeliveryModel::Status, WebhookDeliveryModel::RawValueRole).toString(), u"pending"_s);
    auto stored = outbox.find((*claimed)->id);
    ASSERT_TRUE(stored && stored->has_value());
    EXPECT_EQ((*stored)->status, OutboxStatus::Pending);
}

} // namespace
} // namespace shipshape
