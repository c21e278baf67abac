#!/usr/bin/env bash
# Runs a command inside a fresh D-Bus session with gnome-keyring's Secret Service, unlocked by a throwaway password.
# The keyring lives in a temporary folder, so nothing of the user's own keyrings is read or touched.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/data" "$scratch/runtime"
# Without a display: a prompt the keyring would show (to unlock a locked keyring) fails at once instead of waiting on
# the developer's screen.
env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" dbus-run-session -- bash -c '
    echo -n throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    "$@"' with-keyring "$@"
