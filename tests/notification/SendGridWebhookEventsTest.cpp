// SendGrid's signed Event Webhook in core (SendGridWebhookEvents): signed batches from a key pair made here
// with OpenSSL, applied to emails really sent through SendGridSender against a loopback server, on a SQLite
// file or (SHIPSHAPE_TEST_DATABASE=postgresql) the private PostgreSQL cluster.

#include "NotificationFixture.h"
#include "SendGridSigner.h"

#include "notification/SendGridWebhookEvents.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;
using Outcome = SendGridEventReceipt::Outcome;

namespace {

class SendGridWebhookEventsTest : public NotificationFixture {
protected:
    void SetUp() override
    {
        NotificationFixture::SetUp();
        first = place(u"Ada Lovelace"_s);
        second = place(u"Grace Hopper"_s);
        server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "W6A6AbTzSYmCrY8yq5Zxrg"}}));
        server.enqueue(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "Xq1tOyjmQ4KFQbyDCOGFvg"}}));
        dispatchOnce();
        auto entries = db.session().notifications().list(OutboxStatus::Sent);
        ASSERT_TRUE(entries);
        ASSERT_EQ(entries->size(), 2);
        firstEmail = entries->at(1).orderNumber == first.number ? entries->at(1) : entries->at(0);
        secondEmail = entries->at(1).orderNumber == first.number ? entries->at(0) : entries->at(1);
        ASSERT_EQ(firstEmail.orderNumber, first.number);
    }

    [[nodiscard]] qint64 now() { return db.clock().now().toSecsSinceEpoch(); }

    // A delivery as SendGrid posts it: the batch signed over the timestamp header and the body.
    Result<SendGridWebhookReceipt> post(const QJsonArray &events, qint64 signedAt = 0, const QByteArray &tamper = {})
    {
        const QByteArray timestamp = QByteArray::number(signedAt == 0 ? now() : signedAt);
        const QByteArray body = sendgrid_events::batch(events);
        const QByteArray signature = signer.sign(timestamp, body);
        return webhook().receive(signature, timestamp, tamper.isEmpty() ? body : tamper, signer.publicKeyBase64());
    }

    SendGridWebhookEvents webhook()
    {
        return SendGridWebhookEvents(db.session().database(), db.session().notifications(), db.clock());
    }

    OutboxEntry email(qint64 id)
    {
        auto found = db.session().notifications().find(id);
        EXPECT_TRUE(found && found->has_value());
        return found && found->has_value() ? **found : OutboxEntry{};
    }

    QList<TimelineEntry> timeline(qint64 number, const QString &event)
    {
        QList<TimelineEntry> rows;
        auto order = db.session().orders().find(QString::number(number));
        EXPECT_TRUE(order);
        for (const TimelineEntry &entry : order ? order->timeline : QList<TimelineEntry>{}) {
            if (entry.event == event)
                rows.append(entry);
        }
        return rows;
    }

    qint64 count(const QString &sql)
    {
        auto rows = db.session().database().query(sql);
        EXPECT_TRUE(rows);
        return rows && rows->next() ? rows->single().toLongLong() : -1;
    }

    SendGridSigner signer;
    Order first;
    Order second;
    OutboxEntry firstEmail;
    OutboxEntry secondEmail;
};

} // namespace

TEST_F(SendGridWebhookEventsTest, ABounceShowsOnTheEmailAndItsOrdersTimeline)
{
    const qint64 bouncedAt = now() - 60;
    auto receipt = post(QJsonArray{sendgrid_events::event(
            u"ev-bounce-1"_s, u"bounce"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, bouncedAt, u"550 5.2.2 mailbox full"_s)});
    ASSERT_TRUE(receipt) << receipt.error().message.toStdString();
    ASSERT_FALSE(receipt->signatureRefused);
    ASSERT_EQ(receipt->events.size(), 1);
    EXPECT_EQ(receipt->events.constFirst().outcome, Outcome::Applied);
    EXPECT_EQ(receipt->events.constFirst().notificationId, firstEmail.id);
    EXPECT_EQ(receipt->events.constFirst().orderNumber, first.number);

    const OutboxEntry bounced = email(firstEmail.id);
    EXPECT_EQ(bounced.status, OutboxStatus::Sent) << "it was sent; SendGrid says what became of it";
    ASSERT_TRUE(bounced.deliveryState);
    EXPECT_EQ(*bounced.deliveryState, DeliveryState::Bounced);
    EXPECT_EQ(bounced.deliveryReason, u"550 5.2.2 mailbox full"_s);
    EXPECT_EQ(bounced.deliveryAt, QDateTime::fromSecsSinceEpoch(bouncedAt, Qt::UTC));
    EXPECT_FALSE(email(secondEmail.id).deliveryState) << "the other email is untouched";

    const auto rows = timeline(first.number, u"EmailBounced"_s);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().reason, u"Email 'Order placed' bounced: 550 5.2.2 mailbox full"_s);
    EXPECT_EQ(rows.constFirst().details.value(u"notificationId"_s).toInteger(), firstEmail.id);
    EXPECT_EQ(rows.constFirst().details.value(u"state"_s).toString(), u"bounced"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM sendgrid_webhook_events WHERE event_id = 'ev-bounce-1'"_s), 1);
}

TEST_F(SendGridWebhookEventsTest, ABatchForSeveralEmailsAppliesEachAndIgnoresWhatItDoesNotTrack)
{
    const qint64 t = now() - 120;
    auto receipt = post(QJsonArray{
            sendgrid_events::event(u"ev-p1"_s, u"processed"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, t),
            sendgrid_events::event(u"ev-d1"_s, u"delivered"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, t + 1),
            sendgrid_events::event(u"ev-o1"_s, u"open"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, t + 2),
            sendgrid_events::event(u"ev-s1"_s, u"spamreport"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, t + 30),
            sendgrid_events::event(u"ev-x2"_s, u"dropped"_s, u"Xq1tOyjmQ4KFQbyDCOGFvg"_s, t + 5, u"Bounced Address"_s),
    });
    ASSERT_TRUE(receipt) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->count(Outcome::Applied), 3);
    EXPECT_EQ(receipt->count(Outcome::Ignored), 2);
    EXPECT_EQ(*email(firstEmail.id).deliveryState, DeliveryState::SpamReport) << "the latest report is the state";
    EXPECT_EQ(*email(secondEmail.id).deliveryState, DeliveryState::Dropped);
    EXPECT_EQ(email(secondEmail.id).deliveryReason, u"Bounced Address"_s);
    EXPECT_EQ(timeline(first.number, u"EmailDelivered"_s).size(), 1);
    EXPECT_EQ(timeline(first.number, u"EmailSpamReport"_s).size(), 1);
    EXPECT_EQ(timeline(second.number, u"EmailDropped"_s).size(), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM sendgrid_webhook_events"_s), 3) << "ignored types are not recorded";

    // Out of order: a delivery report older than the spam report is history, not the state.
    auto late
            = post(QJsonArray{sendgrid_events::event(u"ev-d1-late"_s, u"delivered"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, t)});
    ASSERT_TRUE(late);
    EXPECT_EQ(late->count(Outcome::Applied), 1);
    EXPECT_EQ(*email(firstEmail.id).deliveryState, DeliveryState::SpamReport);
    EXPECT_EQ(timeline(first.number, u"EmailDelivered"_s).size(), 2);
}

TEST_F(SendGridWebhookEventsTest, AReplayedEventIsAcknowledgedAndChangesNothing)
{
    const QJsonArray events{sendgrid_events::event(
            u"ev-bounce-2"_s, u"bounce"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, now() - 10, u"mailbox full"_s)};
    ASSERT_TRUE(post(events));
    const OutboxEntry before = email(firstEmail.id);
    // SendGrid delivers it again, later and signed anew (it retries what it thinks failed).
    db.clock().advance(30 * 60 * 1000);
    auto again = post(events);
    ASSERT_TRUE(again);
    ASSERT_EQ(again->events.size(), 1);
    EXPECT_EQ(again->events.constFirst().outcome, Outcome::Replayed);
    const OutboxEntry after = email(firstEmail.id);
    EXPECT_EQ(after.updatedAt, before.updatedAt);
    EXPECT_EQ(timeline(first.number, u"EmailBounced"_s).size(), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM sendgrid_webhook_events"_s), 1);
}

TEST_F(SendGridWebhookEventsTest, AnUnknownMessageIsAcknowledgedRecordedAndChangesNoEmail)
{
    auto receipt = post(QJsonArray{
            sendgrid_events::event(u"ev-u1"_s, u"bounce"_s, u"NotOurs0000000000000000"_s, now(), u"no such user"_s),
            sendgrid_events::event(u"ev-u2"_s, u"delivered"_s, QString(), now())});
    ASSERT_TRUE(receipt) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->count(Outcome::UnknownMessage), 2);
    EXPECT_FALSE(email(firstEmail.id).deliveryState);
    EXPECT_FALSE(email(secondEmail.id).deliveryState);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM sendgrid_webhook_events WHERE notification_id IS NULL"_s), 2);
    auto again = post(QJsonArray{
            sendgrid_events::event(u"ev-u1"_s, u"bounce"_s, u"NotOurs0000000000000000"_s, now(), u"no such user"_s)});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->events.constFirst().outcome, Outcome::Replayed);
}

TEST_F(SendGridWebhookEventsTest, RefusedSignaturesAndBadBatchesWriteNothing)
{
    const QJsonArray events{
            sendgrid_events::event(u"ev-r1"_s, u"bounce"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, now(), u"mailbox full"_s)};
    // Stale: signed six minutes ago (a captured delivery replayed).
    auto stale = post(events, now() - 360);
    ASSERT_TRUE(stale);
    EXPECT_TRUE(stale->signatureRefused);
    EXPECT_EQ(stale->signature, SendGridSignature::Verdict::OutsideTolerance);
    // Tampered: the signature is over another body.
    QByteArray tampered = sendgrid_events::batch(events);
    tampered.replace("bounce", "delivered");
    auto forged = post(events, 0, tampered);
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->signature, SendGridSignature::Verdict::Mismatch);
    // Signed with another key.
    const QByteArray timestamp = QByteArray::number(now());
    const QByteArray body = sendgrid_events::batch(events);
    SendGridSigner intruder;
    auto wrongKey = webhook().receive(intruder.sign(timestamp, body), timestamp, body, signer.publicKeyBase64());
    ASSERT_TRUE(wrongKey);
    EXPECT_EQ(wrongKey->signature, SendGridSignature::Verdict::Mismatch);
    // Signed, but not a batch of events: the field is named.
    const QByteArray notABatch = R"({"event":"bounce"})";
    auto object = webhook().receive(signer.sign(timestamp, notABatch), timestamp, notABatch, signer.publicKeyBase64());
    ASSERT_FALSE(object);
    EXPECT_EQ(object.error().field, u"json"_s);
    QJsonObject noId = sendgrid_events::event(u"x"_s, u"bounce"_s, u"W6A6AbTzSYmCrY8yq5Zxrg"_s, now());
    noId.remove(u"sg_event_id"_s);
    const QByteArray badBatch = sendgrid_events::batch(QJsonArray{events.at(0), noId});
    auto missing = webhook().receive(signer.sign(timestamp, badBatch), timestamp, badBatch, signer.publicKeyBase64());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, u"[1].sg_event_id"_s);
    EXPECT_EQ(missing.error().code, ErrorCode::InvalidInput);

    EXPECT_FALSE(email(firstEmail.id).deliveryState);
    EXPECT_TRUE(timeline(first.number, u"EmailBounced"_s).isEmpty());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM sendgrid_webhook_events"_s), 0) << "the valid event of a bad batch too";
}

TEST_F(SendGridWebhookEventsTest, OnlyASentEmailTakesADeliveryState)
{
    // The database refuses a state on an email that was never sent, and a state without its time.
    const auto refused = [this](const QString &sql) {
        auto rows = db.session().database().query(sql);
        return !rows;
    };
    const Order pending = place(u"Alan Turing"_s);
    auto entries = db.session().notifications().list(OutboxStatus::Pending);
    ASSERT_TRUE(entries);
    ASSERT_FALSE(entries->isEmpty());
    const QString unsent = QString::number(entries->constFirst().id);
    EXPECT_TRUE(refused(
            u"UPDATE notification_outbox SET delivery_state = 'bounced', delivery_at = 1 WHERE id = "_s + unsent));
    EXPECT_TRUE(refused(u"UPDATE notification_outbox SET delivery_state = 'bounced' WHERE id = "_s
            + QString::number(firstEmail.id)));
    EXPECT_TRUE(refused(u"UPDATE notification_outbox SET delivery_state = 'lost', delivery_at = 1 WHERE id = "_s
            + QString::number(firstEmail.id)));
    (void) pending;
}
