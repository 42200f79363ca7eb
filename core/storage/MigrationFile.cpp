#include "storage/MigrationFile.h"

#include "storage/SqlScript.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<MigrationFile> MigrationFile::parse(const QString &fileName, const QString &text)
{
    const auto broken = [&](const QString &problem) {
        return fail(Error::internal(tr("The migration %1 is malformed: %2").arg(fileName, problem)));
    };
    static const QString kName = u"-- name:"_s;
    static const QString kUp = u"\n-- migrate:up\n"_s;
    static const QString kDown = u"\n-- migrate:down\n"_s;
    MigrationFile file;
    const qsizetype nameAt = text.indexOf(u"\n"_s + kName);
    if (nameAt < 0 && !text.startsWith(kName))
        return broken(tr("no \"-- name:\" line"));
    const qsizetype nameStart = nameAt < 0 ? kName.size() : nameAt + 1 + kName.size();
    file.name = text.mid(nameStart, text.indexOf(u'\n', nameStart) - nameStart).trimmed();
    if (file.name.isEmpty())
        return broken(tr("an empty name"));
    const qsizetype up = text.indexOf(kUp);
    const qsizetype down = text.indexOf(kDown);
    if (up < 0 || down < 0 || down < up)
        return broken(tr("it needs a \"-- migrate:up\" section followed by a \"-- migrate:down\" section"));
    file.upText = text.mid(up + kUp.size(), down + 1 - (up + kUp.size()));
    file.up = SqlScript::split(file.upText);
    file.down = SqlScript::split(text.mid(down + kDown.size()));
    return file;
}

QString MigrationFile::checksumOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace shipshape
