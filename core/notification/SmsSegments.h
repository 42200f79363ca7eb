#pragma once

#include <QString>

namespace shipshape {

// How many SMS segments a text costs, as a carrier counts them (3GPP TS 23.038). A text made only of the
// GSM 03.38 basic character set (the extension table's characters — ^ { } \ [ ~ ] | € and form feed — take
// two septets each) goes as GSM-7: 160 septets in one segment, 153 per segment when it needs several. Any
// other character makes the whole text UCS-2: 70 UTF-16 code units in one segment, 67 per segment beyond.
// A long message is never split inside an escape pair or a surrogate pair, as senders do.
struct SmsSegments {
    enum class Encoding {
        Gsm7,
        Ucs2
    };

    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments = 0; // 0 for an empty text
    int perSegment = 160; // what one segment holds with this encoding and length
    int remainingInLastSegment = 160;

    [[nodiscard]] static SmsSegments count(const QString &text);
    // Whether the character is in the GSM 03.38 basic set (1 septet) or its extension table (2 septets).
    [[nodiscard]] static int gsm7Septets(char16_t character); // 0 when it has no GSM-7 form
};

} // namespace shipshape
