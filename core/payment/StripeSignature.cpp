#include "payment/StripeSignature.h"

#include <QMessageAuthenticationCode>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

StripeSignature::Check StripeSignature::verify(const QByteArray &header, const QByteArray &body,
        const QByteArray &secret, const QDateTime &now, std::chrono::seconds tolerance)
{
    Check check;
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty()) {
        check.verdict = Verdict::Missing;
        return check;
    }
    bool haveTimestamp = false;
    QList<QByteArray> candidates;
    for (const QByteArray &item : trimmed.split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0) {
            check.verdict = Verdict::Malformed;
            return check;
        }
        const QByteArray key = item.left(equals).trimmed();
        const QByteArray value = item.mid(equals + 1).trimmed();
        if (key == "t") {
            // Digits only (toLongLong would take "+12" or " 12"); a second t is not Stripe's header.
            bool ok = !value.isEmpty() && value.size() <= 12 && !haveTimestamp;
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            if (!ok) {
                check.verdict = Verdict::Malformed;
                return check;
            }
            check.timestamp = value.toLongLong();
            haveTimestamp = true;
        } else if (key == "v1") {
            if (!value.isEmpty())
                candidates.append(value.toLower());
        }
    }
    if (!haveTimestamp || candidates.isEmpty()) {
        check.verdict = Verdict::Malformed;
        return check;
    }
    const qint64 age = now.toSecsSinceEpoch() - check.timestamp;
    if (age > tolerance.count() || -age > tolerance.count()) {
        check.verdict = Verdict::OutsideTolerance;
        return check;
    }
    const QByteArray expected = v1(check.timestamp, body, secret);
    // Every candidate is compared (no early exit), so the time taken does not tell which one was close.
    bool matched = false;
    for (const QByteArray &candidate : std::as_const(candidates))
        matched = constantTimeEquals(candidate, expected) || matched;
    check.verdict = matched ? Verdict::Valid : Verdict::Mismatch;
    return check;
}

QByteArray StripeSignature::v1(qint64 timestamp, const QByteArray &body, const QByteArray &secret)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".");
    mac.addData(body);
    return mac.result().toHex();
}

QByteArray StripeSignature::header(qint64 timestamp, const QByteArray &body, const QByteArray &secret)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + v1(timestamp, body, secret);
}

bool StripeSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString StripeSignature::code(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::Missing:
        return u"signature_missing"_s;
    case Verdict::Malformed:
        return u"signature_malformed"_s;
    case Verdict::OutsideTolerance:
        return u"signature_expired"_s;
    case Verdict::Mismatch:
        return u"signature_mismatch"_s;
    }
    return u"signature_mismatch"_s;
}

QString StripeSignature::message(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return {};
    case Verdict::Missing:
        return tr("The Stripe-Signature header is missing.");
    case Verdict::Malformed:
        return tr("The Stripe-Signature header is not \"t=<timestamp>,v1=<signature>\".");
    case Verdict::OutsideTolerance:
        return tr("The Stripe-Signature timestamp is more than %n second(s) away from the server's time.", nullptr,
                int(kTolerance.count()));
    case Verdict::Mismatch:
        return tr("No v1 signature matches the body with this endpoint's secret.");
    }
    return {};
}

} // namespace shipshape
