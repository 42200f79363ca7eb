#include "cli/commands/SecretsCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CommandGroup SecretsCommands::group()
{
    return CommandGroup{
            .title = tr("Secrets"),
            .noun = u"secrets"_s,
            .summary = tr("Provider keys live in the system keychain, never in the database, settings or logs."),
            .commands = {CommandSpec{
                    .words = {u"secrets"_s, u"set"_s},
                    .summary = tr("Stores a secret read from standard input in the keychain."),
                    .arguments = {{.name = u"NAME"_s,
                            .description = tr("stripe (the Stripe secret key), stripe-webhook (the signing "
                                              "secret of Stripe's webhook endpoint, whsec_…), sendgrid (the "
                                              "SendGrid API key), twilio (the Twilio auth token), api-jwt (the Order "
                                              "API's token key), or "
                                              "postgresql:USER@HOST:PORT/DB (a database password).")}},
                    .examples = {u"printf %s \"$KEY\" | shipshape-cli secrets set sendgrid"_s,
                            u"shipshape-cli secrets set stripe    # asks, without echo"_s},
                    .description = tr("The secret is never taken from the command line, where ps and the shell "
                                      "history would show it. Headless machines may use SHIPSHAPE_STRIPE_SECRET_KEY, "
                                      "SHIPSHAPE_STRIPE_WEBHOOK_SECRET and SHIPSHAPE_SENDGRID_API_KEY instead."),
                    .usesDatabase = false,
                    .handler = &SecretsCommands::set,
            }},
    };
}

int SecretsCommands::set(CliContext &context, const CommandInput &input)
{
    const QString name = input.argument(u"NAME"_s);
    auto secret = context.readSecretLine(
            tr("Secret: "), Error::invalid(u"secret"_s, {}, tr("No secret on standard input.")));
    if (!secret)
        return context.fail(secret.error());
    // The keychain answers asynchronously; this loop is the command's only one (not a nested loop).
    Status stored;
    QEventLoop loop;
    SecretStore().writeAsync(name, secret->trimmed(), &loop, [&](const Status &written) {
        stored = written;
        loop.quit();
    });
    loop.exec();
    if (!stored)
        return context.fail(stored.error());
    context.out() << tr("Stored the %1 secret in the keychain.").arg(name) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
