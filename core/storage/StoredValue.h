#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shipshape {

// Reads a stored key (a status, a payment method, an event) back into its enum. A key this build does not
// know — written by a newer Shipshape or by hand — is an error naming the table, the row and the value,
// never quietly the first enumerator: a "pending" that was really something else would be acted upon.
class StoredValue {
    Q_DECLARE_TR_FUNCTIONS(StoredValue)

public:
    template <typename Enum>
    static Result<Enum> decode(std::optional<Enum> parsed, const QString &table, const QString &row,
            const QString &column, const QString &raw)
    {
        if (parsed)
            return *parsed;
        return fail(unknown(table, row, column, raw));
    }

    static Error unknown(const QString &table, const QString &row, const QString &column, const QString &raw);
};

} // namespace shipshape
