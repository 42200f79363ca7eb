#include "orders/OrderExchanges.h"

#include "common/Logging.h"
#include "orders/OrderPlacement.h"
#include "orders/OrderQueries.h"
#include "orders/OrderRequestJson.h"
#include "orders/OrderReturns.h"
#include "orders/ReturnStore.h"
#include "payment/PaymentMethod.h"
#include "storage/Database.h"
#include "storage/TransactionRunner.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Order> OrderExchanges::originalOf(qint64 returnId)
{
    auto number = ReturnStore(m_context.database).orderOf(returnId);
    if (!number)
        return fail(number.error());
    return OrderQueries(m_context.database).find(QString::number(*number));
}

Result<PlaceOrderRequest> OrderExchanges::replacementDefaults(qint64 returnId)
{
    auto original = originalOf(returnId);
    if (!original)
        return fail(original.error());
    PlaceOrderRequest defaults;
    defaults.customer.id = original->customer.id;
    defaults.shippingAddress = original->shippingAddress;
    defaults.paymentMethod = original->paymentMethod;
    // A card replacement cannot be charged at placement (only its remainder is due, known once the credit
    // is applied): the remainder goes through a payment link.
    defaults.paymentLink = original->paymentMethod == PaymentMethodType::Card;
    return defaults;
}

Result<PlaceOrderRequest> OrderExchanges::replacementRequest(qint64 returnId, const QByteArray &json)
{
    auto defaults = replacementDefaults(returnId);
    if (!defaults)
        return fail(defaults.error());
    auto request = OrderRequestJson::parseReplacement(json, *defaults);
    if (!request)
        return fail(request.error());
    return checkedRequest(*request);
}

Result<PlaceOrderRequest> OrderExchanges::checkedRequest(const PlaceOrderRequest &replacement)
{
    PlaceOrderRequest request = replacement;
    if (request.paymentMethod == PaymentMethodType::Card) {
        if (!request.paymentToken.isEmpty()) {
            return fail(Error::invalid(u"paymentMethod.token"_s, request.paymentToken,
                    tr("A replacement is not charged when it is placed: what is left to pay after the returned "
                       "goods' credit goes through a payment link. Give no token.")));
        }
        request.paymentLink = true;
    }
    if (!request.idempotencyKey.isEmpty()) {
        return fail(Error::invalid(u"idempotencyKey"_s, request.idempotencyKey,
                tr("An exchange happens once per return; it takes no idempotency key.")));
    }
    return request;
}

ExchangeMoney OrderExchanges::moneyOf(const Order &original, const Money &value, const Money &replacementTotal)
{
    const Currency currency = value.currency();
    const qint64 credit = qMin(value.minorUnits(), replacementTotal.minorUnits());
    Order after = original;
    after.returnCredit = Money(original.returnCredit.minorUnits() + value.minorUnits() - credit, currency);
    return ExchangeMoney{value, replacementTotal, Money(credit, currency),
            Money(replacementTotal.minorUnits() - credit, currency),
            Money(after.refundOwed().minorUnits() - original.refundOwed().minorUnits(), currency)};
}

Result<std::pair<OrderReturn, Money>> OrderExchanges::exchangeable(const Order &order, qint64 returnId)
{
    auto all = ReturnStore(m_context.database).forOrder(order.number);
    if (!all)
        return fail(all.error());
    const auto current = ReturnStore::pick(*all, returnId);
    if (!current)
        return fail(current.error());
    const QString id = QString::number(returnId);
    if (current->isExchanged()) {
        return fail(Error::conflict(
                tr("Return %1 was already exchanged for order %2.").arg(returnId).arg(*current->replacementOrder),
                u"return"_s, id));
    }
    if (current->state == ReturnState::Rejected) {
        return fail(Error::conflict(
                tr("Return %1 was rejected: there is nothing to exchange.").arg(returnId), u"return"_s, id));
    }
    if (current->state == ReturnState::Closed) {
        return fail(Error::conflict(
                tr("Return %1 was refunded: its value went back to the customer and cannot pay for a replacement.")
                        .arg(returnId),
                u"return"_s, id));
    }
    auto value = OrderReturns::exchangeValue(order, *current, *all);
    if (!value)
        return fail(value.error());
    return std::pair{*current, *value};
}

Result<ExchangeMoney> OrderExchanges::preview(qint64 returnId, const PlaceOrderRequest &replacement)
{
    auto request = checkedRequest(replacement);
    if (!request)
        return fail(request.error());
    auto original = originalOf(returnId);
    if (!original)
        return fail(original.error());
    auto returned = exchangeable(*original, returnId);
    if (!returned)
        return fail(returned.error());
    auto address = Address::validated(request->shippingAddress);
    if (!address)
        return fail(address.error());
    auto priced = m_placement.price(*request, *address);
    if (!priced)
        return fail(priced.error());
    if (!(priced->total.currency() == original->total.currency())) {
        return fail(Error::invalid(u"items"_s, priced->total.currency().code(),
                tr("Order %1 is in %2; its replacement must be too.")
                        .arg(original->number)
                        .arg(original->total.currency().code())));
    }
    return moneyOf(*original, returned->second, priced->total);
}

Result<ExchangeOutcome> OrderExchanges::exchange(qint64 returnId, const PlaceOrderRequest &replacement)
{
    auto request = checkedRequest(replacement);
    if (!request)
        return fail(request.error());
    return TransactionRunner::run(m_context.database, [&] { return exchangeOnce(returnId, *request); });
}

Result<ExchangeOutcome> OrderExchanges::exchangeOnce(qint64 returnId, const PlaceOrderRequest &request)
{
    auto transaction = UnitOfWork::begin(m_context.database);
    if (!transaction)
        return fail(transaction.error());
    ReturnStore store(m_context.database);
    auto originalNumber = store.orderOf(returnId);
    if (!originalNumber)
        return fail(originalNumber.error());

    ExchangeMoney money;
    qint64 replacementNumber = 0;
    const QDateTime now = m_context.clock.now();
    // The original order is locked first (every change of a return locks its order), so two exchanges of
    // one return are one after the other and the second finds it exchanged.
    auto original = m_changes.apply(QString::number(*originalNumber), [&](Order &order, OrderChange &change) -> Status {
        auto returned = exchangeable(order, returnId);
        if (!returned)
            return fail(returned.error());
        auto placed = m_placement.place(request);
        if (!placed)
            return fail(placed.error());
        if (!(placed->total.currency() == order.total.currency())) {
            return fail(Error::invalid(u"items"_s, placed->total.currency().code(),
                    tr("Order %1 is in %2; its replacement must be too.")
                            .arg(order.number)
                            .arg(order.total.currency().code())));
        }
        replacementNumber = placed->number;
        money = moneyOf(order, returned->second, placed->total);
        OrderReturn exchanged = returned->first;
        exchanged.replacementOrder = placed->number;
        exchanged.exchangeValue = money.value;
        exchanged.exchangeCredit = money.credit;
        exchanged.exchangedAt = now;
        exchanged.exchangedBy = m_context.database.actor();
        if (auto marked = store.markExchanged(returnId, exchanged); !marked)
            return marked;
        // What the units were worth beyond the replacement lowers what is owed here, like a refund.
        const Currency currency = order.total.currency();
        order.returnCredit = Money(
                order.returnCredit.minorUnits() + money.value.minorUnits() - money.credit.minorUnits(), currency);
        QJsonArray linesJson;
        for (const ReturnLine &line : std::as_const(exchanged.lines))
            linesJson.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        const QJsonObject details{{u"returnId"_s, returnId}, {u"replacementOrder"_s, placed->number},
                {u"value"_s, money.value.toDecimalString()}, {u"credit"_s, money.credit.toDecimalString()},
                {u"replacementTotal"_s, money.replacementTotal.toDecimalString()},
                {u"due"_s, money.due.toDecimalString()}, {u"refundOwed"_s, money.refundOwed.toDecimalString()},
                {u"currency"_s, currency.code()}, {u"lines"_s, linesJson}};
        change.timeline.append(m_changes.entry(u"ReturnExchanged"_s, order.status, order.status,
                tr("Exchanged on return %1 for order %2").arg(returnId).arg(placed->number), details));
        change.events.append(m_changes.event(u"ReturnExchanged"_s, order, details));
        return {};
    });
    if (!original)
        return fail(original.error());

    // The replacement learns it is one (its credit is loaded with it from the link just written); paid in
    // full by the credit, it is confirmed at once.
    auto replaced = m_changes.applyWithin(replacementNumber, [&](Order &order, OrderChange &change) -> Status {
        const QJsonObject details{{u"returnId"_s, returnId}, {u"originalOrder"_s, *originalNumber},
                {u"credit"_s, money.credit.toDecimalString()}, {u"due"_s, money.due.toDecimalString()},
                {u"currency"_s, money.credit.currency().code()}};
        change.timeline.append(m_changes.entry(u"ReplacementPlaced"_s, order.status, order.status,
                tr("Replacement for return %1 of order %2").arg(returnId).arg(*originalNumber), details));
        if (order.balanceDue().minorUnits() > 0)
            return {};
        const OrderStatus from = order.status;
        if (auto moved = OrderChanges::transition(order, OrderStatus::Confirmed, tr("confirm")); !moved)
            return moved;
        const QJsonObject paid{{u"amount"_s, Money::zero(order.total.currency()).toDecimalString()},
                {u"currency"_s, order.total.currency().code()}, {u"method"_s, u"exchange"_s},
                {u"returnId"_s, returnId}};
        change.timeline.append(m_changes.entry(u"PaymentProcessed"_s, from, OrderStatus::Confirmed,
                tr("Paid by the credit of return %1").arg(returnId), paid));
        change.events.prepend(m_changes.event(u"PaymentProcessed"_s, order, paid));
        return {};
    });
    if (!replaced)
        return fail(replaced.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcOrders) << "Exchanged return" << returnId << "of order" << *originalNumber << "for order"
                     << replacementNumber;

    OrderQueries queries(m_context.database);
    auto originalNow = queries.find(QString::number(*originalNumber));
    if (!originalNow)
        return fail(originalNow.error());
    auto replacementNow = queries.find(QString::number(replacementNumber));
    if (!replacementNow)
        return fail(replacementNow.error());
    auto orderReturn = store.find(returnId);
    if (!orderReturn)
        return fail(orderReturn.error());
    if (!orderReturn->has_value())
        return fail(Error::notFound(u"return"_s, QString::number(returnId), tr("No return %1.").arg(returnId)));
    return ExchangeOutcome{*originalNow, *replacementNow, **orderReturn, money};
}

} // namespace shipshape
