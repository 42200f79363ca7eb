#include "cli/Cli.h"
#include "cli/commands/PickListsCommands.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    // Commands that draw pages (pick lists) need fonts, so a QGuiApplication; on the offscreen platform,
    // since the CLI runs where there is no display. Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    if (shipshape::cli::PickListsCommands::drawsPages(rawArguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Shipshape"));
    QCoreApplication::setApplicationName(QStringLiteral("Shipshape"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIPSHAPE_VERSION));
    // Output is for people and scripts; progress chatter stays off unless QT_LOGGING_RULES asks for it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("shipshape.*.info=false"));
    shipshape::Translations::installSourceLanguageFallback(app); // English plural forms under every language
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("shipshape"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    shipshape::cli::Cli cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
