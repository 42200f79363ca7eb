#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shipshape {

// One tag as a person typed it, and the key it is matched and kept unique by (its case folding: "VIP",
// "vip" and "Vip" are one tag, stored as first typed).
struct Tag {
    QString text;
    QString key;

    friend bool operator==(const Tag &, const Tag &) = default;
};

// The rules for tags on orders and customers, once: free text trimmed to 1–40 characters on one line
// without control characters, compared ignoring case.
class Tags {
    Q_DECLARE_TR_FUNCTIONS(Tags)

public:
    static constexpr int kMaxLength = 40;

    static QString keyOf(const QString &text) { return text.toCaseFolded(); }
    // One tag; bad input names `field` and the value.
    static Result<Tag> parse(const QString &field, const QString &text);
    // At least one tag; the same tag twice (in any case) counts once, the first spelling kept.
    static Result<QList<Tag>> parseAll(const QString &field, const QStringList &texts);
    static QStringList texts(const QList<Tag> &tags);
    // In the order lists and chips show them: by key, so "apple", "Banana", "cherry".
    static void sort(QStringList &texts);
    // "a, b, c" for timelines and messages.
    static QString joined(const QStringList &texts);
};

} // namespace shipshape
