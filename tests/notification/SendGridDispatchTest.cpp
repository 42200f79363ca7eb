#include "NotificationFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class SendGridDispatchTest : public NotificationFixture {};

QJsonObject bodyOf(const ScriptedHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

TEST_F(SendGridDispatchTest, Accepted202SendsTheExactRequestAndMarksSentWithATimelineEntry)
{
    const Order order = place(u"Ada \"the Countess\" Lovelace"_s);
    server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "sg-msg-123"}}));
    QSignalSpy sent(dispatcher.get(), &OutboxDispatcher::emailSent);
    dispatchOnce();

    ASSERT_EQ(server.requests().size(), 1);
    const auto &request = server.requests().constFirst();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QByteArray("/v3/mail/send"));
    EXPECT_EQ(request.header("Authorization"), QByteArray("Bearer SG.test-key"));
    EXPECT_EQ(request.header("Content-Type"), QByteArray("application/json"));

    const OutboxEntry entry = only();
    const QJsonObject body = bodyOf(request);
    const QJsonObject expected{
            {u"personalizations"_s,
                    QJsonArray{QJsonObject{{u"to"_s,
                                                   QJsonArray{QJsonObject{{u"email"_s, u"ada@example.com"_s},
                                                           {u"name"_s, u"Ada \"the Countess\" Lovelace"_s}}}},
                            {u"custom_args"_s,
                                    QJsonObject{{u"order_id"_s, order.id},
                                            {u"order_number"_s, QString::number(order.number)},
                                            {u"notification_id"_s, QString::number(entry.id)}}}}}},
            {u"from"_s, QJsonObject{{u"email"_s, u"orders@shop.test"_s}, {u"name"_s, u"Test Shop"_s}}},
            {u"subject"_s, entry.subject},
            {u"content"_s,
                    QJsonArray{QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, entry.bodyText}},
                            QJsonObject{{u"type"_s, u"text/html"_s}, {u"value"_s, entry.bodyHtml}}}}};
    EXPECT_EQ(body, expected) << request.body.toStdString();

    EXPECT_EQ(entry.status, OutboxStatus::Sent);
    EXPECT_EQ(entry.attempts, 1);
    EXPECT_EQ(entry.providerMessageId, u"sg-msg-123"_s);
    EXPECT_EQ(entry.sentAt, db.clock().now());
    EXPECT_FALSE(entry.claimedUntil.has_value());
    ASSERT_EQ(sent.size(), 1);

    auto loaded = db.session().orders().find(QString::number(order.number));
    ASSERT_TRUE(loaded);
    const TimelineEntry &last = loaded->timeline.constLast();
    EXPECT_EQ(last.event, u"EmailSent"_s);
    EXPECT_EQ(last.actor, db.session().database().actor());
    EXPECT_EQ(last.details.value(u"notificationId"_s).toInteger(), entry.id);
    EXPECT_EQ(last.details.value(u"event"_s).toString(), u"placed"_s);
    EXPECT_EQ(last.details.value(u"recipient"_s).toString(), u"ada@example.com"_s);
    EXPECT_EQ(last.details.value(u"providerMessageId"_s).toString(), u"sg-msg-123"_s);

    dispatchOnce();
    EXPECT_EQ(server.requests().size(), 1) << "a sent row is never sent again";
}

TEST_F(SendGridDispatchTest, ValidationAndAuthErrorsFailAtOnceWithTheProvidersReason)
{
    struct Case {
        int status;
        QByteArray body;
        QString reasonPart;
    };
    const QList<Case> cases{
            {400, R"({"errors":[{"message":"The from email does not contain a valid address.","field":"from.email","help":"http://sg/help"}]})",
                    u"The from email does not contain a valid address. (field: from.email) — http://sg/help"_s},
            {401, R"({"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]})",
                    u"authorization grant is invalid"_s},
            {403, R"({"errors":[{"message":"access forbidden"}]})", u"access forbidden"_s},
            {413, R"({"errors":[{"message":"too large"}]})", u"too large"_s},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.status);
        const Order order = place();
        server.enqueue(ScriptedHttpServer::Reply::json(c.status, c.body));
        dispatchOnce();
        auto entries = db.session().notifications().list(std::nullopt, 1);
        ASSERT_TRUE(entries && entries->size() == 1);
        const OutboxEntry &entry = entries->constFirst();
        EXPECT_EQ(entry.status, OutboxStatus::Failed);
        EXPECT_EQ(entry.attempts, 1);
        EXPECT_TRUE(entry.lastError.contains(u"HTTP %1"_s.arg(c.status))) << entry.lastError.toStdString();
        EXPECT_TRUE(entry.lastError.contains(c.reasonPart)) << entry.lastError.toStdString();
        EXPECT_EQ(timelineEvents(order.number).constLast(), u"EmailFailed"_s);
    }
}

TEST_F(SendGridDispatchTest, RateLimitRespectsRetryAfterThenSucceeds)
{
    place();
    server.enqueue(ScriptedHttpServer::Reply::json(429, R"({"errors":[{"message":"too many requests"}]})",
            {{"Retry-After", "90"}, {"X-RateLimit-Limit", "600"}, {"X-RateLimit-Remaining", "0"}}));
    dispatchOnce();
    OutboxEntry entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Retry);
    EXPECT_EQ(entry.attempts, 1);
    EXPECT_EQ(entry.nextAttemptAt, db.clock().now().addSecs(90));
    EXPECT_TRUE(entry.lastError.contains(u"HTTP 429"_s));

    db.clock().advance(89'000);
    dispatchOnce();
    EXPECT_EQ(server.requests().size(), 1) << "not due yet";

    db.clock().advance(1'000);
    server.enqueue(ScriptedHttpServer::Reply::respond(202));
    dispatchOnce();
    entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Sent);
    EXPECT_EQ(entry.attempts, 2);
}

TEST_F(SendGridDispatchTest, RateLimitResetHeaderIsAnAbsoluteTime)
{
    place();
    const qint64 reset = db.clock().now().toSecsSinceEpoch() + 300;
    server.enqueue(ScriptedHttpServer::Reply::json(429, "{}", {{"X-RateLimit-Reset", QByteArray::number(reset)}}));
    dispatchOnce();
    EXPECT_EQ(only().nextAttemptAt, QDateTime::fromSecsSinceEpoch(reset, Qt::UTC));
}

TEST_F(SendGridDispatchTest, ServerErrorsTimeoutsAndDropsRetryWithGrowingBackoffThenFail)
{
    maxAttempts = 4;
    dispatcher = makeDispatcher();
    const Order order = place();
    server.enqueue(ScriptedHttpServer::Reply::json(500, R"({"errors":[{"message":"internal error"}]})"));
    server.enqueue(ScriptedHttpServer::Reply::hang());

    const QStringList expectedErrors{u"HTTP 500: internal error"_s, u"timed out"_s, u"network error"_s};
    qint64 previousDelay = 0;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        SCOPED_TRACE(attempt);
        // Qt resends a request once when the connection closes before any reply, so every
        // connection drops while this attempt runs.
        if (attempt == 3)
            server.setFallback(ScriptedHttpServer::Reply::drop());
        dispatchOnce();
        const OutboxEntry entry = only();
        EXPECT_EQ(entry.status, OutboxStatus::Retry);
        EXPECT_EQ(entry.attempts, attempt);
        EXPECT_TRUE(entry.lastError.contains(expectedErrors.at(attempt - 1))) << entry.lastError.toStdString();
        const qint64 delay = db.clock().now().msecsTo(entry.nextAttemptAt);
        EXPECT_GT(delay, previousDelay) << "backoff grows";
        previousDelay = delay;
        EXPECT_FALSE(timelineEvents(order.number).contains(u"EmailFailed"_s));
        db.clock().set(entry.nextAttemptAt);
    }
    server.setFallback(ScriptedHttpServer::Reply::respond(503, "unavailable"));
    dispatchOnce();
    const OutboxEntry entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Failed);
    EXPECT_EQ(entry.attempts, 4);
    EXPECT_TRUE(entry.lastError.startsWith(u"gave up after 4 attempts: SendGrid answered HTTP 503"_s))
            << entry.lastError.toStdString();
    EXPECT_EQ(timelineEvents(order.number).constLast(), u"EmailFailed"_s);
}

TEST_F(SendGridDispatchTest, ACrashMidSendLeavesAClaimThatAnotherDispatcherTakesOverAfterItExpires)
{
    place();
    server.enqueue(ScriptedHttpServer::Reply::hang());
    dispatcher->dispatchDue();
    ASSERT_TRUE(server.waitForRequests(1));
    // "Crash": the dispatcher goes away with the request in flight; its answer is never recorded.
    dispatcher.reset();
    OutboxEntry entry = only();
    ASSERT_EQ(entry.status, OutboxStatus::Sending);
    ASSERT_TRUE(entry.claimedUntil.has_value());

    auto restarted = makeDispatcher();
    server.enqueue(ScriptedHttpServer::Reply::respond(202));
    dispatchOnce(*restarted);
    EXPECT_EQ(server.requests().size(), 1) << "the claim is still held";

    db.clock().set(*entry.claimedUntil);
    dispatchOnce(*restarted);
    entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Sent);
    EXPECT_EQ(entry.attempts, 2);
    EXPECT_EQ(server.requests().size(), 2);
    EXPECT_EQ(timelineEvents(entry.orderNumber).count(u"EmailSent"_s), 1);
}

TEST_F(SendGridDispatchTest, EveryRowIsSentExactlyOnceAcrossARestart)
{
    for (int i = 0; i < 5; ++i)
        place();
    server.setFallback(ScriptedHttpServer::Reply::respond(202));
    dispatchOnce();
    // A new process (a second session on the same file) finds nothing left to do.
    auto another = db.openAnother();
    SendGridSender otherSender(http, db.clock(), mail, u"SG.test-key"_s);
    OutboxDispatcher second(another->notifications(), otherSender, db.clock(), {});
    dispatchOnce(second);
    EXPECT_EQ(server.requests().size(), 5);
    auto sent = db.session().notifications().list(OutboxStatus::Sent);
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->size(), 5);
    QSet<QString> ids;
    for (const auto &request : server.requests())
        ids.insert(
                QJsonDocument::fromJson(request.body)[u"personalizations"_s][0][u"custom_args"_s][u"notification_id"_s]
                        .toString());
    EXPECT_EQ(ids.size(), 5);
}
