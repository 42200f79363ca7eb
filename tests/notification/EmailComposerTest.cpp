#include "notification/EmailComposer.h"
#include "orders/Order.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

const QString kScript = u"<script>alert(\"x\")</script>"_s;

Money usd(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"USD"_s));
}

Order hostileOrder()
{
    Order order;
    order.id = u"0190f0e0-0000-7000-8000-000000000001"_s;
    order.number = 1042;
    order.customer.name = kScript + u" O'Brien \"Bob\" Zoë 山田 Ωμέγα"_s;
    order.customer.email = u"bob@example.com"_s;
    order.status = OrderStatus::Cancelled;
    order.lines
            = {LineItem{u"SKU-1"_s, u"Mug </td></tr></table><img src=x onerror=alert(1)>"_s, 2, usd(1250), usd(2500), usd(0), usd(0), {}, {}},
                    LineItem{u"SKU-2"_s, QString(5000, u'W'), 1, usd(100), usd(100), usd(0), usd(0), {}, {}}};
    order.shippingAddress
            = Address{u"1 Main St\r\nBcc: victim@example.com"_s, kScript, u"\"IL\""_s, u"62701"_s, u"US"_s};
    order.total = usd(2600);
    order.paid = usd(2600);
    order.refunded = usd(1000);
    order.carrier = u"<b>UPS</b>"_s;
    order.trackingNumber = u"1Z999AA10123456784"_s;
    order.cancelReason = CancelReason::Customer;
    return order;
}

} // namespace

TEST(EmailComposer, EveryTemplateEscapesPeoplesTextAndKeepsTheSubjectOnOneLine)
{
    MailSettings settings;
    settings.shopName = u"Shop\r\nBcc: everyone@example.com <i>"_s;
    settings.brandColor = u"red;background:url(javascript:alert(1))"_s;
    settings.logoUrl = u"javascript:alert(1)"_s;
    const EmailComposer composer(settings, QLocale::c());
    NotificationDetails details;
    details.cancelNote = kScript + u"\r\nline two"_s;
    details.refundAmount = usd(1000);

    for (const QString &key : NotificationEvents::keys()) {
        SCOPED_TRACE(key.toStdString());
        auto email = composer.compose(hostileOrder(), *NotificationEvents::fromKey(key), details);
        ASSERT_TRUE(email.has_value()) << email.error().message.toStdString();
        EXPECT_FALSE(email->subject.contains(u'\r') || email->subject.contains(u'\n'));
        EXPECT_LE(email->subject.size(), 200);
        EXPECT_TRUE(email->subject.contains(u"#1042"_s));
        for (QChar c : email->subject)
            EXPECT_FALSE(c.category() == QChar::Other_Control);

        // No tag from people survives as a tag; the text itself survives, escaped.
        EXPECT_FALSE(email->html.contains(u"<script"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(email->html.contains(u"<img src=x"_s));
        EXPECT_FALSE(email->html.contains(u"<b>UPS"_s));
        EXPECT_FALSE(email->html.contains(u"javascript:"_s));
        EXPECT_TRUE(email->html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s));
        EXPECT_TRUE(email->html.contains(u"O&#39;Brien &quot;Bob&quot; Zoë 山田 Ωμέγα"_s));
        EXPECT_TRUE(email->html.contains(u"background:#1f6feb"_s)) << "an unsafe colour falls back to the default";
        // The structure is intact: as many rows closed as opened.
        EXPECT_EQ(email->html.count(u"<tr"_s), email->html.count(u"</tr>"_s));
        EXPECT_EQ(email->html.count(u"<table"_s), email->html.count(u"</table>"_s));
        EXPECT_TRUE(email->html.trimmed().endsWith(u"</html>"_s));

        // Plain text carries people's text as is; it is a body, not a header.
        EXPECT_TRUE(email->text.contains(u"Zoë 山田"_s));
        EXPECT_TRUE(email->text.contains(u"USD 26.00"_s)) << email->text.toStdString();
        EXPECT_TRUE(email->text.contains(u"Mug </td>"_s));
    }
}

TEST(EmailComposer, EventSpecificContent)
{
    const EmailComposer composer(MailSettings{}, QLocale::c());
    Order order = hostileOrder();
    order.customer.name = u"Ada"_s;
    NotificationDetails details;
    details.cancelNote = u"Changed my mind"_s;
    details.refundAmount = usd(1000);

    auto shipped = composer.compose(order, NotificationEvent::Shipped, details);
    ASSERT_TRUE(shipped);
    EXPECT_TRUE(shipped->text.contains(u"Tracking number: 1Z999AA10123456784"_s)) << shipped->text.toStdString();
    EXPECT_TRUE(shipped->text.contains(u"Carrier: <b>UPS</b>"_s));
    EXPECT_EQ(shipped->subject, u"Shipshape: Your order #1042 is on its way"_s);

    auto cancelled = composer.compose(order, NotificationEvent::Cancelled, details);
    ASSERT_TRUE(cancelled);
    EXPECT_TRUE(cancelled->text.contains(u"Reason: "_s + CancelReasons::displayName(CancelReason::Customer)));
    EXPECT_TRUE(cancelled->text.contains(u"Changed my mind"_s));

    auto refunded = composer.compose(order, NotificationEvent::Refunded, details);
    ASSERT_TRUE(refunded);
    EXPECT_TRUE(refunded->text.contains(u"Refunded amount: USD 10.00"_s)) << refunded->text.toStdString();
    EXPECT_TRUE(refunded->html.contains(u"USD 10.00"_s));

    auto placed = composer.compose(order, NotificationEvent::Placed);
    ASSERT_TRUE(placed);
    EXPECT_TRUE(placed->text.contains(u"- Mug"_s));
    EXPECT_TRUE(placed->text.contains(u"2 × USD 12.50 = USD 25.00"_s)) << placed->text.toStdString();
    EXPECT_TRUE(placed->text.contains(u"1 Main St"_s));
}

TEST(EmailComposer, BrandingIsConfigurable)
{
    MailSettings settings;
    settings.shopName = u"Acme & Co"_s;
    settings.brandColor = u"#c0ffee"_s;
    settings.logoUrl = u"https://cdn.example.com/logo.png"_s;
    auto email = EmailComposer(settings, QLocale::c()).compose(hostileOrder(), NotificationEvent::Confirmed);
    ASSERT_TRUE(email);
    EXPECT_TRUE(email->html.contains(u"background:#c0ffee"_s));
    EXPECT_TRUE(email->html.contains(u"<img src=\"https://cdn.example.com/logo.png\""_s));
    EXPECT_TRUE(email->html.contains(u"Acme &amp; Co"_s));
    EXPECT_TRUE(email->subject.startsWith(u"Acme & Co: "_s));
}

TEST(EmailComposer, SingleLineStripsControlsAndCapsLength)
{
    EXPECT_EQ(EmailComposer::singleLine(u"a\r\nb\tc\u0007d\u202Ee"_s), u"a b c d e"_s);
    const QString capped = EmailComposer::singleLine(QString(500, u'x'));
    EXPECT_EQ(capped.size(), 200);
    EXPECT_TRUE(capped.endsWith(u'…'));
}
