// `demo-data`: generation, ordering of `orders list`, determinism by seed, refusal on non-empty databases.

#include "CliFixture.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

const QStringList kDemoArguments{u"demo-data"_s, u"--orders"_s, u"500"_s, u"--products"_s, u"20"_s, u"--customers"_s,
        u"50"_s, u"--seed"_s, u"7"_s};

class CliDemoData : public CliFixture {
protected:
    // The time-independent part of `orders list --json`.
    QStringList projection(const QJsonArray &rows)
    {
        QStringList lines;
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            lines << u"%1|%2|%3|%4"_s.arg(object.value(u"number"_s).toInteger())
                             .arg(object.value(u"status"_s).toString(), object.value(u"total"_s).toString(),
                                     object.value(u"customer"_s).toObject().value(u"name"_s).toString());
        }
        return lines;
    }
};

TEST_F(CliDemoData, GeneratesAndListsNewestFirst)
{
    const CliResult generated = cli.run(QStringList{u"--json"_s} + kDemoArguments);
    ASSERT_EQ(generated.exitCode, ExitOk) << generated;
    const QJsonObject report = generated.jsonObject();
    EXPECT_EQ(report.value(u"orders"_s).toInteger(), 500) << generated;
    EXPECT_EQ(report.value(u"products"_s).toInteger(), 20) << generated;
    EXPECT_EQ(report.value(u"customers"_s).toInteger(), 50) << generated;

    const CliResult list = cli.run({u"--json"_s, u"orders"_s, u"list"_s, u"--limit"_s, u"50"_s});
    ASSERT_EQ(list.exitCode, ExitOk) << list;
    const QJsonArray rows = list.jsonArray();
    ASSERT_EQ(rows.size(), 50) << list;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &row : rows) {
        const qint64 number = row.toObject().value(u"number"_s).toInteger(-1);
        EXPECT_LT(number, previous) << "orders list must be newest (highest number) first";
        previous = number;
        EXPECT_FALSE(row.toObject().value(u"status"_s).toString().isEmpty());
        EXPECT_FALSE(row.toObject().value(u"total"_s).toString().isEmpty());
    }
    EXPECT_EQ(ordersList().size(), 500);

    const CliResult products = cli.run({u"--json"_s, u"products"_s, u"list"_s});
    ASSERT_EQ(products.exitCode, ExitOk) << products;
    EXPECT_EQ(products.jsonArray().size(), 20) << products;
}

TEST_F(CliDemoData, SameSeedGivesSameOrders)
{
    const CliResult first = cli.run(kDemoArguments);
    ASSERT_EQ(first.exitCode, ExitOk) << first;
    const QStringList one = projection(ordersList());

    cli.setDatabaseFile(u"second.sqlite"_s);
    const CliResult second = cli.run(kDemoArguments);
    ASSERT_EQ(second.exitCode, ExitOk) << second;
    const QStringList two = projection(ordersList());

    ASSERT_EQ(one.size(), 500);
    EXPECT_EQ(one, two) << "the same seed must produce the same orders";
}

TEST_F(CliDemoData, RefusesNonEmptyDatabase)
{
    const CliResult first = cli.run({u"demo-data"_s, u"--orders"_s, u"20"_s, u"--products"_s, u"5"_s, u"--customers"_s,
            u"5"_s, u"--seed"_s, u"1"_s});
    ASSERT_EQ(first.exitCode, ExitOk) << first;
    const QByteArray before = snapshot({});
    const CliResult again = cli.run({u"demo-data"_s, u"--orders"_s, u"20"_s, u"--products"_s, u"5"_s, u"--customers"_s,
            u"5"_s, u"--seed"_s, u"2"_s});
    EXPECT_EQ(again.exitCode, ExitConflict) << again;
    EXPECT_EQ(snapshot({}), before);

    // A catalogue alone is already "data".
    cli.setDatabaseFile(u"catalogue-only.sqlite"_s);
    ASSERT_NO_FATAL_FAILURE(addProduct(u"ONLY-1"_s));
    const CliResult onCatalogue
            = cli.run({u"demo-data"_s, u"--orders"_s, u"5"_s, u"--products"_s, u"2"_s, u"--customers"_s, u"2"_s});
    EXPECT_EQ(onCatalogue.exitCode, ExitConflict) << onCatalogue;
}

TEST_F(CliDemoData, BadCountsAreInvalidInput)
{
    for (const QStringList &arguments :
            {QStringList{u"demo-data"_s, u"--orders"_s, u"-5"_s}, QStringList{u"demo-data"_s, u"--products"_s, u"0"_s},
                    QStringList{u"demo-data"_s, u"--customers"_s, u"many"_s}}) {
        const CliResult result = cli.run(arguments);
        EXPECT_EQ(result.exitCode, ExitInvalid) << result;
    }
    EXPECT_EQ(ordersList().size(), 0);
}

// The mix's shares: reported, and off when asked; an exchanged share beyond the returned one, or shares above
// 100 % together, are refused naming the option and nothing is written.
TEST_F(CliDemoData, TheMixOfPartlyShippedReturnedAndExchangedOrders)
{
    const CliResult mixed = cli.run(QStringList{u"--json"_s} + kDemoArguments);
    ASSERT_EQ(mixed.exitCode, ExitOk) << mixed;
    const qint64 partlyShipped = mixed.jsonObject().value(u"partlyShipped"_s).toInteger();
    EXPECT_NEAR(double(partlyShipped), 50.0, 2.0) << mixed;
    EXPECT_NEAR(double(mixed.jsonObject().value(u"returns"_s).toInteger()), 25.0, 3.0) << mixed;
    EXPECT_GT(mixed.jsonObject().value(u"exchanges"_s).toInteger(), 0) << mixed;
    const CliResult partly = cli.run(
            {u"--json"_s, u"orders"_s, u"list"_s, u"--fulfillment"_s, u"partially_shipped"_s, u"--limit"_s, u"100"_s});
    ASSERT_EQ(partly.exitCode, ExitOk) << partly;
    EXPECT_EQ(partly.jsonArray().size(), partlyShipped) << partly;
    const CliResult returns = cli.run({u"--json"_s, u"returns"_s, u"list"_s});
    ASSERT_EQ(returns.exitCode, ExitOk) << returns;
    EXPECT_FALSE(returns.jsonArray().isEmpty()) << returns;

    cli.setDatabaseFile(u"plain.sqlite"_s);
    const CliResult plain = cli.run(QStringList{u"--json"_s} + kDemoArguments
            + QStringList{u"--partly-shipped"_s, u"0"_s, u"--returned"_s, u"0"_s, u"--exchanged"_s, u"0"_s});
    ASSERT_EQ(plain.exitCode, ExitOk) << plain;
    EXPECT_EQ(plain.jsonObject().value(u"partlyShipped"_s).toInteger(), 0) << plain;
    EXPECT_EQ(plain.jsonObject().value(u"returns"_s).toInteger(), 0) << plain;

    cli.setDatabaseFile(u"refused.sqlite"_s);
    for (const auto &[arguments, option] :
            {std::pair{QStringList{u"--returned"_s, u"5"_s, u"--exchanged"_s, u"6"_s}, u"exchanged"_s},
                    std::pair{QStringList{u"--partly-shipped"_s, u"60"_s, u"--returned"_s, u"41"_s}, u"returned"_s},
                    std::pair{QStringList{u"--returned"_s, u"101"_s}, u"returned"_s}}) {
        const CliResult refused = cli.run(kDemoArguments + arguments);
        EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
        EXPECT_TRUE(refused.errText().contains(option)) << refused;
    }
    EXPECT_EQ(ordersList().size(), 0);
}

TEST_F(CliDemoData, ProgressAndSummaryAreSeparateLines)
{
    // Both streams captured as one, in the order they were written (a terminal shows them so).
    cli.setMergedOutput(true);
    const CliResult result = cli.run({u"demo-data"_s, u"--orders"_s, u"1200"_s, u"--products"_s, u"5"_s,
                                             u"--customers"_s, u"5"_s, u"--seed"_s, u"3"_s},
            {}, {{u"LC_ALL"_s, u"en_US.UTF-8"_s}, {u"LANG"_s, u"en_US.UTF-8"_s}});
    ASSERT_EQ(result.exitCode, ExitOk) << result;
    const QString text = result.outText();
    const qsizetype summary = text.indexOf(u"Created "_s);
    ASSERT_GT(summary, 0) << result;
    EXPECT_EQ(text.at(summary - 1), u'\n') << "the summary runs on from the progress line\n" << result;
    EXPECT_TRUE(text.mid(0, summary).endsWith(u"1,200 of 1,200 orders written\n"_s)) << result;
    EXPECT_TRUE(text.endsWith(u" s.\n"_s)) << result;
    EXPECT_TRUE(text.mid(summary).contains(u"1,200 order"_s)) << "counts are grouped as the locale groups them\n"
                                                              << result;
}

} // namespace
} // namespace shipshape::clitest
