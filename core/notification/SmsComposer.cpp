#include "notification/SmsComposer.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// One line, no control or format characters (a tracking number typed with a newline, a bidi override).
QString oneLine(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar character : text) {
        const auto category = character.category();
        const bool control = category == QChar::Other_Control || category == QChar::Other_Format
                || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        cleaned.append(control ? QChar(u' ') : character);
    }
    return cleaned.simplified();
}

} // namespace

SmsComposer::SmsComposer(QString shopName, QLocale locale) : m_shopName(oneLine(shopName)), m_locale(std::move(locale))
{
    if (m_shopName.isEmpty())
        m_shopName = u"Shipshape"_s;
    m_shopName = m_shopName.left(40);
}

bool SmsComposer::covers(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::Placed:
    case NotificationEvent::Confirmed:
    case NotificationEvent::Shipped:
    case NotificationEvent::Delivered:
    case NotificationEvent::Cancelled:
    case NotificationEvent::Refunded:
        return true;
    case NotificationEvent::PaymentLink:
    case NotificationEvent::ReturnOpened:
    case NotificationEvent::ReturnReceived:
    case NotificationEvent::ReturnExchanged:
        return false;
    }
    return false;
}

std::optional<QString> SmsComposer::compose(
        const Order &order, NotificationEvent event, const NotificationDetails &details) const
{
    if (!covers(event))
        return std::nullopt;
    const QString number = QString::number(order.number);
    QString text;
    switch (event) {
    case NotificationEvent::Placed:
        text = tr("%1: we received your order #%2 (%3). Reply STOP to opt out.")
                       .arg(m_shopName, number, order.total.toDisplayString(m_locale));
        break;
    case NotificationEvent::Confirmed:
        text = tr("%1: payment received for order #%2. We are getting it ready.").arg(m_shopName, number);
        break;
    case NotificationEvent::Shipped: {
        const QString carrier = oneLine(details.parcelCarrier.isEmpty() ? order.carrier : details.parcelCarrier);
        const QString tracking
                = oneLine(details.parcelTracking.isEmpty() ? order.trackingNumber : details.parcelTracking);
        text = tracking.isEmpty()
                ? tr("%1: order #%2 has shipped.").arg(m_shopName, number)
                : tr("%1: order #%2 has shipped with %3, tracking %4.")
                          .arg(m_shopName, number, carrier.isEmpty() ? tr("the carrier") : carrier, tracking);
        break;
    }
    case NotificationEvent::Delivered:
        text = tr("%1: order #%2 has been delivered. Enjoy!").arg(m_shopName, number);
        break;
    case NotificationEvent::Cancelled:
        text = (details.creditKept && details.creditKept->minorUnits() > 0)
                ? tr("%1: order #%2 is cancelled; %3 is kept as credit.")
                          .arg(m_shopName, number, details.creditKept->toDisplayString(m_locale))
                : tr("%1: order #%2 is cancelled.").arg(m_shopName, number);
        break;
    case NotificationEvent::Refunded:
        text = tr("%1: we refunded %2 for order #%3.")
                       .arg(m_shopName, details.refundAmount.value_or(order.refunded).toDisplayString(m_locale),
                               number);
        break;
    case NotificationEvent::PaymentLink:
    case NotificationEvent::ReturnOpened:
    case NotificationEvent::ReturnReceived:
    case NotificationEvent::ReturnExchanged:
        return std::nullopt;
    }
    text = oneLine(text);
    if (text.size() > kMaxLength)
        text = text.left(kMaxLength - 1) + u'…';
    return text;
}

QString SmsComposer::sample(NotificationEvent event) const
{
    Order order;
    order.number = 1042;
    auto currency = Currency::fromCode(u"EUR"_s);
    if (currency) {
        order.total = Money(4990, *currency);
        order.refunded = Money(1250, *currency);
    }
    order.carrier = u"DHL"_s;
    order.trackingNumber = u"00340434161094042557"_s;
    return compose(order, event).value_or(QString());
}

} // namespace shipshape
