#include "printing/BarcodeImage.h"

#include <zint.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<QImage> BarcodeImage::code128(const QString &text, int height)
{
    const bool printable = !text.isEmpty() && text.size() <= 80
            && std::ranges::all_of(text, [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (!printable) {
        return fail(Error::invalid(u"barcode"_s, text.left(40),
                tr("\"%1\" cannot be printed as a Code 128 barcode (1 to 80 printable ASCII characters).")
                        .arg(text.left(40))));
    }
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return fail(Error::internal(tr("The barcode library could not start.")));
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = DATA_MODE;
    symbol->show_hrt = 0; // the page prints the text itself, in its own font
    symbol->height = static_cast<float>(height);
    symbol->whitespace_width = kQuietZoneModules;
    symbol->scale = 0.5F; // zint's raster unit is two pixels per module at scale 1
    const QByteArray data = text.toLatin1();
    const int encoded = ZBarcode_Encode_and_Buffer(
            symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()), 0);
    if (encoded >= ZINT_ERROR) {
        return fail(Error::invalid(u"barcode"_s, text,
                tr("\"%1\" cannot be printed as a barcode: %2").arg(text, QString::fromLatin1(symbol->errtxt))));
    }
    // zint's bitmap is 8-bit RGB, one byte per channel; dark modules become black, the rest white.
    QImage image(symbol->bitmap_width, symbol->bitmap_height, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    const unsigned char *pixel = symbol->bitmap;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x, pixel += 3)
            image.setPixel(x, y, pixel[0] < 128 ? 1 : 0);
    }
    return image;
}

} // namespace shipshape
