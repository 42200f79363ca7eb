#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace shipshape::fuzz {

// A property every input must keep. A broken one aborts, which libFuzzer reports as a crash with the
// input saved, and which fails the corpus replay under CTest.
inline void check(bool holds, const char *property, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n%s\n", property, qUtf8Printable(detail));
    std::abort();
}

} // namespace shipshape::fuzz
