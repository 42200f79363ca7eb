// SMS status messages end to end: placed with the order in one transaction, sent from the outbox through the
// real TwilioSmsSender to FakeTwilio on loopback, which checks every request against Twilio's contract and
// injects faults. Runs on SQLite and, with SHIPSHAPE_TEST_DATABASE=postgresql, on PostgreSQL (where the server's
// guards on SMS rows and opt-outs are in the way of anything wrong).
#include "FakeTwilio.h"
#include "NotificationFixture.h"

#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
#include "notification/TwilioInboundSms.h"
#include "notification/TwilioSmsSender.h"

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

class TwilioDispatchTest : public NotificationFixture {
protected:
    void SetUp() override
    {
        // Numbers typed without a country code are read in the shop's region (PhoneNumbers::configuredRegion).
        qputenv("SHIPSHAPE_SMS_DEFAULT_REGION", "DE");
        NotificationFixture::SetUp();
        ASSERT_TRUE(twilio.server.isListening());
        server.setFallback(ScriptedHttpServer::Reply::respond(202, {}, {{"X-Message-Id", "sg-1"}}));
        sms.enabled = true;
        sms.accountSid = QString::fromLatin1(FakeTwilio::kAccountSid);
        sms.fromNumber = u"+15005550006"_s;
        sms.apiBase = twilio.server.baseUrl();
        sms.timeout = std::chrono::milliseconds(300);
        sms.defaultRegion = u"DE"_s;
        db.session().notifications().setSms(SmsComposer(u"Test Shop"_s), true);
        twilioSender
                = std::make_unique<TwilioSmsSender>(http, db.clock(), sms, QString::fromLatin1(FakeTwilio::kAuthToken));
        dispatcher->setSmsSender(twilioSender.get());
    }

    void TearDown() override { qunsetenv("SHIPSHAPE_SMS_DEFAULT_REGION"); }

    Order placeWithPhone(const QString &phone, const QString &email = u"ada@example.com"_s)
    {
        PlaceOrderRequest request = placeRequest({{u"SKU-1"_s, 1}}, email, u"Ada Lovelace"_s);
        request.customer.phone = phone;
        auto order = db.session().orders().place(request);
        EXPECT_TRUE(order.has_value()) << (order ? std::string() : order.error().message.toStdString());
        return order ? *order : Order{};
    }

    QList<OutboxEntry> smsRows()
    {
        QList<OutboxEntry> rows;
        auto entries = db.session().notifications().list(std::nullopt);
        EXPECT_TRUE(entries.has_value());
        for (const OutboxEntry &entry : *entries) {
            if (entry.isSms())
                rows.append(entry);
        }
        return rows;
    }

    OutboxEntry onlySms()
    {
        const auto rows = smsRows();
        EXPECT_EQ(rows.size(), 1);
        return rows.isEmpty() ? OutboxEntry{} : rows.constFirst();
    }

    bool optedOut(const QString &email)
    {
        auto customer = CustomerRepository(db.session().database()).findByEmail(email);
        return customer && customer->has_value() && (*customer)->smsOptedOutAt.has_value();
    }

    // One message to the shop's number as Twilio posts it to the webhook, signed with the auth token.
    Result<TwilioInboundReceipt> receiveInbound(const QString &sid, const QString &from, const QString &body,
            const QByteArray &signingToken = FakeTwilio::kAuthToken)
    {
        const FormFields fields{{u"ToCountry"_s, u"DE"_s}, {u"SmsMessageSid"_s, sid}, {u"NumMedia"_s, u"0"_s},
                {u"MessageSid"_s, sid}, {u"AccountSid"_s, QString::fromLatin1(FakeTwilio::kAccountSid)},
                {u"From"_s, from}, {u"To"_s, u"+15005550006"_s}, {u"Body"_s, body}, {u"ApiVersion"_s, u"2010-04-01"_s}};
        QByteArray form;
        for (const auto &[name, value] : fields)
            form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        const QByteArray signature = TwilioSignature::sign(kWebhookUrl, fields, signingToken);
        return TwilioInboundSms(db.session().database(), db.clock())
                .receive(signature, kWebhookUrl, form, FakeTwilio::kAuthToken);
    }

    qint64 inboundRows()
    {
        auto rows = db.session().database().query(u"SELECT COUNT(*) FROM sms_inbound_messages"_s);
        return rows && rows->next() ? rows->single().toLongLong() : -1;
    }

    static inline const QString kWebhookUrl = u"https://shop.example/v1/webhooks/twilio"_s;
    static QString sid(char digit) { return u"SM"_s + QString(32, QChar::fromLatin1(digit)); }

    FakeTwilio twilio;
    SmsSettings sms;
    std::unique_ptr<TwilioSmsSender> twilioSender;
};

TEST_F(TwilioDispatchTest, AStatusSmsGoesOutOnceInTwiliosWireFormat)
{
    const Order order = placeWithPhone(u"0151 23456789"_s);
    const OutboxEntry queued = onlySms();
    EXPECT_EQ(queued.recipientPhone, u"+4915123456789"_s) << "normalised to E.164 when entered";
    EXPECT_EQ(queued.recipientEmail, u"ada@example.com"_s);
    EXPECT_EQ(queued.event, NotificationEvent::Placed);
    EXPECT_TRUE(queued.subject.isEmpty());
    EXPECT_TRUE(queued.bodyText.startsWith(u"Test Shop: we received your order #%1"_s.arg(order.number)))
            << queued.bodyText.toStdString();

    dispatchOnce();
    ASSERT_EQ(twilio.server.requests().size(), 1);
    EXPECT_EQ(twilio.allViolations(), QStringList());
    const QUrlQuery form = FakeTwilio::form(twilio.server.requests().constFirst());
    EXPECT_EQ(form.queryItemValue(u"To"_s, QUrl::FullyDecoded), u"+4915123456789"_s);
    EXPECT_EQ(form.queryItemValue(u"From"_s, QUrl::FullyDecoded), u"+15005550006"_s);
    EXPECT_EQ(form.queryItemValue(u"Body"_s, QUrl::FullyDecoded), queued.bodyText);

    const OutboxEntry sent = onlySms();
    EXPECT_EQ(sent.status, OutboxStatus::Sent);
    EXPECT_EQ(sent.providerMessageId, u"SM00000000000000000000000000000001"_s);
    EXPECT_EQ(sent.attempts, 1);
    EXPECT_TRUE(timelineEvents(order.number).contains(u"SMSSent"_s))
            << timelineEvents(order.number).join(u' ').toStdString();
    EXPECT_TRUE(timelineEvents(order.number).contains(u"EmailSent"_s));

    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 1) << "a sent SMS is never sent again";
}

TEST_F(TwilioDispatchTest, AMessagingServiceSendsInsteadOfAFromNumber)
{
    sms.messagingServiceSid = u"MG0123456789abcdef0123456789abcdef"_s;
    twilioSender
            = std::make_unique<TwilioSmsSender>(http, db.clock(), sms, QString::fromLatin1(FakeTwilio::kAuthToken));
    dispatcher->setSmsSender(twilioSender.get());
    placeWithPhone(u"+1 415 555 2671"_s);
    dispatchOnce();
    ASSERT_EQ(twilio.server.requests().size(), 1);
    EXPECT_EQ(twilio.allViolations(), QStringList());
    const QUrlQuery form = FakeTwilio::form(twilio.server.requests().constFirst());
    EXPECT_EQ(form.queryItemValue(u"MessagingServiceSid"_s), sms.messagingServiceSid);
    EXPECT_FALSE(form.hasQueryItem(u"From"_s));
}

TEST_F(TwilioDispatchTest, AServerErrorThenSuccessSendsExactlyOneMessage)
{
    placeWithPhone(u"+4915123456789"_s);
    twilio.server.enqueue(FakeTwilio::error(500, 20500, u"Internal Server Error"_s));
    dispatchOnce();
    OutboxEntry entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Retry);
    EXPECT_TRUE(entry.lastError.contains(u"HTTP 500"_s)) << entry.lastError.toStdString();
    EXPECT_GT(entry.nextAttemptAt, db.clock().now());

    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 1) << "not due before its backoff";
    db.clock().advance(std::chrono::milliseconds(std::chrono::hours(1)).count());
    dispatchOnce();
    ASSERT_EQ(twilio.server.requests().size(), 2);
    entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Sent);
    EXPECT_EQ(entry.attempts, 2);
    EXPECT_EQ(twilio.allViolations(), QStringList());
}

TEST_F(TwilioDispatchTest, NoAnswerInTimeIsRetried)
{
    placeWithPhone(u"+4915123456789"_s);
    twilio.server.enqueue(ScriptedHttpServer::Reply::hang());
    dispatchOnce();
    const OutboxEntry entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Retry);
    EXPECT_EQ(entry.lastError, u"timed out waiting for Twilio"_s);
}

TEST_F(TwilioDispatchTest, AnUnsubscribedRecipientOptsTheCustomerOutWithoutRetrying)
{
    const Order first = placeWithPhone(u"+4915123456789"_s);
    twilio.server.enqueue(FakeTwilio::error(400, 21610, u"Attempt to send to unsubscribed recipient"_s));
    dispatchOnce();
    const OutboxEntry entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Failed);
    EXPECT_TRUE(entry.lastError.contains(u"21610"_s)) << entry.lastError.toStdString();
    EXPECT_TRUE(optedOut(u"ada@example.com"_s));
    EXPECT_TRUE(timelineEvents(first.number).contains(u"SMSFailed"_s));

    db.clock().advance(std::chrono::milliseconds(std::chrono::hours(7)).count());
    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 1) << "no retry after STOP";

    // The next order of the same customer queues its email but no SMS.
    placeWithPhone(u"+4915123456789"_s);
    EXPECT_EQ(smsRows().size(), 1);
    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 1);
    // A new number does not undo the opt-out either.
    auto changed = CustomerService(db.session().database()).setPhone(u"ada@example.com"_s, u"+1 415 555 2671"_s);
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_TRUE(changed->smsOptedOutAt.has_value());
}

TEST_F(TwilioDispatchTest, RefusedCredentialsFailAtOnce)
{
    placeWithPhone(u"+4915123456789"_s);
    twilio.server.enqueue(FakeTwilio::error(401, 20003, u"Authenticate"_s));
    dispatchOnce();
    const OutboxEntry entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Failed);
    EXPECT_TRUE(entry.lastError.contains(u"refused the credentials"_s)) << entry.lastError.toStdString();
    EXPECT_EQ(twilio.server.requests().size(), 1);
    EXPECT_FALSE(optedOut(u"ada@example.com"_s));
}

TEST_F(TwilioDispatchTest, AnInvalidNumberAtTwilioFailsWithoutRetry)
{
    placeWithPhone(u"+4915123456789"_s);
    twilio.server.enqueue(
            FakeTwilio::error(400, 21211, u"The 'To' number +4915123456789 is not a valid phone number."_s));
    dispatchOnce();
    const OutboxEntry entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Failed);
    EXPECT_TRUE(entry.lastError.contains(u"error 21211"_s)) << entry.lastError.toStdString();
}

TEST_F(TwilioDispatchTest, WithoutCredentialsSmsWaitsWhileEmailsGoOut)
{
    twilioSender->setAuthToken(QString());
    placeWithPhone(u"+4915123456789"_s);
    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 0);
    EXPECT_EQ(server.requests().size(), 1) << "the email still goes";
    const OutboxEntry entry = onlySms();
    EXPECT_EQ(entry.status, OutboxStatus::Pending);
    EXPECT_EQ(entry.attempts, 0);
    EXPECT_EQ(entry.lastError, TwilioSmsSender::noProviderReason());
}

TEST_F(TwilioDispatchTest, NoSmsWithoutAPhoneOrWhileSmsIsOff)
{
    place();
    EXPECT_TRUE(smsRows().isEmpty());
    db.session().notifications().setSms(SmsComposer(u"Test Shop"_s), false);
    placeWithPhone(u"+4915123456789"_s, u"grace@example.com"_s);
    EXPECT_TRUE(smsRows().isEmpty());
}

TEST_F(TwilioDispatchTest, ABadPhoneRefusesTheOrderNamingTheFieldAndWritesNothing)
{
    PlaceOrderRequest request = placeRequest({{u"SKU-1"_s, 1}}, u"bad@example.com"_s, u"Bad Number"_s);
    request.customer.phone = u"12345"_s;
    auto order = db.session().orders().place(request);
    ASSERT_FALSE(order);
    EXPECT_EQ(order.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(order.error().field, u"customer.phone"_s);
    EXPECT_EQ(order.error().value, u"12345"_s);
    EXPECT_EQ(scalar(db.session().database(), u"SELECT COUNT(*) FROM orders"_s), 0);
    EXPECT_EQ(scalar(db.session().database(), u"SELECT COUNT(*) FROM customers"_s), 0);

    auto set = CustomerService(db.session().database()).setPhone(u"nobody@example.com"_s, u"call me"_s);
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().field, u"phone"_s);
}

TEST_F(TwilioDispatchTest, TheSchemaRefusesAPhoneThatIsNotE164)
{
    placeWithPhone(u"+4915123456789"_s);
    EXPECT_FALSE(db.session().database().query(u"UPDATE customers SET phone = '0151 23456789'"_s));
    EXPECT_FALSE(db.session().database().query(
            u"UPDATE notification_outbox SET recipient_phone = NULL WHERE channel = 'sms'"_s));
    EXPECT_FALSE(db.session().database().query(
            u"UPDATE notification_outbox SET recipient_phone = '+4930123456' WHERE channel = 'email'"_s));
}

TEST_F(TwilioDispatchTest, TheDashboardCountsEmailsOnly)
{
    placeWithPhone(u"+4915123456789"_s);
    EXPECT_EQ(scalar(db.session().database(), u"SELECT SUM(emails_queued) FROM daily_email_stats"_s), 1);
    dispatchOnce();
    EXPECT_EQ(scalar(db.session().database(), u"SELECT SUM(emails_sent) FROM daily_email_stats"_s), 1);
}

TEST_F(TwilioDispatchTest, AnInboundStopOptsTheNumberOutForEveryCustomerWithIt)
{
    placeWithPhone(u"+4915123456789"_s);
    placeWithPhone(u"+4915123456789"_s, u"grace@example.com"_s);
    placeWithPhone(u"+4915199999999"_s, u"linus@example.com"_s);
    ASSERT_EQ(smsRows().size(), 3);

    const auto stopped = receiveInbound(sid('1'), u"+4915123456789"_s, u"Stop"_s);
    ASSERT_TRUE(stopped) << stopped.error().message.toStdString();
    EXPECT_EQ(stopped->outcome, TwilioInboundReceipt::Outcome::Applied) << stopped->note.toStdString();
    EXPECT_EQ(stopped->keyword, SmsKeyword::Stop);
    EXPECT_EQ(stopped->change.customers, 2);
    EXPECT_EQ(stopped->change.droppedMessages, 2);
    EXPECT_TRUE(optedOut(u"ada@example.com"_s));
    EXPECT_TRUE(optedOut(u"grace@example.com"_s));
    EXPECT_FALSE(optedOut(u"linus@example.com"_s));
    dispatchOnce();
    ASSERT_EQ(twilio.server.requests().size(), 1) << "only the other number gets its SMS";

    // Twilio delivers the same message again: nothing changes.
    const auto replayed = receiveInbound(sid('1'), u"+4915123456789"_s, u"Stop"_s);
    ASSERT_TRUE(replayed);
    EXPECT_EQ(replayed->outcome, TwilioInboundReceipt::Outcome::Replayed);
    EXPECT_EQ(inboundRows(), 1);

    // START is the customer's word too: both are opted in again and the next order texts them.
    const auto started = receiveInbound(sid('2'), u"+4915123456789"_s, u"START"_s);
    ASSERT_TRUE(started) << started.error().message.toStdString();
    EXPECT_EQ(started->keyword, SmsKeyword::Start);
    EXPECT_EQ(started->change.customers, 2);
    EXPECT_FALSE(optedOut(u"ada@example.com"_s));
    placeWithPhone(u"+4915123456789"_s);
    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 2);
}

TEST_F(TwilioDispatchTest, AnInboundMessageWithoutAValidSignatureChangesNothing)
{
    placeWithPhone(u"+4915123456789"_s);
    const auto forged = receiveInbound(sid('3'), u"+4915123456789"_s, u"STOP"_s, "not-the-token");
    ASSERT_TRUE(forged);
    EXPECT_TRUE(forged->signatureRefused);
    EXPECT_EQ(forged->signature, TwilioSignature::Verdict::Mismatch);
    EXPECT_FALSE(optedOut(u"ada@example.com"_s));
    EXPECT_EQ(inboundRows(), 0);

    TwilioInboundSms inbound(db.session().database(), db.clock());
    const QByteArray form = "MessageSid=" + sid('4').toLatin1() + "&From=%2B4915123456789&Body=STOP";
    const auto unsigned_ = inbound.receive({}, kWebhookUrl, form, FakeTwilio::kAuthToken);
    ASSERT_TRUE(unsigned_);
    EXPECT_EQ(unsigned_->signature, TwilioSignature::Verdict::Missing);
    const auto unconfigured = inbound.receive("x", kWebhookUrl, form, {});
    ASSERT_TRUE(unconfigured);
    EXPECT_EQ(unconfigured->signature, TwilioSignature::Verdict::TokenMissing);
    EXPECT_FALSE(optedOut(u"ada@example.com"_s));
}

TEST_F(TwilioDispatchTest, OtherRepliesAreRecordedAndChangeNothing)
{
    placeWithPhone(u"+4915123456789"_s);
    for (const auto &[digit, body, keyword] : {std::tuple{'5', u"HELP"_s, SmsKeyword::Help},
                 std::tuple{'6', u"Please stop sending the parcel to my old address"_s, SmsKeyword::None}}) {
        const auto receipt = receiveInbound(sid(digit), u"+4915123456789"_s, body);
        ASSERT_TRUE(receipt) << receipt.error().message.toStdString();
        EXPECT_EQ(receipt->outcome, TwilioInboundReceipt::Outcome::Applied);
        EXPECT_EQ(receipt->keyword, keyword);
        EXPECT_EQ(receipt->change.customers, 0);
    }
    // A WhatsApp sender is no phone number in E.164: acknowledged, not recorded.
    const auto whatsapp = receiveInbound(sid('7'), u"whatsapp:+4915123456789"_s, u"STOP"_s);
    ASSERT_TRUE(whatsapp);
    EXPECT_EQ(whatsapp->outcome, TwilioInboundReceipt::Outcome::Ignored);
    EXPECT_EQ(inboundRows(), 2);
    EXPECT_FALSE(optedOut(u"ada@example.com"_s));
    dispatchOnce();
    EXPECT_EQ(twilio.server.requests().size(), 1);
}

} // namespace
