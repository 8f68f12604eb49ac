#!/usr/bin/env bash
# Cold runs: whole processes, `java -jar` started like ./mizan starts it, next to a trivial jar started the same
# way (the floor). Prints Markdown rows: what | runs | median ms | min ms | max ms | median / floor.
# Usage: bench/cold.sh JAR INPUTS_DIR RUNS [extra java options...]
set -euo pipefail
jar="$1"; inputs="$2"; runs="$3"; shift 3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
flags=(${MIZAN_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} "$@")
floor_dir="$(mktemp -d)"
javac -d "$floor_dir" "$here/Trivial.java"
(cd "$floor_dir" && jar cfe trivial.jar Trivial Trivial.class)

# Milliseconds of each of RUNS runs of a command, one per line.
times() {
  local i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

floor_ms=$(times java "${flags[@]}" -jar "$floor_dir/trivial.jar" | median)
out="$(mktemp -d)"
gen_times=$(cd "$inputs" && times java "${flags[@]}" -jar "$jar" generate --out "$out")
gen_ms=$(echo "$gen_times" | median)
min=$(echo "$gen_times" | sort -n | head -1); max=$(echo "$gen_times" | sort -n | tail -1)
echo "COLD | trivial java -jar (floor) | $runs | $floor_ms | | | 1.0 |"
awk -v w="$(basename "$inputs")" -v r="$runs" -v m="$gen_ms" -v lo="$min" -v hi="$max" -v f="$floor_ms" \
  'BEGIN { printf "COLD | mizan generate, %s | %d | %d | %d | %d | %.1f |\n", w, r, m, lo, hi, m / f }'
rm -rf "$floor_dir" "$out"
