#include "gui/GuiOptions.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

GuiOptions::GuiOptions()
    : database(u"database"_s,
            QCoreApplication::translate("main", "Database: sqlite:PATH or postgresql://USER@HOST:PORT/DB."), u"URL"_s),
      archive(u"archive"_s,
              QCoreApplication::translate("main",
                      "Open an archive written by shipshape-cli archive export, read-only, instead of a database."),
              u"FILE"_s),
      screenshot(u"screenshot"_s, QCoreApplication::translate("main", "Render the window to a PNG file and exit."),
              u"FILE"_s),
      view(u"view"_s,
              QCoreApplication::translate("main",
                      "View to show: dashboard, orders, customers, inventory, outbox, returns, settings, pack, counts "
                      "or order:NUMBER."),
              u"VIEW"_s, u"orders"_s),
      appearance(u"appearance"_s,
              QCoreApplication::translate("main",
                      "Appearance for this run: light, dark or desktop (the desktop's own); without it, the one "
                      "chosen on the Settings page."),
              u"APPEARANCE"_s),
      version(QStringList{u"v"_s, u"version"_s},
              QCoreApplication::translate("main", "Displays the version and the commit it was built from."))
{}

QString GuiOptions::description()
{
    return QCoreApplication::translate("main", "Order management back-office");
}

QList<std::pair<int, QString>> GuiOptions::exitCodes()
{
    return {
            {kExitOk, QCoreApplication::translate("main", "the window was closed, or the screenshot written")},
            {1,
                    QCoreApplication::translate(
                            "main", "an option was not understood, or the screenshot could not be written")},
            {kExitUsage,
                    QCoreApplication::translate(
                            "main", "--view names no view of this version, or --appearance no appearance")},
            {kExitUnavailable,
                    QCoreApplication::translate(
                            "main", "the database or archive could not be opened (the message names it and why)")},
    };
}

QList<QCommandLineOption> GuiOptions::all() const
{
    return {database, archive, screenshot, view, appearance, version};
}

} // namespace shipshape
