#pragma once

#include "inventory/InventoryRepository.h"
#include "models/PagedTableModel.h"

#include <QLocale>

#include <optional>

namespace shipshape {

class SessionWorker;

// The product catalogue with its stock, loaded page by page on the SessionWorker as a view scrolls,
// filtered and sorted by SQL. Edits are not applied here: the model asks (editRequested) and the owner
// runs the change through core, then hands the stored product back (applyProduct). A product that
// changed refreshes its own row; the model is reset only when the filter or the sort changes.
class ProductTableModel : public PagedTableModel<Product, QString> {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Name,
        Price,
        OnHand,
        Reserved,
        Available,
        LowStockThreshold,
        Barcode, // the product's GTIN, editable like the stock columns (core checks the check digit)
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        SkuRole,
        LowStockRole
    };
    static constexpr int kPageSize = 200;

    explicit ProductTableModel(SessionWorker &worker, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ProductFilter &filter);
    [[nodiscard]] const ProductFilter &filter() const { return m_filter; }
    // On-hand and threshold cells are editable only when the login may change stock.
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    [[nodiscard]] std::optional<Product> productAt(int row) const { return rowAt(row); }
    [[nodiscard]] int rowOf(const QString &sku) const { return rowOfKey(sku); }
    // Products matching the filter in the database (rows are loaded as they are needed).
    [[nodiscard]] qint64 matchingCount() const { return m_matching; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    // Re-reads the count and the first page (F5, after a reconnect).
    void reload();
    // The product's stock changed somewhere: read it again and update its row in place.
    void refreshProduct(const QString &sku);
    // A fresh copy from core: updates its row, or removes the row if it no longer passes the filter.
    void applyProduct(const Product &product);

Q_SIGNALS:
    // A person typed `text` into an editable cell; the cell keeps its value until core accepts.
    void editRequested(const QString &sku, shipshape::ProductTableModel::Column column, const QString &text);
    // The first page after reload() (or a filter or sort change) is in.
    void loaded();
    void loadFailed(const QString &message);

protected:
    QString keyOf(const Product &row) const override { return row.sku; }
    bool hasMore() const override { return !m_loading && rowCount() < m_matching; }
    void requestMore() override;

private:
    static ProductSortKey sortKeyFor(int column);

    SessionWorker &m_worker;
    ProductFilter m_filter;
    ProductSort m_sort;
    qint64 m_matching = 0;
    bool m_editable = false;
    bool m_loading = false;
    QLocale m_locale;
};

} // namespace shipshape
