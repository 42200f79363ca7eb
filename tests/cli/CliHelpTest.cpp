// Help: every command has its own, generated from the command table that `help --json` prints; the JSON
// examples in the help of orders place / orders modify really work.

#include "CliFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliHelp : public CliFixture {
protected:
    // The command table as the CLI prints it.
    QJsonObject table()
    {
        const CliResult result = cli.runRaw({u"--json"_s, u"help"_s});
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        return result.exitCode == ExitOk ? result.jsonObject() : QJsonObject();
    }

    static QList<QJsonObject> commands(const QJsonObject &table)
    {
        QList<QJsonObject> all;
        for (const QJsonValue &group : table.value(u"groups"_s).toArray()) {
            for (const QJsonValue &command : group.toObject().value(u"commands"_s).toArray())
                all << command.toObject();
        }
        return all;
    }

    static QStringList words(const QJsonObject &command)
    {
        QStringList result;
        for (const QJsonValue &word : command.value(u"words"_s).toArray())
            result << word.toString();
        return result;
    }

    // The JSON document printed after "Example document:" in a command's help.
    static QByteArray exampleDocument(const QString &help)
    {
        const qsizetype at = help.indexOf(u"Example document:\n"_s);
        if (at < 0)
            return {};
        const qsizetype start = help.indexOf(u'{', at);
        const qsizetype end = help.indexOf(u"\n\n"_s, start);
        return help.mid(start, end < 0 ? -1 : end - start).toUtf8();
    }
};

TEST_F(CliHelp, TheTableListsEveryCommandWithItsParts)
{
    const QJsonObject everything = table();
    const QList<QJsonObject> all = commands(everything);
    QStringList names;
    for (const QJsonObject &command : all)
        names << words(command).join(u' ');
    for (const QString &expected : {u"migrate"_s, u"demo-data"_s, u"products list"_s, u"products show"_s,
                 u"products add"_s, u"products set-stock"_s, u"products replenish"_s, u"products movements"_s,
                 u"customers list"_s, u"orders list"_s, u"orders show"_s, u"orders place"_s, u"orders edit"_s,
                 u"orders modify"_s, u"orders cancel"_s, u"orders refund"_s, u"orders mark-paid"_s, u"orders ship"_s,
                 u"orders deliver"_s, u"worker"_s, u"outbox list"_s, u"outbox retry"_s, u"outbox resend"_s,
                 u"outbox preview"_s, u"secrets set"_s, u"staff list"_s, u"staff whoami"_s, u"staff add"_s,
                 u"staff set-role"_s, u"staff disable"_s, u"report kpis"_s, u"doctor"_s, u"backup"_s, u"restore"_s,
                 u"help"_s}) {
        EXPECT_TRUE(names.contains(expected)) << "missing command " << expected.toStdString();
    }
    for (const QJsonObject &command : all) {
        SCOPED_TRACE(words(command).join(u' ').toStdString());
        EXPECT_FALSE(command.value(u"summary"_s).toString().isEmpty());
        EXPECT_FALSE(command.value(u"examples"_s).toArray().isEmpty()) << "every command has an example";
        for (const QJsonValue &example : command.value(u"examples"_s).toArray()) {
            EXPECT_TRUE(example.toString().contains(u"shipshape-cli "_s)) << example.toString().toStdString();
            EXPECT_TRUE(example.toString().contains(words(command).join(u' '))) << example.toString().toStdString();
        }
    }
    QList<int> codes;
    for (const QJsonValue &code : everything.value(u"exitCodes"_s).toArray())
        codes << code.toObject().value(u"code"_s).toInt();
    EXPECT_EQ(codes, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
}

TEST_F(CliHelp, EveryCommandHasItsOwnHelpNamingEachOfItsOptions)
{
    const CliResult overview = cli.runRaw({u"--help"_s});
    ASSERT_EQ(overview.exitCode, ExitOk) << overview;
    const QList<QJsonObject> all = commands(table());
    ASSERT_GT(all.size(), 25);
    for (const QJsonObject &command : all) {
        const QStringList name = words(command);
        SCOPED_TRACE(name.join(u' ').toStdString());
        const CliResult help = cli.runRaw(name + QStringList{u"--help"_s});
        ASSERT_EQ(help.exitCode, ExitOk) << help;
        const QString text = help.outText();
        EXPECT_NE(help.out, overview.out) << "the general help instead of the command's";
        EXPECT_TRUE(text.startsWith(u"Usage: shipshape-cli "_s + name.join(u' '))) << help;
        // (Long lines are wrapped.)
        EXPECT_TRUE(text.simplified().contains(command.value(u"summary"_s).toString().simplified())) << help;
        for (const QString &part : {u"arguments"_s, u"options"_s, u"flags"_s}) {
            for (const QJsonValue &entry : command.value(part).toArray()) {
                const QString entryName = entry.toObject().value(u"name"_s).toString();
                EXPECT_TRUE(text.contains(entryName)) << entryName.toStdString() << " is not in\n" << help;
                EXPECT_TRUE(text.contains(entry.toObject().value(u"description"_s).toString().left(20)))
                        << entryName.toStdString() << "'s description is not in\n"
                        << help;
            }
        }
        for (const QJsonValue &example : command.value(u"examples"_s).toArray())
            EXPECT_TRUE(text.contains(example.toString())) << help;

        // The same help, asked for the other ways.
        const CliResult viaHelp = cli.runRaw(QStringList{u"help"_s} + name);
        EXPECT_EQ(viaHelp.exitCode, ExitOk) << viaHelp;
        EXPECT_EQ(viaHelp.out, help.out);
        const CliResult shortOption = cli.runRaw(name + QStringList{u"-h"_s});
        EXPECT_EQ(shortOption.out, help.out);
    }
}

TEST_F(CliHelp, HelpWinsOverMissingArgumentsAndTouchesNothing)
{
    const CliResult help = cli.run({u"orders"_s, u"ship"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, ExitOk) << help;
    EXPECT_TRUE(help.outText().contains(u"--tracking NUMBER"_s)) << help;
    const CliResult withBadOption = cli.run({u"orders"_s, u"deliver"_s, u"--tracking"_s, u"X"_s, u"--help"_s});
    EXPECT_EQ(withBadOption.exitCode, ExitOk) << withBadOption;
    EXPECT_FALSE(QFileInfo::exists(cli.databasePath()));
}

TEST_F(CliHelp, NounHelpListsItsCommands)
{
    const CliResult help = cli.runRaw({u"orders"_s, u"--help"_s});
    ASSERT_EQ(help.exitCode, ExitOk) << help;
    for (const QString &verb : {u"list"_s, u"show"_s, u"place"_s, u"edit"_s, u"modify"_s, u"cancel"_s, u"refund"_s,
                 u"mark-paid"_s, u"ship"_s, u"deliver"_s})
        EXPECT_TRUE(help.outText().contains(u"orders "_s + verb)) << verb.toStdString() << '\n' << help;
    EXPECT_FALSE(help.outText().contains(u"products list"_s)) << help;
    EXPECT_EQ(cli.runRaw({u"help"_s, u"orders"_s}).out, help.out);
}

TEST_F(CliHelp, OverviewGroupsCommandsAndDocumentsExitCodes)
{
    const CliResult help = cli.runRaw({u"help"_s});
    ASSERT_EQ(help.exitCode, ExitOk) << help;
    const QString text = help.outText();
    for (const QString &heading : {u"Orders:"_s, u"Products:"_s, u"Customer emails:"_s, u"Staff:"_s, u"Exit codes:"_s})
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
    EXPECT_TRUE(text.contains(QRegularExpression(u"\n  7 +not found"_s))) << help;
    EXPECT_TRUE(text.contains(QRegularExpression(u"\n  orders ship ORDER +Ships a parcel"_s))) << help;
}

TEST_F(CliHelp, UnknownHelpTopicIsAUsageError)
{
    const CliResult result = cli.runRaw({u"help"_s, u"orders"_s, u"teleport"_s});
    EXPECT_EQ(result.exitCode, ExitUsage) << result;
    EXPECT_TRUE(result.errText().contains(u"orders teleport"_s)) << result;
}

TEST_F(CliHelp, ThePlaceAndModifyExamplesInTheHelpWork)
{
    const CliResult placeHelp = cli.runRaw({u"orders"_s, u"place"_s, u"--help"_s});
    ASSERT_EQ(placeHelp.exitCode, ExitOk) << placeHelp;
    // The whole request shape is documented, not only the example.
    for (const QString &field : {u"customerId"_s, u"customer"_s, u"items"_s, u"productId"_s, u"quantity"_s, u"price"_s,
                 u"shippingAddress"_s, u"country"_s, u"paymentMethod"_s, u"token"_s, u"bank_transfer"_s})
        EXPECT_TRUE(placeHelp.outText().contains(field)) << field.toStdString();
    const QByteArray example = exampleDocument(placeHelp.outText());
    const auto document = parseJson(example);
    ASSERT_TRUE(document && document->isObject()) << "no JSON example in\n" << placeHelp;

    // A shop with the products the example orders, at the prices it names.
    ASSERT_NO_FATAL_FAILURE(migrate());
    for (const QJsonValue &item : document->toObject().value(u"items"_s).toArray()) {
        const QJsonObject line = item.toObject();
        ASSERT_NO_FATAL_FAILURE(addProduct(line.value(u"productId"_s).toString(), line.value(u"price"_s).toString()));
    }
    const QString file = cli.writeFile(u"example.json"_s, example);
    const CliResult placed = cli.run({u"--json"_s, u"orders"_s, u"place"_s, file});
    ASSERT_EQ(placed.exitCode, ExitOk) << placed;
    const QString number = QString::number(placed.jsonObject().value(u"number"_s).toInteger());

    const CliResult editHelp = cli.runRaw({u"help"_s, u"orders"_s, u"edit"_s});
    ASSERT_EQ(editHelp.exitCode, ExitOk) << editHelp;
    const QByteArray change = exampleDocument(editHelp.outText());
    const auto edit = parseJson(change);
    ASSERT_TRUE(edit && edit->isObject()) << "no JSON example in\n" << editHelp;
    for (const QJsonValue &item : edit->toObject().value(u"add"_s).toArray())
        ASSERT_NO_FATAL_FAILURE(addProduct(item.toObject().value(u"productId"_s).toString()));
    const CliResult modified = cli.run({u"--json"_s, u"orders"_s, u"edit"_s, number, u"-"_s}, change);
    ASSERT_EQ(modified.exitCode, ExitOk) << modified;
    EXPECT_EQ(modified.jsonObject().value(u"timeline"_s).toArray().size(), 2) << modified;
}

} // namespace
} // namespace shipshape::clitest
