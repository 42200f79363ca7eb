#pragma once

#include "common/Error.h"

#include <expected>

namespace shipshape {

// The one result type used across module boundaries.
template <typename T>
using Result = std::expected<T, Error>;

// For operations that produce nothing but may fail.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace shipshape
