#include "cli/Cli.h"

#include "cli/Arguments.h"
#include "customers/CustomerRepository.h"
#include "dashboard/DashboardJson.h"
#include "demo/DemoDataGenerator.h"
#include "net/HttpClient.h"
#include "notification/OutboxDispatcher.h"
#include "notification/SendGridSender.h"
#include "orders/OrderJson.h"
#include "orders/OrderRequestJson.h"
#include "orders/PaymentStates.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "settings/ApplicationSettings.h"
#include "staff/StaffDirectory.h"
#include "storage/Migration.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

// A table cell: text that does not fit is shortened with an ellipsis, and a space always separates it
// from the next column.
QString pad(const QString &text, int width)
{
    return text.size() < width ? text.leftJustified(width) : text.left(width - 2) + u"… "_s;
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
        return fail(Error::invalid(u"limit"_s, limitText.value_or(QString()),
                Cli::tr("--limit must be a whole number from 1 to 100000.")));
    const auto offsetText = args.value(u"offset"_s);
    const auto offset = offsetText ? parseCount(offsetText) : std::optional<qint64>(0);
    if (!offset || *offset < 0 || *offset > INT_MAX)
        return fail(Error::invalid(
                u"offset"_s, offsetText.value_or(QString()), Cli::tr("--offset must be a whole number, 0 or more.")));
    return std::pair{int(*limit), int(*offset)};
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
  orders list [--status S] [--customer ID] [--search TEXT] [--from DATE] [--to DATE]
              [--payment-state unpaid|partly_paid|paid|refunded] [--cancel-reason R[,R...]] [--limit N] [--offset N]
  orders show ORDER
  orders place FILE|-
  orders modify ORDER FILE|-
  orders cancel ORDER --reason customer|declined|fraud|inventory|staff|other [--note TEXT] [--no-refund]
  orders refund ORDER [--amount 12.50] [--reason TEXT]
  orders mark-paid ORDER [--reference TEXT]
  orders ship ORDER --tracking NUMBER [--carrier NAME]
  orders deliver ORDER
  worker [--once] [--interval SECONDS] [--payment-grace SECONDS]   (also sends due customer emails)
  outbox list [--status pending|sending|retry|sent|failed] [--limit N]
  outbox retry ID
  outbox resend ORDER
  outbox preview ORDER --event placed|confirmed|shipped|delivered|cancelled|refunded [--html FILE]
  secrets set NAME                           (e.g. sendgrid; the secret is read from standard input)
  staff list
  staff whoami                               what the current login may do
  staff add LOGIN --role warehouse|support|admin   (password read from standard input)
  staff set-role LOGIN warehouse|support|admin
  staff disable LOGIN
  report kpis --from YYYY-MM-DD --to YYYY-MM-DD [--currency XXX]
                                             the dashboard's figures (UTC days, both ends included)

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
    options.reservationHoldMinutes = ApplicationSettings::effectiveReservationHoldMinutes(QSettings());
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
        const Arguments args(words, {u"interval"_s, u"payment-grace"_s}, {u"once"_s});
        if (!args.isValid() || !args.positionals().isEmpty())
            return usage(args.isValid() ? tr("worker takes no positional arguments.") : args.problem());
        if (int code = openSession(); code != ExitOk)
            return code;
        return worker(args);
    }
    if (command == u"outbox"_s) {
        if (words.isEmpty())
            return usage(tr("outbox needs a subcommand."));
        if (int code = openSession(); code != ExitOk)
            return code;
        return outbox(words);
    }
    if (command == u"secrets"_s)
        return secrets(words);
    if (command == u"report"_s) {
        if (words.isEmpty() || words.constFirst() != u"kpis"_s)
            return usage(words.isEmpty() ? tr("report needs a subcommand.")
                                         : tr("Unknown report \"%1\".").arg(words.constFirst()));
        const Arguments args(words.mid(1), {u"from"_s, u"to"_s, u"currency"_s}, {});
        if (!args.isValid() || !args.positionals().isEmpty())
            return usage(args.isValid() ? tr("report kpis takes no positional arguments.") : args.problem());
        if (!args.value(u"from"_s) || !args.value(u"to"_s))
            return usage(tr("report kpis needs --from and --to."));
        if (int code = openSession(); code != ExitOk)
            return code;
        return reportKpis(args);
    }
    if (command == u"staff"_s) {
        if (words.isEmpty())
            return usage(tr("staff needs a subcommand."));
        if (int code = openSession(); code != ExitOk)
            return code;
        return staff(words);
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
        return printJson(QJsonObject{{u"from"_s, report->fromVersion}, {u"to"_s, report->toVersion},
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
    const auto readCount
            = [&](const QString &name, qint64 minimum, qint64 maximum, qint64 &target) -> std::optional<Error> {
        const auto text = args.value(name);
        if (!text)
            return std::nullopt;
        const auto value = parseCount(text);
        if (!value || *value < minimum || *value > maximum) {
            return Error::invalid(
                    name, *text, tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        }
        target = *value;
        return std::nullopt;
    };
    qint64 products = options.products;
    qint64 customers = options.customers;
    qint64 seed = options.seed;
    for (const auto &[name, minimum, maximum, target] :
            {std::tuple<QString, qint64, qint64, qint64 *>{u"orders"_s, 0, 100'000'000, &options.orders},
                    {u"products"_s, 1, 1'000'000, &products}, {u"customers"_s, 1, 10'000'000, &customers},
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
        return printJson(QJsonObject{{u"orders"_s, report->orders}, {u"products"_s, report->products},
                {u"customers"_s, report->customers}, {u"lines"_s, report->lines},
                {u"timelineEntries"_s, report->timelineEntries}, {u"seconds"_s, seconds}});
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
            {u"search"_s, u"limit"_s, u"offset"_s, u"sku"_s, u"name"_s, u"price"_s, u"currency"_s, u"stock"_s,
                    u"threshold"_s, u"reason"_s},
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
            m_out << pad(product.sku, 14) << pad(product.name, 30)
                  << pad(product.price.toDisplayString(QLocale::c()), 14) << pad(QString::number(product.onHand), 9)
                  << pad(QString::number(product.reserved), 9) << product.available()
                  << (product.isLowStock() ? tr("  (low)") : QString()) << '\n';
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
            return failWith(Error::invalid(
                    u"quantity"_s, positional.at(1), tr("\"%1\" is not a whole number.").arg(positional.at(1))));
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
            m_out << movement.at.toString(Qt::ISODate) << "  "
                  << pad(StockMovementKinds::displayName(movement.kind), 14)
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
            {u"status"_s, u"customer"_s, u"search"_s, u"from"_s, u"to"_s, u"limit"_s, u"offset"_s, u"reason"_s,
                    u"note"_s, u"tracking"_s, u"carrier"_s, u"reference"_s, u"amount"_s, u"payment-state"_s,
                    u"cancel-reason"_s},
            {u"no-refund"_s});
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
        result = m_session->payments().cancel(
                reference, *reason, args.value(u"note"_s).value_or(QString()), !args.flag(u"no-refund"_s));
    } else if (sub == u"refund"_s) {
        std::optional<Money> amount;
        if (const auto amountText = args.value(u"amount"_s)) {
            auto order = service.find(reference);
            if (!order)
                return failWith(order.error());
            auto parsed = Money::parse(*amountText, order->total.currency(), u"amount"_s);
            if (!parsed)
                return failWith(parsed.error());
            amount = *parsed;
        }
        result = m_session->payments().refund(reference, amount, args.value(u"reason"_s).value_or(QString()));
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
        m_out << tr("Tracking:  %1")
                         .arg(order.carrier.isEmpty() ? order.trackingNumber
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
            change = entry.fromStatus
                    ? u"%1 → %2"_s.arg(OrderLifecycle::key(*entry.fromStatus), OrderLifecycle::key(*entry.toStatus))
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
    if (const auto state = args.value(u"payment-state"_s)) {
        filter.paymentState = PaymentStates::fromKey(state->trimmed());
        if (!filter.paymentState) {
            return failWith(Error::invalid(u"payment-state"_s, *state,
                    tr("Unknown payment state \"%1\": use unpaid, partly_paid, paid or refunded.").arg(*state)));
        }
    }
    if (const auto reasons = args.value(u"cancel-reason"_s)) {
        for (const QString &key : reasons->split(u',', Qt::SkipEmptyParts)) {
            const auto parsed = CancelReasons::fromKey(key.trimmed());
            if (!parsed) {
                return failWith(Error::invalid(u"cancel-reason"_s, key,
                        tr("Unknown cancel reason \"%1\": use customer, declined, fraud, inventory, staff, other "
                           "or expired.")
                                .arg(key)));
            }
            filter.cancelReasons << *parsed;
        }
        if (filter.cancelReasons.isEmpty())
            return failWith(Error::invalid(u"cancel-reason"_s, *reasons, tr("--cancel-reason needs a reason.")));
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
    auto order = m_session->payments().placeOrder(*request);
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
    auto order = m_session->payments().modify(args.positionals().first(), *request);
    if (!order)
        return failWith(order.error());
    if (m_json)
        return printJson(OrderJson::order(*order));
    m_out << tr("Modified order #%1, total now %2.").arg(order->number).arg(order->total.toDisplayString(QLocale::c()))
          << '\n';
    return ExitOk;
}

Result<QJsonObject> Cli::dispatchOutboxOnce()
{
    // The API key: $SHIPSHAPE_SENDGRID_API_KEY, else the keychain. An unreadable keychain is the same as no
    // key for sending (emails wait), and is reported.
    auto apiKey = SecretStore().read(u"sendgrid"_s);
    if (!apiKey)
        m_err << tr("warning: %1").arg(apiKey.error().message) << '\n';
    const MailSettings mail = MailSettings::load();
    HttpClient http(&m_session->network());
    SendGridSender sender(http, m_session->clock(), mail, apiKey.value_or(QString()));
    OutboxDispatcher::Settings settings;
    settings.retry = mail.retry;
    OutboxDispatcher dispatcher(m_session->notifications(), sender, m_session->clock(), settings);

    QEventLoop loop;
    QJsonObject counts{{u"emailsSent"_s, 0}, {u"emailsRetrying"_s, 0}, {u"emailsFailed"_s, 0}, {u"emailsWaiting"_s, 0}};
    QString storageError;
    QObject::connect(&dispatcher, &OutboxDispatcher::finished, &loop, [&](int sent, int retried, int failed) {
        counts[u"emailsSent"_s] = sent;
        counts[u"emailsRetrying"_s] = retried;
        counts[u"emailsFailed"_s] = failed;
        loop.quit();
    });
    QObject::connect(
            &dispatcher, &OutboxDispatcher::waitingForProvider, &loop, [&](int waiting, const QString &reason) {
                counts[u"emailsWaiting"_s] = waiting;
                counts[u"emailsWaitingReason"_s] = reason;
            });
    QObject::connect(&dispatcher, &OutboxDispatcher::storageError, &loop, [&](const QString &message) {
        storageError = message;
        if (!dispatcher.isBusy())
            loop.quit();
    });
    // Started from the loop so that a round that ends at once still finds the loop running.
    QTimer::singleShot(0, &dispatcher, &OutboxDispatcher::dispatchDue);
    loop.exec();
    if (!storageError.isEmpty() && !dispatcher.isBusy() && counts.value(u"emailsSent"_s).toInt() == 0)
        return fail(Error::unavailable(storageError));
    return counts;
}

int Cli::outbox(const QStringList &words)
{
    const QString sub = words.first();
    const Arguments args(words.mid(1), {u"status"_s, u"limit"_s, u"event"_s, u"html"_s}, {});
    if (!args.isValid())
        return usage(args.problem());
    NotificationOutbox &outbox = m_session->notifications();
    const QStringList &positional = args.positionals();
    if (sub == u"list"_s) {
        std::optional<OutboxStatus> status;
        if (const auto key = args.value(u"status"_s)) {
            status = OutboxStatuses::fromKey(*key);
            if (!status)
                return failWith(Error::invalid(u"status"_s, *key, tr("Unknown email status \"%1\".").arg(*key)));
        }
        const auto limit = args.value(u"limit"_s) ? parseCount(args.value(u"limit"_s)) : std::optional<qint64>(50);
        if (!limit || *limit < 1 || *limit > 10000)
            return failWith(Error::invalid(
                    u"limit"_s, args.value(u"limit"_s).value_or(QString()), tr("--limit must be 1 to 10000.")));
        auto entries = outbox.list(status, static_cast<int>(*limit));
        if (!entries)
            return failWith(entries.error());
        if (m_json) {
            QJsonArray array;
            for (const OutboxEntry &entry : *entries)
                array.append(entry.toJson());
            return printJson(array);
        }
        for (const OutboxEntry &entry : *entries) {
            m_out << pad(QString::number(entry.id), 7) << pad(u"#"_s + QString::number(entry.orderNumber), 9)
                  << pad(NotificationEvents::key(entry.event), 11) << pad(OutboxStatuses::key(entry.status), 9)
                  << pad(QString::number(entry.attempts), 4)
                  << pad(entry.nextAttemptAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), 21) << pad(entry.recipientEmail, 32)
                  << entry.lastError << '\n';
        }
        return ExitOk;
    }
    if (positional.size() != 1)
        return usage(tr("outbox %1 needs one argument.").arg(sub));
    if (sub == u"retry"_s) {
        bool ok = false;
        const qint64 id = positional.first().toLongLong(&ok);
        if (!ok)
            return failWith(Error::invalid(
                    u"id"_s, positional.first(), tr("\"%1\" is not an email ID.").arg(positional.first())));
        auto entry = outbox.retry(id);
        if (!entry)
            return failWith(entry.error());
        if (m_json)
            return printJson(entry->toJson());
        m_out << tr("Email %1 is queued again.").arg(id) << '\n';
        return ExitOk;
    }
    if (sub == u"resend"_s) {
        auto id = outbox.resend(positional.first());
        if (!id)
            return failWith(id.error());
        if (m_json)
            return printJson(QJsonObject{{u"id"_s, *id}});
        m_out << tr("Queued a fresh copy as email %1.").arg(*id) << '\n';
        return ExitOk;
    }
    if (sub == u"preview"_s) {
        const auto eventKey = args.value(u"event"_s);
        if (!eventKey)
            return usage(tr("outbox preview needs --event (%1).").arg(NotificationEvents::keys().join(u", "_s)));
        const auto event = NotificationEvents::fromKey(*eventKey);
        if (!event)
            return failWith(Error::invalid(u"event"_s, *eventKey, tr("Unknown email event \"%1\".").arg(*eventKey)));
        auto email = outbox.preview(positional.first(), *event);
        if (!email)
            return failWith(email.error());
        if (const auto htmlPath = args.value(u"html"_s)) {
            QFile file(*htmlPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(email->html.toUtf8()) < 0)
                return failWith(Error::invalid(
                        u"html"_s, *htmlPath, tr("Cannot write %1: %2").arg(*htmlPath, file.errorString())));
        }
        if (m_json)
            return printJson(
                    QJsonObject{{u"subject"_s, email->subject}, {u"text"_s, email->text}, {u"html"_s, email->html}});
        m_out << tr("Subject: %1").arg(email->subject) << "\n\n" << email->text;
        return ExitOk;
    }
    return usage(tr("Unknown outbox subcommand \"%1\".").arg(sub));
}

int Cli::secrets(const QStringList &words)
{
    if (words.size() != 2 || words.first() != u"set"_s)
        return usage(tr("Use: secrets set NAME (the secret is read from standard input)."));
    const QString name = words.at(1);
    // Never from argv (visible in ps and shell history).
    auto secret = readPassword();
    if (!secret)
        return failWith(secret.error());
    if (auto stored = SecretStore().write(name, secret->trimmed()); !stored)
        return failWith(stored.error());
    m_out << tr("Stored the %1 secret in the keychain.").arg(name) << '\n';
    return ExitOk;
}

int Cli::worker(const Arguments &args)
{
    const auto intervalText = args.value(u"interval"_s);
    const auto interval = intervalText ? parseCount(intervalText) : std::optional<qint64>(30);
    if (!interval || *interval < 1 || *interval > 86400)
        return failWith(Error::invalid(
                u"interval"_s, intervalText.value_or(QString()), tr("--interval must be 1 to 86400 seconds.")));

    const auto graceText = args.value(u"payment-grace"_s);
    const auto grace = graceText ? parseCount(graceText) : std::optional<qint64>(60);
    if (!grace || *grace < 0 || *grace > 86400)
        return failWith(Error::invalid(
                u"payment-grace"_s, graceText.value_or(QString()), tr("--payment-grace must be 0 to 86400 seconds.")));

    const auto runOnce = [&]() -> int {
        auto expired = m_session->orders().expireReservations();
        if (!expired)
            return failWith(expired.error());
        // Payments whose answer was lost (crash, timeout) are settled with the provider.
        auto reconciled = m_session->payments().reconcile(*grace * 1000);
        if (!reconciled)
            return failWith(reconciled.error());
        // Customer emails that are due go out after the order work, outside any transaction.
        auto emails = dispatchOutboxOnce();
        if (!emails)
            return failWith(emails.error());
        if (m_json) {
            QJsonObject summary{{u"expiredReservations"_s, *expired}, {u"reconciledPayments"_s, *reconciled}};
            for (auto it = emails->constBegin(); it != emails->constEnd(); ++it)
                summary.insert(it.key(), it.value());
            m_out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << tr("Expired %n unpaid reservation(s).", nullptr, *expired) << '\n'
                  << tr("Reconciled %n payment(s).", nullptr, *reconciled) << '\n'
                  << tr("Sent %n email(s)", nullptr, emails->value(u"emailsSent"_s).toInt())
                  << tr(", %1 to retry, %2 failed, %3 waiting.")
                             .arg(emails->value(u"emailsRetrying"_s).toInt())
                             .arg(emails->value(u"emailsFailed"_s).toInt())
                             .arg(emails->value(u"emailsWaiting"_s).toInt())
                  << '\n';
            if (const QString reason = emails->value(u"emailsWaitingReason"_s).toString(); !reason.isEmpty())
                m_out << tr("Emails are waiting: %1").arg(reason) << '\n';
        }
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

Result<QString> Cli::readPassword()
{
    // Never from the command line (visible in ps and shell history): one line from standard input,
    // without echo when it is a terminal.
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        m_err << tr("Password: ") << Qt::flush;
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    QFile input;
    QString password;
    if (input.open(stdin, QIODevice::ReadOnly))
        password = QString::fromUtf8(input.readLine(1024));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << '\n' << Qt::flush;
    }
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return fail(Error::invalid(u"password"_s, {}, tr("No password on standard input.")));
    return password;
}

int Cli::staff(const QStringList &words)
{
    const QString sub = words.first();
    const Arguments args(words.mid(1), {u"role"_s}, {});
    if (!args.isValid())
        return usage(args.problem());
    StaffDirectory &directory = m_session->staff();
    const QStringList &positional = args.positionals();

    if (sub == u"list"_s) {
        auto members = directory.list();
        if (!members)
            return failWith(members.error());
        if (m_json) {
            QJsonArray array;
            for (const StaffMember &member : *members) {
                QJsonArray roles;
                for (StaffRole role : member.roles)
                    roles.append(StaffDirectory::roleKey(role));
                array.append(
                        QJsonObject{{u"login"_s, member.login}, {u"roles"_s, roles}, {u"canLogIn"_s, member.canLogIn}});
            }
            return printJson(array);
        }
        if (m_session->database().dialect().isSqlite())
            m_out << tr("Local SQLite database: one user, the operating-system account, with every right.") << '\n';
        for (const StaffMember &member : *members) {
            QStringList roles;
            for (StaffRole role : member.roles)
                roles << StaffDirectory::roleKey(role);
            m_out << pad(member.login, 24) << pad(roles.join(u", "_s), 30)
                  << (member.canLogIn ? QString() : tr("disabled")) << '\n';
        }
        return ExitOk;
    }
    if (sub == u"whoami"_s) {
        auto permissions = directory.currentPermissions();
        if (!permissions)
            return failWith(permissions.error());
        const QList<std::pair<QString, bool>> rights{{u"viewEverything"_s, permissions->viewEverything},
                {u"editStock"_s, permissions->editStock}, {u"shipAndDeliver"_s, permissions->shipAndDeliver},
                {u"placeOrders"_s, permissions->placeOrders}, {u"cancelOrders"_s, permissions->cancelOrders},
                {u"markPaidAndRefund"_s, permissions->markPaidAndRefund}, {u"addNotes"_s, permissions->addNotes},
                {u"manageStaff"_s, permissions->manageStaff}};
        if (m_json) {
            QJsonObject object{{u"login"_s, permissions->login}};
            for (const auto &[name, allowed] : rights)
                object.insert(name, allowed);
            return printJson(object);
        }
        m_out << tr("Login: %1").arg(permissions->login) << '\n';
        for (const auto &[name, allowed] : rights)
            m_out << "  " << pad(name, 20) << (allowed ? tr("yes") : tr("no")) << '\n';
        return ExitOk;
    }
    if (sub == u"add"_s) {
        if (positional.size() != 1)
            return usage(tr("staff add needs one LOGIN."));
        const auto roleText = args.value(u"role"_s);
        if (!roleText)
            return usage(tr("staff add needs --role warehouse|support|admin."));
        auto role = StaffDirectory::parseRole(*roleText);
        if (!role)
            return failWith(role.error());
        if (auto valid = StaffDirectory::validateLogin(positional.first()); !valid)
            return failWith(valid.error());
        auto password = readPassword();
        if (!password)
            return failWith(password.error());
        if (auto added = directory.add(positional.first(), *password, *role); !added)
            return failWith(added.error());
        m_out << tr("Added %1 as %2.").arg(positional.first(), StaffDirectory::roleKey(*role)) << '\n';
        return ExitOk;
    }
    if (sub == u"set-role"_s) {
        if (positional.size() != 2)
            return usage(tr("staff set-role needs LOGIN and ROLE."));
        auto role = StaffDirectory::parseRole(positional.at(1));
        if (!role)
            return failWith(role.error());
        if (auto changed = directory.setRole(positional.first(), *role); !changed)
            return failWith(changed.error());
        m_out << tr("%1 is now %2.").arg(positional.first(), StaffDirectory::roleKey(*role)) << '\n';
        return ExitOk;
    }
    if (sub == u"disable"_s) {
        if (positional.size() != 1)
            return usage(tr("staff disable needs one LOGIN."));
        if (auto disabled = directory.disable(positional.first()); !disabled)
            return failWith(disabled.error());
        m_out << tr("%1 can no longer log in.").arg(positional.first()) << '\n';
        return ExitOk;
    }
    return usage(tr("Unknown staff subcommand \"%1\".").arg(sub));
}

namespace {

QString percentText(const std::optional<double> &ratio)
{
    return ratio ? QLocale::c().toString(*ratio * 100.0, 'f', 1) + u" %"_s : u"–"_s;
}

QString millisecondsText(const std::optional<qint64> &ms)
{
    return ms ? QString::number(*ms) + u" ms"_s : u"–"_s;
}

QString moneyText(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : u"–"_s;
}

} // namespace

int Cli::reportKpis(const Arguments &args)
{
    DashboardPeriod period;
    for (const QString &name : {u"from"_s, u"to"_s}) {
        const QString text = *args.value(name);
        const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!date.isValid()) {
            return failWith(Error::invalid(
                    name, text, tr("--%1 must be a date written YYYY-MM-DD (got \"%2\").").arg(name, text)));
        }
        (name == u"from"_s ? period.from : period.to) = date;
    }
    auto snapshot = m_session->dashboard().snapshot(period, args.value(u"currency"_s).value_or(QString()));
    if (!snapshot)
        return failWith(snapshot.error());
    if (m_json)
        return printJson(DashboardJson::toJson(*snapshot));

    const KpiFigures &now = snapshot->current;
    const KpiFigures &before = snapshot->previous;
    const DashboardPeriod previous = period.previous();
    m_out << tr("KPIs %1 to %2 (%3 days, UTC) in %4; previous period %5 to %6")
                     .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate))
                     .arg(period.days())
                     .arg(snapshot->currency, previous.from.toString(Qt::ISODate), previous.to.toString(Qt::ISODate))
          << "\n\n";
    const QList<std::tuple<QString, QString, QString>> table{
            {tr("Revenue (net of refunds)"), now.revenue.toDecimalString(), before.revenue.toDecimalString()},
            {tr("Refunded"), now.refunded.toDecimalString(), before.refunded.toDecimalString()},
            {tr("Orders placed"), QString::number(now.ordersPlaced), QString::number(before.ordersPlaced)},
            {tr("Orders confirmed"), QString::number(now.ordersConfirmed), QString::number(before.ordersConfirmed)},
            {tr("Orders cancelled"), QString::number(now.ordersCancelled), QString::number(before.ordersCancelled)},
            {tr("Average order value"), moneyText(now.averageOrderValue), moneyText(before.averageOrderValue)},
            {tr("Placement attempts"), QString::number(now.placementAttempts),
                    QString::number(before.placementAttempts)},
            {tr("Order success rate (target 95 %)"), percentText(now.successRate), percentText(before.successRate)},
            {tr("Placement time, median (target 2 s)"), millisecondsText(now.placementMedianMs),
                    millisecondsText(before.placementMedianMs)},
            {tr("Placement time, 95th percentile"), millisecondsText(now.placementP95Ms),
                    millisecondsText(before.placementP95Ms)},
            {tr("Card payments"), QString::number(now.paymentAttempts), QString::number(before.paymentAttempts)},
            {tr("Card payment failures"), QString::number(now.paymentFailures),
                    QString::number(before.paymentFailures)},
            {tr("Payment failure rate"), percentText(now.paymentFailureRate), percentText(before.paymentFailureRate)},
            {tr("Emails sent"), QString::number(now.emailsSent), QString::number(before.emailsSent)},
            {tr("Emails failed"), QString::number(now.emailsFailed), QString::number(before.emailsFailed)},
            {tr("Emails waiting"), QString::number(now.emailsWaiting), QString::number(before.emailsWaiting)},
    };
    qsizetype width = tr("KPI").size();
    for (const auto &[label, current, earlier] : table)
        width = qMax(width, label.size());
    m_out << tr("KPI").leftJustified(width) << "  " << tr("Period").rightJustified(14) << "  "
          << tr("Previous").rightJustified(14) << '\n';
    for (const auto &[label, current, earlier] : table)
        m_out << label.leftJustified(width) << "  " << current.rightJustified(14) << "  " << earlier.rightJustified(14)
              << '\n';
    if (!now.topDeclineReasons.isEmpty()) {
        m_out << '\n' << tr("Top decline reasons:") << '\n';
        for (const DeclineReasonCount &decline : now.topDeclineReasons)
            m_out << "  " << decline.code << "  " << decline.count << "  " << decline.message << '\n';
    }
    m_out << '\n'
          << tr("Waiting to ship now: %1").arg(snapshot->awaitingShipment)
          << (snapshot->oldestAwaitingSince
                             ? tr(" (oldest placed %1)").arg(snapshot->oldestAwaitingSince->toString(Qt::ISODate))
                             : QString())
          << '\n';
    m_out << '\n' << tr("Day         Placed  Cancelled  Pay failures  Revenue") << '\n';
    for (const DailyFigures &day : snapshot->days) {
        m_out << day.day.toString(Qt::ISODate) << "  " << QString::number(day.ordersPlaced).rightJustified(6) << "  "
              << QString::number(day.ordersCancelled).rightJustified(9) << "  "
              << QString::number(day.paymentFailures).rightJustified(12) << "  " << day.revenue.toDecimalString()
              << '\n';
    }
    m_out << '\n' << tr("By status:");
    for (const StatusCount &status : snapshot->byStatus)
        m_out << "  " << OrderLifecycle::key(status.status) << ' ' << status.count;
    m_out << '\n';
    if (!snapshot->topProducts.isEmpty()) {
        m_out << '\n' << tr("Top products:") << '\n';
        for (const ProductSales &product : snapshot->topProducts)
            m_out << "  " << product.sku << "  " << product.quantity << "  " << product.revenue.toDecimalString()
                  << "  " << product.name << '\n';
    }
    if (!snapshot->lowStock.isEmpty()) {
        m_out << '\n' << tr("Low stock (available / threshold):") << '\n';
        for (const LowStockProduct &product : snapshot->lowStock)
            m_out << "  " << product.sku << "  " << product.available << " / " << product.threshold << "  "
                  << product.name << '\n';
    }
    m_out << '\n' << tr("Placement times:");
    for (const LatencyBucket &bucket : snapshot->placementTimes)
        m_out << "  " << (bucket.upToMs ? u"≤"_s + QString::number(*bucket.upToMs) : u">5000"_s) << ' ' << bucket.count;
    m_out << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
