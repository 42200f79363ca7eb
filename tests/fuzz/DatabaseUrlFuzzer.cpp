// Database URLs come from the command line, the environment and Settings. Property: an accepted URL,
// written back with toString(), reads as the same place.

#include "FuzzCheck.h"

#include "storage/DatabaseUrl.h"

#include <cstdint>

using namespace shipshape;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        fuzz::check(!url.error().message.isEmpty(), "a refused URL says why", text);
        return 0;
    }
    auto again = DatabaseUrl::parse(url->toString());
    fuzz::check(again.has_value(), "a written URL parses", text + QStringLiteral(" -> ") + url->toString());
    fuzz::check(again->kind() == url->kind() && again->path() == url->path() && again->user() == url->user()
                    && again->host() == url->host() && again->port() == url->port()
                    && again->databaseName() == url->databaseName(),
            "a written URL names the same database", text + QStringLiteral(" -> ") + url->toString());
    fuzz::check(!url->displayName().isEmpty(), "every URL has a display name", text);
    return 0;
}
