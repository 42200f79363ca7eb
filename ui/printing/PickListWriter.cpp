#include "printing/PickListWriter.h"

#include "printing/BarcodeImage.h"

#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr int kDotsPerInch = 300;
constexpr double kMillimetresPerInch = 25.4;

int mm(double millimetres)
{
    return int(millimetres * kDotsPerInch / kMillimetresPerInch);
}

// Rows down the page, a new page when the next row does not fit.
class PageCursor {
public:
    PageCursor(QPagedPaintDevice &device, int width, int bottom) : m_device(device), m_bottom(bottom), m_width(width) {}

    // The top of a row `height` high, on this page or the next.
    int take(int height)
    {
        if (m_y + height > m_bottom && m_y > 0) {
            m_device.newPage();
            m_y = 0;
        }
        const int top = m_y;
        m_y += height;
        return top;
    }
    [[nodiscard]] int width() const { return m_width; }

private:
    QPagedPaintDevice &m_device;
    int m_y = 0;
    int m_bottom = 0;
    int m_width = 0;
};

// The barcode at whole pixels per module (a scanner needs sharp edges), at most 4 and never wider than
// `maxWidth`; stretched to `height`. Returns the width drawn.
int drawBarcode(QPainter &painter, const QImage &barcode, int x, int y, int maxWidth, int height)
{
    const int module = std::clamp(maxWidth / std::max(1, barcode.width()), 1, 4);
    const QRect target(x, y, barcode.width() * module, height);
    painter.drawImage(target, barcode);
    return target.width();
}

} // namespace

Status PickListWriter::writePdf(const PickList &list, const QString &path)
{
    if (path.isEmpty())
        return fail(Error::invalid(u"pdf"_s, path, tr("No file name given.")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::invalid(u"pdf"_s, path, tr("Cannot write %1: %2").arg(path, file.errorString())));
    Status painted;
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Pick list"));
        writer.setCreator(u"Shipshape"_s);
        writer.setResolution(kDotsPerInch);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        painted = paint(list, writer);
    }
    file.close();
    if (!painted)
        return painted;
    if (file.error() != QFileDevice::NoError)
        return fail(Error::invalid(u"pdf"_s, path, tr("Cannot write %1: %2").arg(path, file.errorString())));
    return {};
}

Status PickListWriter::paint(const PickList &list, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::internal(tr("Cannot draw the pick list on this device.")));
    // Everything below is laid out in 300 dpi units whatever the device's resolution (a printer's differs).
    const double scale = double(device.logicalDpiX()) / kDotsPerInch;
    painter.scale(scale, scale);
    const int width = int(device.width() / scale);
    PageCursor cursor(device, width, int(device.height() / scale));
    const QLocale locale;
    QFont title(u"sans-serif"_s);
    title.setPixelSize(mm(6));
    title.setBold(true);
    QFont heading(u"sans-serif"_s);
    heading.setPixelSize(mm(4));
    heading.setBold(true);
    QFont body(u"sans-serif"_s);
    body.setPixelSize(mm(3.2));
    QFont strong = body;
    strong.setBold(true);

    int top = cursor.take(mm(10));
    painter.setFont(title);
    painter.drawText(QRect(0, top, width, mm(9)), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Pick list: %n order(s)", nullptr, int(list.orders.size())) + u", "_s
                    + tr("%n unit(s)", nullptr, int(list.units())));
    top = cursor.take(mm(6));
    painter.setFont(body);
    painter.drawText(QRect(0, top, width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Made %1 by %2")
                    .arg(locale.toString(list.createdAt.toLocalTime(), QLocale::ShortFormat), list.createdBy));

    const int barcodeWidth = mm(70);
    const int barcodeHeight = mm(11);
    const int rowHeight = mm(15);
    const int textLeft = barcodeWidth + mm(4);

    top = cursor.take(mm(10));
    painter.setFont(heading);
    painter.drawText(QRect(0, top, width, mm(9)), Qt::AlignLeft | Qt::AlignBottom, tr("Orders"));
    for (const PickListOrder &order : list.orders) {
        const QString code = BarcodeImage::orderCode(order.number);
        auto barcode = BarcodeImage::code128(code);
        if (!barcode)
            return fail(barcode.error());
        top = cursor.take(rowHeight);
        drawBarcode(painter, *barcode, 0, top + mm(2), barcodeWidth, barcodeHeight);
        painter.setFont(strong);
        painter.drawText(QRect(textLeft, top + mm(2), mm(30), mm(6)), Qt::AlignLeft | Qt::AlignVCenter, code);
        painter.setFont(body);
        painter.drawText(QRect(textLeft + mm(30), top + mm(2), width - textLeft - mm(30), mm(6)),
                Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(order.customerName, Qt::ElideRight, width - textLeft - mm(30)));
        painter.drawText(QRect(textLeft, top + mm(8), width - textLeft, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                tr("%n unit(s)", nullptr, int(order.units)) + u"   ☐"_s);
    }

    top = cursor.take(mm(12));
    painter.setFont(heading);
    painter.drawText(QRect(0, top, width, mm(11)), Qt::AlignLeft | Qt::AlignBottom, tr("Pick, in walking order"));
    for (const PickListStop &stop : list.stops) {
        auto barcode = BarcodeImage::code128(stop.sku);
        if (!barcode)
            return fail(barcode.error());
        top = cursor.take(rowHeight);
        painter.setPen(QColor(0xcc, 0xcc, 0xcc));
        painter.drawLine(0, top, width, top);
        painter.setPen(Qt::black);
        drawBarcode(painter, *barcode, 0, top + mm(2), barcodeWidth, barcodeHeight);
        const int quantityWidth = mm(18);
        painter.setFont(strong);
        painter.drawText(QRect(width - quantityWidth, top + mm(2), quantityWidth, mm(6)),
                Qt::AlignRight | Qt::AlignVCenter, u"× "_s + locale.toString(stop.quantity));
        painter.drawText(QRect(textLeft, top + mm(2), width - textLeft - quantityWidth, mm(6)),
                Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(stop.sku, Qt::ElideRight, width - textLeft - quantityWidth));
        painter.setFont(body);
        QString detail = stop.productName;
        if (!stop.barcode.isEmpty())
            detail += u" · GTIN "_s + stop.barcode;
        QStringList shares;
        for (const PickListShare &share : stop.shares)
            shares << u"#%1 × %2"_s.arg(share.orderNumber).arg(locale.toString(share.quantity));
        detail += u" · "_s + shares.join(u", "_s);
        painter.drawText(QRect(textLeft, top + mm(8), width - textLeft, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(detail, Qt::ElideRight, width - textLeft));
    }
    painter.end();
    return {};
}

} // namespace shipshape
