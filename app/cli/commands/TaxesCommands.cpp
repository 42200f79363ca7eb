#include "cli/commands/TaxesCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "pricing/TaxService.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

QJsonObject rateJson(const TaxRate &rate)
{
    return QJsonObject{{u"country"_s, rate.country}, {u"region"_s, rate.region}, {u"taxClass"_s, rate.taxClass},
            {u"name"_s, rate.name}, {u"rate"_s, rate.rate.toPercentString()},
            {u"ratePpm"_s, rate.rate.partsPerMillion()}};
}

} // namespace

CommandGroup TaxesCommands::group()
{
    const ArgumentSpec country{.name = u"COUNTRY"_s, .description = tr("Two-letter country code (ISO 3166-1), e.g. DE.")};
    const OptionSpec region{.name = u"region"_s,
            .valueName = u"REGION"_s,
            .description = tr("A region within the country, as in the shipping address's state (e.g. CA). "
                              "Default: the whole country.")};
    const OptionSpec taxClass{.name = u"class"_s,
            .valueName = u"CLASS"_s,
            .description = tr("The product tax class the rate is for. Default: standard.")};
    return CommandGroup{
            .title = tr("Taxes"),
            .noun = u"taxes"_s,
            .summary = tr("Tax rates by destination and product tax class. Orders keep the rates they were "
                          "placed with; a change applies to new orders and new lines."),
            .commands = {
                    CommandSpec{
                            .words = {u"taxes"_s, u"list"_s},
                            .summary = tr("Lists the tax rates and whether prices include tax."),
                            .examples = {u"shipshape-cli taxes list"_s, u"shipshape-cli --json taxes list"_s},
                            .handler = &TaxesCommands::list,
                    },
                    CommandSpec{
                            .words = {u"taxes"_s, u"set"_s},
                            .summary = tr("Adds a tax rate or changes the one for the same destination and class."),
                            .arguments = {country,
                                    {.name = u"PERCENT"_s,
                                            .description = tr("The rate in percent, 0 to 100 with at most four "
                                                              "decimals: 19, 8.875.")}},
                            .options = {{.name = u"name"_s,
                                                .valueName = u"NAME"_s,
                                                .description = tr("The tax's name on invoices, e.g. VAT."),
                                                .required = true},
                                    region, taxClass},
                            .examples = {u"shipshape-cli taxes set DE 19 --name VAT"_s,
                                    u"shipshape-cli taxes set DE 7 --name VAT --class reduced"_s,
                                    u"shipshape-cli taxes set US 7.25 --region CA --name \"CA sales tax\""_s},
                            .description = tr("The most specific rate applies to an order line: the region's, else "
                                              "the whole country's; a destination without a rate is not taxed."),
                            .handler = &TaxesCommands::set,
                    },
                    CommandSpec{
                            .words = {u"taxes"_s, u"remove"_s},
                            .summary = tr("Removes a tax rate (exit 7 when there is none)."),
                            .arguments = {country},
                            .options = {region, taxClass},
                            .examples = {u"shipshape-cli taxes remove US --region CA"_s},
                            .handler = &TaxesCommands::remove,
                    },
                    CommandSpec{
                            .words = {u"taxes"_s, u"prices"_s},
                            .summary = tr("Says whether the shop's prices include tax, or sets it."),
                            .arguments = {{.name = u"MODE"_s,
                                    .description = tr("inclusive: catalogue prices contain the tax; exclusive: "
                                                      "tax is added on top. Without it, prints the current mode."),
                                    .required = false,
                                    .choices = {u"inclusive"_s, u"exclusive"_s}}},
                            .examples = {u"shipshape-cli taxes prices inclusive"_s},
                            .description = tr("Orders keep the mode they were placed with."),
                            .handler = &TaxesCommands::prices,
                    },
            },
    };
}

int TaxesCommands::list(CliContext &context, const CommandInput &)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    TaxService taxes((*session)->database(), (*session)->clock());
    auto rates = taxes.rates();
    if (!rates)
        return context.fail(rates.error());
    auto inclusive = taxes.pricesIncludeTax();
    if (!inclusive)
        return context.fail(inclusive.error());
    if (context.json()) {
        QJsonArray array;
        for (const TaxRate &rate : std::as_const(*rates))
            array.append(rateJson(rate));
        return context.printJson(QJsonObject{{u"pricesIncludeTax"_s, *inclusive}, {u"rates"_s, array}});
    }
    QTextStream &out = context.out();
    out << (*inclusive ? tr("Prices include tax.") : tr("Prices exclude tax; tax is added on top.")) << '\n';
    if (rates->isEmpty()) {
        out << tr("No tax rates: orders are not taxed. Add one with: shipshape-cli taxes set COUNTRY PERCENT --name NAME")
            << '\n';
        return ExitOk;
    }
    out << pad(tr("Country"), 9) << pad(tr("Region"), 10) << pad(tr("Class"), 14) << pad(tr("Rate"), 10) << tr("Name")
        << '\n';
    for (const TaxRate &rate : std::as_const(*rates)) {
        out << pad(rate.country, 9) << pad(rate.region.isEmpty() ? u"—"_s : rate.region, 10) << pad(rate.taxClass, 14)
            << pad(rate.rate.toPercentString() + u" %"_s, 10) << rate.name << '\n';
    }
    return ExitOk;
}

int TaxesCommands::set(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto rate = TaxService((*session)->database(), (*session)->clock())
                        .setRate(input.argument(u"COUNTRY"_s), input.value(u"region"_s, QString()),
                                input.value(u"class"_s, QString()), input.value(u"name"_s, QString()),
                                input.argument(u"PERCENT"_s));
    if (!rate)
        return context.fail(rate.error());
    if (context.json())
        return context.printJson(rateJson(*rate));
    context.out() << tr("%1 %2 % for %3%4, class %5.")
                             .arg(rate->name, rate->rate.toPercentString(), rate->country,
                                     rate->region.isEmpty() ? QString() : u"/" + rate->region, rate->taxClass)
                  << '\n';
    return ExitOk;
}

int TaxesCommands::remove(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    if (auto removed = TaxService((*session)->database(), (*session)->clock())
                               .removeRate(input.argument(u"COUNTRY"_s), input.value(u"region"_s, QString()),
                                       input.value(u"class"_s, QString()));
            !removed)
        return context.fail(removed.error());
    if (context.json())
        return context.printJson(QJsonObject{{u"removed"_s, true}});
    context.out() << tr("Removed the tax rate.") << '\n';
    return ExitOk;
}

int TaxesCommands::prices(CliContext &context, const CommandInput &input)
{
    const QString mode = input.argument(u"MODE"_s);
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    TaxService taxes((*session)->database(), (*session)->clock());
    if (!mode.isEmpty()) {
        if (auto written = taxes.setPricesIncludeTax(mode == u"inclusive"_s); !written)
            return context.fail(written.error());
    }
    auto inclusive = taxes.pricesIncludeTax();
    if (!inclusive)
        return context.fail(inclusive.error());
    if (context.json())
        return context.printJson(QJsonObject{{u"pricesIncludeTax"_s, *inclusive}});
    context.out() << (*inclusive ? tr("Prices include tax.") : tr("Prices exclude tax; tax is added on top.")) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
