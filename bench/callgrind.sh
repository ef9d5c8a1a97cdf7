#!/bin/bash
# Instructions executed (callgrind's Ir) on the hot paths, which stay the same on a busy machine
# where timings do not: the unit overview model loading, the dashboard's reads, logging one
# progress entry, one performance review summary to PDF (bench/hotpaths.h says what each runs).
# Each path runs in a process of its own on a fresh copy of a demo unit dated 2026-06-15, so that
# every run counts the same work; only HotPaths::collect() is counted, not the start or the
# warm-up. The counts are printed beside bench/callgrind-baseline.csv and written as CSV.
#
#   bench/callgrind.sh [BUILD_DIR] [OUT_CSV]   (defaults: build, BUILD_DIR/bench/callgrind.csv)
#
# Exits 1 when a path executes more than CALLGRIND_TOLERANCE percent (default 2) above its
# baseline. After a change that is meant to cost or save instructions, copy OUT_CSV over the
# baseline and commit both together.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
out=${2:-$build/bench/callgrind.csv}
tolerance=${CALLGRIND_TOLERANCE:-2}
paths_program="$build/bench/ssedesk-bench-paths"
baseline="$here/callgrind-baseline.csv"

command -v valgrind > /dev/null || { echo "valgrind is needed (Debian: apt-get install valgrind)" >&2; exit 2; }
[ -x "$paths_program" ] || { echo "build $paths_program first (ninja -C $build ssedesk-bench-paths)" >&2; exit 2; }

# The demo unit is written once (about 40 s) and kept beside the program.
unit="$build/bench/callgrind-unit.ssedesk"
if [ ! -f "$unit" ]; then
    echo "Writing the demo unit at scale 10 into $unit..."
    "$paths_program" --write-demo --database "$unit"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Qt seeds its hashes at random: fixed, the same work takes the same instructions.
export QT_HASH_SEED=0
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$work/runtime"

echo "path,instructions" > "$out"
for path in overview dashboard log summary; do
    cp "$unit" "$work/unit.ssedesk"
    valgrind --tool=callgrind --callgrind-out-file="$work/$path.callgrind" \
        --toggle-collect='Bench::HotPaths::collect*' \
        "$paths_program" --database "$work/unit.ssedesk" "$path" > "$work/$path.log" 2>&1 \
        || { cat "$work/$path.log" >&2; exit 2; }
    instructions=$(sed -n 's/^totals: //p' "$work/$path.callgrind")
    echo "$path,$instructions" >> "$out"
    rm -rf "$work/unit.ssedesk"*
done

status=0
printf '%-10s %16s %16s %9s\n' path instructions baseline change
while IFS=, read -r path instructions; do
    [ "$path" = path ] && continue
    before=$(awk -F, -v path="$path" '$1 == path { print $2 }' "$baseline" 2> /dev/null || true)
    if [ -z "$before" ]; then
        printf '%-10s %16s %16s %9s\n' "$path" "$instructions" - -
        continue
    fi
    change=$(awk -v now="$instructions" -v then="$before" 'BEGIN { printf "%+.2f%%", (now - then) * 100 / then }')
    verdict=$(awk -v now="$instructions" -v then="$before" -v tolerance="$tolerance" \
        'BEGIN { print ((now - then) * 100 / then > tolerance) ? "REGRESSED" : "ok" }')
    printf '%-10s %16s %16s %9s  %s\n' "$path" "$instructions" "$before" "$change" "$verdict"
    [ "$verdict" = ok ] || status=1
done < "$out"
echo "Written to $out"
exit $status
