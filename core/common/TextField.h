#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace shipshape {

// Validation of free text typed by people. Text is stored verbatim (quotes, angle brackets and
// non-Latin letters are fine: SQL binds values and output escapes them); what is refused is text
// that cannot be a single line of that field: empty where required, too long, control characters.
class TextField {
    Q_DECLARE_TR_FUNCTIONS(TextField)

public:
    static Result<QString> singleLine(const QString &field, const QString &value, int maxLength, bool required = true);
    static Result<QString> multiLine(const QString &field, const QString &value, int maxLength);
    static Result<QString> email(const QString &field, const QString &value);
};

} // namespace shipshape
