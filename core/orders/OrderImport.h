#pragma once

#include "common/Clock.h"
#include "common/ImportIssue.h"
#include "common/Result.h"
#include "orders/OrderImportFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace shipshape {

class Database;
class DomainEventBus;

struct OrderImportOptions {
    // Names the other system; (source, external id) is what makes the import idempotent.
    QString source = QStringLiteral("import");
    QHash<QString, QString> mapping; // CSV: field -> the file's column, over the guessed ones
    bool dryRun = false;
};

// What an order import did, or would do (dry run).
struct OrderImportSummary {
    qint64 rows = 0; // order lines read
    qint64 orders = 0; // external orders in the file
    qint64 placed = 0; // placed now (a dry run: would be)
    // Empty unless refused: by the check (nothing was written) or while placing (the orders in orderNumbers were).
    QList<ImportIssue> issues;
    QList<ImportIssue> alreadyImported; // one per order imported before (not placed again)
    QList<qint64> orderNumbers; // the orders placed, in the file's order
};

enum class OrderImportPhase {
    Checking, // `done` rows of `total`
    Placing // `done` orders of `total`
};

// `orders import FILE` and File → Import orders…: orders taken by another system (a marketplace export, a
// previous shop) placed in Shipshape (docs/orders-import.md). The whole file is checked first, every row against
// the catalogue and the rules, with a report per row (line, field, value, reason); a file with any problem writes
// nothing. Then each order is placed through OrderPlacement, the placement every order takes (customer, lines at
// the file's prices, stock reservation, timeline, dashboard log), and marked paid by its method through
// PaymentLedger, with the import's reference, kOrdersPerUnit orders per unit of work. An order already imported
// from the same source with the same external id is reported and not placed again, so a file whose import
// stopped half-way (refused by a change since the check, or cancelled) is completed by running it again.
class OrderImport {
    Q_DECLARE_TR_FUNCTIONS(OrderImport)

public:
    // Called now and then from the calling thread; returning false cancels (while checking nothing is written;
    // while placing, the orders placed so far stay).
    using Progress = std::function<bool(OrderImportPhase phase, qint64 done, qint64 total)>;

    OrderImport(Database &database, const Clock &clock, DomainEventBus *events = nullptr);

    Result<OrderImportSummary> run(const QByteArray &data, OrderImportFormat format, const OrderImportOptions &options,
            const Progress &progress = {});

    // The timeline's and the payment's reference of an imported order.
    static QString referenceOf(const QString &source, const QString &externalId);
    static constexpr qsizetype kMaxSourceLength = 40;
    static constexpr qsizetype kMaxExternalIdLength = 100;
    static constexpr qsizetype kOrdersPerUnit = 200;

private:
    Database &m_database;
    const Clock &m_clock;
    DomainEventBus *m_events;
};

} // namespace shipshape
