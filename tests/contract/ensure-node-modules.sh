#!/usr/bin/env bash
# Installs the repository's npm dev tools (Prism) exactly as locked, only when they are missing or stale.
# Usage: ensure-node-modules.sh REPO_ROOT
set -euo pipefail
cd "$1"
[[ -f package-lock.json ]] || { echo "ensure-node-modules: no package-lock.json in $1" >&2; exit 1; }
if [[ -x node_modules/.bin/prism && node_modules/.package-lock.json -nt package-lock.json ]]; then
    echo "ensure-node-modules: node_modules is up to date"
    exit 0
fi
command -v npm >/dev/null || { echo "ensure-node-modules: npm is missing (Debian package npm)" >&2; exit 1; }
# A lock directory keeps two parallel CTest runs (dev and asan presets) from racing on node_modules.
exec 9>"${TMPDIR:-/tmp}/shipshape-npm-ci.lock"
flock 9
npm ci --no-audit --no-fund --loglevel=error
