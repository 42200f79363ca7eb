#pragma once

#include <QString>

namespace shipshape::bench {

// `shipshape-bench compare BASELINE.jsonl CURRENT.jsonl [PERCENT]` (scripts/bench --compare): the median of
// every figure both runs measured, side by side, with the change; a figure that moved more than PERCENT
// (default 20) either way is flagged, and then the exit code is 1. Times and throughputs alike: a figure
// that got much better is also worth a look (a case that stopped doing its work). Compare runs made on
// the same machine; the machine table of each run says where it was made.
int compare(const QString &baseline, const QString &current, double thresholdPercent = 20);

} // namespace shipshape::bench
