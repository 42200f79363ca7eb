#pragma once

#include "dashboard/KpiCatalogue.h"

#include <QList>
#include <QLocale>
#include <QWidget>

#include <utility>

namespace shipshape {

class KpiCard;
struct DashboardSnapshot;
struct KpiFigures;

// The dashboard's KPI cards, five a row: each shows its KPI's figure for the period, the change against
// the previous period and whether it meets its target, all as KpiCatalogue defines the KPI, with a detail
// line of its own. What a click on a card opens is the dashboard's to say (it knows the period).
class KpiCardGrid : public QWidget {
    Q_OBJECT

public:
    explicit KpiCardGrid(QWidget *parent = nullptr);

    [[nodiscard]] QList<KpiCard *> cards() const;
    // The card showing `kpi`; null for a KPI that has no card (it is in the KPI table only).
    [[nodiscard]] KpiCard *card(Kpi kpi) const;
    void showSnapshot(const DashboardSnapshot &snapshot);

private:
    void showApiFigures(const KpiFigures &now, const QLocale &locale);

    KpiCard *m_revenueCard = nullptr;
    KpiCard *m_ordersCard = nullptr;
    KpiCard *m_averageCard = nullptr;
    KpiCard *m_successCard = nullptr;
    KpiCard *m_medianCard = nullptr;
    KpiCard *m_p95Card = nullptr;
    KpiCard *m_paymentCard = nullptr;
    KpiCard *m_cancelledCard = nullptr;
    KpiCard *m_emailCard = nullptr;
    KpiCard *m_awaitingCard = nullptr;
    KpiCard *m_returnCard = nullptr;
    KpiCard *m_apiOrdersCard = nullptr;
    KpiCard *m_apiErrorCard = nullptr;
    KpiCard *m_apiP95Card = nullptr;
    // The cards in the order they are laid out.
    QList<std::pair<Kpi, KpiCard *>> m_kpiCards;
};

} // namespace shipshape
