#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace shipshape {

// A deliberately tiny Mustache subset for email templates, so that no email is assembled by string
// concatenation:
//   {{name}}             the value; HTML-escaped in Html mode (every value from people goes through this)
//   {{{name}}}           the value verbatim: only for HTML we produced ourselves, never for people's text
//   {{#name}}…{{/name}}  a section: repeated for each map in a list, rendered once for a true value or a
//                        non-empty string, skipped for false, empty, or an empty list
//   {{^name}}…{{/name}}  an inverted section: rendered only when {{#name}} would not be
// Names are looked up in the innermost section's map first, then outwards. An unknown name, an
// unclosed or mismatched section is an error, so that a typo in a template is caught by tests.
class TemplateRenderer {
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    enum class Mode {
        Text,
        Html
    };

    static Result<QString> render(const QString &templateText, const QVariantMap &values, Mode mode);
};

} // namespace shipshape
