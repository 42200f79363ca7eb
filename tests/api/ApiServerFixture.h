#pragma once

// The Order API end to end: the real ApiServer (Qt HttpServer, session threads, SQLite file or the private
// PostgreSQL cluster) on a loopback port, real HTTP requests from QNetworkAccessManager. Shared by the
// server's test files (ApiServerTest, SendGridWebhookServerTest).

#include "Helpers.h"
#include "TestDatabase.h"
#include "api/ApiServer.h"
#include "api/ApiToken.h"
#include "storage/UnitOfWork.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace shipshape::api::test_support {

using namespace Qt::Literals::StringLiterals;

inline const QByteArray kKey = "api-server-test-key-0123456789abcdef";

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString code() const { return json().value(u"code"_s).toString(); }
    [[nodiscard]] QJsonObject details() const { return json().value(u"details"_s).toObject(); }
};

inline std::ostream &operator<<(std::ostream &stream, const HttpAnswer &answer)
{
    return stream << answer.status << ' ' << answer.body.toStdString();
}

inline HttpAnswer read(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::chrono::seconds(60), &loop, &QEventLoop::quit);
        loop.exec();
    }
    EXPECT_TRUE(reply->isFinished()) << "no answer within 60 s";
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

inline QByteArray placeBody(const QString &sku, int quantity, const QByteArray &price = "29.99",
        const QByteArray &customer = R"("customer": {"name": "Ada Lovelace", "email": "ada@example.com"})")
{
    return "{" + customer + R"(, "items": [{"productId": ")" + sku.toUtf8() + R"(", "quantity": )"
            + QByteArray::number(quantity) + R"(, "price": )" + price
            + R"(}], "shippingAddress": {"street": "1 Main St", "city": "San Francisco", "state": "CA", "zip": "94102"}, "paymentMethod": {"type": "invoice"}})";
}

class ApiServerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::addProduct(db.session(), u"W-1"_s, u"29.99"_s, 10);
        test::addProduct(db.session(), u"W-2"_s, u"5.00"_s, 100);
        startServer();
    }
    void TearDown() override { server.reset(); }

    ApiServerOptions defaults() const
    {
        ApiServerOptions options;
        options.port = 0;
        options.workers = 3;
        options.jwtKey = kKey;
        options.requestsPerSecond = 10000;
        options.burst = 10000;
        return options;
    }

    void startServer(const ApiServerOptions &options, const SessionSecrets &secrets = {})
    {
        server = std::make_unique<ApiServer>(options, [this](const QString &line) { log << line; });
        SessionOptions sessionOptions = db.session().options();
        sessionOptions.migrate = false;
        sessionOptions.secrets = secrets;
        auto started = server->start(db.url(), sessionOptions);
        ASSERT_TRUE(started) << started.error().message.toStdString();
    }
    void startServer() { startServer(defaults()); }

    static QByteArray token(const TokenSubject &subject)
    {
        return ApiToken::sign(subject, kKey, QDateTime::currentDateTimeUtc(), std::chrono::hours(1));
    }
    static QByteArray storefront() { return token(TokenSubject{TokenSubject::Kind::Storefront, u"web"_s}); }
    static QByteArray customer(const QString &id) { return token(TokenSubject{TokenSubject::Kind::Customer, id}); }

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
            const QByteArray &bearer = storefront(), const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(server->port()).arg(path)));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return network.sendCustomRequest(request, method, body);
    }
    HttpAnswer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
            const QByteArray &bearer = storefront(), const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return read(start(method, path, body, bearer, headers));
    }
    HttpAnswer post(const QByteArray &body, const QByteArray &key = {}, const QByteArray &bearer = storefront())
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return call("POST", u"/v1/orders"_s, body, bearer, headers);
    }

    // Posts orders (body, Idempotency-Key) while the test holds the writer's turn (SQLite's; on PostgreSQL a
    // transaction of its own), as they arrive under load: the first is taken by the server's session alone,
    // which then waits for the writer; the others queue behind it and run together once the turn is given
    // back, before this returns.
    QList<QNetworkReply *> postBehindHeldWriter(const QList<QPair<QByteArray, QByteArray>> &orders)
    {
        QList<QNetworkReply *> replies;
        auto held = UnitOfWork::begin(db.session().database());
        EXPECT_TRUE(held.has_value()) << held.error().message.toStdString();
        for (const auto &[body, key] : orders) {
            replies << start("POST", u"/v1/orders"_s, body, storefront(), {{"Idempotency-Key", key}});
            const int posted = int(replies.size());
            // The first must reach the session before the others arrive; all must be in before the turn is given.
            if (posted == 1 || posted == orders.size()) {
                EXPECT_TRUE(QTest::qWaitFor([&] { return server->inFlight() == posted; }, 20000))
                        << server->inFlight() << " of " << posted;
            }
        }
        return replies;
    }

    qint64 orderCount() { return db.session().orders().count(OrderFilter{}).value_or(-1); }
    qint64 available(const QString &sku) { return db.session().inventory().product(sku)->available(); }

    test::TestDatabase db;
    std::unique_ptr<ApiServer> server;
    QNetworkAccessManager network;
    QStringList log;
};

} // namespace shipshape::api::test_support
