#pragma once

#include <QByteArray>
#include <QString>

namespace shipshape {

// The SCRAM-SHA-256 verifier of a password (RFC 5802, RFC 7677), in the text form PostgreSQL stores in
// pg_authid and accepts in CREATE ROLE … PASSWORD:
//     SCRAM-SHA-256$<iterations>:<base64 salt>$<base64 StoredKey>:<base64 ServerKey>
// It is what psql's \password sends instead of the password: the server can check a login against it
// but cannot recover the password, so the password itself never has to travel to the server (where a
// failing statement would carry it into pg_stat_activity and the server log).
class ScramVerifier {
public:
    static constexpr int kIterations = 4096; // PostgreSQL's default (scram_iterations)
    static constexpr int kSaltBytes = 16; // as libpq's PQencryptPasswordConn

    // A verifier with a fresh random salt from the operating system's generator.
    static QString make(const QString &password, int iterations = kIterations);
    // The verifier for a given salt: the same inputs always give the same text (tests, known vectors).
    static QString make(const QString &password, const QByteArray &salt, int iterations);

    // The keys behind a verifier. ClientKey is not stored anywhere; it is exposed so that a test can
    // replay an RFC 7677 exchange (ClientProof = ClientKey XOR HMAC(StoredKey, AuthMessage)).
    struct Keys {
        QByteArray clientKey;
        QByteArray storedKey;
        QByteArray serverKey;
    };
    static Keys keys(const QString &password, const QByteArray &salt, int iterations);

    // The password bytes SCRAM hashes: SASLprep (RFC 4013) as libpq applies it. ASCII passwords are
    // used as they are; others are mapped (non-ASCII spaces to SPACE, "commonly mapped to nothing"
    // characters dropped) and NFKC-normalised; a password that SASLprep would refuse (control
    // characters, private use, unassigned in Unicode 3.2, mixed directions) is used as raw UTF-8,
    // which is what libpq does when it logs in with it.
    static QByteArray preparedPassword(const QString &password);

    // True for text of the verifier form above with at least kIterations iterations, a salt of at least
    // kSaltBytes bytes and 32-byte keys. The server function shipshape_staff_add applies the same rule.
    static bool isWellFormed(const QString &text);
};

} // namespace shipshape
