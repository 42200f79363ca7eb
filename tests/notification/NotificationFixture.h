#pragma once

#include "Helpers.h"
#include "ScriptedHttpServer.h"
#include "TestDatabase.h"

#include "net/HttpClient.h"
#include "notification/NotificationOutbox.h"
#include "notification/OutboxDispatcher.h"
#include "notification/SendGridSender.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

namespace shipshape::test {

// A migrated database with one product and a real SendGridSender pointed at a ScriptedHttpServer.
class NotificationFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isListening());
        addProduct(db.session(), QStringLiteral("SKU-1"), QStringLiteral("12.50"), 100);
        mail.apiBase = server.baseUrl();
        mail.fromAddress = QStringLiteral("orders@shop.test");
        mail.fromName = QStringLiteral("Test Shop");
        mail.timeout = std::chrono::milliseconds(300); // short: "slow" replies must time out fast
        sender = std::make_unique<SendGridSender>(http, db.clock(), mail, QStringLiteral("SG.test-key"));
        dispatcher = makeDispatcher();
    }

    std::unique_ptr<OutboxDispatcher> makeDispatcher()
    {
        OutboxDispatcher::Settings settings;
        settings.jitterSeed = 42;
        settings.retry.maxAttempts = maxAttempts;
        return std::make_unique<OutboxDispatcher>(db.session().notifications(), *sender, db.clock(), settings);
    }

    Order place(const QString &name = QStringLiteral("Ada Lovelace"))
    {
        auto order = db.session().orders().place(
                placeRequest({{QStringLiteral("SKU-1"), 2}}, QStringLiteral("ada@example.com"), name));
        EXPECT_TRUE(order.has_value()) << (order ? std::string() : order.error().message.toStdString());
        return order ? *order : Order{};
    }

    // Runs one dispatchDue() round to completion.
    void dispatchOnce(OutboxDispatcher &which)
    {
        QSignalSpy done(&which, &OutboxDispatcher::finished);
        which.dispatchDue();
        if (done.isEmpty()) {
            ASSERT_TRUE(done.wait(5000)) << "dispatch round did not finish";
        }
    }
    void dispatchOnce() { dispatchOnce(*dispatcher); }

    OutboxEntry only()
    {
        auto entries = db.session().notifications().list(std::nullopt);
        EXPECT_TRUE(entries.has_value());
        EXPECT_EQ(entries->size(), 1);
        return entries->isEmpty() ? OutboxEntry{} : entries->constFirst();
    }

    QStringList timelineEvents(qint64 number)
    {
        auto order = db.session().orders().find(QString::number(number));
        QStringList events;
        if (order) {
            for (const TimelineEntry &entry : order->timeline)
                events << entry.event;
        }
        return events;
    }

    int maxAttempts = 8;
    TestDatabase db;
    ScriptedHttpServer server;
    QNetworkAccessManager manager;
    HttpClient http{&manager};
    MailSettings mail;
    std::unique_ptr<SendGridSender> sender;
    std::unique_ptr<OutboxDispatcher> dispatcher;
};

} // namespace shipshape::test
