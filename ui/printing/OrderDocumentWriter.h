#pragma once

#include "common/Result.h"
#include "orders/Order.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

class QLocale;

namespace shipshape {

// Packing slips and invoices as PDF (QPdfWriter over a QTextDocument). Every text that came from a
// person (names, addresses, product names) is HTML-escaped before it reaches the document.
// Runs on the GUI thread: font and layout work belongs there.
class OrderDocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(OrderDocumentWriter)

public:
    // One packing slip per page, in the order given.
    static Status writePackingSlips(const QList<Order> &orders, const QString &path);
    static Status writeInvoice(const Order &order, const QString &path);

    // The HTML that is rendered; public for tests that check the escaping. A packing slip shows the order's
    // Code 128 barcode (BarcodeImage::orderCode) as <img src="barcodeSource(number)">.
    static QString packingSlipHtml(const Order &order);
    static QString invoiceHtml(const Order &order);
    static QString barcodeSource(qint64 orderNumber);

private:
    // Subtotal, each discount, shipping, tax per rate and the total, as table rows.
    static QString pricedPartsHtml(const Order &order, const QLocale &locale);
    // `images`: what <img src="…"> names, by that name (the orders' barcodes).
    static Status writePdf(
            const QString &html, const QString &title, const QString &path, const QHash<QString, QImage> &images = {});
};

} // namespace shipshape
