// Order requests arrive as JSON from storefronts and files. Property: no input crashes the reader, a
// refusal names what is wrong, and an accepted request has lines with positive quantities.

#include "FuzzCheck.h"

#include "orders/OrderRequestJson.h"

#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto place = OrderRequestJson::parsePlace(json);
    if (!place) {
        fuzz::check(!place.error().message.isEmpty(), "a refused order says why");
    } else {
        for (const OrderItemRequest &item : place->items)
            fuzz::check(item.quantity > 0, "accepted lines have a positive quantity", item.sku);
    }
    auto modify = OrderRequestJson::parseModify(json);
    if (!modify)
        fuzz::check(!modify.error().message.isEmpty(), "a refused edit says why");
    return 0;
}
