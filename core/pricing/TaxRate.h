#pragma once

#include "pricing/Rate.h"

#include <QDateTime>
#include <QString>

namespace shipshape {

// A tax rate of the shop: for a destination (country, and a region within it or "" for the whole country)
// and a product tax class. The most specific rate applies: the region's, else the country's.
struct TaxRate {
    qint64 id = 0;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString region; // "" for the whole country
    QString taxClass = QStringLiteral("standard");
    QString name; // "VAT", "CA sales tax" — shown per rate on the invoice
    Rate rate;
    QDateTime updatedAt;
};

} // namespace shipshape
