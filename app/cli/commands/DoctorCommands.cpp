#include "cli/commands/DoctorCommands.h"

#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "diagnostics/Diagnostics.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

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
                    .summary = tr("Checks the database, its schema and clock, customer emails, disk space and "
                                  "provider keys; one line each."),
                    .options = {{.name = u"min-free-mb"_s,
                                        .valueName = u"MEGABYTES"_s,
                                        .description = tr("Room an SQLite file's disk must have (0 to 1000000). "
                                                          "Default: 200.")},
                            {.name = u"max-waiting-emails"_s,
                                    .valueName = u"N"_s,
                                    .description = tr("Emails waiting to be sent before the backlog counts as stuck "
                                                      "(0 to 1000000). Default: 100.")}},
                    .examples = {u"shipshape-cli doctor"_s, u"shipshape-cli --json doctor"_s},
                    .description = tr("Each line starts with ✓ when the check passed and ✗ when it did not, and "
                                      "then says what was found or what to do. Nothing is migrated or created: a "
                                      "missing SQLite file is reported, not made. Exit 0 when every check passed, "
                                      "6 when the database cannot be opened, 4 when another check failed. "
                                      "Stripe and SendGrid are not called; the keys are only looked for."),
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
    const auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());

    DiagnosticsOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    options.minimumFreeBytes = qint64(freeMegabytes->value_or(200)) * 1024 * 1024;
    options.waitingEmailsLimit = waiting->value_or(100);
    options.secrets = context.secrets();
    options.keychainReachable = SecretStore::keychainReachable();
    const QList<DiagnosticResult> results = Diagnostics::run(*url, options);

    bool databaseOpens = true;
    bool allPassed = true;
    QJsonArray checks;
    for (const DiagnosticResult &result : results) {
        allPassed = allPassed && result.passed;
        if (result.key == u"database"_s)
            databaseOpens = result.passed;
        if (context.json())
            checks.append(QJsonObject{{u"check"_s, result.key}, {u"title"_s, result.title},
                    {u"passed"_s, result.passed}, {u"detail"_s, result.detail}});
        else
            context.out() << (result.passed ? u"✓ "_s : u"✗ "_s) << result.title << u": "_s << result.detail << '\n';
    }
    if (context.json())
        context.printJson(QJsonObject{{u"passed"_s, allPassed}, {u"checks"_s, checks}});
    return allPassed ? ExitOk : !databaseOpens ? ExitUnavailable : ExitConflict;
}

} // namespace shipshape::cli
