#include "common/Uuid.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace shipshape {

QString makeUuidV7(const QDateTime &at, QRandomGenerator &random)
{
    std::array<unsigned char, 16> bytes{};
    const auto millis = static_cast<quint64>(at.toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>(millis >> (8 * (5 - i)));
    const quint64 a = random.generate64();
    const quint64 b = random.generate64();
    for (int i = 0; i < 5; ++i)
        bytes[static_cast<size_t>(6 + i)] = static_cast<unsigned char>(a >> (8 * i));
    for (int i = 0; i < 5; ++i)
        bytes[static_cast<size_t>(11 + i)] = static_cast<unsigned char>(b >> (8 * i));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant

    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += u'-';
        text += QChar(kHex[bytes[i] >> 4]);
        text += QChar(kHex[bytes[i] & 0x0F]);
    }
    return text;
}

QString makeUuidV7(const QDateTime &at)
{
    return makeUuidV7(at, *QRandomGenerator::global());
}

bool looksLikeUuid(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace shipshape
