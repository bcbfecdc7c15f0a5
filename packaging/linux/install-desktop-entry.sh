#!/bin/sh
# Adds Ontkoppel to your application menu (only for you, no root needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   To remove: ./install-desktop-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/ontkoppel.desktop" "$icons/ontkoppel.svg"
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/ontkoppel.svg" "$icons/ontkoppel.svg"
sed "s|^Exec=.*|Exec=\"$here/ontkoppel\"|" "$here/ontkoppel.desktop" > "$apps/ontkoppel.desktop"
echo "Ontkoppel is in your application menu. For a USB stick, skip this and create an empty file"
echo "named 'portable' next to the program instead: nothing is then written to this computer."
