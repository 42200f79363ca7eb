#include "common/CsvReader.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<QList<CsvRecord>> CsvReader::parse(const QByteArray &utf8)
{
    QStringView text;
    const QString decoded = QString::fromUtf8(utf8);
    text = decoded;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    QList<CsvRecord> records;
    CsvRecord record{1, 1, {}};
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (so only a separator or line end may follow)
    bool fieldStarted = false;
    qint64 line = 1;
    qint64 quoteLine = 0;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        // A blank line is no record.
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !wasQuoted;
        if (!blank) {
            endField();
            records.append(record);
            record.row += 1;
        }
        record.fields.clear();
        record.line = line + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
            fieldStarted = true; // a separator always opens another field, even an empty last one
            continue;
        }
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // CRLF: the LF ends the record
        if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                return fail(Error::invalid(u"line"_s, QString::number(line),
                        tr("Line %1: a quote inside a field that does not start with one (write \"\" inside a quoted "
                           "field).")
                                .arg(line)));
            }
            quoted = true;
            quoteLine = line;
            continue;
        }
        if (wasQuoted) {
            return fail(Error::invalid(u"line"_s, QString::number(line),
                    tr("Line %1: text after a closing quote (a quoted field ends at a comma or the line's end).")
                            .arg(line)));
        }
        field.append(c);
    }
    if (quoted) {
        return fail(Error::invalid(u"line"_s, QString::number(quoteLine),
                tr("Line %1: a quote is opened and never closed.").arg(quoteLine)));
    }
    if (!record.fields.isEmpty() || !field.isEmpty() || wasQuoted || fieldStarted)
        endRecord();
    return records;
}

QString CsvWriter::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    return u'"' + quoted.replace(u'"', u"\"\""_s) + u'"';
}

QString CsvWriter::record(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &value : fields)
        written.append(field(value));
    return written.join(u',') + u"\r\n"_s;
}

} // namespace shipshape
