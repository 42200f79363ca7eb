#include "cli/commands/WebhooksCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "net/HttpClient.h"
#include "notification/MailSettings.h"
#include "notification/WebhookEndpoints.h"
#include "notification/WebhookOutbox.h"
#include "notification/WebhookSender.h"
#include "notification/WebhookSignature.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kUrl = u"URL"_s;
const QString kId = u"ID"_s;

QStringList statusKeys()
{
    QStringList keys;
    for (OutboxStatus status : OutboxStatuses::all())
        keys << OutboxStatuses::key(status);
    return keys;
}

// An ID argument; `refusal` says what it should have been.
Result<qint64> idArgument(const QString &text, const QString &refusal)
{
    const auto id = wholeNumber(text);
    if (!id || *id < 1)
        return fail(Error::invalid(u"id"_s, text, refusal));
    return *id;
}

Result<qint64> endpointIdArgument(const CommandInput &input)
{
    const QString text = input.argument(kId);
    return idArgument(text, WebhooksCommands::tr("\"%1\" is not a webhook endpoint ID.").arg(text));
}

} // namespace

CommandGroup WebhooksCommands::group()
{
    const ArgumentSpec id{.name = kId, .description = tr("The endpoint's ID (webhooks list).")};
    return CommandGroup{
            .title = tr("Webhooks"),
            .noun = u"webhooks"_s,
            .summary = tr("Endpoints that receive order and stock events as signed JSON POSTs, queued with the change "
                          "and sent by the worker with retries (docs/notifications.md)."),
            .commands = {
                    CommandSpec{
                            .words = {u"webhooks"_s, u"add"_s},
                            .summary = tr("Registers an endpoint for some events; its signing secret goes to the "
                                          "keychain."),
                            .arguments = {{.name = kUrl,
                                    .description = tr("Where to POST: https, or plain http only to this computer.")}},
                            .options = {{.name = u"events"_s,
                                                .valueName = u"E1,E2"_s,
                                                .description = tr("Comma-separated: %1.")
                                                                       .arg(WebhookEventTypes::keys().join(u", "_s)),
                                                .required = true},
                                    {.name = u"secret-env"_s,
                                            .valueName = u"VAR"_s,
                                            .description = tr("Take the signing secret from this environment variable "
                                                              "instead of generating one (never from the command "
                                                              "line).")}},
                            .examples = {u"shipshape-cli webhooks add https://erp.example.com/hooks/shipshape "
                                         "--events order.created,order.status_changed"_s,
                                    u"SECRET=whsec_… shipshape-cli webhooks add https://x.example/h --events stock.low "
                                    "--secret-env SECRET"_s},
                            .description = tr("A generated secret is printed once, for the receiver; Shipshape keeps "
                                              "it in the keychain as webhook-ID. Without a keychain (a headless "
                                              "worker), give the worker SHIPSHAPE_WEBHOOK_SECRET_ID instead."),
                            .handler = &WebhooksCommands::add,
                    },
                    CommandSpec{
                            .words = {u"webhooks"_s, u"list"_s},
                            .summary = tr("Lists the registered endpoints and their events."),
                            .examples = {u"shipshape-cli webhooks list --json"_s},
                            .handler = &WebhooksCommands::list,
                    },
                    CommandSpec{
                            .words = {u"webhooks"_s, u"remove"_s},
                            .summary = tr("Stops sending to an endpoint; its queued deliveries fail."),
                            .arguments = {id},
                            .examples = {u"shipshape-cli webhooks remove 3"_s},
                            .handler = &WebhooksCommands::remove,
                    },
                    CommandSpec{
                            .words = {u"webhooks"_s, u"test"_s},
                            .summary = tr("Sends a signed ping to an endpoint now and prints its answer and how long "
                                          "it took."),
                            .arguments = {id},
                            .examples = {u"shipshape-cli webhooks test 3"_s},
                            .handler = &WebhooksCommands::test,
                    },
                    CommandSpec{
                            .words = {u"webhooks"_s, u"deliveries"_s},
                            .summary = tr("Lists webhook deliveries, newest first, with their state and last error."),
                            .options = {{.name = u"status"_s,
                                                .valueName = u"STATUS"_s,
                                                .description = tr("Only deliveries in this state."),
                                                .choices = statusKeys()},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N rows (1 to 10000). Default: 50.")}},
                            .examples = {u"shipshape-cli webhooks deliveries --status failed"_s},
                            .handler = &WebhooksCommands::deliveries,
                    },
                    CommandSpec{
                            .words = {u"webhooks"_s, u"retry"_s},
                            .summary = tr("Queues a failed webhook delivery again (or makes a retrying one due now)."),
                            .arguments = {{.name = kId, .description = tr("The delivery's ID (webhooks deliveries).")}},
                            .examples = {u"shipshape-cli webhooks retry 12"_s},
                            .handler = &WebhooksCommands::retry,
                    },
            },
    };
}

int WebhooksCommands::add(CliContext &context, const CommandInput &input)
{
    // Every value is checked before the database is opened: bad input writes nothing.
    const QString urlText = input.argument(kUrl);
    if (auto url = WebhookEndpoints::checkUrl(u"url"_s, urlText); !url)
        return context.fail(url.error());
    auto events = WebhookEventTypes::parseList(u"events"_s, input.value(u"events"_s, QString()));
    if (!events)
        return context.fail(events.error());
    QString secret;
    bool generated = false;
    if (const auto variable = input.value(u"secret-env"_s)) {
        secret = qEnvironmentVariable(variable->toLocal8Bit().constData()).trimmed();
        if (secret.isEmpty())
            return context.fail(Error::invalid(
                    u"secret-env"_s, *variable, tr("The environment variable %1 is not set or empty.").arg(*variable)));
        if (secret.size() < 16)
            return context.fail(Error::invalid(u"secret-env"_s, *variable,
                    tr("The secret in %1 is too short: use at least 16 characters.").arg(*variable)));
    } else {
        secret = WebhookSignature::generateSecret();
        generated = true;
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto endpoint = WebhookEndpoints((*session)->database(), (*session)->clock()).add(urlText, *events);
    if (!endpoint)
        return context.fail(endpoint.error());

    const QString name = WebhookEndpoints::secretName(endpoint->id);
    Status stored;
    QEventLoop loop;
    SecretStore().writeAsync(name, secret, &loop, [&](const Status &written) {
        stored = written;
        loop.quit();
    });
    loop.exec();
    const QString variable = QString::fromLatin1(SecretStore::environmentVariableFor(name));
    if (context.json()) {
        QJsonObject result = endpoint->toJson();
        result.insert(u"secretStored"_s, bool(stored));
        result.insert(u"secretEnvironmentVariable"_s, variable);
        if (generated)
            result.insert(u"secret"_s, secret);
        return context.printJson(result);
    }
    QTextStream &out = context.out();
    out << tr("Added webhook endpoint %1 for %2.").arg(endpoint->id).arg(endpoint->eventKeys().join(u", "_s)) << '\n';
    if (generated)
        out << tr("Signing secret (shown once, give it to the receiver): %1").arg(secret) << '\n';
    if (stored) {
        out << tr("The secret is in the keychain as %1.").arg(name) << '\n';
    } else {
        context.err() << tr("Warning: the secret is not in the keychain (%1); the worker needs %2 set to it.")
                                 .arg(stored.error().message, variable)
                      << '\n';
    }
    return ExitOk;
}

int WebhooksCommands::list(CliContext &context, const CommandInput &)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto endpoints = WebhookEndpoints((*session)->database(), (*session)->clock()).list();
    if (!endpoints)
        return context.fail(endpoints.error());
    if (context.json()) {
        QJsonArray array;
        for (const WebhookEndpoint &endpoint : *endpoints)
            array.append(endpoint.toJson());
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    out << pad(tr("ID"), 5) << pad(tr("Added (UTC)"), 18) << pad(tr("Events"), 56) << tr("URL") << '\n';
    for (const WebhookEndpoint &endpoint : *endpoints) {
        out << pad(QString::number(endpoint.id), 5) << pad(endpoint.createdAt.toString(u"yyyy-MM-dd HH:mm"_s), 18)
            << pad(endpoint.eventKeys().join(u","_s), 56) << endpoint.url.toString() << '\n';
    }
    return ExitOk;
}

int WebhooksCommands::remove(CliContext &context, const CommandInput &input)
{
    auto id = endpointIdArgument(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto dropped = WebhookEndpoints((*session)->database(), (*session)->clock()).remove(*id);
    if (!dropped)
        return context.fail(dropped.error());
    // The secret goes too; a keychain that cannot be reached keeps an orphan entry, which signs nothing.
    QEventLoop loop;
    SecretStore().removeAsync(WebhookEndpoints::secretName(*id), &loop, [&](const Status &) { loop.quit(); });
    loop.exec();
    if (context.json())
        return context.printJson(QJsonObject{{u"id"_s, *id}, {u"droppedDeliveries"_s, *dropped}});
    context.out() << tr("Removed webhook endpoint %1 (%n queued delivery(s) dropped).", nullptr, *dropped).arg(*id)
                  << '\n';
    return ExitOk;
}

int WebhooksCommands::test(CliContext &context, const CommandInput &input)
{
    auto id = endpointIdArgument(input);
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto endpoint = WebhookEndpoints((*session)->database(), (*session)->clock()).find(*id);
    if (!endpoint)
        return context.fail(endpoint.error());
    HttpClient http(&(*session)->network());
    WebhookSender sender(http, (*session)->clock(), SecretStore(), MailSettings::load().timeout);
    WebhookOutcome outcome;
    QEventLoop loop;
    sender.ping(endpoint->id, endpoint->url, &loop, [&](const WebhookOutcome &answer) {
        outcome = answer;
        loop.quit();
    });
    loop.exec();
    const bool delivered = outcome.kind == SendOutcome::Kind::Accepted;
    if (context.json()) {
        context.printJson(QJsonObject{{u"id"_s, endpoint->id}, {u"delivered"_s, delivered},
                {u"httpStatus"_s, outcome.httpStatus ? QJsonValue(*outcome.httpStatus) : QJsonValue()},
                {u"durationMs"_s, outcome.durationMs}, {u"error"_s, outcome.reason}});
    } else if (delivered) {
        context.out() << tr("Endpoint %1 answered HTTP %2 in %3 ms.")
                                 .arg(endpoint->id)
                                 .arg(outcome.httpStatus.value_or(0))
                                 .arg(outcome.durationMs)
                      << '\n';
    }
    if (delivered)
        return ExitOk;
    if (!context.json()) {
        context.err() << tr("Endpoint %1 did not accept the ping after %2 ms: %3")
                                 .arg(endpoint->id)
                                 .arg(outcome.durationMs)
                                 .arg(outcome.reason)
                      << '\n';
    }
    return ExitUnavailable;
}

int WebhooksCommands::deliveries(CliContext &context, const CommandInput &input)
{
    std::optional<OutboxStatus> status;
    if (const auto key = input.value(u"status"_s)) {
        status = OutboxStatuses::fromKey(*key);
        if (!status)
            return context.fail(Error::invalid(u"status"_s, *key,
                    tr("Unknown delivery status \"%1\": use %2.").arg(*key, statusKeys().join(u", "_s))));
    }
    const auto page = input.page(50, 10000);
    if (!page)
        return context.fail(page.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto deliveries = WebhookOutbox((*session)->database(), (*session)->clock()).list(status, page->limit);
    if (!deliveries)
        return context.fail(deliveries.error());
    if (context.json()) {
        QJsonArray array;
        for (const WebhookDelivery &delivery : *deliveries)
            array.append(delivery.toJson());
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    out << pad(tr("ID"), 7) << pad(tr("Endpoint"), 9) << pad(tr("Event"), 22) << pad(tr("Order"), 9)
        << pad(tr("Status"), 9) << pad(tr("HTTP"), 5) << pad(tr("Tries"), 6) << pad(tr("Next attempt (UTC)"), 21)
        << tr("Last error") << '\n';
    for (const WebhookDelivery &delivery : *deliveries) {
        out << pad(QString::number(delivery.id), 7) << pad(QString::number(delivery.endpointId), 9)
            << pad(WebhookEventTypes::key(delivery.type), 22)
            << pad(delivery.orderNumber ? u"#"_s + QString::number(*delivery.orderNumber) : u"-"_s, 9)
            << pad(OutboxStatuses::key(delivery.status), 9)
            << pad(delivery.httpStatus ? QString::number(*delivery.httpStatus) : u"-"_s, 5)
            << pad(countText(delivery.attempts), 6)
            << pad(delivery.nextAttemptAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), 21) << delivery.lastError << '\n';
    }
    return ExitOk;
}

int WebhooksCommands::retry(CliContext &context, const CommandInput &input)
{
    auto id = idArgument(input.argument(kId), tr("\"%1\" is not a webhook delivery ID.").arg(input.argument(kId)));
    if (!id)
        return context.fail(id.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto delivery = WebhookOutbox((*session)->database(), (*session)->clock()).retry(*id);
    if (!delivery)
        return context.fail(delivery.error());
    if (context.json())
        return context.printJson(delivery->toJson());
    context.out() << tr("Webhook delivery %1 is due now: the next worker round sends it.").arg(*id) << '\n';
    return ExitOk;
}

} // namespace shipshape::cli
