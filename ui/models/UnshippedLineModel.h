#pragma once

#include "orders/LineItem.h"
#include "orders/Shipment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace shipshape {

// The lines of an order with their units still to ship, and how many of those to act on now: ship them in
// a parcel (ShipDialog) or cancel them (CancelLinesDialog). The chosen quantity is edited in place (0 to
// what is left to ship) or counted up one unit at a time by a scanned SKU or barcode. Only lines with
// something left to ship are listed; core checks the same bounds again when it ships or cancels.
class UnshippedLineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Sku,
        Product,
        Ordered,
        Shipped,
        LeftToShip,
        Chosen,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        MaximumRole, // the largest quantity the Chosen column takes: what is left to ship
        BarcodeRole, // the product's GTIN, empty while unknown or when it has none
    };
    // What a scanned code did.
    enum class Scan {
        Counted, // one more unit of the line
        Unknown, // no listed line has that SKU or barcode
        AllCounted, // the line's units left to ship are all counted already
    };
    struct ScanResult {
        Scan outcome = Scan::Unknown;
        int row = -1;
    };

    explicit UnshippedLineModel(QObject *parent = nullptr);

    // The header of the Chosen column ("Ship now", "Cancel").
    void setChosenHeader(const QString &header);
    // Lists the order's lines that have units left to ship, each with `chosen` of them: everything left
    // (ChooseAll) or none.
    enum class Start {
        ChooseAll,
        ChooseNone
    };
    void setLines(const QList<LineItem> &lines, Start start);
    // Sets every line's chosen quantity again: everything left to ship, or none.
    void resetChosen(Start start);
    // Products' GTINs by SKU, for scanning; lines whose SKU is missing keep theirs.
    void setBarcodes(const QHash<QString, QString> &barcodes);
    // Chosen quantities to start from (a draft), by SKU; bounded by what is left to ship.
    void setChosen(const QList<ShipmentLine> &chosen);

    // One more unit of the line whose SKU or barcode is `code` (surrounding blanks ignored).
    ScanResult scan(const QString &code);

    // The lines with at least one unit chosen, in the order's line order.
    [[nodiscard]] QList<ShipmentLine> chosenLines() const;
    [[nodiscard]] qint64 chosenUnits() const;
    [[nodiscard]] int rowOf(const QString &sku) const;
    [[nodiscard]] QString skuAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A chosen quantity changed (typed, scanned or reset).
    void chosenChanged();

private:
    struct Row {
        QString sku;
        QString productName;
        QString barcode;
        qint64 ordered = 0;
        qint64 shipped = 0;
        qint64 chosen = 0;

        [[nodiscard]] qint64 left() const { return ordered - shipped; }
    };
    void setChosenAt(int row, qint64 chosen);

    QList<Row> m_rows;
    QString m_chosenHeader;
    QLocale m_locale;
};

} // namespace shipshape
