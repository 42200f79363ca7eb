#include "orders/OrderPricing.h"

#include "common/TextField.h"
#include "inventory/InventoryRepository.h"
#include "orders/Order.h"
#include "orders/OrderSettings.h"
#include "pricing/TaxRateRepository.h"
#include "storage/Database.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QString itemField(qsizetype index, const char16_t *name)
{
    return u"items[%1].%2"_s.arg(index).arg(QStringView(name));
}

QString discountField(qsizetype index, const char16_t *name)
{
    return u"discounts[%1].%2"_s.arg(index).arg(QStringView(name));
}

} // namespace

Status OrderPricing::rate(LineItem &line, const QString &taxClass, const Address &destination)
{
    const QString key = destination.country + u'\n' + destination.state;
    if (key != m_ratesFor) {
        m_rates.clear();
        m_ratesFor = key;
    }
    auto cached = m_rates.constFind(taxClass);
    if (cached == m_rates.cend()) {
        auto found = TaxRateRepository(m_database).rateFor(destination.country, destination.state, taxClass);
        if (!found)
            return fail(found.error());
        const auto entry
                = found->has_value() ? std::pair((*found)->rate, (*found)->name) : std::pair(Rate(), QString());
        cached = m_rates.insert(taxClass, entry);
    }
    line.taxRate = cached->first;
    line.taxName = cached->second;
    return {};
}

Result<QList<LineItem>> OrderPricing::priceLines(
        const QList<OrderItemRequest> &items, const Address &destination, const QList<LineItem> &existing)
{
    if (items.isEmpty())
        return fail(Error::invalid(u"items"_s, {}, tr("An order needs at least one line item.")));
    m_ratesFor.clear(); // rates are read afresh for every order
    InventoryRepository inventory(m_database);
    QSet<QString> seen;
    QList<LineItem> lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const OrderItemRequest &item = items.at(i);
        const QString sku = item.sku.trimmed();
        if (sku.isEmpty())
            return fail(
                    Error::invalid(itemField(i, u"productId"), item.sku, tr("Line %1 has no product SKU.").arg(i + 1)));
        if (seen.contains(sku)) {
            return fail(Error::invalid(itemField(i, u"productId"), sku,
                    tr("%1 appears more than once; put the whole quantity on one line.").arg(sku)));
        }
        seen.insert(sku);
        if (item.quantity <= 0 || item.quantity > OrderServiceSettings::kMaxQuantity) {
            return fail(Error::invalid(itemField(i, u"quantity"), QString::number(item.quantity),
                    tr("Quantity of %1 must be between 1 and %2 (got %3).")
                            .arg(sku)
                            .arg(OrderServiceSettings::kMaxQuantity)
                            .arg(item.quantity)));
        }
        auto product = inventory.find(sku);
        if (!product)
            return fail(product.error());
        if (!product->has_value())
            return fail(Error::notFound(itemField(i, u"productId"), sku, tr("Unknown product SKU \"%1\".").arg(sku)));

        // A line already on the order keeps the price and tax rate it was sold at; a new line takes today's.
        LineItem line{sku, (*product)->name, item.quantity, (*product)->price, {}, {}, {}, {}, {}};
        const auto kept
                = std::find_if(existing.cbegin(), existing.cend(), [&](const LineItem &l) { return l.sku == sku; });
        if (kept != existing.cend()) {
            line.unitPrice = kept->unitPrice;
            line.taxRate = kept->taxRate;
            line.taxName = kept->taxName;
        } else if (auto rated = rate(line, (*product)->taxClass, destination); !rated) {
            return fail(rated.error());
        }
        if (!item.soldAtPrice.isEmpty()) {
            // An imported order keeps what the customer paid elsewhere; its currency must be the product's.
            auto sold = Money::parse(item.soldAtPrice, line.unitPrice.currency(), itemField(i, u"price"));
            if (!sold)
                return fail(sold.error());
            if (sold->isNegative())
                return fail(Error::invalid(itemField(i, u"price"), item.soldAtPrice,
                        tr("The price of %1 cannot be negative (got %2).").arg(sku, item.soldAtPrice)));
            line.unitPrice = *sold;
        }
        if (item.expectedPrice) {
            auto expected = Money::parse(*item.expectedPrice, line.unitPrice.currency(), itemField(i, u"price"));
            if (!expected)
                return fail(expected.error());
            if (!(*expected == line.unitPrice)) {
                return fail(Error::conflict(
                        tr("The price of %1 is %2, not %3: reload the catalogue and try again.")
                                .arg(sku, line.unitPrice.toDecimalString(), expected->toDecimalString()),
                        itemField(i, u"price"), *item.expectedPrice));
            }
        }
        if (!lines.isEmpty() && !(lines.constFirst().unitPrice.currency() == line.unitPrice.currency())) {
            return fail(Error::invalid(itemField(i, u"productId"), sku,
                    tr("%1 is priced in %2, but this order is in %3.")
                            .arg(sku, line.unitPrice.currency().code(),
                                    lines.constFirst().unitPrice.currency().code())));
        }
        lines.append(line);
    }
    return lines;
}

Status OrderPricing::rerateLines(QList<LineItem> &lines, const Address &destination)
{
    m_ratesFor.clear();
    InventoryRepository inventory(m_database);
    for (LineItem &line : lines) {
        auto product = inventory.find(line.sku);
        if (!product)
            return fail(product.error());
        const QString taxClass = product->has_value() ? (*product)->taxClass : u"standard"_s;
        if (auto rated = rate(line, taxClass, destination); !rated)
            return rated;
    }
    return {};
}

Result<QList<Discount>> OrderPricing::discountsFrom(const QList<DiscountRequest> &requests, const Currency &currency)
{
    QList<Discount> discounts;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const DiscountRequest &request = requests.at(i);
        Discount discount;
        const auto kind = Discount::kindFromKey(request.type.trimmed());
        if (!kind)
            return fail(Error::invalid(discountField(i, u"type"), request.type,
                    tr("A discount's type is \"percent\" or \"amount\" (got \"%1\").").arg(request.type)));
        discount.kind = *kind;
        if (discount.kind == DiscountKind::Percent) {
            auto percent = Rate::parsePercent(request.value, discountField(i, u"value"));
            if (!percent)
                return fail(percent.error());
            discount.percent = *percent;
        } else {
            auto value = Money::parse(request.value, currency, discountField(i, u"value"));
            if (!value)
                return fail(value.error());
            if (value->isNegative())
                return fail(Error::invalid(discountField(i, u"value"), request.value,
                        tr("A discount cannot be negative (got %1).").arg(request.value)));
            discount.value = *value;
        }
        discount.sku = request.sku.trimmed();
        auto code = TextField::singleLine(discountField(i, u"code"), request.code, 60, false);
        if (!code)
            return fail(code.error());
        auto reason = TextField::singleLine(discountField(i, u"reason"), request.reason, 500, false);
        if (!reason)
            return fail(reason.error());
        if (code->isEmpty() && reason->isEmpty())
            return fail(Error::invalid(
                    discountField(i, u"reason"), {}, tr("Discount %1 needs a code or a reason.").arg(i + 1)));
        discount.code = *code;
        discount.reason = *reason;
        discounts.append(discount);
    }
    return discounts;
}

Status OrderPricing::applyShipping(Order &order, const ShippingRequest &request)
{
    auto method = TextField::singleLine(u"shipping.method"_s, request.method, 100);
    if (!method)
        return fail(method.error());
    const Currency currency
            = order.lines.isEmpty() ? order.total.currency() : order.lines.constFirst().unitPrice.currency();
    auto amount = Money::parse(request.amount, currency, u"shipping.amount"_s);
    if (!amount)
        return fail(amount.error());
    if (amount->isNegative())
        return fail(Error::invalid(
                u"shipping.amount"_s, request.amount, tr("Shipping cannot be negative (got %1).").arg(request.amount)));
    order.shippingMethod = *method;
    order.shipping = *amount;
    return {};
}

Result<bool> OrderPricing::pricesIncludeTax()
{
    return TaxRateRepository(m_database).pricesIncludeTax();
}

} // namespace shipshape
