#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace shipshape::cli {

class CliContext;
class CommandInput;

// `picklists create`: a batch of confirmed orders to pick, written as a PDF with barcodes
// (docs/warehouse.md). The page is drawn with Qt Gui on the offscreen platform (see main.cpp).
class PickListsCommands {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static CommandGroup group();
    // Whether the command line names a command that draws pages (it needs a QGuiApplication).
    static bool drawsPages(const QStringList &arguments);

private:
    static int create(CliContext &context, const CommandInput &input);
};

} // namespace shipshape::cli
