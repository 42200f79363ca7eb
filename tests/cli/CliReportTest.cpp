// `report kpis`: the dashboard's figures headless, as a table or JSON; bad dates name their field.

#include "CliFixture.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliReport : public CliFixture {
protected:
    // Yesterday to tomorrow (UTC): the orders placed by the test fall in it even across midnight.
    QStringList aroundToday() const
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {u"--from"_s, today.addDays(-1).toString(Qt::ISODate), u"--to"_s,
                today.addDays(1).toString(Qt::ISODate)};
    }

    QJsonObject reportJson(const QStringList &extra = {})
    {
        const CliResult result = cli.run(QStringList{u"--json"_s, u"report"_s, u"kpis"_s} + aroundToday() + extra);
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.exitCode == ExitOk ? result.jsonObject() : QJsonObject();
    }

    // `report kpis` with the given dates as JSON: the error object, and the exit code checked.
    QJsonObject refused(const QString &from, const QString &to, int exitCode)
    {
        const CliResult result = cli.run({u"--json"_s, u"report"_s, u"kpis"_s, u"--from"_s, from, u"--to"_s, to});
        EXPECT_EQ(result.exitCode, exitCode) << result;
        EXPECT_TRUE(result.out.isEmpty()) << result;
        return QJsonDocument::fromJson(result.err).object().value(u"error"_s).toObject();
    }
};

TEST_F(CliReport, KpisOfAFewOrdersAsJson)
{
    migrate();
    addProduct(u"SKU-A"_s, u"29.99"_s, 5);
    const qint64 first = placeOrder(placeRequest(u"SKU-A"_s, 2));
    ASSERT_GT(first, 0);
    ASSERT_GT(placeOrder(placeRequest(u"SKU-A"_s, 1)), 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(first)}).exitCode, ExitOk);
    // Only two left: refused, but a placement attempt all the same.
    const QString tooMany = cli.writeFile(u"too-many.json"_s, toJsonBytes(placeRequest(u"SKU-A"_s, 5)));
    EXPECT_EQ(cli.run({u"orders"_s, u"place"_s, tooMany}).exitCode, ExitConflict);

    const QJsonObject report = reportJson();
    EXPECT_EQ(report.value(u"currency"_s).toString(), u"USD"_s);
    EXPECT_EQ(report.value(u"period"_s).toObject().value(u"days"_s).toInteger(), 3);
    const QJsonObject current = report.value(u"current"_s).toObject();
    EXPECT_EQ(current.value(u"ordersPlaced"_s).toInteger(), 2);
    EXPECT_EQ(current.value(u"ordersConfirmed"_s).toInteger(), 1);
    EXPECT_EQ(current.value(u"placementAttempts"_s).toInteger(), 3);
    EXPECT_EQ(current.value(u"revenue"_s).toString(), u"59.98"_s);
    EXPECT_EQ(current.value(u"averageOrderValue"_s).toString(), u"59.98"_s);
    EXPECT_DOUBLE_EQ(current.value(u"successRate"_s).toDouble(), 1.0 / 3.0);
    EXPECT_TRUE(current.value(u"paymentFailureRate"_s).isNull());
    EXPECT_EQ(current.value(u"emailsWaiting"_s).toInteger() + current.value(u"emailsSent"_s).toInteger()
                    + current.value(u"emailsFailed"_s).toInteger(),
            3); // placed, placed, confirmed
    EXPECT_FALSE(current.value(u"placementMedianMs"_s).isNull());
    EXPECT_EQ(report.value(u"previous"_s).toObject().value(u"ordersPlaced"_s).toInteger(), 0);
    EXPECT_EQ(report.value(u"days"_s).toArray().size(), 3);
    const QJsonObject byStatus = report.value(u"byStatus"_s).toObject();
    EXPECT_EQ(byStatus.value(u"pending"_s).toInteger(), 1);
    EXPECT_EQ(byStatus.value(u"confirmed"_s).toInteger(), 1);
    EXPECT_EQ(report.value(u"awaitingShipment"_s).toInteger(), 1);
    const QJsonArray top = report.value(u"topProducts"_s).toArray();
    ASSERT_EQ(top.size(), 1);
    EXPECT_EQ(top.at(0).toObject().value(u"quantity"_s).toInteger(), 3);
    const QJsonArray low = report.value(u"lowStock"_s).toArray(); // 5 - 3 reserved = 2, threshold 5
    ASSERT_EQ(low.size(), 1);
    EXPECT_EQ(low.at(0).toObject().value(u"available"_s).toInteger(), 2);
    qint64 timed = 0;
    for (const QJsonValue &bucket : report.value(u"placementTimes"_s).toArray())
        timed += bucket.toObject().value(u"count"_s).toInteger();
    EXPECT_EQ(timed, 3);
}

TEST_F(CliReport, HumanTableShowsTheSameFigures)
{
    migrate();
    addProduct(u"SKU-A"_s, u"29.99"_s, 5);
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s, 2));
    ASSERT_GT(number, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(number)}).exitCode, ExitOk);
    const CliResult table = cli.run(QStringList{u"report"_s, u"kpis"_s} + aroundToday());
    ASSERT_EQ(table.exitCode, ExitOk) << table;
    const QString text = table.outText();
    EXPECT_TRUE(text.contains(u"Orders placed"_s)) << table;
    EXPECT_TRUE(text.contains(u"Order success rate (target at least 95 %)"_s)) << table;
    EXPECT_TRUE(text.contains(u"Placement time, median (target under 2000 ms)"_s)) << table;
    EXPECT_TRUE(text.contains(u"Card payments started"_s)) << table;
    EXPECT_TRUE(text.contains(u"Orders waiting to ship (now)"_s)) << table;
    EXPECT_TRUE(text.contains(u"100.0 %"_s)) << table; // one attempt, confirmed
    EXPECT_TRUE(text.contains(u"59.98"_s)) << table;
}

TEST_F(CliReport, EmptyDatabaseHasNoRatios)
{
    migrate();
    const QJsonObject current = reportJson().value(u"current"_s).toObject();
    EXPECT_EQ(current.value(u"ordersPlaced"_s).toInteger(), 0);
    EXPECT_TRUE(current.value(u"successRate"_s).isNull());
    EXPECT_TRUE(current.value(u"averageOrderValue"_s).isNull());
    EXPECT_TRUE(current.value(u"placementMedianMs"_s).isNull());
    EXPECT_EQ(current.value(u"revenue"_s).toString(), u"0.00"_s);
}

TEST_F(CliReport, BadDatesExitThreeNamingTheField)
{
    migrate();
    EXPECT_EQ(refused(u"2026-02-30"_s, u"2026-03-01"_s, ExitInvalid).value(u"field"_s).toString(), u"from"_s);
    EXPECT_EQ(refused(u"2026-03-01"_s, u"yesterday"_s, ExitInvalid).value(u"field"_s).toString(), u"to"_s);
    EXPECT_EQ(refused(u"2026-03-10"_s, u"2026-03-01"_s, ExitInvalid).value(u"field"_s).toString(), u"to"_s);
    EXPECT_EQ(refused(u"03/01/2026"_s, u"2026-03-01"_s, ExitInvalid).value(u"field"_s).toString(), u"from"_s);

    const CliResult plain = cli.run({u"report"_s, u"kpis"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s, u"2026-12-01"_s});
    EXPECT_EQ(plain.exitCode, ExitInvalid) << plain;
    EXPECT_TRUE(plain.errText().contains(u"--from"_s)) << plain;

    const CliResult currency = cli.run(QStringList{u"--json"_s, u"report"_s, u"kpis"_s} + aroundToday()
            + QStringList{u"--currency"_s, u"DOLLARS"_s});
    EXPECT_EQ(currency.exitCode, ExitInvalid) << currency;

    EXPECT_EQ(cli.run({u"report"_s, u"kpis"_s, u"--from"_s, u"2026-03-01"_s}).exitCode, ExitUsage);
    EXPECT_EQ(cli.run({u"report"_s, u"sales"_s}).exitCode, ExitUsage);
}

} // namespace
} // namespace shipshape::clitest
