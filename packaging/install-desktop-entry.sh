#!/usr/bin/env bash
# Put the built app in the desktop menu for this user (Linux): icon, .desktop file, launcher link.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
app="$here/dist/second-opinion-companion/second-opinion-companion"
[ -x "$app" ] || { echo "build first: make package"; exit 1; }
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
mkdir -p "$apps" "$HOME/.local/bin"
for size in 16 32 48 64 128 256 512; do
  dir=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  cp "$here/app/resources/icons/second-opinion-companion-$size.png" "$dir/second-opinion-companion.png"
done
ln -sf "$app" "$HOME/.local/bin/second-opinion-companion"
sed "s|^Exec=.*|Exec=\"$app\"|" "$here/packaging/second-opinion-companion.desktop" > "$apps/second-opinion-companion.desktop"
echo "Added Second Opinion Companion to your applications menu."
