#pragma once

#include "views/LookupField.h"

namespace shipshape {

class SessionWorker;

// The "add a product" field of the order editor and the Edit order dialog: the catalogue's matches with
// price and stock, and which SKU was chosen. Barcode scanners type a SKU and press Return, which is why
// Return without a choice has a meaning of its own (see ReturnKey).
class ProductSearchField : public LookupField {
    Q_OBJECT

public:
    enum class ReturnKey {
        TakesBestMatch, // the first match, if the lookup found any; nothing otherwise
        TakesTextAsSku, // the text as typed, as a SKU (a scanned code before any lookup answered)
    };

    ProductSearchField(SessionWorker &worker, ReturnKey returnKey, QWidget *parent);

Q_SIGNALS:
    void productChosen(const QString &sku);

protected:
    void lookUp(const QString &typed) override;
    void chosen(const QModelIndex &choice) override;

private:
    void returnPressedWithoutChoice();

    SessionWorker &m_worker;
    ReturnKey m_returnKey;
};

} // namespace shipshape
