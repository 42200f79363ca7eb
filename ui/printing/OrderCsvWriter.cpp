#include "printing/OrderCsvWriter.h"

#include "orders/PaymentStates.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QStringList OrderCsvWriter::header()
{
    return {u"order"_s, u"placed_at"_s, u"status"_s, u"customer"_s, u"email"_s, u"currency"_s, u"total"_s, u"paid"_s,
            u"refunded"_s, u"balance_due"_s, u"payment_method"_s, u"payment_state"_s, u"carrier"_s, u"tracking"_s,
            u"lines"_s};
}

QStringList OrderCsvWriter::row(const Order &order)
{
    QStringList lines;
    for (const LineItem &line : order.lines)
        lines << u"%1 x%2"_s.arg(line.sku).arg(line.quantity);
    return {QString::number(order.number), order.placedAt.toUTC().toString(Qt::ISODate),
            OrderLifecycle::key(order.status), field(order.customer.name, true), field(order.customer.email, true),
            order.total.currency().code(), order.total.toDecimalString(), order.paid.toDecimalString(),
            order.refunded.toDecimalString(), order.balanceDue().toDecimalString(),
            PaymentMethods::key(order.paymentMethod), PaymentStates::key(PaymentStates::of(order)),
            field(order.carrier, true), field(order.trackingNumber, true), field(lines.join(u"; "_s), true)};
}

QString OrderCsvWriter::field(const QString &value, bool personText)
{
    QString text = value;
    if (personText && !text.isEmpty()
            && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

QByteArray OrderCsvWriter::toCsv(const QList<Order> &orders)
{
    QString csv = header().join(u',') + u"\r\n"_s;
    for (const Order &order : orders)
        csv += row(order).join(u',') + u"\r\n"_s;
    return csv.toUtf8();
}

} // namespace shipshape
