#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>

namespace shipshape {

// Code 128 symbols made by libzint (Debian libzint-dev; Shipshape has no barcode encoder of its own):
// an image of one pixel per module, with the quiet zone the standard asks for on both sides, meant to be
// drawn scaled by whole factors without smoothing (pick lists, packing slips, the screen).
class BarcodeImage {
    Q_DECLARE_TR_FUNCTIONS(BarcodeImage)

public:
    // `text`: printable ASCII (order numbers "#1042", SKUs). `height` in modules.
    static Result<QImage> code128(const QString &text, int height = 30);

    // What an order's barcode says: its number as people read it ("#1042"), which every order field
    // accepts and no SKU can be (a SKU has no '#').
    static QString orderCode(qint64 number) { return QStringLiteral("#%1").arg(number); }

    static constexpr int kQuietZoneModules = 10;
};

} // namespace shipshape
