#!/usr/bin/env bash
# How fast `serve` stops while a heavy view computes (issue 24, item 8): bench/serve-stop.sh [SCALE] [DELAY]
#
# Writes a SCALE-fold dossier (default 100) with the bench's MakeInputs, then for each of SIGINT (Ctrl-C) and SIGTERM:
# starts the real command, `java -XX:+UseSerialGC -jar target/mizan.jar serve --port 0` on it, asks for the
# baseline page and a what-if (the heavy views), sends the signal DELAY seconds later (default 10) and times the
# process's end. One line per signal: exit status (130 and 143 expected), seconds from the signal to the end (the
# goal: at most 2), what the page requests got, the load average. The script runs with job control (set -m), since
# a background job of a script otherwise starts with SIGINT ignored; if the script itself was started with SIGINT
# ignored (say, as a background job), its children cannot undo that, and only SIGTERM is tried.
#
# Environment: STOP_WORK (default /tmp/mizan-serve-stop: inputs and logs), MIZAN_JAVA_OPTS (default
# -XX:+UseSerialGC, the launcher's for serve).
set -euo pipefail
set -m
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
scale="${1:-100}"
delay="${2:-10}"
work="${STOP_WORK:-/tmp/mizan-serve-stop}"
opts=(${MIZAN_JAVA_OPTS:--XX:+UseSerialGC})
jar="$project/target/mizan.jar"
[[ -f "$jar" && -d "$project/target/test-classes/org/mizan/bench" ]] \
  || mvn -B -q -f "$project/pom.xml" -DskipTests package
rm -rf "$work" && mkdir -p "$work"
java -cp "$project/target/test-classes:$jar" org.mizan.bench.MakeInputs "$project" "$scale" 0 "$work/inputs"
in="$work/inputs"

signals=(INT TERM)
# An ignored signal stays ignored in every child (POSIX), so Ctrl-C cannot be tried from such a shell: say so.
if (( 0x$(sed -n 's/^SigIgn:\s*//p' /proc/$$/status) & 2 )); then
  echo "serve-stop: this shell runs with SIGINT ignored (a background job of a script?): SIGINT is not tried"
  signals=(TERM)
fi
for signal in "${signals[@]}"; do
  log="$work/serve-$signal.log"
  java "${opts[@]}" -jar "$jar" serve --port 0 --facts "$in/facts" --rules "$in/rules" --templates "$in/templates" \
    --out "$work/out" > "$log" 2> "$work/serve-$signal.err" &
  pid=$!
  until port="$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$log")" && [[ -n "$port" ]]; do
    kill -0 "$pid" 2> /dev/null || { echo "serve-stop: serve ended before it listened:"; cat "$work/serve-$signal.err"; exit 1; }
    sleep 0.5
  done
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" > "$work/page-$signal" &
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/?lang=ar&fact=support-funding" \
    > "$work/whatif-$signal" &
  sleep "$delay"
  start=$(date +%s.%N)
  kill -"$signal" "$pid"
  status=0
  wait "$pid" || status=$?
  end=$(date +%s.%N)
  wait || true
  printf 'serve-stop: SIG%s after %s s of heavy views (%s-fold dossier): exit %s, stopped in %.2f s; requests got %s and %s; load %s\n' \
    "$signal" "$delay" "$scale" "$status" "$(echo "$end - $start" | bc)" "$(cat "$work/page-$signal")" \
    "$(cat "$work/whatif-$signal")" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
