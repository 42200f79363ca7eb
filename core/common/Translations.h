#pragma once

class QCoreApplication;
class QTranslator;

namespace shipshape::Translations {

// The source texts are English, with "(s)" where a number decides the form; shipshape_en.qm supplies
// the English plural forms ("1 order", "2,000 orders"). This installs that catalogue as the fallback for
// every language: installed before a language's own catalogue, it is asked only for what that catalogue
// lacks, and it is all there is in a locale without a catalogue (LANG=C, Dutch, …). Call it before
// installing the locale's catalogue. The translator belongs to `app`; null if the catalogue is missing.
QTranslator *installSourceLanguageFallback(QCoreApplication &app);

} // namespace shipshape::Translations
