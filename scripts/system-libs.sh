#!/usr/bin/env bash
# Make sure the system libraries Qt needs are present (Debian/Ubuntu).
# Installs them when run as root with apt-get; otherwise says what to install. Prints nothing when all is there.
set -eu
pkgs="libegl1 libgl1 libfontconfig1 fonts-dejavu-core fontconfig libxkbcommon0 libdbus-1-3 libglib2.0-0"
xcb="libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1"
# strace: tests/test_no_network.py traces a whole session to prove no Internet socket is opened
[ "${1:-}" = "--with-x" ] && pkgs="$pkgs $xcb xvfb xauth strace"
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: the platform's Qt libraries are assumed present
missing=""
for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries Qt needs:$missing"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing) >/dev/null
else
  echo "Qt needs these system packages; please install them: sudo apt-get install$missing" >&2
  exit 1
fi
