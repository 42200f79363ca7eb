#include "orders/OrderSearchTerm.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OrderSearchTerm OrderSearchTerm::parse(const QString &text)
{
    OrderSearchTerm term;
    term.text = text.trimmed();
    if (term.text.isEmpty())
        return term;

    static const QRegularExpression orderNumber(u"^#?([0-9]{1,18})$"_s);
    if (const auto match = orderNumber.match(term.text); match.hasMatch()) {
        bool ok = false;
        const qint64 number = match.captured(1).toLongLong(&ok);
        if (ok && number > 0)
            term.number = number;
        // Numeric tracking numbers (USPS, FedEx) are long; short numbers are what people read aloud.
        if (!term.text.startsWith(u'#') && term.text.size() >= kMinDigitsForTracking)
            term.trackingPrefix = true;
        return term;
    }
    if (term.text.contains(u'@')) {
        term.customers = true;
        term.emailOnly = true;
        return term;
    }
    term.customers = true;
    term.skus = true;
    static const QRegularExpression whitespace(u"\\s"_s);
    term.trackingPrefix = term.text.size() >= kMinTrackingPrefix && !term.text.contains(whitespace);
    return term;
}

} // namespace shipshape
