#include "notification/TemplateRenderer.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

struct RenderState {
    const QString &text;
    TemplateRenderer::Mode mode;
    QList<const QVariantMap *> scopes;
};

std::optional<QVariant> lookup(const RenderState &state, const QString &name)
{
    for (auto it = state.scopes.crbegin(); it != state.scopes.crend(); ++it) {
        auto found = (*it)->constFind(name);
        if (found != (*it)->constEnd())
            return *found;
    }
    return std::nullopt;
}

bool isTruthy(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QVariantList)
        return !value.toList().isEmpty();
    return !value.toString().isEmpty();
}

// Renders text[from, to) and returns the output; `to` is where the enclosing section's close tag starts.
Result<QString> renderRange(RenderState &state, qsizetype from, qsizetype to);

// Finds the {{/name}} matching a section opened just before `from`, honouring nested sections of the
// same name. Returns the position of its "{{".
qsizetype findClose(const QString &text, const QString &name, qsizetype from, qsizetype to)
{
    int depth = 1;
    qsizetype pos = from;
    const QString open1 = u"{{#"_s + name + u"}}"_s;
    const QString open2 = u"{{^"_s + name + u"}}"_s;
    const QString close = u"{{/"_s + name + u"}}"_s;
    while (pos < to) {
        const qsizetype next = text.indexOf(u"{{"_s, pos);
        if (next < 0 || next >= to)
            return -1;
        if (QStringView(text).mid(next).startsWith(close)) {
            if (--depth == 0)
                return next;
            pos = next + close.size();
        } else if (QStringView(text).mid(next).startsWith(open1) || QStringView(text).mid(next).startsWith(open2)) {
            ++depth;
            pos = next + open1.size();
        } else {
            pos = next + 2;
        }
    }
    return -1;
}

Result<QString> renderRange(RenderState &state, qsizetype from, qsizetype to)
{
    const QString &text = state.text;
    QString out;
    qsizetype pos = from;
    while (pos < to) {
        const qsizetype open = text.indexOf(u"{{"_s, pos);
        if (open < 0 || open >= to) {
            out += QStringView(text).mid(pos, to - pos);
            break;
        }
        out += QStringView(text).mid(pos, open - pos);
        const bool triple = QStringView(text).mid(open).startsWith(u"{{{"_s);
        const QString closer = triple ? u"}}}"_s : u"}}"_s;
        const qsizetype tagStart = open + (triple ? 3 : 2);
        const qsizetype close = text.indexOf(closer, tagStart);
        if (close < 0 || close >= to)
            return fail(Error::internal(TemplateRenderer::tr("Unclosed tag at offset %1.").arg(open)));
        const QString tag = text.mid(tagStart, close - tagStart).trimmed();
        const qsizetype after = close + closer.size();
        if (tag.isEmpty())
            return fail(Error::internal(TemplateRenderer::tr("Empty tag at offset %1.").arg(open)));

        const QChar sigil = tag.front();
        if (!triple && (sigil == u'#' || sigil == u'^')) {
            const QString name = tag.mid(1).trimmed();
            const qsizetype end = findClose(text, name, after, to);
            if (end < 0)
                return fail(Error::internal(TemplateRenderer::tr("Section \"%1\" is never closed.").arg(name)));
            const auto value = lookup(state, name);
            if (!value)
                return fail(Error::internal(TemplateRenderer::tr("Unknown template value \"%1\".").arg(name)));
            const bool inverted = sigil == u'^';
            if (inverted) {
                if (!isTruthy(*value)) {
                    auto inner = renderRange(state, after, end);
                    if (!inner)
                        return inner;
                    out += *inner;
                }
            } else if (value->typeId() == QMetaType::QVariantList) {
                const QVariantList items = value->toList();
                for (const QVariant &item : items) {
                    const QVariantMap scope = item.toMap();
                    state.scopes.append(&scope);
                    auto inner = renderRange(state, after, end);
                    state.scopes.removeLast();
                    if (!inner)
                        return inner;
                    out += *inner;
                }
            } else if (isTruthy(*value)) {
                auto inner = renderRange(state, after, end);
                if (!inner)
                    return inner;
                out += *inner;
            }
            pos = end + 5 + name.size(); // skip "{{/name}}"
            continue;
        }
        if (!triple && sigil == u'/')
            return fail(Error::internal(TemplateRenderer::tr("Unexpected \"{{%1}}\".").arg(tag)));

        const auto value = lookup(state, tag);
        if (!value)
            return fail(Error::internal(TemplateRenderer::tr("Unknown template value \"%1\".").arg(tag)));
        const QString string = value->toString();
        if (state.mode == TemplateRenderer::Mode::Html && !triple) {
            // toHtmlEscaped leaves the apostrophe alone; escape it too so no attribute quoting can break.
            out += string.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
        } else {
            out += string;
        }
        pos = after;
    }
    return out;
}

} // namespace

Result<QString> TemplateRenderer::render(const QString &templateText, const QVariantMap &values, Mode mode)
{
    RenderState state{templateText, mode, {&values}};
    return renderRange(state, 0, templateText.size());
}

} // namespace shipshape
