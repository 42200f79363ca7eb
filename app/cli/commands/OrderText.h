#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace shipshape {
struct Order;
}

namespace shipshape::cli {

// An order as `orders show` prints it for people: header, lines, payments and refunds, timeline.
class OrderText {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static void print(QTextStream &out, const Order &order);
};

} // namespace shipshape::cli
