#pragma once

#include "models/OrderTableModel.h"

#include <QTest>

namespace shipshape::test {

// True once the order list shows what was asked for last: in a main window its count and first page are
// read on the page worker, so a search or filter is listed a moment after it is typed.
[[nodiscard]] inline bool listSettled(const OrderTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isRefreshing(); }, 20000);
}

} // namespace shipshape::test
