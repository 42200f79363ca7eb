#include "staff/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

constexpr qsizetype kKeyBytes = 32; // SHA-256

struct Range {
    char32_t first;
    char32_t last;
};

template <std::size_t N>
bool inRanges(char32_t code, const std::array<Range, N> &ranges)
{
    return std::any_of(ranges.begin(), ranges.end(),
            [code](const Range &range) { return code >= range.first && code <= range.last; });
}

// RFC 3454 tables, as SASLprep (RFC 4013) uses them.
constexpr auto kNonAsciiSpaces = std::to_array<Range>({// C.1.2
        {0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200B}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}});

constexpr auto kMappedToNothing = std::to_array<Range>({// B.1
        {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x1806, 0x1806}, {0x180B, 0x180D}, {0x200B, 0x200D}, {0x2060, 0x2060},
        {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}});

constexpr auto kProhibited = std::to_array<Range>({
        // C.2.1 ASCII control characters
        {0x0000, 0x001F},
        {0x007F, 0x007F},
        // C.2.2 non-ASCII control characters
        {0x0080, 0x009F},
        {0x06DD, 0x06DD},
        {0x070F, 0x070F},
        {0x180E, 0x180E},
        {0x200C, 0x200D},
        {0x2028, 0x2029},
        {0x2060, 0x2063},
        {0xFEFF, 0xFEFF},
        {0xFFF9, 0xFFFC},
        {0x1D173, 0x1D17A},
        // C.3 private use
        {0xE000, 0xF8FF},
        {0xF0000, 0xFFFFD},
        {0x100000, 0x10FFFD},
        // C.4 non-character code points (the last two of every plane are checked separately)
        {0xFDD0, 0xFDEF},
        // C.5 surrogate codes
        {0xD800, 0xDFFF},
        // C.6 inappropriate for plain text
        {0xFFF9, 0xFFFD},
        // C.7 inappropriate for canonical representation
        {0x2FF0, 0x2FFB},
        // C.8 change display properties or deprecated
        {0x0340, 0x0341},
        {0x200E, 0x200F},
        {0x202A, 0x202E},
        {0x206A, 0x206F},
        // C.9 tagging characters
        {0xE0001, 0xE0001},
        {0xE0020, 0xE007F},
        // C.1.2 non-ASCII spaces (mapped to SPACE before, but NFKC must not bring one back)
        {0x00A0, 0x00A0},
        {0x1680, 0x1680},
        {0x2000, 0x200B},
        {0x202F, 0x202F},
        {0x205F, 0x205F},
        {0x3000, 0x3000},
});

bool isProhibited(char32_t code)
{
    if ((code & 0xFFFE) == 0xFFFE) // C.4: U+xFFFE and U+xFFFF of every plane
        return true;
    if (inRanges(code, kProhibited))
        return true;
    // A.1: unassigned in Unicode 3.2 (SASLprep is defined on that version).
    const QChar::UnicodeVersion version = QChar::unicodeVersion(code);
    return version == QChar::Unicode_Unassigned || version > QChar::Unicode_3_2;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray ScramVerifier::preparedPassword(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    if (std::all_of(raw.begin(), raw.end(), [](char byte) { return (static_cast<unsigned char>(byte) & 0x80) == 0; }))
        return raw;

    // 1. Map.
    QList<char32_t> mapped;
    for (const uint unit : password.toUcs4()) {
        const auto code = char32_t(unit);
        if (inRanges(code, kNonAsciiSpaces))
            mapped.append(U' ');
        else if (!inRanges(code, kMappedToNothing))
            mapped.append(code);
    }
    // 2. Normalise (NFKC as of Unicode 3.2).
    const QString normalized = QString::fromUcs4(mapped.constData(), mapped.size())
                                       .normalized(QString::NormalizationForm_KC, QChar::Unicode_3_2);
    const QList<uint> codes = normalized.toUcs4();
    // 3. Prohibit. 4. Bidirectional text: right-to-left only, starting and ending so.
    bool rightToLeft = false;
    bool leftToRight = false;
    for (const uint unit : codes) {
        const auto code = char32_t(unit);
        if (isProhibited(code))
            return raw;
        const QChar::Direction direction = QChar::direction(code);
        rightToLeft = rightToLeft || direction == QChar::DirR || direction == QChar::DirAL;
        leftToRight = leftToRight || direction == QChar::DirL;
    }
    if (rightToLeft) {
        const auto isRightToLeft = [](uint code) {
            const QChar::Direction direction = QChar::direction(char32_t(code));
            return direction == QChar::DirR || direction == QChar::DirAL;
        };
        if (leftToRight || codes.isEmpty() || !isRightToLeft(codes.constFirst()) || !isRightToLeft(codes.constLast()))
            return raw;
    }
    return normalized.toUtf8();
}

ScramVerifier::Keys ScramVerifier::keys(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha256, preparedPassword(password), salt, iterations, quint64(kKeyBytes));
    Keys keys;
    keys.clientKey = hmac(salted, "Client Key");
    keys.storedKey = QCryptographicHash::hash(keys.clientKey, QCryptographicHash::Sha256);
    keys.serverKey = hmac(salted, "Server Key");
    return keys;
}

QString ScramVerifier::make(const QString &password, const QByteArray &salt, int iterations)
{
    const Keys derived = keys(password, salt, iterations);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.storedKey.toBase64()),
                    QString::fromLatin1(derived.serverKey.toBase64()));
}

QString ScramVerifier::make(const QString &password, int iterations)
{
    std::array<quint32, kSaltBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray salt(reinterpret_cast<const char *>(words.data()), kSaltBytes);
    return make(password, salt, iterations);
}

bool ScramVerifier::isWellFormed(const QString &text)
{
    static const QRegularExpression pattern(
            u"^SCRAM-SHA-256\\$([0-9]{1,10}):([A-Za-z0-9+/=]+)\\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)\\z"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    bool ok = false;
    const qlonglong iterations = match.captured(1).toLongLong(&ok);
    if (!ok || iterations < kIterations || iterations > INT_MAX)
        return false;
    const auto decoded = [&](int group) {
        return QByteArray::fromBase64Encoding(
                match.captured(group).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decoded(2);
    const auto storedKey = decoded(3);
    const auto serverKey = decoded(4);
    return salt && salt.decoded.size() >= kSaltBytes && storedKey && storedKey.decoded.size() == kKeyBytes && serverKey
            && serverKey.decoded.size() == kKeyBytes;
}

} // namespace shipshape
