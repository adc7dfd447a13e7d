#!/usr/bin/env bash
# Runs a test program inside its own D-Bus session with an unlocked GNOME Keyring (a real
# Secret Service), in a throwaway home folder, so the keychain the test writes to is never the
# person's own. Needs dbus-daemon and gnome-keyring (scripts/install-deps installs them).
#   with-secret-service.sh PROGRAM [ARGS...]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "with-secret-service: $tool is missing; run scripts/install-deps" >&2
        exit 1
    }
done
home=$(mktemp -d /tmp/srkeyring-XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
       XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The keyring's own password only unlocks this throwaway keyring.
dbus-run-session -- bash -c '
    printf "stockroom-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-secret-service "$@"
