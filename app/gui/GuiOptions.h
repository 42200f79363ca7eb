#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <utility>

namespace shipshape {

// The desktop app's command line, declared once: main() parses with it and the shipshape(1) man page is
// generated from it (app/manual), so the two cannot disagree. Qt Core only, for the generator's sake.
struct GuiOptions {
    GuiOptions();

    // One line: what the program is.
    [[nodiscard]] static QString description();
    // What the exit status means (documented in shipshape(1)).
    static constexpr int kExitOk = 0;
    static constexpr int kExitUsage = 2;
    static constexpr int kExitUnavailable = 6;
    [[nodiscard]] static QList<std::pair<int, QString>> exitCodes();
    // The options beyond --help (QCommandLineParser adds that one), in the order the help lists them.
    [[nodiscard]] QList<QCommandLineOption> all() const;

    QCommandLineOption database;
    QCommandLineOption archive;
    QCommandLineOption screenshot;
    QCommandLineOption view;
    QCommandLineOption appearance;
    QCommandLineOption version;
};

} // namespace shipshape
