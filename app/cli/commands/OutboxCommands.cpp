#include "cli/commands/OutboxCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "cli/TextColumns.h"
#include "notification/NotificationOutbox.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

const QString kOrder = u"ORDER"_s;
const QString kId = u"ID"_s;

QStringList statusKeys()
{
    QStringList keys;
    for (OutboxStatus status : OutboxStatuses::all())
        keys << OutboxStatuses::key(status);
    return keys;
}

QStringList deliveryKeys()
{
    QStringList keys;
    for (DeliveryState state : DeliveryStates::all())
        keys << DeliveryStates::key(state);
    return keys;
}

} // namespace

CommandGroup OutboxCommands::group()
{
    const ArgumentSpec order{.name = kOrder, .description = tr("The order: its number (1042 or #1042) or its UUID.")};
    return CommandGroup{
            .title = tr("Customer emails"),
            .noun = u"outbox"_s,
            .summary = tr("Every order change queues its customer email in the outbox, in the same transaction; "
                          "the worker sends them through SendGrid and retries with backoff."),
            .commands = {
                    CommandSpec{
                            .words = {u"outbox"_s, u"list"_s},
                            .summary = tr("Lists emails, newest first, with their state, what SendGrid reported "
                                          "became of them, and the last error or the delivery's reason."),
                            .options = {{.name = u"status"_s,
                                                .valueName = u"STATUS"_s,
                                                .description = tr("Only emails in this state."),
                                                .choices = statusKeys()},
                                    {.name = u"delivery"_s,
                                            .valueName = u"STATE"_s,
                                            .description = tr("Only sent emails SendGrid's Event Webhook reported "
                                                              "in this delivery state."),
                                            .choices = deliveryKeys()},
                                    {.name = u"limit"_s,
                                            .valueName = u"N"_s,
                                            .description = tr("At most N rows (1 to 10000). Default: 50.")}},
                            .examples = {u"shipshape-cli outbox list --status failed"_s,
                                    u"shipshape-cli outbox list --delivery bounced"_s},
                            .handler = &OutboxCommands::list,
                    },
                    CommandSpec{
                            .words = {u"outbox"_s, u"retry"_s},
                            .summary = tr("Queues a failed email again, for another round of attempts."),
                            .arguments = {{.name = kId, .description = tr("The email's ID (outbox list).")}},
                            .examples = {u"shipshape-cli outbox retry 17"_s},
                            .handler = &OutboxCommands::retry,
                    },
                    CommandSpec{
                            .words = {u"outbox"_s, u"resend"_s},
                            .summary = tr("Queues a fresh copy of the order's most recent email."),
                            .arguments = {order},
                            .examples = {u"shipshape-cli outbox resend 1042"_s},
                            .handler = &OutboxCommands::resend,
                    },
                    CommandSpec{
                            .words = {u"outbox"_s, u"preview"_s},
                            .summary = tr("Shows the email an event would send for the order as it is now."),
                            .arguments = {order},
                            .options = {{.name = u"event"_s,
                                                .valueName = u"EVENT"_s,
                                                .description = tr("Which email."),
                                                .required = true,
                                                .choices = NotificationEvents::keys()},
                                    {.name = u"html"_s,
                                            .valueName = u"FILE"_s,
                                            .description = tr("Also write the HTML version to FILE."),
                                            .kind = ValueKind::File}},
                            .examples = {u"shipshape-cli outbox preview 1042 --event shipped --html /tmp/shipped.html"_s},
                            .handler = &OutboxCommands::preview,
                    },
            },
    };
}

int OutboxCommands::list(CliContext &context, const CommandInput &input)
{
    std::optional<OutboxStatus> status;
    if (const auto key = input.value(u"status"_s)) {
        status = OutboxStatuses::fromKey(*key);
        if (!status) {
            return context.fail(Error::invalid(u"status"_s, *key,
                    tr("Unknown email status \"%1\": use %2.").arg(*key, statusKeys().join(u", "_s))));
        }
    }
    std::optional<DeliveryState> delivery;
    if (const auto key = input.value(u"delivery"_s)) {
        delivery = DeliveryStates::fromKey(*key);
        if (!delivery) {
            return context.fail(Error::invalid(u"delivery"_s, *key,
                    tr("Unknown delivery state \"%1\": use %2.").arg(*key, deliveryKeys().join(u", "_s))));
        }
    }
    const auto page = input.page(50, 10000);
    if (!page)
        return context.fail(page.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto entries = (*session)->notifications().list(status, page->limit, delivery);
    if (!entries)
        return context.fail(entries.error());
    if (context.json()) {
        QJsonArray array;
        for (const OutboxEntry &entry : *entries)
            array.append(entry.toJson());
        return context.printJson(array);
    }
    QTextStream &out = context.out();
    out << pad(tr("ID"), 7) << pad(tr("Order"), 9) << pad(tr("Event"), 11) << pad(tr("Status"), 9)
        << pad(tr("Delivery"), 12) << pad(tr("Tries"), 6) << pad(tr("Next attempt (UTC)"), 21)
        << pad(tr("Recipient"), 32) << tr("Last error or delivery reason") << '\n';
    for (const OutboxEntry &entry : *entries) {
        out << pad(QString::number(entry.id), 7) << pad(u"#"_s + QString::number(entry.orderNumber), 9)
            << pad(NotificationEvents::key(entry.event), 11) << pad(OutboxStatuses::key(entry.status), 9)
            << pad(entry.deliveryState ? DeliveryStates::key(*entry.deliveryState) : u"-"_s, 12)
            << pad(countText(entry.attempts), 6) << pad(entry.nextAttemptAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), 21)
            << pad(entry.recipient(), 32) << (entry.lastError.isEmpty() ? entry.deliveryReason : entry.lastError)
            << '\n';
    }
    return ExitOk;
}

int OutboxCommands::retry(CliContext &context, const CommandInput &input)
{
    const QString text = input.argument(kId);
    const auto id = wholeNumber(text);
    if (!id)
        return context.fail(Error::invalid(u"id"_s, text, tr("\"%1\" is not an email ID.").arg(text)));
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto entry = (*session)->notifications().retry(*id);
    if (!entry)
        return context.fail(entry.error());
    if (context.json())
        return context.printJson(entry->toJson());
    // A failed email starts a new round of attempts; one waiting after a provider outage is sent at the
    // next round instead of at its scheduled attempt.
    if (entry->status == OutboxStatus::Retry)
        context.out() << tr("Email %1 is due now: the next round sends it.").arg(*id) << '\n';
    else
        context.out() << tr("Email %1 is queued again.").arg(*id) << '\n';
    return ExitOk;
}

int OutboxCommands::resend(CliContext &context, const CommandInput &input)
{
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto id = (*session)->notifications().resend(input.argument(kOrder));
    if (!id)
        return context.fail(id.error());
    if (context.json())
        return context.printJson(QJsonObject{{u"id"_s, *id}});
    context.out() << tr("Queued a fresh copy as email %1.").arg(*id) << '\n';
    return ExitOk;
}

int OutboxCommands::preview(CliContext &context, const CommandInput &input)
{
    const QString eventKey = input.value(u"event"_s, QString());
    const auto event = NotificationEvents::fromKey(eventKey);
    if (!event) {
        return context.fail(Error::invalid(u"event"_s, eventKey,
                tr("Unknown email event \"%1\": use %2.").arg(eventKey, NotificationEvents::keys().join(u", "_s))));
    }
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    auto email = (*session)->notifications().preview(input.argument(kOrder), *event);
    if (!email)
        return context.fail(email.error());
    if (const auto htmlPath = input.value(u"html"_s)) {
        QFile file(*htmlPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(email->html.toUtf8()) < 0) {
            return context.fail(
                    Error::invalid(u"html"_s, *htmlPath, tr("Cannot write %1: %2").arg(*htmlPath, file.errorString())));
        }
    }
    if (context.json()) {
        return context.printJson(
                QJsonObject{{u"subject"_s, email->subject}, {u"text"_s, email->text}, {u"html"_s, email->html}});
    }
    context.out() << tr("Subject: %1").arg(email->subject) << "\n\n" << email->text;
    return ExitOk;
}

} // namespace shipshape::cli
