#include "inventory/Gtin.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

int Gtin::checkDigitFor(QStringView body)
{
    // GS1: from the rightmost digit of the body leftwards, weights 3, 1, 3, 1, …
    int sum = 0;
    int weight = 3;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        sum += (body.at(i).unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

Result<Gtin> Gtin::parse(const QString &text, const QString &field)
{
    const QString digits = text.trimmed();
    const bool onlyDigits
            = !digits.isEmpty() && std::ranges::all_of(digits, [](QChar c) { return c >= u'0' && c <= u'9'; });
    const qsizetype length = digits.size();
    if (!onlyDigits || (length != 8 && length != 12 && length != 13 && length != 14)) {
        return fail(Error::invalid(field, text,
                tr("%1 \"%2\" is not a GTIN: 8, 12, 13 or 14 digits (GTIN-8, UPC-A, EAN-13, GTIN-14).")
                        .arg(field, text)));
    }
    const int expected = checkDigitFor(QStringView(digits).first(length - 1));
    const int actual = digits.back().unicode() - u'0';
    if (expected != actual) {
        return fail(Error::invalid(field, text,
                tr("%1 \"%2\" has the wrong check digit: %3 expected, %4 found.")
                        .arg(field, text)
                        .arg(expected)
                        .arg(actual)));
    }
    return Gtin(digits);
}

} // namespace shipshape
