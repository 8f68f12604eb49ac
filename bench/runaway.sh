#!/usr/bin/env bash
# Times the default bounds end to end, as a user meets them: bench/runaway.sh
# Copies facts/, rules/ and templates/ to $BENCH_WORK (default /tmp/mizan-runaway) and runs ./mizan generate (or
# validate) on each damage: a rule whose action spins, one that recurses without end, one that inserts 3 million
# objects, and a 1 MB field in a fact. Each must end with exit 1 and a located error naming the rule or the field;
# the issue asks for 30 s (rules) and 5 s (field) at the defaults. Prints one Markdown row per case.
set -euo pipefail
export MIZAN_DAEMON=0   # cold runs: one process per command, never the background process
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
work="${BENCH_WORK:-/tmp/mizan-runaway}"
header='package org.mizan.rules;\n\nimport org.mizan.dossier.*;\n\ndeclare Flood\n    n : int\nend\n\n'
declare -A rule=(
  [spins]='rule "Spins"\nwhen\n    Actor(id == "sdf")\nthen\n    long n = 1;\n    while (n > 0) { n = n * 3 + 1; if (n < 0) { n = 1; } }\nend\n'
  [recurses]='rule "Recurses"\nwhen\n    Actor(id == "sdf")\nthen\n    deeper(0);\nend\n\nfunction int deeper(int n) {\n    return deeper(n + 1) + 1;\n}\n'
  [floods]='rule "Floods"\nwhen\n    Actor(id == "sdf")\nthen\n    for (int i = 0; i < 3_000_000; i++) { insert(new Flood(i)); }\nend\n'
)
"$project/mizan" --version > /dev/null   # builds the jar first, outside the timings
fresh() {
  rm -rf "$work" && mkdir -p "$work"
  cp -r "$project/facts" "$project/rules" "$project/templates" "$work/"
}
run() {  # case name, then the mizan arguments
  local name="$1"; shift
  local start end status=0
  start=$(date +%s.%N)
  (cd "$work" && "$project/mizan" "$@" > out.txt 2> err.txt) || status=$?
  end=$(date +%s.%N)
  printf '| %s | %s | %.1f s | %s | %s |\n' "$name" "$status" "$(echo "$end - $start" | bc)" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$(head -1 "$work/err.txt")"
}
# The machine is shared: each row gives the 1-minute load average at its end, and the run its date.
echo "bench/runaway.sh at $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$project" rev-parse --short HEAD)"
echo "| case | exit | wall time | load average | first line of stderr |"
echo "|---|---|---|---|---|"
# The undamaged inputs first: the wall time every other row shares (start-up, rule build) on this machine now.
fresh
run "undamaged (generate)" generate
for name in spins recurses floods; do
  fresh
  printf "$header${rule[$name]}" > "$work/rules/runaway.drl"
  run "$name (generate)" generate
done
fresh
python3 - "$work/facts/actors.json" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
i = s.index('"en": "') + len('"en": "')
open(p, "w", encoding="utf-8").write(s[:i] + "x" * (1 << 20) + s[i:])
PY
run "1 MB field (validate)" validate
run "1 MB field (generate)" generate
