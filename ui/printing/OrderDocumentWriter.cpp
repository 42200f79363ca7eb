#include "printing/OrderDocumentWriter.h"

#include "orders/PaymentStates.h"
#include "printing/BarcodeImage.h"

#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString addressHtml(const Order &order)
{
    const Address &address = order.shippingAddress;
    return escaped(order.customer.name) + u"<br>"_s + escaped(address.street) + u"<br>"_s
            + escaped(u"%1, %2 %3"_s.arg(address.city, address.state, address.zip)) + u"<br>"_s
            + escaped(address.country);
}

QString row(const QString &label, const QString &value, bool bold = false)
{
    const QString open = bold ? u"<b>"_s : QString();
    const QString close = bold ? u"</b>"_s : QString();
    return u"<tr><td>"_s + open + escaped(label) + close + u"</td><td align=\"right\">"_s + open + escaped(value)
            + close + u"</td></tr>"_s;
}

const QString kStyle = u"<style>"
                       "body { font-family: sans-serif; font-size: 10pt; }"
                       "h1 { font-size: 18pt; margin-bottom: 4px; }"
                       "table.lines { border-collapse: collapse; width: 100%; margin-top: 12px; }"
                       "table.lines th { background: #e8e8e8; padding: 4px; }"
                       "table.lines td { border-bottom: 1px solid #cccccc; padding: 4px; }"
                       "</style>"_s;

} // namespace

QString OrderDocumentWriter::pricedPartsHtml(const Order &order, const QLocale &locale)
{
    QString html;
    // The order's money as core priced it (docs/pricing.md): discounts, shipping and tax per rate.
    const OrderTotals totals = order.totals();
    if (!totals.discount.isZero() || !totals.shipping.isZero() || !totals.tax.isZero()) {
        html += row(tr("Subtotal"), totals.subtotal.toDisplayString(locale));
        for (const Discount &discount : order.discounts) {
            QString label = discount.code.isEmpty() ? tr("Discount %1").arg(discount.valueText())
                                                    : tr("Discount %1 (%2)").arg(discount.valueText(), discount.code);
            if (!discount.sku.isEmpty())
                label += tr(" on %1").arg(discount.sku);
            html += row(label, u"−"_s + discount.amount.toDisplayString(locale));
        }
        if (!totals.shipping.isZero() || !order.shippingMethod.isEmpty())
            html += row(tr("Shipping: %1").arg(order.shippingMethod), totals.shipping.toDisplayString(locale));
        for (const Order::TaxLine &tax : order.taxByRate()) {
            const QString label = order.pricesIncludeTax ? tr("incl. %1 %2 % of %3") : tr("%1 %2 % of %3");
            html += row(label.arg(tax.name, tax.rate.toPercentString(), tax.base.toDisplayString(locale)),
                    tax.tax.toDisplayString(locale));
        }
    }
    html += row(tr("Total"), order.total.toDisplayString(locale), true);
    return html;
}

QString OrderDocumentWriter::barcodeSource(qint64 orderNumber)
{
    return u"barcode:order/%1"_s.arg(orderNumber);
}

QString OrderDocumentWriter::packingSlipHtml(const Order &order)
{
    const QLocale locale;
    QString html = u"<h1>"_s + escaped(tr("Packing slip — order #%1").arg(order.number)) + u"</h1>"_s;
    // The same barcode as on the pick list, so the packing station can scan the slip.
    html += u"<p><img src=\""_s + barcodeSource(order.number) + u"\" height=\"48\"></p>"_s;
    html += u"<p>"_s + escaped(tr("Placed %1").arg(locale.toString(order.placedAt.toLocalTime(), QLocale::LongFormat)))
            + u"</p>"_s;
    html += u"<p><b>"_s + escaped(tr("Ship to")) + u"</b><br>"_s + addressHtml(order) + u"</p>"_s;
    if (!order.shippingMethod.isEmpty())
        html += u"<p>"_s + escaped(tr("Shipping method: %1").arg(order.shippingMethod)) + u"</p>"_s;
    if (!order.trackingNumber.isEmpty()) {
        html += u"<p>"_s + escaped(tr("Carrier: %1 · Tracking: %2").arg(order.carrier, order.trackingNumber))
                + u"</p>"_s;
    }
    html += u"<table class=\"lines\" width=\"100%\"><tr><th align=\"left\">"_s + escaped(tr("SKU"))
            + u"</th><th align=\"left\">"_s + escaped(tr("Product")) + u"</th><th align=\"right\">"_s
            + escaped(tr("Quantity")) + u"</th><th align=\"left\">"_s + escaped(tr("Packed")) + u"</th></tr>"_s;
    for (const LineItem &line : order.lines) {
        html += u"<tr><td>"_s + escaped(line.sku) + u"</td><td>"_s + escaped(line.productName)
                + u"</td><td align=\"right\">"_s + locale.toString(line.quantity) + u"</td><td>☐</td></tr>"_s;
    }
    html += u"</table>"_s;
    // What the parcel's customer paid for, as on the invoice: the lines' discounts, shipping and tax.
    html += u"<table align=\"right\" cellpadding=\"3\" style=\"margin-top: 12px\">"_s + pricedPartsHtml(order, locale)
            + u"</table>"_s;
    return html;
}

QString OrderDocumentWriter::invoiceHtml(const Order &order)
{
    const QLocale locale;
    QString html = u"<h1>"_s + escaped(tr("Invoice — order #%1").arg(order.number)) + u"</h1>"_s;
    html += u"<p>"_s
            + escaped(tr("Date %1").arg(locale.toString(order.placedAt.toLocalTime().date(), QLocale::LongFormat)))
            + u"</p>"_s;
    html += u"<p><b>"_s + escaped(tr("Bill to")) + u"</b><br>"_s + addressHtml(order) + u"<br>"_s
            + escaped(order.customer.email) + u"</p>"_s;
    html += u"<table class=\"lines\" width=\"100%\"><tr><th align=\"left\">"_s + escaped(tr("SKU"))
            + u"</th><th align=\"left\">"_s + escaped(tr("Product")) + u"</th><th align=\"right\">"_s
            + escaped(tr("Quantity")) + u"</th><th align=\"right\">"_s + escaped(tr("Unit price"))
            + u"</th><th align=\"right\">"_s + escaped(tr("Amount")) + u"</th></tr>"_s;
    for (const LineItem &line : order.lines) {
        html += u"<tr><td>"_s + escaped(line.sku) + u"</td><td>"_s + escaped(line.productName)
                + u"</td><td align=\"right\">"_s + locale.toString(line.quantity) + u"</td><td align=\"right\">"_s
                + escaped(line.unitPrice.toDisplayString(locale)) + u"</td><td align=\"right\">"_s
                + escaped(line.lineTotal.toDisplayString(locale)) + u"</td></tr>"_s;
        if (!line.discount.isZero()) {
            html += u"<tr><td></td><td>"_s + escaped(tr("discount")) + u"</td><td></td><td></td><td align=\"right\">−"_s
                    + escaped(line.discount.toDisplayString(locale)) + u"</td></tr>"_s;
        }
    }
    html += u"</table>"_s;
    html += u"<table align=\"right\" cellpadding=\"3\" style=\"margin-top: 12px\">"_s;
    html += pricedPartsHtml(order, locale);
    html += row(tr("Paid"), order.paid.toDisplayString(locale));
    if (order.refunded.minorUnits() > 0)
        html += row(tr("Refunded"), order.refunded.toDisplayString(locale));
    if (order.credit.minorUnits() > 0)
        html += row(tr("Kept as credit"), order.credit.toDisplayString(locale));
    html += row(tr("Balance due"), order.balanceDue().toDisplayString(locale), true);
    if (order.refundOwed().minorUnits() > 0)
        html += row(tr("Refund owed"), order.refundOwed().toDisplayString(locale), true);
    html += u"</table>"_s;
    html += u"<p style=\"clear: both\">"_s
            + escaped(tr("Payment: %1 (%2)")
                              .arg(PaymentMethods::displayName(order.paymentMethod),
                                      PaymentStates::displayName(PaymentStates::of(order))))
            + u"</p>"_s;
    return html;
}

Status OrderDocumentWriter::writePackingSlips(const QList<Order> &orders, const QString &path)
{
    if (orders.isEmpty())
        return fail(Error::invalid(u"orders"_s, {}, tr("No orders to print.")));
    QString html;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        // Each slip starts on its own page so that it can travel with its parcel.
        html += i == 0 ? u"<div>"_s : u"<div style=\"page-break-before: always\">"_s;
        html += packingSlipHtml(orders.at(i)) + u"</div>"_s;
    }
    QHash<QString, QImage> barcodes;
    for (const Order &order : orders) {
        auto barcode = BarcodeImage::code128(BarcodeImage::orderCode(order.number));
        if (!barcode)
            return fail(barcode.error());
        // Two pixels per module: the document scales images, and whole multiples keep the bars sharp.
        barcodes.insert(barcodeSource(order.number), barcode->scaled(barcode->width() * 2, barcode->height() * 2));
    }
    return writePdf(html, tr("Packing slips"), path, barcodes);
}

Status OrderDocumentWriter::writeInvoice(const Order &order, const QString &path)
{
    return writePdf(invoiceHtml(order), tr("Invoice #%1").arg(order.number), path);
}

Status OrderDocumentWriter::writePdf(
        const QString &html, const QString &title, const QString &path, const QHash<QString, QImage> &images)
{
    if (path.isEmpty())
        return fail(Error::invalid(u"path"_s, path, tr("No file name given.")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::invalid(u"path"_s, path, tr("Cannot write %1: %2").arg(path, file.errorString())));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"Shipshape"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setDefaultStyleSheet({});
        document.setHtml(kStyle + html);
        for (auto image = images.cbegin(); image != images.cend(); ++image)
            document.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
        document.print(&writer);
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return fail(Error::invalid(u"path"_s, path, tr("Cannot write %1: %2").arg(path, file.errorString())));
    return {};
}

} // namespace shipshape
