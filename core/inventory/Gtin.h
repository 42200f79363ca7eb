#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace shipshape {

// A product's GTIN/EAN barcode (GTIN-8, UPC-A = GTIN-12, EAN-13, GTIN-14): digits only, its last digit the
// GS1 check digit. Kept as typed (a UPC-A stays 12 digits) because that is what a scanner reads back; the
// schema checks the same rule (migration 22, product barcodes), so a value that is not a Gtin never reaches a product.
class Gtin {
    Q_DECLARE_TR_FUNCTIONS(Gtin)

public:
    // Accepts surrounding blanks and nothing else; the error names `field` and the text as typed.
    static Result<Gtin> parse(const QString &text, const QString &field = QStringLiteral("barcode"));
    // The check digit (0–9) the digits before it call for; `body` must be digits only.
    static int checkDigitFor(QStringView body);

    [[nodiscard]] const QString &digits() const { return m_digits; }

    friend bool operator==(const Gtin &, const Gtin &) = default;

private:
    explicit Gtin(QString digits) : m_digits(std::move(digits)) {}

    QString m_digits;
};

} // namespace shipshape
