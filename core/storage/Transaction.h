#pragma once

#include "storage/UnitOfWork.h"

namespace shipshape {

// The name most of core still uses for a unit of work (see UnitOfWork): every multi-step change runs inside
// one, and one begun inside another joins it.
using Transaction = UnitOfWork;

} // namespace shipshape
