#include "cli/Cli.h"

#include "cli/Arguments.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoDataGenerator.h"
#include "orders/OrderJson.h"
#include "orders/OrderRequestJson.h"
#include "session/Session.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QString pad(const QString &text, int width)
{
    return text.size() >= width ? text.left(width) : text.leftJustified(width);
}

std::optional<qint64> parseCount(const std::optional<QString> &text)
{
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// --limit/--offset as every list command reads them: whole numbers in range, each error naming its own option.
Result<std::pair<int, int>> paging(const Arguments &args, int defaultLimit)
{
    const auto limitText = args.value(u"limit"_s);
    const auto limit = limitText ? parseCount(limitText) : std::optional<qint64>(defaultLimit);
    if (!limit || *limit < 1 || *limit > 100000)
        return fail(Error::invalid(u"limit"_s, limitText.value_or(QString()), Cli::tr("--limit must be a whole number from 1 to 100000.")));
    const auto offsetText = args.value(u"offset"_s);
    const auto offset = offsetText ? parseCount(offsetText) : std::optional<qint64>(0);
    if (!offset || *offset < 0 || *offset > INT_MAX)
        return fail(Error::invalid(u"offset"_s, offsetText.value_or(QString()), Cli::tr("--offset must be a whole number, 0 or more.")));
    return std::pair{int(*limit), int(*offset)};
}

int reservationHoldMinutes()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SHIPSHAPE_RESERVATION_HOLD_MINUTES", &ok);
    if (ok && fromEnvironment >= 0)
        return fromEnvironment;
    return QSettings().value(u"orders/reservationHoldMinutes"_s, 15).toInt();
}

} // namespace

Cli::Cli() : m_out(stdout), m_err(stderr) {}

Cli::~Cli() = default;

QString Cli::helpText()
{
    return tr(R"(Usage: shipshape-cli [--database URL] [--json] COMMAND ...

Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB
(default: $SHIPSHAPE_DATABASE, else the embedded SQLite file)

Commands:
  migrate [--to VERSION]
  demo-data [--orders N] [--products N] [--customers N] [--seed N]
  products list [--search TEXT] [--low-stock] [--limit N] [--offset N]
  products show SKU
  products add --sku SKU --name NAME --price 29.99 [--currency USD] [--stock N] [--threshold N]
  products set-stock SKU QTY --reason TEXT
  products replenish SKU QTY [--reason TEXT]
  products movements SKU [--limit N]
  customers list [--search TEXT] [--limit N] [--offset N]
  orders list [--status S] [--customer ID] [--search TEXT] [--from DATE] [--to DATE] [--limit N] [--offset N]
  orders show ORDER
  orders place FILE|-
  orders modify ORDER FILE|-
  orders cancel ORDER --reason customer|declined|fraud|inventory|staff|other [--note TEXT]
  orders mark-paid ORDER [--reference TEXT]
  orders ship ORDER --tracking NUMBER [--carrier NAME]
  orders deliver ORDER
  worker [--once] [--interval SECONDS]

ORDER is an order number (1042 or #1042) or its UUID.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid input, 4 conflict, 5 payment failed, 6 unavailable.
)");
}

int Cli::run(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == u"--json"_s) {
            m_json = true;
        } else if (word == u"--database"_s) {
            if (i + 1 >= arguments.size())
                return usage(tr("--database needs a URL."));
            m_databaseUrl = arguments.at(++i);
        } else if (word.startsWith(u"--database="_s)) {
            m_databaseUrl = word.mid(11);
        } else if (word == u"--help"_s || word == u"-h"_s) {
            m_out << helpText();
            return ExitOk;
        } else if (word == u"--version"_s) {
            m_out << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        } else {
            rest << word;
        }
    }
    if (rest.isEmpty())
        return usage(tr("No command given."));
    const QString command = rest.takeFirst();
    const int code = dispatch(command, rest);
    m_out.flush();
    m_err.flush();
    return code;
}

int Cli::openSession()
{
    auto url = m_databaseUrl.isEmpty() ? DatabaseUrl::fromEnvironmentOrDefault() : DatabaseUrl::parse(m_databaseUrl);
    if (!url)
        return failWith(url.error());
    SessionOptions options;
    options.reservationHoldMinutes = reservationHoldMinutes();
    auto session = Session::open(*url, options);
    if (!session)
        return failWith(session.error());
    m_session = std::move(*session);
    return ExitOk;
}

int Cli::dispatch(const QString &command, const QStringList &words)
{
    if (command == u"help"_s) {
        m_out << helpText();
        return ExitOk;
    }
    if (command == u"migrate"_s) {
        const Arguments args(words, {u"to"_s}, {});
        if (!args.isValid() || !args.positionals().isEmpty())
            return usage(args.isValid() ? tr("migrate takes no positional arguments.") : args.problem());
        return migrate(args);
    }
    if (command == u"demo-data"_s) {
        const Arguments args(words, {u"orders"_s, u"products"_s, u"customers"_s, u"seed"_s}, {});
        if (!args.isValid() || !args.positionals().isEmpty())
            return usage(args.isValid() ? tr("demo-data takes no positional arguments.") : args.problem());
        if (int code = openSession(); code != ExitOk)
            return code;
        return demoData(args);
    }
    if (command == u"worker"_s) {
        const Arguments args(words, {u"interval"_s}, {u"once"_s});
        if (!args.isValid() || !args.positionals().isEmpty())
            return usage(args.isValid() ? tr("worker takes no positional arguments.") : args.problem());
        if (int code = openSession(); code != ExitOk)
            return code;
        return worker(args);
    }
    if (command == u"products"_s || command == u"orders"_s || command == u"customers"_s) {
        if (words.isEmpty())
            return usage(tr("%1 needs a subcommand.").arg(command));
        if (int code = openSession(); code != ExitOk)
            return code;
        if (command == u"products"_s)
            return products(words);
        if (command == u"customers"_s)
            return customers(words);
        return orders(words);
    }
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int Cli::usage(const QString &problem)
{
    if (m_json) {
        m_err << QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"usage"_s}, {u"message"_s, problem}}}})
                     .toJson(QJsonDocument::Compact);
    } else {
        m_err << problem << "\n\n" << helpText();
    }
    m_err.flush();
    return ExitUsage;
}

int Cli::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Internal:
        return ExitInternal;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        return ExitInvalidInput;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::PaymentFailed:
        return ExitPaymentFailed;
    case ErrorCode::Unavailable:
        return ExitUnavailable;
    }
    return ExitInternal;
}

int Cli::failWith(const Error &error)
{
    if (m_json) {
        m_err << QJsonDocument(OrderJson::error(error)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_err << tr("error: %1").arg(error.message);
        if (!error.field.isEmpty())
            m_err << " [" << error.field << (error.value.isEmpty() ? QString() : u" = "_s + error.value) << ']';
        m_err << '\n';
    }
    m_err.flush();
    return exitCodeFor(error.code);
}

int Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    return ExitOk;
}

Result<QByteArray> Cli::readInput(const QString &source)
{
    QFile file;
    bool opened = false;
    if (source == u"-"_s)
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(Error::invalid(u"file"_s, source, tr("Cannot read %1: %2").arg(source, file.errorString())));
    constexpr qint64 kMaxRequestBytes = 4 * 1024 * 1024;
    const QByteArray data = file.read(kMaxRequestBytes + 1);
    if (data.size() > kMaxRequestBytes)
        return fail(Error::invalid(u"file"_s, source, tr("%1 is larger than 4 MiB.").arg(source)));
    return data;
}

int Cli::migrate(const Arguments &args)
{
    auto url = m_databaseUrl.isEmpty() ? DatabaseUrl::fromEnvironmentOrDefault() : DatabaseUrl::parse(m_databaseUrl);
    if (!url)
        return failWith(url.error());
    auto database = Database::open(*url);
    if (!database)
        return failWith(database.error());
    Migrator migrator(**database);
    int target = latestSchemaVersion();
    if (const auto to = args.value(u"to"_s)) {
        bool ok = false;
        target = to->toInt(&ok);
        if (!ok)
            return failWith(Error::invalid(u"to"_s, *to, tr("--to needs a schema version number.")));
    }
    auto report = migrator.migrateTo(target);
    if (!report)
        return failWith(report.error());
    if (m_json) {
        return printJson(QJsonObject{{u"from"_s, report->fromVersion},
                                     {u"to"_s, report->toVersion},
                                     {u"backup"_s, report->backupPath.isEmpty() ? QJsonValue() : QJsonValue(report->backupPath)}});
    }
    if (report->fromVersion == report->toVersion)
        m_out << tr("Schema is at version %1; nothing to do.").arg(report->toVersion) << '\n';
    else
        m_out << tr("Migrated schema from version %1 to %2.").arg(report->fromVersion).arg(report->toVersion) << '\n';
    if (!report->backupPath.isEmpty())
        m_out << tr("Backup: %1").arg(report->backupPath) << '\n';
    return ExitOk;
}

int Cli::demoData(const Arguments &args)
{
    DemoDataOptions options;
    options.now = m_session->clock().now();
    options.holdMinutes = m_session->orders().settings().reservationHoldMinutes;
    const auto readCount = [&](const QString &name, qint64 minimum, qint64 maximum, qint64 &target) -> std::optional<Error> {
        const auto text = args.value(name);
        if (!text)
            return std::nullopt;
        const auto value = parseCount(text);
        if (!value || *value < minimum || *value > maximum) {
            return Error::invalid(name, *text, tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        }
        target = *value;
        return std::nullopt;
    };
    qint64 products = options.products;
    qint64 customers = options.customers;
    qint64 seed = options.seed;
    for (const auto &[name, minimum, maximum, target] :
         {std::tuple<QString, qint64, qint64, qint64 *>{u"orders"_s, 0, 100'000'000, &options.orders},
          {u"products"_s, 1, 1'000'000, &products},
          {u"customers"_s, 1, 10'000'000, &customers},
          {u"seed"_s, 0, 4'294'967'295LL, &seed}}) {
        if (auto problem = readCount(name, minimum, maximum, *target))
            return failWith(*problem);
    }
    options.products = int(products);
    options.customers = int(customers);
    options.seed = quint32(seed);

    QElapsedTimer timer;
    timer.start();
    auto report = DemoDataGenerator::generate(m_session->database(), options, [&](qint64 done, qint64 total) {
        if (!m_json)
            m_err << tr("\r%1 of %2 orders written").arg(done).arg(total) << Qt::flush;
    });
    if (!m_json && options.orders > 0)
        m_err << '\n';
    if (!report)
        return failWith(report.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (m_json) {
        return printJson(QJsonObject{{u"orders"_s, report->orders},
                                     {u"products"_s, report->products},
                                     {u"customers"_s, report->customers},
                                     {u"lines"_s, report->lines},
                                     {u"timelineEntries"_s, report->timelineEntries},
                                     {u"seconds"_s, seconds}});
    }
    m_out << tr("Created %1 orders (%2 lines), %3 products and %4 customers in %5 s.")
                 .arg(report->orders)
                 .arg(report->lines)
                 .arg(report->products)
                 .arg(report->customers)
                 .arg(seconds, 0, 'f', 1)
          << '\n';
    return ExitOk;
}

int Cli::products(const QStringList &words)
{
    const QString sub = words.first();
    const Arguments args(words.mid(1),
                         {u"search"_s, u"limit"_s, u"offset"_s, u"sku"_s, u"name"_s, u"price"_s, u"currency"_s,
                          u"stock"_s, u"threshold"_s, u"reason"_s},
                         {u"low-stock"_s});
    if (!args.isValid())
        return usage(args.problem());
    InventoryService &inventory = m_session->inventory();
    const QStringList &positional = args.positionals();

    if (sub == u"list"_s) {
        ProductFilter filter{args.value(u"search"_s).value_or(QString()), args.flag(u"low-stock"_s)};
        const auto page = paging(args, 100);
        if (!page)
            return failWith(page.error());
        auto list = inventory.products(filter, page->first, page->second);
        if (!list)
            return failWith(list.error());
        if (m_json) {
            QJsonArray array;
            for (const Product &product : *list)
                array.append(OrderJson::product(product));
            return printJson(array);
        }
        m_out << pad(tr("SKU"), 14) << pad(tr("Name"), 30) << pad(tr("Price"), 14) << pad(tr("On hand"), 9)
              << pad(tr("Reserved"), 9) << tr("Available") << '\n';
        for (const Product &product : *list) {
            m_out << pad(product.sku, 14) << pad(product.name, 30) << pad(product.price.toDisplayString(QLocale::c()), 14)
                  << pad(QString::number(product.onHand), 9) << pad(QString::number(product.reserved), 9)
                  << product.available() << (product.isLowStock() ? tr("  (low)") : QString()) << '\n';
        }
        return ExitOk;
    }
    if (sub == u"show"_s) {
        if (positional.size() != 1)
            return usage(tr("products show needs one SKU."));
        auto product = inventory.product(positional.first());
        if (!product)
            return failWith(product.error());
        if (m_json)
            return printJson(OrderJson::product(*product));
        m_out << tr("SKU:        %1").arg(product->sku) << '\n'
              << tr("Name:       %1").arg(product->name) << '\n'
              << tr("Price:      %1").arg(product->price.toDisplayString(QLocale::c())) << '\n'
              << tr("On hand:    %1").arg(product->onHand) << '\n'
              << tr("Reserved:   %1").arg(product->reserved) << '\n'
              << tr("Available:  %1").arg(product->available()) << '\n'
              << tr("Low at:     %1").arg(product->lowStockThreshold) << '\n';
        return ExitOk;
    }
    if (sub == u"add"_s) {
        NewProduct input;
        input.sku = args.value(u"sku"_s).value_or(QString());
        input.name = args.value(u"name"_s).value_or(QString());
        input.price = args.value(u"price"_s).value_or(QString());
        input.currency = args.value(u"currency"_s).value_or(u"USD"_s);
        if (const auto stock = args.value(u"stock"_s)) {
            const auto value = parseCount(stock);
            if (!value)
                return failWith(Error::invalid(u"stock"_s, *stock, tr("--stock must be a whole number.")));
            input.onHand = *value;
        }
        if (const auto threshold = args.value(u"threshold"_s)) {
            const auto value = parseCount(threshold);
            if (!value)
                return failWith(Error::invalid(u"threshold"_s, *threshold, tr("--threshold must be a whole number.")));
            input.lowStockThreshold = *value;
        }
        auto product = inventory.addProduct(input);
        if (!product)
            return failWith(product.error());
        if (m_json)
            return printJson(OrderJson::product(*product));
        m_out << tr("Added %1 (%2).").arg(product->sku, product->name) << '\n';
        return ExitOk;
    }
    if (sub == u"set-stock"_s || sub == u"replenish"_s) {
        if (positional.size() != 2)
            return usage(tr("products %1 needs SKU and QTY.").arg(sub));
        const auto quantity = parseCount(positional.at(1));
        if (!quantity)
            return failWith(Error::invalid(u"quantity"_s, positional.at(1), tr("\"%1\" is not a whole number.").arg(positional.at(1))));
        const QString reason = args.value(u"reason"_s).value_or(QString());
        auto product = sub == u"set-stock"_s ? inventory.setStock(positional.first(), *quantity, reason)
                                             : inventory.replenish(positional.first(), *quantity, reason);
        if (!product)
            return failWith(product.error());
        if (m_json)
            return printJson(OrderJson::product(*product));
        m_out << tr("%1: %2 on hand, %3 reserved, %4 available.")
                     .arg(product->sku)
                     .arg(product->onHand)
                     .arg(product->reserved)
                     .arg(product->available())
              << '\n';
        return ExitOk;
    }
    if (sub == u"movements"_s) {
        if (positional.size() != 1)
            return usage(tr("products movements needs one SKU."));
        const auto page = paging(args, 50);
        if (!page)
            return failWith(page.error());
        auto movements = inventory.movements(positional.first(), page->first);
        if (!movements)
            return failWith(movements.error());
        if (m_json) {
            QJsonArray array;
            for (const StockMovement &movement : *movements)
                array.append(OrderJson::movement(movement));
            return printJson(array);
        }
        for (const StockMovement &movement : *movements) {
            m_out << movement.at.toString(Qt::ISODate) << "  " << pad(StockMovementKinds::displayName(movement.kind), 14)
                  << pad(u"%1/%2"_s.arg(movement.onHandDelta).arg(movement.reservedDelta), 12)
                  << pad(tr("now %1/%2").arg(movement.onHandAfter).arg(movement.reservedAfter), 16)
                  << pad(movement.actor, 14) << movement.reason << '\n';
        }
        return ExitOk;
    }
    return usage(tr("Unknown products subcommand \"%1\".").arg(sub));
}

int Cli::customers(const QStringList &words)
{
    const Arguments args(words.mid(1), {u"search"_s, u"limit"_s, u"offset"_s}, {});
    if (!args.isValid())
        return usage(args.problem());
    if (words.first() != u"list"_s)
        return usage(tr("Unknown customers subcommand \"%1\".").arg(words.first()));
    const auto page = paging(args, 50);
    if (!page)
        return failWith(page.error());
    CustomerRepository repository(m_session->database());
    auto list = repository.search(args.value(u"search"_s).value_or(QString()), page->first, page->second);
    if (!list)
        return failWith(list.error());
    if (m_json) {
        QJsonArray array;
        for (const Customer &customer : *list)
            array.append(QJsonObject{{u"id"_s, customer.id}, {u"name"_s, customer.name}, {u"email"_s, customer.email}});
        return printJson(array);
    }
    for (const Customer &customer : *list)
        m_out << pad(customer.id, 38) << pad(customer.name, 28) << customer.email << '\n';
    return ExitOk;
}

int Cli::orders(const QStringList &words)
{
    const QString sub = words.first();
    const Arguments args(words.mid(1),
                         {u"status"_s, u"customer"_s, u"search"_s, u"from"_s, u"to"_s, u"limit"_s, u"offset"_s,
                          u"reason"_s, u"note"_s, u"tracking"_s, u"carrier"_s, u"reference"_s},
                         {});
    if (!args.isValid())
        return usage(args.problem());
    if (sub == u"list"_s)
        return ordersList(args);
    if (sub == u"place"_s)
        return ordersPlace(args);
    if (sub == u"modify"_s)
        return ordersModify(args);

    const QStringList &positional = args.positionals();
    if (positional.size() != 1)
        return usage(tr("orders %1 needs one ORDER (number or UUID).").arg(sub));
    const QString reference = positional.first();
    OrderService &service = m_session->orders();
    Result<Order> result;
    if (sub == u"show"_s) {
        result = service.find(reference);
    } else if (sub == u"cancel"_s) {
        const auto reasonKey = args.value(u"reason"_s);
        if (!reasonKey)
            return usage(tr("orders cancel needs --reason (customer, declined, fraud, inventory, staff or other)."));
        const auto reason = CancelReasons::fromKey(*reasonKey);
        if (!reason || !CancelReasons::selectable().contains(*reason)) {
            return failWith(Error::invalid(u"reason"_s, *reasonKey,
                                           tr("Unknown cancel reason \"%1\": use customer, declined, fraud, inventory, "
                                              "staff or other.")
                                               .arg(*reasonKey)));
        }
        result = service.cancel(reference, *reason, args.value(u"note"_s).value_or(QString()));
    } else if (sub == u"mark-paid"_s) {
        result = service.markPaid(reference, args.value(u"reference"_s).value_or(QString()));
    } else if (sub == u"ship"_s) {
        const auto tracking = args.value(u"tracking"_s);
        if (!tracking)
            return usage(tr("orders ship needs --tracking NUMBER."));
        result = service.ship(reference, *tracking, args.value(u"carrier"_s).value_or(QString()));
    } else if (sub == u"deliver"_s) {
        result = service.deliver(reference);
    } else {
        return usage(tr("Unknown orders subcommand \"%1\".").arg(sub));
    }
    if (!result)
        return failWith(result.error());
    if (m_json)
        return printJson(OrderJson::order(*result));

    const Order &order = *result;
    const QLocale locale = QLocale::c();
    m_out << tr("Order #%1  (%2)").arg(order.number).arg(order.id) << '\n'
          << tr("Status:    %1").arg(OrderLifecycle::displayName(order.status)) << '\n'
          << tr("Customer:  %1 <%2>").arg(order.customer.name, order.customer.email) << '\n'
          << tr("Ship to:   %1").arg(order.shippingAddress.singleLine()) << '\n'
          << tr("Payment:   %1, paid %2, balance %3")
                 .arg(PaymentMethods::displayName(order.paymentMethod), order.paid.toDisplayString(locale),
                      order.balanceDue().toDisplayString(locale))
          << '\n';
    if (!order.trackingNumber.isEmpty())
        m_out << tr("Tracking:  %1").arg(order.carrier.isEmpty() ? order.trackingNumber
                                                                : order.carrier + u' ' + order.trackingNumber)
              << '\n';
    m_out << '\n';
    for (const LineItem &line : order.lines) {
        m_out << "  " << pad(line.sku, 12) << pad(line.productName, 30) << pad(u"%1 ×"_s.arg(line.quantity), 8)
              << pad(line.unitPrice.toDisplayString(locale), 14) << line.lineTotal.toDisplayString(locale) << '\n';
    }
    m_out << "  " << pad(tr("Total"), 64) << order.total.toDisplayString(locale) << "\n\n" << tr("Timeline:") << '\n';
    for (const TimelineEntry &entry : order.timeline) {
        QString change;
        if (entry.toStatus && entry.fromStatus != entry.toStatus) {
            change = entry.fromStatus ? u"%1 → %2"_s.arg(OrderLifecycle::key(*entry.fromStatus), OrderLifecycle::key(*entry.toStatus))
                                      : OrderLifecycle::key(*entry.toStatus);
        }
        m_out << "  " << entry.at.toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << pad(entry.event, 18) << pad(change, 22)
              << pad(entry.actor, 12) << entry.reason << '\n';
    }
    return ExitOk;
}

int Cli::ordersList(const Arguments &args)
{
    OrderFilter filter;
    if (const auto status = args.value(u"status"_s)) {
        for (const QString &key : status->split(u',', Qt::SkipEmptyParts)) {
            const auto parsed = OrderLifecycle::fromKey(key.trimmed());
            if (!parsed) {
                return failWith(Error::invalid(u"status"_s, key,
                                               tr("Unknown status \"%1\": use pending, confirmed, shipped, delivered or "
                                                  "cancelled.")
                                                   .arg(key)));
            }
            filter.statuses << *parsed;
        }
    }
    filter.customerId = args.value(u"customer"_s).value_or(QString());
    filter.search = args.value(u"search"_s).value_or(QString());
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (const auto text = args.value(name)) {
            const QDate date = QDate::fromString(*text, Qt::ISODate);
            if (!date.isValid())
                return failWith(Error::invalid(name, *text, tr("--%1 must be a date like 2026-01-31.").arg(name)));
            if (name == u"from"_s)
                filter.from = date.startOfDay(Qt::UTC);
            else
                filter.until = date.addDays(1).startOfDay(Qt::UTC); // --to is inclusive
        }
    }
    const auto page = paging(args, 50);
    if (!page)
        return failWith(page.error());
    auto rows = m_session->orders().list(filter, OrderSort{}, page->first, page->second);
    if (!rows)
        return failWith(rows.error());
    if (m_json) {
        QJsonArray array;
        for (const OrderSummary &summary : *rows)
            array.append(OrderJson::summary(summary));
        return printJson(array);
    }
    const QLocale locale = QLocale::c();
    m_out << pad(tr("Number"), 9) << pad(tr("Placed (UTC)"), 18) << pad(tr("Customer"), 26) << pad(tr("Status"), 11)
          << tr("Total") << '\n';
    for (const OrderSummary &summary : *rows) {
        m_out << pad(QString::number(summary.number), 9) << pad(summary.placedAt.toString(u"yyyy-MM-dd HH:mm"_s), 18)
              << pad(summary.customerName, 26) << pad(OrderLifecycle::key(summary.status), 11)
              << summary.total.toDisplayString(locale) << '\n';
    }
    return ExitOk;
}

int Cli::ordersPlace(const Arguments &args)
{
    if (args.positionals().size() != 1)
        return usage(tr("orders place needs FILE or - (standard input)."));
    auto input = readInput(args.positionals().first());
    if (!input)
        return failWith(input.error());
    auto request = OrderRequestJson::parsePlace(*input);
    if (!request)
        return failWith(request.error());
    auto order = m_session->orders().place(*request);
    if (!order)
        return failWith(order.error());
    if (m_json)
        return printJson(OrderJson::order(*order));
    m_out << tr("Placed order #%1 (%2), total %3, status %4.")
                 .arg(order->number)
                 .arg(order->id, order->total.toDisplayString(QLocale::c()), OrderLifecycle::key(order->status))
          << '\n';
    return ExitOk;
}

int Cli::ordersModify(const Arguments &args)
{
    if (args.positionals().size() != 2)
        return usage(tr("orders modify needs ORDER and FILE or -."));
    auto input = readInput(args.positionals().at(1));
    if (!input)
        return failWith(input.error());
    auto request = OrderRequestJson::parseModify(*input);
    if (!request)
        return failWith(request.error());
    auto order = m_session->orders().modify(args.positionals().first(), *request);
    if (!order)
        return failWith(order.error());
    if (m_json)
        return printJson(OrderJson::order(*order));
    m_out << tr("Modified order #%1, total now %2.").arg(order->number).arg(order->total.toDisplayString(QLocale::c()))
          << '\n';
    return ExitOk;
}

int Cli::worker(const Arguments &args)
{
    const auto intervalText = args.value(u"interval"_s);
    const auto interval = intervalText ? parseCount(intervalText) : std::optional<qint64>(30);
    if (!interval || *interval < 1 || *interval > 86400)
        return failWith(Error::invalid(u"interval"_s, intervalText.value_or(QString()), tr("--interval must be 1 to 86400 seconds.")));

    const auto runOnce = [&]() -> int {
        auto expired = m_session->orders().expireReservations();
        if (!expired)
            return failWith(expired.error());
        if (m_json)
            m_out << QJsonDocument(QJsonObject{{u"expiredReservations"_s, *expired}}).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << tr("Expired %n unpaid reservation(s).", nullptr, *expired) << '\n';
        m_out.flush();
        return ExitOk;
    };
    if (args.flag(u"once"_s))
        return runOnce();

    QTimer timer;
    QEventLoop loop;
    int lastCode = runOnce();
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        lastCode = runOnce();
        // Keep going through transient outages; stop on anything a retry cannot fix.
        if (lastCode != ExitOk && lastCode != ExitUnavailable)
            loop.exit(lastCode);
    });
    timer.start(std::chrono::seconds(*interval));
    return loop.exec();
}

} // namespace shipshape::cli
