#!/usr/bin/env bash
# The README's quick start: installs what is missing (Debian 12), configures, builds, then
#   bash quickstart.sh run [ssedesk options]   starts the app (default database unless --database)
#   bash quickstart.sh test                    runs every test
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    libqt6svg6 libgl-dev sqlite3 libsqlite3-dev libsodium-dev libical-dev python3-icalendar
    poppler-utils unzip qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    desktop-file-utils appstream dpkg-dev file)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" </dev/null
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build --parallel "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Built build/app/ssedesk, but there is no display to show it on." >&2
        echo "Run this from a desktop session, or try: xvfb-run -a build/app/ssedesk" >&2
        exit 1
    fi
    exec build/app/ssedesk "$@"
    ;;
test)
    install_missing
    build
    exec ctest --test-dir build --output-on-failure --parallel "$(nproc)"
    ;;
*)
    echo "usage: bash quickstart.sh run [ssedesk options] | bash quickstart.sh test" >&2
    exit 2
    ;;
esac
