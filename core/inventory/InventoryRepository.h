#pragma once

#include "common/Result.h"
#include "inventory/Product.h"
#include "inventory/StockMovement.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shipshape {

class Database;

struct ProductFilter {
    QString search; // matches SKU or name, or is a product's whole barcode
    bool lowStockOnly = false;

    friend bool operator==(const ProductFilter &, const ProductFilter &) = default;
};

enum class ProductSortKey {
    Sku,
    Name,
    Price,
    OnHand,
    Reserved,
    Available,
    LowStockThreshold
};

// Every sort ends on the SKU, so pages never overlap or skip rows with equal keys.
struct ProductSort {
    ProductSortKey key = ProductSortKey::Sku;
    bool descending = false;

    friend bool operator==(const ProductSort &, const ProductSort &) = default;
};

// A product's stock at one moment and the ledger row that brought it there (0 if it has none).
struct StockSnapshot {
    StockLevel level;
    qint64 lastMovementId = 0;
};

// SQL for products and the stock ledger. Every stock change is one conditional UPDATE that the
// database applies only if the result is legal, so concurrent writers can never oversell.
// Callers own the transaction.
class InventoryRepository {
    Q_DECLARE_TR_FUNCTIONS(InventoryRepository)

public:
    explicit InventoryRepository(Database &database) : m_database(database) {}

    Result<std::optional<Product>> find(const QString &sku);
    Result<std::optional<Product>> findByBarcode(const QString &barcode);
    Result<QList<Product>> list(const ProductFilter &filter, int limit, int offset, const ProductSort &sort = {});
    Result<qint64> count(const ProductFilter &filter);
    Status insert(const Product &product);
    // Name, price, tax class and barcode (empty: none) := the product's; stock columns untouched. Only the
    // columns that differ from `before` are written, so a login allowed to change some of them (warehouse:
    // the barcode) can save a product whose other fields it left alone.
    Status updateDetails(const Product &before, const Product &after, const QDateTime &at);

    // reserved += q only while available ≥ q; Conflict (out of stock) otherwise.
    Result<StockLevel> reserve(const QString &sku, qint64 quantity, const QDateTime &at);
    // reserved −= q.
    Result<StockLevel> release(const QString &sku, qint64 quantity, const QDateTime &at);
    // Shipment: onHand −= q and reserved −= q.
    Result<StockLevel> consume(const QString &sku, qint64 quantity, const QDateTime &at);
    // onHand += q.
    Result<StockLevel> replenish(const QString &sku, qint64 quantity, const QDateTime &at);
    // Locks the product's row and returns its level, for a ledger row that moves nothing (a write-off).
    Result<StockLevel> lockLevel(const QString &sku, const QDateTime &at);
    // onHand += delta (either sign), refused (Conflict) where it would leave less than what is reserved.
    Result<StockLevel> adjustOnHand(const QString &sku, qint64 delta, const QDateTime &at);
    // The product's stock and latest ledger row, its row locked against other stock changes until the
    // transaction ends (PostgreSQL FOR UPDATE; SQLite's write transaction holds the database). For records of
    // the stock as it is, such as a count. NotFound for an unknown SKU.
    Result<StockSnapshot> lockedSnapshot(const QString &sku);
    // The SKU a scanned or typed code names: an exact SKU or barcode first, then a SKU in another case (a
    // scanner's caps lock); nullopt when no product has it.
    Result<std::optional<QString>> skuForCode(const QString &code);
    // onHand := q, refused below what is reserved. Returns the level before and after.
    Result<std::pair<StockLevel, StockLevel>> setOnHand(const QString &sku, qint64 onHand, const QDateTime &at);
    // low_stock_threshold := t (NotFound for an unknown SKU).
    Status setLowStockThreshold(const QString &sku, qint64 threshold, const QDateTime &at);

    // A Returned or Damaged row names its return (migration 21); a Damaged row says how many units were
    // written off. Returns the row's id.
    Result<qint64> record(
            const StockMovement &movement, std::optional<qint64> returnId = std::nullopt, qint64 writtenOff = 0);
    Result<QList<StockMovement>> movements(const QString &sku, int limit);

private:
    Result<StockLevel> applyDelta(
            const QString &sql, const QString &sku, const QVariantList &values, const QString &refusal);

    Database &m_database;
};

} // namespace shipshape
