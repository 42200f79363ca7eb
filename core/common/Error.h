#pragma once

#include <QString>

namespace shipshape {

// What went wrong, in the terms a caller needs to decide what to do next (and the CLI's exit code).
enum class ErrorCode {
    Internal, // a bug or an unexpected storage failure
    InvalidInput, // the request itself is wrong: a field, a value, a format
    NotFound, // a named order, product or customer does not exist
    Conflict, // valid request that the current state refuses: out of stock, illegal transition, stale price
    PaymentFailed, // the payment provider refused or failed the payment
    Unavailable, // the database or the network cannot be reached right now
};

// An error that crosses a module boundary: a translated, human-readable message plus, for bad input,
// the field and the offending value so that a form can point at them.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;
    QString value;

    static Error internal(QString message) { return {ErrorCode::Internal, std::move(message), {}, {}}; }
    static Error invalid(QString field, QString value, QString message)
    {
        return {ErrorCode::InvalidInput, std::move(message), std::move(field), std::move(value)};
    }
    static Error notFound(QString field, QString value, QString message)
    {
        return {ErrorCode::NotFound, std::move(message), std::move(field), std::move(value)};
    }
    static Error conflict(QString message, QString field = {}, QString value = {})
    {
        return {ErrorCode::Conflict, std::move(message), std::move(field), std::move(value)};
    }
    static Error unavailable(QString message) { return {ErrorCode::Unavailable, std::move(message), {}, {}}; }

    // A stable machine-readable name for JSON output and logs.
    [[nodiscard]] QString codeName() const;
};

} // namespace shipshape
