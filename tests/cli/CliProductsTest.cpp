// `products add|show|list|set-stock|replenish|movements`.

#include "CliFixture.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliProducts : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
    }

    QList<QJsonObject> movements(const QString &sku)
    {
        const CliResult result = cli.run({u"--json"_s, u"products"_s, u"movements"_s, sku});
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        QList<QJsonObject> list;
        for (const QJsonValue &value : result.jsonArray())
            list << value.toObject();
        return list;
    }
};

TEST_F(CliProducts, AddAndShow)
{
    const CliResult added = cli.run({u"--json"_s, u"products"_s, u"add"_s, u"--sku"_s, u"WID-1"_s, u"--name"_s,
            u"Blue widget"_s, u"--price"_s, u"29.99"_s, u"--stock"_s, u"10"_s});
    ASSERT_EQ(added.exitCode, ExitOk) << added;
    EXPECT_EQ(added.jsonObject().value(u"sku"_s).toString(), u"WID-1"_s) << added;

    const QJsonObject shown = product(u"WID-1"_s);
    EXPECT_EQ(shown.value(u"sku"_s).toString(), u"WID-1"_s);
    EXPECT_EQ(shown.value(u"name"_s).toString(), u"Blue widget"_s);
    EXPECT_EQ(shown.value(u"price"_s).toString(), u"29.99"_s) << "price must be an exact decimal string";
    EXPECT_EQ(shown.value(u"currency"_s).toString(), u"USD"_s);
    EXPECT_EQ(shown.value(u"onHand"_s).toInteger(-1), 10);
    EXPECT_EQ(shown.value(u"reserved"_s).toInteger(-1), 0);
    EXPECT_EQ(shown.value(u"available"_s).toInteger(-1), 10);

    const CliResult text = cli.run({u"products"_s, u"show"_s, u"WID-1"_s});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"Blue widget"_s)) << text;
    EXPECT_TRUE(text.outText().contains(u"29.99"_s)) << text;
}

TEST_F(CliProducts, AddWithOtherCurrencyAndThreshold)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"EUR-1"_s, u"5.5"_s, 3, {u"--currency"_s, u"EUR"_s, u"--threshold"_s, u"2"_s}));
    const QJsonObject shown = product(u"EUR-1"_s);
    EXPECT_EQ(shown.value(u"currency"_s).toString(), u"EUR"_s);
    EXPECT_EQ(shown.value(u"price"_s).toString(), u"5.50"_s);
    EXPECT_EQ(shown.value(u"lowStockThreshold"_s).toInteger(-1), 2);
}

TEST_F(CliProducts, DuplicateSkuIsConflict)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"DUP-1"_s));
    const CliResult again = cli.run(
            {u"products"_s, u"add"_s, u"--sku"_s, u"DUP-1"_s, u"--name"_s, u"Other"_s, u"--price"_s, u"1.00"_s});
    EXPECT_EQ(again.exitCode, ExitConflict) << again;
    EXPECT_EQ(product(u"DUP-1"_s).value(u"name"_s).toString(), u"Widget DUP-1"_s);
}

TEST_F(CliProducts, ShowUnknownSkuIsNotFound)
{
    const CliResult result = cli.run({u"--json"_s, u"products"_s, u"show"_s, u"NOPE-1"_s});
    EXPECT_EQ(result.exitCode, ExitNotFound) << result;
    EXPECT_EQ(result.errorJson().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s) << result;
}

TEST_F(CliProducts, SetStockWithReason)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"SET-1"_s));
    const CliResult result = cli.run({u"products"_s, u"set-stock"_s, u"SET-1"_s, u"5"_s, u"--reason"_s, u"count"_s});
    ASSERT_EQ(result.exitCode, ExitOk) << result;
    const QJsonObject shown = product(u"SET-1"_s);
    EXPECT_EQ(shown.value(u"onHand"_s).toInteger(-1), 5);
    EXPECT_EQ(shown.value(u"available"_s).toInteger(-1), 5);

    const QList<QJsonObject> list = movements(u"SET-1"_s);
    ASSERT_FALSE(list.isEmpty());
    const QJsonObject latest = list.first(); // newest first
    EXPECT_EQ(latest.value(u"kind"_s).toString(), u"correction"_s);
    EXPECT_EQ(latest.value(u"reason"_s).toString(), u"count"_s);
    EXPECT_EQ(latest.value(u"onHandDelta"_s).toInteger(), -5);
    EXPECT_EQ(latest.value(u"onHandAfter"_s).toInteger(), 5);
}

TEST_F(CliProducts, SetStockRejectsMissingReasonAndBadQuantities)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"SET-2"_s));
    const QByteArray before = snapshot({u"SET-2"_s});

    // --reason is a required option of set-stock: leaving it out is a usage error (it was 3 from core).
    const CliResult noReason = cli.run({u"products"_s, u"set-stock"_s, u"SET-2"_s, u"5"_s});
    EXPECT_EQ(noReason.exitCode, ExitUsage) << noReason;
    EXPECT_TRUE(noReason.errText().contains(u"reason"_s)) << noReason;

    const CliResult blankReason = cli.run({u"products"_s, u"set-stock"_s, u"SET-2"_s, u"5"_s, u"--reason"_s, u"   "_s});
    EXPECT_EQ(blankReason.exitCode, ExitInvalid) << blankReason;

    const CliResult negative = cli.run({u"products"_s, u"set-stock"_s, u"SET-2"_s, u"-1"_s, u"--reason"_s, u"count"_s});
    EXPECT_EQ(negative.exitCode, ExitInvalid) << negative;

    const CliResult notNumber
            = cli.run({u"products"_s, u"set-stock"_s, u"SET-2"_s, u"five"_s, u"--reason"_s, u"count"_s});
    EXPECT_EQ(notNumber.exitCode, ExitInvalid) << notNumber;

    const CliResult unknown = cli.run({u"products"_s, u"set-stock"_s, u"NOPE-2"_s, u"5"_s, u"--reason"_s, u"count"_s});
    EXPECT_EQ(unknown.exitCode, ExitNotFound) << unknown;

    const CliResult missingQty = cli.run({u"products"_s, u"set-stock"_s, u"SET-2"_s, u"--reason"_s, u"count"_s});
    EXPECT_EQ(missingQty.exitCode, ExitUsage) << missingQty;

    EXPECT_EQ(snapshot({u"SET-2"_s}), before) << "failed set-stock commands must not change anything";
}

TEST_F(CliProducts, Replenish)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"REP-1"_s));
    const CliResult result = cli.run({u"--json"_s, u"products"_s, u"replenish"_s, u"REP-1"_s, u"3"_s});
    ASSERT_EQ(result.exitCode, ExitOk) << result;
    EXPECT_EQ(result.jsonObject().value(u"onHand"_s).toInteger(-1), 13) << result;
    EXPECT_EQ(product(u"REP-1"_s).value(u"onHand"_s).toInteger(-1), 13);

    const CliResult withReason
            = cli.run({u"products"_s, u"replenish"_s, u"REP-1"_s, u"2"_s, u"--reason"_s, u"PO 17"_s});
    ASSERT_EQ(withReason.exitCode, ExitOk) << withReason;
    EXPECT_EQ(product(u"REP-1"_s).value(u"onHand"_s).toInteger(-1), 15);

    for (const QString &quantity : {u"0"_s, u"-3"_s}) {
        const CliResult bad = cli.run({u"products"_s, u"replenish"_s, u"REP-1"_s, quantity});
        EXPECT_EQ(bad.exitCode, ExitInvalid) << bad;
    }
    EXPECT_EQ(product(u"REP-1"_s).value(u"onHand"_s).toInteger(-1), 15);
}

TEST_F(CliProducts, ListLowStock)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"LOW-1"_s, u"1.00"_s, 2, {u"--threshold"_s, u"5"_s}));
    ASSERT_NO_FATAL_FAILURE(addProduct(u"HIGH-1"_s, u"1.00"_s, 100, {u"--threshold"_s, u"5"_s}));

    const CliResult all = cli.run({u"--json"_s, u"products"_s, u"list"_s});
    ASSERT_EQ(all.exitCode, ExitOk) << all;
    EXPECT_EQ(all.jsonArray().size(), 2) << all;

    const CliResult low = cli.run({u"--json"_s, u"products"_s, u"list"_s, u"--low-stock"_s});
    ASSERT_EQ(low.exitCode, ExitOk) << low;
    const QJsonArray rows = low.jsonArray();
    ASSERT_EQ(rows.size(), 1) << low;
    EXPECT_EQ(rows.at(0).toObject().value(u"sku"_s).toString(), u"LOW-1"_s);
    EXPECT_TRUE(rows.at(0).toObject().value(u"lowStock"_s).toBool());

    const CliResult text = cli.run({u"products"_s, u"list"_s, u"--low-stock"_s});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"LOW-1"_s)) << text;
    EXPECT_FALSE(text.outText().contains(u"HIGH-1"_s)) << text;
}

TEST_F(CliProducts, MovementsRecordEveryChange)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"MOV-1"_s));
    ASSERT_EQ(cli.run({u"products"_s, u"replenish"_s, u"MOV-1"_s, u"3"_s}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"products"_s, u"set-stock"_s, u"MOV-1"_s, u"7"_s, u"--reason"_s, u"count"_s}).exitCode, ExitOk);

    const QList<QJsonObject> list = movements(u"MOV-1"_s);
    ASSERT_EQ(list.size(), 3);
    QSet<QString> kinds;
    for (const QJsonObject &movement : list) {
        kinds.insert(movement.value(u"kind"_s).toString());
        EXPECT_EQ(movement.value(u"sku"_s).toString(), u"MOV-1"_s);
        EXPECT_TRUE(movement.value(u"at"_s).isString());
        EXPECT_TRUE(movement.contains(u"onHandDelta"_s));
        EXPECT_TRUE(movement.contains(u"onHandAfter"_s));
    }
    EXPECT_EQ(kinds, (QSet<QString>{u"initial"_s, u"replenish"_s, u"correction"_s}));
    EXPECT_EQ(list.first().value(u"onHandAfter"_s).toInteger(), 7) << "newest movement first";

    const CliResult unknown = cli.run({u"products"_s, u"movements"_s, u"NOPE-3"_s});
    EXPECT_EQ(unknown.exitCode, ExitNotFound) << unknown;
}

// Paging options must be validated like `orders list` does (exit 3 naming the option), not silently
// replaced by a default or passed to SQL (where LIMIT -1 means "no limit").
class CliPaging : public CliProducts {};

TEST_F(CliPaging, ProductsListRejectsBadLimitAndOffset)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"PAGE-1"_s));
    const auto run = [&](const QString &option, const QString &value) {
        return cli.run({u"--json"_s, u"products"_s, u"list"_s, option, value});
    };
    for (const QString &limit : {u"0"_s, u"-1"_s, u"abc"_s, u"100001"_s}) {
        const CliResult result = run(u"--limit"_s, limit);
        EXPECT_EQ(result.exitCode, ExitInvalid) << result;
        if (result.exitCode == ExitInvalid) {
            EXPECT_EQ(result.errorJson().value(u"error"_s).toObject().value(u"field"_s).toString(), u"limit"_s)
                    << result;
        }
    }
    for (const QString &offset : {u"-1"_s, u"abc"_s}) {
        const CliResult result = run(u"--offset"_s, offset);
        EXPECT_EQ(result.exitCode, ExitInvalid) << result;
        if (result.exitCode == ExitInvalid) {
            EXPECT_EQ(result.errorJson().value(u"error"_s).toObject().value(u"field"_s).toString(), u"offset"_s)
                    << result;
        }
    }
}

TEST_F(CliPaging, MovementsAndCustomersRejectBadLimit)
{
    ASSERT_NO_FATAL_FAILURE(addProduct(u"PAGE-2"_s));
    for (const QString &limit : {u"0"_s, u"-1"_s, u"abc"_s}) {
        const CliResult movements = cli.run({u"products"_s, u"movements"_s, u"PAGE-2"_s, u"--limit"_s, limit});
        EXPECT_EQ(movements.exitCode, ExitInvalid) << movements;
        const CliResult customers = cli.run({u"customers"_s, u"list"_s, u"--limit"_s, limit});
        EXPECT_EQ(customers.exitCode, ExitInvalid) << customers;
    }
    const CliResult offset = cli.run({u"customers"_s, u"list"_s, u"--offset"_s, u"-1"_s});
    EXPECT_EQ(offset.exitCode, ExitInvalid) << offset;
}

} // namespace
} // namespace shipshape::clitest
