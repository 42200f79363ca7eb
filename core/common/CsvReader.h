#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace shipshape {

// One record of a CSV file: its fields and where it starts.
struct CsvRecord {
    qint64 row = 0; // 1 for the first record (the header), as a spreadsheet numbers rows
    qint64 line = 0; // the file's line it starts on (a quoted field may span lines)
    QStringList fields;
};

// RFC 4180 CSV as spreadsheets write it: fields separated by commas, records by CRLF or LF; a field in
// double quotes may hold commas, line breaks and doubled quotes (""). UTF-8, with or without a byte order
// mark. Blank lines are skipped. Qt has no CSV reader, and Debian's libcsv would be a C dependency in core for
// what fits in this class.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The whole text, or an error naming the line of a quote that is never closed or a stray quote.
    static Result<QList<CsvRecord>> parse(const QByteArray &utf8);
};

// The other direction: a field quoted only when it must be, records ended by CRLF (RFC 4180).
class CsvWriter {
public:
    static QString field(const QString &value);
    static QString record(const QStringList &fields);
};

} // namespace shipshape
