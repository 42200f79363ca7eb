#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace shipshape {

// Stable pseudonyms for people in a redacted archive (`archive export --redact-customers`). Each is an
// HMAC-SHA-256 of what it stands for under a random key that lives only while the archive is written:
// the same customer gets the same pseudonym everywhere in one archive, and nobody can confirm a guess of
// the original by hashing it (the key is gone).
class Pseudonymizer {
public:
    // Known originals of one order and what replaces them in its free text (notes, emails, details).
    using Replacements = QList<std::pair<QString, QString>>;

    explicit Pseudonymizer(QByteArray key);
    static Pseudonymizer withRandomKey();

    [[nodiscard]] QString customerName(qint64 customerId) const;
    [[nodiscard]] QString customerEmail(qint64 customerId) const;
    // An address part or any other personal value, by what it is ("street", "city", "zip", "phone").
    [[nodiscard]] QString value(const QString &kind, const QString &original) const;
    // An email address not known to be a customer's.
    [[nodiscard]] QString email(const QString &original) const;

    // Free text: every email address in it (a known one by its replacement), then every known original.
    [[nodiscard]] QString text(const QString &original, const Replacements &known) const;
    // A JSON document (timeline details): text() on every string, and the values of keys that name a
    // person's data (email, name, street, city, zip, phone, address, recipient) replaced outright.
    [[nodiscard]] QString json(const QString &original, const Replacements &known) const;

private:
    [[nodiscard]] QString tag(const QString &what) const; // 10 hex digits of the keyed hash

    QByteArray m_key;
};

} // namespace shipshape
