#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shipshape {

// Stripe's decline codes (and the error codes it sends when a charge fails without one) in words staff
// read: "Insufficient funds" for `insufficient_funds`, with what to do next. One catalogue for the
// dashboard, the CLI's KPI report and anything else that shows why payments failed. A code the catalogue
// does not know is shown as the code itself, so a new code Stripe introduces is still visible.
class DeclineReasons {
    Q_DECLARE_TR_FUNCTIONS(DeclineReasons)

public:
    // The code the dashboard counts a failure under when Stripe gave neither a decline nor an error code.
    static constexpr QLatin1StringView kUnknownCode{"unknown"};

    // A short, translated label ("Insufficient funds"); the code itself when it is not in the catalogue.
    [[nodiscard]] static QString label(const QString &code);
    // What staff can do about it ("Ask for another card or another way to pay."); empty when unknown.
    [[nodiscard]] static QString advice(const QString &code);
    [[nodiscard]] static bool isKnown(const QString &code);
    // Every code in the catalogue, in catalogue order.
    [[nodiscard]] static QStringList codes();
};

} // namespace shipshape
