#include "cli/commands/ProductsCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "inventory/InventoryService.h"
#include "inventory/ProductImport.h"
#include "orders/OrderJson.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kSku = u"SKU"_s;
const QString kQuantity = u"QTY"_s;

// set-stock and replenish: the product as it is now.
int printStock(CliContext &context, const Result<Product> &product)
{
    if (!product)
        return context.fail(product.error());
    if (context.json())
        return context.printJson(OrderJson::product(*product));
    context.out() << ProductsCommands::tr("%1: %2 on hand, %3 reserved, %4 available.")
                             .arg(product->sku, countText(product->onHand), countText(product->reserved),
                                     countText(product->available()))
                  << '\n';
    return ExitOk;
}

// QTY of set-stock and replenish.
Result<qint64> quantity(const CommandInput &input)
{
    const QString text = input.argument(kQuantity);
    if (const auto value = wholeNumber(text))
        return *value;
    return fail(Error::invalid(u"quantity"_s, text, ProductsCommands::tr("\"%1\" is not a whole number.").arg(text)));
}

const QString kFile = u"FILE"_s;

QJsonObject summaryJson(const ImportSummary &summary, bool dryRun)
{
    QJsonArray issues;
    for (const ImportIssue &issue : summary.issues) {
        issues.append(QJsonObject{{u"row"_s, issue.row}, {u"column"_s, issue.column}, {u"value"_s, issue.value},
                {u"message"_s, issue.message}});
    }
    return QJsonObject{{u"dryRun"_s, dryRun}, {u"rows"_s, summary.rows}, {u"created"_s, summary.created},
            {u"updated"_s, summary.updated}, {u"stockSet"_s, summary.stockSet}, {u"unchanged"_s, summary.unchanged},
            {u"reference"_s, summary.reference}, {u"issues"_s, issues}};
}

} // namespace

CommandGroup ProductsCommands::group()
{
    const ArgumentSpec sku{.name = kSku, .description = tr("The product's SKU, e.g. SKU-10001.")};
    return CommandGroup{
            .title = tr("Products"),
            .noun = u"products"_s,
            .summary = tr("The catalogue and its stock: every change of stock lands on the product's ledger "
                          "(products movements)."),
            .commands = {
                    CommandSpec{
                            .words = {u"products"_s, u"list"_s},
                            .summary = tr("Lists products with their stock, by SKU."),
                            .options = {{.name = u"search"_s,
                                                .valueName = u"TEXT"_s,
                                                .description = tr("Only products whose SKU or name contains TEXT.")},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N rows (1 to 100000). Default: 100.")},
                                    {.name = u"offset"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Skip the first N rows. Default: 0.")}},
                            .flags = {{.name = u"low-stock"_s,
                                    .description = tr("Only products whose available stock is at or below their "
                                                      "low-stock threshold.")}},
                            .examples = {u"shipshape-cli products list --low-stock"_s,
                                    u"shipshape-cli --json products list --search mug --limit 20"_s},
                            .handler = &ProductsCommands::list,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"show"_s},
                            .summary = tr("Shows one product's price and stock."),
                            .arguments = {sku},
                            .examples = {u"shipshape-cli products show SKU-10001"_s},
                            .handler = &ProductsCommands::show,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"add"_s},
                            .summary = tr("Adds a product to the catalogue."),
                            .options = {{.name = u"sku"_s,
                                                .valueName = u"SKU"_s,
                                                .description = tr("Letters, digits, '-', '_' and '.'; unique."),
                                                .required = true},
                                    {.name = u"name"_s,
                                            .valueName = u"NAME"_s,
                                            .description = tr("What staff and customers see."),
                                            .required = true},
                                    {.name = u"price"_s,
                                            .valueName = u"PRICE"_s,
                                            .description = tr("A decimal in the currency's units, e.g. 29.99."),
                                            .required = true},
                                    {.name = u"currency"_s,
                                            .valueName = u"CODE"_s,
                                            .description = tr("ISO 4217 code. Default: USD.")},
                                    {.name = u"stock"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Units on hand to start with. Default: 0.")},
                                    {.name = u"threshold"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("Low stock at or below this many available units. "
                                                              "Default: 5.")},
                                    {.name = u"tax-class"_s,
                                            .valueName = u"CLASS"_s,
                                            .description = tr("Which tax rates apply (taxes list). Default: standard.")},
                                    {.name = u"barcode"_s,
                                            .valueName = u"GTIN"_s,
                                            .description = tr("The product's GTIN/EAN: 8, 12, 13 or 14 digits with a "
                                                              "valid check digit; unique.")}},
                            .examples = {u"shipshape-cli products add --sku MUG-1 --name \"Enamel mug\" --price 12.50 "
                                         "--stock 40 --barcode 4006381333931"_s},
                            .handler = &ProductsCommands::add,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"edit"_s},
                            .summary = tr("Changes a product's name, price, tax class or barcode (not its stock)."),
                            .arguments = {sku},
                            .options = {{.name = u"name"_s, .valueName = u"NAME"_s, .description = tr("The new name.")},
                                    {.name = u"price"_s,
                                            .valueName = u"PRICE"_s,
                                            .description = tr("The new price, a decimal, e.g. 29.99.")},
                                    {.name = u"currency"_s,
                                            .valueName = u"CODE"_s,
                                            .description = tr("The price's ISO 4217 code, with --price.")},
                                    {.name = u"tax-class"_s,
                                            .valueName = u"CLASS"_s,
                                            .description = tr("Which tax rates apply (taxes list).")},
                                    {.name = u"barcode"_s,
                                            .valueName = u"GTIN"_s,
                                            .description = tr("The new GTIN/EAN (check digit validated; unique); "
                                                              "\"\" removes it.")}},
                            .examples = {u"shipshape-cli products edit MUG-1 --barcode 4006381333931"_s,
                                    u"shipshape-cli products edit MUG-1 --price 13.00 --name \"Enamel mug, blue\""_s},
                            .handler = &ProductsCommands::edit,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"import"_s},
                            .summary = tr("Creates or updates products from a CSV file, all rows or none."),
                            .arguments = {{.name = kFile,
                                    .description = tr("RFC 4180 CSV, UTF-8, with a header row: sku, name, price, "
                                                      "currency and optionally barcode, tax_class, "
                                                      "low_stock_threshold, on_hand.")}},
                            .flags = {{.name = u"dry-run"_s,
                                    .description = tr("Check the file and say what would change; write nothing.")}},
                            .examples = {u"shipshape-cli products import catalogue.csv --dry-run"_s,
                                    u"shipshape-cli products export backup.csv && shipshape-cli products import "
                                    "backup.csv"_s},
                            .description = tr("Each row names a product by SKU: a new SKU is created, a known one "
                                              "updated. The whole file is checked first; any problem is reported "
                                              "with its row, column and value, and nothing is written (exit 3). "
                                              "Empty optional cells keep what the product has. A new on_hand is a "
                                              "stock correction on the ledger, its reason the import's reference. "
                                              "`products export` writes this format."),
                            .handler = &ProductsCommands::importFile,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"export"_s},
                            .summary = tr("Writes every product as CSV, in the format products import reads."),
                            .arguments = {{.name = kFile,
                                    .description = tr("Where to write; standard output when left out."),
                                    .required = false}},
                            .examples = {u"shipshape-cli products export catalogue.csv"_s},
                            .handler = &ProductsCommands::exportFile,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"set-stock"_s},
                            .summary = tr("Sets the counted stock on hand (a correction on the ledger)."),
                            .arguments = {sku,
                                    {.name = kQuantity,
                                            .description = tr("Units on hand now; not below what open orders "
                                                              "hold.")}},
                            .options = {{.name = u"reason"_s,
                                    .valueName = u"TEXT"_s,
                                    .description = tr("Why, for the ledger, e.g. \"cycle count\"."),
                                    .required = true}},
                            .examples = {u"shipshape-cli products set-stock SKU-10001 40 --reason \"cycle count\""_s},
                            .handler = &ProductsCommands::setStock,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"replenish"_s},
                            .summary = tr("Adds received units to the stock on hand."),
                            .arguments = {sku, {.name = kQuantity, .description = tr("Units received, 1 or more.")}},
                            .options = {{.name = u"reason"_s,
                                    .valueName = u"TEXT"_s,
                                    .description = tr("For the ledger, e.g. a purchase order number.")}},
                            .examples = {u"shipshape-cli products replenish SKU-10001 24 --reason \"PO 17\""_s},
                            .handler = &ProductsCommands::replenish,
                    },
                    CommandSpec{
                            .words = {u"products"_s, u"movements"_s},
                            .summary = tr("Shows a product's stock ledger, newest first."),
                            .arguments = {sku},
                            .options = {{.name = u"limit"_s,
                                    .valueName = u"N"_s,
                                    .description = tr("At most N movements (1 to 100000). Default: 50.")}},
                            .examples = {u"shipshape-cli products movements SKU-10001 --limit 10"_s},
                            .handler = &ProductsCommands::movements,
                    },
            },
    };
}

int ProductsCommands::list(CliContext &context, const CommandInput &input)
{
    const ProductFilter filter{input.value(u"search"_s, QString()), input.flag(u"low-stock"_s)};
    const auto page = input.page(100);
    if (!page)
        return context.fail(page.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto list = (*session)->inventory().products(filter, page->limit, page->offset);
    if (!list)
        return context.fail(list.error());
    if (context.json()) {
        QJsonArray array;
        for (const Product &product : *list)
            array.append(OrderJson::product(product));
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    out << pad(tr("SKU"), 14) << pad(tr("Name"), 30) << pad(tr("Price"), 14) << pad(tr("On hand"), 9)
        << pad(tr("Reserved"), 9) << tr("Available") << '\n';
    for (const Product &product : *list) {
        out << pad(product.sku, 14) << pad(product.name, 30) << pad(product.price.toDisplayString(QLocale::c()), 14)
            << pad(countText(product.onHand), 9) << pad(countText(product.reserved), 9)
            << countText(product.available()) << (product.isLowStock() ? tr("  (low)") : QString()) << '\n';
    }
    return ExitOk;
}

int ProductsCommands::show(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto product = (*session)->inventory().product(input.argument(kSku));
    if (!product)
        return context.fail(product.error());
    if (context.json())
        return context.printJson(OrderJson::product(*product));
    context.out() << tr("SKU:        %1").arg(product->sku) << '\n'
                  << tr("Name:       %1").arg(product->name) << '\n'
                  << tr("Price:      %1").arg(product->price.toDisplayString(QLocale::c())) << '\n'
                  << tr("On hand:    %1").arg(countText(product->onHand)) << '\n'
                  << tr("Reserved:   %1").arg(countText(product->reserved)) << '\n'
                  << tr("Available:  %1").arg(countText(product->available())) << '\n'
                  << tr("Low at:     %1").arg(countText(product->lowStockThreshold)) << '\n'
                  << tr("Tax class:  %1").arg(product->taxClass) << '\n'
                  << tr("Barcode:    %1").arg(product->barcode.isEmpty() ? tr("(none)") : product->barcode) << '\n';
    return ExitOk;
}

int ProductsCommands::edit(CliContext &context, const CommandInput &input)
{
    const ProductEdit edit{input.value(u"name"_s), input.value(u"price"_s), input.value(u"currency"_s),
            input.value(u"tax-class"_s), input.value(u"barcode"_s)};
    if (!edit.name && !edit.price && !edit.currency && !edit.taxClass && !edit.barcode) {
        return context.usage(tr("Nothing to change: give --name, --price, --currency, --tax-class or --barcode."),
                u"products edit"_s);
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto edited = (*session)->inventory().editProduct(input.argument(kSku), edit);
    if (!edited)
        return context.fail(edited.error());
    if (context.json())
        return context.printJson(OrderJson::product(*edited));
    context.out() << tr("Saved %1 (%2).").arg(edited->sku, edited->name) << '\n';
    return ExitOk;
}

int ProductsCommands::add(CliContext &context, const CommandInput &input)
{
    NewProduct product;
    product.sku = input.value(u"sku"_s, QString());
    product.name = input.value(u"name"_s, QString());
    product.price = input.value(u"price"_s, QString());
    product.currency = input.value(u"currency"_s, u"USD"_s);
    product.taxClass = input.value(u"tax-class"_s, u"standard"_s);
    product.barcode = input.value(u"barcode"_s, QString());
    for (const auto &[name, target] :
            {std::pair{u"stock"_s, &product.onHand}, std::pair{u"threshold"_s, &product.lowStockThreshold}}) {
        if (const auto text = input.value(name)) {
            const auto value = wholeNumber(*text);
            if (!value)
                return context.fail(Error::invalid(name, *text, tr("--%1 must be a whole number.").arg(name)));
            *target = *value;
        }
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto added = (*session)->inventory().addProduct(product);
    if (!added)
        return context.fail(added.error());
    if (context.json())
        return context.printJson(OrderJson::product(*added));
    context.out() << tr("Added %1 (%2).").arg(added->sku, added->name) << '\n';
    return ExitOk;
}

int ProductsCommands::importFile(CliContext &context, const CommandInput &input)
{
    const QString path = input.argument(kFile);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error::invalid(u"file"_s, path, tr("Cannot read %1: %2").arg(path, file.errorString())));
    constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return context.fail(Error::invalid(u"file"_s, path, tr("%1 is larger than 512 MiB.").arg(path)));
    const QByteArray csv = file.readAll();
    const bool dryRun = input.flag(u"dry-run"_s);
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    ProductImport import((*session)->database(), (*session)->clock(), &(*session)->events());
    auto summary = import.run(csv, path, dryRun);
    if (!summary)
        return context.fail(summary.error());
    const bool refused = !summary->issues.isEmpty();
    if (context.json()) {
        context.printJson(summaryJson(*summary, dryRun));
        return refused ? ExitInvalidInput : ExitOk;
    }
    if (refused) {
        QTextStream &err = context.err();
        err << tr("%1: %n problem(s); nothing was imported.", nullptr, int(summary->issues.size())).arg(path) << '\n';
        for (const ImportIssue &issue : summary->issues) {
            const QString where = issue.row == 0 ? tr("file") : tr("row %1").arg(issue.row);
            const QString column = issue.column.isEmpty() ? QString() : u", "_s + issue.column;
            const QString value = issue.value.isEmpty() ? QString() : u" \""_s + issue.value + u'"';
            err << u"%1%2%3: %4"_s.arg(where, column, value, issue.message) << '\n';
        }
        err.flush();
        return ExitInvalidInput;
    }
    context.out() << (dryRun ? tr("Dry run, nothing written: %1 rows; would create %2, update %3, set the stock of "
                                  "%4; %5 unchanged.")
                             : tr("Imported %1 rows: %2 created, %3 updated, stock set for %4, %5 unchanged "
                                  "(ledger reason \"%6\")."))
                             .arg(summary->rows)
                             .arg(summary->created)
                             .arg(summary->updated)
                             .arg(summary->stockSet)
                             .arg(summary->unchanged)
                             .arg(summary->reference)
                  << '\n';
    return ExitOk;
}

int ProductsCommands::exportFile(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    ProductImport exporter((*session)->database(), (*session)->clock());
    auto csv = exporter.exportCsv();
    if (!csv)
        return context.fail(csv.error());
    const QString path = input.argument(kFile);
    if (path.isEmpty()) {
        context.out() << QString::fromUtf8(*csv);
        context.out().flush();
        return ExitOk;
    }
    // All or nothing: a file that was there stays whole until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit())
        return context.fail(Error::invalid(u"file"_s, path, tr("Cannot write %1: %2").arg(path, file.errorString())));
    if (!context.json())
        context.err() << tr("Wrote %1.").arg(path) << '\n';
    return ExitOk;
}

int ProductsCommands::setStock(CliContext &context, const CommandInput &input)
{
    const auto onHand = quantity(input);
    if (!onHand)
        return context.fail(onHand.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printStock(context,
            (*session)->inventory().setStock(input.argument(kSku), *onHand, input.value(u"reason"_s, QString())));
}

int ProductsCommands::replenish(CliContext &context, const CommandInput &input)
{
    const auto received = quantity(input);
    if (!received)
        return context.fail(received.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    return printStock(context,
            (*session)->inventory().replenish(input.argument(kSku), *received, input.value(u"reason"_s, QString())));
}

int ProductsCommands::movements(CliContext &context, const CommandInput &input)
{
    const auto page = input.page(50);
    if (!page)
        return context.fail(page.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto movements = (*session)->inventory().movements(input.argument(kSku), page->limit);
    if (!movements)
        return context.fail(movements.error());
    if (context.json()) {
        QJsonArray array;
        for (const StockMovement &movement : *movements)
            array.append(OrderJson::movement(movement));
        return context.printJson(array);
    }
    for (const StockMovement &movement : *movements) {
        context.out() << movement.at.toString(Qt::ISODate) << "  "
                      << pad(StockMovementKinds::displayName(movement.kind), 14)
                      << pad(u"%1/%2"_s.arg(movement.onHandDelta).arg(movement.reservedDelta), 12)
                      << pad(tr("now %1/%2").arg(movement.onHandAfter).arg(movement.reservedAfter), 16)
                      << pad(movement.actor, 14) << movement.reason << '\n';
    }
    return ExitOk;
}

} // namespace shipshape::cli
