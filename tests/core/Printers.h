#pragma once

// GoogleTest printers for the Qt and Shipshape types the core tests compare, so that a failing
// EXPECT_EQ shows readable values instead of bytes.

#include "common/Error.h"
#include "common/Money.h"
#include "orders/OrderStatus.h"

#include <QString>

#include <ostream>
#include <string>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace shipshape {

inline const char *codeText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return "Internal";
    case ErrorCode::InvalidInput:
        return "InvalidInput";
    case ErrorCode::NotFound:
        return "NotFound";
    case ErrorCode::Conflict:
        return "Conflict";
    case ErrorCode::PaymentFailed:
        return "PaymentFailed";
    case ErrorCode::Unavailable:
        return "Unavailable";
    }
    return "?";
}

inline void PrintTo(ErrorCode code, std::ostream *os)
{
    *os << codeText(code);
}
inline void PrintTo(OrderStatus status, std::ostream *os)
{
    *os << OrderLifecycle::key(status).toStdString();
}
inline void PrintTo(const Money &money, std::ostream *os)
{
    *os << money.currency().code().toStdString() << ' ' << money.toDecimalString().toStdString() << " ("
        << money.minorUnits() << " minor)";
}

// "Conflict [field=items[0].price value=25.00]: message" for assertion messages.
inline std::string describe(const Error &error)
{
    return std::string(codeText(error.code)) + " [field=" + error.field.toStdString()
            + " value=" + error.value.toStdString() + "]: " + error.message.toStdString();
}

} // namespace shipshape
