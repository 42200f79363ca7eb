#!/usr/bin/env bash
# CTest (bench_compare): `shipshape-bench compare` finds nothing moved between a run and itself, and flags
# the one figure that moved more than 20 % (search by SKU, 40 → 52 ms) with exit code 1.
set -uo pipefail
bench="$1"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$("$bench" compare "$here/baseline.jsonl" "$here/baseline.jsonl")
rc=$?
echo "$out"
[[ $rc -eq 0 ]] || { echo "FAIL: a run against itself exited $rc" >&2; exit 1; }
grep -q '^4 figures compared, 0 moved' <<<"$out" || { echo "FAIL: expected 4 figures, none moved" >&2; exit 1; }
out=$("$bench" compare "$here/baseline.jsonl" "$here/slower-search.jsonl")
rc=$?
echo "$out"
[[ $rc -eq 1 ]] || { echo "FAIL: a slower figure exited $rc, not 1" >&2; exit 1; }
grep -qF '| search-shipshape · sku_ms | ms | 40.0 | 52.0 | +30.0 % | **moved** |' <<<"$out" ||
    { echo "FAIL: the slower search is not flagged" >&2; exit 1; }
grep -qF '| demo-data · seconds | s | 70.0 | 75.0 | +7.14 % |  |' <<<"$out" ||
    { echo "FAIL: a 7 % change is flagged or missing" >&2; exit 1; }
grep -q '^4 figures compared, 1 moved more than 20' <<<"$out" || { echo "FAIL: expected exactly 1 flagged" >&2; exit 1; }
echo "PASS"
