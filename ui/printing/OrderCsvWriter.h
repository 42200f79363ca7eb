#pragma once

#include "orders/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shipshape {

// Orders as CSV (RFC 4180, UTF-8, CRLF): amounts as exact decimal strings in their currency's minor
// units ("1234.50"), times in ISO 8601 UTC, statuses and payment states as their stable keys.
class OrderCsvWriter {
public:
    static QByteArray toCsv(const QList<Order> &orders);
    static QStringList header();
    static QStringList row(const Order &order);
    // Quotes a field when it needs it. Text people typed that starts with = + - @ is prefixed with an
    // apostrophe so that a spreadsheet shows it instead of evaluating it.
    static QString field(const QString &value, bool personText);
};

} // namespace shipshape
