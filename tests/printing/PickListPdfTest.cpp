#include "BarcodeScan.h"

#include "printing/BarcodeImage.h"
#include "printing/OrderDocumentWriter.h"
#include "printing/PickListWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;
using namespace shipshape::test;

namespace {

// Pages are rendered at 300 dpi, as a printer prints them.
constexpr double kRenderDpi = 300;

QList<QImage> renderPages(const QString &path)
{
    QPdfDocument document;
    EXPECT_EQ(document.load(path), QPdfDocument::Error::None) << path.toStdString();
    QList<QImage> pages;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels((points * kRenderDpi / 72).toSize());
        QImage image = document.render(page, pixels);
        EXPECT_FALSE(image.isNull());
        // The PDF's background is transparent; a scanner sees white paper.
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(0, 0, image);
        pages.append(paper);
    }
    return pages;
}

// SHIPSHAPE_PRINTING_DUMP=DIR keeps the rendered pages as PNG, to look at them.
void dump(const QList<QImage> &pages, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHIPSHAPE_PRINTING_DUMP");
    if (dir.isEmpty())
        return;
    for (qsizetype i = 0; i < pages.size(); ++i)
        pages.at(i).save(u"%1/%2-%3.png"_s.arg(dir, name).arg(i + 1));
}

QSet<QString> scanAll(const QList<QImage> &pages)
{
    QSet<QString> codes;
    for (const QImage &page : pages)
        codes.unite(scanCode128(page, int(kRenderDpi * 8 / 25.4))); // 8 mm bands
    return codes;
}

PickList samplePickList(int orders, int skusPerOrder)
{
    PickList list{QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC), u"alice"_s, {}, {}};
    QMap<QString, PickListStop> stops;
    for (int i = 0; i < orders; ++i) {
        const qint64 number = 1000 + i;
        list.orders.append(PickListOrder{number, u"Customer %1"_s.arg(i), skusPerOrder});
        for (int j = 0; j < skusPerOrder; ++j) {
            const QString sku = u"SKU-%1"_s.arg((i * 7 + j * 13) % (orders * 2 + 3));
            PickListStop &stop = stops[sku];
            stop.sku = sku;
            stop.productName = u"Product "_s + sku;
            stop.quantity += 1;
            stop.shares.append({number, 1});
        }
    }
    list.stops = stops.values();
    return list;
}

TEST(BarcodeImageTest, ZintDrawsWhatZxingReadsBack)
{
    for (const QString &text : {u"#1042"_s, u"SKU-10001"_s, u"A-03-2"_s, u"mug_blue.large"_s}) {
        auto image = BarcodeImage::code128(text);
        ASSERT_TRUE(image) << text.toStdString();
        // Three pixels per module on white paper, as on a page.
        QImage paper(image->width() * 3, image->height() * 3, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(paper.rect(), *image);
        EXPECT_EQ(scanCode128(paper, paper.height()), QSet<QString>{text});
    }
}

TEST(BarcodeImageTest, RefusesWhatCode128CannotCarry)
{
    for (const QString &text : {u""_s, u"Zoë"_s, u"a\nb"_s, QString(81, u'x')}) {
        auto image = BarcodeImage::code128(text);
        ASSERT_FALSE(image) << text.toStdString();
        EXPECT_EQ(image.error().field, u"barcode"_s);
    }
}

TEST(PickListPdfTest, EveryPrintedBarcodeScansAsItsOrderNumberOrSku)
{
    QTemporaryDir dir;
    const PickList list = samplePickList(3, 2);
    const QString path = dir.filePath(u"pick.pdf"_s);
    ASSERT_TRUE(PickListWriter::writePdf(list, path));
    const QList<QImage> pages = renderPages(path);
    dump(pages, u"pick-list"_s);
    ASSERT_EQ(pages.size(), 1);
    QSet<QString> expected;
    for (const PickListOrder &order : list.orders)
        expected.insert(u"#%1"_s.arg(order.number));
    for (const PickListStop &stop : list.stops)
        expected.insert(stop.sku);
    EXPECT_EQ(scanAll(pages), expected);
}

TEST(PickListPdfTest, ALongListRunsOverPagesAndStillScans)
{
    QTemporaryDir dir;
    const PickList list = samplePickList(30, 3);
    const QString path = dir.filePath(u"pick.pdf"_s);
    ASSERT_TRUE(PickListWriter::writePdf(list, path));
    const QList<QImage> pages = renderPages(path);
    EXPECT_GT(pages.size(), 2);
    QSet<QString> expected;
    for (const PickListOrder &order : list.orders)
        expected.insert(u"#%1"_s.arg(order.number));
    for (const PickListStop &stop : list.stops)
        expected.insert(stop.sku);
    EXPECT_EQ(scanAll(pages), expected);
}

TEST(PickListPdfTest, APackingSlipCarriesTheOrderBarcode)
{
    QTemporaryDir dir;
    Order order;
    order.number = 1042;
    order.customer.name = u"Ada Lovelace"_s;
    order.placedAt = QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
    LineItem line;
    line.sku = u"MUG-1"_s;
    line.productName = u"Enamel mug"_s;
    line.quantity = 2;
    order.lines.append(line);
    Order second = order;
    second.number = 1043;
    const QString path = dir.filePath(u"slips.pdf"_s);
    ASSERT_TRUE(OrderDocumentWriter::writePackingSlips({order, second}, path));
    const QList<QImage> pages = renderPages(path);
    dump(pages, u"packing-slip"_s);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(scanCode128(pages.at(0), pages.at(0).height() / 8).values(), QList<QString>{u"#1042"_s});
    EXPECT_EQ(scanCode128(pages.at(1), pages.at(1).height() / 8).values(), QList<QString>{u"#1043"_s});
}

// The figure in docs/warehouse.md: 500 orders, 2,000 lines, written as a PDF.
TEST(PickListPdfTest, FiveHundredOrdersAndTwoThousandLinesAsPdf)
{
    QTemporaryDir dir;
    const PickList list = samplePickList(500, 4);
    qint64 lines = 0;
    for (const PickListStop &stop : list.stops)
        lines += stop.shares.size();
    ASSERT_EQ(lines, 2000);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(PickListWriter::writePdf(list, dir.filePath(u"pick.pdf"_s)));
    const qint64 elapsed = timer.elapsed();
    std::cout << "[ figure   ] pick list, 500 orders / 2000 lines / " << list.stops.size()
              << " SKUs as PDF: " << elapsed << " ms, " << QFileInfo(dir.filePath(u"pick.pdf"_s)).size() / 1024
              << " KiB\n";
}

} // namespace
