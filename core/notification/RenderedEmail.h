#pragma once

#include <QString>

namespace shipshape {

// One email ready to send: a single-line subject and the same message as plain text and HTML.
struct RenderedEmail {
    QString subject;
    QString text;
    QString html;
};

} // namespace shipshape
