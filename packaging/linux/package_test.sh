#!/bin/bash
# `make package-test` (run by .ci/run after `make test`): install the built .deb on this machine, use it the way a
# desk would with the development venv out of reach (env -i, PATH=/usr/bin:/bin, cd /tmp), then remove it.
#
#   bash packaging/linux/package_test.sh dist/kiosk_<version>_amd64.deb
#
# Each step prints one line; a failing step says which, shows its output, and the script exits 1. The venv's Python
# is used only by the checker (reading the QR code of a badge and the screenshots), never by the product.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CHECKER="$ROOT/.venv/bin/python"
DEB="$(realpath "${1:?usage: package_test.sh KIOSK_DEB}")"
WORK="$(mktemp -d /tmp/kiosk-package-test.XXXXXX)"
chmod 755 "$WORK"
SERVER_PID=
trap 'if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null; fi; rm -rf "$WORK"' EXIT
if [[ "$(id -u)" -eq 0 ]]; then AS_ROOT=(env DEBIAN_FRONTEND=noninteractive); else AS_ROOT=(sudo env DEBIAN_FRONTEND=noninteractive); fi
# What a desk has: the system's PATH, a home, a UTF-8 locale; no venv, no developer environment.
DESK=(env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$WORK/run")
mkdir -p "$WORK/home" "$WORK/run" && chmod 700 "$WORK/run"
DB="sqlite:///$WORK/demo.sqlite3"
# The package is installed system-wide: two package tests on one machine take turns (and apt waits for dpkg's lock).
exec 9>"/tmp/kiosk-package-test.lock"
if ! flock --wait 900 9; then
    echo "package-test: FAILED: another package test held /tmp/kiosk-package-test.lock for 15 minutes" >&2
    exit 1
fi
APT=(apt-get -o DPkg::Lock::Timeout=300 -y -q)
started=$SECONDS

step() {   # step DESCRIPTION COMMAND...: runs COMMAND in /tmp, its output kept for when it fails
    local what="$1"; shift
    if (cd /tmp && "$@") >"$WORK/step.log" 2>&1; then
        echo "package-test: ok    $what"
    else
        echo "package-test: FAILED: $what" >&2
        sed 's/^/    /' "$WORK/step.log" | tail -n 30 >&2
        exit 1
    fi
}

version=$(dpkg-deb --field "$DEB" Version)
if dpkg-query -W -f='${db:Status-Status}' kiosk 2>/dev/null | grep -q installed; then
    # apt-get would keep an installed package of the same version instead of the one just built
    step "remove the kiosk package an earlier run left installed" "${AS_ROOT[@]}" "${APT[@]}" remove kiosk
fi
step "install $(basename "$DEB") with apt-get" "${AS_ROOT[@]}" "${APT[@]}" install --no-install-recommends "$DEB"
step "kiosk-admin, kiosk and kiosk-station --version say $version" bash -c \
    "for p in kiosk-admin kiosk kiosk-station; do ${DESK[*]} \$p --version | grep -qx \"\$p $version\" || exit 1; done"
step "the three programs and their manual pages are installed" bash -c \
    'for p in kiosk kiosk-admin kiosk-station; do [ "$(command -v $p)" = /usr/bin/$p ] && [ -f /usr/share/man/man1/$p.1.gz ] || exit 1; done'
step "the licence texts are in /usr/share/doc/kiosk (Qt Virtual Keyboard's GPL-3.0 among them)" bash -c \
    'grep -q "Qt Virtual Keyboard.*GPL-3.0-only" /usr/share/doc/kiosk/licences/README && grep -rlq "GNU GENERAL PUBLIC LICENSE" /usr/share/doc/kiosk/licences && [ -f /usr/share/doc/kiosk/copyright ]'
step "kiosk-admin demo makes a demo database" "${DESK[@]}" kiosk-admin --db "$DB" demo --groups 3 --visitors 5
step "kiosk-admin badges makes a badge PDF" "${DESK[@]}" kiosk-admin --db "$DB" badges --group 1 -o "$WORK/badges.pdf"
step "the badge's QR code decodes to a badge code" "$CHECKER" "$ROOT/packaging/linux/check_screen.py" qr "$WORK/badges.pdf"
step "the systemd unit of the kiosk session verifies" systemd-analyze verify /usr/lib/systemd/system/kiosk-session@.service

# The kiosk session as a desk runs it: xinit starting the installed session script, with Xvfb standing in for Xorg
# (same command line as kiosk-session@.service); the kiosk full screen, no window manager.
display=$((200 + $$ % 300))
"${DESK[@]}" KIOSK_DATABASE_URL="$DB" xinit /opt/kiosk/session/kiosk-xsession -- /usr/bin/Xvfb ":$display" \
    -screen 0 1280x800x24 -nolisten tcp >"$WORK/session.log" 2>&1 &
SERVER_PID=$!
step "the installed kiosk shows its home screen full screen on X (xinit, no window manager)" \
    env DISPLAY=":$display" "$CHECKER" "$ROOT/packaging/linux/check_screen.py" home "$WORK/home.png"
step "killed, the kiosk comes back on its own" env DISPLAY=":$display" "$CHECKER" \
    "$ROOT/packaging/linux/check_screen.py" restart "$WORK/again.png"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=
step "no traceback from the kiosk session" bash -c "! grep -q Traceback '$WORK/session.log'"

step "kiosk-session-enable creates its user and enables the session" bash -c \
    "${AS_ROOT[*]} kiosk-session-enable kiosk-ci && id kiosk-ci && ls /etc/systemd/system/graphical.target.wants/kiosk-session@kiosk-ci.service"
step "kiosk-session-enable --disable disables it" bash -c \
    "${AS_ROOT[*]} kiosk-session-enable --disable kiosk-ci && ! ls /etc/systemd/system/graphical.target.wants/kiosk-session@kiosk-ci.service"
step "kiosk-session-enable again, then the package removed with apt-get" bash -c \
    "${AS_ROOT[*]} kiosk-session-enable kiosk-ci && ${AS_ROOT[*]} ${APT[*]} remove kiosk"
step "/opt/kiosk, /usr/bin/kiosk and the enabled session are gone" bash -c \
    '[ ! -e /opt/kiosk ] && [ ! -L /usr/bin/kiosk ] && ! ls /etc/systemd/system/*.wants/kiosk-session@* 2>/dev/null'
step "the session's user is removed (userdel -r kiosk-ci)" "${AS_ROOT[@]}" userdel -r kiosk-ci
echo "package-test: passed in $((SECONDS - started)) s"
