#include "orders/OrderTransitions.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "inventory/StockReservations.h"
#include "orders/OrderCancellation.h"
#include "orders/OrderRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Order> OrderTransitions::addNote(const QString &orderReference, const QString &note)
{
    auto text = TextField::multiLine(u"note"_s, note, 2000);
    if (!text)
        return fail(text.error());
    if (text->isEmpty())
        return fail(Error::invalid(u"note"_s, note, tr("The note is empty.")));
    return m_changes.apply(orderReference, [&](Order &order, OrderChange &change) -> Status {
        change.timeline.append(m_changes.entry(u"NoteAdded"_s, std::nullopt, std::nullopt, *text));
        change.events.append(m_changes.event(u"NoteAdded"_s, order, QJsonObject{{u"note"_s, *text}}));
        return {};
    });
}

Result<int> OrderTransitions::expireReservations()
{
    int expired = 0;
    const QDateTime now = m_context.clock.now();
    for (;;) {
        OrderRepository orders(m_context.database);
        auto due = orders.expiredReservations(now, 200);
        if (!due)
            return fail(due.error());
        if (due->isEmpty())
            break;
        int progressed = 0;
        for (qint64 number : std::as_const(*due)) {
            auto cancelled = m_changes.apply(
                    QString::number(number),
                    [&](Order &order, OrderChange &change) -> Status {
                        // Re-checked under the write lock: someone may have paid or cancelled it meanwhile.
                        if (order.status != OrderStatus::Pending || !order.reservationExpiresAt
                                || *order.reservationExpiresAt > now)
                            return fail(Error::conflict(tr("Order %1 no longer needs to expire.").arg(order.number)));
                        return m_cancellation.cancelWithin(order, change, CancelReason::Expired,
                                CancelReasons::displayName(CancelReason::Expired),
                                {{u"holdMinutes"_s, m_context.settings.reservationHoldMinutes}});
                    },
                    true);
            if (cancelled) {
                ++expired;
                ++progressed;
            } else if (cancelled.error().code != ErrorCode::Conflict) {
                return fail(cancelled.error());
            }
        }
        if (progressed == 0)
            break;
    }
    if (expired > 0)
        qCInfo(lcOrders) << "Expired" << expired << "unpaid reservations";
    return expired;
}

} // namespace shipshape
