#include "models/TimelineModel.h"

#include "orders/CancelReason.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

void TimelineModel::setEntries(const QList<TimelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString TimelineModel::title(const TimelineEntry &entry)
{
    const QString &event = entry.event;
    if (event == u"OrderPlaced"_s)
        return tr("Placed");
    if (event == u"PaymentProcessed"_s)
        return tr("Paid");
    if (event == u"PaymentFailed"_s)
        return tr("Payment failed");
    if (event == u"PaymentProcessing"_s)
        return tr("Payment processing");
    if (event == u"PaymentOutcomeUnknown"_s)
        return tr("Payment outcome unknown");
    if (event == u"OrderModified"_s)
        return tr("Modified");
    if (event == u"OrderShipped"_s)
        return tr("Shipped");
    if (event == u"OrderDelivered"_s)
        return tr("Delivered");
    if (event == u"OrderCancelled"_s)
        return tr("Cancelled");
    if (event == u"RefundIssued"_s)
        return tr("Refunded");
    if (event == u"RefundFailed"_s)
        return tr("Refund failed");
    if (event == u"RefundPending"_s)
        return tr("Refund pending");
    if (event == u"CreditKept"_s)
        return tr("Kept as credit");
    if (event == u"DisputeOpened"_s)
        return tr("Dispute opened");
    if (event == u"PaymentLinkSent"_s)
        return tr("Payment link sent");
    if (event == u"PaymentLinkFailed"_s)
        return tr("Payment link failed");
    if (event == u"PaymentLinkExpired"_s)
        return tr("Payment link expired");
    if (event == u"EmailSent"_s)
        return tr("Email sent");
    if (event == u"EmailFailed"_s)
        return tr("Email failed");
    if (event == u"EmailDelivered"_s)
        return tr("Email delivered");
    if (event == u"EmailBounced"_s)
        return tr("Email bounced");
    if (event == u"EmailDropped"_s)
        return tr("Email dropped");
    if (event == u"EmailSpamReport"_s)
        return tr("Email marked as spam");
    if (event == u"NoteAdded"_s)
        return tr("Staff note");
    if (event == u"TagsChanged"_s)
        return tr("Tags changed");
    return event;
}

QString TimelineModel::detail(const TimelineEntry &entry)
{
    const QJsonObject &details = entry.details;
    const QString &event = entry.event;
    if (event == u"OrderShipped"_s) {
        const QString carrier = details.value(u"carrier"_s).toString();
        const QString tracking = details.value(u"trackingNumber"_s).toString();
        return carrier.isEmpty() ? tr("Tracking %1").arg(tracking) : tr("%1, tracking %2").arg(carrier, tracking);
    }
    if (event == u"PaymentProcessed"_s || event == u"RefundIssued"_s || event == u"PaymentFailed"_s
            || event == u"CreditKept"_s) {
        QStringList parts;
        const QString amount = details.value(u"amount"_s).toString();
        if (!amount.isEmpty())
            parts << QString(details.value(u"currency"_s).toString() + u' ' + amount).trimmed();
        if (!entry.reason.isEmpty())
            parts << entry.reason;
        return parts.join(u" — "_s);
    }
    if (event == u"OrderModified"_s) {
        QStringList changes;
        for (const QJsonValue &value : details.value(u"items"_s).toArray()) {
            const QJsonObject change = value.toObject();
            changes << tr("%1: %2 → %3")
                               .arg(change.value(u"sku"_s).toString())
                               .arg(change.value(u"from"_s).toInteger())
                               .arg(change.value(u"to"_s).toInteger());
        }
        // Field by field, old → new, as OrderDifference recorded them (docs/pricing.md).
        for (const QJsonValue &value : details.value(u"unitPrices"_s).toArray()) {
            const QJsonObject change = value.toObject();
            changes << tr("price of %1: %2 → %3")
                               .arg(change.value(u"sku"_s).toString(), change.value(u"from"_s).toString(),
                                       change.value(u"to"_s).toString());
        }
        for (const QJsonValue &value : details.value(u"taxRates"_s).toArray()) {
            const QJsonObject change = value.toObject();
            changes << tr("tax rate of %1: %2 % → %3 %")
                               .arg(change.value(u"sku"_s).toString(), change.value(u"from"_s).toString(),
                                       change.value(u"to"_s).toString());
        }
        if (details.contains(u"discounts"_s)) {
            const QJsonObject change = details.value(u"discounts"_s).toObject();
            const auto listed = [](const QJsonArray &discounts) {
                QStringList texts;
                for (const QJsonValue &discount : discounts)
                    texts << discount.toString();
                return texts.isEmpty() ? tr("none") : texts.join(u", "_s);
            };
            changes << tr("discounts: %1 → %2")
                               .arg(listed(change.value(u"from"_s).toArray()), listed(change.value(u"to"_s).toArray()));
        }
        if (details.contains(u"shipping"_s)) {
            const QJsonObject change = details.value(u"shipping"_s).toObject();
            const auto fee = [](const QJsonObject &shipping) {
                const QString method = shipping.value(u"method"_s).toString();
                const QString amount = shipping.value(u"amount"_s).toString();
                return method.isEmpty() ? amount : tr("%1 %2").arg(method, amount);
            };
            changes << tr("shipping: %1 → %2")
                               .arg(fee(change.value(u"from"_s).toObject()), fee(change.value(u"to"_s).toObject()));
        }
        if (details.contains(u"shippingAddress"_s))
            changes << tr("new address: %1")
                               .arg(details.value(u"shippingAddress"_s).toObject().value(u"to"_s).toString());
        if (details.contains(u"totalAfter"_s)) {
            changes << tr("total: %1 → %2")
                               .arg(details.value(u"totalBefore"_s).toString(),
                                       details.value(u"totalAfter"_s).toString());
        }
        QString text = changes.join(u"; "_s);
        if (!entry.reason.isEmpty())
            text += tr(" — %1").arg(entry.reason);
        return text;
    }
    if (event == u"TagsChanged"_s) {
        // Worded here, in the reader's language, from the tags the row lists (the stored reason is English).
        QStringList changes;
        QStringList added;
        for (const QJsonValue &tag : details.value(u"added"_s).toArray())
            added << tag.toString();
        QStringList removed;
        for (const QJsonValue &tag : details.value(u"removed"_s).toArray())
            removed << tag.toString();
        if (!added.isEmpty())
            changes << tr("tagged: %1").arg(added.join(u", "_s));
        if (!removed.isEmpty())
            changes << tr("untagged: %1").arg(removed.join(u", "_s));
        return changes.isEmpty() ? entry.reason : changes.join(u"; "_s);
    }
    if (event == u"EmailSent"_s || event == u"EmailFailed"_s) {
        const QString recipient = details.value(u"recipient"_s).toString();
        return entry.reason.isEmpty() ? recipient : recipient + u" — "_s + entry.reason;
    }
    return entry.reason;
}

TimelineModel::Kind TimelineModel::kind(const TimelineEntry &entry)
{
    const QString &event = entry.event;
    if (event.endsWith(u"Failed"_s) || event == u"OrderCancelled"_s || event == u"PaymentOutcomeUnknown"_s
            || event == u"EmailBounced"_s || event == u"EmailDropped"_s || event == u"EmailSpamReport"_s)
        return Kind::Problem;
    if (event == u"PaymentProcessed"_s || event == u"OrderShipped"_s || event == u"OrderDelivered"_s
            || event == u"RefundIssued"_s || event == u"EmailSent"_s || event == u"EmailDelivered"_s)
        return Kind::Good;
    return Kind::Neutral;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        const QString more = detail(entry);
        return more.isEmpty() ? tr("%1 — %2 by %3").arg(title(entry), when, entry.actor)
                              : tr("%1 — %2 by %3\n%4").arg(title(entry), when, entry.actor, more);
    }
    case Qt::AccessibleTextRole:
    case TitleRole:
        return title(entry);
    case DetailRole:
        return detail(entry);
    case WhenRole:
    case RawValueRole:
        return entry.at;
    case ActorRole:
        return entry.actor;
    case KindRole:
        return static_cast<int>(kind(entry));
    default:
        return {};
    }
}

} // namespace shipshape
