#include "inventory/InventoryService.h"

#include "common/Logging.h"
#include "common/TextField.h"
#include "events/DomainEventBus.h"
#include "inventory/Gtin.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

InventoryService::InventoryService(Database &database, const Clock &clock, DomainEventBus *events)
    : m_database(database), m_clock(clock), m_events(events)
{}

void InventoryService::publish(const QString &name, const QString &sku, const QJsonObject &payload) const
{
    if (m_events)
        m_events->publish({DomainEvent{name, 0, sku, m_clock.now(), m_database.actor(), payload}});
}

Result<QString> InventoryService::parseBarcode(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    auto gtin = Gtin::parse(text, u"barcode"_s);
    if (!gtin)
        return fail(gtin.error());
    return gtin->digits();
}

Result<Product> InventoryService::validate(const NewProduct &input, const QDateTime &now)
{
    const QString sku = input.sku.trimmed();
    static const QRegularExpression skuPattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!skuPattern.match(sku).hasMatch()) {
        return fail(Error::invalid(u"sku"_s, input.sku,
                tr("\"%1\" is not a valid SKU (letters, digits, . _ -, at most 64).").arg(input.sku)));
    }
    auto name = TextField::singleLine(u"name"_s, input.name, 200);
    if (!name)
        return fail(name.error());
    auto currency = Currency::fromCode(input.currency);
    if (!currency)
        return fail(currency.error());
    auto price = Money::parse(input.price, *currency, u"price"_s);
    if (!price)
        return fail(price.error());
    if (price->isNegative())
        return fail(Error::invalid(u"price"_s, input.price, tr("A price cannot be negative.")));
    if (input.onHand < 0 || input.onHand > kMaxStock)
        return fail(Error::invalid(
                u"onHand"_s, QString::number(input.onHand), tr("Stock must be between 0 and %1.").arg(kMaxStock)));
    if (input.lowStockThreshold < 0 || input.lowStockThreshold > kMaxStock) {
        return fail(Error::invalid(u"lowStockThreshold"_s, QString::number(input.lowStockThreshold),
                tr("The low-stock threshold must be between 0 and %1.").arg(kMaxStock)));
    }
    auto taxClass = TextField::singleLine(u"taxClass"_s, input.taxClass, 40);
    if (!taxClass)
        return fail(taxClass.error());
    auto barcode = parseBarcode(input.barcode);
    if (!barcode)
        return fail(barcode.error());
    return Product{sku, *name, *price, input.onHand, 0, input.lowStockThreshold, now, now, *taxClass, *barcode};
}

Status InventoryService::checkBarcodeFree(InventoryRepository &inventory, const QString &barcode, const QString &sku)
{
    if (barcode.isEmpty())
        return {};
    auto holder = inventory.findByBarcode(barcode);
    if (!holder)
        return fail(holder.error());
    if (holder->has_value() && (*holder)->sku != sku) {
        return fail(Error::conflict(
                tr("Barcode %1 is already the barcode of %2.").arg(barcode, (*holder)->sku), u"barcode"_s, barcode));
    }
    return {};
}

Result<Product> InventoryService::addProduct(const NewProduct &input)
{
    auto valid = validate(input, m_clock.now());
    if (!valid)
        return fail(valid.error());
    const Product &product = *valid;
    const QString &sku = product.sku;

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    InventoryRepository inventory(m_database);
    auto existing = inventory.find(sku);
    if (!existing)
        return fail(existing.error());
    if (existing->has_value())
        return fail(Error::conflict(tr("A product with SKU %1 already exists.").arg(sku), u"sku"_s, sku));
    if (auto free = checkBarcodeFree(inventory, product.barcode, sku); !free)
        return fail(free.error());
    if (auto inserted = inventory.insert(product); !inserted)
        return fail(inserted.error());
    const QString reason = input.reason.trimmed().isEmpty() ? tr("New product") : input.reason.trimmed();
    if (auto recorded = inventory.record(StockMovement{0, sku, StockMovementKind::Initial, product.onHand, 0,
                product.onHand, 0, std::nullopt, m_database.actor(), reason, product.createdAt});
            !recorded)
        return fail(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    publish(u"ProductAdded"_s, sku, {{u"onHand"_s, product.onHand}});
    return product;
}

Result<Product> InventoryService::editProduct(const QString &sku, const ProductEdit &edit)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    InventoryRepository inventory(m_database);
    auto found = inventory.find(sku);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(Error::notFound(u"sku"_s, sku, tr("Unknown product SKU \"%1\".").arg(sku)));
    const Product &before = **found;
    // The edited product passes the same checks as a new one.
    NewProduct input{before.sku, edit.name.value_or(before.name), edit.price.value_or(before.price.toDecimalString()),
            edit.currency.value_or(before.price.currency().code()), before.onHand, before.lowStockThreshold,
            edit.taxClass.value_or(before.taxClass), edit.barcode.value_or(before.barcode)};
    auto valid = validate(input, m_clock.now());
    if (!valid)
        return fail(valid.error());
    Product after = before;
    after.name = valid->name;
    after.price = valid->price;
    after.taxClass = valid->taxClass;
    after.barcode = valid->barcode;
    if (auto free = checkBarcodeFree(inventory, after.barcode, sku); !free)
        return fail(free.error());
    if (auto updated = inventory.updateDetails(before, after, valid->updatedAt); !updated)
        return fail(updated.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcInventory) << "Product" << sku << "edited";
    publish(u"ProductEdited"_s, sku, {});
    return product(sku);
}

Status InventoryService::checkStockLevel(qint64 onHand)
{
    if (onHand < 0 || onHand > kMaxStock) {
        return fail(Error::invalid(u"quantity"_s, QString::number(onHand),
                tr("Stock on hand must be between 0 and %1 (got %2).").arg(kMaxStock).arg(onHand)));
    }
    return {};
}

Status InventoryService::checkLowStockThreshold(qint64 threshold)
{
    if (threshold < 0 || threshold > kMaxStock) {
        return fail(Error::invalid(u"lowStockThreshold"_s, QString::number(threshold),
                tr("The low-stock threshold must be between 0 and %1 (got %2).").arg(kMaxStock).arg(threshold)));
    }
    return {};
}

Status InventoryService::checkPaging(int limit, int offset)
{
    if (limit < 1 || limit > 100000)
        return fail(Error::invalid(u"limit"_s, QString::number(limit), tr("The limit must be between 1 and 100000.")));
    if (offset < 0)
        return fail(Error::invalid(u"offset"_s, QString::number(offset), tr("The offset cannot be negative.")));
    return {};
}

namespace {

// Whole numbers only: "12", " 12 ", "-3" (refused later by the range check, with its own message).
std::optional<qint64> parseWholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

Result<qint64> InventoryService::parseStockLevel(const QString &text)
{
    const auto value = parseWholeNumber(text);
    if (!value) {
        return fail(Error::invalid(u"quantity"_s, text,
                tr("\"%1\" is not a stock level: enter a whole number between 0 and %2.").arg(text).arg(kMaxStock)));
    }
    if (auto valid = checkStockLevel(*value); !valid)
        return fail(valid.error());
    return *value;
}

Result<qint64> InventoryService::parseLowStockThreshold(const QString &text)
{
    const auto value = parseWholeNumber(text);
    if (!value) {
        return fail(Error::invalid(u"lowStockThreshold"_s, text,
                tr("\"%1\" is not a low-stock threshold: enter a whole number between 0 and %2.")
                        .arg(text)
                        .arg(kMaxStock)));
    }
    if (auto valid = checkLowStockThreshold(*value); !valid)
        return fail(valid.error());
    return *value;
}

Result<Product> InventoryService::setStock(const QString &sku, qint64 onHand, const QString &reason)
{
    if (auto valid = checkStockLevel(onHand); !valid)
        return fail(valid.error());
    auto cleanReason = TextField::singleLine(u"reason"_s, reason, 500);
    if (!cleanReason)
        return fail(Error::invalid(u"reason"_s, reason, tr("A stock correction needs a reason.")));

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    InventoryRepository inventory(m_database);
    const QDateTime now = m_clock.now();
    auto levels = inventory.setOnHand(sku, onHand, now);
    if (!levels)
        return fail(levels.error());
    const auto &[before, after] = *levels;
    if (auto recorded
            = inventory.record(StockMovement{0, sku, StockMovementKind::Correction, after.onHand - before.onHand, 0,
                    after.onHand, after.reserved, std::nullopt, m_database.actor(), *cleanReason, now});
            !recorded)
        return fail(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    qCInfo(lcInventory) << "Stock of" << sku << "corrected from" << before.onHand << "to" << after.onHand;
    publish(u"StockCorrected"_s, sku, {{u"from"_s, before.onHand}, {u"to"_s, after.onHand}});
    return product(sku);
}

Result<Product> InventoryService::replenish(const QString &sku, qint64 quantity, const QString &reason)
{
    if (quantity <= 0 || quantity > kMaxStock) {
        return fail(Error::invalid(u"quantity"_s, QString::number(quantity),
                tr("A replenishment must be between 1 and %1 (got %2).").arg(kMaxStock).arg(quantity)));
    }
    auto cleanReason = TextField::singleLine(u"reason"_s, reason, 500, false);
    if (!cleanReason)
        return fail(cleanReason.error());

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return fail(transaction.error());
    InventoryRepository inventory(m_database);
    const QDateTime now = m_clock.now();
    auto level = inventory.replenish(sku, quantity, now);
    if (!level)
        return fail(level.error());
    if (level->onHand > kMaxStock)
        return fail(
                Error::invalid(u"quantity"_s, QString::number(quantity), tr("Stock would exceed %1.").arg(kMaxStock)));
    if (auto recorded = inventory.record(StockMovement{0, sku, StockMovementKind::Replenish, quantity, 0, level->onHand,
                level->reserved, std::nullopt, m_database.actor(), *cleanReason, now});
            !recorded)
        return fail(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    publish(u"StockReplenished"_s, sku, {{u"quantity"_s, quantity}});
    return product(sku);
}

Result<Product> InventoryService::setLowStockThreshold(const QString &sku, qint64 threshold)
{
    if (auto valid = checkLowStockThreshold(threshold); !valid)
        return fail(valid.error());
    // One UPDATE: atomic on its own, and it leaves the stock columns (and so the ledger) alone.
    if (auto updated = InventoryRepository(m_database).setLowStockThreshold(sku, threshold, m_clock.now()); !updated)
        return fail(updated.error());
    qCInfo(lcInventory) << "Low-stock threshold of" << sku << "set to" << threshold;
    publish(u"LowStockThresholdChanged"_s, sku, {{u"threshold"_s, threshold}});
    return product(sku);
}

Result<Product> InventoryService::product(const QString &sku)
{
    auto found = InventoryRepository(m_database).find(sku);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(Error::notFound(u"sku"_s, sku, tr("Unknown product SKU \"%1\".").arg(sku)));
    return **found;
}

Result<QList<Product>> InventoryService::products(
        const ProductFilter &filter, int limit, int offset, const ProductSort &sort)
{
    if (auto valid = checkPaging(limit, offset); !valid)
        return fail(valid.error());
    return InventoryRepository(m_database).list(filter, limit, offset, sort);
}

Result<qint64> InventoryService::countProducts(const ProductFilter &filter)
{
    return InventoryRepository(m_database).count(filter);
}

Result<QList<StockMovement>> InventoryService::movements(const QString &sku, int limit)
{
    if (auto exists = product(sku); !exists)
        return fail(exists.error());
    return InventoryRepository(m_database).movements(sku, limit);
}

} // namespace shipshape
