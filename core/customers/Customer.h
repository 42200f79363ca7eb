#pragma once

#include <QDateTime>
#include <QString>

namespace shipshape {

struct Customer {
    qint64 rowId = 0; // internal key; never shown
    QString id; // UUID: the customer's public identifier
    QString name;
    QString email;
    QDateTime createdAt;
};

} // namespace shipshape
