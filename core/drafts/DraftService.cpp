#include "drafts/DraftService.h"

#include "orders/OrderPricing.h"
#include "pricing/Discount.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "common/Uuid.h"
#include "customers/CustomerRepository.h"
#include "drafts/DraftRepository.h"
#include "inventory/InventoryRepository.h"
#include "orders/OrderService.h"
#include "payment/PaymentWorkflow.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/TransactionRunner.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

// The longest amount or percentage a draft keeps as typed (the schema's bound).
constexpr int kMaxTypedAmount = 30;

QString lineField(qsizetype index, const char16_t *name)
{
    return u"items[%1].%2"_s.arg(index).arg(QStringView(name));
}

QString discountField(qsizetype index, const char16_t *name)
{
    return u"discounts[%1].%2"_s.arg(index).arg(QStringView(name));
}

// Text a draft may hold: possibly empty, but bounded and on one line.
Result<QString> draftText(const QString &field, const QString &value, int maxLength)
{
    return TextField::singleLine(field, value, maxLength, false);
}

} // namespace

DraftService::DraftService(
        Database &database, const Clock &clock, OrderService &orders, std::function<PaymentWorkflow &()> payments)
    : m_database(database), m_clock(clock), m_orders(orders), m_payments(std::move(payments))
{}

Status DraftService::checkStorable(const DraftOrder &draft)
{
    if (!draft.customer.id.isEmpty() && !looksLikeUuid(draft.customer.id)) {
        return fail(Error::invalid(
                u"customerId"_s, draft.customer.id, tr("\"%1\" is not a customer ID.").arg(draft.customer.id)));
    }
    const Address &address = draft.shippingAddress;
    const std::initializer_list<std::tuple<const char16_t *, const QString &, int>> texts{
            {u"customer.name", draft.customer.name, 200}, {u"customer.email", draft.customer.email, 254},
            {u"shippingAddress.street", address.street, 200}, {u"shippingAddress.city", address.city, 100},
            {u"shippingAddress.state", address.state, 100}, {u"shippingAddress.zip", address.zip, 20},
            {u"shippingAddress.country", address.country, 2}, {u"paymentMethod.token", draft.paymentToken, 210}};
    for (const auto &[field, value, maxLength] : texts) {
        if (auto checked = draftText(QString::fromUtf16(field), value, maxLength); !checked)
            return fail(checked.error());
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const DraftLine &line = draft.lines.at(i);
        const QString sku = line.sku.trimmed();
        if (sku.isEmpty())
            return fail(
                    Error::invalid(lineField(i, u"productId"), line.sku, tr("Line %1 has no product SKU.").arg(i + 1)));
        if (seen.contains(sku)) {
            return fail(Error::invalid(lineField(i, u"productId"), sku,
                    tr("%1 appears more than once; put the whole quantity on one line.").arg(sku)));
        }
        seen.insert(sku);
        if (line.quantity <= 0 || line.quantity > OrderServiceSettings::kMaxQuantity) {
            return fail(Error::invalid(lineField(i, u"quantity"), QString::number(line.quantity),
                    tr("Quantity of %1 must be between 1 and %2 (got %3).")
                            .arg(sku)
                            .arg(OrderServiceSettings::kMaxQuantity)
                            .arg(line.quantity)));
        }
    }
    // Discounts and shipping are kept as typed; only what the schema bounds is checked here. Whether they
    // make sense (a number, at most the line, a code or a reason) is the quote's and placement's to say.
    for (qsizetype i = 0; i < draft.discounts.size(); ++i) {
        const DiscountRequest &discount = draft.discounts.at(i);
        if (!Discount::kindFromKey(discount.type.trimmed())) {
            return fail(Error::invalid(discountField(i, u"type"), discount.type,
                    tr("A discount's type is \"percent\" or \"amount\" (got \"%1\").").arg(discount.type)));
        }
        const std::initializer_list<std::tuple<const char16_t *, const QString &, int>> typed{
                {u"value", discount.value, kMaxTypedAmount}, {u"sku", discount.sku, 100}, {u"code", discount.code, 60},
                {u"reason", discount.reason, 500}};
        for (const auto &[name, value, maxLength] : typed) {
            if (auto checked = draftText(discountField(i, name), value, maxLength); !checked)
                return fail(checked.error());
        }
    }
    if (auto method = draftText(u"shipping.method"_s, draft.shipping.method, 100); !method)
        return fail(method.error());
    if (auto amount = draftText(u"shipping.amount"_s, draft.shipping.amount, kMaxTypedAmount); !amount)
        return fail(amount.error());
    return {};
}

Result<DraftOrder> DraftService::create(const DraftOrder &initial)
{
    DraftOrder draft = initial;
    draft.id.clear();
    draft.version = 0;
    return save(draft);
}

Result<DraftOrder> DraftService::save(const DraftOrder &input)
{
    if (auto storable = checkStorable(input); !storable)
        return fail(storable.error());
    DraftOrder draft = input;
    draft.customer = {input.customer.id.trimmed(), input.customer.name.trimmed(), input.customer.email.trimmed()};
    const Address &address = input.shippingAddress;
    draft.shippingAddress = Address{address.street.trimmed(), address.city.trimmed(), address.state.trimmed(),
            address.zip.trimmed(), address.country.trimmed().toUpper()};
    draft.paymentToken = input.paymentToken.trimmed();
    // A link is a way to pay by card (the schema holds the two together).
    if (draft.paymentLink)
        draft.paymentMethod = PaymentMethodType::Card;
    for (DraftLine &line : draft.lines)
        line.sku = line.sku.trimmed();
    for (DiscountRequest &discount : draft.discounts) {
        discount = DiscountRequest{discount.type.trimmed(), discount.value.trimmed(), discount.sku.trimmed(),
                discount.code.trimmed(), discount.reason.trimmed()};
    }
    draft.shipping = ShippingRequest{input.shipping.method.trimmed(), input.shipping.amount.trimmed()};

    auto saved = TransactionRunner::run(m_database, [&]() -> Result<QString> {
        auto transaction = Transaction::begin(m_database);
        if (!transaction)
            return fail(transaction.error());
        InventoryRepository inventory(m_database);
        for (qsizetype i = 0; i < draft.lines.size(); ++i) {
            auto product = inventory.find(draft.lines.at(i).sku);
            if (!product)
                return fail(product.error());
            if (!product->has_value()) {
                return fail(Error::notFound(lineField(i, u"productId"), draft.lines.at(i).sku,
                        tr("Unknown product SKU \"%1\".").arg(draft.lines.at(i).sku)));
            }
        }
        for (qsizetype i = 0; i < draft.discounts.size(); ++i) {
            const QString &sku = draft.discounts.at(i).sku;
            if (sku.isEmpty())
                continue;
            auto product = inventory.find(sku);
            if (!product)
                return fail(product.error());
            if (!product->has_value()) {
                return fail(Error::notFound(discountField(i, u"sku"), sku, tr("Unknown product SKU \"%1\".").arg(sku)));
            }
        }
        DraftRepository drafts(m_database);
        DraftOrder row = draft;
        row.updatedBy = m_database.actor();
        row.updatedAt = m_clock.now();
        if (row.id.isEmpty()) {
            row.id = makeUuidV7(row.updatedAt);
            row.createdBy = row.updatedBy;
            row.createdAt = row.updatedAt;
            row.placementAttempt = 1;
            row.version = 1;
            if (auto inserted = drafts.insert(row); !inserted)
                return fail(inserted.error());
        } else {
            auto updated = drafts.update(row, draft.version);
            if (!updated)
                return fail(updated.error());
            if (!*updated) {
                auto current = drafts.load(row.id);
                if (!current)
                    return fail(current.error());
                if (!current->has_value()) {
                    return fail(Error::notFound(u"draft"_s, row.id,
                            tr("This draft no longer exists: it was placed or discarded, perhaps on another "
                               "desktop.")));
                }
                return fail(Error::conflict(
                        tr("%1 changed this draft at %2; reopen it to see their changes.")
                                .arg((*current)->updatedBy,
                                        QLocale().toString((*current)->updatedAt.toLocalTime(), QLocale::ShortFormat)),
                        u"draft"_s, row.id));
            }
        }
        if (auto lines = drafts.replaceLines(row.id, row.lines); !lines)
            return fail(lines.error());
        if (auto discounts = drafts.replaceDiscounts(row.id, row.discounts); !discounts)
            return fail(discounts.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        return row.id;
    });
    if (!saved)
        return fail(saved.error());
    return load(*saved);
}

Result<QList<DraftSummary>> DraftService::list(int limit)
{
    if (limit < 1 || limit > kMaxListed) {
        return fail(Error::invalid(u"limit"_s, QString::number(limit),
                tr("The number of drafts to list must be between 1 and %1.").arg(kMaxListed)));
    }
    return DraftRepository(m_database).list(limit);
}

Result<DraftOrder> DraftService::load(const QString &draftId)
{
    auto draft = DraftRepository(m_database).load(draftId.trimmed());
    if (!draft)
        return fail(draft.error());
    if (!draft->has_value())
        return fail(Error::notFound(u"draft"_s, draftId, tr("No draft \"%1\".").arg(draftId)));
    return **draft;
}

Status DraftService::discard(const QString &draftId)
{
    return TransactionRunner::run(m_database, [&]() -> Status {
        auto transaction = Transaction::begin(m_database);
        if (!transaction)
            return fail(transaction.error());
        auto removed = DraftRepository(m_database).remove(draftId.trimmed());
        if (!removed)
            return fail(removed.error());
        if (!*removed)
            return fail(Error::notFound(u"draft"_s, draftId, tr("No draft \"%1\".").arg(draftId)));
        return transaction->commit();
    });
}

PlaceOrderRequest DraftService::toRequest(const DraftOrder &draft)
{
    PlaceOrderRequest request;
    request.customer = draft.customer;
    for (const DraftLine &line : draft.lines)
        request.items.append(OrderItemRequest{line.sku, line.quantity, std::nullopt});
    request.shippingAddress = draft.shippingAddress;
    request.paymentMethod = draft.paymentMethod;
    request.paymentLink = draft.paymentLink && draft.paymentMethod == PaymentMethodType::Card;
    request.discounts = draft.discounts;
    if (draft.hasShipping())
        request.shipping = draft.shipping;
    if (draft.paymentMethod == PaymentMethodType::Card && !request.paymentLink)
        request.paymentToken = draft.paymentToken;
    return request;
}

QList<Error> DraftService::problems(const DraftOrder &draft)
{
    QList<Error> found;
    if (draft.customer.id.isEmpty()) {
        if (auto name = TextField::singleLine(u"customer.name"_s, draft.customer.name, 200); !name)
            found.append(name.error());
        if (auto email = TextField::email(u"customer.email"_s, draft.customer.email); !email)
            found.append(email.error());
    }
    if (draft.lines.isEmpty())
        found.append(Error::invalid(u"items"_s, {}, tr("An order needs at least one line item.")));
    found.append(Address::problems(draft.shippingAddress));
    if (draft.paymentMethod == PaymentMethodType::Card && !draft.paymentLink) {
        if (auto token = OrderService::validateCardToken(draft.paymentToken); !token)
            found.append(token.error());
    }
    return found;
}

AsyncResult<Order> DraftService::place(const QString &draftId)
{
    auto draft = load(draftId);
    if (!draft)
        return readyFuture(Result<Order>(fail(draft.error())));
    // An earlier attempt whose order ended cancelled (a declined card) is over: this is a new one.
    // Any other earlier order is replayed by the idempotent placement below instead of placed again.
    auto earlier = m_orders.orderPlacedWithKey(draft->placementKey());
    if (!earlier)
        return readyFuture(Result<Order>(fail(earlier.error())));
    if (earlier->has_value()) {
        auto order = m_orders.find(QString::number(**earlier));
        if (!order)
            return readyFuture(Result<Order>(fail(order.error())));
        if (order->status == OrderStatus::Cancelled) {
            auto advanced = DraftRepository(m_database).advancePlacementAttempt(draft->id, draft->placementAttempt);
            if (!advanced)
                return readyFuture(Result<Order>(fail(advanced.error())));
            draft = load(draftId);
            if (!draft)
                return readyFuture(Result<Order>(fail(draft.error())));
        }
    }

    PlaceOrderRequest request = toRequest(*draft);
    request.idempotencyKey = draft->placementKey();
    return andThen(m_payments().placeOrder(request), [this, id = draft->id](Result<Order> order) {
        if (!order) {
            qCInfo(lcOrders) << "Draft" << id << "not placed:" << order.error().message;
            return order;
        }
        // The order exists; only now does the draft go. Should this fail, the draft stays and placing it
        // again returns this same order (same key) and removes it then.
        auto removed = TransactionRunner::run(m_database, [&]() -> Status {
            auto transaction = Transaction::begin(m_database);
            if (!transaction)
                return fail(transaction.error());
            if (auto gone = DraftRepository(m_database).remove(id); !gone)
                return fail(gone.error());
            return transaction->commit();
        });
        if (!removed)
            qCWarning(lcOrders) << "Order" << order->number << "placed but draft" << id
                                << "not removed:" << removed.error().message;
        return order;
    });
}

Result<DraftQuote> DraftService::quote(const QList<DraftLine> &lines, const Address &destination)
{
    DraftOrder draft;
    draft.lines = lines;
    draft.shippingAddress = destination;
    return quote(draft);
}

Result<DraftQuote> DraftService::quote(const DraftOrder &draft)
{
    // Tax as placement will charge it: the same rates for the destination and the same pricing function.
    Address destination = draft.shippingAddress;
    destination.country = destination.country.trimmed().toUpper();
    destination.state = destination.state.trimmed();
    if (destination.country.isEmpty())
        destination.country = Address().country;
    InventoryRepository inventory(m_database);
    OrderPricing pricing(m_database);
    DraftQuote quote;
    Order order; // the priced parts of the order this draft would place
    for (const DraftLine &line : draft.lines) {
        QuoteLine priced;
        priced.sku = line.sku.trimmed();
        priced.quantity = line.quantity;
        auto product = inventory.find(priced.sku);
        if (!product)
            return fail(product.error());
        quote.itemCount += line.quantity;
        if (!product->has_value()) {
            priced.warning = StockWarning::UnknownProduct;
            priced.warningText = tr("Unknown product SKU \"%1\".").arg(priced.sku);
            quote.lines.append(priced);
            continue;
        }
        const Product &found = **product;
        priced.productName = found.name;
        priced.unitPrice = found.price;
        priced.available = found.available();
        if (line.quantity > found.available()) {
            priced.warning = StockWarning::OutOfStock;
            priced.warningText
                    = found.available() == 0 ? tr("Out of stock") : tr("Only %1 available").arg(found.available());
        } else if (found.available() - line.quantity <= found.lowStockThreshold) {
            priced.warning = StockWarning::LowStock;
            priced.warningText = tr("Low stock: %1 available").arg(found.available());
        }
        if (auto lineTotal = found.price.times(line.quantity); lineTotal)
            priced.lineTotal = *lineTotal;
        if (line.quantity > 0) {
            // The tax class comes with the product just read: one read per product.
            LineItem item{found.sku, found.name, line.quantity, found.price, {}, {}, {}, {}, {}};
            if (auto rated = pricing.rate(item, found.taxClass, destination); !rated)
                return fail(rated.error());
            order.lines.append(item);
        }
        quote.lines.append(priced);
    }
    if (order.lines.isEmpty())
        return quote;

    auto inclusive = pricing.pricesIncludeTax();
    if (!inclusive)
        return fail(inclusive.error());
    order.pricesIncludeTax = *inclusive;
    quote.pricesIncludeTax = *inclusive;
    const Currency currency = order.lines.constFirst().unitPrice.currency();
    // The lines alone first: their subtotal is shown even while a discount is refused.
    Order linesOnly = order;
    if (auto priced = linesOnly.reprice(); !priced) {
        quote.problem = priced.error().message;
        return quote;
    }
    quote.subtotal = linesOnly.totals().subtotal;

    order.shipping = Money::zero(currency);
    auto adjusted = [&]() -> Status {
        auto discounts = OrderPricing::discountsFrom(draft.discounts, currency);
        if (!discounts)
            return fail(discounts.error());
        order.discounts = *discounts;
        if (draft.hasShipping()) {
            if (auto shipping = OrderPricing::applyShipping(order, draft.shipping); !shipping)
                return shipping;
        }
        return order.reprice();
    }();
    if (!adjusted) {
        const QString &field = adjusted.error().field;
        if (field.startsWith(u"discounts["_s) || field.startsWith(u"shipping."_s))
            quote.refused = adjusted.error();
        else
            quote.problem = adjusted.error().message;
        return quote;
    }
    const OrderTotals totals = order.totals();
    quote.discounts = order.discounts;
    quote.discount = totals.discount;
    quote.shippingMethod = order.shippingMethod;
    quote.shipping = totals.shipping;
    quote.taxes = order.taxByRate();
    quote.tax = totals.tax;
    quote.total = totals.total;
    return quote;
}

Result<QList<Customer>> DraftService::findCustomers(const QString &text, int limit)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QList<Customer>();
    return CustomerRepository(m_database).search(trimmed, std::clamp(limit, 1, 100), 0);
}

} // namespace shipshape
