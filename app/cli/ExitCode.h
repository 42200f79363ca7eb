#pragma once

#include "common/Error.h"

namespace shipshape::cli {

// Exit codes are part of the CLI's contract (scripts depend on them); HelpText documents them.
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitConflict = 4,
    ExitPaymentFailed = 5,
    ExitUnavailable = 6,
    ExitNotFound = 7,
    // Only with SHIPSHAPE_CRASH_BEFORE_STATEMENT set, which tests use to end the program mid-work
    // (CliContext::armInjectedCrash); not part of the documented contract.
    ExitInjectedCrash = 86,
};

inline int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return ExitInternal;
    case ErrorCode::InvalidInput:
        return ExitInvalidInput;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::PaymentFailed:
        return ExitPaymentFailed;
    case ErrorCode::Unavailable:
        return ExitUnavailable;
    }
    return ExitInternal;
}

} // namespace shipshape::cli
