#!/usr/bin/env bash
# Runs a test binary inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), in a throwaway HOME so the developer's own keyrings are never touched.
# Usage: with-keyring.sh TEST_BINARY [ARGS...]
set -euo pipefail
binary=$1
shift
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keyring: dbus-run-session or gnome-keyring-daemon missing (Debian: dbus, gnome-keyring)" >&2
    if [[ "${CI:-}" == "true" ]]; then
        exit 1
    fi
    exec "$binary" "$@" # the keychain test skips itself without a session bus
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    with-keyring "$binary" "$@"
