#pragma once

#include "common/Result.h"
#include "orders/OrderReturn.h"
#include "orders/ReturnFilter.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shipshape {

class Database;

// SQL for returns and their lines (migration 21). Callers own the transaction and hold the order's lock;
// every state change is a conditional UPDATE from the state it leaves, so a second one finds nothing to do.
class ReturnStore {
    Q_DECLARE_TR_FUNCTIONS(ReturnStore)

public:
    explicit ReturnStore(Database &database) : m_database(database) {}

    // Inserts a requested return with its lines; returns its id.
    Result<qint64> insert(const OrderReturn &orderReturn);
    // The order a return belongs to; NotFound naming `return` otherwise.
    Result<qint64> orderOf(qint64 returnId);
    Result<std::optional<OrderReturn>> find(qint64 returnId);
    // The order's returns with their lines, oldest first.
    Result<QList<OrderReturn>> forOrder(qint64 orderNumber);
    // Return `returnId` among an order's returns (from forOrder); NotFound naming `return` otherwise.
    static Result<OrderReturn> pick(const QList<OrderReturn> &returns, qint64 returnId);
    // Returns in any state or one, newest first.
    Result<QList<OrderReturn>> list(std::optional<ReturnState> state, int limit);
    // What returns mean for an order's money, in one statement: what its refunded returns gave back of its
    // total, plus what its exchanged returns were worth beyond what paid for their replacements (all of it
    // once a replacement is cancelled); and, when the order replaces a return, that return and its credit.
    struct Credits {
        qint64 returnCredit = 0;
        qint64 refunds = 0; // the refunds alone (orders.return_credit_minor)
        std::optional<qint64> replacesReturn;
        qint64 exchangeCredit = 0;
    };
    Result<Credits> creditsOf(qint64 orderNumber);
    // The returns the filter lets through, newest first (bound values only; the opening time is a range of
    // the returns_opened_at index of migration 25).
    Result<QList<OrderReturn>> list(const ReturnFilter &filter, int limit);

    // The id of the order's latest refund row (the one just recorded by hand).
    Result<std::optional<qint64>> latestRefund(qint64 orderNumber);

    // Adds units received to a line that still holds `before` (restocked, written off): a second receipt of the
    // same units finds the line changed and does nothing.
    Status receiveLine(
            qint64 returnId, const QString &sku, const ReturnLine &before, qint64 restocked, qint64 writtenOff);
    Status markReceived(qint64 returnId, const QDateTime &at, const QString &by);
    Status markRejected(qint64 returnId, const QDateTime &at, const QString &by, const QString &reason);
    Status setLineRefund(qint64 returnId, const QString &sku, const Money &refund);
    Status markRefunded(qint64 returnId, const OrderReturn &refunded);
    // Links a requested or received return, not exchanged yet, to its replacement (once).
    Status markExchanged(qint64 returnId, const OrderReturn &exchanged);

private:
    Result<QList<OrderReturn>> read(const QString &where, const QVariantList &values, const QString &tail);
    Status expectOne(qint64 affected, qint64 returnId, const QString &what);

    Database &m_database;
};

} // namespace shipshape
