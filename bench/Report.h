#pragma once

#include <QStringList>

namespace shipshape::bench {

// Reads the JSON lines of every run (files written by scripts/bench) and prints the Markdown tables
// of docs/performance.md: per area, Shipshape's median beside the alternative's, the ratio, the
// target and whether it is met. Returns the process exit code.
int report(const QStringList &files);

} // namespace shipshape::bench
