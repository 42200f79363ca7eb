#include "orders/OrderImport.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "customers/PhoneNumbers.h"
#include "events/DomainEventBus.h"
#include "inventory/InventoryRepository.h"
#include "orders/OrderImportRecords.h"
#include "orders/OrderService.h"
#include "orders/OrderSettings.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QSet>
#include <QTimeZone>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

const QStringList kOrderLevelFields{u"customer_email"_s, u"customer_name"_s, u"customer_phone"_s, u"placed_at"_s,
        u"currency"_s, u"payment_method"_s, u"street"_s, u"city"_s, u"state"_s, u"zip"_s, u"country"_s};

// One external order of the file, checked: what placement is asked for, and where its rows are.
struct PlannedOrder {
    qint64 firstRow = 0;
    QString externalId;
    QHash<QString, QString> orderValues; // the first row's order-level values, to compare the others with
    PlaceOrderRequest request;
    QList<qint64> rows; // of each line, in `request.items` order
    std::optional<Currency> currency;
    bool alreadyImported = false;
    bool valid = true;
};

bool reportProgress(const OrderImport::Progress &progress, OrderImportPhase phase, qint64 done, qint64 total)
{
    // Every 1,000 rows or orders: often enough for a progress bar, rarely enough to cost nothing.
    if (!progress || (done % 1000 != 0 && done != total))
        return true;
    return progress(phase, done, total);
}

std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed().replace(u' ', u'T'), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // A time without an offset is read as UTC, not as this computer's time zone.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

} // namespace

OrderImport::OrderImport(Database &database, const Clock &clock, DomainEventBus *events)
    : m_database(database), m_clock(clock), m_events(events)
{}

QString OrderImport::referenceOf(const QString &source, const QString &externalId)
{
    return tr("imported from %1, external id %2").arg(source, externalId);
}

Result<OrderImportSummary> OrderImport::run(
        const QByteArray &data, OrderImportFormat format, const OrderImportOptions &options, const Progress &progress)
{
    OrderImportSummary summary;
    const QString source = options.source.trimmed();
    if (source.isEmpty() || source.size() > kMaxSourceLength) {
        return fail(Error::invalid(u"source"_s, source,
                tr("The source names the other system in 1 to %1 characters (got \"%2\").")
                        .arg(kMaxSourceLength)
                        .arg(source)));
    }
    OrderImportRows file = OrderImportFile::read(data, format, options.mapping);
    summary.issues = file.issues;
    summary.rows = file.rows.size();
    if (file.rows.isEmpty())
        return summary;
    const auto issue = [&](const OrderImportRow &row, const QString &field, const QString &value,
                               const QString &message) {
        summary.issues.append(ImportIssue{row.row,
                field.isEmpty() ? QString() : OrderImportFile::columnName(file, row, field), value.left(80), message});
    };

    OrderImportRecords records(m_database);
    auto imported = records.importedFrom(source);
    if (!imported)
        return fail(imported.error());
    InventoryRepository inventory(m_database);
    QHash<QString, std::optional<Product>> products;
    QHash<QString, qint64> demand; // units of each SKU the file's new orders take
    QList<PlannedOrder> orders;
    QHash<QString, qsizetype> orderOf;
    const qint64 total = file.rows.size();
    qint64 done = 0;

    for (const OrderImportRow &row : std::as_const(file.rows)) {
        if (!reportProgress(progress, OrderImportPhase::Checking, ++done, total))
            return fail(Error::conflict(tr("The import was cancelled; nothing was written.")));
        const auto value = [&row](const QString &field) { return row.values.value(field).trimmed(); };
        const QString externalId = value(u"external_id"_s);
        if (externalId.isEmpty() || externalId.size() > kMaxExternalIdLength) {
            issue(row, u"external_id"_s, externalId,
                    tr("Every row needs the other system's order id, at most %1 characters.")
                            .arg(kMaxExternalIdLength));
            continue;
        }
        auto found = orderOf.constFind(externalId);
        if (found == orderOf.cend()) {
            PlannedOrder order;
            order.firstRow = row.row;
            order.externalId = externalId;
            order.alreadyImported = imported->contains(externalId);
            for (const QString &field : kOrderLevelFields)
                order.orderValues.insert(field, value(field));
            PlaceOrderRequest &request = order.request;
            const auto check = [&](const Result<QString> &checked, const QString &field) {
                if (!checked) {
                    issue(row, field, value(field), checked.error().message);
                    order.valid = false;
                    return QString();
                }
                return *checked;
            };
            request.customer.email
                    = check(TextField::email(u"customer_email"_s, value(u"customer_email"_s)), u"customer_email"_s);
            request.customer.name = check(
                    TextField::singleLine(u"customer_name"_s, value(u"customer_name"_s), 200), u"customer_name"_s);
            if (!value(u"customer_phone"_s).isEmpty()) {
                request.customer.phone = check(PhoneNumbers::normalise(u"customer_phone"_s, value(u"customer_phone"_s),
                                                       PhoneNumbers::configuredRegion()),
                        u"customer_phone"_s);
            }
            ImportedOrderOrigin origin{source, externalId, std::nullopt};
            if (!value(u"placed_at"_s).isEmpty()) {
                origin.placedAt = parseTime(value(u"placed_at"_s));
                if (!origin.placedAt) {
                    issue(row, u"placed_at"_s, value(u"placed_at"_s),
                            tr("\"%1\" is not a date and time (2026-12-06T14:30:00Z).").arg(value(u"placed_at"_s)));
                    order.valid = false;
                }
            }
            request.importedFrom = origin;
            if (!value(u"currency"_s).isEmpty()) {
                auto currency = Currency::fromCode(value(u"currency"_s).toUpper());
                if (!currency) {
                    issue(row, u"currency"_s, value(u"currency"_s), currency.error().message);
                    order.valid = false;
                } else {
                    order.currency = *currency;
                }
            }
            // Imported orders were paid in the other system: a manual method, marked paid here. A card payment
            // is the gateway's to confirm, and the gateway never saw these.
            request.paymentMethod = PaymentMethodType::BankTransfer;
            if (!value(u"payment_method"_s).isEmpty()) {
                const auto method = PaymentMethods::fromKey(value(u"payment_method"_s).toLower());
                if (!method || !PaymentMethods::isManual(*method)) {
                    issue(row, u"payment_method"_s, value(u"payment_method"_s),
                            tr("An imported order's payment method is invoice, bank_transfer or cash (it was paid "
                               "outside Shipshape)."));
                    order.valid = false;
                } else {
                    request.paymentMethod = *method;
                }
            }
            Address address{value(u"street"_s), value(u"city"_s), value(u"state"_s), value(u"zip"_s),
                    value(u"country"_s).isEmpty() ? u"US"_s : value(u"country"_s).toUpper()};
            Address normalized;
            const QList<Error> problems = Address::problems(address, &normalized);
            for (const Error &problem : problems) {
                const QString field = problem.field.section(u'.', -1);
                issue(row, field, problem.value, problem.message);
                order.valid = false;
            }
            request.shippingAddress = problems.isEmpty() ? normalized : address;
            found = orderOf.insert(externalId, orders.size());
            orders.append(std::move(order));
        } else {
            // Rows after an order's first may leave its order fields empty (as Shopify's export does), but not
            // contradict them.
            PlannedOrder &order = orders[*found];
            for (const QString &field : kOrderLevelFields) {
                const QString given = value(field);
                if (!given.isEmpty() && given != order.orderValues.value(field)) {
                    issue(row, field, given,
                            tr("Order %1 has \"%2\" here but \"%3\" on row %4.")
                                    .arg(externalId, given, order.orderValues.value(field))
                                    .arg(order.firstRow));
                    order.valid = false;
                }
            }
        }
        PlannedOrder &order = orders[*found];

        // The line: a known SKU, a whole quantity in range, the price paid in the product's currency.
        const QString sku = value(u"sku"_s);
        auto product = products.constFind(sku);
        if (product == products.cend()) {
            auto read = inventory.find(sku);
            if (!read)
                return fail(read.error());
            product = products.insert(sku, *read);
        }
        if (sku.isEmpty() || !product->has_value()) {
            issue(row, u"sku"_s, sku,
                    sku.isEmpty() ? tr("Every row needs a SKU.") : tr("Unknown SKU \"%1\".").arg(sku));
            order.valid = false;
            continue;
        }
        const Product &catalogued = **product;
        bool whole = false;
        const qint64 quantity = value(u"quantity"_s).toLongLong(&whole);
        if (!whole || quantity < 1 || quantity > OrderServiceSettings::kMaxQuantity) {
            issue(row, u"quantity"_s, value(u"quantity"_s),
                    tr("The quantity is a whole number from 1 to %1.").arg(OrderServiceSettings::kMaxQuantity));
            order.valid = false;
            continue;
        }
        const Currency &currency = catalogued.price.currency();
        if (order.currency && !(*order.currency == currency)) {
            issue(row, u"currency"_s, order.currency->code(),
                    tr("%1 is sold in %2; the order is in %3.").arg(sku, currency.code(), order.currency->code()));
            order.valid = false;
            continue;
        }
        order.currency = currency;
        auto price = Money::parse(value(u"unit_price"_s), currency, u"unit_price"_s);
        if (!price || price->isNegative()) {
            issue(row, u"unit_price"_s, value(u"unit_price"_s),
                    price ? tr("A price cannot be negative.") : price.error().message);
            order.valid = false;
            continue;
        }
        const bool repeated = std::any_of(order.request.items.cbegin(), order.request.items.cend(),
                [&sku](const OrderItemRequest &item) { return item.sku == sku; });
        if (repeated) {
            issue(row, u"sku"_s, sku,
                    tr("%1 is on order %2 twice; put the whole quantity on one row.").arg(sku, externalId));
            order.valid = false;
            continue;
        }
        order.request.items.append(OrderItemRequest{sku, quantity, std::nullopt, price->toDecimalString()});
        order.rows.append(row.row);
        if (!order.alreadyImported) {
            qint64 &wanted = demand[sku];
            wanted += quantity;
            if (wanted > catalogued.available()) {
                issue(row, u"quantity"_s, value(u"quantity"_s),
                        tr("Only %1 of %2 are available; the file's orders up to this row need %3.")
                                .arg(catalogued.available())
                                .arg(sku)
                                .arg(wanted));
                order.valid = false;
            }
        }
    }
    summary.orders = orders.size();
    for (const PlannedOrder &order : std::as_const(orders)) {
        if (order.alreadyImported) {
            summary.alreadyImported.append(ImportIssue{order.firstRow,
                    file.format == OrderImportFormat::Csv ? file.columnOf.value(u"external_id"_s) : u"external_id"_s,
                    order.externalId,
                    tr("Already imported as order %1; not placed again.").arg(imported->value(order.externalId))});
        } else {
            summary.placed += 1;
        }
    }
    if (!summary.issues.isEmpty()) {
        summary.placed = 0;
        return summary;
    }
    if (options.dryRun)
        return summary;

    // Every order through the one placement and the one way to mark an order paid, in units of work of
    // kOrdersPerUnit orders: one transaction for a whole file would hold SQLite's write lock from every other desk
    // for as long as the import runs, and PostgreSQL slows down with thousands of savepoints in one transaction.
    // The file was checked as a whole; a unit refused now (the shop changed since the check) keeps the units
    // before it, and running the file again places the rest, since each external order is placed once.
    // The import's service sends no customer email (these customers ordered elsewhere) and publishes no event
    // per order; one event says orders were imported once they are committed.
    OrderService service(m_database, m_clock, nullptr);
    done = 0;
    const qint64 toPlace = summary.placed;
    summary.placed = 0;
    std::optional<UnitOfWork> unit;
    const auto commit = [&]() -> Status {
        if (!unit)
            return {};
        auto committed = unit->commit();
        unit.reset();
        if (!committed)
            return fail(committed.error());
        summary.placed = summary.orderNumbers.size();
        return {};
    };
    for (const PlannedOrder &order : std::as_const(orders)) {
        if (order.alreadyImported)
            continue;
        if (!reportProgress(progress, OrderImportPhase::Placing, ++done, toPlace)) {
            summary.orderNumbers.resize(summary.placed);
            summary.issues.append(ImportIssue{order.firstRow, {}, order.externalId,
                    tr("The import was cancelled here; %n order(s) before it were placed.", nullptr,
                            int(summary.placed))});
            return summary;
        }
        if (!unit) {
            auto begun = UnitOfWork::begin(m_database);
            if (!begun)
                return fail(begun.error());
            unit.emplace(std::move(*begun));
        }
        const auto refused = [&](const Error &error) {
            unit.reset(); // rolls this unit back
            summary.orderNumbers.resize(summary.placed);
            summary.issues.append(ImportIssue{order.firstRow, error.field, error.value.left(80),
                    tr("Order %1: %2").arg(order.externalId, error.message)});
        };
        auto placed = service.place(order.request);
        if (!placed) {
            refused(placed.error());
            return summary;
        }
        auto paid = service.markPaid(QString::number(placed->number), referenceOf(source, order.externalId));
        if (!paid) {
            refused(paid.error());
            return summary;
        }
        summary.orderNumbers.append(placed->number);
        if (summary.orderNumbers.size() % kOrdersPerUnit == 0) {
            if (auto committed = commit(); !committed)
                return fail(committed.error());
        }
    }
    if (auto committed = commit(); !committed)
        return fail(committed.error());
    if (m_events && summary.placed > 0) {
        m_events->publish({DomainEvent{u"OrdersImported"_s, 0, QString(), m_clock.now(), m_database.actor(),
                QJsonObject{{u"source"_s, source}, {u"placed"_s, summary.placed}}}});
    }
    qCInfo(lcOrders) << "Imported" << summary.placed << "orders from" << source << "(" << summary.rows << "rows,"
                     << summary.alreadyImported.size() << "imported before)";
    return summary;
}

} // namespace shipshape
