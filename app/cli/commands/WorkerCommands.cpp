#include "cli/commands/WorkerCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "session/Session.h"
#include "session/WorkerRound.h"

#include "secrets/SecretStore.h"
#include "secrets/SessionSecrets.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

void printReport(CliContext &context, const WorkerRoundReport &report)
{
    QTextStream &out = context.out();
    if (context.json()) {
        QJsonObject summary{{u"expiredReservations"_s, report.expiredReservations},
                {u"reconciledPayments"_s, report.reconciledPayments}, {u"emailsSent"_s, report.emailsSent},
                {u"emailsRetrying"_s, report.emailsRetrying}, {u"emailsFailed"_s, report.emailsFailed},
                {u"emailsWaiting"_s, report.emailsWaiting}, {u"webhooksDelivered"_s, report.webhooksDelivered},
                {u"webhooksRetrying"_s, report.webhooksRetrying}, {u"webhooksFailed"_s, report.webhooksFailed}};
        if (!report.emailsWaitingReason.isEmpty())
            summary.insert(u"emailsWaitingReason"_s, report.emailsWaitingReason);
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << WorkerCommands::tr("Expired %Ln unpaid reservation(s).", nullptr, report.expiredReservations) << '\n'
            << WorkerCommands::tr("Reconciled %Ln payment(s).", nullptr, report.reconciledPayments) << '\n'
            << WorkerCommands::tr("Sent %Ln email(s)", nullptr, report.emailsSent)
            << WorkerCommands::tr(", %L1 to retry, %L2 failed, %L3 waiting.")
                        .arg(report.emailsRetrying)
                        .arg(report.emailsFailed)
                        .arg(report.emailsWaiting)
            << '\n';
        if (!report.emailsWaitingReason.isEmpty())
            out << WorkerCommands::tr("Emails are waiting: %1").arg(report.emailsWaitingReason) << '\n';
        out << WorkerCommands::tr("Delivered %Ln webhook(s)", nullptr, report.webhooksDelivered)
            << WorkerCommands::tr(", %L1 to retry, %L2 failed.").arg(report.webhooksRetrying).arg(report.webhooksFailed)
            << '\n';
    }
    out.flush();
}

} // namespace

CommandGroup WorkerCommands::group()
{
    return CommandGroup{
            .title = tr("Background work"),
            .noun = {},
            .summary = tr("What must happen even when nobody has the app open."),
            .commands = {CommandSpec{
                    .words = {u"worker"_s},
                    .summary = tr("Expires unpaid reservations, reconciles payments, sends due customer emails."),
                    .options = {{.name = u"interval"_s,
                                        .valueName = u"SECONDS"_s,
                                        .description = tr("Time between rounds (1 to 86400). Default: 30.")},
                            {.name = u"payment-grace"_s,
                                    .valueName = u"SECONDS"_s,
                                    .description = tr("Leave card payments started less than this long ago to their "
                                                      "own answer (0 to 86400). Default: 60.")}},
                    .flags
                    = {{.name = u"once"_s, .description = tr("One round, then exit (for cron or a systemd timer).")}},
                    .examples = {u"shipshape-cli worker --once"_s, u"shipshape-cli --json worker --interval 60"_s},
                    .description = tr("Each round is the one the desktop app runs on its background thread: unpaid "
                                      "pending orders whose hold has run out are cancelled and their stock "
                                      "released; card payments whose answer was lost are settled with Stripe; "
                                      "then the customer emails that are due are sent through SendGrid (without "
                                      "a key they wait). Without --once the worker keeps going through outages "
                                      "(exit 6) and stops on any other error."),
                    .handler = &WorkerCommands::worker,
            }},
    };
}

int WorkerCommands::worker(CliContext &context, const CommandInput &input)
{
    const auto interval = input.count(u"interval"_s, 1, 86400);
    if (!interval)
        return context.fail(interval.error());
    const auto grace = input.count(u"payment-grace"_s, 0, 86400);
    if (!grace)
        return context.fail(grace.error());
    auto session = context.session();
    if (!session)
        return context.fail(session.error());

    const bool once = input.flag(u"once"_s);
    WorkerRound round(**session, std::chrono::seconds(grace->value_or(60)));
    QEventLoop loop;
    QObject::connect(&round, &WorkerRound::finished, &loop, [&](const WorkerRoundReport &report) {
        printReport(context, report);
        if (once)
            loop.exit(ExitOk);
    });
    QObject::connect(&round, &WorkerRound::failed, &loop, [&](const Error &error) {
        const int code = context.fail(error);
        // Keep going through transient outages; stop on anything a retry cannot fix.
        if (once || code != ExitUnavailable)
            loop.exit(code);
    });
    // Each round starts with the secrets read again (asynchronously, from this loop), so that a key
    // stored while the worker runs is used from its next round on; never while a round is under way.
    SecretStore secretStore;
    auto startRound = [&] {
        if (round.isRunning())
            return;
        std::optional<DatabaseUrl> url;
        if (auto parsed = context.databaseUrl())
            url = *parsed;
        SessionSecrets::load(secretStore, url, &round, [&](const SessionSecrets &secrets) {
            if (round.isRunning())
                return;
            (*session)->setSecrets(secrets);
            round.run();
        });
    };
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &round, startRound);
    // From the loop, so that a round that ends at once still finds the loop running.
    QTimer::singleShot(0, &round, startRound);
    if (!once)
        timer.start(std::chrono::seconds(interval->value_or(30)));
    return loop.exec();
}

} // namespace shipshape::cli
