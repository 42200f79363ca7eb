#include "storage/SqlDialect.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

QString SqlDialect::lockForUpdate() const
{
    return isSqlite() ? QString() : u" FOR UPDATE"_s;
}

QString SqlDialect::lockForUpdateSkipLocked() const
{
    return isSqlite() ? QString() : u" FOR UPDATE SKIP LOCKED"_s;
}

QString SqlDialect::beginWriteStatement() const
{
    return isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString SqlDialect::skipLockedSuffix() const
{
    return isSqlite() ? QString() : u" FOR UPDATE SKIP LOCKED"_s;
}

QString SqlDialect::qtDriverName() const
{
    return isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s;
}

} // namespace shipshape
