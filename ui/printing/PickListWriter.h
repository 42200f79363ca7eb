#pragma once

#include "common/Result.h"
#include "warehouse/PickList.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace shipshape {

// Draws a pick list (core's PickList) on pages: the orders of the batch, each with its Code 128 barcode,
// then one row per stop in walking order with the SKU's barcode, the quantity to take and how it splits
// among the orders. The same painting goes to a PDF file (QPdfWriter) or a printer (QPrinter), so what is
// printed is what the tests decode. Needs a QGuiApplication (fonts); no widgets.
class PickListWriter {
    Q_DECLARE_TR_FUNCTIONS(PickListWriter)

public:
    static Status writePdf(const PickList &list, const QString &path);
    // Paints on `device`, starting a new page whenever one is full. The device's page layout is used as is.
    static Status paint(const PickList &list, QPagedPaintDevice &device);
};

} // namespace shipshape
