#pragma once

#include <QString>

namespace shipshape {

// One thing wrong with an import file, where a spreadsheet user finds it (ProductImport, OrderImport).
struct ImportIssue {
    qint64 row = 0; // the file's row (1 = a CSV file's header) or line (JSON Lines), or 0 for the file as a whole
    QString column; // the file's name of the column (or the JSON field), empty for the row or the file
    QString value;
    QString message;
};

} // namespace shipshape
