#include "cli/commands/DoctorCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "diagnostics/Diagnostics.h"
#include "diagnostics/ProviderChecks.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {

CommandGroup DoctorCommands::group()
{
    return CommandGroup{
            .title = tr("Diagnostics"),
            .noun = {},
            .summary = tr("Whether this installation can work."),
            .commands = {CommandSpec{
                    .words = {u"doctor"_s},
                    .summary = tr("Checks the database, its schema and clock, customer emails, disk space, "
                                  "provider keys, Stripe and SendGrid; one line each."),
                    .options = {{.name = u"min-free-mb"_s,
                                        .valueName = u"MEGABYTES"_s,
                                        .description = tr("Room an SQLite file's disk must have (0 to 1000000). "
                                                          "Default: 200.")},
                            {.name = u"max-waiting-emails"_s,
                                    .valueName = u"N"_s,
                                    .description = tr("Emails waiting to be sent before the backlog counts as stuck "
                                                      "(0 to 1000000). Default: 100.")},
                            {.name = u"provider-timeout"_s,
                                    .valueName = u"SECONDS"_s,
                                    .description = tr("How long to wait for Stripe's and SendGrid's answer (1 to "
                                                      "120). Default: 10.")}},
                    .examples = {u"shipshape-cli doctor"_s, u"shipshape-cli --json doctor"_s},
                    .description = tr("Each line starts with ✓ when the check passed and ✗ when it did not, and "
                                      "then says what was found or what to do. Nothing is migrated or created: a "
                                      "missing SQLite file is reported, not made. Stripe is asked GET /v1/balance "
                                      "with a test key only: a live key (sk_live_…) is never sent and its line, "
                                      "marked –, says \"not checked\"; SendGrid is asked GET /v3/scopes and the key "
                                      "must have the mail.send scope. Neither call changes anything. Exit 0 when no "
                                      "check failed, 6 when the database cannot be opened, 4 when another check "
                                      "failed."),
                    .handler = &DoctorCommands::doctor,
            }},
    };
}

int DoctorCommands::doctor(CliContext &context, const CommandInput &input)
{
    const auto freeMegabytes = input.count(u"min-free-mb"_s, 0, 1000000);
    if (!freeMegabytes)
        return context.fail(freeMegabytes.error());
    const auto waiting = input.count(u"max-waiting-emails"_s, 0, 1000000);
    if (!waiting)
        return context.fail(waiting.error());
    const auto providerTimeout = input.count(u"provider-timeout"_s, 1, 120);
    if (!providerTimeout)
        return context.fail(providerTimeout.error());
    const auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());

    DiagnosticsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    options.minimumFreeBytes = qint64(freeMegabytes->value_or(200)) * 1024 * 1024;
    options.waitingEmailsLimit = waiting->value_or(100);
    options.secrets = context.secrets();
    options.keychainReachable = SecretStore::keychainReachable();
    QList<DiagnosticResult> results = Diagnostics::run(*url, options);

    // The providers answer through this command's one top-level loop (CliContext::wait).
    ProviderCheckSettings providerSettings = ProviderCheckSettings::load(options.secrets);
    providerSettings.timeout = std::chrono::seconds(providerTimeout->value_or(10));
    QNetworkAccessManager network;
    ProviderChecks providers(&network, providerSettings);
    const auto providerResults = context.wait(providers.run());
    if (!providerResults)
        return context.fail(providerResults.error());
    results << *providerResults;

    bool databaseOpens = true;
    QJsonArray checks;
    for (const DiagnosticResult &result : std::as_const(results)) {
        if (result.key == u"database"_s)
            databaseOpens = result.passed;
        QJsonObject check{{u"check"_s, result.key}, {u"title"_s, result.title}, {u"passed"_s, result.passed},
                {u"detail"_s, result.detail}};
        if (result.skipped)
            check.insert(u"skipped"_s, true);
        checks.append(check);
    }
    const bool allPassed = Diagnostics::allPassed(results);
    if (context.json())
        context.printJson(QJsonObject{{u"passed"_s, allPassed}, {u"checks"_s, checks}});
    else
        context.out() << Diagnostics::text(results);
    return allPassed ? ExitOk : !databaseOpens ? ExitUnavailable : ExitConflict;
}

} // namespace shipshape::cli
