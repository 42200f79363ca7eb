#pragma once

#include <QImage>
#include <QSet>
#include <QString>

namespace shipshape::test {

// Every Code 128 symbol zxing-cpp (Debian libzxing-dev) reads on a rendered page: the page is scanned in
// overlapping horizontal bands, each of which holds at most one row of barcodes, as a hand scanner sweeps.
QSet<QString> scanCode128(const QImage &page, int bandHeight);

} // namespace shipshape::test
