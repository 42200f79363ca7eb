#include "notification/SmsSegments.h"

#include <QList>

namespace shipshape {
namespace {

// GSM 03.38 basic character set (the 7-bit default alphabet), in table order. ESC (0x1B) is not a character.
constexpr char16_t kBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u00C6\u00E6\u00DF\u00C9 !\"#¤%&'()*+,-./0123456789:;<=>?"
                              u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table: each is sent as ESC + one septet.
constexpr char16_t kExtension[] = u"\f^{}\\[~]|€";

constexpr int kGsm7Single = 160;
constexpr int kGsm7Multi = 153;
constexpr int kUcs2Single = 70;
constexpr int kUcs2Multi = 67;

// Segments for units that cannot be split: a segment takes whole units only.
int segmentsFor(const QList<int> &unitSizes, int perSegment)
{
    int segments = 1;
    int used = 0;
    for (const int size : unitSizes) {
        if (used + size > perSegment) {
            ++segments;
            used = 0;
        }
        used += size;
    }
    return segments;
}

} // namespace

int SmsSegments::gsm7Septets(char16_t character)
{
    for (const char16_t basic : kBasic) {
        if (basic != 0 && basic == character)
            return 1;
    }
    for (const char16_t extension : kExtension) {
        if (extension != 0 && extension == character)
            return 2;
    }
    return 0;
}

SmsSegments SmsSegments::count(const QString &text)
{
    SmsSegments result;
    if (text.isEmpty()) {
        result.segments = 0;
        result.remainingInLastSegment = kGsm7Single;
        return result;
    }
    QList<int> septets;
    septets.reserve(text.size());
    bool gsm7 = true;
    for (const QChar character : text) {
        const int size = gsm7Septets(character.unicode());
        if (size == 0) {
            gsm7 = false;
            break;
        }
        septets.append(size);
    }
    QList<int> sizes;
    int single = kGsm7Single;
    int multi = kGsm7Multi;
    if (gsm7) {
        sizes = septets;
        result.encoding = Encoding::Gsm7;
    } else {
        // UCS-2 counts UTF-16 code units; a surrogate pair (an emoji) is two and stays in one segment.
        result.encoding = Encoding::Ucs2;
        single = kUcs2Single;
        multi = kUcs2Multi;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                sizes.append(2);
                ++i;
            } else {
                sizes.append(1);
            }
        }
    }
    for (const int size : sizes)
        result.units += size;
    if (result.units <= single) {
        result.segments = 1;
        result.perSegment = single;
        result.remainingInLastSegment = single - result.units;
        return result;
    }
    result.perSegment = multi;
    result.segments = segmentsFor(sizes, multi);
    // What the last segment holds: walk the same split again.
    int used = 0;
    for (const int size : sizes) {
        if (used + size > multi)
            used = 0;
        used += size;
    }
    result.remainingInLastSegment = multi - used;
    return result;
}

} // namespace shipshape
