#include "views/OrderReturnsSummary.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QStringList OrderReturnsSummary::describe(const Order &order)
{
    QStringList lines;
    const QLocale locale;
    for (const OrderReturn &orderReturn : order.returns) {
        QStringList contents;
        for (const ReturnLine &line : orderReturn.lines) {
            QString text
                    = tr("%1 × %2 (%3)")
                              .arg(locale.toString(line.quantity), line.sku,
                                      line.note.isEmpty()
                                              ? ReturnReasons::displayName(line.reason)
                                              : tr("%1: %2").arg(ReturnReasons::displayName(line.reason), line.note));
            if (orderReturn.receivedAt) {
                text += tr(", %1 restocked, %2 written off")
                                .arg(locale.toString(line.restocked), locale.toString(line.writtenOff));
            }
            contents << text;
        }
        QString text = tr("Return %1: %2 — %3")
                               .arg(orderReturn.id)
                               .arg(ReturnStates::displayName(orderReturn.state), contents.join(u"; "_s));
        if (orderReturn.refund)
            text += tr(" — refund %1").arg(orderReturn.refund->toDisplayString(locale));
        if (orderReturn.state == ReturnState::Rejected && !orderReturn.rejectReason.isEmpty())
            text += tr(" — rejected: %1").arg(orderReturn.rejectReason);
        if (orderReturn.replacementOrder && orderReturn.exchangeValue) {
            text += tr(" — exchanged for order #%1 (worth %2)")
                            .arg(*orderReturn.replacementOrder)
                            .arg(orderReturn.exchangeValue->toDisplayString(locale));
        }
        lines << text;
    }
    return lines;
}

} // namespace shipshape
