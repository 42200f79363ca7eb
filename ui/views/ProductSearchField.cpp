#include "views/ProductSearchField.h"

#include "background/SessionWorker.h"
#include "session/Session.h"

#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

namespace {
constexpr int kSkuRole = Qt::UserRole + 1;
constexpr int kMatchesShown = 20;
} // namespace

ProductSearchField::ProductSearchField(SessionWorker &worker, ReturnKey returnKey, QWidget *parent)
    : LookupField(parent), m_worker(worker), m_returnKey(returnKey)
{
    setObjectName(u"productSearch"_s);
    setAccessibleName(tr("Add a product by name or SKU"));
    setPlaceholderText(returnKey == ReturnKey::TakesTextAsSku
                    ? tr("Add a product: type its name or SKU, Return adds it…")
                    : tr("Add a product: type its name or SKU…"));
    connect(this, &QLineEdit::returnPressed, this, &ProductSearchField::returnPressedWithoutChoice);
}

void ProductSearchField::chosen(const QModelIndex &choice)
{
    Q_EMIT productChosen(choice.data(kSkuRole).toString());
}

void ProductSearchField::returnPressedWithoutChoice()
{
    // Return in the popup has already announced its choice and put the choice's text in the field.
    const QString typed = text();
    if (typed.trimmed().isEmpty() || !matches()->findItems(typed).isEmpty())
        return;
    if (m_returnKey == ReturnKey::TakesTextAsSku)
        Q_EMIT productChosen(typed.trimmed());
    else if (matches()->rowCount() > 0)
        Q_EMIT productChosen(matches()->item(0)->data(kSkuRole).toString());
}

void ProductSearchField::lookUp(const QString &typed)
{
    m_worker.run(
            [typed](Session &session) {
                ProductFilter filter;
                filter.search = typed;
                return session.inventory().products(filter, kMatchesShown, 0);
            },
            this,
            [this, typed](const Result<QList<Product>> &result) {
                if (!result) {
                    if (stillTyped(typed))
                        Q_EMIT lookupFailed(tr("Product lookup failed: %1").arg(result.error().message));
                    return;
                }
                const QLocale locale;
                QList<QStandardItem *> found;
                for (const Product &product : *result) {
                    const QString stock = product.available() == 0
                            ? tr("out of stock")
                            : tr("%Ln available", nullptr, int(product.available()));
                    auto *item = new QStandardItem(
                            tr("%1 — %2 · %3 · %4")
                                    .arg(product.sku, product.name, product.price.toDisplayString(locale), stock));
                    item->setData(product.sku, kSkuRole);
                    found.append(item);
                }
                showMatches(typed, found);
            });
}

} // namespace shipshape
