#pragma once

#include <QStyledItemDelegate>

namespace shipshape {

// Paints tags as chips: a rounded label per tag, its colour picked from the tag (ignoring case) so that the
// same tag looks the same in every row, the order list's Tags column and the order detail. Reads the tags
// from `tagsRole` (a QStringList, or one QString); the display text stays for accessibility and tooltips.
// Chips that do not fit end in "+N".
class TagChipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit TagChipDelegate(int tagsRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chips' background for a tag (light, readable with the palette's dark text).
    static QColor chipColor(const QString &tag);
    // How wide the chips of these tags are in `font`, gaps included.
    static int chipsWidth(const QStringList &tags, const QFont &font);

private:
    int m_tagsRole;
};

} // namespace shipshape
