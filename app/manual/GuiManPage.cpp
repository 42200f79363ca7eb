#include "manual/GuiManPage.h"

#include "gui/GuiOptions.h"
#include "manual/Roff.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::manual {
namespace {

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << Roff::bold((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    QString text = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        text += u' ' + Roff::italic(option.valueName());
    return text;
}

} // namespace

QString GuiManPage::write(const QJsonObject &cliTable, const QString &version, const QString &date)
{
    QString summary = GuiOptions::description();
    summary[0] = summary.at(0).toLower();
    QString page = u".\\\" Generated from the desktop app's options by shipshape-manual; do not edit.\n"_s
            + u".TH SHIPSHAPE 1 \"%1\" \"Shipshape %2\" \"Shipshape Manual\"\n"_s.arg(date, Roff::escape(version))
            + u".SH NAME\nshipshape \\- "_s + Roff::escape(summary) + u'\n' + u".SH SYNOPSIS\n"_s
            + Roff::bold(u"shipshape"_s) + u" ["_s + Roff::italic(u"OPTIONS"_s) + u"]\n"_s;
    page += u".SH DESCRIPTION\n"_s
            + Roff::escape(u"Shipshape is a desktop back-office for e-commerce order management: orders and their "
                           u"timeline, inventory with reservations, card payments through Stripe and manual "
                           u"payments, customer emails, and a dashboard."_s)
            + u"\n.PP\n"_s
            + Roff::escape(u"On its first start on the embedded database it creates the database and fills it with "
                           u"a demo shop. The database is, in this order: --database, SHIPSHAPE_DATABASE, the one "
                           u"chosen on the Settings page, the embedded file. Background work (expiring unpaid "
                           u"holds, settling payments, sending emails) runs while the window is open; "
                           u"shipshape-cli worker does it without the app."_s)
            + u'\n';
    page += u".SH OPTIONS\n.TP\n"_s + Roff::bold(u"-h"_s) + u", "_s + Roff::bold(u"--help"_s) + u'\n'
            + Roff::escape(u"The options, then exit."_s) + u'\n';
    for (const QCommandLineOption &option : GuiOptions().all()) {
        QString text = option.description();
        if (!option.defaultValues().isEmpty())
            text += u" Default: "_s + option.defaultValues().join(u", "_s) + u'.';
        page += u".TP\n"_s + optionNames(option) + u'\n' + Roff::escape(text) + u'\n';
    }
    page += u".PP\n"_s
            + Roff::escape(u"Qt's own options, such as -platform and -style, are accepted too (--help-all lists "
                           u"them)."_s)
            + u'\n';
    page += u".SH \"EXIT STATUS\"\n"_s;
    for (const auto &[code, meaning] : GuiOptions::exitCodes())
        page += u".TP\n"_s + Roff::bold(QString::number(code)) + u'\n' + Roff::escape(meaning) + u'\n';

    page += u".SH ENVIRONMENT\n"_s;
    for (const QJsonValue &value : cliTable.value(u"environment"_s).toArray()) {
        const QJsonObject variable = value.toObject();
        page += u".TP\n"_s + Roff::bold(variable.value(u"name"_s).toString()) + u'\n'
                + Roff::escape(variable.value(u"meaning"_s).toString()) + u'\n';
    }
    page += u".TP\n"_s + Roff::bold(u"QT_QPA_PLATFORM"_s) + u'\n'
            + Roff::escape(u"Qt's window system: offscreen runs without a display (with --screenshot)."_s) + u'\n';
    page += u".TP\n"_s + Roff::bold(u"SHIPSHAPE_PSEUDO_TRANSLATION"_s) + u'\n'
            + Roff::escape(u"1: every text of the app long, accented and in brackets, for spotting cut labels and "
                           u"texts that are not translated."_s)
            + u'\n';
    page += u".TP\n"_s + Roff::bold(u"QT_SCALE_FACTOR"_s) + u'\n'
            + Roff::escape(u"Qt's scale for the whole window, such as 2 for 200 %."_s) + u'\n';
    page += u".SH FILES\n"_s;
    for (const QJsonValue &value : cliTable.value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        page += u".TP\n"_s + Roff::italic(file.value(u"path"_s).toString()) + u'\n'
                + Roff::escape(file.value(u"meaning"_s).toString()) + u'\n';
    }
    page += u".SH \"SEE ALSO\"\n"_s + Roff::bold(u"shipshape-cli"_s) + u"(1)\n"_s;
    return page;
}

} // namespace shipshape::manual
