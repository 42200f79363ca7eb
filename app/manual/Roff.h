#pragma once

#include <QString>

namespace shipshape::manual {

// Writing text for man(7) pages: escapes what roff would read as requests, escapes and minus signs.
class Roff {
public:
    // One run of plain text: backslashes escaped, dashes of options (and "-" standing alone) written as
    // minus signs, a line never starting with a control character.
    [[nodiscard]] static QString escape(const QString &text);
    [[nodiscard]] static QString bold(const QString &text);
    [[nodiscard]] static QString italic(const QString &text);
    // Prose that may hold several paragraphs and lines laid out by hand (indented lines, such as JSON
    // shapes and examples, are kept as they are in a no-fill block).
    [[nodiscard]] static QString paragraphs(const QString &text);
};

} // namespace shipshape::manual
