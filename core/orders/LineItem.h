#pragma once

#include "common/Money.h"

#include <QString>

namespace shipshape {

struct LineItem {
    QString sku;
    QString productName;
    qint64 quantity = 0;
    Money unitPrice;
    Money lineTotal; // unitPrice × quantity, checked when computed and by the schema
};

} // namespace shipshape
