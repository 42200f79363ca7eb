#include "notification/TemplateRenderer.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using shipshape::TemplateRenderer;

namespace {

QString html(const QString &text, const QVariantMap &values)
{
    auto rendered = TemplateRenderer::render(text, values, TemplateRenderer::Mode::Html);
    EXPECT_TRUE(rendered.has_value()) << (rendered ? std::string() : rendered.error().message.toStdString());
    return rendered.value_or(QString());
}

} // namespace

TEST(TemplateRenderer, EscapesValuesInHtmlModeOnly)
{
    const QVariantMap values{{u"name"_s, u"<b>\"Tom\" & 'Jerry'</b>"_s}};
    EXPECT_EQ(html(u"Hi {{name}}!"_s, values), u"Hi &lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;!"_s);
    EXPECT_EQ(*TemplateRenderer::render(u"Hi {{ name }}!"_s, values, TemplateRenderer::Mode::Text),
            u"Hi <b>\"Tom\" & 'Jerry'</b>!"_s);
    EXPECT_EQ(html(u"{{{name}}}"_s, values), values.value(u"name"_s).toString()) << "triple braces are verbatim";
}

TEST(TemplateRenderer, RepeatsSectionsOverListsAndLooksUpOuterScopes)
{
    const QVariantMap values{{u"currency"_s, u"USD"_s},
            {u"items"_s, QVariantList{QVariantMap{{u"name"_s, u"A"_s}}, QVariantMap{{u"name"_s, u"<B>"_s}}}}};
    EXPECT_EQ(html(u"{{#items}}[{{name}} {{currency}}]{{/items}}"_s, values), u"[A USD][&lt;B&gt; USD]"_s);
    EXPECT_EQ(html(u"{{#items}}x{{/items}}{{^items}}none{{/items}}"_s, {{u"items"_s, QVariantList{}}}), u"none"_s);
}

TEST(TemplateRenderer, ConditionalSectionsOnStringsAndBools)
{
    EXPECT_EQ(html(u"{{#carrier}}via {{carrier}}{{/carrier}}."_s, {{u"carrier"_s, u"UPS"_s}}), u"via UPS."_s);
    EXPECT_EQ(html(u"{{#carrier}}via {{carrier}}{{/carrier}}."_s, {{u"carrier"_s, QString()}}), u"."_s);
    EXPECT_EQ(html(u"{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}"_s, {{u"flag"_s, false}}), u"no"_s);
    EXPECT_EQ(html(u"{{#a}}{{#a}}twice{{/a}}{{/a}}"_s, {{u"a"_s, true}}), u"twice"_s) << "nested same-name sections";
}

TEST(TemplateRenderer, RejectsTyposInsteadOfRenderingNothing)
{
    const QVariantMap values{{u"name"_s, u"x"_s}};
    EXPECT_FALSE(TemplateRenderer::render(u"{{nmae}}"_s, values, TemplateRenderer::Mode::Html));
    EXPECT_FALSE(TemplateRenderer::render(u"{{#name}}open"_s, values, TemplateRenderer::Mode::Html));
    EXPECT_FALSE(TemplateRenderer::render(u"{{name"_s, values, TemplateRenderer::Mode::Html));
    EXPECT_FALSE(TemplateRenderer::render(u"{{/name}}"_s, values, TemplateRenderer::Mode::Html));
    EXPECT_FALSE(TemplateRenderer::render(u"{{}}"_s, values, TemplateRenderer::Mode::Html));
}

TEST(TemplateRenderer, ValuesAreNeverReinterpretedAsTags)
{
    EXPECT_EQ(html(u"{{a}}"_s, {{u"a"_s, u"{{b}}"_s}, {u"b"_s, u"secret"_s}}), u"{{b}}"_s);
}
