#include "common/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::Translations {

QTranslator *installSourceLanguageFallback(QCoreApplication &app)
{
    auto *english = new QTranslator(&app);
    if (!english->load(u"shipshape_en"_s, u":/i18n"_s) || !QCoreApplication::installTranslator(english)) {
        delete english;
        return nullptr;
    }
    return english;
}

} // namespace shipshape::Translations
