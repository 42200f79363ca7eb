#include "common/Error.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::Internal:
        return u"internal"_s;
    case ErrorCode::InvalidInput:
        return u"invalid_input"_s;
    case ErrorCode::NotFound:
        return u"not_found"_s;
    case ErrorCode::Conflict:
        return u"conflict"_s;
    case ErrorCode::PaymentFailed:
        return u"payment_failed"_s;
    case ErrorCode::Unavailable:
        return u"unavailable"_s;
    }
    return u"internal"_s;
}

} // namespace shipshape
