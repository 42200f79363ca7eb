#include "drafts/OfflineDraftStore.h"

#include "common/Logging.h"
#include "common/Uuid.h"
#include "payment/PaymentMethod.h"
#include "replica/ReplicaFile.h"
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The file format's version: a newer Shipshape reads older files; an older one refuses newer files.
constexpr int kFormat = 1;

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1StringView(name)).toString();
}

} // namespace

QString OfflineDraftStore::folderFor(const DatabaseUrl &server, const QString &replicaFolder)
{
    return folderBeside(ReplicaFile::pathFor(server, replicaFolder));
}

QString OfflineDraftStore::folderBeside(const QString &replicaPath)
{
    const QFileInfo replica(replicaPath);
    return replica.dir().filePath(replica.completeBaseName() + u"-offline-drafts"_s);
}

QString OfflineDraftStore::pathOf(const QString &id) const
{
    return QDir(m_folder).filePath(id + u".json"_s);
}

QByteArray OfflineDraftStore::toJson(const OfflineDraft &offline)
{
    const DraftOrder &draft = offline.draft;
    QJsonArray lines;
    for (const DraftLine &line : draft.lines)
        lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
    QJsonArray discounts;
    for (const DiscountRequest &discount : draft.discounts) {
        discounts.append(QJsonObject{{u"type"_s, discount.type}, {u"value"_s, discount.value}, {u"sku"_s, discount.sku},
                {u"code"_s, discount.code}, {u"reason"_s, discount.reason}});
    }
    QJsonArray seen;
    for (const SeenPrice &price : offline.seenPrices) {
        // Exact: minor units and the currency, never a floating-point amount.
        seen.append(QJsonObject{{u"sku"_s, price.sku}, {u"unitPriceMinor"_s, price.unitPrice.minorUnits()},
                {u"currency"_s, price.unitPrice.currency().code()}});
    }
    const Address &address = draft.shippingAddress;
    const QJsonObject object{
            {u"format"_s, kFormat},
            {u"id"_s, draft.id},
            {u"typedBy"_s, offline.typedBy},
            {u"savedAt"_s, offline.savedAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"customer"_s,
                    QJsonObject{{u"id"_s, draft.customer.id}, {u"name"_s, draft.customer.name},
                            {u"email"_s, draft.customer.email}, {u"phone"_s, draft.customer.phone}}},
            {u"lines"_s, lines},
            {u"shippingAddress"_s,
                    QJsonObject{{u"street"_s, address.street}, {u"city"_s, address.city}, {u"state"_s, address.state},
                            {u"zip"_s, address.zip}, {u"country"_s, address.country}}},
            {u"paymentMethod"_s, PaymentMethods::key(draft.paymentMethod)},
            {u"paymentLink"_s, draft.paymentLink},
            {u"discounts"_s, discounts},
            {u"shipping"_s, QJsonObject{{u"method"_s, draft.shipping.method}, {u"amount"_s, draft.shipping.amount}}},
            {u"seenPrices"_s, seen},
            {u"replaces"_s,
                    QJsonObject{{u"draftId"_s, offline.replacesDraftId}, {u"version"_s, offline.replacesVersion}}},
    };
    // The card token is not kept on disk: a card is taken when the order is placed, online.
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<OfflineDraft> OfflineDraftStore::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Error::invalid(u"json"_s, parseError.errorString(), tr("The file is not a JSON object.")));
    const QJsonObject object = document.object();
    const int format = object.value(u"format"_s).toInt(0);
    if (format < 1 || format > kFormat) {
        return fail(Error::invalid(u"format"_s, QString::number(format),
                tr("The file is of format %1; this Shipshape reads format %2.").arg(format).arg(kFormat)));
    }
    OfflineDraft offline;
    DraftOrder &draft = offline.draft;
    draft.id = text(object, "id");
    if (!looksLikeUuid(draft.id))
        return fail(Error::invalid(u"id"_s, draft.id, tr("The file names no draft UUID.")));
    offline.typedBy = text(object, "typedBy");
    offline.savedAt = QDateTime::fromString(text(object, "savedAt"), Qt::ISODateWithMs);
    const QJsonObject customer = object.value(u"customer"_s).toObject();
    draft.customer = CustomerReference{
            text(customer, "id"), text(customer, "name"), text(customer, "email"), text(customer, "phone")};
    for (const QJsonValue &value : object.value(u"lines"_s).toArray()) {
        const QJsonObject line = value.toObject();
        const qint64 quantity = line.value(u"quantity"_s).toInteger(0);
        if (text(line, "sku").isEmpty() || quantity < 1)
            return fail(Error::invalid(u"lines"_s, text(line, "sku"), tr("A line has no product or no quantity.")));
        draft.lines.append(DraftLine{text(line, "sku"), quantity});
    }
    const QJsonObject address = object.value(u"shippingAddress"_s).toObject();
    draft.shippingAddress = Address{text(address, "street"), text(address, "city"), text(address, "state"),
            text(address, "zip"), text(address, "country")};
    const auto method = PaymentMethods::fromKey(text(object, "paymentMethod"));
    if (!method) {
        return fail(Error::invalid(
                u"paymentMethod"_s, text(object, "paymentMethod"), tr("The file names no known payment method.")));
    }
    draft.paymentMethod = *method;
    draft.paymentLink = object.value(u"paymentLink"_s).toBool(false);
    for (const QJsonValue &value : object.value(u"discounts"_s).toArray()) {
        const QJsonObject discount = value.toObject();
        draft.discounts.append(DiscountRequest{text(discount, "type"), text(discount, "value"), text(discount, "sku"),
                text(discount, "code"), text(discount, "reason")});
    }
    const QJsonObject shipping = object.value(u"shipping"_s).toObject();
    draft.shipping = ShippingRequest{text(shipping, "method"), text(shipping, "amount")};
    for (const QJsonValue &value : object.value(u"seenPrices"_s).toArray()) {
        const QJsonObject price = value.toObject();
        auto currency = Currency::fromCode(text(price, "currency"));
        if (!currency)
            return fail(Error::invalid(u"seenPrices"_s, text(price, "currency"), currency.error().message));
        offline.seenPrices.append(
                SeenPrice{text(price, "sku"), Money(price.value(u"unitPriceMinor"_s).toInteger(), *currency)});
    }
    const QJsonObject replaces = object.value(u"replaces"_s).toObject();
    offline.replacesDraftId = text(replaces, "draftId");
    offline.replacesVersion = replaces.value(u"version"_s).toInteger(0);
    if (!offline.replacesDraftId.isEmpty() && !looksLikeUuid(offline.replacesDraftId)) {
        return fail(Error::invalid(
                u"replaces.draftId"_s, offline.replacesDraftId, tr("The file names no server draft UUID.")));
    }
    return offline;
}

Result<OfflineDraft> OfflineDraftStore::save(OfflineDraft offline)
{
    if (offline.draft.id.isEmpty())
        offline.draft.id = makeUuidV7(QDateTime::currentDateTimeUtc());
    if (!looksLikeUuid(offline.draft.id))
        return fail(Error::invalid(u"id"_s, offline.draft.id, tr("An offline draft is named by a UUID.")));
    offline.draft.paymentToken.clear();
    if (!offline.savedAt.isValid())
        offline.savedAt = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_folder))
        return fail(Error::unavailable(tr("Cannot create the folder %1 for orders typed offline.").arg(m_folder)));
    QSaveFile file(pathOf(offline.draft.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(offline)) < 0 || !file.commit()) {
        return fail(Error::unavailable(
                tr("The order typed offline could not be kept in %1: %2").arg(file.fileName(), file.errorString())));
    }
    return offline;
}

Result<OfflineDraft> OfflineDraftStore::load(const QString &id) const
{
    if (!looksLikeUuid(id))
        return fail(Error::invalid(u"id"_s, id, tr("An offline draft is named by a UUID.")));
    QFile file(pathOf(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return fail(Error::notFound(u"id"_s, id, tr("No order typed offline is kept as %1.").arg(id)));
        return fail(Error::unavailable(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
    }
    auto offline = fromJson(file.readAll());
    if (!offline) {
        return fail(Error::invalid(u"file"_s, file.fileName(),
                tr("%1 is not an order typed offline: %2").arg(file.fileName(), offline.error().message)));
    }
    if (offline->draft.id != id)
        return fail(Error::invalid(u"file"_s, file.fileName(), tr("%1 names another draft.").arg(file.fileName())));
    return offline;
}

Result<QList<OfflineDraft>> OfflineDraftStore::list(QStringList *unreadable) const
{
    QList<OfflineDraft> drafts;
    const QDir folder(m_folder);
    if (!folder.exists())
        return drafts;
    for (const QFileInfo &entry : folder.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto offline = load(entry.completeBaseName());
        if (!offline) {
            qCWarning(lcReplica).noquote() << "Skipped an order typed offline:" << offline.error().message;
            if (unreadable)
                *unreadable << offline.error().message;
            continue;
        }
        drafts << *offline;
    }
    std::stable_sort(drafts.begin(), drafts.end(),
            [](const OfflineDraft &a, const OfflineDraft &b) { return a.savedAt < b.savedAt; });
    return drafts;
}

bool OfflineDraftStore::isEmpty() const
{
    return QDir(m_folder).entryList({u"*.json"_s}, QDir::Files).isEmpty();
}

Status OfflineDraftStore::discard(const QString &id)
{
    if (!looksLikeUuid(id))
        return fail(Error::invalid(u"id"_s, id, tr("An offline draft is named by a UUID.")));
    QFile file(pathOf(id));
    if (file.exists() && !file.remove())
        return fail(Error::unavailable(tr("Cannot remove %1: %2").arg(file.fileName(), file.errorString())));
    return {};
}

} // namespace shipshape
