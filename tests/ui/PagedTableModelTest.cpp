#include "models/PagedTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {
namespace {

struct Item {
    qint64 id = 0;
    QString name;
};

QList<Item> itemsFrom(qint64 firstId, int count)
{
    QList<Item> items;
    for (int i = 0; i < count; ++i)
        items.append({firstId + i, u"item %1"_s.arg(firstId + i)});
    return items;
}

// Rows appended page by page, each page answered later on the event loop as the SessionWorker answers:
// how the customer, product and outbox lists use the base.
class AppendedItemsModel : public PagedTableModel<Item, qint64> {
public:
    static constexpr int kPageSize = 10;

    explicit AppendedItemsModel(QList<Item> source) : PagedTableModel(2, kPageSize, 0, nullptr)
    {
        setSource(std::move(source));
    }

    // Another filter: the first page replaces every row when it arrives.
    void setSource(QList<Item> source)
    {
        m_source = std::move(source);
        const quint64 generation = newGeneration();
        setFetching(true);
        answerLater(generation, 0, [this](const QList<Item> &page) {
            resetRows(page);
            setFetching(false);
        });
    }
    // An item that appears in the source meanwhile (inserted before `at`, shifting later pages).
    void insertInSource(int at, const Item &item) { m_source.insert(at, item); }

    using PagedTableModel::prependRows;
    using PagedTableModel::replaceRow;
    using PagedTableModel::rowAt;

    [[nodiscard]] int requests() const { return m_requests; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Item *item = rowPointer(index.row());
        if (role == Qt::UserRole)
            return item->id;
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QVariant(item->id) : QVariant(item->name);
    }

protected:
    qint64 keyOf(const Item &row) const override { return row.id; }
    bool hasMore() const override { return rowCount() < m_source.size(); }
    void requestMore() override
    {
        answerLater(generation(), rowCount(), [this](const QList<Item> &page) { appendFetchedRows(page); });
    }

private:
    template <typename Apply>
    void answerLater(quint64 generation, int offset, Apply apply)
    {
        ++m_requests;
        const QList<Item> page = m_source.mid(offset, kPageSize);
        QTimer::singleShot(0, this, [this, generation, page, apply] {
            if (isCurrent(generation))
                apply(page);
        });
    }

    QList<Item> m_source;
    int m_requests = 0;
};

// A window over a known number of rows, pages read when a row is shown: how the order list uses it.
class WindowedItemsModel : public PagedTableModel<Item, qint64> {
public:
    static constexpr int kPageSize = 10;
    static constexpr int kCachedPages = 3;

    explicit WindowedItemsModel(QList<Item> source) : PagedTableModel(2, kPageSize, kCachedPages, nullptr)
    {
        reset(std::move(source));
    }

    void reset(QList<Item> source)
    {
        beginResetModel();
        m_source = std::move(source);
        dropPages();
        setRowCount(int(m_source.size()));
        endResetModel();
    }
    void renameInSource(int row, const QString &name) { m_source[row].name = name; }

    using PagedTableModel::invalidateRowOfKey;
    using PagedTableModel::isPageCached;
    using PagedTableModel::rowAt;

    [[nodiscard]] int pageReads() const { return m_pageReads; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Item *item = rowPointer(index.row());
        if (!item || role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QVariant(item->id) : QVariant(item->name);
    }

protected:
    qint64 keyOf(const Item &row) const override { return row.id; }
    bool hasMore() const override { return false; }
    void requestMore() override {}
    std::optional<QList<Item>> readPage(int pageIndex) const override
    {
        ++m_pageReads;
        return m_source.mid(pageIndex * kPageSize, kPageSize);
    }

private:
    QList<Item> m_source;
    mutable int m_pageReads = 0;
};

bool waitForRows(const QAbstractItemModel &model, int rows)
{
    return QTest::qWaitFor([&] { return model.rowCount() == rows; }, 5000);
}

TEST(PagedTableModelTest, FetchMoreAppendsPagesUntilAllNRowsAreShown)
{
    const int total = 2 * AppendedItemsModel::kPageSize + 5;
    AppendedItemsModel model(itemsFrom(1, total));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The tester itself asks for the next page as soon as the first one is in.
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() >= AppendedItemsModel::kPageSize; }, 5000));

    while (model.canFetchMore({})) {
        const int shown = model.rowCount();
        model.fetchMore({});
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() > shown; }, 5000))
                << shown << " " << model.requests();
    }

    EXPECT_EQ(model.rowCount(), total);
    EXPECT_FALSE(model.canFetchMore({}));
    // The first page and two appended ones (the last one short): one request each, one insertion each.
    EXPECT_EQ(model.requests(), 3);
    EXPECT_EQ(inserted.size(), 2);
    for (int row = 0; row < total; ++row) {
        ASSERT_EQ(model.index(row, 0).data(Qt::UserRole).toLongLong(), row + 1);
        ASSERT_EQ(model.rowOfKey(row + 1), row);
    }
    EXPECT_EQ(model.rowOfKey(total + 1), -1);
    EXPECT_FALSE(model.rowAt(total).has_value());
    EXPECT_FALSE(model.rowAt(-1).has_value());
}

TEST(PagedTableModelTest, FetchMoreWhileAPageIsOnItsWayAsksOnce)
{
    AppendedItemsModel model(itemsFrom(1, 3 * AppendedItemsModel::kPageSize));
    ASSERT_TRUE(waitForRows(model, AppendedItemsModel::kPageSize));
    const int before = model.requests();

    model.fetchMore({});
    EXPECT_TRUE(model.canFetchMore({})) << "more rows match, though a page is on its way";
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.requests(), before + 1);

    ASSERT_TRUE(waitForRows(model, 2 * AppendedItemsModel::kPageSize));
    model.fetchMore({});
    EXPECT_EQ(model.requests(), before + 2) << "the next page may be asked for once this one is in";
}

TEST(PagedTableModelTest, AResetDropsTheAnswerToASupersededRequest)
{
    AppendedItemsModel model(itemsFrom(1, 3 * AppendedItemsModel::kPageSize));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForRows(model, AppendedItemsModel::kPageSize));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.fetchMore({}); // its answer arrives after the reset below
    model.setSource(itemsFrom(501, 4));

    ASSERT_TRUE(QTest::qWaitFor([&] { return reset.size() == 1; }, 5000));
    // Both answers were queued in order: by now the stale page has been delivered, and dropped.
    QCoreApplication::processEvents();
    EXPECT_TRUE(inserted.isEmpty());
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, 0).data(Qt::UserRole).toLongLong(), 501);
    EXPECT_EQ(model.rowOfKey(1), -1) << "no key of the old rows is left";
    EXPECT_EQ(model.rowOfKey(504), 3);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST(PagedTableModelTest, ARowAddedBetweenPagesIsNotShownTwice)
{
    AppendedItemsModel model(itemsFrom(1, 2 * AppendedItemsModel::kPageSize));
    ASSERT_TRUE(waitForRows(model, AppendedItemsModel::kPageSize));
    // Sorting puts it on the first page, so the last row of that page moves to the second.
    model.insertInSource(0, {0, u"new"_s});

    model.fetchMore({});
    // The second page starts with the row that moved down: only the other nine are added.
    const int expected = 2 * AppendedItemsModel::kPageSize - 1;
    ASSERT_TRUE(waitForRows(model, expected));
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(Qt::UserRole).toLongLong());
    EXPECT_EQ(ids.size(), expected);
    EXPECT_TRUE(ids.contains(expected));
    EXPECT_FALSE(ids.contains(0)) << "it appears on the next reload, not in the middle";
    EXPECT_TRUE(model.canFetchMore({}));
}

TEST(PagedTableModelTest, ReplacingAndPrependingRowsKeepsKeysAndRowsInStep)
{
    AppendedItemsModel model(itemsFrom(10, 5));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForRows(model, 5));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    EXPECT_TRUE(model.replaceRow({12, u"renamed"_s}));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    EXPECT_EQ(model.index(2, 1).data().toString(), u"renamed"_s);
    EXPECT_FALSE(model.replaceRow({99, u"not shown"_s}));

    // Newest first: rows already shown are skipped, the rest go on top and every key moves down.
    EXPECT_EQ(model.prependRows({{8, u"eight"_s}, {9, u"nine"_s}, {10, u"again"_s}}), 2);
    ASSERT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.rowOfKey(8), 0);
    EXPECT_EQ(model.rowOfKey(10), 2);
    EXPECT_EQ(model.index(2, 1).data().toString(), u"item 10"_s);
    EXPECT_EQ(model.rowOfKey(14), 6);
}

TEST(PagedTableModelTest, AWindowOfNRowsReportsNAndReadsOnlyThePagesShown)
{
    const int total = 10 * WindowedItemsModel::kPageSize + 3;
    WindowedItemsModel model(itemsFrom(1, total));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int readsBefore = model.pageReads();

    EXPECT_EQ(model.rowCount(), total);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(total - 1, 0).data().toLongLong(), total);
    EXPECT_EQ(model.index(total - 1, 1).data().toString(), u"item %1"_s.arg(total));
    EXPECT_EQ(model.pageReads(), readsBefore + 1);
    EXPECT_EQ(model.index(total - 2, 0).data().toLongLong(), total - 1) << "same page: from the cache";
    EXPECT_EQ(model.pageReads(), readsBefore + 1);
    EXPECT_FALSE(model.rowAt(total).has_value());

    // At most kCachedPages pages stay: reading three others pushes the last page out.
    for (int page = 0; page < WindowedItemsModel::kCachedPages; ++page)
        ASSERT_EQ(model.rowAt(page * WindowedItemsModel::kPageSize)->id, page * WindowedItemsModel::kPageSize + 1);
    EXPECT_FALSE(model.isPageCached(total / WindowedItemsModel::kPageSize));
    EXPECT_TRUE(model.isPageCached(0));

    // Only cached rows can be found by key; a row changed elsewhere is read again when next shown.
    EXPECT_EQ(model.rowOfKey(total), -1);
    model.renameInSource(5, u"renamed"_s);
    EXPECT_EQ(model.index(5, 1).data().toString(), u"item 6"_s) << "still the cached page";
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_EQ(model.invalidateRowOfKey(6), 5);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 5);
    EXPECT_EQ(model.index(5, 1).data().toString(), u"renamed"_s);

    model.reset(itemsFrom(1, 4));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOfKey(6), -1) << "a reset drops every page";
}

} // namespace
} // namespace shipshape
