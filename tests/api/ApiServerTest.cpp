// The Order API end to end: the real ApiServer (Qt HttpServer, session threads, SQLite file) on a
// loopback port, real HTTP requests from QNetworkAccessManager, and the database read back afterwards.

#include "ApiServerFixture.h"
#include "Await.h"
#include "FakeStripe.h"
#include "Helpers.h"
#include "Printers.h"
#include "StripeWebhookFixtures.h"
#include "TestDatabase.h"
#include "api/ApiToken.h"
#include "payment/StripeGateway.h"
#include "payment/StripeSignature.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::api;

using namespace shipshape::api::test_support;

TEST_F(ApiServerTest, PlacesAnOrderInTheContractShapeWithExactAmounts)
{
    const HttpAnswer answer = post(placeBody(u"W-1"_s, 2));
    ASSERT_EQ(answer.status, 201) << answer;
    const QJsonObject order = answer.json();
    EXPECT_EQ(order.value(u"status"_s).toString(), u"pending"_s);
    EXPECT_EQ(order.value(u"totalMinor"_s).toInteger(), 5998);
    EXPECT_EQ(order.value(u"currency"_s).toString(), u"USD"_s);
    EXPECT_TRUE(answer.body.contains(R"("total":59.98)")) << "the contract's number, written as the exact decimal";
    const QJsonObject line = order.value(u"items"_s).toArray().at(0).toObject();
    EXPECT_EQ(line.value(u"productId"_s).toString(), u"W-1"_s);
    EXPECT_EQ(line.value(u"priceMinor"_s).toInteger(), 2999);
    EXPECT_FALSE(order.value(u"customerId"_s).toString().isEmpty());
    EXPECT_EQ(answer.headers.value("location"), "/v1/orders/" + order.value(u"id"_s).toString().toUtf8());
    EXPECT_EQ(available(u"W-1"_s), 8);

    const HttpAnswer again = call("GET", u"/v1/orders/"_s + order.value(u"id"_s).toString());
    ASSERT_EQ(again.status, 200) << again;
    EXPECT_EQ(again.json(), order);
    ASSERT_EQ(log.size(), 2);
    EXPECT_TRUE(log.at(0).startsWith(u"POST /v1/orders 201 "_s)) << log.at(0).toStdString();
    EXPECT_TRUE(log.at(0).endsWith(u"subject=storefront:web"_s)) << log.at(0).toStdString();
    EXPECT_FALSE(log.join(u'\n').contains(QString::fromLatin1(storefront().left(20)))) << "the token is never logged";
}

TEST_F(ApiServerTest, SameIdempotencyKeyAndBodyGetsTheFirstAnswerAgainEvenAfterARestart)
{
    const QByteArray body = placeBody(u"W-1"_s, 1);
    const HttpAnswer first = post(body, "order-1");
    ASSERT_EQ(first.status, 201) << first;
    const HttpAnswer second = post(body, "order-1");
    EXPECT_EQ(second.status, 201);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(second.headers.value("idempotent-replayed"), "true");

    server.reset(); // a restart: the answer is in the database, not in memory
    startServer();
    const HttpAnswer third = post(body, "order-1");
    EXPECT_EQ(third.status, 201);
    EXPECT_EQ(third.body, first.body);
    EXPECT_EQ(orderCount(), 1);
    EXPECT_EQ(available(u"W-1"_s), 9);
}

TEST_F(ApiServerTest, SameIdempotencyKeyWithAnotherBodyIs422AndWritesNothing)
{
    ASSERT_EQ(post(placeBody(u"W-1"_s, 1), "order-2").status, 201);
    const HttpAnswer reused = post(placeBody(u"W-1"_s, 3), "order-2");
    EXPECT_EQ(reused.status, 422) << reused;
    EXPECT_EQ(reused.code(), u"idempotency_key_reused"_s);
    EXPECT_EQ(orderCount(), 1);
    EXPECT_EQ(available(u"W-1"_s), 9);
    // Keys belong to their token's subject: another storefront may use the same key for its own order.
    const QByteArray other = token(TokenSubject{TokenSubject::Kind::Storefront, u"shop-2"_s});
    EXPECT_EQ(post(placeBody(u"W-1"_s, 3), "order-2", other).status, 201);
}

TEST_F(ApiServerTest, ConcurrentIdenticalRequestsCreateOneOrder)
{
    const QByteArray body = placeBody(u"W-2"_s, 1, "5.00");
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 24; ++i)
        replies << start("POST", u"/v1/orders"_s, body, storefront(), {{"Idempotency-Key", "same-key"}});
    QSet<QString> orderIds;
    for (QNetworkReply *reply : replies) {
        const HttpAnswer answer = read(reply);
        if (answer.status == 201) {
            orderIds.insert(answer.json().value(u"id"_s).toString());
        } else {
            EXPECT_EQ(answer.status, 409) << answer;
            EXPECT_EQ(answer.code(), u"idempotency_in_progress"_s);
            EXPECT_EQ(answer.headers.value("retry-after"), "1");
        }
    }
    EXPECT_EQ(orderIds.size(), 1);
    EXPECT_EQ(orderCount(), 1);
    EXPECT_EQ(available(u"W-2"_s), 99);
}

TEST_F(ApiServerTest, OrdersWaitingTogetherShareACommitAndARefusedOneRollsBackAlone)
{
    ApiServerOptions options = defaults();
    options.workers = 1;
    startServer(options);

    QList<QPair<QByteArray, QByteArray>> orders;
    for (int i = 0; i < 5; ++i)
        orders.append({placeBody(u"W-2"_s, 1, "5.00"), "group-" + QByteArray::number(i)});
    orders.append({placeBody(u"W-1"_s, 11), "group-too-many"});
    const QList<QNetworkReply *> replies = postBehindHeldWriter(orders);

    QStringList ids;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const HttpAnswer answer = read(replies.at(i));
        if (i < 5) {
            ASSERT_EQ(answer.status, 201) << answer;
            ids << answer.json().value(u"id"_s).toString();
        } else {
            ASSERT_EQ(answer.status, 409) << answer;
            EXPECT_EQ(answer.code(), u"out_of_stock"_s);
        }
    }
    // On SQLite some of them shared a commit, and the refused one rolled back only its own savepoint;
    // PostgreSQL commits each alone (a serialization failure must re-run one order, not its neighbours).
    const GroupCommits grouped = server->groupCommits();
    if (db.url().kind() == DatabaseKind::Sqlite) {
        EXPECT_GE(grouped.commits, 1);
        EXPECT_GE(grouped.requests, 2);
    } else {
        EXPECT_EQ(grouped.commits, 0);
    }
    EXPECT_EQ(orderCount(), 5);
    EXPECT_EQ(available(u"W-2"_s), 95);
    EXPECT_EQ(available(u"W-1"_s), 10);
    // Each key's answer was committed with its order: a retry gets it again.
    const HttpAnswer replay = post(placeBody(u"W-2"_s, 1, "5.00"), "group-3");
    EXPECT_EQ(replay.status, 201) << replay;
    EXPECT_EQ(replay.headers.value("idempotent-replayed"), "true");
    EXPECT_EQ(replay.json().value(u"id"_s).toString(), ids.at(3));
    const HttpAnswer refusedAgain = post(placeBody(u"W-1"_s, 11), "group-too-many");
    EXPECT_EQ(refusedAgain.status, 409) << refusedAgain;
    EXPECT_EQ(refusedAgain.headers.value("idempotent-replayed"), "true");
    EXPECT_EQ(orderCount(), 5);
}

TEST_F(ApiServerTest, AnOrderFailingInsideAGroupIsRunAgainAloneAndTakesNoOtherOrderWithIt)
{
    if (db.url().kind() != DatabaseKind::Sqlite)
        GTEST_SKIP() << "group commit is SQLite's";
    // Fault injection: the database fails any line of W-BOOM with an error that is no rule of the shop (an
    // integer overflow while running its trigger): answered 500, which rolls its group back. (A full disk
    // or an I/O error, which end SQLite's whole transaction, are answered 500 too; this fault ends only
    // the statement, so it shows the group's re-run, not SQLite's own rollback.)
    test::addProduct(db.session(), u"W-BOOM"_s, u"5.00"_s, 100);
    ASSERT_TRUE(db.session().database().execute(
            u"CREATE TRIGGER test_fail_boom BEFORE INSERT ON order_lines "
            u"WHEN NEW.sku = 'W-BOOM' BEGIN SELECT abs(-9223372036854775807 - 1); END"_s));
    ApiServerOptions options = defaults();
    options.workers = 1;
    startServer(options);

    // "before" is taken by the session alone; the three after it queue and run as one group.
    const QList<QNetworkReply *> replies = postBehindHeldWriter(
            {{placeBody(u"W-2"_s, 1, "5.00"), "before"}, {placeBody(u"W-BOOM"_s, 1, "5.00"), "boom"},
                    {placeBody(u"W-2"_s, 2, "5.00"), "after"}, {placeBody(u"W-2"_s, 3, "5.00"), "last"}});

    const HttpAnswer before = read(replies.at(0));
    const HttpAnswer boom = read(replies.at(1));
    const HttpAnswer after = read(replies.at(2));
    const HttpAnswer last = read(replies.at(3));
    EXPECT_EQ(before.status, 201) << before;
    EXPECT_GE(boom.status, 500) << boom;
    EXPECT_EQ(after.status, 201) << after;
    EXPECT_EQ(last.status, 201) << last;
    EXPECT_EQ(orderCount(), 3);
    EXPECT_EQ(available(u"W-2"_s), 94);
    EXPECT_EQ(available(u"W-BOOM"_s), 100);
    EXPECT_EQ(server->groupCommits().runAgain, 1); // the group of three, rolled back and run one by one
    // The failed one's key was given back with its rolled-back group: once the fault is gone, a retry places it.
    ASSERT_TRUE(db.session().database().execute(u"DROP TRIGGER test_fail_boom"_s));
    const HttpAnswer retried = post(placeBody(u"W-BOOM"_s, 1, "5.00"), "boom");
    EXPECT_EQ(retried.status, 201) << retried;
    EXPECT_FALSE(retried.headers.contains("idempotent-replayed"));
    EXPECT_EQ(orderCount(), 4);
}

TEST_F(ApiServerTest, CustomerTokensSeeAndCancelOnlyTheirOwnOrders)
{
    const HttpAnswer ada = post(placeBody(u"W-1"_s, 1));
    const HttpAnswer bob
            = post(placeBody(u"W-1"_s, 1, "29.99", R"("customer": {"name": "Bob", "email": "bob@example.com"})"));
    ASSERT_EQ(ada.status, 201);
    ASSERT_EQ(bob.status, 201);
    const QString adaId = ada.json().value(u"customerId"_s).toString();
    const QString bobsOrder = bob.json().value(u"id"_s).toString();
    const QByteArray adaToken = customer(adaId);

    const HttpAnswer peek = call("GET", u"/v1/orders/"_s + bobsOrder, {}, adaToken);
    EXPECT_EQ(peek.status, 404) << "someone else's order does not exist for this token";
    EXPECT_EQ(peek.code(), u"not_found"_s);
    const HttpAnswer byNumber
            = call("GET", u"/v1/orders/%1"_s.arg(bob.json().value(u"number"_s).toInteger()), {}, adaToken);
    EXPECT_EQ(byNumber.status, 404);
    EXPECT_EQ(call("POST", u"/v1/orders/"_s + bobsOrder + u"/cancel"_s, {}, adaToken).status, 404);
    EXPECT_EQ(db.session().orders().find(bobsOrder)->status, OrderStatus::Pending);

    const HttpAnswer mine = call("GET", u"/v1/orders"_s, {}, adaToken);
    ASSERT_EQ(mine.status, 200);
    const QJsonArray rows = mine.json().value(u"data"_s).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value(u"id"_s), ada.json().value(u"id"_s));

    // Placing for someone else with a customer token is refused.
    const HttpAnswer forBob
            = post(placeBody(u"W-1"_s, 1, "29.99",
                           R"("customerId": ")" + bob.json().value(u"customerId"_s).toString().toUtf8() + '"'),
                    {}, adaToken);
    EXPECT_EQ(forBob.status, 403) << forBob;

    const HttpAnswer cancelled = call("POST", u"/v1/orders/"_s + ada.json().value(u"id"_s).toString() + u"/cancel"_s,
            R"({"reason": "changed my mind"})", adaToken);
    ASSERT_EQ(cancelled.status, 200) << cancelled;
    EXPECT_EQ(cancelled.json().value(u"status"_s).toString(), u"cancelled"_s);
    EXPECT_EQ(available(u"W-1"_s), 9) << "the cancelled order's stock went back";
}

TEST_F(ApiServerTest, AStalePriceIs409PriceChangedNamingTheProductAndBothPrices)
{
    const HttpAnswer answer = post(placeBody(u"W-1"_s, 1, "19.99"));
    ASSERT_EQ(answer.status, 409) << answer;
    EXPECT_EQ(answer.code(), u"price_changed"_s);
    EXPECT_EQ(answer.details().value(u"productId"_s).toString(), u"W-1"_s);
    EXPECT_EQ(answer.details().value(u"requestedPrice"_s).toString(), u"19.99"_s);
    EXPECT_EQ(answer.details().value(u"currentPrice"_s).toString(), u"29.99"_s);
    EXPECT_EQ(orderCount(), 0);

    // A number that only a double would round to the catalogue price is not that price.
    const HttpAnswer near = post(placeBody(u"W-1"_s, 1, "29.990000000000001"));
    EXPECT_EQ(near.status, 400) << near;
    EXPECT_EQ(near.details().value(u"field"_s).toString(), u"items[0].price"_s);
    EXPECT_EQ(post(placeBody(u"W-1"_s, 1, "2999e-2")).status, 201) << "an exponent form of the exact price";
}

TEST_F(ApiServerTest, NotEnoughStockIs409OutOfStockWithWhatIsAvailable)
{
    const HttpAnswer answer = post(placeBody(u"W-1"_s, 11));
    ASSERT_EQ(answer.status, 409) << answer;
    EXPECT_EQ(answer.code(), u"out_of_stock"_s);
    EXPECT_EQ(answer.details().value(u"productId"_s).toString(), u"W-1"_s);
    EXPECT_EQ(answer.details().value(u"available"_s).toInteger(), 10);
    EXPECT_EQ(answer.details().value(u"requested"_s).toInteger(), 11);
    EXPECT_EQ(orderCount(), 0);
    EXPECT_EQ(available(u"W-1"_s), 10);
}

TEST_F(ApiServerTest, HostileInputIs400WithTheFieldPathAndWritesNothing)
{
    struct Case {
        QByteArray body;
        QString field;
    };
    const QList<Case> cases{
            {"not json", u"json"_s},
            {"[1, 2, 3]", u"json"_s},
            {R"({"customer": {"name": "Ada", )", u"json"_s},
            {placeBody(u"W-1"_s, 0), u"items[0].quantity"_s},
            {placeBody(u"W-1"_s, -5), u"items[0].quantity"_s},
            {placeBody(u"W-1"_s, 1, "\"twelve\""), u"items[0].price"_s},
            {placeBody(u"W-1"_s, 1, "1e400"), u"json"_s}, // beyond any double: Qt's parser refuses the document
            {placeBody(u"W-1"_s, 1, "29.999"), u"items[0].price"_s},
            {QByteArray(placeBody(u"W-1"_s, 1)).replace(R"("quantity": 1)", R"("quantity": 1, "quantity": 50)"),
                    u"items[0].quantity"_s},
            {QByteArray(placeBody(u"W-1"_s, 1)).replace("1 Main St", QByteArray(5000, 'x')),
                    u"shippingAddress.street"_s},
            {QByteArray(placeBody(u"W-1"_s, 1)).replace("ada@example.com", "not-an-email"), u"customer.email"_s},
            {QByteArray(placeBody(u"W-1"_s, 1)).replace(R"("type": "invoice")", R"("type": "bitcoin")"),
                    u"paymentMethod.type"_s},
            {QByteArray(placeBody(u"W-1"_s, 1)).replace(R"("zip": "94102")", R"("zip": 94102)"),
                    u"shippingAddress.zip"_s},
            // Money the shop decides is not the caller's to set.
            {QByteArray(placeBody(u"W-1"_s, 1))
                            .replace(R"("paymentMethod")",
                                    R"("discounts": [{"type": "percent", "value": 100, "reason": "free"}], "paymentMethod")"),
                    u"discounts"_s},
            {QByteArray(placeBody(u"W-1"_s, 1))
                            .replace(R"("paymentMethod")",
                                    R"("shipping": {"method": "express", "amount": 0}, "paymentMethod")"),
                    u"shipping"_s},
    };
    for (const Case &hostile : cases) {
        const HttpAnswer answer = post(hostile.body);
        EXPECT_EQ(answer.status, 400) << hostile.body.left(120).toStdString() << " -> " << answer;
        EXPECT_EQ(answer.code(), u"validation_failed"_s);
        EXPECT_EQ(answer.details().value(u"field"_s).toString(), hostile.field) << answer;
    }
    EXPECT_EQ(orderCount(), 0);
    EXPECT_EQ(db.session().customers().count(QString()).value_or(-1), 0) << "no customer was created either";
    EXPECT_EQ(available(u"W-1"_s), 10);
}

TEST_F(ApiServerTest, RequestsWithoutAValidTokenAre401)
{
    EXPECT_EQ(call("GET", u"/v1/orders"_s, {}, {}).status, 401);
    const HttpAnswer wrongKey = call("GET", u"/v1/orders"_s, {},
            ApiToken::sign(TokenSubject{TokenSubject::Kind::Storefront, u"web"_s}, "another key that is long enough!!",
                    QDateTime::currentDateTimeUtc(), std::chrono::hours(1)));
    EXPECT_EQ(wrongKey.status, 401);
    EXPECT_EQ(wrongKey.code(), u"unauthorized"_s);
    const HttpAnswer expired = call("GET", u"/v1/orders"_s, {},
            ApiToken::sign(TokenSubject{TokenSubject::Kind::Storefront, u"web"_s}, kKey,
                    QDateTime::currentDateTimeUtc().addSecs(-7200), std::chrono::hours(1)));
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json().value(u"message"_s).toString(), u"The token has expired."_s);
    EXPECT_FALSE(expired.headers.value("www-authenticate").isEmpty());
    EXPECT_EQ(post(placeBody(u"W-1"_s, 1), {}, "e30.e30.").status, 401);
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(ApiServerTest, BodiesOverOneMebibyteAre413)
{
    QByteArray body = placeBody(u"W-1"_s, 1);
    body.insert(1, R"("padding": ")" + QByteArray(1024 * 1024, 'x') + R"(", )");
    const HttpAnswer answer = post(body);
    EXPECT_EQ(answer.status, 413) << answer.status;
    EXPECT_EQ(answer.code(), u"payload_too_large"_s);
    EXPECT_EQ(orderCount(), 0);
}

TEST_F(ApiServerTest, EachTokenHasItsOwnRateLimitAnswered429WithRetryAfter)
{
    server.reset();
    ApiServerOptions options = defaults();
    options.requestsPerSecond = 0.5;
    options.burst = 2;
    startServer(options);
    EXPECT_EQ(call("GET", u"/v1/orders"_s).status, 200);
    EXPECT_EQ(call("GET", u"/v1/orders"_s).status, 200);
    const HttpAnswer limited = call("GET", u"/v1/orders"_s);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.code(), u"rate_limited"_s);
    EXPECT_EQ(limited.headers.value("retry-after"), "2");
    const QByteArray other = token(TokenSubject{TokenSubject::Kind::Storefront, u"shop-2"_s});
    EXPECT_EQ(call("GET", u"/v1/orders"_s, {}, other).status, 200) << "another token is not limited by this one";
}

TEST_F(ApiServerTest, OrderListsPageByCursorNewestFirst)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(post(placeBody(u"W-2"_s, 1, "5.00")).status, 201);
    QList<qint64> numbers;
    QString cursor;
    int pages = 0;
    do {
        const HttpAnswer page
                = call("GET", u"/v1/orders?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        ASSERT_EQ(page.status, 200) << page;
        for (const QJsonValue &row : page.json().value(u"data"_s).toArray())
            numbers << row.toObject().value(u"number"_s).toInteger();
        cursor = page.json().value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(numbers.size(), 5);
    for (qsizetype i = 1; i < numbers.size(); ++i)
        EXPECT_GT(numbers.at(i - 1), numbers.at(i));
    EXPECT_EQ(call("GET", u"/v1/orders?status=cancelled"_s).json().value(u"data"_s).toArray().size(), 0);
    EXPECT_EQ(call("GET", u"/v1/orders?status=lost"_s).status, 400);
    EXPECT_EQ(call("GET", u"/v1/orders?cursor=abc"_s).details().value(u"field"_s).toString(), u"cursor"_s);
}

TEST_F(ApiServerTest, AvailabilityAndUnknownPathsAndMethods)
{
    const HttpAnswer stock = call("GET", u"/v1/products/W-1/availability"_s);
    ASSERT_EQ(stock.status, 200) << stock;
    EXPECT_EQ(stock.json().value(u"available"_s).toInteger(), 10);
    EXPECT_EQ(stock.json().value(u"priceMinor"_s).toInteger(), 2999);
    EXPECT_EQ(call("GET", u"/v1/products/NOPE/availability"_s).status, 404);
    EXPECT_EQ(call("GET", u"/v1/nothing"_s).status, 404);
    const HttpAnswer method = call("DELETE", u"/v1/orders/123"_s);
    EXPECT_EQ(method.status, 405);
    EXPECT_EQ(method.headers.value("allow"), "GET");
}

TEST_F(ApiServerTest, ShutdownLetsTheRequestInFlightFinishAndThenStops)
{
    QSignalSpy stopped(server.get(), &ApiServer::stopped);
    QNetworkReply *reply = start("POST", u"/v1/orders"_s, placeBody(u"W-1"_s, 1));
    // Shut down the moment the server has taken the request: its answer comes back through this thread's
    // event loop, so it cannot have been written yet.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (server->inFlight() == 1) {
            server->shutdown();
            loop.quit();
        }
    });
    poll.start(0);
    QTimer::singleShot(std::chrono::seconds(30), &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(server->inFlight(), 1);
    const HttpAnswer answer = read(reply);
    EXPECT_EQ(answer.status, 201) << answer;
    EXPECT_TRUE(stopped.wait(10000) || stopped.size() == 1);
    EXPECT_EQ(orderCount(), 1);
    // Nothing listens any more.
    QNetworkReply *late = start("GET", u"/v1/orders"_s);
    read(late);
    EXPECT_NE(late->error(), QNetworkReply::NoError);
}

TEST_F(ApiServerTest, CardPaymentsGoThroughStripeAndADeclineIs402WithItsDeclineCode)
{
    test::ScriptedHttpServer http;
    test::FakeStripe stripe(http);
    qputenv("SHIPSHAPE_STRIPE_API_BASE", stripe.baseUrl().toString().toUtf8());
    server.reset();
    SessionSecrets secrets;
    secrets.stripeSecretKey = QString::fromLatin1(test::FakeStripe::kSecretKey);
    startServer(defaults(), secrets);

    const auto card = [](const QByteArray &token) {
        return QByteArray(placeBody(u"W-1"_s, 1))
                .replace(R"({"type": "invoice"})", QByteArray(R"({"type": "card", "token": ")" + token + R"("})"));
    };
    const HttpAnswer paid = post(card("pm_card_visa"), "card-1");
    ASSERT_EQ(paid.status, 201) << paid;
    EXPECT_EQ(paid.json().value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(paid.json().value(u"paymentState"_s).toString(), u"paid"_s);

    const HttpAnswer declined = post(card("pm_card_chargeDeclinedInsufficientFunds"), "card-2");
    ASSERT_EQ(declined.status, 402) << declined;
    EXPECT_EQ(declined.code(), u"payment_failed"_s);
    EXPECT_EQ(declined.details().value(u"declineCode"_s).toString(), u"insufficient_funds"_s);
    EXPECT_EQ(available(u"W-1"_s), 9) << "the declined order's stock was released";
    // The decline is the key's answer: a retry does not charge again.
    const HttpAnswer retried = post(card("pm_card_chargeDeclinedInsufficientFunds"), "card-2");
    EXPECT_EQ(retried.status, 402);
    EXPECT_EQ(retried.headers.value("idempotent-replayed"), "true");
    EXPECT_FALSE(log.join(u'\n').contains(u"pm_card"_s)) << "no card data in the request log";
    qunsetenv("SHIPSHAPE_STRIPE_API_BASE");
}

// Stripe's webhook: signed by Stripe (no bearer token), each event applied once.
class StripeWebhookServerTest : public ApiServerTest {
protected:
    static constexpr const char *kWebhookSecret = "whsec_api_server_test_secret";

    void SetUp() override
    {
        test::addProduct(db.session(), u"W-1"_s, u"29.99"_s, 10);
        qputenv("SHIPSHAPE_STRIPE_API_BASE", stripe.baseUrl().toString().toUtf8());
        SessionSecrets secrets;
        secrets.stripeSecretKey = QString::fromLatin1(test::FakeStripe::kSecretKey);
        ApiServerOptions options = defaults();
        options.stripeWebhookSecret = kWebhookSecret;
        startServer(options, secrets);
    }
    void TearDown() override
    {
        server.reset();
        qunsetenv("SHIPSHAPE_STRIPE_API_BASE");
    }

    HttpAnswer deliver(const QByteArray &body, const QByteArray &signature)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!signature.isEmpty())
            headers.append({"Stripe-Signature", signature});
        return call("POST", u"/v1/webhooks/stripe"_s, body, {}, headers);
    }
    HttpAnswer deliver(const QByteArray &body)
    {
        return deliver(body, StripeSignature::header(db.clock().now().toSecsSinceEpoch(), body, kWebhookSecret));
    }
    // A card order placed and paid through the API; its number and PaymentIntent.
    std::pair<qint64, QString> paidCardOrder()
    {
        const QByteArray body
                = QByteArray(placeBody(u"W-1"_s, 1))
                          .replace(R"({"type": "invoice"})", R"({"type": "card", "token": "pm_card_visa"})");
        const HttpAnswer paid = post(body, "card-webhook");
        EXPECT_EQ(paid.status, 201) << paid;
        const qint64 number = paid.json().value(u"number"_s).toInteger();
        auto order = db.session().orders().find(paid.json().value(u"id"_s).toString());
        EXPECT_TRUE(order.has_value());
        EXPECT_EQ(order->number, number);
        return {order->number, order->paymentAttempts.constFirst().paymentIntent};
    }
    qint64 processedEvents()
    {
        return test::scalar(db.session().database(), u"SELECT COUNT(*) FROM stripe_webhook_events"_s);
    }

    test::ScriptedHttpServer http;
    test::FakeStripe stripe{http};
};

TEST_F(StripeWebhookServerTest, ARefundMadeInStripeIsRecordedOnceAndAReplayIsAcknowledged)
{
    const auto [number, intent] = paidCardOrder();
    ASSERT_TRUE(intent.startsWith(u"pi_"_s));
    const QByteArray body = test::stripe_events::event(u"evt_api_refund_1"_s, u"charge.refunded"_s,
            test::stripe_events::charge(u"ch_api_1"_s, intent, 2999, 1000, u"usd"_s,
                    QJsonArray{
                            test::stripe_events::refund(u"re_api_dash_1"_s, 1000, u"usd"_s, intent, u"ch_api_1"_s)}));
    const HttpAnswer applied = deliver(body);
    ASSERT_EQ(applied.status, 200) << applied;
    EXPECT_EQ(applied.json().value(u"outcome"_s).toString(), u"applied"_s);
    EXPECT_EQ(applied.json().value(u"orderNumber"_s).toInteger(), number);
    EXPECT_EQ(db.session().orders().find(QString::number(number))->refunded.minorUnits(), 1000);

    const HttpAnswer replayed = deliver(body);
    ASSERT_EQ(replayed.status, 200) << replayed;
    EXPECT_EQ(replayed.json().value(u"outcome"_s).toString(), u"replayed"_s);
    const Order after = *db.session().orders().find(QString::number(number));
    EXPECT_EQ(after.refunded.minorUnits(), 1000);
    EXPECT_EQ(after.refunds.size(), 1);
    EXPECT_EQ(processedEvents(), 1);
    EXPECT_TRUE(log.join(u'\n').contains(u"POST /v1/webhooks/stripe 200"_s)) << log.join(u'\n').toStdString();
    EXPECT_TRUE(log.join(u'\n').contains(u"subject=stripe-webhook"_s));
}

TEST_F(StripeWebhookServerTest, TheSameEventDeliveredFourTimesAtOnceIsAppliedOnce)
{
    const auto [number, intent] = paidCardOrder();
    const QByteArray body = test::stripe_events::event(u"evt_api_race"_s, u"charge.refunded"_s,
            test::stripe_events::charge(u"ch_api_3"_s, intent, 2999, 700, u"usd"_s,
                    QJsonArray{test::stripe_events::refund(u"re_api_race"_s, 700, u"usd"_s, intent, u"ch_api_3"_s)}));
    const QByteArray signature = StripeSignature::header(db.clock().now().toSecsSinceEpoch(), body, kWebhookSecret);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies << start("POST", u"/v1/webhooks/stripe"_s, body, {}, {{"Stripe-Signature", signature}});
    QStringList outcomes;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const HttpAnswer answer = read(reply);
        EXPECT_EQ(answer.status, 200) << answer;
        outcomes << answer.json().value(u"outcome"_s).toString();
    }
    EXPECT_EQ(outcomes.count(u"applied"_s), 1) << outcomes.join(u',').toStdString();
    EXPECT_EQ(outcomes.count(u"replayed"_s), 3) << outcomes.join(u',').toStdString();
    const Order after = *db.session().orders().find(QString::number(number));
    EXPECT_EQ(after.refunded.minorUnits(), 700);
    EXPECT_EQ(after.refunds.size(), 1);
}

TEST_F(StripeWebhookServerTest, ASucceededEventResolvesAPaymentLeftInDoubt)
{
    // The test's own session charges with a gateway that gives up quickly; the server answers the webhook.
    StripeSettings settings;
    settings.apiBase = stripe.baseUrl();
    settings.secretKey = QString::fromLatin1(test::FakeStripe::kSecretKey);
    settings.timeout = std::chrono::milliseconds(300);
    settings.retry = RetryPolicy{std::chrono::milliseconds(5), std::chrono::milliseconds(20), 0.5, 3};
    db.session().setPaymentGateway(std::make_unique<StripeGateway>(&db.session().network(), settings, 3u));
    stripe.injectFaults({test::FakeStripe::Fault::HangAfterProcessing, test::FakeStripe::Fault::HangAfterProcessing,
            test::FakeStripe::Fault::HangAfterProcessing});
    PlaceOrderRequest request = test::placeRequest({{u"W-1"_s, 1}});
    request.paymentMethod = PaymentMethodType::Card;
    request.paymentToken = u"pm_card_visa"_s;
    ASSERT_FALSE(test::await(db.session().payments().placeOrder(request)).has_value());
    const Order pending = *db.session().orders().find(u"1001"_s);
    ASSERT_EQ(pending.status, OrderStatus::Pending);
    const QString intent = stripe.intents().keys().value(0); // not firstKey(): -O3 sees the empty map

    const HttpAnswer applied = deliver(test::stripe_events::event(u"evt_api_succeeded"_s, u"payment_intent.succeeded"_s,
            test::stripe_events::paymentIntent(intent, 2999, u"usd"_s, u"succeeded"_s, pending.id, pending.number)));
    ASSERT_EQ(applied.status, 200) << applied;
    EXPECT_EQ(applied.json().value(u"outcome"_s).toString(), u"applied"_s);
    const Order confirmed = *db.session().orders().find(u"1001"_s);
    EXPECT_EQ(confirmed.status, OrderStatus::Confirmed);
    EXPECT_EQ(confirmed.paid.minorUnits(), 2999);
    EXPECT_EQ(stripe.intentsCreated(), 1);
}

TEST_F(StripeWebhookServerTest, BadSignaturesAre400WithTheirCodeAndWriteNothing)
{
    const auto [number, intent] = paidCardOrder();
    const QByteArray body = test::stripe_events::event(u"evt_api_forged"_s, u"charge.refunded"_s,
            test::stripe_events::charge(u"ch_api_2"_s, intent, 2999, 2999, u"usd"_s));
    const qint64 t = db.clock().now().toSecsSinceEpoch();
    const QList<std::pair<QByteArray, QString>> cases{{{}, u"signature_missing"_s},
            {"t=yesterday,v1=00", u"signature_malformed"_s},
            {StripeSignature::header(t - 301, body, kWebhookSecret), u"signature_expired"_s},
            {StripeSignature::header(t + 301, body, kWebhookSecret), u"signature_expired"_s},
            {StripeSignature::header(t, body, "whsec_wrong"), u"signature_mismatch"_s},
            {StripeSignature::header(t, body + " ", kWebhookSecret), u"signature_mismatch"_s}};
    for (const auto &[signature, code] : cases) {
        const HttpAnswer refused = deliver(body, signature);
        EXPECT_EQ(refused.status, 400) << refused;
        EXPECT_EQ(refused.code(), code) << signature.toStdString();
    }
    EXPECT_EQ(processedEvents(), 0);
    EXPECT_EQ(db.session().orders().find(QString::number(number))->refunded.minorUnits(), 0);
    // A bearer token is no substitute for Stripe's signature, and other methods are not allowed.
    EXPECT_EQ(call("POST", u"/v1/webhooks/stripe"_s, body, storefront()).status, 400);
    EXPECT_EQ(call("GET", u"/v1/webhooks/stripe"_s, {}, {}).status, 405);
    const HttpAnswer ignored = deliver(test::stripe_events::event(
            u"evt_api_other"_s, u"invoice.paid"_s, QJsonObject{{u"id"_s, u"in_1"_s}, {u"object"_s, u"invoice"_s}}));
    ASSERT_EQ(ignored.status, 200) << ignored;
    EXPECT_EQ(ignored.json().value(u"outcome"_s).toString(), u"ignored"_s);
}

TEST_F(ApiServerTest, StripeWebhookWithoutASecretIs503)
{
    const QByteArray body = test::stripe_events::event(
            u"evt_no_secret"_s, u"invoice.paid"_s, QJsonObject{{u"id"_s, u"in_1"_s}, {u"object"_s, u"invoice"_s}});
    const HttpAnswer answer = call("POST", u"/v1/webhooks/stripe"_s, body, {},
            {{"Stripe-Signature", StripeSignature::header(db.clock().now().toSecsSinceEpoch(), body, "whsec_x")}});
    EXPECT_EQ(answer.status, 503) << answer;
    EXPECT_EQ(answer.code(), u"unavailable"_s);
}
