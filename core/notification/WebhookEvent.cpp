#include "notification/WebhookEvent.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString WebhookEventTypes::key(WebhookEventType type)
{
    switch (type) {
    case WebhookEventType::OrderCreated:
        return u"order.created"_s;
    case WebhookEventType::OrderStatusChanged:
        return u"order.status_changed"_s;
    case WebhookEventType::OrderRefunded:
        return u"order.refunded"_s;
    case WebhookEventType::StockLow:
        return u"stock.low"_s;
    }
    return {};
}

QList<WebhookEventType> WebhookEventTypes::all()
{
    return {WebhookEventType::OrderCreated, WebhookEventType::OrderStatusChanged, WebhookEventType::OrderRefunded,
            WebhookEventType::StockLow};
}

QStringList WebhookEventTypes::keys()
{
    QStringList result;
    for (auto type : all())
        result << key(type);
    return result;
}

std::optional<WebhookEventType> WebhookEventTypes::fromKey(const QString &text)
{
    for (auto type : all()) {
        if (key(type) == text)
            return type;
    }
    return std::nullopt;
}

Result<QList<WebhookEventType>> WebhookEventTypes::parseList(const QString &field, const QString &text)
{
    QList<bool> wanted(all().size(), false);
    const QStringList names = text.split(u',');
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        const auto type = fromKey(name);
        if (!type) {
            return fail(Error::invalid(field, name,
                    tr("Unknown webhook event \"%1\"; the events are %2.").arg(name, keys().join(u", "_s))));
        }
        wanted[all().indexOf(*type)] = true;
    }
    QList<WebhookEventType> result;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (wanted.at(i))
            result << all().at(i);
    }
    return result;
}

} // namespace shipshape
