// `orders import FILE [--dry-run] [--source NAME] [--map FIELD=COLUMN]` (docs/orders-import.md).

#include "CliFixture.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

const QByteArray kCsv = "order-id,buyer-email,buyer-name,seller-sku,quantity-purchased,item-price,ship-address-1,"
                        "ship-city,ship-state,ship-postal-code,ship-country\r\n"
                        "111-1,ada@example.com,Ada,MUG-1,2,9.99,1 Main St,Springfield,IL,62701,US\r\n"
                        "111-1,,,TEE-1,1,18.00,,,,,\r\n"
                        "111-2,bob@example.com,Bob,MUG-1,1,12.50,1 Main St,Springfield,IL,62701,US\r\n";

class CliOrderImport : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"MUG-1"_s, u"12.50"_s, 10));
        ASSERT_NO_FATAL_FAILURE(addProduct(u"TEE-1"_s, u"20.00"_s, 10));
    }
};

TEST_F(CliOrderImport, PlacesTheFileOnceWithProgressAndReportsRepeats)
{
    const QString file = cli.writeFile(u"amazon.csv"_s, kCsv);
    const QStringList command{
            u"orders"_s, u"import"_s, file, u"--source"_s, u"amazon"_s, u"--map"_s, u"unit_price=item-price"_s};
    const CliResult dry = cli.run(command + QStringList{u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, ExitOk) << dry;
    EXPECT_TRUE(dry.outText().contains(u"would place 2"_s)) << dry;
    EXPECT_TRUE(ordersList().isEmpty());

    const CliResult imported = cli.run(QStringList{u"--json"_s} + command);
    ASSERT_EQ(imported.exitCode, ExitOk) << imported;
    EXPECT_TRUE(imported.errText().contains(u"checked 3 of 3 rows"_s)) << imported;
    EXPECT_TRUE(imported.errText().contains(u"placed 2 of 2 orders"_s)) << imported;
    const QJsonObject result = imported.jsonObject();
    EXPECT_EQ(result.value(u"placed"_s).toInteger(), 2);
    const QJsonArray numbers = result.value(u"orderNumbers"_s).toArray();
    ASSERT_EQ(numbers.size(), 2);
    const QJsonObject first = order(QString::number(numbers.at(0).toInteger()));
    EXPECT_EQ(first.value(u"status"_s).toString(), u"confirmed"_s);
    EXPECT_EQ(product(u"MUG-1"_s).value(u"reserved"_s).toInteger(), 3);

    const CliResult again = cli.run(command);
    ASSERT_EQ(again.exitCode, ExitOk) << again;
    EXPECT_TRUE(again.outText().contains(u"line 2, order-id \"111-1\": Already imported as order"_s)) << again;
    EXPECT_TRUE(again.outText().contains(u"placed 0, 2 already imported"_s)) << again;
    EXPECT_EQ(ordersList().size(), 2);
}

TEST_F(CliOrderImport, ABadFileOrMappingIsRefusedWithExitCodes)
{
    const QString file = cli.writeFile(u"bad.csv"_s,
            QByteArray(kCsv).replace("TEE-1,1,18.00", "TEE-1,1,18.001").replace("bob@example.com", "bob"));
    const CliResult refused = cli.run({u"orders"_s, u"import"_s, file, u"--map"_s, u"unit_price=item-price"_s});
    EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
    EXPECT_TRUE(refused.errText().contains(u"2 problems; nothing was imported"_s)) << refused;
    EXPECT_TRUE(refused.errText().contains(u"line 3, item-price \"18.001\""_s)) << refused;
    EXPECT_TRUE(refused.errText().contains(u"line 4, buyer-email \"bob\""_s)) << refused;
    EXPECT_TRUE(ordersList().isEmpty());

    const CliResult unmapped = cli.run({u"orders"_s, u"import"_s, file});
    EXPECT_EQ(unmapped.exitCode, ExitInvalid) << unmapped;
    EXPECT_TRUE(unmapped.errText().contains(u"unit_price"_s)) << unmapped;
    const CliResult badOption = cli.run({u"orders"_s, u"import"_s, file, u"--map"_s, u"price"_s});
    EXPECT_EQ(badOption.exitCode, ExitInvalid) << badOption;
    const CliResult unknownField = cli.run({u"orders"_s, u"import"_s, file, u"--map"_s, u"colour=item-price"_s});
    EXPECT_EQ(unknownField.exitCode, ExitInvalid) << unknownField;
    EXPECT_EQ(cli.run({u"orders"_s, u"import"_s}).exitCode, ExitUsage);
}

} // namespace
} // namespace shipshape::clitest
