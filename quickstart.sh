#!/usr/bin/env bash
# The README's quick start: installs what is missing (Debian 12), configures, builds, then
#   bash quickstart.sh run [ssedesk options]   starts the app (default database unless --database)
#   bash quickstart.sh test                    runs every test (the core ones on SQLite and on
#                                              a throwaway PostgreSQL cluster)
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    libqt6svg6 libgl-dev sqlite3 libsqlite3-dev libsodium-dev libical-dev python3-icalendar
    poppler-utils unzip qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    desktop-file-utils appstream dpkg-dev file libqt6sql6-psql postgresql)

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
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build build --parallel "$(nproc)"
}

# A throwaway PostgreSQL cluster on 127.0.0.1 for the server run of the core tests: made in a
# temporary folder, started on a free port, stopped and removed when the tests end. apt starts no
# service here, and the tests must not touch one that runs.
server_dir=
stop_test_server() {
    [ -n "$server_dir" ] || return 0
    as_server_owner "$pg_bin/pg_ctl" -D "$server_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$server_dir"
}
as_server_owner() {
    # initdb refuses to run as root: CI's root runs the cluster as the postgres user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_test_server() {
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    server_dir=$(mktemp -d /tmp/ssedesk-pg.XXXXXX)
    trap stop_test_server EXIT
    [ "$(id -u)" -ne 0 ] || chown postgres "$server_dir"
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_server_owner "$pg_bin/initdb" -D "$server_dir/data" -A trust -U ssedesk -E UTF8 \
        --locale=C.UTF-8 >/dev/null
    as_server_owner "$pg_bin/pg_ctl" -D "$server_dir/data" -w -l "$server_dir/log" \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $server_dir" start >/dev/null
    as_server_owner "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U ssedesk ssedesk_test
    test_server="postgresql://ssedesk@127.0.0.1:$port/ssedesk_test"
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
    start_test_server
    build -DSSEDESK_TEST_SERVER="$test_server"
    ctest --test-dir build --output-on-failure --parallel "$(nproc)"
    ;;
*)
    echo "usage: bash quickstart.sh run [ssedesk options] | bash quickstart.sh test" >&2
    exit 2
    ;;
esac
