#include "notification/EmailComposer.h"

#include "notification/TemplateRenderer.h"
#include "orders/Order.h"

#include <QFile>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Result<QString> loadTemplate(const QString &name)
{
    QFile file(u":/email/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::internal(u"email template %1 is missing from the resources"_s.arg(name)));
    return QString::fromUtf8(file.readAll());
}

} // namespace

EmailComposer::EmailComposer(MailSettings settings, QLocale locale)
    : m_settings(std::move(settings)), m_locale(std::move(locale))
{}

QString EmailComposer::singleLine(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    bool lastWasSpace = false;
    for (QChar c : text) {
        // Control (Cc), format (Cf: bidi overrides, zero-width) and line/paragraph separators.
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        if (blank) {
            if (!lastWasSpace && !out.isEmpty())
                out += u' ';
            lastWasSpace = true;
        } else {
            out += c;
            lastWasSpace = false;
        }
    }
    out = out.trimmed();
    if (out.size() > maxLength) {
        qsizetype cut = maxLength - 1;
        if (out.at(cut - 1).isHighSurrogate())
            --cut; // never split a surrogate pair
        out = out.left(cut) + u'…';
    }
    return out;
}

Result<RenderedEmail> EmailComposer::compose(
        const Order &order, NotificationEvent event, const NotificationDetails &details) const
{
    const QString number = QString::number(order.number);
    const QString customer = order.customer.name;
    QVariantMap values;
    // A parcel that is not the whole order lists only what is in it.
    qint64 orderedUnits = 0;
    for (const LineItem &line : order.lines)
        orderedUnits += line.quantity;
    qint64 parcelUnits = 0;
    for (const ShipmentLine &line : details.parcelLines)
        parcelUnits += line.quantity;
    const bool partOfOrder = !details.parcelLines.isEmpty() && parcelUnits != orderedUnits;
    QString subject;
    QString heading;
    QString intro;
    switch (event) {
    case NotificationEvent::Placed:
        subject = tr("We received your order #%1").arg(number);
        heading = tr("Thank you for your order");
        intro = tr("We have received your order #%1 and are getting it ready.").arg(number);
        break;
    case NotificationEvent::Confirmed:
        subject = tr("Your order #%1 is confirmed").arg(number);
        heading = tr("Your order is confirmed");
        intro = tr("We have received your payment for order #%1. We will let you know when it ships.").arg(number);
        break;
    case NotificationEvent::Shipped:
        subject = tr("Your order #%1 is on its way").arg(number);
        heading = tr("Your order is on its way");
        intro = partOfOrder
                ? tr("Part of order #%1 has left our warehouse; we will send the rest separately.").arg(number)
                : tr("Order #%1 has left our warehouse.").arg(number);
        values.insert(u"carrier"_s, details.parcelTracking.isEmpty() ? order.carrier : details.parcelCarrier);
        values.insert(
                u"trackingNumber"_s, details.parcelTracking.isEmpty() ? order.trackingNumber : details.parcelTracking);
        values.insert(u"labelCarrier"_s, tr("Carrier"));
        values.insert(u"labelTracking"_s, tr("Tracking number"));
        break;
    case NotificationEvent::Delivered:
        subject = tr("Your order #%1 has been delivered").arg(number);
        heading = tr("Your order has been delivered");
        intro = partOfOrder ? tr("A parcel of order #%1 (tracking number %2) has been delivered.")
                                      .arg(number, details.parcelTracking)
                            : tr("Order #%1 has been delivered. We hope you enjoy it.").arg(number);
        break;
    case NotificationEvent::Cancelled:
        subject = tr("Your order #%1 has been cancelled").arg(number);
        heading = tr("Your order has been cancelled");
        if (details.creditKept && details.creditKept->minorUnits() > 0) {
            intro = tr("Order #%1 has been cancelled. As agreed, the %2 you paid is kept as credit for your next "
                       "order.")
                            .arg(number, details.creditKept->toDisplayString(m_locale));
        } else if (order.paid.minorUnits() == 0) {
            intro = tr("Order #%1 has been cancelled. Nothing was charged.").arg(number);
        } else {
            intro = tr("Order #%1 has been cancelled. Any payment you made will be refunded.").arg(number);
        }
        values.insert(u"labelReason"_s, tr("Reason:"));
        values.insert(
                u"reason"_s, order.cancelReason ? CancelReasons::displayName(*order.cancelReason) : tr("Not given"));
        values.insert(u"note"_s, details.cancelNote);
        break;
    case NotificationEvent::Refunded: {
        subject = tr("Your refund for order #%1").arg(number);
        heading = tr("We have refunded you");
        intro = tr("We have issued a refund for order #%1. It may take a few days to reach your account.").arg(number);
        const Money amount = details.refundAmount.value_or(order.refunded);
        values.insert(u"labelRefund"_s, tr("Refunded amount:"));
        values.insert(u"refundAmount"_s, amount.toDisplayString(m_locale));
        values.insert(u"labelMethod"_s, tr("Refunded by:"));
        values.insert(u"refundMethod"_s, details.refundMethod);
        values.insert(u"labelReference"_s, tr("Reference:"));
        values.insert(u"refundReference"_s, details.refundReference);
        break;
    }
    case NotificationEvent::ReturnOpened:
        subject = tr("Your return for order #%1").arg(number);
        heading = tr("We have opened your return");
        intro = tr("We have opened return %1 for the items below from order #%2. Please send them back to us; we "
                   "will let you know when they arrive.")
                        .arg(details.returnId)
                        .arg(number);
        break;
    case NotificationEvent::ReturnReceived:
        subject = tr("We received your return for order #%1").arg(number);
        heading = tr("Your return has arrived");
        intro = tr("Return %1 of order #%2 has arrived at our warehouse. We will let you know when your refund is "
                   "on its way.")
                        .arg(details.returnId)
                        .arg(number);
        break;
    case NotificationEvent::ReturnExchanged: {
        subject = tr("Your exchange for order #%1").arg(number);
        heading = tr("We are sending a replacement");
        intro = tr("Return %1 of order #%2 is exchanged: replacement order #%3 is on its way to you.")
                        .arg(details.returnId)
                        .arg(number)
                        .arg(details.replacementOrder);
        if (details.exchangeDue && details.exchangeDue->minorUnits() > 0) {
            intro += u' '
                    + tr("The replacement costs more than what you send back: %1 is left to pay on order #%2.")
                              .arg(details.exchangeDue->toDisplayString(m_locale))
                              .arg(details.replacementOrder);
        } else if (details.exchangeRefund && details.exchangeRefund->minorUnits() > 0) {
            intro += u' '
                    + tr("The replacement costs less than what you send back: we owe you %1, which we will "
                         "refund.")
                              .arg(details.exchangeRefund->toDisplayString(m_locale));
        }
        break;
    }
    case NotificationEvent::PaymentLink: {
        subject = tr("Pay for your order #%1").arg(number);
        heading = tr("Your payment link");
        intro = tr("To complete order #%1, please pay %2 by card through the secure link below. We hold your items "
                   "until then.")
                        .arg(number, order.balanceDue().toDisplayString(m_locale));
        // Only a well-formed https address goes into the email (it becomes a link people click).
        const QUrl url(details.paymentUrl, QUrl::StrictMode);
        const bool safe = url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty();
        values.insert(u"paymentUrl"_s, safe ? url.toString(QUrl::FullyEncoded) : QString());
        values.insert(u"labelPay"_s, tr("Pay now"));
        values.insert(u"labelCopy"_s, tr("If the button does not work, copy this address into your browser:"));
        values.insert(u"expiry"_s,
                details.paymentLinkExpiresAt
                        ? tr("The link is valid until %1 (UTC).")
                                  .arg(m_locale.toString(details.paymentLinkExpiresAt->toUTC(), QLocale::ShortFormat))
                        : QString());
        break;
    }
    }
    const QString fullSubject = singleLine(tr("%1: %2").arg(m_settings.shopName, subject));

    QVariantList items;
    for (const LineItem &line : order.lines) {
        qint64 quantity = line.quantity;
        if (partOfOrder) {
            const auto inParcel = std::find_if(details.parcelLines.cbegin(), details.parcelLines.cend(),
                    [&](const ShipmentLine &parcelLine) { return parcelLine.sku == line.sku; });
            if (inParcel == details.parcelLines.cend())
                continue;
            quantity = inParcel->quantity;
        }
        const Money lineTotal(line.unitPrice.minorUnits() * quantity, line.unitPrice.currency());
        items.append(QVariantMap{{u"name"_s, line.productName}, {u"quantity"_s, m_locale.toString(quantity)},
                {u"unitPrice"_s, line.unitPrice.toDisplayString(m_locale)},
                {u"lineTotal"_s, lineTotal.toDisplayString(m_locale)}});
    }
    values.insert(u"intro"_s, intro);
    values.insert(u"heading"_s, heading);
    values.insert(u"greeting"_s, tr("Hello %1,").arg(customer));
    values.insert(u"subject"_s, fullSubject);
    values.insert(u"language"_s, m_locale.bcp47Name());
    values.insert(u"shopName"_s, m_settings.shopName);
    values.insert(u"brandColor"_s, m_settings.safeBrandColor());
    values.insert(u"logoUrl"_s, m_settings.safeLogoUrl());
    values.insert(u"orderNumber"_s, number);
    values.insert(u"customerName"_s, customer);
    values.insert(u"items"_s, items);
    values.insert(u"total"_s, order.total.toDisplayString(m_locale));
    values.insert(u"street"_s, order.shippingAddress.street);
    values.insert(u"city"_s, order.shippingAddress.city);
    values.insert(u"state"_s, order.shippingAddress.state);
    values.insert(u"zip"_s, order.shippingAddress.zip);
    values.insert(u"country"_s, order.shippingAddress.country);
    values.insert(u"labelOrder"_s, tr("Order"));
    values.insert(u"labelItem"_s, tr("Item"));
    values.insert(u"labelQuantity"_s, tr("Qty"));
    values.insert(u"labelUnitPrice"_s, tr("Price"));
    values.insert(u"labelLineTotal"_s, tr("Total"));
    values.insert(u"labelTotal"_s, tr("Order total"));
    values.insert(u"labelShipTo"_s, tr("Shipping to"));
    values.insert(
            u"footer"_s, tr("You receive this email because you placed an order with %1.").arg(m_settings.shopName));

    const QString key = NotificationEvents::key(event);
    auto eventHtmlTemplate = loadTemplate(key + u".html"_s);
    auto eventTextTemplate = loadTemplate(key + u".txt"_s);
    auto layoutHtml = loadTemplate(u"layout.html"_s);
    auto layoutText = loadTemplate(u"layout.txt"_s);
    for (const auto *loaded : {&eventHtmlTemplate, &eventTextTemplate, &layoutHtml, &layoutText}) {
        if (!*loaded)
            return fail(loaded->error());
    }
    auto eventHtml = TemplateRenderer::render(*eventHtmlTemplate, values, TemplateRenderer::Mode::Html);
    auto eventText = TemplateRenderer::render(*eventTextTemplate, values, TemplateRenderer::Mode::Text);
    if (!eventHtml)
        return fail(eventHtml.error());
    if (!eventText)
        return fail(eventText.error());
    // Our own rendered (already escaped) fragments go in verbatim through {{{eventHtml}}}.
    values.insert(u"eventHtml"_s, *eventHtml);
    values.insert(u"eventText"_s, *eventText);
    auto html = TemplateRenderer::render(*layoutHtml, values, TemplateRenderer::Mode::Html);
    auto text = TemplateRenderer::render(*layoutText, values, TemplateRenderer::Mode::Text);
    if (!html)
        return fail(html.error());
    if (!text)
        return fail(text.error());
    return RenderedEmail{fullSubject, *text, *html};
}

} // namespace shipshape
