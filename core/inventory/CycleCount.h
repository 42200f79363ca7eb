#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace shipshape {

enum class CycleCountState {
    Open, // being counted
    Approved, // closed by an admin: its differences are posted as ledger corrections
    Cancelled // closed without changing stock
};

class CycleCountStates {
    Q_DECLARE_TR_FUNCTIONS(CycleCountStates)

public:
    static QString key(CycleCountState state);
    static std::optional<CycleCountState> fromKey(const QString &key);
    static QString displayName(CycleCountState state);
};

// One product of a count. `expected` is the on-hand when the count started; `onHandAtCount` the on-hand when
// the count was entered, so stock that moved in between (a shipment during the count) is accounted, not
// reported as variance.
struct CycleCountLine {
    QString sku;
    QString productName;
    QString barcode; // the product's GTIN, empty when it has none
    qint64 expected = 0;
    std::optional<qint64> counted;
    std::optional<qint64> onHandAtCount;
    QString countedBy;
    QDateTime countedAt;
    std::optional<qint64> lastMovementId; // the product's latest ledger row when the count was entered
    std::optional<qint64> correctionId; // the ledger row the approval posted, when the count differed

    [[nodiscard]] bool isCounted() const { return counted.has_value(); }
    // Units that came or went between the start and the entry of the count (a shipment: negative).
    [[nodiscard]] std::optional<qint64> movedDuringCount() const
    {
        return onHandAtCount ? std::optional(*onHandAtCount - expected) : std::nullopt;
    }
    // Counted less what the shelf should have held when it was counted: missing units are negative.
    [[nodiscard]] std::optional<qint64> variance() const
    {
        return counted && onHandAtCount ? std::optional(*counted - *onHandAtCount) : std::nullopt;
    }
};

struct CycleCount {
    qint64 id = 0;
    CycleCountState state = CycleCountState::Open;
    QString note;
    QString startedBy;
    QDateTime startedAt;
    QString closedBy; // who approved or cancelled it
    QDateTime closedAt;
    QList<CycleCountLine> lines;

    [[nodiscard]] qsizetype countedLines() const
    {
        return std::count_if(lines.cbegin(), lines.cend(), [](const CycleCountLine &line) { return line.isCounted(); });
    }
    [[nodiscard]] const CycleCountLine *line(const QString &sku) const
    {
        const auto found = std::find_if(
                lines.cbegin(), lines.cend(), [&sku](const CycleCountLine &line) { return line.sku == sku; });
        return found == lines.cend() ? nullptr : &*found;
    }
};

// A count in the list of counts: its header and how far it got.
struct CycleCountSummary {
    qint64 id = 0;
    CycleCountState state = CycleCountState::Open;
    QString note;
    QString startedBy;
    QDateTime startedAt;
    QString closedBy;
    QDateTime closedAt;
    qint64 lines = 0;
    qint64 countedLines = 0;
    qint64 differingLines = 0; // counted lines whose count differs from the stock when counted
};

// A product due for counting: never counted, or last counted in an approved count before the cut-off.
struct CountSuggestion {
    QString sku;
    QString productName;
    qint64 onHand = 0;
    QDateTime lastCountedAt; // invalid when the product was never counted
};

} // namespace shipshape
