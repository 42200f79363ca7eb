#include "models/DraftLineModel.h"
#include "models/DraftListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

QuoteLine quoted(const QString &sku, qint64 quantity, qint64 unitMinor, qint64 available, StockWarning warning,
        const QString &text = {})
{
    const Currency usd = *Currency::fromCode(u"USD"_s);
    QuoteLine line;
    line.sku = sku;
    line.productName = u"Product "_s + sku;
    line.quantity = quantity;
    line.unitPrice = Money(unitMinor, usd);
    line.lineTotal = Money(unitMinor * quantity, usd);
    line.available = available;
    line.warning = warning;
    line.warningText = text;
    return line;
}

TEST(DraftLineModelTest, AddsEditsRemovesAndShowsTheQuote)
{
    DraftLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy edited(&model, &DraftLineModel::linesEdited);

    EXPECT_EQ(model.addProduct(u"MUG-1"_s), 0);
    EXPECT_EQ(model.addProduct(u"TEE-1"_s), 1);
    EXPECT_EQ(model.addProduct(u"MUG-1"_s), 0); // one more of the same: still one line
    EXPECT_EQ(model.lines(), QList<DraftLine>({DraftLine{u"MUG-1"_s, 2}, DraftLine{u"TEE-1"_s, 1}}));
    EXPECT_EQ(edited.size(), 3);

    DraftQuote quote;
    quote.lines = {quoted(u"MUG-1"_s, 2, 1250, 10, StockWarning::None),
            quoted(u"TEE-1"_s, 1, 2000, 0, StockWarning::OutOfStock, u"Out of stock"_s)};
    model.setQuote(quote);
    EXPECT_EQ(model.index(0, DraftLineModel::LineTotal).data(DraftLineModel::RawValueRole).toLongLong(), 2500);
    EXPECT_EQ(model.index(0, DraftLineModel::Stock).data().toString(), u"In stock"_s);
    EXPECT_EQ(model.index(1, DraftLineModel::Stock).data().toString(), u"Out of stock"_s);
    EXPECT_EQ(model.index(1, DraftLineModel::Stock).data(DraftLineModel::WarningRole).toInt(),
            int(StockWarning::OutOfStock));
    EXPECT_EQ(model.index(1, DraftLineModel::Available).data(DraftLineModel::RawValueRole).toLongLong(), 0);

    // A new quantity has no figures until core prices it again.
    EXPECT_TRUE(model.setData(model.index(0, DraftLineModel::Quantity), 5));
    EXPECT_FALSE(model.index(0, DraftLineModel::LineTotal).data().isValid());
    EXPECT_FALSE(model.setData(model.index(0, DraftLineModel::Quantity), 0));
    EXPECT_FALSE(model.setData(model.index(0, DraftLineModel::Quantity), 100001));
    EXPECT_FALSE(model.setData(model.index(0, DraftLineModel::Sku), u"X"_s));
    EXPECT_TRUE(model.flags(model.index(0, DraftLineModel::Quantity)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, DraftLineModel::LineTotal)) & Qt::ItemIsEditable);

    model.removeLine(0);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.lines().constFirst().sku, u"TEE-1"_s);
    model.setLines({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(DraftListModelTest, ShowsDraftsWithWhoAndWhen)
{
    DraftListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DraftSummary named;
    named.id = u"a"_s;
    named.customerName = u"Ada Lovelace"_s;
    named.itemCount = 3;
    named.updatedBy = u"agent"_s;
    named.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    DraftSummary empty;
    empty.id = u"b"_s;
    model.setDrafts({named, empty});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, DraftListModel::Customer).data().toString(), u"Ada Lovelace"_s);
    EXPECT_EQ(model.index(1, DraftListModel::Customer).data().toString(), u"(no customer yet)"_s);
    EXPECT_EQ(model.index(0, DraftListModel::Items).data(DraftListModel::RawValueRole).toLongLong(), 3);
    EXPECT_EQ(model.index(0, DraftListModel::UpdatedBy).data().toString(), u"agent"_s);
    EXPECT_EQ(model.index(1, 0).data(DraftListModel::DraftIdRole).toString(), u"b"_s);
    EXPECT_EQ(model.rowOf(u"b"_s), 1);
    EXPECT_EQ(model.rowOf(u"zzz"_s), -1);
    model.setDrafts({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace shipshape
