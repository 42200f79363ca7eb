#pragma once

#include "Printers.h"
#include "TestDatabase.h"

#include "orders/OrderRequests.h"
#include "session/Session.h"

#include <QStringList>
#include <QVariantList>

#include <optional>

namespace shipshape::test {

// One requested line: SKU, quantity and optionally the price the agent saw.
struct Line {
    QString sku;
    qint64 quantity = 1;
    std::optional<QString> price = std::nullopt;
};

Address sampleAddress();
QList<OrderItemRequest> items(const QList<Line> &lines);
// A valid invoice order for a customer given by name and email.
PlaceOrderRequest placeRequest(const QList<Line> &lines, const QString &email = QStringLiteral("ada@example.com"),
        const QString &name = QStringLiteral("Ada Lovelace"));
ModifyOrderRequest modifyItems(const QList<Line> &lines, const QString &note = {});

// Adds a product or fails the current test.
Product addProduct(Session &session, const QString &sku, const QString &price, qint64 onHand,
        const QString &currency = QStringLiteral("USD"));
// The product as stored now (fails the test when missing).
Product product(Session &session, const QString &sku);

// Runs a query that returns one integer (COUNT, SUM, ...).
qint64 scalar(Database &database, const QString &sql, const QVariantList &values = {});
qint64 orderCount(Session &session);

// Every row of every Shipshape table, as text in a fixed order: two equal dumps mean nothing was written.
QString dumpDatabase(Database &database);
// The rows a query returns, one line per row, for comparisons.
QStringList rows(Database &database, const QString &sql, const QVariantList &values = {});

// Checks, by direct SQL, what every committed state must satisfy:
//  - per product: on_hand >= 0, 0 <= reserved <= on_hand;
//  - reserved == quantity on lines of pending/confirmed orders;
//  - on_hand + quantity on lines of shipped/delivered orders == sum of initial/replenish/correction deltas;
//  - the ledger's sums of deltas equal the product row, and its last row per SKU equals the product row;
//  - per order: total_minor == sum of line totals, line_count == number of lines >= 1;
//  - pending orders (and only they) carry a reservation expiry;
//  - an approved cycle count posted each difference as a correction; a product is in one open count at a time.
// Returns one message per violation (empty: all good).
QStringList conservationViolations(Database &database);

} // namespace shipshape::test
