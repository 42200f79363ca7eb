#include "storage/StoredValue.h"

namespace shipshape {

Error StoredValue::unknown(const QString &table, const QString &row, const QString &column, const QString &raw)
{
    Error error = Error::internal(tr("The database holds an unknown %1 \"%2\" in %3 row %4; it may have been written "
                                     "by a newer version of Shipshape.")
                                          .arg(column, raw, table, row));
    error.field = column;
    error.value = raw;
    return error;
}

} // namespace shipshape
