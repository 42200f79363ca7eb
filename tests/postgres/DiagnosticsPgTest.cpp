// Diagnostics (shipshape-cli doctor) against a PostgreSQL server: its clock is read through a timestamp
// with time zone, compared with the clock given; the schema and migration checks pass on a database the
// owner migrated.

#include "PgFixture.h"

#include "diagnostics/Diagnostics.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {
namespace {

class DiagnosticsPgTest : public PgTest {
protected:
    QHash<QString, DiagnosticResult> run(const QDateTime &now)
    {
        auto parsed = DatabaseUrl::parse(url());
        EXPECT_TRUE(parsed.has_value());
        if (!parsed)
            return {};
        DiagnosticsOptions options;
        options.now = now;
        QHash<QString, DiagnosticResult> byKey;
        for (const DiagnosticResult &result : Diagnostics::run(*parsed, options))
            byKey.insert(result.key, result);
        return byKey;
    }
};

TEST_F(DiagnosticsPgTest, TheServersClockAndSchemaAreChecked)
{
    const auto agreeing = run(QDateTime::currentDateTimeUtc());
    for (const QString &key : {u"database"_s, u"schema"_s, u"migrations"_s, u"clock"_s, u"outbox"_s}) {
        ASSERT_TRUE(agreeing.contains(key)) << key.toStdString();
        EXPECT_TRUE(agreeing.value(key).passed)
                << key.toStdString() << ": " << agreeing.value(key).detail.toStdString();
    }
    EXPECT_FALSE(agreeing.contains(u"disk"_s)) << "the server's disk is not this machine's";

    // This machine an hour ahead of the server.
    const auto skewed = run(QDateTime::currentDateTimeUtc().addSecs(3600));
    EXPECT_FALSE(skewed.value(u"clock"_s).passed);
    EXPECT_TRUE(skewed.value(u"clock"_s).detail.contains(u"NTP"_s)) << skewed.value(u"clock"_s).detail.toStdString();
}

} // namespace
} // namespace shipshape::test
