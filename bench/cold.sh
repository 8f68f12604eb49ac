#!/usr/bin/env bash
# Cold runs: whole processes, next to a trivial jar started with the same JVM options (the floor).
# Usage: bench/cold.sh LABEL INPUTS_DIR RUNS COMMAND...   (COMMAND runs in INPUTS_DIR, gets --out DIR appended;
# give it absolute paths)
# Prints Markdown rows: what | runs | median ms | min ms | max ms | median / floor.
set -euo pipefail
label="$1"; inputs="$2"; runs="$3"; shift 3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
flags=(${MIZAN_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC})
floor_dir="$(mktemp -d)"
out="$(mktemp -d)"
trap 'rm -rf "$floor_dir" "$out"' EXIT
javac -d "$floor_dir" "$here/Trivial.java"
(cd "$floor_dir" && jar cfe trivial.jar Trivial Trivial.class)

# Milliseconds of each of RUNS runs of a command, one per line.
times() {
  local i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" > /dev/null || { echo "cold.sh: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

floor_ms=$(times java "${flags[@]}" -jar "$floor_dir/trivial.jar" | median)
run_times=$(cd "$inputs" && times "$@" --out "$out")
ms=$(median <<<"$run_times")
lo=$(sort -n <<<"$run_times" | head -1); hi=$(sort -n <<<"$run_times" | tail -1)
echo "COLD | trivial java -jar, same options (floor) | $runs | $floor_ms | | | 1.0 |"
awk -v w="$label" -v r="$runs" -v m="$ms" -v lo="$lo" -v hi="$hi" -v f="$floor_ms" \
  'BEGIN { printf "COLD | %s | %d | %d | %d | %d | %.1f |\n", w, r, m, lo, hi, m / f }'
