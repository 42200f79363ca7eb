#include "cli/commands/ApiCommands.h"

#include "api/ApiServer.h"
#include "api/ApiToken.h"
#include "cli/CliContext.h"
#include "cli/CommandInput.h"
#include "cli/ExitCode.h"
#include "notification/MailSettings.h"
#include "notification/SendGridSignature.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "settings/ApplicationSettings.h"

#include <QDateTime>
#include <QEventLoop>
#include <QSettings>
#include <QSocketNotifier>
#include <QUuid>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::cli {
namespace {

constexpr auto kJwtSecret = "api-jwt";
constexpr auto kStripeWebhookSecret = "stripe-webhook";
// The account's auth token, which sends SMS (SessionSecrets) and signs Twilio's webhook requests.
constexpr auto kTwilioAuthToken = "twilio";

// SIGTERM and SIGINT become a byte on a socket the event loop watches: the only thing a signal handler
// may safely do.
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1);
}

// The HS256 key: SHIPSHAPE_API_JWT_KEY, else the keychain's "api-jwt" (SecretStore).
Result<QByteArray> readJwtKey()
{
    Result<QString> key = QString();
    QEventLoop loop; // the command's top-level loop (see CliContext::wait)
    SecretStore().readAsync(QString::fromLatin1(kJwtSecret), &loop, [&](const Result<QString> &read) {
        key = read;
        loop.quit();
    });
    loop.exec();
    if (!key)
        return fail(key.error());
    const QByteArray bytes = key->toUtf8();
    if (auto checked = api::ApiToken::checkKey(bytes); !checked)
        return fail(checked.error());
    return bytes;
}

// A secret of the keychain (or its environment variable, SecretStore::environmentVariableFor); empty when
// neither has it.
Result<QString> readSecret(const char *name)
{
    Result<QString> secret = QString();
    QEventLoop loop; // the command's top-level loop (see CliContext::wait)
    SecretStore().readAsync(QString::fromLatin1(name), &loop, [&](const Result<QString> &read) {
        secret = read;
        loop.quit();
    });
    loop.exec();
    return secret;
}

// The Stripe webhook's signing secret (whsec_…): SHIPSHAPE_STRIPE_WEBHOOK_SECRET, else the keychain's
// "stripe-webhook". Optional: without it the webhook endpoint answers 503 and everything else serves.
Result<QByteArray> readStripeWebhookSecret()
{
    const Result<QString> secret = readSecret(kStripeWebhookSecret);
    if (!secret)
        return fail(secret.error());
    if (!secret->isEmpty() && !secret->startsWith(u"whsec_"_s))
        return fail(Error::invalid(u"stripe-webhook"_s, {},
                QCoreApplication::translate("ApiCommands",
                        "The Stripe webhook secret starts with whsec_ (Stripe shows it with the endpoint).")));
    return secret->toUtf8();
}

Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const auto invalid = [&text] {
        return Error::invalid(u"listen"_s, text,
                ApiCommands::tr("Give --listen as ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080."));
    };
    if (colon <= 0)
        return fail(invalid());
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    QHostAddress address;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!address.setAddress(host) || !ok || port > 65535)
        return fail(invalid());
    return std::pair{address, quint16(port)};
}

} // namespace

CommandGroup ApiCommands::serveGroup()
{
    return CommandGroup{
            .title = tr("Order API"),
            .noun = {},
            .summary = tr("The storefront's way in: orders over HTTP (docs/api.md)."),
            .commands = {CommandSpec{
                    .words = {u"serve"_s},
                    .summary = tr("Serves the Order API (/v1/orders, /v1/products/…/availability) until SIGTERM."),
                    .options = {{.name = u"listen"_s,
                                        .valueName = u"ADDR:PORT"_s,
                                        .description = tr("Where to listen. Default: 127.0.0.1:8080. Anything but "
                                                          "loopback needs --tls-cert and --tls-key.")},
                            {.name = u"tls-cert"_s,
                                    .valueName = u"FILE"_s,
                                    .description = tr("PEM certificate (chain) for HTTPS."),
                                    .kind = ValueKind::File},
                            {.name = u"tls-key"_s,
                                    .valueName = u"FILE"_s,
                                    .description = tr("PEM private key for HTTPS (unencrypted)."),
                                    .kind = ValueKind::File},
                            {.name = u"workers"_s,
                                    .valueName = u"COUNT"_s,
                                    .description = tr("Database sessions serving requests at once (1 to 64). "
                                                      "Default: 4.")},
                            {.name = u"public-url"_s,
                                    .valueName = u"URL"_s,
                                    .description = tr("The address clients use to reach this server, when a proxy "
                                                      "stands in front (https://shop.example/api): Twilio signs "
                                                      "the URL it calls. Default: the request's own URL.")},
                            {.name = u"rate-limit"_s,
                                    .valueName = u"PER_SECOND"_s,
                                    .description = tr("Requests per second per token (1 to 100000), twice that "
                                                      "at once. Default: 20.")}},
                    .examples = {u"SHIPSHAPE_API_JWT_KEY=… shipshape-cli serve"_s,
                            u"shipshape-cli serve --listen 0.0.0.0:8443 --tls-cert api.pem --tls-key api.key"_s},
                    .description = tr("Bearer tokens are HS256 JSON Web Tokens made with `api-token create`; the "
                                      "key comes from SHIPSHAPE_API_JWT_KEY or the keychain (`secrets set "
                                      "api-jwt`). Stripe's webhook (POST /v1/webhooks/stripe) is checked with "
                                      "the endpoint's signing secret from SHIPSHAPE_STRIPE_WEBHOOK_SECRET or the "
                                      "keychain (`secrets set stripe-webhook`); SendGrid's Event Webhook (POST "
                                      "/v1/webhooks/sendgrid) with its public verification key from "
                                      "SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY or the sendgrid/webhookPublicKey "
                                      "setting; Twilio's messaging webhook (POST /v1/webhooks/twilio: STOP and START "
                                      "from customers) with the Twilio auth token from SHIPSHAPE_TWILIO_AUTH_TOKEN or "
                                      "the keychain (`secrets set twilio`). One line per request goes to "
                                      "standard error. SIGTERM or SIGINT stops accepting connections, lets "
                                      "requests in flight finish, and exits 0."),
                    .handler = &ApiCommands::serve,
            }},
    };
}

CommandGroup ApiCommands::tokenGroup()
{
    return CommandGroup{
            .title = tr("Order API tokens"),
            .noun = u"api-token"_s,
            .summary = tr("Bearer tokens for the Order API."),
            .commands = {CommandSpec{
                    .words = {u"api-token"_s, u"create"_s},
                    .summary = tr("Prints a signed token for a customer or a storefront."),
                    .options = {{.name = u"customer"_s,
                                        .valueName = u"ID"_s,
                                        .description = tr("The customer's ID: the token sees and cancels only their "
                                                          "orders.")},
                            {.name = u"storefront"_s,
                                    .valueName = u"NAME"_s,
                                    .description = tr("A storefront's name: the token places orders for any "
                                                      "customer.")},
                            {.name = u"expires"_s,
                                    .valueName = u"DURATION"_s,
                                    .description = tr("Lifetime: 90s, 15m, 1h, 30d (at most 366d). Default: 1h.")}},
                    .examples = {u"shipshape-cli api-token create --storefront web --expires 30d"_s,
                            u"shipshape-cli api-token create --customer 0190c0de-… --expires 1h"_s},
                    .description = tr("Signed with the key `serve` checks (SHIPSHAPE_API_JWT_KEY or the keychain's "
                                      "api-jwt, at least 32 bytes)."),
                    .usesDatabase = false,
                    .handler = &ApiCommands::createToken,
            }},
    };
}

int ApiCommands::createToken(CliContext &context, const CommandInput &input)
{
    const auto customer = input.value(u"customer"_s);
    const auto storefront = input.value(u"storefront"_s);
    if (customer.has_value() == storefront.has_value())
        return context.usage(tr("Give exactly one of --customer ID and --storefront NAME."), u"api-token create"_s);
    const auto lifetime = api::ApiToken::parseLifetime(input.value(u"expires"_s, u"1h"_s));
    if (!lifetime)
        return context.fail(lifetime.error());
    auto subject = api::TokenSubject::fromClaim(customer ? u"customer:"_s + *customer : u"storefront:"_s + *storefront);
    if (!subject) {
        const QString field = customer ? u"customer"_s : u"storefront"_s;
        return context.fail(Error::invalid(field, customer ? *customer : *storefront, subject.error().message));
    }
    const auto key = readJwtKey();
    if (!key)
        return context.fail(key.error());
    const QByteArray token = api::ApiToken::sign(*subject, *key, QDateTime::currentDateTimeUtc(), *lifetime);
    if (context.json()) {
        return context.printJson(QJsonObject{{u"token"_s, QString::fromLatin1(token)}, {u"subject"_s, subject->claim()},
                {u"expiresAt"_s, QDateTime::currentDateTimeUtc().addSecs(lifetime->count()).toString(Qt::ISODate)}});
    }
    context.out() << token << '\n';
    return ExitOk;
}

int ApiCommands::serve(CliContext &context, const CommandInput &input)
{
    api::ApiServerOptions options;
    if (const auto listen = input.value(u"listen"_s)) {
        const auto parsed = parseListen(*listen);
        if (!parsed)
            return context.fail(parsed.error());
        options.address = parsed->first;
        options.port = parsed->second;
    }
    options.tlsCertificateFile = input.value(u"tls-cert"_s, QString());
    options.tlsKeyFile = input.value(u"tls-key"_s, QString());
    const auto workers = input.count(u"workers"_s, 1, 64);
    if (!workers)
        return context.fail(workers.error());
    options.workers = int(workers->value_or(4));
    const auto rate = input.count(u"rate-limit"_s, 1, 100000);
    if (!rate)
        return context.fail(rate.error());
    if (*rate) {
        options.requestsPerSecond = double(**rate);
        options.burst = 2.0 * double(**rate);
    }
    const auto key = readJwtKey();
    if (!key)
        return context.fail(key.error());
    options.jwtKey = *key;
    const auto webhookSecret = readStripeWebhookSecret();
    if (!webhookSecret)
        return context.fail(webhookSecret.error());
    options.stripeWebhookSecret = *webhookSecret;
    // SendGrid's verification key is public: a setting (or the environment), checked here so that a key
    // pasted wrong stops the server with the reason instead of refusing every delivery.
    options.sendGridWebhookPublicKey = MailSettings::load().webhookPublicKey;
    if (!options.sendGridWebhookPublicKey.isEmpty()) {
        if (auto checked = SendGridSignature::checkPublicKey(options.sendGridWebhookPublicKey); !checked)
            return context.fail(checked.error());
    }
    const auto twilioToken = readSecret(kTwilioAuthToken);
    if (!twilioToken)
        return context.fail(twilioToken.error());
    options.twilioAuthToken = twilioToken->toUtf8();
    if (const auto publicUrl = input.value(u"public-url"_s)) {
        const QUrl url(*publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()
                || url.hasQuery() || url.hasFragment())
            return context.fail(Error::invalid(u"public-url"_s, *publicUrl,
                    tr("Give --public-url as the http(s) address clients call, without a query: "
                       "https://shop.example/api.")));
        options.publicUrl = url;
    }
    if (auto checked = api::ApiServer::checkListenOptions(options); !checked)
        return context.fail(checked.error());

    // The schema is migrated once, here, before any worker opens its session.
    auto session = context.session();
    if (!session)
        return context.fail(session.error());
    SessionOptions sessionOptions = (*session)->options();
    sessionOptions.migrate = false;
    auto url = context.databaseUrl();
    if (!url)
        return context.fail(url.error());

    QTextStream &log = context.err();
    api::ApiServer server(options, [&log](const QString &line) {
        log << line << '\n';
        log.flush();
    });
    if (auto started = server.start(*url, sessionOptions); !started)
        return context.fail(started.error());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return context.fail(Error::internal(tr("Cannot set up signal handling.")));
    QSocketNotifier notifier(g_signalSockets[1], QSocketNotifier::Read);
    QEventLoop loop; // the command's one top-level loop
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalSockets[1], &byte, 1);
        log << tr("Stopping: finishing %Ln request(s) in flight.", nullptr, server.inFlight()) << '\n';
        log.flush();
        server.shutdown();
    });
    QObject::connect(&server, &api::ApiServer::stopped, &loop, [&loop] { loop.exit(ExitOk); });
    std::signal(SIGTERM, onTerminationSignal);
    std::signal(SIGINT, onTerminationSignal);

    const QString scheme = options.tlsCertificateFile.isEmpty() ? u"http"_s : u"https"_s;
    const QString host = options.address.protocol() == QAbstractSocket::IPv6Protocol
            ? u"["_s + options.address.toString() + u"]"_s
            : options.address.toString();
    context.out() << tr("Serving the Order API on %1://%2:%3/v1 with %Ln session(s).", nullptr, options.workers)
                             .arg(scheme, host)
                             .arg(server.port())
                  << '\n';
    context.out().flush();
    const int code = loop.exec();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    ::close(g_signalSockets[0]);
    ::close(g_signalSockets[1]);
    log << tr("Stopped.") << '\n';
    log.flush();
    return code;
}

} // namespace shipshape::cli
