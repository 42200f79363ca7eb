#include "views/KpiCardGrid.h"

#include "dashboard/DashboardSnapshot.h"
#include "dashboard/KpiCatalogue.h"
#include "models/KpiFormat.h"
#include "payment/DeclineReasons.h"
#include "views/KpiCard.h"

#include <QGridLayout>
#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kNoFigure = u"—"_s;
constexpr int kCardsPerRow = 5;

// A card shows one KPI of the catalogue, under the catalogue's label.
KpiCard *newCard(const QString &objectName, Kpi kpi, QWidget *parent)
{
    auto *card = new KpiCard(KpiCatalogue::label(kpi), parent);
    card->setObjectName(objectName);
    return card;
}

KpiCard::Polarity polarityOf(KpiPolarity polarity)
{
    switch (polarity) {
    case KpiPolarity::HigherIsBetter:
        return KpiCard::Polarity::HigherIsBetter;
    case KpiPolarity::LowerIsBetter:
        return KpiCard::Polarity::LowerIsBetter;
    case KpiPolarity::Neutral:
        break;
    }
    return KpiCard::Polarity::Neutral;
}

// The card's value, its change against the previous period (for a period figure) and, for a KPI with a
// target, whether the figure meets it: all as the catalogue defines the KPI. Details are the card's own.
void showFigure(KpiCard *card, Kpi kpi, const DashboardSnapshot &snapshot, const QLocale &locale)
{
    const KpiDefinition &definition = KpiCatalogue::definition(kpi);
    const KpiValue current = KpiCatalogue::current(kpi, snapshot);
    const QString value = KpiFormat::value(definition.kind, current, locale);
    card->setValue(value.isEmpty() ? kNoFigure : value);
    card->setChange(KpiCatalogue::isPeriodFigure(kpi)
                    ? KpiFormat::change(definition.kind, current, KpiCatalogue::previous(kpi, snapshot), locale)
                    : KpiChange{},
            polarityOf(definition.polarity));
    if (definition.target) {
        const std::optional<bool> met = KpiCatalogue::meetsTarget(kpi, current);
        card->setTargetState(!met ? KpiCard::TargetState::NoTarget
                        : *met    ? KpiCard::TargetState::Met
                                  : KpiCard::TargetState::Missed);
    }
}

// "target at least 95%", "target under 2 s".
QString targetDetail(Kpi kpi, const QLocale &locale)
{
    return KpiCardGrid::tr("target %1").arg(KpiCatalogue::targetText(kpi, KpiFormat::targetThreshold(kpi, locale)));
}

} // namespace

KpiCardGrid::KpiCardGrid(QWidget *parent) : QWidget(parent)
{
    m_revenueCard = newCard(u"revenueCard"_s, Kpi::Revenue, this);
    m_ordersCard = newCard(u"ordersCard"_s, Kpi::OrdersPlaced, this);
    m_averageCard = newCard(u"averageOrderValueCard"_s, Kpi::AverageOrderValue, this);
    m_successCard = newCard(u"successRateCard"_s, Kpi::SuccessRate, this);
    m_medianCard = newCard(u"placementMedianCard"_s, Kpi::PlacementMedian, this);
    m_p95Card = newCard(u"placementP95Card"_s, Kpi::PlacementP95, this);
    m_paymentCard = newCard(u"paymentFailureCard"_s, Kpi::PaymentFailureRate, this);
    m_cancelledCard = newCard(u"cancelledCard"_s, Kpi::OrdersCancelled, this);
    m_emailCard = newCard(u"emailCard"_s, Kpi::EmailsSent, this);
    m_awaitingCard = newCard(u"awaitingShipmentCard"_s, Kpi::AwaitingShipment, this);
    m_returnCard = newCard(u"returnRateCard"_s, Kpi::ReturnRate, this);
    m_apiOrdersCard = newCard(u"apiOrdersCard"_s, Kpi::ApiOrdersBusiestHour, this);
    m_apiErrorCard = newCard(u"apiErrorRateCard"_s, Kpi::ApiErrorRate, this);
    m_apiP95Card = newCard(u"apiResponseP95Card"_s, Kpi::ApiResponseP95, this);
    m_kpiCards = {{Kpi::Revenue, m_revenueCard}, {Kpi::OrdersPlaced, m_ordersCard},
            {Kpi::AverageOrderValue, m_averageCard}, {Kpi::SuccessRate, m_successCard},
            {Kpi::PlacementMedian, m_medianCard}, {Kpi::PlacementP95, m_p95Card},
            {Kpi::PaymentFailureRate, m_paymentCard}, {Kpi::OrdersCancelled, m_cancelledCard},
            {Kpi::EmailsSent, m_emailCard}, {Kpi::AwaitingShipment, m_awaitingCard}, {Kpi::ReturnRate, m_returnCard},
            {Kpi::ApiOrdersBusiestHour, m_apiOrdersCard}, {Kpi::ApiErrorRate, m_apiErrorCard},
            {Kpi::ApiResponseP95, m_apiP95Card}};

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    const QList<KpiCard *> allCards = cards();
    for (qsizetype i = 0; i < allCards.size(); ++i)
        grid->addWidget(allCards.at(i), int(i / kCardsPerRow), int(i % kCardsPerRow));
    for (int column = 0; column < kCardsPerRow; ++column)
        grid->setColumnStretch(column, 1);
}

QList<KpiCard *> KpiCardGrid::cards() const
{
    QList<KpiCard *> shown;
    for (const auto &[kpi, card] : m_kpiCards)
        shown << card;
    return shown;
}
KpiCard *KpiCardGrid::card(Kpi kpi) const
{
    for (const auto &[shownKpi, shown] : m_kpiCards) {
        if (shownKpi == kpi)
            return shown;
    }
    return nullptr;
}
void KpiCardGrid::showSnapshot(const DashboardSnapshot &snapshot)
{
    const QLocale locale;
    const KpiFigures &now = snapshot.current;
    for (const auto &[kpi, card] : m_kpiCards)
        showFigure(card, kpi, snapshot, locale);

    m_revenueCard->setDetail(now.refunded.isZero()
                    ? tr("no refunds")
                    : tr("after %1 refunded").arg(KpiFormat::money(now.refunded, locale)));

    m_ordersCard->setDetail(
            tr("%1 confirmed · %2 cancelled")
                    .arg(KpiFormat::count(now.ordersConfirmed, locale), KpiFormat::count(now.ordersCancelled, locale)));

    m_averageCard->setDetail(now.averageOrderValue
                    ? tr("over %Ln confirmed order(s)", nullptr, int(std::min<qint64>(now.ordersConfirmed, INT_MAX)))
                    : tr("no confirmed orders in this period"));

    // "at least 95%"
    const QString successTarget
            = KpiCatalogue::targetText(Kpi::SuccessRate, KpiFormat::targetThreshold(Kpi::SuccessRate, locale));
    if (now.successRate) {
        m_successCard->setDetail(tr("%1 of %Ln placement(s) confirmed · target %2", nullptr,
                int(std::min<qint64>(now.placementAttempts, INT_MAX)))
                                         .arg(KpiFormat::count(now.ordersConfirmed, locale), successTarget));
    } else {
        m_successCard->setDetail(tr("no placement attempts recorded in this period · target %1").arg(successTarget));
    }

    const QString medianTarget = targetDetail(Kpi::PlacementMedian, locale);
    const QString p95Target = targetDetail(Kpi::PlacementP95, locale);
    m_medianCard->setDetail(
            now.placementMedianMs ? medianTarget : tr("no placements timed in this period · %1").arg(medianTarget));
    m_p95Card->setDetail(now.placementP95Ms ? p95Target : tr("no placements timed in this period · %1").arg(p95Target));

    if (now.paymentAttempts == 0) {
        m_paymentCard->setDetail(tr("no card payments in this period"));
    } else {
        QStringList reasons;
        for (const DeclineReasonCount &reason : now.topDeclineReasons.mid(0, 2))
            // A no-break space keeps a reason and its count on one line when the card wraps.
            reasons << tr("%1\u00a0%2").arg(DeclineReasons::label(reason.code), KpiFormat::count(reason.count, locale));
        QString detail
                = tr("%1 of %Ln card payment(s) failed", nullptr, int(std::min<qint64>(now.paymentAttempts, INT_MAX)))
                          .arg(KpiFormat::count(now.paymentFailures, locale));
        if (!reasons.isEmpty())
            detail += u'\n' + tr("top: %1").arg(reasons.join(u", "_s));
        m_paymentCard->setDetail(detail);
    }
    QStringList reasonTips;
    for (const DeclineReasonCount &reason : now.topDeclineReasons) {
        // The code as Stripe names it (staff look it up there), and what to do rather than the provider's
        // own sentence when the catalogue knows better.
        const QString advice = DeclineReasons::advice(reason.code);
        reasonTips << tr("%1 × %2 (%3): %4")
                              .arg(KpiFormat::count(reason.count, locale), DeclineReasons::label(reason.code),
                                      reason.code, advice.isEmpty() ? reason.message : advice);
    }
    m_paymentCard->setToolTip(
            reasonTips.isEmpty() ? tr("Show the orders cancelled after a declined payment") : reasonTips.join(u'\n'));

    // Units returned of units shipped in the period, and the two most frequent reasons.
    if (now.unitsShipped == 0 && now.unitsReturned == 0) {
        m_returnCard->setDetail(tr("nothing shipped or returned in this period"));
    } else {
        QString detail
                = tr("%1 of %2 units shipped came back")
                          .arg(KpiFormat::count(now.unitsReturned, locale), KpiFormat::count(now.unitsShipped, locale));
        QStringList reasons;
        for (const ReturnReasonCount &reason : snapshot.topReturnReasons.mid(0, 2))
            reasons << tr("%1\u00a0%2")
                               .arg(ReturnReasons::displayName(reason.reason), KpiFormat::count(reason.units, locale));
        if (!reasons.isEmpty())
            detail += u'\n' + tr("top: %1").arg(reasons.join(u", "_s));
        m_returnCard->setDetail(detail);
    }
    m_returnCard->setToolTip(tr("Show the returns opened in this period"));

    m_cancelledCard->setDetail(now.ordersPlaced > 0
                    ? tr("%1 of the orders placed")
                              .arg(KpiFormat::percent(double(now.ordersCancelled) / double(now.ordersPlaced), locale))
                    : tr("no orders placed in this period"));

    m_emailCard->setDetail(
            tr("%1 failed · %2 waiting")
                    .arg(KpiFormat::count(now.emailsFailed, locale), KpiFormat::count(now.emailsWaiting, locale)));
    // No target for emails, but a failed one is someone who did not hear from the shop.
    m_emailCard->setTargetState(now.emailsFailed > 0 ? KpiCard::TargetState::Missed : KpiCard::TargetState::NoTarget);

    if (snapshot.oldestAwaitingSince && snapshot.awaitingShipment > 0) {
        const qint64 waited = std::max<qint64>(0, snapshot.oldestAwaitingSince->secsTo(snapshot.computedAt));
        m_awaitingCard->setDetail(tr("oldest waiting %1 · now, whatever the period").arg(KpiFormat::age(waited)));
    } else {
        m_awaitingCard->setDetail(tr("nothing waiting · now, whatever the period"));
    }
    showApiFigures(now, locale);
}

void KpiCardGrid::showApiFigures(const KpiFigures &now, const QLocale &locale)
{
    // What `shipshape-cli serve` answered; a shop without the Order API sees why the cards are empty.
    const QString toolTip = tr("Requests answered by the Order API server (shipshape-cli serve)");
    for (KpiCard *card : {m_apiOrdersCard, m_apiErrorCard, m_apiP95Card})
        card->setToolTip(toolTip);
    if (now.apiRequests == 0) {
        const QString none = tr("no API requests in this period");
        for (KpiCard *card : {m_apiOrdersCard, m_apiErrorCard, m_apiP95Card})
            card->setDetail(none);
        return;
    }
    const int requests = int(std::min<qint64>(now.apiRequests, INT_MAX));
    m_apiOrdersCard->setDetail(
            tr("%Ln order(s) through the API in this period", nullptr, int(std::min<qint64>(now.apiOrders, INT_MAX))));
    m_apiErrorCard->setDetail(
            tr("%1 of %Ln request(s) failed", nullptr, requests).arg(KpiFormat::count(now.apiErrors, locale)));
    m_apiP95Card->setDetail(tr("over %Ln request(s)", nullptr, requests));
}

} // namespace shipshape
