#include "common/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#include <gtest/gtest.h>

// The layout tests run as a German user on a 200 % screen sees Shipshape: German is the language whose
// words are longest among those shipped, and the scale factor must be set before the application exists.
int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Shipshape-tests"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    shipshape::Translations::installSourceLanguageFallback(app);
    QTranslator translator;
    if (!translator.load(german, QStringLiteral("shipshape"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        std::fprintf(stderr, "The German catalogue :/i18n/shipshape_de.qm is missing\n");
        return 1;
    }
    QApplication::installTranslator(&translator);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
