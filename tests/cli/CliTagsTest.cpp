// `orders tag|untag`, `orders list --tag`, `customers tag|untag`: the tags an order or customer carries,
// the timeline rows, the filter, and bad input that exits 3 and writes nothing.

#include "CliFixture.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::clitest {
namespace {

class CliTags : public CliFixture {
protected:
    void SetUp() override
    {
        CliFixture::SetUp();
        ASSERT_NO_FATAL_FAILURE(migrate());
        ASSERT_NO_FATAL_FAILURE(addProduct(u"SKU-A"_s, u"29.99"_s, 10));
    }

    static QStringList tagsOf(const QJsonObject &object)
    {
        QStringList tags;
        for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
            tags << tag.toString();
        return tags;
    }

    QList<qint64> listedWithTag(const QString &tag, const QStringList &extra = {})
    {
        const CliResult result = cli.run(QStringList{u"--json"_s, u"orders"_s, u"list"_s, u"--tag"_s, tag} + extra);
        EXPECT_EQ(result.exitCode, ExitOk) << result;
        QList<qint64> numbers;
        for (const QJsonValue &row : result.jsonArray())
            numbers << row.toObject().value(u"number"_s).toInteger();
        return numbers;
    }
};

TEST_F(CliTags, TagAndUntagAnOrderShowItsTagsAndTimeline)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    ASSERT_GT(number, 0);
    const QString order = QString::number(number);

    const CliResult tagged = cli.run({u"--json"_s, u"orders"_s, u"tag"_s, order, u"VIP"_s, u"gift wrap"_s, u"vip"_s});
    ASSERT_EQ(tagged.exitCode, ExitOk) << tagged;
    EXPECT_EQ(tagsOf(tagged.jsonObject()), (QStringList{u"gift wrap"_s, u"VIP"_s}));

    const CliResult text = cli.run({u"orders"_s, u"show"_s, u"#"_s + order});
    ASSERT_EQ(text.exitCode, ExitOk) << text;
    EXPECT_TRUE(text.outText().contains(u"Tags:      gift wrap, VIP"_s)) << text;
    EXPECT_TRUE(text.outText().contains(u"tagged: VIP, gift wrap"_s)) << text;

    const CliResult untagged = cli.run({u"orders"_s, u"untag"_s, order, u"Vip"_s});
    ASSERT_EQ(untagged.exitCode, ExitOk) << untagged;
    const QJsonObject shown = this->order(number);
    EXPECT_EQ(tagsOf(shown), QStringList{u"gift wrap"_s});
    const QJsonArray timeline = shown.value(u"timeline"_s).toArray();
    ASSERT_GE(timeline.size(), 3);
    const QJsonObject last = timeline.last().toObject();
    EXPECT_EQ(last.value(u"event"_s).toString(), u"TagsChanged"_s);
    EXPECT_EQ(last.value(u"reason"_s).toString(), u"untagged: VIP"_s);
    EXPECT_FALSE(last.value(u"actor"_s).toString().isEmpty());
}

TEST_F(CliTags, ListWithTagFindsTheTaggedOrdersInAnyCase)
{
    const qint64 first = placeOrder(placeRequest(u"SKU-A"_s));
    const qint64 second = placeOrder(placeRequest(u"SKU-A"_s, 1, u"29.99"_s, u"grace@example.com"_s));
    const qint64 untagged = placeOrder(placeRequest(u"SKU-A"_s));
    ASSERT_GT(untagged, 0);
    ASSERT_EQ(cli.run({u"orders"_s, u"tag"_s, QString::number(first), u"Wholesale"_s}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"tag"_s, QString::number(second), u"wholesale"_s}).exitCode, ExitOk);
    ASSERT_EQ(cli.run({u"orders"_s, u"mark-paid"_s, QString::number(second)}).exitCode, ExitOk);

    EXPECT_EQ(listedWithTag(u"WHOLESALE"_s), (QList<qint64>{second, first}));
    EXPECT_EQ(listedWithTag(u"wholesale"_s, {u"--status"_s, u"confirmed"_s}), QList<qint64>{second});
    EXPECT_TRUE(listedWithTag(u"retail"_s).isEmpty());
    const QJsonArray all = ordersList();
    for (const QJsonValue &row : all) {
        const QJsonObject object = row.toObject();
        EXPECT_EQ(tagsOf(object).isEmpty(), object.value(u"number"_s).toInteger() == untagged);
    }
}

TEST_F(CliTags, BadTagsExitThreeNamingTheValueAndWriteNothing)
{
    const qint64 number = placeOrder(placeRequest(u"SKU-A"_s));
    ASSERT_GT(number, 0);
    const QString order = QString::number(number);
    const QByteArray before = snapshot({u"SKU-A"_s});
    const QJsonObject shown = this->order(number);
    for (const QString &bad : {u"   "_s, QString(41, u'x'), u"tab\there"_s}) {
        for (const QStringList &command : {QStringList{u"orders"_s, u"tag"_s, order, u"fine"_s, bad},
                     QStringList{u"orders"_s, u"untag"_s, order, bad},
                     QStringList{u"customers"_s, u"tag"_s, u"ada@example.com"_s, bad},
                     QStringList{u"orders"_s, u"list"_s, u"--tag"_s, bad}}) {
            const CliResult refused = cli.run(QStringList{u"--json"_s} + command);
            EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
            const QJsonObject error = refused.errorJson().value(u"error"_s).toObject();
            EXPECT_EQ(error.value(u"field"_s).toString(), u"tag"_s) << refused;
            EXPECT_EQ(error.value(u"value"_s).toString(), bad.left(40)) << refused;
        }
    }
    const CliResult missing = cli.run({u"orders"_s, u"tag"_s, u"9999"_s, u"fine"_s});
    EXPECT_EQ(missing.exitCode, ExitNotFound) << missing;
    const CliResult noTag = cli.run({u"orders"_s, u"tag"_s, order});
    EXPECT_EQ(noTag.exitCode, ExitUsage) << noTag;
    EXPECT_EQ(snapshot({u"SKU-A"_s}), before);
    EXPECT_EQ(this->order(number), shown);
}

TEST_F(CliTags, CustomersAreTaggedByEmailOrId)
{
    ASSERT_GT(placeOrder(placeRequest(u"SKU-A"_s)), 0);
    const CliResult tagged = cli.run({u"--json"_s, u"customers"_s, u"tag"_s, u"ada@example.com"_s, u"Net 30"_s});
    ASSERT_EQ(tagged.exitCode, ExitOk) << tagged;
    EXPECT_EQ(tagsOf(tagged.jsonObject()), QStringList{u"Net 30"_s});

    const CliResult customers = cli.run({u"--json"_s, u"customers"_s, u"list"_s});
    ASSERT_EQ(customers.exitCode, ExitOk) << customers;
    const QString id = customers.jsonArray().at(0).toObject().value(u"id"_s).toString();
    const CliResult more = cli.run({u"customers"_s, u"tag"_s, id, u"net 30"_s, u"EU"_s});
    ASSERT_EQ(more.exitCode, ExitOk) << more;
    EXPECT_TRUE(more.outText().contains(u"tagged: EU, Net 30."_s)) << more;

    const CliResult untagged = cli.run({u"customers"_s, u"untag"_s, id, u"eu"_s, u"NET 30"_s});
    ASSERT_EQ(untagged.exitCode, ExitOk) << untagged;
    EXPECT_TRUE(untagged.outText().contains(u"has no tags"_s)) << untagged;
    const CliResult nobody = cli.run({u"customers"_s, u"tag"_s, u"nobody@example.com"_s, u"x"_s});
    EXPECT_EQ(nobody.exitCode, ExitNotFound) << nobody;
}

// `customers set-phone` (issue 16): the number is checked with libphonenumber and stored in E.164; a bad one
// exits 3 naming the field and what was typed, and changes nothing.
TEST_F(CliTags, CustomersGetAPhoneInE164OrARefusalNamingIt)
{
    ASSERT_GT(placeOrder(placeRequest(u"SKU-A"_s)), 0);
    const CliResult set
            = cli.run({u"--json"_s, u"customers"_s, u"set-phone"_s, u"ada@example.com"_s, u"+1 (415) 555-2671"_s});
    ASSERT_EQ(set.exitCode, ExitOk) << set;
    EXPECT_EQ(set.jsonObject().value(u"phone"_s).toString(), u"+14155552671"_s) << set;
    EXPECT_FALSE(set.jsonObject().value(u"smsOptedOut"_s).toBool());

    for (const QString &bad : {u"12345"_s, u"+999 1234567"_s, u"call me"_s}) {
        const CliResult refused = cli.run({u"--json"_s, u"customers"_s, u"set-phone"_s, u"ada@example.com"_s, bad});
        EXPECT_EQ(refused.exitCode, ExitInvalid) << refused;
        const QJsonObject error = refused.errorJson().value(u"error"_s).toObject();
        EXPECT_EQ(error.value(u"field"_s).toString(), u"phone"_s) << refused;
        EXPECT_EQ(error.value(u"value"_s).toString(), bad) << refused;
    }
    const CliResult listed = cli.run({u"--json"_s, u"customers"_s, u"list"_s});
    ASSERT_EQ(listed.exitCode, ExitOk) << listed;
    EXPECT_EQ(listed.jsonArray().at(0).toObject().value(u"phone"_s).toString(), u"+14155552671"_s) << listed;

    const CliResult cleared = cli.run({u"customers"_s, u"set-phone"_s, u"ada@example.com"_s, u""_s});
    ASSERT_EQ(cleared.exitCode, ExitOk) << cleared;
    EXPECT_TRUE(cleared.outText().contains(u"has no phone number now"_s)) << cleared;
    const CliResult nobody = cli.run({u"customers"_s, u"set-phone"_s, u"nobody@example.com"_s, u"+14155552671"_s});
    EXPECT_EQ(nobody.exitCode, ExitNotFound) << nobody;
}

} // namespace
} // namespace shipshape::clitest
