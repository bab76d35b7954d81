#!/usr/bin/env bash
# Package the built bundle (dist/arapp) as dist/arapp_<version>_<arch>.deb with Debian's
# own tool (dpkg-deb). Called by packaging/build.sh; the version is its first argument.
#
# Installs the bundle into /opt/arapp, the command as /usr/bin/arapp (a symlink: the
# bundle finds its files from its real path), the menu entry into /usr/share/applications
# and the icon into /usr/share/icons/hicolor. Install with: apt-get install ./dist/arapp_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
version="${1:?version}"
arch="$(dpkg --print-architecture)"
[ -x dist/arapp/arapp ] || { echo "no bundle in dist/arapp: run packaging/build.sh" >&2; exit 1; }

stage="build/deb/arapp_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/doc/arapp"
cp -a dist/arapp "$stage/opt/arapp"
ln -s /opt/arapp/arapp "$stage/usr/bin/arapp"
install -m 644 packaging/linux/arapp.desktop "$stage/usr/share/applications/arapp.desktop"
for png in resources/icons/arapp-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/arapp.png"
done
install -D -m 644 resources/icons/arapp.svg "$stage/usr/share/icons/hicolor/scalable/apps/arapp.svg"
install -m 644 resources/fonts/OFL.txt "$stage/usr/share/doc/arapp/fonts-OFL.txt"

# The Debian libraries Qt's xcb platform loads: setup.sh's list (one place for it), less
# Python (the bundle has its own) and the fonts (the bundle carries its Noto fonts).
# shellcheck disable=SC2207
apt_app=($(sed -n '/^apt_app=(/,/)/p' packaging/setup.sh | sed 's/apt_app=(//; s/)//'))
depends=()
for pkg in "${apt_app[@]}"; do
  case "$pkg" in python3*|fonts-*) ;; *) depends+=("$pkg") ;; esac
done
depends_line="$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')"
installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"

cat > "$stage/DEBIAN/control" <<CONTROL
Package: arapp
Version: ${version}
Architecture: ${arch}
Maintainer: arapp <arapp@localhost>
Installed-Size: ${installed_kb}
Depends: ${depends_line}
Section: office
Priority: optional
Homepage: https://localhost/arapp
Description: accounts receivable and debt collection for small shops
 arapp keeps a shop's customers, invoices, payments and letters in one file on
 the owner's computer, shows who owes what and how late, and prints reminder
 and warning letters in Hebrew, Arabic and English. No server, no internet.
 .
 This package carries the whole app (its own Python and Qt) in /opt/arapp.
CONTROL

# Refresh the menu and icon caches where the desktop has them (not needed for arapp to run).
for script in postinst postrm; do
  cat > "$stage/DEBIAN/$script" <<'HOOK'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
HOOK
  chmod 755 "$stage/DEBIAN/$script"
done

deb="dist/arapp_${version}_${arch}.deb"
# gzip: xz takes minutes over the ~200 MB of Qt and Python on a small machine.
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "package: $deb ($(du -m "$deb" | cut -f1) MB)"
