// The SCRAM-SHA-256 verifier StaffDirectory sends instead of a password: RFC 7677's exchange replayed
// with the keys it derives, SASLprep as RFC 4013 and libpq apply it, and the verifier's text form.

#include "Printers.h"

#include "staff/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray exclusiveOr(const QByteArray &a, const QByteArray &b)
{
    QByteArray result(a.size(), '\0');
    for (qsizetype i = 0; i < a.size(); ++i)
        result[i] = char(a.at(i) ^ b.at(i));
    return result;
}

TEST(ScramVerifierTest, KeysReplayTheExchangeOfRfc7677)
{
    // RFC 7677, section 3: user "user", password "pencil".
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QByteArray authMessage
            = "n=user,r=rOprNGfwEbeRWgbNEkqO,"
              "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
              "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    const ScramVerifier::Keys keys = ScramVerifier::keys(u"pencil"_s, salt, 4096);
    EXPECT_EQ(keys.storedKey, QCryptographicHash::hash(keys.clientKey, QCryptographicHash::Sha256));
    const QByteArray clientProof = exclusiveOr(keys.clientKey, hmac(keys.storedKey, authMessage));
    EXPECT_EQ(clientProof.toBase64(), "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    EXPECT_EQ(hmac(keys.serverKey, authMessage).toBase64(), "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");

    EXPECT_EQ(ScramVerifier::make(u"pencil"_s, salt, 4096),
            u"SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"_s + QString::fromLatin1(keys.storedKey.toBase64()) + u':'
                    + QString::fromLatin1(keys.serverKey.toBase64()));
}

TEST(ScramVerifierTest, SaslPrepAsRfc4013AndLibpq)
{
    // RFC 4013, section 3.
    EXPECT_EQ(ScramVerifier::preparedPassword(u"I\u00ADX"_s), "IX");
    EXPECT_EQ(ScramVerifier::preparedPassword(u"user"_s), "user");
    EXPECT_EQ(ScramVerifier::preparedPassword(u"USER"_s), "USER");
    EXPECT_EQ(ScramVerifier::preparedPassword(u"\u00AA"_s), "a");
    EXPECT_EQ(ScramVerifier::preparedPassword(u"\u2168"_s), "IX");
    // Prohibited or failing the bidirectional check: libpq then uses the password as it is.
    EXPECT_EQ(ScramVerifier::preparedPassword(u"\u00E9\u0007"_s), u"\u00E9\u0007"_s.toUtf8());
    EXPECT_EQ(ScramVerifier::preparedPassword(u"\u0627\u0031"_s), u"\u0627\u0031"_s.toUtf8());
    // ASCII is never touched, control characters included.
    EXPECT_EQ(ScramVerifier::preparedPassword(u"tab\there"_s), "tab\there");
    // Non-ASCII spaces become SPACE.
    EXPECT_EQ(ScramVerifier::preparedPassword(u"a\u00A0b\u3000c"_s), "a b c");
    // Unassigned in Unicode 3.2 (an emoji): used as it is.
    EXPECT_EQ(ScramVerifier::preparedPassword(u"key-\U0001F511"_s), u"key-\U0001F511"_s.toUtf8());
    // Right-to-left only, first and last right-to-left: allowed.
    EXPECT_EQ(ScramVerifier::preparedPassword(u"\u05D0\u05D1\u05D2"_s), u"\u05D0\u05D1\u05D2"_s.toUtf8());
}

TEST(ScramVerifierTest, EachVerifierHasItsOwnSaltAndIsWellFormed)
{
    const QString first = ScramVerifier::make(u"the same password"_s);
    const QString second = ScramVerifier::make(u"the same password"_s);
    EXPECT_NE(first, second);
    EXPECT_TRUE(first.startsWith(u"SCRAM-SHA-256$4096:"_s)) << first.toStdString();
    EXPECT_EQ(QByteArray::fromBase64(first.section(u'$', 1, 1).section(u':', 1, 1).toLatin1()).size(), 16);
    EXPECT_TRUE(ScramVerifier::isWellFormed(first));
    EXPECT_FALSE(first.contains(u"the same password"_s));

    EXPECT_FALSE(ScramVerifier::isWellFormed(u"the same password"_s));
    EXPECT_FALSE(ScramVerifier::isWellFormed(ScramVerifier::make(u"x"_s, QByteArray(16, 's'), 4095)));
    EXPECT_FALSE(ScramVerifier::isWellFormed(ScramVerifier::make(u"x"_s, QByteArray(8, 's'), 4096)));
    EXPECT_FALSE(ScramVerifier::isWellFormed(first + u'='));
    EXPECT_FALSE(ScramVerifier::isWellFormed(first + u'\n'));
    EXPECT_FALSE(ScramVerifier::isWellFormed(first.left(first.size() - 4)));
}

} // namespace
