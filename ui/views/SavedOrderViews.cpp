#include "views/SavedOrderViews.h"

#include "orders/OrderSets.h"
#include "orders/PaymentStates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QString kSettingsKey = u"orderViews/saved"_s;

QDateTime startOfWeek(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    return QDateTime(today.addDays(1 - today.dayOfWeek()), QTime(0, 0)).toUTC();
}

} // namespace

QList<SavedOrderView> SavedOrderViews::builtIns(const QDateTime &now)
{
    // The named sets staff work through, as core defines them.
    QList<SavedOrderView> views;
    for (OrderSet set : {OrderSet::ToShip, OrderSet::Unpaid, OrderSet::HoldsStock})
        views << SavedOrderView{OrderSets::label(set), OrderSets::filter(set), true};

    // OrderFilter filters on the placing date: these are the cancelled orders placed since Monday.
    SavedOrderView cancelledThisWeek{tr("Cancelled this week"), {}, true};
    cancelledThisWeek.filter.statuses = {OrderStatus::Cancelled};
    cancelledThisWeek.filter.from = startOfWeek(now);
    views << cancelledThisWeek;
    return views;
}

QList<SavedOrderView> SavedOrderViews::userViews()
{
    QSettings settings;
    const QJsonArray stored = QJsonDocument::fromJson(settings.value(kSettingsKey).toByteArray()).array();
    QList<SavedOrderView> views;
    for (const QJsonValue &value : stored) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(u"name"_s).toString();
        if (!name.isEmpty())
            views << SavedOrderView{name, fromJson(object.value(u"filter"_s).toObject()), false};
    }
    return views;
}

std::optional<QString> SavedOrderViews::save(const QString &name, const OrderFilter &filter)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return tr("A view needs a name.");
    for (const SavedOrderView &builtIn : builtIns(QDateTime::currentDateTimeUtc())) {
        if (builtIn.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("\"%1\" is a built-in view; choose another name.").arg(trimmed);
    }
    QList<SavedOrderView> views = userViews();
    bool replaced = false;
    for (SavedOrderView &view : views) {
        if (view.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            view = {trimmed, filter, false};
            replaced = true;
        }
    }
    if (!replaced)
        views << SavedOrderView{trimmed, filter, false};
    QJsonArray stored;
    for (const SavedOrderView &view : std::as_const(views))
        stored.append(QJsonObject{{u"name"_s, view.name}, {u"filter"_s, toJson(view.filter)}});
    QSettings settings;
    settings.setValue(kSettingsKey, QJsonDocument(stored).toJson(QJsonDocument::Compact));
    return std::nullopt;
}

void SavedOrderViews::remove(const QString &name)
{
    QJsonArray stored;
    for (const SavedOrderView &view : userViews()) {
        if (view.name != name)
            stored.append(QJsonObject{{u"name"_s, view.name}, {u"filter"_s, toJson(view.filter)}});
    }
    QSettings settings;
    settings.setValue(kSettingsKey, QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

QJsonObject SavedOrderViews::toJson(const OrderFilter &filter)
{
    QJsonObject json;
    QJsonArray statuses;
    for (OrderStatus status : filter.statuses)
        statuses.append(OrderLifecycle::key(status));
    if (!statuses.isEmpty())
        json.insert(u"statuses"_s, statuses);
    if (!filter.customerId.isEmpty())
        json.insert(u"customerId"_s, filter.customerId);
    if (!filter.search.isEmpty())
        json.insert(u"search"_s, filter.search);
    if (filter.from)
        json.insert(u"from"_s, filter.from->toUTC().toString(Qt::ISODate));
    if (filter.until)
        json.insert(u"until"_s, filter.until->toUTC().toString(Qt::ISODate));
    if (filter.paymentState)
        json.insert(u"paymentState"_s, PaymentStates::key(*filter.paymentState));
    QJsonArray reasons;
    for (CancelReason reason : filter.cancelReasons)
        reasons.append(CancelReasons::key(reason));
    if (!reasons.isEmpty())
        json.insert(u"cancelReasons"_s, reasons);
    if (!filter.tag.isEmpty())
        json.insert(u"tag"_s, filter.tag);
    return json;
}

OrderFilter SavedOrderViews::fromJson(const QJsonObject &json)
{
    OrderFilter filter;
    for (const QJsonValue &value : json.value(u"statuses"_s).toArray()) {
        if (const auto status = OrderLifecycle::fromKey(value.toString()))
            filter.statuses << *status;
    }
    filter.customerId = json.value(u"customerId"_s).toString();
    filter.search = json.value(u"search"_s).toString();
    const QDateTime from = QDateTime::fromString(json.value(u"from"_s).toString(), Qt::ISODate);
    if (from.isValid())
        filter.from = from;
    const QDateTime until = QDateTime::fromString(json.value(u"until"_s).toString(), Qt::ISODate);
    if (until.isValid())
        filter.until = until;
    filter.paymentState = PaymentStates::fromKey(json.value(u"paymentState"_s).toString());
    for (const QJsonValue &value : json.value(u"cancelReasons"_s).toArray()) {
        if (const auto reason = CancelReasons::fromKey(value.toString()))
            filter.cancelReasons << *reason;
    }
    filter.tag = json.value(u"tag"_s).toString();
    return filter;
}

} // namespace shipshape
