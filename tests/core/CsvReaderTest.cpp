#include "Printers.h"

#include "common/CsvReader.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace shipshape;

namespace {

QList<QStringList> fieldsOf(const QByteArray &csv)
{
    auto records = CsvReader::parse(csv);
    EXPECT_TRUE(records) << (records ? "" : describe(records.error()));
    QList<QStringList> result;
    if (records) {
        for (const CsvRecord &record : *records)
            result.append(record.fields);
    }
    return result;
}

TEST(CsvReaderTest, QuotesCommasLineBreaksAndDoubledQuotes)
{
    const QByteArray csv = "sku,name\r\nA-1,\"Mug, blue\"\r\nA-2,\"Say \"\"hi\"\"\"\r\nA-3,\"two\nlines\"\r\nA-4,\r\n";
    EXPECT_EQ(fieldsOf(csv),
            (QList<QStringList>{{u"sku"_s, u"name"_s}, {u"A-1"_s, u"Mug, blue"_s}, {u"A-2"_s, u"Say \"hi\""_s},
                    {u"A-3"_s, u"two\nlines"_s}, {u"A-4"_s, u""_s}}));
}

TEST(CsvReaderTest, ByteOrderMarkLfEndingsBlankLinesAndNoFinalBreak)
{
    const QByteArray csv = "\xEF\xBB\xBFsku,name\n\nA-1,Zoë\nA-2,\"\"";
    EXPECT_EQ(fieldsOf(csv), (QList<QStringList>{{u"sku"_s, u"name"_s}, {u"A-1"_s, u"Zoë"_s}, {u"A-2"_s, u""_s}}));
}

TEST(CsvReaderTest, RowsAndLinesAreCountedAcrossQuotedLineBreaks)
{
    auto records = CsvReader::parse("a,b\n\"x\ny\",1\nlast,2\n");
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 3);
    EXPECT_EQ(records->at(2).row, 3);
    EXPECT_EQ(records->at(2).line, 4);
}

TEST(CsvReaderTest, RefusesBrokenQuotingNamingTheLine)
{
    for (const QByteArray &csv :
            {QByteArray("a,b\n\"open,1\n"), QByteArray("a,b\nx\"y,1\n"), QByteArray("a,b\n\"x\"y,1\n")}) {
        auto records = CsvReader::parse(csv);
        ASSERT_FALSE(records) << csv.toStdString();
        EXPECT_EQ(records.error().field, u"line"_s);
        EXPECT_EQ(records.error().value, u"2"_s);
    }
}

TEST(CsvReaderTest, WriterQuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(CsvWriter::record({u"A-1"_s, u"Mug, blue"_s, u"say \"hi\""_s, u""_s, u"two\nlines"_s}),
            u"A-1,\"Mug, blue\",\"say \"\"hi\"\"\",,\"two\nlines\"\r\n"_s);
    const QStringList tricky{u"=1+1"_s, u" padded "_s, u"\"quoted\""_s, u"a,b"_s, u"x\r\ny"_s, u"Zoë ✓"_s};
    auto back = CsvReader::parse(CsvWriter::record(tricky).toUtf8());
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->at(0).fields, tricky);
}

} // namespace
