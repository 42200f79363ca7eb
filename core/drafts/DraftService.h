#pragma once

#include "common/Async.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "customers/Customer.h"
#include "drafts/DraftOrder.h"
#include "drafts/DraftQuote.h"
#include "orders/Order.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace shipshape {

class Database;
class OrderService;
class PaymentWorkflow;

// Draft orders: the cart an agent fills while taking an order, saved as it is edited so that it
// survives restarts, and placed through the same path as every other order (OrderService for manual
// payment methods, PaymentWorkflow for cards). Placing is idempotent per draft and attempt, and the
// draft is deleted only after its order exists.
class DraftService {
    Q_DECLARE_TR_FUNCTIONS(DraftService)

public:
    static constexpr int kMaxListed = 200;

    // `payments` is asked for the workflow on each placement (the session creates it lazily and
    // replaces it when the gateway changes).
    DraftService(
            Database &database, const Clock &clock, OrderService &orders, std::function<PaymentWorkflow &()> payments);

    // Stores a new draft with what `initial` holds so far (its id, version and audit fields are assigned).
    Result<DraftOrder> create(const DraftOrder &initial = {});
    // Replaces the whole draft (fields and lines) in one transaction. A draft without an id is created.
    // Conflict when another client saved this draft since `draft.version`; NotFound when it was placed
    // or discarded meanwhile. Returns the draft as stored, with its new version.
    Result<DraftOrder> save(const DraftOrder &draft);
    // Newest first (by last change), with who created and last changed each.
    Result<QList<DraftSummary>> list(int limit = kMaxListed);
    Result<DraftOrder> load(const QString &draftId);
    Status discard(const QString &draftId);
    // Places the draft's order; on success deletes the draft and returns the order. On failure the
    // draft stays as it is and core's error comes back (out of stock names the SKU; a declined card
    // carries the provider's message). Asynchronous like PaymentWorkflow::placeOrder (a card is charged
    // outside any transaction); ready at once for manual payment methods.
    AsyncResult<Order> place(const QString &draftId);

    // Prices the draft as placing it would: its lines from the current catalogue with the stock available
    // for each, its discounts and shipping fee, and the tax at the rates for its shipping address, through
    // the one pricing function (docs/pricing.md). A discount or fee core refuses is `refused`, naming the
    // field; an error result only for a failing database.
    Result<DraftQuote> quote(const DraftOrder &draft);
    // Lines alone, to `destination`.
    Result<DraftQuote> quote(const QList<DraftLine> &lines, const Address &destination = {});
    // Customers whose name or email contains `text`, for the editor's lookup.
    Result<QList<Customer>> findCustomers(const QString &text, int limit = 20);

    // What still keeps a draft from being placed, one error per field (customer.name, customer.email,
    // items, shippingAddress.*, paymentMethod.token), in form order. Empty: ready to place.
    static QList<Error> problems(const DraftOrder &draft);
    static PlaceOrderRequest toRequest(const DraftOrder &draft);

private:
    // Field lengths and line rules that the schema also enforces, checked first so that errors name
    // the field instead of a constraint.
    Status checkStorable(const DraftOrder &draft);

    Database &m_database;
    const Clock &m_clock;
    OrderService &m_orders;
    std::function<PaymentWorkflow &()> m_payments;
};

} // namespace shipshape
