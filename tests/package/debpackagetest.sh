#!/usr/bin/env bash
# Builds the Debian package with cpack, unpacks it into a throwaway root (dpkg-deb -x, no
# installation on this machine) and checks that the files land where a desktop looks for them,
# that Depends names what Qt loads at run time, and that the installed binary runs from there.
#   debpackagetest.sh CPACK CPACK_CONFIG
set -euo pipefail
cpack=$1
config=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$cpack" --config "$config" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, found: ${debs[*]}"
deb=${debs[0]}
echo "Package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

root=$work/root
dpkg-deb -x "$deb" "$root"
for file in usr/bin/ssedesk \
    usr/share/applications/org.ssedesk.UnitDesk.desktop \
    usr/share/metainfo/org.ssedesk.UnitDesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.ssedesk.UnitDesk.svg; do
    [ -f "$root/$file" ] || fail "the package does not install /$file"
done
[ -x "$root/usr/bin/ssedesk" ] || fail "/usr/bin/ssedesk is not executable"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries linked), then what Qt opens by name at run time.
for package in libqt6widgets6 libqt6sql6 libsqlite3-0 libical3 \
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

export QT_QPA_PLATFORM=offscreen HOME="$work/home"
unit=$work/unit.ssedesk
"$root/usr/bin/ssedesk" --version | grep -q '^ssedesk ' || fail "the installed binary does not start"
"$root/usr/bin/ssedesk" demo --database "$unit" >"$work/demo.log" 2>&1 ||
    { cat "$work/demo.log" >&2; fail "the installed binary could not write the demo unit"; }
"$root/usr/bin/ssedesk" check --database "$unit" | grep -q ': healthy (' ||
    fail "the installed binary does not read back the unit it wrote"
echo "The installed ssedesk wrote and checked a demo unit."
