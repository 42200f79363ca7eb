#pragma once

#include <QJsonObject>
#include <QString>

namespace shipshape::manual {

// shipshape(1), written from the desktop app's own option list (GuiOptions) and, for the environment and
// files both programs share, from the CLI's command table.
class GuiManPage {
public:
    [[nodiscard]] static QString write(const QJsonObject &cliTable, const QString &version, const QString &date);
};

} // namespace shipshape::manual
