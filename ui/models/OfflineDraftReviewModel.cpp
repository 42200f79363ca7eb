#include "models/OfflineDraftReviewModel.h"

#include "models/KpiFormat.h"
#include "style/TextTone.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

OfflineDraftReviewModel::OfflineDraftReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void OfflineDraftReviewModel::setReviews(QList<OfflineDraftReview> reviews)
{
    beginResetModel();
    m_reviews = std::move(reviews);
    endResetModel();
}

int OfflineDraftReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int OfflineDraftReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfflineDraftReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfflineDraftReview &review = m_reviews.at(index.row());
    const OfflineDraft &offline = review.offline;
    if (role == DraftIdRole)
        return offline.draft.id;
    const QLocale locale;
    const auto column = static_cast<Column>(index.column());
    if (role == RawValueRole) {
        switch (column) {
        case Customer:
            return offline.draft.customer.email.isEmpty() ? offline.draft.customer.name : offline.draft.customer.email;
        case Items:
            return offline.draft.itemCount();
        case Typed:
            return offline.savedAt.toUTC().toString(Qt::ISODate);
        case TotalNow:
            return review.total ? QVariant(review.total->toDecimalString()) : QVariant();
        case Changes:
            return qint64(review.conflicts.size());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case Customer:
            if (offline.draft.customer.name.isEmpty() && offline.draft.customer.email.isEmpty())
                return tr("(no customer yet)");
            return offline.draft.customer.email.isEmpty()
                    ? offline.draft.customer.name
                    : tr("%1 <%2>").arg(offline.draft.customer.name, offline.draft.customer.email);
        case Items:
            return tr("%Ln item(s)", nullptr, int(offline.draft.itemCount()));
        case Typed:
            return tr("%1 by %2")
                    .arg(locale.toString(offline.savedAt.toLocalTime(), QLocale::ShortFormat), offline.typedBy);
        case TotalNow:
            if (review.total)
                return KpiFormat::money(*review.total, locale);
            return review.problem.isEmpty() ? tr("not priced yet") : review.problem;
        case Changes: {
            if (review.conflicts.isEmpty())
                return tr("none: prices and stock as when typed");
            QStringList texts;
            for (const OfflineLineConflict &conflict : review.conflicts)
                texts << conflict.text;
            return texts.join(role == Qt::ToolTipRole ? u"\n"_s : u"; "_s);
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == Changes && !review.conflicts.isEmpty())
        return TextTone::color(TextTone::Tone::Warning);
    if (role == Qt::TextAlignmentRole && (column == Items || column == TotalNow))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OfflineDraftReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Customer:
        return tr("Customer");
    case Items:
        return tr("Items");
    case Typed:
        return tr("Typed offline");
    case TotalNow:
        return tr("Total now");
    case Changes:
        return tr("Changed since");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shipshape
