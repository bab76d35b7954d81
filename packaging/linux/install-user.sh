#!/usr/bin/env bash
# Install the built bundle for this user only (no root), or remove it again.
#
#   bash packaging/linux/install-user.sh              install (after packaging/build.sh)
#   bash packaging/linux/install-user.sh --uninstall  remove the app (your shop stays)
#
# Installs the bundle into ~/.local/opt/arapp, the command into ~/.local/bin/arapp, the
# menu entry into ~/.local/share/applications and the icons into ~/.local/share/icons.
# Your shop file, settings and logs (~/.local/share/arapp, ~/.config/arapp,
# ~/.local/state/arapp) are never touched, by installing or by uninstalling.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bundle="${ARAPP_BUNDLE:-$root/dist/arapp}"

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/arapp"
bin="$HOME/.local/bin"
apps="$data_home/applications"
icons="$data_home/icons/hicolor"

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  rm -f "$bin/arapp" "$apps/arapp.desktop" "$icons/scalable/apps/arapp.svg"
  rm -f "$icons"/*/apps/arapp.png
  refresh_caches
  echo "arapp removed. Your shop file and settings are kept (${data_home}/arapp)."
  exit 0
fi
[ $# -eq 0 ] || { echo "usage: bash packaging/linux/install-user.sh [--uninstall]" >&2; exit 2; }

[ -x "$bundle/arapp" ] || {
  echo "No bundle in $bundle: build it first with: bash packaging/build.sh" >&2; exit 1; }

mkdir -p "$(dirname "$opt")" "$bin" "$apps"
# A fresh copy beside the old one, then swapped in: an update never leaves half a bundle.
rm -rf "$opt.new"
cp -a "$bundle" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/arapp" "$bin/arapp"
# Absolute Exec: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=arapp|Exec=$opt/arapp|" "$root/packaging/linux/arapp.desktop" > "$apps/arapp.desktop"
for png in "$root"/resources/icons/arapp-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 644 "$png" "$icons/${size}x${size}/apps/arapp.png"
done
install -D -m 644 "$root/resources/icons/arapp.svg" "$icons/scalable/apps/arapp.svg"
refresh_caches
echo "arapp installed in $opt; start it from the menu or with: $bin/arapp"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to your PATH to type just: arapp)";; esac
