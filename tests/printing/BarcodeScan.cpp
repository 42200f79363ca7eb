#define ZX_USE_UTF8 1

#include "BarcodeScan.h"

#include <ZXing/ReadBarcode.h>

namespace shipshape::test {

QSet<QString> scanCode128(const QImage &page, int bandHeight)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    hints.setTryRotate(false);
    QSet<QString> codes;
    for (int top = 0; top + bandHeight <= gray.height(); top += bandHeight / 3) {
        const ZXing::ImageView band(
                gray.constScanLine(top), gray.width(), bandHeight, ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
        for (const ZXing::Result &result : ZXing::ReadBarcodes(band, hints)) {
            if (result.isValid())
                codes.insert(QString::fromStdString(result.text()));
        }
    }
    return codes;
}

} // namespace shipshape::test
