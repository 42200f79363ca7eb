#include "cli/HelpText.h"

#include "cli/ExitCode.h"
#include "storage/DatabaseUrl.h"

#include <QDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

constexpr qsizetype kLineWidth = 100;
constexpr qsizetype kMaxNameColumn = 30;

// Fills lines up to kLineWidth; continuation lines start at `indent`. Line breaks in `text` are kept.
QString wrapped(const QString &text, qsizetype firstColumn, qsizetype indent)
{
    QString result;
    qsizetype column = firstColumn;
    const QStringList paragraphs = text.split(u'\n');
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) {
            result += u'\n' + QString(indent, u' ');
            column = indent;
        }
        bool first = true;
        for (const QString &word : paragraphs.at(p).split(u' ', Qt::SkipEmptyParts)) {
            if (!first && column + 1 + word.size() > kLineWidth) {
                result += u'\n' + QString(indent, u' ');
                column = indent;
            } else if (!first) {
                result += u' ';
                ++column;
            }
            result += word;
            column += word.size();
            first = false;
        }
    }
    return result;
}

// "  NAME   description" rows with the descriptions aligned and wrapped.
// `width` is the least width of the name column (to line several tables up).
QString table(const QList<std::pair<QString, QString>> &rows, qsizetype width = 0)
{
    for (const auto &[name, description] : rows)
        width = std::max(width, std::min(name.size(), kMaxNameColumn));
    QString text;
    for (const auto &[name, description] : rows) {
        const qsizetype indent = 2 + width + 2;
        text += u"  "_s + name;
        if (name.size() > width)
            text += u'\n' + QString(indent, u' ');
        else
            text += QString(width - name.size() + 2, u' ');
        text += wrapped(description, indent, indent) + u'\n';
    }
    return text;
}

QString optionUsage(const OptionSpec &option)
{
    QString text = u"--"_s + option.name + u' ' + option.valueName;
    if (!option.required)
        text = u'[' + text + u']';
    return option.repeatable ? text + u"..."_s : text;
}

QString argumentUsage(const ArgumentSpec &argument)
{
    const QString text = argument.repeatable ? argument.name + u"..."_s : argument.name;
    return argument.required ? text : u'[' + text + u']';
}

QString choicesText(const QStringList &choices)
{
    return choices.isEmpty() ? QString() : HelpText::tr(" One of: %1.").arg(choices.join(u", "_s));
}

} // namespace

QList<OptionSpec> HelpText::globalOptions()
{
    return {
            {.name = u"database"_s,
                    .valueName = u"URL"_s,
                    .description = tr("sqlite:PATH or postgresql://USER@HOST:PORT/DB. Default: $SHIPSHAPE_DATABASE, "
                                      "else the embedded file %1 (the only folder created on demand).")
                                           .arg(QDir::toNativeSeparators(DatabaseUrl::defaultSqlitePath()))},
            {.name = u"json"_s,
                    .description = tr("Machine-readable output on standard output; an error is one JSON object on "
                                      "standard error.")},
            {.name = u"help"_s,
                    .description = tr("This help; after a command (or a noun such as orders) that command's own "
                                      "help. Also -h.")},
            {.name = u"version"_s, .description = tr("The version of shipshape-cli.")},
    };
}

QList<std::pair<int, QString>> HelpText::exitCodes()
{
    return {
            {ExitOk, tr("success")},
            {ExitInternal, tr("internal error")},
            {ExitUsage, tr("usage: unknown command or option, missing or extra argument; nothing was opened")},
            {ExitInvalidInput, tr("invalid input: a value, file or request is wrong")},
            {ExitConflict, tr("conflict: out of stock, illegal status transition, stale price, newer schema")},
            {ExitPaymentFailed, tr("payment failed")},
            {ExitUnavailable, tr("unavailable: the database, its folder or a provider cannot be reached")},
            {ExitNotFound, tr("not found: no such order, product, customer, email or staff login")},
    };
}

QList<std::pair<QString, QString>> HelpText::environment()
{
    return {
            {u"SHIPSHAPE_DATABASE"_s, tr("The database URL when --database is not given.")},
            {u"SHIPSHAPE_STRIPE_SECRET_KEY"_s,
                    tr("Stripe's secret key, on headless machines without a keychain (secrets set stores it in "
                       "the keychain instead).")},
            {u"SHIPSHAPE_SENDGRID_API_KEY"_s, tr("SendGrid's API key, likewise.")},
            {u"SHIPSHAPE_STRIPE_WEBHOOK_SECRET"_s,
                    tr("The signing secret (whsec_…) of Stripe's webhook endpoint that serve checks, likewise.")},
            {u"SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY"_s,
                    tr("SendGrid's Event Webhook verification key (base64, as SendGrid shows it) that serve checks "
                       "signatures with; overrides the sendgrid/webhookPublicKey setting.")},
            {u"SHIPSHAPE_MAIL_FROM"_s, tr("The sender of customer emails: \"Name <address>\" or \"address\".")},
            {u"SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL"_s,
                    tr("The https page customers land on after paying a payment link; without it (or the "
                       "stripe/checkoutSuccessUrl setting) payment links are off.")},
            {u"SHIPSHAPE_RESERVATION_HOLD_MINUTES"_s,
                    tr("How long an unpaid order holds its stock, in minutes (0 lets holds lapse at the next "
                       "worker round).")},
            {u"SHIPSHAPE_STRIPE_API_BASE"_s,
                    tr("Another Stripe API address (https, or http on loopback for a test server).")},
            {u"SHIPSHAPE_SENDGRID_API_BASE"_s, tr("Another SendGrid API address, likewise.")},
            {u"PGPASSWORD"_s, tr("The PostgreSQL password when the keychain holds none (libpq also reads ~/.pgpass).")},
            {u"QT_LOGGING_RULES"_s,
                    tr("Diagnostic output, e.g. shipshape.*.info=true (shipshape-cli hides progress messages unless it "
                       "is set).")},
    };
}

QList<std::pair<QString, QString>> HelpText::files()
{
    return {
            {u"~/.local/share/Shipshape/Shipshape/shipshape.sqlite"_s,
                    tr("The embedded database when neither --database nor SHIPSHAPE_DATABASE names one (under "
                       "$XDG_DATA_HOME when that is set). Its folder is the only one created on demand.")},
            {u"FILE.vN-TIMESTAMP.bak"_s,
                    tr("The copy migrate writes next to an SQLite file before it changes the schema of version N.")},
            {u"~/.config/Shipshape/Shipshape.conf"_s,
                    tr("Settings shared with the desktop app (under $XDG_CONFIG_HOME when that is set).")},
    };
}

QString HelpText::synopsis(const CommandSpec &command)
{
    QStringList parts = command.words;
    for (const ArgumentSpec &argument : command.arguments)
        parts << argumentUsage(argument);
    return parts.join(u' ');
}

QString HelpText::usageLine(const CommandSpec &command)
{
    QStringList parts{u"shipshape-cli"_s, synopsis(command)};
    for (const OptionSpec &option : command.options) {
        if (option.required)
            parts << optionUsage(option);
    }
    for (const OptionSpec &option : command.options) {
        if (!option.required)
            parts << optionUsage(option);
    }
    for (const FlagSpec &flag : command.flags)
        parts << u"[--"_s + flag.name + u']';
    return parts.join(u' ');
}

QString HelpText::hint(const QString &topic)
{
    return topic.isEmpty() ? tr("Try 'shipshape-cli --help'.") : tr("Try 'shipshape-cli %1 --help'.").arg(topic);
}

QString HelpText::overview() const
{
    QString text = tr("Usage: shipshape-cli [--database URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]") + u"\n\n"_s
            + tr("Headless administration of a Shipshape database.") + u"\n\n"_s + tr("Global options:") + u'\n';
    QList<std::pair<QString, QString>> globals;
    for (const OptionSpec &option : globalOptions())
        globals.append({u"--"_s + option.name + (option.valueName.isEmpty() ? QString() : u' ' + option.valueName),
                option.description});
    text += table(globals);

    // One name column for every group, so the lists line up.
    qsizetype width = 0;
    for (const CommandGroup &group : m_table.groups()) {
        for (const CommandSpec &command : group.commands)
            width = std::max(width, std::min(synopsis(command).size(), kMaxNameColumn));
    }
    for (const CommandGroup &group : m_table.groups()) {
        text += u'\n' + group.title + u":\n"_s;
        QList<std::pair<QString, QString>> rows;
        for (const CommandSpec &command : group.commands)
            rows.append({synopsis(command), command.summary});
        text += table(rows, width);
    }
    text += u'\n' + tr("ORDER is an order number (1042 or #1042) or its UUID.") + u'\n'
            + wrapped(tr("'shipshape-cli COMMAND --help' or 'shipshape-cli help COMMAND' shows a command's options "
                         "and examples; 'shipshape-cli --json help' prints every command as JSON."),
                    0, 0)
            + u"\n\n"_s + tr("Exit codes:") + u'\n';
    QList<std::pair<QString, QString>> codes;
    for (const auto &[code, meaning] : exitCodes())
        codes.append({QString::number(code), meaning});
    return text + table(codes) + u'\n' + tr("Environment:") + u'\n' + table(environment());
}

QString HelpText::group(const CommandGroup &group) const
{
    QString text = tr("Usage: shipshape-cli %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(group.noun) + u"\n\n"_s
            + wrapped(group.summary, 0, 0) + u"\n\n"_s + tr("Commands:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const CommandSpec &command : group.commands)
        rows.append({synopsis(command), command.summary});
    return text + table(rows) + u'\n'
            + tr("'shipshape-cli %1 COMMAND --help' shows a command's options and examples.").arg(group.noun) + u'\n';
}

QString HelpText::command(const CommandSpec &command)
{
    QString text = tr("Usage: %1").arg(wrapped(usageLine(command), 7, 8)) + u"\n\n"_s + wrapped(command.summary, 0, 0)
            + u'\n';
    if (!command.description.isEmpty()) {
        // Lines that fit are kept as written (request shapes and examples are laid out by hand).
        QStringList lines;
        for (const QString &line : command.description.trimmed().split(u'\n')) {
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == u' ')
                ++indent;
            lines << (line.size() > kLineWidth ? QString(indent, u' ') + wrapped(line, indent, indent) : line);
        }
        text += u'\n' + lines.join(u'\n') + u'\n';
    }
    if (!command.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const ArgumentSpec &argument : command.arguments) {
            QString description = argument.description + choicesText(argument.choices);
            if (!argument.required)
                description += tr(" Optional.");
            rows.append({argumentUsage(argument), description});
        }
        text += u'\n' + tr("Arguments:") + u'\n' + table(rows);
    }
    if (!command.options.isEmpty() || !command.flags.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const OptionSpec &option : command.options) {
            QString description = option.description + choicesText(option.choices);
            if (option.required)
                description += tr(" Required.");
            if (option.repeatable)
                description += tr(" May be given more than once.");
            rows.append({u"--"_s + option.name + u' ' + option.valueName, description});
        }
        for (const FlagSpec &flag : command.flags)
            rows.append({u"--"_s + flag.name, flag.description});
        text += u'\n' + tr("Options:") + u'\n' + table(rows);
    }
    if (!command.examples.isEmpty()) {
        text += u'\n' + tr("Examples:") + u'\n';
        for (const QString &example : command.examples)
            text += u"  "_s + example + u'\n';
    }
    text += u'\n'
            + (command.usesDatabase
                            ? tr("Global options: --database URL, --json (see 'shipshape-cli --help' for them and "
                                 "the exit codes).")
                            : tr("Global options: --json (see 'shipshape-cli --help' for it and the exit codes)."))
            + u'\n';
    return text;
}

} // namespace shipshape::cli
