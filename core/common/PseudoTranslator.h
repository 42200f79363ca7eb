#pragma once

#include <QString>
#include <QTranslator>

namespace shipshape {

// A pseudo-locale for spotting truncation and untranslated text: every Shipshape string comes back
// accented, about 40 % longer and in brackets ("Ship…" → "[Ŝĥîþ…··]"), so a cut label shows a missing
// "]" and a string that stays plain was never passed through tr(). Placeholders (%1, %L2, %n),
// mnemonics (&Save keeps its S), HTML tags and entities stay as they are, so the texts still work.
// Enabled with SHIPSHAPE_PSEUDO_TRANSLATION=1 (docs/operations.md). Qt's own strings are left alone.
class PseudoTranslator : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    [[nodiscard]] QString translate(
            const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    [[nodiscard]] bool isEmpty() const override { return false; }

    [[nodiscard]] static QString pseudo(const QString &text);
    // Whether $SHIPSHAPE_PSEUDO_TRANSLATION asks for it.
    [[nodiscard]] static bool requested();
};

} // namespace shipshape
