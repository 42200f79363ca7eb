#include "models/KpiTableModel.h"
#include "models/KpiFormat.h"
#include "views/DashboardCharts.h"
#include "views/KpiCard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Money usd(qint64 cents)
{
    return Money(cents, *Currency::fromCode(u"USD"_s));
}

// A snapshot with hand-chosen figures: a week with ten orders after a week with none.
DashboardSnapshot handMadeSnapshot()
{
    DashboardSnapshot snapshot;
    snapshot.period = {QDate(2026, 11, 1), QDate(2026, 11, 7)};
    snapshot.currency = u"USD"_s;
    KpiFigures &now = snapshot.current;
    now.ordersPlaced = 10;
    now.ordersConfirmed = 9;
    now.ordersCancelled = 1;
    now.placementAttempts = 10;
    now.revenue = usd(123450);
    now.refunded = usd(1000);
    now.averageOrderValue = usd(13717);
    now.successRate = 0.9;
    now.placementMedianMs = 420;
    now.placementP95Ms = 2100;
    now.paymentAttempts = 4;
    now.paymentFailures = 1;
    now.paymentFailureRate = 0.25;
    now.topDeclineReasons = {DeclineReasonCount{u"insufficient_funds"_s, u"Your card has insufficient funds."_s, 1}};
    now.emailsSent = 8;
    now.emailsFailed = 1;
    now.emailsWaiting = 2;
    snapshot.previous.revenue = usd(0);
    snapshot.previous.refunded = usd(0);
    snapshot.awaitingShipment = 3;
    snapshot.oldestAwaitingSince = QDateTime(QDate(2026, 11, 5), QTime(8, 0), Qt::UTC);
    snapshot.computedAt = QDateTime(QDate(2026, 11, 7), QTime(10, 30), Qt::UTC);
    return snapshot;
}

TEST(KpiFormatTest, ChangesNeverDivideByZero)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(KpiFormat::relative(0, 0, locale).text, u"no change"_s);
    EXPECT_EQ(KpiFormat::relative(5, 0, locale).direction, KpiChange::Direction::New);
    EXPECT_EQ(KpiFormat::relative(5, 0, locale).text, u"new"_s);
    EXPECT_EQ(KpiFormat::relative(110, 100, locale).text, u"▲ 10.0%"_s);
    EXPECT_EQ(KpiFormat::relative(90, 100, locale).text, u"▼ 10.0%"_s);
    EXPECT_EQ(KpiFormat::relative(0, 100, locale).text, u"▼ 100.0%"_s);
    // Net revenue can be negative when refunds exceed sales: the change is against its size.
    EXPECT_EQ(KpiFormat::relative(-50, -100, locale).text, u"▲ 50.0%"_s);
    EXPECT_EQ(KpiFormat::relative(std::optional<qint64>(), std::optional<qint64>(), locale).direction,
            KpiChange::Direction::None);
    EXPECT_EQ(KpiFormat::relative(std::optional<qint64>(400), std::optional<qint64>(), locale).text, u"new"_s);
    EXPECT_EQ(KpiFormat::points(0.96, 0.95, locale).text, u"▲ 1.0 pp"_s);
    EXPECT_EQ(KpiFormat::points(0.5, 0.55, locale).text, u"▼ 5.0 pp"_s);
    EXPECT_EQ(KpiFormat::points(0.5, 0.5, locale).text, u"no change"_s);
    EXPECT_EQ(KpiFormat::points(std::nullopt, 0.5, locale).text, QString());
    EXPECT_EQ(KpiFormat::points(std::numeric_limits<double>::quiet_NaN(), 0.5, locale).text, QString());
    EXPECT_EQ(KpiFormat::percent(std::numeric_limits<double>::infinity(), locale), u"n/a"_s);
}

TEST(KpiFormatTest, FiguresForPeople)
{
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(KpiFormat::money(usd(123450), locale), u"USD 1,234.50"_s);
    EXPECT_EQ(KpiFormat::money(usd(-5), locale), u"USD -0.05"_s);
    EXPECT_EQ(KpiFormat::money(Money(), locale), u"0"_s); // no currency yet (an empty database)
    EXPECT_EQ(KpiFormat::percent(0.9512, locale), u"95.1%"_s);
    EXPECT_EQ(KpiFormat::share(49, 1000, locale), u"4.9%"_s);
    EXPECT_EQ(KpiFormat::share(397, 492, locale), u"80.7%"_s); // 80.69 rounds up
    EXPECT_EQ(KpiFormat::share(1, 3, locale), u"33.3%"_s);
    EXPECT_EQ(KpiFormat::share(2, 3, locale), u"66.7%"_s);
    EXPECT_EQ(KpiFormat::share(5, 5, locale), u"100.0%"_s);
    EXPECT_EQ(KpiFormat::share(1, 100000, locale), u"under 0.1%"_s);
    EXPECT_EQ(KpiFormat::share(0, 7, locale), u"0.0%"_s);
    EXPECT_EQ(KpiFormat::share(1, 0, locale), u"n/a"_s);
    EXPECT_EQ(KpiFormat::share(1, 8, QLocale(QLocale::German, QLocale::Germany)), u"12,5%"_s);
    EXPECT_EQ(KpiFormat::duration(420, locale), u"420 ms"_s);
    EXPECT_EQ(KpiFormat::duration(1420, locale), u"1.42 s"_s);
    EXPECT_EQ(KpiFormat::age(30), u"under a minute"_s);
    EXPECT_EQ(KpiFormat::age(12 * 60 + 5), u"12 min"_s);
    EXPECT_EQ(KpiFormat::age(5 * 3600 + 12 * 60), u"5 h 12 min"_s);
    EXPECT_EQ(KpiFormat::age(3 * 86400 + 4 * 3600 + 59), u"3 d 4 h"_s);
}

TEST(KpiTableModelTest, ExactValuesInTheRawRoleAndTheCsv)
{
    KpiTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setSnapshot(handMadeSnapshot());
    ASSERT_GT(model.rowCount(), 20);
    EXPECT_EQ(model.columnCount(), int(KpiTableModel::ColumnCount));

    const int revenue = model.rowOf(u"revenue_net"_s);
    ASSERT_GE(revenue, 0);
    EXPECT_EQ(model.index(revenue, KpiTableModel::Current).data(KpiTableModel::RawValueRole).toString(), u"1234.50"_s);
    EXPECT_EQ(model.index(revenue, KpiTableModel::Previous).data(KpiTableModel::RawValueRole).toString(), u"0.00"_s);
    EXPECT_EQ(model.index(revenue, KpiTableModel::Change).data().toString(), u"new"_s);
    EXPECT_EQ(model.index(revenue, KpiTableModel::Figure).data(KpiTableModel::KeyRole).toString(), u"revenue_net"_s);
    const int average = model.rowOf(u"average_order_value"_s);
    EXPECT_EQ(model.index(average, KpiTableModel::Current).data(KpiTableModel::RawValueRole).toString(), u"137.17"_s);
    // No confirmed order before: no average, and no made-up zero.
    EXPECT_EQ(model.index(average, KpiTableModel::Previous).data(KpiTableModel::RawValueRole).toString(), QString());
    EXPECT_EQ(model.index(model.rowOf(u"order_success_rate"_s), KpiTableModel::Current)
                      .data(KpiTableModel::RawValueRole)
                      .toString(),
            u"90.00"_s);
    EXPECT_EQ(model.rowOf(u"no such figure"_s), -1);

    const QString csv = QString::fromUtf8(model.toCsv());
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    EXPECT_EQ(lines.first(), u"kpi,label,unit,current,previous"_s);
    EXPECT_TRUE(lines.contains(u"period_from,Period start,date,2026-11-01,2026-10-25"_s)) << csv.toStdString();
    EXPECT_TRUE(lines.contains(u"period_to,Period end (included),date,2026-11-07,2026-10-31"_s));
    EXPECT_TRUE(lines.contains(u"currency,Currency,text,USD,USD"_s));
    EXPECT_TRUE(lines.contains(u"revenue_net,Net revenue (without tax),money,1234.50,0.00"_s));
    EXPECT_TRUE(lines.contains(u"refunded,Refunded,money,10.00,0.00"_s));
    EXPECT_TRUE(lines.contains(u"orders_placed,Orders placed,count,10,0"_s));
    EXPECT_TRUE(lines.contains(u"average_order_value,Average order value,money,137.17,"_s));
    EXPECT_TRUE(lines.contains(u"order_success_rate,Order success rate (target at least 95%),percent,90.00,"_s));
    EXPECT_TRUE(lines.contains(u"placement_p95_ms,\"Placement time, 95th percentile (target under 2 s)\",ms,2100,"_s));
    EXPECT_TRUE(lines.contains(u"payment_failure_rate,Card payment failure rate,percent,25.00,"_s));
    EXPECT_TRUE(lines.contains(u"decline_reason:insufficient_funds,Declined: Insufficient funds,count,1,"_s));
    EXPECT_TRUE(lines.contains(u"emails_waiting,Emails waiting,count,2,0"_s));
    EXPECT_TRUE(lines.contains(u"awaiting_shipment,Orders waiting to ship (now),count,3,"_s));
    EXPECT_TRUE(lines.contains(
            u"oldest_awaiting_since,Oldest order waiting to ship since (now),timestamp,2026-11-05T08:00:00.000Z,"_s));
    EXPECT_FALSE(csv.contains(u"nan"_s, Qt::CaseInsensitive));

    // Every KPI of the catalogue, in its order, labelled as the catalogue words it.
    QStringList kpiKeys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString key = model.index(row, KpiTableModel::Figure).data(KpiTableModel::KeyRole).toString();
        if (const std::optional<Kpi> kpi = KpiCatalogue::fromKey(key)) {
            kpiKeys << key;
            EXPECT_TRUE(model.index(row, KpiTableModel::Figure).data().toString().startsWith(KpiCatalogue::label(*kpi)))
                    << key.toStdString();
        }
    }
    QStringList catalogueKeys;
    for (const KpiDefinition &kpi : KpiCatalogue::all())
        catalogueKeys << KpiCatalogue::key(kpi.kpi);
    EXPECT_EQ(kpiKeys, catalogueKeys);
    EXPECT_EQ(model.index(model.rowOf(u"placement_median_ms"_s), KpiTableModel::Figure).data().toString(),
            u"Placement time, median (target under 2 s)"_s);
    // Not bound to the period: nothing to compare with.
    EXPECT_EQ(model.index(model.rowOf(u"awaiting_shipment"_s), KpiTableModel::Change).data().toString(), QString());

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(KpiTableModelTest, CsvQuotesTextAndDefusesFormulas)
{
    DashboardSnapshot snapshot = handMadeSnapshot();
    snapshot.current.topDeclineReasons = {DeclineReasonCount{u"=cmd,\"x\""_s, u"odd"_s, 2}};
    KpiTableModel model;
    model.setSnapshot(snapshot);
    const QString csv = QString::fromUtf8(model.toCsv());
    EXPECT_TRUE(csv.contains(u"\"'decline_reason:=cmd,\"\"x\"\"\",\"Declined: =cmd,\"\"x\"\"\",count,2,\r\n"_s)
            || csv.contains(u"\"decline_reason:=cmd,\"\"x\"\"\",\"Declined: =cmd,\"\"x\"\"\",count,2,\r\n"_s))
            << csv.toStdString();
    // Each line still has exactly five fields.
    for (const QString &line : csv.split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        int fields = 1;
        bool quoted = false;
        for (QChar c : line) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted)
                ++fields;
        }
        EXPECT_EQ(fields, 5) << line.toStdString();
    }
}

TEST(KpiCardTest, ActsLikeAButtonOnlyWhenClickable)
{
    KpiCard card(u"Orders"_s);
    card.setValue(u"12"_s);
    card.setChange({KpiChange::Direction::Up, u"▲ 20.0%"_s}, KpiCard::Polarity::HigherIsBetter);
    card.setDetail(u"10 confirmed"_s);
    card.resize(200, 100);
    card.show();
    QSignalSpy activated(&card, &KpiCard::activated);
    QTest::mouseClick(&card, Qt::LeftButton);
    EXPECT_EQ(activated.count(), 0);
    EXPECT_EQ(card.focusPolicy(), Qt::NoFocus);

    card.setClickable(true);
    QTest::mouseClick(&card, Qt::LeftButton);
    EXPECT_EQ(activated.count(), 1);
    QTest::keyClick(&card, Qt::Key_Space);
    QTest::keyClick(&card, Qt::Key_Return);
    EXPECT_EQ(activated.count(), 3);
    EXPECT_EQ(card.accessibleName(), u"Orders"_s);
    EXPECT_TRUE(card.accessibleDescription().contains(u"▲ 20.0%"_s));
    EXPECT_TRUE(card.accessibleDescription().contains(u"10 confirmed"_s));
}

TEST(DashboardChartsTest, HistogramBucketLabelsAndEmptiness)
{
    DashboardSnapshot snapshot;
    snapshot.placementTimes = {LatencyBucket{250, 0}, LatencyBucket{2000, 0}, LatencyBucket{std::nullopt, 0}};
    EXPECT_FALSE(DashboardCharts::hasPlacementTimes(snapshot));
    EXPECT_FALSE(DashboardCharts::hasOrders(snapshot));
    snapshot.placementTimes[2].count = 1;
    EXPECT_TRUE(DashboardCharts::hasPlacementTimes(snapshot));
    EXPECT_EQ(DashboardCharts::bucketLabel(snapshot, 0), u"250 ms"_s);
    EXPECT_EQ(DashboardCharts::bucketLabel(snapshot, 1), u"2 s"_s);
    EXPECT_EQ(DashboardCharts::bucketLabel(snapshot, 2), u"> 2 s"_s);
}

} // namespace
} // namespace shipshape
