#include "NotificationFixture.h"

#include <QSet>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class OutboxTest : public NotificationFixture {};

QStringList eventsOf(const QList<OutboxEntry> &entries)
{
    QStringList keys;
    for (const OutboxEntry &entry : entries)
        keys.prepend(NotificationEvents::key(entry.event)); // list() is newest first
    return keys;
}

} // namespace

TEST_F(OutboxTest, EveryCustomerFacingChangeQueuesOneEmailInItsTransaction)
{
    const Order order = place();
    OrderService &orders = db.session().orders();
    ASSERT_TRUE(orders.modify(QString::number(order.number), modifyItems({{u"SKU-1"_s, 3}})));
    ASSERT_TRUE(orders.markPaid(QString::number(order.number)));
    ASSERT_TRUE(orders.ship(QString::number(order.number), u"1Z999"_s, u"UPS"_s));
    ASSERT_TRUE(orders.deliver(QString::number(order.number)));
    const Order other = place();
    ASSERT_TRUE(orders.cancel(QString::number(other.number), CancelReason::Customer, u"too slow"_s));

    auto entries = db.session().notifications().list(std::nullopt);
    ASSERT_TRUE(entries);
    EXPECT_EQ(eventsOf(*entries),
            (QStringList{u"placed"_s, u"confirmed"_s, u"shipped"_s, u"delivered"_s, u"placed"_s, u"cancelled"_s}))
            << "no email for OrderModified";
    for (const OutboxEntry &entry : *entries) {
        EXPECT_EQ(entry.status, OutboxStatus::Pending);
        EXPECT_EQ(entry.attempts, 0);
        EXPECT_EQ(entry.recipientEmail, u"ada@example.com"_s);
        EXPECT_EQ(entry.nextAttemptAt, db.clock().now());
        EXPECT_FALSE(entry.subject.isEmpty());
        EXPECT_FALSE(entry.bodyHtml.isEmpty());
    }
    EXPECT_TRUE(entries->constFirst().bodyText.contains(u"too slow"_s)) << "the cancel note reaches the email";
    EXPECT_TRUE(entries->at(3).bodyText.contains(u"1Z999"_s)) << "shipped email carries tracking";
}

TEST_F(OutboxTest, AFailedChangeQueuesNothing)
{
    const Order order = place();
    // Delivering a pending order is an illegal transition: the transaction rolls back, email and all.
    EXPECT_FALSE(db.session().orders().deliver(QString::number(order.number)));
    auto entries = db.session().notifications().list(std::nullopt);
    ASSERT_TRUE(entries);
    EXPECT_EQ(eventsOf(*entries), QStringList{u"placed"_s});
}

TEST_F(OutboxTest, WithoutAProviderEmailsWaitUnattemptedUntilAKeyIsGiven)
{
    const Order order = place();
    sender->setApiKey(QString());
    QSignalSpy waiting(dispatcher.get(), &OutboxDispatcher::waitingForProvider);
    dispatchOnce();
    ASSERT_EQ(waiting.size(), 1);
    OutboxEntry entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Pending);
    EXPECT_EQ(entry.attempts, 0);
    EXPECT_EQ(entry.lastError, u"no email provider configured"_s);
    EXPECT_TRUE(server.requests().isEmpty());

    server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "msg-1"}}));
    sender->setApiKey(u"SG.now-configured"_s);
    dispatchOnce();
    entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Sent);
    EXPECT_EQ(entry.attempts, 1);
    EXPECT_EQ(entry.lastError, QString());
    EXPECT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().constFirst().header("Authorization"), QByteArray("Bearer SG.now-configured"));
}

TEST_F(OutboxTest, PlainHttpToANonLoopbackHostIsAConfigurationProblemNotAnAttempt)
{
    place();
    mail.apiBase = QUrl(u"http://api.sendgrid.com"_s);
    sender = std::make_unique<SendGridSender>(http, db.clock(), mail, u"SG.key"_s);
    dispatcher = makeDispatcher();
    dispatchOnce();
    const OutboxEntry entry = only();
    EXPECT_EQ(entry.status, OutboxStatus::Pending);
    EXPECT_EQ(entry.attempts, 0);
    EXPECT_TRUE(entry.lastError.startsWith(u"email provider misconfigured"_s)) << entry.lastError.toStdString();
}

TEST_F(OutboxTest, ClaimsAreExclusiveAndExpire)
{
    place();
    NotificationOutbox &outbox = db.session().notifications();
    const QDateTime until = db.clock().now().addSecs(120);
    auto first = outbox.claimNext(u"a"_s, until);
    ASSERT_TRUE(first && first->has_value());
    EXPECT_EQ((*first)->status, OutboxStatus::Sending);
    EXPECT_EQ((*first)->attempts, 1);

    auto another = db.openAnother();
    auto second = another->notifications().claimNext(u"b"_s, until);
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->has_value()) << "a claimed row is not claimable";

    db.clock().advance(121'000);
    auto third = another->notifications().claimNext(u"b"_s, db.clock().now().addSecs(120));
    ASSERT_TRUE(third && third->has_value()) << "a stale claim is claimable again";
    EXPECT_EQ((*third)->claimedBy, u"b"_s);
    EXPECT_EQ((*third)->attempts, 2);
    // The first claimant's late answer cannot overwrite the new claim.
    ASSERT_TRUE(outbox.recordSent(**first, u"a"_s, u"late"_s));
    EXPECT_EQ(only().status, OutboxStatus::Sending);
}

TEST_F(OutboxTest, StaffRetryResendAndPreview)
{
    const Order order = place();
    NotificationOutbox &outbox = db.session().notifications();
    server.enqueue(ScriptedHttpServer::Reply::json(400, R"({"errors":[{"message":"bad","field":"from.email"}]})"));
    dispatchOnce();
    OutboxEntry entry = only();
    ASSERT_EQ(entry.status, OutboxStatus::Failed);

    EXPECT_EQ(outbox.retry(entry.id + 100).error().code, ErrorCode::NotFound);
    auto retried = outbox.retry(entry.id);
    ASSERT_TRUE(retried) << retried.error().message.toStdString();
    EXPECT_EQ(retried->status, OutboxStatus::Pending);
    EXPECT_EQ(retried->attempts, 1) << "attempts are kept";
    EXPECT_EQ(retried->roundAttempts, 0) << "but a new round starts";
    const auto again = outbox.retry(entry.id);
    ASSERT_FALSE(again) << "a pending email is already due";
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(again.error().message.contains(u"already waiting"_s)) << again.error().message.toStdString();

    auto copy = outbox.resend(u"#"_s + QString::number(order.number));
    ASSERT_TRUE(copy) << copy.error().message.toStdString();
    auto copied = outbox.find(*copy);
    ASSERT_TRUE(copied && copied->has_value());
    EXPECT_EQ((*copied)->subject, entry.subject);
    EXPECT_EQ((*copied)->status, OutboxStatus::Pending);
    EXPECT_EQ((*copied)->attempts, 0);
    EXPECT_EQ(outbox.resend(u"999999"_s).error().code, ErrorCode::NotFound);

    auto preview = outbox.preview(QString::number(order.number), NotificationEvent::Refunded);
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->subject.contains(QString::number(order.number)));
}

TEST_F(OutboxTest, BrowsePagesNewestFirstWithoutBodiesAndFiltersByStatus)
{
    for (int i = 0; i < 5; ++i)
        place();
    NotificationOutbox &outbox = db.session().notifications();
    server.enqueue(ScriptedHttpServer::Reply::json(400, R"({"errors":[{"message":"bad address"}]})"));
    server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "m-2"}}));
    server.setFallback(ScriptedHttpServer::Reply::respond(500));
    dispatchOnce(); // ids 1..5 oldest first: 1 failed, 2 sent, 3..5 retry
    ASSERT_EQ(*outbox.count(std::nullopt), 5);
    EXPECT_EQ(*outbox.count(OutboxStatus::Failed), 1);
    EXPECT_EQ(*outbox.count(OutboxStatus::Sent), 1);
    EXPECT_EQ(*outbox.count(OutboxStatus::Retry), 3);
    EXPECT_EQ(*outbox.count(OutboxStatus::Pending), 0);

    auto first = outbox.browse(std::nullopt, 0, std::numeric_limits<qint64>::max(), 2);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 2);
    EXPECT_GT(first->at(0).id, first->at(1).id) << "newest first";
    EXPECT_TRUE(first->at(0).bodyHtml.isEmpty()) << "lists carry no bodies";
    EXPECT_FALSE(first->at(0).subject.isEmpty());
    auto second = outbox.browse(std::nullopt, 0, first->constLast().id, 10);
    ASSERT_TRUE(second);
    ASSERT_EQ(second->size(), 3) << "the next page continues below the last id";
    EXPECT_LT(second->constFirst().id, first->constLast().id);

    auto failed = outbox.browse(OutboxStatus::Failed, 0, std::numeric_limits<qint64>::max(), 10);
    ASSERT_TRUE(failed);
    ASSERT_EQ(failed->size(), 1);
    EXPECT_TRUE(failed->constFirst().lastError.contains(u"bad address"_s));
    auto newer = outbox.browse(std::nullopt, second->constFirst().id, std::numeric_limits<qint64>::max(), 10);
    ASSERT_TRUE(newer);
    EXPECT_EQ(newer->size(), 2) << "rows newer than a known id";
    EXPECT_EQ(outbox.browse(std::nullopt, 0, 10, 0).error().code, ErrorCode::InvalidInput);

    QList<qint64> ids{failed->constFirst().id, 424242};
    for (qint64 id = 1; id <= 60; ++id)
        ids.append(id); // more than one statement's worth of ids, with duplicates and unknown ones
    auto rows = outbox.summaries(ids);
    ASSERT_TRUE(rows) << rows.error().message.toStdString();
    QSet<qint64> seen;
    for (const OutboxEntry &row : *rows)
        seen.insert(row.id);
    EXPECT_EQ(seen.size(), 5);
}

TEST_F(OutboxTest, RetryRequeuesFailedAndMakesWaitingEmailsDueNow)
{
    place();
    place();
    place();
    NotificationOutbox &outbox = db.session().notifications();
    server.enqueue(ScriptedHttpServer::Reply::json(400, R"({"errors":[{"message":"bad"}]})"));
    server.enqueue(ScriptedHttpServer::Reply::respond(500));
    server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "m-3"}}));
    dispatchOnce();
    auto all = outbox.list(std::nullopt);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    const OutboxEntry sent = all->at(0);
    const OutboxEntry retrying = all->at(1);
    const OutboxEntry failed = all->at(2);
    ASSERT_EQ(failed.status, OutboxStatus::Failed);
    ASSERT_EQ(retrying.status, OutboxStatus::Retry);
    ASSERT_EQ(sent.status, OutboxStatus::Sent);
    ASSERT_GT(retrying.nextAttemptAt, db.clock().now());

    db.clock().advance(1000);
    auto requeued = outbox.retry(failed.id);
    ASSERT_TRUE(requeued) << requeued.error().message.toStdString();
    EXPECT_EQ(requeued->status, OutboxStatus::Pending);
    EXPECT_EQ(requeued->roundAttempts, 0);
    EXPECT_EQ(requeued->attempts, 1);
    EXPECT_EQ(requeued->nextAttemptAt, db.clock().now());

    // Waiting for its next attempt after a provider outage: staff who know the provider is back send it now.
    auto hurried = outbox.retry(retrying.id);
    ASSERT_TRUE(hurried) << hurried.error().message.toStdString();
    EXPECT_EQ(hurried->status, OutboxStatus::Retry) << "still a retry of the same round";
    EXPECT_EQ(hurried->roundAttempts, 1);
    EXPECT_EQ(hurried->nextAttemptAt, db.clock().now());

    auto refused = outbox.retry(sent.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().value, u"sent"_s);
    EXPECT_TRUE(refused.error().message.contains(u"already sent"_s)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"fresh copy"_s)) << "says what to do instead";
    EXPECT_EQ(outbox.retry(999).error().code, ErrorCode::NotFound);

    // Both are due now: the next round sends them.
    server.setFallback(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "m-again"}}));
    dispatchOnce();
    EXPECT_EQ(*outbox.count(OutboxStatus::Sent), 3);
}

TEST_F(OutboxTest, RetryRefusesAnEmailBeingSentAndLeavesItAlone)
{
    place();
    NotificationOutbox &outbox = db.session().notifications();
    auto claimed = outbox.claimNext(u"a"_s, db.clock().now().addSecs(120));
    ASSERT_TRUE(claimed && claimed->has_value());
    const OutboxEntry sending = **claimed;

    auto refused = outbox.retry(sending.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().value, u"sending"_s);
    EXPECT_TRUE(refused.error().message.contains(u"being sent"_s)) << refused.error().message.toStdString();
    const OutboxEntry after = only();
    EXPECT_EQ(after.status, OutboxStatus::Sending);
    EXPECT_EQ(after.claimedBy, u"a"_s) << "the dispatcher keeps its claim";
    EXPECT_EQ(after.nextAttemptAt, sending.nextAttemptAt);
}

TEST_F(OutboxTest, ResendCopyQueuesOneSentEmailAgain)
{
    place();
    NotificationOutbox &outbox = db.session().notifications();
    server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "m-1"}}));
    dispatchOnce();
    const OutboxEntry sent = only();
    ASSERT_EQ(sent.status, OutboxStatus::Sent);
    auto copyId = outbox.resendCopy(sent.id);
    ASSERT_TRUE(copyId) << copyId.error().message.toStdString();
    EXPECT_NE(*copyId, sent.id);
    auto copy = outbox.find(*copyId);
    ASSERT_TRUE(copy && copy->has_value());
    EXPECT_EQ((*copy)->status, OutboxStatus::Pending);
    EXPECT_EQ((*copy)->bodyHtml, (*outbox.find(sent.id))->bodyHtml);
    EXPECT_EQ((*copy)->attempts, 0);
    auto notSent = outbox.resendCopy(*copyId);
    ASSERT_FALSE(notSent);
    EXPECT_EQ(notSent.error().code, ErrorCode::Conflict) << "only a sent email is sent again";
    EXPECT_EQ(outbox.resendCopy(999).error().code, ErrorCode::NotFound);
}
