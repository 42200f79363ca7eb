#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <optional>

namespace shipshape {

// What every list over a large table shares: rows that arrive a page at a time, the row count,
// fetchMore/canFetchMore, finding a row by its key, refreshing a row in place, and telling the answer
// to a request that a reload has since superseded.
//
// Rows are kept one of two ways, chosen by the derived model:
//  - a window (cachedPages > 0; the order list): the count is known first (setRowCount) and a page is
//    read when a view asks for one of its rows; at most `cachedPages` pages stay in memory and a changed
//    row's page is dropped to be read again (invalidateRowOfKey). A page is either read at once
//    (readPage, on the calling thread) or, when the derived model fetchesPagesInBackground(), asked for
//    (requestPage) and handed in later (pageArrived): until then its rows are not there (rowPointer
//    gives nullptr) and the model paints a placeholder; when it arrives its rows say dataChanged. At
//    most kPagesInFlight requests run at once, the most recently wanted page first; an answer that a
//    reload, a sort or a change of one of its rows has superseded is dropped.
//  - every row (cachedPages == 0; customers, products, outbox, a customer's orders): pages come back from
//    the SessionWorker and are appended (appendRows, skipping rows already shown: a row added meanwhile
//    shifts later pages), put on top (prependRows) or replace everything (resetRows); changed rows are
//    replaced in place (replaceRow).
// A derived model says what a row's key is (keyOf), whether more rows follow (hasMore) and how to ask
// for them (requestMore, called already marked as fetching: the derived model hands the page in with
// appendFetchedRows, or calls setFetching(false) when it failed or added nothing).
template <typename Row, typename Key>
class PagedTableModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }
    // True while more rows match than are shown, also while a page is on its way; fetchMore then does
    // nothing (views and QAbstractItemModelTester call back in while rows are being inserted), and views
    // ask again when the page has been inserted.
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && hasMore(); }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent) || m_fetching)
            return;
        m_fetching = true;
        requestMore();
    }

    [[nodiscard]] int pageSize() const { return m_pageSize; }
    // The row's key among the rows read so far; -1 when it is not among them.
    [[nodiscard]] int rowOfKey(const Key &key) const
    {
        if (!isWindowed())
            return m_rowByKey.value(key, -1);
        const QList<int> cached = m_pages.keys();
        for (int pageIndex : cached) {
            const QList<Row> *rows = m_pages.object(pageIndex);
            for (qsizetype i = 0; rows && i < rows->size(); ++i) {
                if (keyOf(rows->at(i)) == key)
                    return pageIndex * m_pageSize + int(i);
            }
        }
        return -1;
    }

protected:
    // cachedPages: how many pages of a window stay in memory; 0 keeps every row (appended pages).
    PagedTableModel(int columnCount, int pageSize, int cachedPages, QObject *parent)
        : QAbstractTableModel(parent), m_columnCount(columnCount), m_pageSize(pageSize), m_pages(cachedPages),
          m_cachedPages(cachedPages)
    {}

    virtual Key keyOf(const Row &row) const = 0;
    // More rows than rowCount() match (fetchMore would add some).
    virtual bool hasMore() const = 0;
    // Reads or asks for the next rows; called only while canFetchMore(), already marked as fetching.
    virtual void requestMore() = 0;
    // A window's page (rows pageIndex * pageSize() onwards, at most pageSize()); nullopt when it cannot be
    // read now. Only windowed models are asked.
    virtual std::optional<QList<Row>> readPage(int pageIndex) const
    {
        Q_UNUSED(pageIndex);
        return std::nullopt;
    }
    // Whether a window's pages are asked for (requestPage) instead of read at once (readPage).
    virtual bool fetchesPagesInBackground() const { return false; }
    // Asks for a window's page; the answer comes back through pageArrived (or pageFailed) with `ticket`.
    // Const because views ask from data(): only the caches and the requests change.
    virtual void requestPage(int pageIndex, quint64 ticket) const
    {
        Q_UNUSED(pageIndex);
        Q_UNUSED(ticket);
    }

    [[nodiscard]] bool isWindowed() const { return m_cachedPages > 0; }
    [[nodiscard]] bool isFetching() const { return m_fetching; }
    void setFetching(bool fetching) { m_fetching = fetching; }

    // Requests started before the latest newGeneration() belong to another filter, sort or search: their
    // answers are dropped.
    quint64 newGeneration() { return ++m_generation; }
    [[nodiscard]] quint64 generation() const { return m_generation; }
    [[nodiscard]] bool isCurrent(quint64 generation) const { return generation == m_generation; }

    // The row shown at `row`: a window reads its page now if it is not cached (or, fetching pages in the
    // background, asks for it); nullptr when it cannot, or not yet.
    const Row *rowPointer(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return nullptr;
        if (!isWindowed())
            return &m_rows.at(row);
        const int pageIndex = row / m_pageSize;
        const QList<Row> *rows = m_pages.object(pageIndex);
        if (!rows) {
            if (fetchesPagesInBackground()) {
                wantPage(pageIndex);
                return nullptr;
            }
            rows = readPageNow(pageIndex);
            if (!rows)
                return nullptr;
        }
        const int inPage = row % m_pageSize;
        return inPage < rows->size() ? &rows->at(inPage) : nullptr;
    }
    // The row shown at `row`, its page read at once when it is not cached, even by a model that fetches
    // pages in the background (an action on selected rows needs them all, not just those painted).
    const Row *rowPointerReadNow(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return nullptr;
        if (!isWindowed())
            return &m_rows.at(row);
        const int pageIndex = row / m_pageSize;
        const QList<Row> *rows = m_pages.object(pageIndex);
        if (!rows)
            rows = readPageNow(pageIndex);
        const int inPage = row % m_pageSize;
        return rows && inPage < rows->size() ? &rows->at(inPage) : nullptr;
    }
    [[nodiscard]] std::optional<Row> rowAt(int row) const
    {
        const Row *found = rowPointer(row);
        return found ? std::optional<Row>(*found) : std::nullopt;
    }
    [[nodiscard]] bool isPageCached(int pageIndex) const { return m_pages.contains(pageIndex); }
    [[nodiscard]] bool isPageInFlight(int pageIndex) const { return m_inFlight.contains(pageIndex); }
    [[nodiscard]] int pagesInFlight() const { return int(m_inFlight.size()); }

    // --- a window
    // The number of rows, for a derived model between its own begin/end signals (reset or insert).
    void setRowCount(int rows) { m_rowCount = rows; }
    // Drops every page, and supersedes the pages asked for: their answers will be dropped.
    void dropPages()
    {
        m_pages.clear();
        m_inFlight.clear();
        m_wanted.clear();
    }
    void dropPage(int pageIndex)
    {
        m_pages.remove(pageIndex);
        m_inFlight.remove(pageIndex);
    }
    // Stores a page read elsewhere (a reload reading the first page with the count).
    void storePage(int pageIndex, QList<Row> rows) { m_pages.insert(pageIndex, new QList<Row>(std::move(rows))); }
    // The page asked for with `ticket` is in: stored and announced (dataChanged), unless something has
    // superseded it since (then dropped: false).
    bool pageArrived(quint64 ticket, int pageIndex, QList<Row> rows)
    {
        if (m_inFlight.value(pageIndex) != ticket) {
            sendWanted();
            return false;
        }
        m_inFlight.remove(pageIndex);
        const int first = pageIndex * m_pageSize;
        const int last = std::min(first + int(rows.size()), m_rowCount) - 1;
        storePage(pageIndex, std::move(rows));
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, m_columnCount - 1));
        forgetOldWants();
        sendWanted();
        return true;
    }
    // The page asked for with `ticket` could not be read: it is asked for again only when shown again.
    void pageFailed(quint64 ticket, int pageIndex)
    {
        if (m_inFlight.value(pageIndex) == ticket)
            m_inFlight.remove(pageIndex);
        forgetOldWants();
        sendWanted();
    }
    // The row with this key was changed elsewhere: its page is read again when next shown. Returns the
    // row, or -1 when it is not among the cached pages (a page on its way may hold the old row: those
    // answers are superseded, and views ask again for what they show).
    int invalidateRowOfKey(const Key &key)
    {
        const int row = rowOfKey(key);
        if (row < 0) {
            const QList<int> inFlight = m_inFlight.keys();
            for (int pageIndex : inFlight) {
                m_inFlight.remove(pageIndex);
                announcePage(pageIndex);
            }
            sendWanted();
            return -1;
        }
        dropPage(row / m_pageSize);
        Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount - 1));
        return row;
    }
    // Every row may have changed: everything is read again when shown.
    void invalidateAll()
    {
        dropPages();
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, m_columnCount - 1));
    }

    // --- every row
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    // Replaces every row (a reset: new filter, another customer).
    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        m_rowCount = int(m_rows.size());
        rebuildIndex();
        endResetModel();
    }
    // The rows whose keys are not shown yet, in their order.
    [[nodiscard]] QList<Row> unseen(const QList<Row> &rows) const
    {
        QList<Row> fresh;
        for (const Row &row : rows) {
            if (!m_rowByKey.contains(keyOf(row)))
                fresh.append(row);
        }
        return fresh;
    }
    // Appends the rows not shown yet; returns how many.
    int appendRows(const QList<Row> &rows)
    {
        const QList<Row> fresh = unseen(rows);
        if (fresh.isEmpty())
            return 0;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Row &row : fresh) {
            m_rowByKey.insert(keyOf(row), int(m_rows.size()));
            m_rows.append(row);
        }
        m_rowCount = int(m_rows.size());
        endInsertRows();
        return int(fresh.size());
    }
    // The page requestMore() asked for is in: appends the rows not shown yet, then is no longer fetching
    // (the page's answer failed: setFetching(false) alone). Still fetching while they are inserted: whoever
    // reacts to the insertion (QAbstractItemModelTester does at rowsAboutToBeInserted) must not ask for the
    // next page before this one is counted, or it would ask for this one again.
    int appendFetchedRows(const QList<Row> &rows)
    {
        const int added = appendRows(rows);
        m_fetching = false;
        return added;
    }
    // Puts the rows not shown yet on top (newest first lists); returns how many.
    int prependRows(const QList<Row> &rows)
    {
        const QList<Row> fresh = unseen(rows);
        if (fresh.isEmpty())
            return 0;
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        m_rowCount = int(m_rows.size());
        rebuildIndex();
        endInsertRows();
        return int(fresh.size());
    }
    // Shows `row` in place of the row with its key (dataChanged); false when that row is not shown.
    bool replaceRow(const Row &row)
    {
        const int at = rowOfKey(keyOf(row));
        if (at < 0)
            return false;
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, m_columnCount - 1));
        return true;
    }
    void removeRowAt(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowCount = int(m_rows.size());
        rebuildIndex();
        endRemoveRows();
    }

private:
    // At most this many page requests run at once; more wanted pages wait, the latest first.
    static constexpr int kPagesInFlight = 2;
    // Of the pages waiting, only this many (the latest) are kept; the others have scrolled out of view.
    static constexpr int kPagesWaiting = 4;

    const QList<Row> *readPageNow(int pageIndex) const
    {
        auto read = readPage(pageIndex);
        if (!read)
            return nullptr;
        auto *stored = new QList<Row>(std::move(*read));
        m_pages.insert(pageIndex, stored);
        return stored;
    }
    void wantPage(int pageIndex) const
    {
        if (m_inFlight.contains(pageIndex))
            return;
        m_wanted.removeAll(pageIndex);
        m_wanted.append(pageIndex);
        sendWanted();
    }
    void sendWanted() const
    {
        while (m_inFlight.size() < kPagesInFlight && !m_wanted.isEmpty()) {
            const int pageIndex = m_wanted.takeLast();
            const quint64 ticket = ++m_lastTicket;
            m_inFlight.insert(pageIndex, ticket);
            requestPage(pageIndex, ticket);
        }
    }
    // A scroll bar dragged over a million rows wants hundreds of pages on the way; only the last few can
    // still be on screen. The others are forgotten, and their rows announced so that a view still
    // showing one asks for it again.
    void forgetOldWants()
    {
        while (m_wanted.size() > kPagesWaiting)
            announcePage(m_wanted.takeFirst());
    }
    void announcePage(int pageIndex)
    {
        const int first = pageIndex * m_pageSize;
        const int last = std::min(first + m_pageSize, m_rowCount) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, m_columnCount - 1));
    }

    void rebuildIndex()
    {
        m_rowByKey.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(keyOf(m_rows.at(row)), row);
    }

    int m_columnCount = 0;
    int m_pageSize = 0;
    int m_rowCount = 0;
    bool m_fetching = false;
    quint64 m_generation = 0;
    // A window's pages (read on demand, the oldest dropped first).
    mutable QCache<int, QList<Row>> m_pages;
    int m_cachedPages = 0;
    // Pages asked for (with the ticket of the request whose answer is awaited) and pages waiting to be.
    mutable QHash<int, quint64> m_inFlight;
    mutable QList<int> m_wanted;
    mutable quint64 m_lastTicket = 0;
    // Every row, with the row of each key.
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
};

} // namespace shipshape
