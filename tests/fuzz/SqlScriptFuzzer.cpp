// SqlScript splits migration files; a split in the wrong place runs half a statement. Property: no input
// crashes or hangs it, and it never returns an empty statement.

#include "FuzzCheck.h"

#include "storage/SqlScript.h"

#include <cstdint>

using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const QString &statement : SqlScript::split(script))
        fuzz::check(!statement.trimmed().isEmpty(), "no empty statements", script);
    return 0;
}
