#pragma once

#include "common/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shipshape {

// A product in the catalogue with its stock level. Invariants (also CHECKed by the schema):
// onHand ≥ 0 and 0 ≤ reserved ≤ onHand, so available = onHand − reserved is never negative.
struct Product {
    QString sku;
    QString name;
    Money price;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 lowStockThreshold = 5;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Which of the shop's tax rates apply (docs/pricing.md): "standard" unless the product is taxed otherwise.
    QString taxClass = QStringLiteral("standard");
    // The GTIN/EAN printed on the product (digits, check digit valid: Gtin), empty when it has none.
    QString barcode;

    [[nodiscard]] qint64 available() const { return onHand - reserved; }
    [[nodiscard]] bool isLowStock() const { return available() <= lowStockThreshold; }
};

// The stock columns after a change, as the database reports them.
struct StockLevel {
    qint64 onHand = 0;
    qint64 reserved = 0;
    // Read back by the same UPDATE … RETURNING where it is cheap, so a reservation's stock.low check
    // costs no extra statement; nullopt where the level was read without it.
    std::optional<qint64> lowStockThreshold = std::nullopt;
};

} // namespace shipshape
