#pragma once

// Shared fixture for the CLI tests: one fresh SQLite file per test, plus shortcuts for the common steps.

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace shipshape::clitest {

class CliFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(cliPath().isEmpty()) << "SHIPSHAPE_CLI is not set; run through ctest.";
        ASSERT_TRUE(cli.isValid()) << "no temporary directory";
    }

    // `migrate` must succeed.
    void migrate()
    {
        const CliResult result = cli.run({QStringLiteral("migrate")});
        ASSERT_EQ(result.exitCode, ExitOk) << result;
    }

    // `products add` must succeed.
    void addProduct(const QString &sku, const QString &price = QStringLiteral("29.99"), qint64 stock = 10,
            const QStringList &extra = {})
    {
        const CliResult result
                = cli.run(QStringList{QStringLiteral("products"), QStringLiteral("add"), QStringLiteral("--sku"), sku,
                                  QStringLiteral("--name"), QStringLiteral("Widget ") + sku, QStringLiteral("--price"),
                                  price, QStringLiteral("--stock"), QString::number(stock)}
                        + extra);
        ASSERT_EQ(result.exitCode, ExitOk) << result;
    }

    // `products show SKU --json`; an empty object (and a test failure) if it fails.
    QJsonObject product(const QString &sku)
    {
        const CliResult result
                = cli.run({QStringLiteral("--json"), QStringLiteral("products"), QStringLiteral("show"), sku});
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.exitCode == ExitOk ? result.jsonObject() : QJsonObject();
    }

    // `orders show ORDER --json`; an empty object (and a test failure) if it fails.
    QJsonObject order(const QString &reference)
    {
        const CliResult result
                = cli.run({QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("show"), reference});
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.exitCode == ExitOk ? result.jsonObject() : QJsonObject();
    }
    QJsonObject order(qint64 number) { return order(QString::number(number)); }

    QJsonArray ordersList(int limit = 100000)
    {
        const CliResult result = cli.run({QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("list"),
                QStringLiteral("--limit"), QString::number(limit)});
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.exitCode == ExitOk ? result.jsonArray() : QJsonArray();
    }

    // A place request in the shape the seed data and the docs use.
    static QJsonObject placeRequest(const QString &sku, const QJsonValue &quantity = 1,
            const QJsonValue &price = QStringLiteral("29.99"), const QString &email = QStringLiteral("ada@example.com"))
    {
        QJsonObject item{{QStringLiteral("productId"), sku}, {QStringLiteral("quantity"), quantity}};
        if (!price.isUndefined())
            item.insert(QStringLiteral("price"), price);
        return QJsonObject{
                {QStringLiteral("customer"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada Lovelace")},
                                {QStringLiteral("email"), email}}},
                {QStringLiteral("items"), QJsonArray{item}},
                {QStringLiteral("shippingAddress"),
                        QJsonObject{{QStringLiteral("street"), QStringLiteral("1 Main St")},
                                {QStringLiteral("city"), QStringLiteral("Springfield")},
                                {QStringLiteral("state"), QStringLiteral("IL")},
                                {QStringLiteral("zip"), QStringLiteral("62701")}}},
                {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), QStringLiteral("invoice")}}},
        };
    }

    // `orders place FILE --json`; returns the order number, or 0 (and a test failure) if it fails.
    qint64 placeOrder(const QJsonObject &request, const QHash<QString, QString> &environment = {})
    {
        const QString file = cli.writeFile(QStringLiteral("place-%1.json").arg(++m_files), toJsonBytes(request));
        const CliResult result = cli.run(
                {QStringLiteral("--json"), QStringLiteral("orders"), QStringLiteral("place"), file}, {}, environment);
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        if (result.exitCode != ExitOk)
            return 0;
        const qint64 number = result.jsonObject().value(QStringLiteral("number")).toInteger();
        EXPECT_GT(number, 0) << result;
        return number;
    }

    // Runs an orders subcommand that takes a JSON file (place, modify) with the given raw contents.
    CliResult runWithFile(const QStringList &arguments, const QByteArray &contents, bool json = true)
    {
        const QString file = cli.writeFile(QStringLiteral("request-%1.json").arg(++m_files), contents);
        QStringList all = json ? QStringList{QStringLiteral("--json")} : QStringList{};
        return cli.run(all + arguments + QStringList{file});
    }

    // Everything a failed command must leave untouched, as the CLI reports it.
    QByteArray snapshot(const QStringList &skus)
    {
        QByteArray all;
        const auto add = [&](const QStringList &arguments) {
            const CliResult result = cli.run(QStringList{QStringLiteral("--json")} + arguments);
            EXPECT_EQ(result.exitCode, ExitOk) << result;
            all += "== " + arguments.join(u' ').toUtf8() + "\n" + result.out;
        };
        add({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")});
        add({QStringLiteral("products"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")});
        add({QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000")});
        for (const QString &sku : skus)
            add({QStringLiteral("products"), QStringLiteral("movements"), sku, QStringLiteral("--limit"),
                    QStringLiteral("1000")});
        return all;
    }

    CliRunner cli;

private:
    int m_files = 0;
};

} // namespace shipshape::clitest
