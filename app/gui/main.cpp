#include "archive/ArchiveReview.h"
#include "background/ChangeHub.h"
#include "common/PseudoTranslator.h"
#include "common/Translations.h"
#include "demo/DemoDataGenerator.h"
#include "replica/OfflineMode.h"
#include "replica/ReplicaFile.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecrets.h"
#include "session/BackgroundJobs.h"
#include "session/Session.h"
#include "settings/ApplicationSettings.h"
#include "style/Appearance.h"
#include "windows/MainWindow.h"

#include "BuildInfo.h"
#include "gui/GuiOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcApp, "shipshape.app")

int reportStartupError(const QString &message, bool interactive)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shipshape"), message);
    return shipshape::GuiOptions::kExitUnavailable;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Shipshape"_s);
    QApplication::setApplicationName(u"Shipshape"_s);
    QApplication::setApplicationDisplayName(u"Shipshape"_s);
    QApplication::setApplicationVersion(QStringLiteral(SHIPSHAPE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/shipshape.svg"_s));
    // Window managers match the window to the installed .desktop file (and its icon) by this name.
    QGuiApplication::setDesktopFileName(u"io.github.shipshape.Shipshape"_s);

    const QSettings preferences;
    // The language chosen on the Settings page, else the system's.
    const QString language
            = preferences.value(QLatin1StringView(shipshape::ApplicationSettings::kLanguageKey)).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    shipshape::Translations::installSourceLanguageFallback(app); // English plural forms under every language
    QTranslator translator;
    if (translator.load(locale, u"shipshape"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    // Installed last, asked first: every Shipshape text long and accented, for spotting cut labels.
    shipshape::PseudoTranslator pseudoTranslator;
    if (shipshape::PseudoTranslator::requested())
        QApplication::installTranslator(&pseudoTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(shipshape::GuiOptions::description());
    parser.addHelpOption();
    const shipshape::GuiOptions guiOptions;
    parser.addOptions(guiOptions.all());
    parser.process(app);
    if (parser.isSet(guiOptions.version)) {
        // The version and the commit it was built from, so a bug report names both.
        std::printf("shipshape %s (git %s)\n", SHIPSHAPE_VERSION, SHIPSHAPE_GIT_DESCRIBE);
        return 0;
    }
    // --appearance for this run, else the one chosen on the Settings page ("desktop" is the stored "").
    const QString appearanceOption = parser.value(guiOptions.appearance);
    const QString appearanceKey = parser.isSet(guiOptions.appearance)
            ? (appearanceOption == "desktop"_L1 ? QString() : appearanceOption)
            : preferences.value(QLatin1StringView(shipshape::ApplicationSettings::kAppearanceKey)).toString();
    if (const auto scheme = shipshape::Appearance::fromKey(appearanceKey)) {
        if (*scheme != shipshape::Appearance::Scheme::Desktop)
            shipshape::Appearance::apply(*scheme);
    } else if (parser.isSet(guiOptions.appearance)) {
        std::fprintf(stderr, "%s\n",
                qPrintable(
                        QCoreApplication::translate("main", "Unknown appearance \"%1\" (use light, dark or desktop).")
                                .arg(appearanceOption)));
        return shipshape::GuiOptions::kExitUsage;
    }
    const QCommandLineOption &databaseOption = guiOptions.database;
    const QCommandLineOption &screenshotOption = guiOptions.screenshot;
    const QCommandLineOption &viewOption = guiOptions.view;

    const bool screenshot = parser.isSet(screenshotOption);
    // --database, then $SHIPSHAPE_DATABASE, then the database chosen on the Settings page, then the embedded
    // file. Only the embedded file is ever filled with demo data.
    const auto storedDatabase = shipshape::ApplicationSettings::storedDatabase(preferences);
    const bool explicitDatabase = parser.isSet(databaseOption) || !qEnvironmentVariableIsEmpty("SHIPSHAPE_DATABASE")
            || storedDatabase.has_value();
    // --archive: the archive (or its migrated temporary copy, kept until the window closes), read-only.
    std::unique_ptr<shipshape::ArchiveReview> archive;
    if (parser.isSet(guiOptions.archive)) {
        auto prepared = shipshape::ArchiveReview::prepare(parser.value(guiOptions.archive));
        if (!prepared)
            return reportStartupError(prepared.error().message, !screenshot);
        archive = std::move(*prepared);
    }
    const auto url = [&]() -> shipshape::Result<shipshape::DatabaseUrl> {
        if (archive)
            return shipshape::DatabaseUrl::sqliteFile(archive->databasePath());
        if (parser.isSet(databaseOption))
            return shipshape::DatabaseUrl::parse(parser.value(databaseOption));
        if (qEnvironmentVariableIsEmpty("SHIPSHAPE_DATABASE") && storedDatabase)
            return *storedDatabase;
        return shipshape::DatabaseUrl::fromEnvironmentOrDefault();
    }();
    if (!url)
        return reportStartupError(url.error().message, !screenshot);
    shipshape::SessionOptions sessionOptions;
    sessionOptions.reservationHoldMinutes
            = shipshape::ApplicationSettings::effectiveReservationHoldMinutes(preferences);
    sessionOptions.readOnly = archive != nullptr;
    if (!archive) {
        // The secrets every session works with (Stripe and SendGrid keys, a PostgreSQL password) are read
        // once, here, before any session, window or worker exists; this loop is the program's only one
        // so far (QApplication::exec comes later), so nothing can run inside it. The Settings page makes
        // the window read them again (MainWindow::secretsReloaded).
        QEventLoop startup;
        shipshape::SessionSecrets::load(
                shipshape::SecretStore(), *url, &startup, [&](const shipshape::SessionSecrets &secrets) {
                    sessionOptions.secrets = secrets;
                    startup.quit();
                });
        startup.exec();
    }
    // On a PostgreSQL server the desktop keeps a replica for offline review (docs/replica.md). One an earlier
    // run finished lets it start while the server does not answer, offline from the first page.
    const bool followsServer = url->kind() == shipshape::DatabaseKind::PostgreSql && !archive && !screenshot;
    const QString replicaPath = followsServer
            ? shipshape::ReplicaFile::pathFor(*url, shipshape::ReplicaFile::defaultFolder())
            : QString();
    auto session = followsServer && shipshape::OfflineMode::canStartOn(replicaPath)
            ? shipshape::Session::openAwaitingServer(*url, sessionOptions)
            : shipshape::Session::open(*url, sessionOptions);
    if (!session)
        return reportStartupError(session.error().message, !screenshot);

    // First start on the embedded database: give people a shop to look at.
    if (!explicitDatabase && !archive) {
        if (auto empty = (*session)->isEmpty(); empty && *empty) {
            shipshape::DemoDataOptions options;
            options.orders = 20000;
            options.now = (*session)->clock().now();
            if (auto generated = shipshape::DemoDataGenerator::generate((*session)->database(), options); !generated)
                qCWarning(lcApp) << "Demo data failed:" << generated.error().message;
        }
    }

    // The replica is kept live while the server answers and read while it does not. Made before the
    // window, which follows it, so it outlives it.
    std::unique_ptr<shipshape::OfflineMode> offline;
    if (followsServer) {
        shipshape::DatabaseOptions serverOptions;
        serverOptions.password = sessionOptions.secrets.databasePassword;
        offline = std::make_unique<shipshape::OfflineMode>(*url, serverOptions, replicaPath, (*session)->clock());
        if ((*session)->awaitsServer())
            offline->startWithoutServer((*session)->database().connectProblem());
    }
    shipshape::MainWindow window(**session);
    if (archive)
        window.setArchive(archive->title(), archive->file());
    if (offline) {
        window.followOfflineMode(*offline);
        offline->start();
    }
    if (const QString view = parser.value(viewOption); !window.showView(view)) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown view \"%1\"; this version has: %2.")
                                   .arg(view, window.viewNames().join(u", "_s))));
        return shipshape::GuiOptions::kExitUsage;
    }
    window.show();

    // Expiry, payment reconciliation and customer emails run on their own thread and connection.
    QThread jobsThread;
    jobsThread.setObjectName(u"background-jobs"_s);
    auto *jobs = new shipshape::BackgroundJobs(*url, sessionOptions);
    jobs->moveToThread(&jobsThread);
    // Its session's changes and finished email rounds reach the pages through the window's hub.
    window.changeHub().listenTo(*jobs);
    QObject::connect(&jobsThread, &QThread::started, jobs, &shipshape::BackgroundJobs::start);
    QObject::connect(&jobsThread, &QThread::finished, jobs, &QObject::deleteLater);
    QObject::connect(
            jobs, &shipshape::BackgroundJobs::emailsWaiting, &window, [&window](int waiting, const QString &reason) {
                window.setBackgroundStatus(
                        QCoreApplication::translate("main", "%Ln email(s) waiting: %1", nullptr, waiting).arg(reason));
            });
    QObject::connect(jobs, &shipshape::BackgroundJobs::emailRoundFinished, &window,
            [&window](int sent, int retried, int failed) {
                if (sent + retried + failed > 0) {
                    window.setBackgroundStatus(
                            QCoreApplication::translate("main", "Emails: %L1 sent, %L2 to retry, %L3 failed")
                                    .arg(sent)
                                    .arg(retried)
                                    .arg(failed));
                }
            });
    QObject::connect(&window, &shipshape::MainWindow::secretsReloaded, jobs,
            [jobs](const shipshape::SessionSecrets &secrets) { jobs->setSecrets(secrets); });
    QObject::connect(jobs, &shipshape::BackgroundJobs::failed, &window, [&window](const QString &message) {
        window.setBackgroundStatus(QCoreApplication::translate("main", "Background work failed: %1").arg(message));
    });
    // An archive has no emails to send and no holds to expire: nothing runs in the background.
    if (!screenshot && !archive)
        jobsThread.start();
    const auto stopJobs = qScopeGuard([&] {
        if (jobsThread.isRunning()) {
            QMetaObject::invokeMethod(jobs, &shipshape::BackgroundJobs::stop, Qt::BlockingQueuedConnection);
            jobsThread.quit();
            jobsThread.wait();
        } else {
            delete jobs;
        }
    });
    if (screenshot) {
        // Rendered once the window has painted and every page's database work has come back
        // (at most 15 s), so the picture shows data rather than busy indicators.
        const QString file = parser.value(screenshotOption);
        auto *poll = new QTimer(&window);
        auto *waited = new QElapsedTimer;
        waited->start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll, waited] {
            if (window.pendingWork() > 0 && waited->elapsed() < 15000)
                return;
            poll->stop();
            delete waited;
            // One more turn of the event loop lets the last answer's widgets lay out and paint.
            QTimer::singleShot(200, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
        poll->start(100);
    }
    return QApplication::exec();
}
