#include "orders/OrderRequestJson.h"

#include "common/JsonNumberText.h"
#include "orders/OrderService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(Error::invalid(u"json"_s, QString::number(error.offset),
                OrderRequestJson::tr("The request is not valid JSON: %1 at offset %2.")
                        .arg(error.errorString())
                        .arg(error.offset)));
    }
    if (!document.isObject())
        return fail(Error::invalid(u"json"_s, {}, OrderRequestJson::tr("The request must be a JSON object.")));
    return document.object();
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

Result<QString> requiredString(const QJsonObject &object, const QString &key, const QString &field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fail(Error::invalid(field, {}, OrderRequestJson::tr("%1 is required.").arg(field)));
    if (!value.isString())
        return fail(Error::invalid(field, describe(value), OrderRequestJson::tr("%1 must be a string.").arg(field)));
    return value.toString();
}

Result<Address> parseAddress(const QJsonValue &value)
{
    if (!value.isObject()) {
        return fail(Error::invalid(u"shippingAddress"_s, describe(value),
                OrderRequestJson::tr("shippingAddress must be an object with street, city, state and zip.")));
    }
    const QJsonObject object = value.toObject();
    Address address;
    auto street = requiredString(object, u"street"_s, u"shippingAddress.street"_s);
    if (!street)
        return fail(street.error());
    auto city = requiredString(object, u"city"_s, u"shippingAddress.city"_s);
    if (!city)
        return fail(city.error());
    auto state = requiredString(object, u"state"_s, u"shippingAddress.state"_s);
    if (!state)
        return fail(state.error());
    auto zip = requiredString(object, u"zip"_s, u"shippingAddress.zip"_s);
    if (!zip)
        return fail(zip.error());
    address.street = *street;
    address.city = *city;
    address.state = *state;
    address.zip = *zip;
    if (object.contains(u"country"_s)) {
        auto country = requiredString(object, u"country"_s, u"shippingAddress.country"_s);
        if (!country)
            return fail(country.error());
        address.country = *country;
    }
    return Address::validated(address);
}

// `numbers`: the document's number tokens as written (JsonNumberText), for prices.
// `key`: the list's field name ("items", "add"), which error fields start with.
Result<QList<OrderItemRequest>> parseItems(
        const QJsonValue &value, const QHash<QString, QString> &numbers, const QString &key = u"items"_s)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return fail(Error::invalid(key, describe(value),
                OrderRequestJson::tr("%1 must be a non-empty list of {productId, quantity}.").arg(key)));
    }
    QList<OrderItemRequest> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"%1[%2]"_s.arg(key).arg(i);
        if (!array.at(i).isObject())
            return fail(Error::invalid(
                    prefix, describe(array.at(i)), OrderRequestJson::tr("%1 must be an object.").arg(prefix)));
        const QJsonObject object = array.at(i).toObject();
        OrderItemRequest item;
        const QString skuKey = object.contains(u"productId"_s) ? u"productId"_s : u"sku"_s;
        auto sku = requiredString(object, skuKey, prefix + u".productId"_s);
        if (!sku)
            return fail(sku.error());
        item.sku = *sku;

        const QJsonValue quantity = object.value(u"quantity"_s);
        const QString quantityField = prefix + u".quantity"_s;
        if (!quantity.isDouble()) {
            return fail(Error::invalid(quantityField, describe(quantity),
                    OrderRequestJson::tr("%1 must be a whole number.").arg(quantityField)));
        }
        const double number = quantity.toDouble();
        if (std::floor(number) != number || number < 1 || number > double(OrderServiceSettings::kMaxQuantity)) {
            return fail(Error::invalid(quantityField, describe(quantity),
                    OrderRequestJson::tr("%1 must be a whole number from 1 to %2 (got %3).")
                            .arg(quantityField)
                            .arg(OrderServiceSettings::kMaxQuantity)
                            .arg(describe(quantity))));
        }
        item.quantity = static_cast<qint64>(number);

        const QJsonValue price = object.value(u"price"_s);
        if (price.isString()) {
            item.expectedPrice = price.toString();
        } else if (price.isDouble()) {
            // The number as the sender wrote it, never the double QJsonDocument made of it: 29.990000000000001
            // must be refused as a price, not rounded to 29.99.
            item.expectedPrice = numbers.value(prefix + u".price"_s, price.toVariant().toString());
        } else if (!price.isUndefined() && !price.isNull()) {
            return fail(Error::invalid(prefix + u".price"_s, describe(price),
                    OrderRequestJson::tr("%1.price must be a decimal such as \"29.99\".").arg(prefix)));
        }
        items.append(item);
    }
    return items;
}

// A decimal given as a JSON string ("10", "4.95"), or as a JSON number taken as the sender wrote it
// (`numbers`, by the field's JSON path: JsonNumberText), never through double.
Result<QString> decimalText(
        const QJsonObject &object, const QString &key, const QString &field, const QHash<QString, QString> &numbers)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numbers.value(field, value.toVariant().toString());
    return fail(Error::invalid(
            field, describe(value), OrderRequestJson::tr("%1 must be a decimal such as \"4.95\".").arg(field)));
}

Result<QString> optionalString(const QJsonObject &object, const QString &key, const QString &field)
{
    if (!object.contains(key) || object.value(key).isNull())
        return QString();
    return requiredString(object, key, field);
}

Result<QList<DiscountRequest>> parseDiscounts(const QJsonValue &value, const QHash<QString, QString> &numbers)
{
    if (!value.isArray()) {
        return fail(Error::invalid(u"discounts"_s, describe(value),
                OrderRequestJson::tr("discounts must be a list of {type, value, sku?, code? or reason?}.")));
    }
    QList<DiscountRequest> discounts;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"discounts[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return fail(Error::invalid(
                    prefix, describe(array.at(i)), OrderRequestJson::tr("%1 must be an object.").arg(prefix)));
        const QJsonObject object = array.at(i).toObject();
        DiscountRequest discount;
        auto type = requiredString(object, u"type"_s, prefix + u".type"_s);
        if (!type)
            return fail(type.error());
        auto amount = decimalText(object, u"value"_s, prefix + u".value"_s, numbers);
        if (!amount)
            return fail(amount.error());
        auto sku = optionalString(object, u"sku"_s, prefix + u".sku"_s);
        if (!sku)
            return fail(sku.error());
        auto code = optionalString(object, u"code"_s, prefix + u".code"_s);
        if (!code)
            return fail(code.error());
        auto reason = optionalString(object, u"reason"_s, prefix + u".reason"_s);
        if (!reason)
            return fail(reason.error());
        discounts.append(DiscountRequest{*type, *amount, *sku, *code, *reason});
    }
    return discounts;
}

Result<ShippingRequest> parseShipping(const QJsonValue &value, const QHash<QString, QString> &numbers)
{
    if (!value.isObject()) {
        return fail(Error::invalid(
                u"shipping"_s, describe(value), OrderRequestJson::tr("shipping must be an object {method, amount}.")));
    }
    const QJsonObject object = value.toObject();
    auto method = requiredString(object, u"method"_s, u"shipping.method"_s);
    if (!method)
        return fail(method.error());
    auto amount = decimalText(object, u"amount"_s, u"shipping.amount"_s, numbers);
    if (!amount)
        return fail(amount.error());
    return ShippingRequest{*method, *amount};
}

} // namespace

Result<PlaceOrderRequest> OrderRequestJson::parsePlace(const QByteArray &json)
{
    return parsePlace(json, nullptr);
}

Result<PlaceOrderRequest> OrderRequestJson::parseReplacement(const QByteArray &json, const PlaceOrderRequest &defaults)
{
    return parsePlace(json, &defaults);
}

Result<PlaceOrderRequest> OrderRequestJson::parsePlace(const QByteArray &json, const PlaceOrderRequest *defaults)
{
    auto root = parseObject(json);
    if (!root)
        return fail(root.error());
    const auto numbers = JsonNumberText::byPath(json);
    if (!numbers)
        return fail(numbers.error());
    PlaceOrderRequest request;

    if (root->contains(u"customerId"_s)) {
        auto id = requiredString(*root, u"customerId"_s, u"customerId"_s);
        if (!id)
            return fail(id.error());
        request.customer.id = *id;
    } else if (root->value(u"customer"_s).isObject()) {
        const QJsonObject customer = root->value(u"customer"_s).toObject();
        auto name = requiredString(customer, u"name"_s, u"customer.name"_s);
        if (!name)
            return fail(name.error());
        auto email = requiredString(customer, u"email"_s, u"customer.email"_s);
        if (!email)
            return fail(email.error());
        request.customer.name = *name;
        request.customer.email = *email;
        if (customer.contains(u"phone"_s) && !customer.value(u"phone"_s).isNull()) {
            if (!customer.value(u"phone"_s).isString())
                return fail(Error::invalid(u"customer.phone"_s, describe(customer.value(u"phone"_s)),
                        tr("The phone number must be a string such as \"+49 30 1234567\".")));
            request.customer.phone = customer.value(u"phone"_s).toString();
        }
    } else if (defaults && !root->contains(u"customer"_s)) {
        request.customer = defaults->customer;
    } else {
        return fail(Error::invalid(
                u"customer"_s, describe(root->value(u"customer"_s)), tr("Give customerId or customer {name, email}.")));
    }

    auto items = parseItems(root->value(u"items"_s), *numbers);
    if (!items)
        return fail(items.error());
    request.items = *items;
    if (root->contains(u"discounts"_s)) {
        auto discounts = parseDiscounts(root->value(u"discounts"_s), *numbers);
        if (!discounts)
            return fail(discounts.error());
        request.discounts = *discounts;
    }
    if (root->contains(u"shipping"_s)) {
        auto shipping = parseShipping(root->value(u"shipping"_s), *numbers);
        if (!shipping)
            return fail(shipping.error());
        request.shipping = *shipping;
    }

    if (defaults && !root->contains(u"shippingAddress"_s)) {
        request.shippingAddress = defaults->shippingAddress;
    } else {
        auto address = parseAddress(root->value(u"shippingAddress"_s));
        if (!address)
            return fail(address.error());
        request.shippingAddress = *address;
    }

    if (defaults && !root->contains(u"paymentMethod"_s)) {
        request.paymentMethod = defaults->paymentMethod;
        request.paymentLink = defaults->paymentLink;
        return request;
    }
    const QJsonValue payment = root->value(u"paymentMethod"_s);
    if (!payment.isObject())
        return fail(Error::invalid(
                u"paymentMethod"_s, describe(payment), tr("paymentMethod must be an object with a type.")));
    auto type = requiredString(payment.toObject(), u"type"_s, u"paymentMethod.type"_s);
    if (!type)
        return fail(type.error());
    const auto method = PaymentMethods::fromKey(*type);
    if (!method) {
        return fail(Error::invalid(u"paymentMethod.type"_s, *type,
                tr("Unknown payment method \"%1\": use invoice, bank_transfer, cash or card.").arg(*type)));
    }
    request.paymentMethod = *method;
    request.paymentToken = payment.toObject().value(u"token"_s).toString();
    const QJsonValue link = payment.toObject().value(u"paymentLink"_s);
    if (!link.isUndefined()) {
        if (!link.isBool()) {
            return fail(Error::invalid(
                    u"paymentMethod.paymentLink"_s, describe(link), tr("paymentLink must be true or false.")));
        }
        request.paymentLink = link.toBool();
        if (request.paymentLink && *method != PaymentMethodType::Card) {
            return fail(Error::invalid(u"paymentMethod.paymentLink"_s, *type,
                    tr("A payment link is for card payments: use \"type\": \"card\".")));
        }
        if (request.paymentLink && !request.paymentToken.isEmpty()) {
            return fail(Error::invalid(u"paymentMethod.token"_s, request.paymentToken,
                    tr("A payment link needs no token: the customer enters their card on Stripe's page.")));
        }
    }
    return request;
}

Result<ModifyOrderRequest> OrderRequestJson::parseModify(const QByteArray &json)
{
    auto root = parseObject(json);
    if (!root)
        return fail(root.error());
    const auto numbers = JsonNumberText::byPath(json);
    if (!numbers)
        return fail(numbers.error());
    ModifyOrderRequest request;
    if (root->contains(u"items"_s)) {
        auto items = parseItems(root->value(u"items"_s), *numbers);
        if (!items)
            return fail(items.error());
        request.items = *items;
    }
    if (root->contains(u"add"_s)) {
        auto added = parseItems(root->value(u"add"_s), *numbers, u"add"_s);
        if (!added)
            return fail(added.error());
        request.add = *added;
    }
    if (root->contains(u"remove"_s)) {
        const QJsonValue remove = root->value(u"remove"_s);
        const QJsonArray skus = remove.toArray();
        if (!remove.isArray() || skus.isEmpty()) {
            return fail(Error::invalid(
                    u"remove"_s, describe(remove), tr("remove must be a non-empty list of SKUs, e.g. [\"SKU-1\"].")));
        }
        for (qsizetype i = 0; i < skus.size(); ++i) {
            if (!skus.at(i).isString() || skus.at(i).toString().trimmed().isEmpty()) {
                return fail(Error::invalid(
                        u"remove[%1]"_s.arg(i), describe(skus.at(i)), tr("remove[%1] must be a SKU.").arg(i)));
            }
            request.remove.append(skus.at(i).toString().trimmed());
        }
    }
    if (root->contains(u"quantities"_s)) {
        const QJsonValue quantities = root->value(u"quantities"_s);
        if (!quantities.isObject() || quantities.toObject().isEmpty()) {
            return fail(Error::invalid(u"quantities"_s, describe(quantities),
                    tr("quantities must be an object of SKU to quantity, e.g. {\"SKU-1\": 2}.")));
        }
        const QJsonObject bySku = quantities.toObject();
        for (auto it = bySku.constBegin(); it != bySku.constEnd(); ++it) {
            const QString field = u"quantities."_s + it.key();
            const double number = it.value().toDouble(-1);
            if (!it.value().isDouble() || std::floor(number) != number || number < 0
                    || number > double(OrderServiceSettings::kMaxQuantity)) {
                return fail(Error::invalid(field, describe(it.value()),
                        tr("%1 must be a whole number from 0 (removes the line) to %2 (got %3).")
                                .arg(field)
                                .arg(OrderServiceSettings::kMaxQuantity)
                                .arg(describe(it.value()))));
            }
            request.quantities.insert(it.key(), static_cast<qint64>(number));
        }
    }
    if (root->contains(u"shippingAddress"_s)) {
        auto address = parseAddress(root->value(u"shippingAddress"_s));
        if (!address)
            return fail(address.error());
        request.shippingAddress = *address;
    }
    if (root->contains(u"discounts"_s)) {
        auto discounts = parseDiscounts(root->value(u"discounts"_s), *numbers);
        if (!discounts)
            return fail(discounts.error());
        request.discounts = *discounts;
    }
    if (root->contains(u"shipping"_s)) {
        auto shipping = parseShipping(root->value(u"shipping"_s), *numbers);
        if (!shipping)
            return fail(shipping.error());
        request.shipping = *shipping;
    }
    if (root->contains(u"prices"_s)) {
        const QJsonValue prices = root->value(u"prices"_s);
        if (!prices.isObject()) {
            return fail(Error::invalid(u"prices"_s, describe(prices),
                    tr("prices must be an object of SKU to unit price, e.g. {\"SKU-1\": \"12.00\"}.")));
        }
        const QJsonObject bySku = prices.toObject();
        for (auto it = bySku.constBegin(); it != bySku.constEnd(); ++it) {
            auto price = decimalText(bySku, it.key(), u"prices."_s + it.key(), *numbers);
            if (!price)
                return fail(price.error());
            request.prices.insert(it.key(), *price);
        }
    }
    // "reason" is the issue tracker's word for the note; either names why.
    for (const QString &key : {u"note"_s, u"reason"_s}) {
        if (root->contains(key)) {
            auto note = requiredString(*root, key, key);
            if (!note)
                return fail(note.error());
            request.note = *note;
        }
    }
    return request;
}

} // namespace shipshape
