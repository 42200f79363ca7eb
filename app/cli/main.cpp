#include "cli/Cli.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
