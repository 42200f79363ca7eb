#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "inventory/InventoryRepository.h"

#include <QCoreApplication>

namespace shipshape {

class Database;
class DomainEventBus;

struct NewProduct {
    QString sku;
    QString name;
    QString price; // decimal, e.g. "29.99"
    QString currency = QStringLiteral("USD");
    qint64 onHand = 0;
    qint64 lowStockThreshold = 5;
    QString taxClass = QStringLiteral("standard"); // which tax rates apply (docs/pricing.md)
    QString barcode{}; // GTIN-8/12/13/14 with a valid check digit, or empty for none
    QString reason{}; // on the initial ledger row; empty: "New product" (an import puts its reference here)
};

// The catalogue fields of an existing product to change; an unset field stays as it is.
struct ProductEdit {
    std::optional<QString> name{};
    std::optional<QString> price{}; // decimal, in `currency` if set, else in the product's currency
    std::optional<QString> currency{};
    std::optional<QString> taxClass{};
    std::optional<QString> barcode{}; // empty: the product no longer has one
};

// Catalogue and stock use cases: each one transaction that changes stock and writes the ledger.
class InventoryService {
    Q_DECLARE_TR_FUNCTIONS(InventoryService)

public:
    InventoryService(Database &database, const Clock &clock, DomainEventBus *events = nullptr);

    Result<Product> addProduct(const NewProduct &product);
    // Name, price, tax class or barcode of an existing product; stock is changed by the calls below.
    Result<Product> editProduct(const QString &sku, const ProductEdit &edit);
    // Every field of `product` checked without the database (SKU, name, price, stock, threshold, tax
    // class, barcode): the product it describes, stamped `now`. Import validates whole files with it.
    static Result<Product> validate(const NewProduct &product, const QDateTime &now);
    // The barcode as typed to the stored form: empty stays empty (no barcode), else a valid Gtin's digits.
    static Result<QString> parseBarcode(const QString &text);
    // A manual correction to the counted stock; the reason is required and lands on the ledger.
    Result<Product> setStock(const QString &sku, qint64 onHand, const QString &reason);
    Result<Product> replenish(const QString &sku, qint64 quantity, const QString &reason);
    // When a product counts as low on stock (available ≤ threshold); no ledger row, stock is unchanged.
    Result<Product> setLowStockThreshold(const QString &sku, qint64 threshold);

    // Typed text (a table cell, a CLI argument) to a stock level or threshold, with the same checks as
    // setStock / setLowStockThreshold, so a form can refuse it before asking anything else.
    static Result<qint64> parseStockLevel(const QString &text);
    static Result<qint64> parseLowStockThreshold(const QString &text);

    Result<Product> product(const QString &sku);
    Result<QList<Product>> products(const ProductFilter &filter, int limit, int offset, const ProductSort &sort = {});
    Result<qint64> countProducts(const ProductFilter &filter);
    Result<QList<StockMovement>> movements(const QString &sku, int limit);

    static constexpr qint64 kMaxStock = 1'000'000'000;

private:
    static Status checkStockLevel(qint64 onHand);
    static Status checkLowStockThreshold(qint64 threshold);
    static Status checkPaging(int limit, int offset);
    // Conflict unless no product other than `sku` has `barcode` (empty: nothing to check).
    static Status checkBarcodeFree(InventoryRepository &inventory, const QString &barcode, const QString &sku);
    void publish(const QString &name, const QString &sku, const QJsonObject &payload) const;

    Database &m_database;
    const Clock &m_clock;
    DomainEventBus *m_events;
};

} // namespace shipshape
