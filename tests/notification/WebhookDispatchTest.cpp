// Outbound webhooks end to end: queued in the transaction of the change they report, sent from the webhook outbox
// through the real WebhookSender to FakeWebhookReceiver on loopback, which verifies each signature with its own
// HMAC and injects faults. Runs on SQLite and, with SHIPSHAPE_TEST_DATABASE=postgresql, on PostgreSQL.
#include "FakeWebhookReceiver.h"
#include "NotificationFixture.h"

#include "inventory/InventoryService.h"
#include "notification/WebhookDispatcher.h"
#include "notification/WebhookEndpoints.h"
#include "notification/WebhookOutbox.h"
#include "notification/WebhookSignature.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

constexpr const char *kSecret = "whsec_test_0123456789abcdef";

class WebhookDispatchTest : public NotificationFixture {
protected:
    void SetUp() override
    {
        NotificationFixture::SetUp();
        ASSERT_TRUE(receiver.server.isListening());
        SecretStore::Options environmentOnly;
        environmentOnly.useKeychain = false;
        webhookSender = std::make_unique<WebhookSender>(
                http, db.clock(), SecretStore(environmentOnly), std::chrono::milliseconds(300));
        WebhookDispatcher::Settings settings;
        settings.jitterSeed = 7;
        settings.retry.maxAttempts = maxAttempts;
        webhooks = std::make_unique<WebhookDispatcher>(outbox(), *webhookSender, db.clock(), settings);
    }

    void TearDown() override
    {
        for (const QByteArray &name : std::as_const(environment))
            qunsetenv(name.constData());
    }

    WebhookOutbox outbox() { return WebhookOutbox(db.session().database(), db.clock()); }
    WebhookEndpoints endpoints() { return WebhookEndpoints(db.session().database(), db.clock()); }

    // An endpoint at the receiver for `events`, its secret in the environment as for a headless worker.
    qint64 addEndpoint(const QString &events, const QString &path = u"/hooks"_s)
    {
        auto types = WebhookEventTypes::parseList(u"events"_s, events);
        EXPECT_TRUE(types.has_value());
        QUrl url = receiver.server.baseUrl();
        url.setPath(path);
        auto endpoint = endpoints().add(url.toString(), types ? *types : QList<WebhookEventType>{});
        EXPECT_TRUE(endpoint.has_value()) << (endpoint ? std::string() : endpoint.error().message.toStdString());
        if (!endpoint)
            return 0;
        const QByteArray variable = SecretStore::environmentVariableFor(WebhookEndpoints::secretName(endpoint->id));
        qputenv(variable.constData(), kSecret);
        environment << variable;
        return endpoint->id;
    }

    QList<WebhookDelivery> deliveries()
    {
        auto all = outbox().list(std::nullopt);
        EXPECT_TRUE(all.has_value());
        return all ? *all : QList<WebhookDelivery>{};
    }

    WebhookDelivery onlyDelivery()
    {
        const auto all = deliveries();
        EXPECT_EQ(all.size(), 1);
        return all.isEmpty() ? WebhookDelivery{} : all.constFirst();
    }

    QStringList types()
    {
        QStringList result;
        const auto all = deliveries();
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            result << WebhookEventTypes::key(it->type);
        return result;
    }

    void deliverOnce()
    {
        QSignalSpy done(webhooks.get(), &WebhookDispatcher::finished);
        webhooks->dispatchDue();
        if (done.isEmpty()) {
            ASSERT_TRUE(done.wait(5000)) << "webhook round did not finish";
        }
    }

    qint64 count(const QString &sql) { return scalar(db.session().database(), sql); }

    FakeWebhookReceiver receiver{QByteArray(kSecret)};
    std::unique_ptr<WebhookSender> webhookSender;
    std::unique_ptr<WebhookDispatcher> webhooks;
    QList<QByteArray> environment;
};

TEST_F(WebhookDispatchTest, APlacedOrderQueuesOneDeliveryPerSubscribedEndpoint)
{
    const qint64 orders = addEndpoint(u"order.created,order.status_changed"_s);
    addEndpoint(u"stock.low"_s, u"/stock"_s);
    const Order order = place();

    const WebhookDelivery queued = onlyDelivery();
    EXPECT_EQ(queued.endpointId, orders);
    EXPECT_EQ(queued.type, WebhookEventType::OrderCreated);
    EXPECT_EQ(queued.orderNumber, order.number);
    EXPECT_EQ(queued.status, OutboxStatus::Pending);
    EXPECT_EQ(queued.nextAttemptAt, db.clock().now());
    auto stored = outbox().find(queued.id);
    ASSERT_TRUE(stored && stored->has_value());
    const QJsonObject body = QJsonDocument::fromJson((*stored)->payload).object();
    EXPECT_EQ(body.value(u"id"_s).toString(), queued.eventId);
    EXPECT_EQ(body.value(u"type"_s).toString(), u"order.created"_s);
    EXPECT_EQ(body.value(u"created"_s).toString(), db.clock().now().toString(Qt::ISODateWithMs));
    const QJsonObject data = body.value(u"data"_s).toObject();
    EXPECT_EQ(data.value(u"orderId"_s).toString(), order.id);
    EXPECT_EQ(data.value(u"number"_s).toInteger(), order.number);
    EXPECT_EQ(data.value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(data.value(u"totalMinor"_s).toInteger(), order.total.minorUnits());
    EXPECT_EQ(data.value(u"currency"_s).toString(), order.total.currency().code());
}

TEST_F(WebhookDispatchTest, ARolledBackChangeQueuesNothing)
{
    addEndpoint(u"order.created,order.status_changed,order.refunded,stock.low"_s);
    {
        auto unit = UnitOfWork::begin(db.session().database());
        ASSERT_TRUE(unit.has_value());
        place();
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM webhook_deliveries"_s), 1) << "queued inside the transaction";
        // The unit ends without commit: the order and its webhook go together.
    }
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM webhook_deliveries"_s), 0);
    EXPECT_EQ(orderCount(db.session()), 0);

    const Order order = place();
    // An illegal transition rolls back, webhook and all.
    EXPECT_FALSE(db.session().orders().deliver(QString::number(order.number)));
    EXPECT_EQ(types(), QStringList{u"order.created"_s});
}

TEST_F(WebhookDispatchTest, ADeliveryIsSignedSoAReceiverCanVerifyIt)
{
    addEndpoint(u"order.created"_s);
    place();
    const WebhookDelivery queued = onlyDelivery();
    deliverOnce();

    ASSERT_EQ(receiver.server.requests().size(), 1);
    EXPECT_EQ(receiver.allViolations(), QStringList());
    const auto &request = receiver.server.requests().constFirst();
    EXPECT_EQ(request.path, "/hooks");
    EXPECT_EQ(request.header("Shipshape-Event-Id"), queued.eventId.toLatin1());
    // The header recomputed here, independently of WebhookSignature, from the documented recipe.
    const qint64 t = db.clock().now().toSecsSinceEpoch();
    EXPECT_EQ(FakeWebhookReceiver::timestamp(request), t);
    const QByteArray expected = "t=" + QByteArray::number(t) + ",v1="
            + QMessageAuthenticationCode::hash(
                    QByteArray::number(t) + '.' + request.body, kSecret, QCryptographicHash::Sha256)
                      .toHex();
    EXPECT_EQ(request.header("Shipshape-Signature"), expected);
    EXPECT_EQ(WebhookSignature::header(kSecret, t, request.body), expected);
    EXPECT_NE(WebhookSignature::header("another secret", t, request.body), expected);

    const WebhookDelivery sent = onlyDelivery();
    EXPECT_EQ(sent.status, OutboxStatus::Sent);
    EXPECT_EQ(sent.httpStatus, 200);
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_TRUE(sent.deliveredAt.has_value());
    auto attempts = outbox().attempts(sent.id);
    ASSERT_TRUE(attempts && attempts->size() == 1);
    EXPECT_EQ(attempts->constFirst().outcome, u"delivered"_s);
    EXPECT_EQ(attempts->constFirst().httpStatus, 200);

    deliverOnce();
    EXPECT_EQ(receiver.server.requests().size(), 1) << "a delivered webhook is never sent again";
}

TEST_F(WebhookDispatchTest, AServerErrorIsRetriedWithBackoffThenDelivered)
{
    addEndpoint(u"order.created"_s);
    place();
    receiver.server.enqueue(ScriptedHttpServer::Reply::respond(500, "try later"));
    deliverOnce();
    WebhookDelivery delivery = onlyDelivery();
    EXPECT_EQ(delivery.status, OutboxStatus::Retry);
    EXPECT_EQ(delivery.httpStatus, 500);
    EXPECT_TRUE(delivery.lastError.contains(u"HTTP 500"_s)) << delivery.lastError.toStdString();
    EXPECT_GT(delivery.nextAttemptAt, db.clock().now());

    deliverOnce();
    EXPECT_EQ(receiver.server.requests().size(), 1) << "not due before its backoff";
    db.clock().advance(std::chrono::milliseconds(std::chrono::hours(1)).count());
    deliverOnce();
    ASSERT_EQ(receiver.server.requests().size(), 2);
    EXPECT_EQ(receiver.allViolations(), QStringList());
    EXPECT_EQ(receiver.server.requests().at(0).body, receiver.server.requests().at(1).body)
            << "the same event, byte for byte";
    delivery = onlyDelivery();
    EXPECT_EQ(delivery.status, OutboxStatus::Sent);
    EXPECT_EQ(delivery.attempts, 2);
    auto attempts = outbox().attempts(delivery.id);
    ASSERT_TRUE(attempts && attempts->size() == 2);
    EXPECT_EQ(attempts->at(0).outcome, u"retry"_s);
    EXPECT_EQ(attempts->at(1).outcome, u"delivered"_s);
}

TEST_F(WebhookDispatchTest, ATimeoutIsRetried)
{
    addEndpoint(u"order.created"_s);
    place();
    receiver.server.enqueue(ScriptedHttpServer::Reply::hang());
    deliverOnce();
    const WebhookDelivery delivery = onlyDelivery();
    EXPECT_EQ(delivery.status, OutboxStatus::Retry);
    EXPECT_FALSE(delivery.httpStatus.has_value());
    EXPECT_TRUE(delivery.lastError.contains(u"timed out"_s)) << delivery.lastError.toStdString();
}

TEST_F(WebhookDispatchTest, GoneFailsAtOnceAndStaffCanRetryIt)
{
    addEndpoint(u"order.created"_s);
    place();
    receiver.server.enqueue(ScriptedHttpServer::Reply::respond(410, "gone"));
    deliverOnce();
    WebhookDelivery delivery = onlyDelivery();
    EXPECT_EQ(delivery.status, OutboxStatus::Failed);
    EXPECT_EQ(delivery.httpStatus, 410);
    db.clock().advance(std::chrono::milliseconds(std::chrono::hours(24)).count());
    deliverOnce();
    EXPECT_EQ(receiver.server.requests().size(), 1) << "a permanent failure is not retried on its own";

    auto retried = outbox().retry(delivery.id);
    ASSERT_TRUE(retried) << retried.error().message.toStdString();
    EXPECT_EQ(retried->status, OutboxStatus::Pending);
    deliverOnce();
    EXPECT_EQ(receiver.server.requests().size(), 2);
    delivery = onlyDelivery();
    EXPECT_EQ(delivery.status, OutboxStatus::Sent);
    EXPECT_EQ(delivery.roundAttempts, 1) << "a new round";
    EXPECT_EQ(delivery.attempts, 2);
    auto again = outbox().retry(delivery.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_F(WebhookDispatchTest, TooManyRequestsAndRequestTimeoutAreRetriedOtherClientErrorsAreNot)
{
    addEndpoint(u"order.created"_s);
    place();
    place();
    place();
    receiver.server.enqueue(ScriptedHttpServer::Reply::respond(429, {}, {{"Retry-After", "120"}}));
    receiver.server.enqueue(ScriptedHttpServer::Reply::respond(408));
    receiver.server.enqueue(ScriptedHttpServer::Reply::respond(400, "bad"));
    deliverOnce();
    QMap<int, OutboxStatus> byStatus;
    for (const WebhookDelivery &delivery : deliveries())
        byStatus.insert(delivery.httpStatus.value_or(0), delivery.status);
    EXPECT_EQ(byStatus.value(429), OutboxStatus::Retry);
    EXPECT_EQ(byStatus.value(408), OutboxStatus::Retry);
    EXPECT_EQ(byStatus.value(400), OutboxStatus::Failed);
    for (const WebhookDelivery &delivery : deliveries()) {
        if (delivery.httpStatus == 429) {
            EXPECT_EQ(delivery.nextAttemptAt, db.clock().now().addSecs(120)) << "Retry-After";
        }
    }
}

TEST_F(WebhookDispatchTest, StatusChangesAndRefundsAreReportedWithTheChange)
{
    addEndpoint(u"order.status_changed,order.refunded"_s);
    const Order order = place();
    OrderService &orders = db.session().orders();
    ASSERT_TRUE(orders.modify(QString::number(order.number), modifyItems({{u"SKU-1"_s, 3}})));
    EXPECT_TRUE(types().isEmpty()) << "neither placement nor an edit is subscribed here";
    ASSERT_TRUE(orders.markPaid(QString::number(order.number)));
    auto refunded = orders.recordRefund(QString::number(order.number),
            ManualRefundRequest{RefundMethod::BankTransfer, Money(500, order.total.currency()), u"TR-1"_s, u"dent"_s});
    ASSERT_TRUE(refunded) << refunded.error().message.toStdString();
    EXPECT_EQ(types(), (QStringList{u"order.status_changed"_s, u"order.refunded"_s}));

    deliverOnce();
    ASSERT_EQ(receiver.server.requests().size(), 2);
    EXPECT_EQ(receiver.allViolations(), QStringList());
    const auto bodies = receiver.bodies();
    const QJsonObject changed = bodies.at(0).value(u"data"_s).toObject();
    EXPECT_EQ(changed.value(u"previousStatus"_s).toString(), u"pending"_s);
    EXPECT_EQ(changed.value(u"status"_s).toString(), u"confirmed"_s);
    const QJsonObject refund = bodies.at(1).value(u"data"_s).toObject();
    EXPECT_EQ(refund.value(u"amountMinor"_s).toInteger(), 500);
    EXPECT_EQ(refund.value(u"refundedMinor"_s).toInteger(), 500);
    EXPECT_NE(bodies.at(0).value(u"id"_s), bodies.at(1).value(u"id"_s));
}

TEST_F(WebhookDispatchTest, StockLowIsReportedOnceWhenAvailableStockCrossesTheThreshold)
{
    addEndpoint(u"stock.low"_s);
    InventoryService &inventory = db.session().inventory();
    ASSERT_TRUE(inventory.setLowStockThreshold(u"SKU-1"_s, 10));
    ASSERT_TRUE(inventory.setStock(u"SKU-1"_s, 12, u"count"_s));
    EXPECT_TRUE(types().isEmpty()) << "100 → 12 stays above 10";
    place(); // reserves 2: available 10, at the threshold
    EXPECT_EQ(types(), QStringList{u"stock.low"_s});
    place(); // 8: already low, no new event
    EXPECT_EQ(types(), QStringList{u"stock.low"_s});
    ASSERT_TRUE(inventory.replenish(u"SKU-1"_s, 20, u"delivery"_s));
    ASSERT_TRUE(inventory.setStock(u"SKU-1"_s, 5, u"count"_s));
    EXPECT_EQ(types(), (QStringList{u"stock.low"_s, u"stock.low"_s})) << "back above, then low again";

    deliverOnce();
    ASSERT_EQ(receiver.server.requests().size(), 2);
    EXPECT_EQ(receiver.allViolations(), QStringList());
    const QJsonObject data = receiver.bodies().at(0).value(u"data"_s).toObject();
    EXPECT_EQ(data.value(u"sku"_s).toString(), u"SKU-1"_s);
    EXPECT_EQ(data.value(u"onHand"_s).toInteger(), 12);
    EXPECT_EQ(data.value(u"available"_s).toInteger(), 10);
    EXPECT_EQ(data.value(u"threshold"_s).toInteger(), 10);
    EXPECT_FALSE(deliveries().constFirst().orderNumber.has_value());
}

TEST_F(WebhookDispatchTest, WithoutASecretTheDeliveryWaitsAndSaysWhy)
{
    const qint64 id = addEndpoint(u"order.created"_s);
    qunsetenv(SecretStore::environmentVariableFor(WebhookEndpoints::secretName(id)).constData());
    place();
    deliverOnce();
    EXPECT_TRUE(receiver.server.requests().isEmpty()) << "nothing unsigned leaves";
    const WebhookDelivery delivery = onlyDelivery();
    EXPECT_EQ(delivery.status, OutboxStatus::Retry);
    EXPECT_TRUE(delivery.lastError.contains(u"SHIPSHAPE_WEBHOOK_SECRET_%1"_s.arg(id)))
            << delivery.lastError.toStdString();
}

TEST_F(WebhookDispatchTest, ARemovedEndpointGetsNothingMore)
{
    const qint64 id = addEndpoint(u"order.created"_s);
    place();
    auto removed = endpoints().remove(id);
    ASSERT_TRUE(removed);
    EXPECT_EQ(*removed, 1);
    EXPECT_EQ(onlyDelivery().status, OutboxStatus::Failed);
    EXPECT_EQ(onlyDelivery().lastError, u"endpoint removed"_s);
    place();
    EXPECT_EQ(deliveries().size(), 1);
    EXPECT_FALSE(outbox().retry(onlyDelivery().id));
    deliverOnce();
    EXPECT_TRUE(receiver.server.requests().isEmpty());
    auto listed = endpoints().list();
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->isEmpty());
    EXPECT_EQ(endpoints().remove(id).error().code, ErrorCode::NotFound);
}

TEST_F(WebhookDispatchTest, BadEndpointsAreRefusedNamingTheFieldAndWriteNothing)
{
    for (const QString &url : {u"http://example.com/hook"_s, u"ftp://example.com"_s, u"https://user:pw@example.com/"_s,
                 u"not a url"_s, u"https://example.com/#frag"_s, u"http://127.0.0.1.example.com/"_s}) {
        auto added = endpoints().add(url, {WebhookEventType::OrderCreated});
        ASSERT_FALSE(added) << url.toStdString();
        EXPECT_EQ(added.error().field, u"url"_s);
        EXPECT_EQ(added.error().value, url);
    }
    auto unknown = WebhookEventTypes::parseList(u"events"_s, u"order.created,order.exploded"_s);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, u"events"_s);
    EXPECT_EQ(unknown.error().value, u"order.exploded"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM webhook_endpoints"_s), 0);

    // The schema refuses the same, whoever writes.
    Database &database = db.session().database();
    for (const QString &url :
            {u"http://example.com/hook"_s, u"http://localhost@example.com/"_s, u"ftp://x.example"_s}) {
        EXPECT_FALSE(database.query(u"INSERT INTO webhook_endpoints (url, active, created_at, created_by) "
                                    "VALUES (?, 1, 0, 'test')"_s,
                {url}))
                << url.toStdString();
    }
    EXPECT_TRUE(database.query(u"INSERT INTO webhook_endpoints (url, active, created_at, created_by) "
                               "VALUES ('https://hooks.example.com/x', 1, 0, 'test')"_s));
    EXPECT_FALSE(database.query(
            u"INSERT INTO webhook_endpoint_events (endpoint_id, event) SELECT id, 'order.exploded' FROM webhook_endpoints"_s));
}

} // namespace
