#!/usr/bin/env bash
# kill -9 on the whole `generate`, as a crash or a closed laptop would (issue 17): bench/kill-generate.sh [KILLS]
#
# Runs the real command, `java -jar target/mizan.jar generate`, again and again on one out/ folder and kills it with
# SIGKILL, alternating between two copies of the inputs that differ in every output (a fact's title is changed in
# the second, so both briefs, findings.json and manifest.json all change on every run). Two kinds of kill:
#   - in the replace window (KILLS of them must land there, default 20): the harness polls .out.sets/ for the
#     next set being built (tmp-N) and kills after a delay spread over the window's measured length (a calibration
#     run times the window from tmp-N appearing to the old set being removed). A kill counts as "in the window" when it
#     left the run's traces (tmp-N, a finished set out/ does not point at, the old set, a half-made link).
#   - spread over the whole run (KILLS / 4 of them): a delay drawn uniformly from 0 to a full run's length, so kills
#     land in start-up, inference and rendering too.
# After every kill: out/ resolves to one folder whose manifest.json lists every file in it, with matching SHA-256
# checksums, and nothing else. Then one run to completion: exit 0, the same check, and no traces left (.out.sets/
# holds only the lock and the set out/ points at; no .out.link-*). Any failure stops the harness with exit 1.
# Prints one line per trial and a summary; the last line is "kill-generate: N/N ...".
#
# Environment: MIZAN_JAVA_OPTS (default: the launcher's -XX:TieredStopAtLevel=1 -XX:+UseSerialGC),
# KILL_WORK (default /tmp/mizan-kill: inputs and out/), KILL_SEED (default 17).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
kills="${1:-20}"
spread_kills=$(((kills + 3) / 4))
work="${KILL_WORK:-/tmp/mizan-kill}"
RANDOM="${KILL_SEED:-17}"
opts=(${MIZAN_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC})
jar="$project/target/mizan.jar"
"$project/mizan" --version > /dev/null   # builds the jar when the sources are newer

rm -rf "$work" && mkdir -p "$work/a" "$work/b"
for side in a b; do
  cp -r "$project/facts" "$project/rules" "$project/templates" "$work/$side/"
done
python3 - "$work/b/facts/actors.json" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = '"en": "International Coalition against ISIS"'
assert old in s, old
open(p, "w", encoding="utf-8").write(s.replace(old, '"en": "International Coalition against ISIS (second set)"', 1))
PY
out="$work/out"
sets="$work/.out.sets"

generate() {  # side (a|b): starts a generate in the background, its pid in $pid
  # The launcher's rule cache (compiled rules kept between runs) shortens each run; it is read before the replace
  # window, so it changes nothing in what is measured.
  java "${opts[@]}" -Dmizan.rule.cache="$work/rule-cache" -jar "$jar" generate --facts "$work/$1/facts" --shipped-rules "$work/$1/rules" \
    --shipped-templates "$work/$1/templates" --out "$out" > "$work/run.log" 2>&1 &
  pid=$!
}

# Timing without starting processes (a `sleep` or `date` costs milliseconds on a loaded machine): bash's own
# microsecond clock, a nap as a read that times out on a pipe nobody writes to, and a busy wait only for the last
# stretch of a pause, so the harness does not take a core from the run it times.
exec {tick}<> <(:)
now_us() { echo "${EPOCHREALTIME/./}"; }
nap() { read -t 0.001 -u "$tick" || true; }
pause() {
  local until=$((${EPOCHREALTIME/./} + $1))
  while ((${EPOCHREALTIME/./} < until - 3000)); do nap; done
  while ((${EPOCHREALTIME/./} < until)); do :; done
}
until_exists() {  # a glob; returns early if the run ended first
  while ! compgen -G "$1" > /dev/null; do
    running "$pid" || return 0
    nap
  done
}

running() {  # alive and not yet reaped-but-dead (a zombie), read with builtins only
  local _pid _comm state
  [[ -r /proc/$1/stat ]] && read -r _pid _comm state _ < "/proc/$1/stat" 2> /dev/null && [[ $state != Z ]]
}

now_ms() { echo $(($(now_us) / 1000)); }

# out/ is one complete set: every file its manifest lists, with the listed checksum, and nothing else.
check_set() {  # what happened before, for the message
  python3 - "$out" "$1" <<'PY'
import hashlib, json, os, sys
out, when = sys.argv[1], sys.argv[2]
real = os.path.realpath(out)
def fail(msg):
    print(f"FAIL after {when}: {msg} (out -> {real})"); sys.exit(1)
if not os.path.isdir(real):
    fail("out/ does not resolve to a folder")
try:
    manifest = json.load(open(os.path.join(real, "manifest.json"), encoding="utf-8"))
except Exception as e:
    fail(f"manifest.json unreadable: {e}")
listed = manifest["outputs"]
for name, digest in listed.items():
    path = os.path.join(real, name)
    if not os.path.isfile(path):
        fail(f"{name} is listed but missing")
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != digest:
        fail(f"{name} is not the file the manifest lists")
present = sorted(os.listdir(real))
if present != sorted(list(listed) + ["manifest.json"]):
    fail(f"files {present} but the manifest lists {sorted(listed)}")
PY
}

# What a replacement under way leaves beside the set out/ points at.
traces() {
  local current entry found=()
  current="$(basename "$(readlink "$out")")"
  for entry in "$sets"/* "$work"/.out.link-*; do
    [[ -e "$entry" || -L "$entry" ]] || continue
    case "$(basename "$entry")" in lock|"$current") ;; *) found+=("$(basename "$entry")") ;; esac
  done
  echo "${found[*]:-}"
}

run_to_end() {  # side, what happened before
  generate "$1"
  if ! wait "$pid"; then
    echo "FAIL: the run after $2 exited non-zero:"; cat "$work/run.log"; exit 1
  fi
  check_set "the run after $2"
  local left
  left="$(traces)"
  if [[ -n "$left" ]]; then
    echo "FAIL: after the run that followed $2, traces remain: $left"; exit 1
  fi
}

# Calibration: a whole run's length, and the replace window's (tmp-N appears .. the old set is gone).
run_to_end a "nothing (first run)"
side=b
old="$(basename "$(readlink "$out")")"
start=$(now_ms)
generate "$side"
until_exists "$sets/tmp-*"
window_start=$(now_ms)
while [[ -e "$sets/$old" ]]; do :; done   # builtins only: polled every few microseconds
window_ms=$(($(now_ms) - window_start))
wait "$pid"
run_ms=$(($(now_ms) - start))
check_set "the calibration run"
window_ms=$((window_ms < 1 ? 1 : window_ms))
window_us=$((window_ms * 1000))
echo "calibration: a run takes ${run_ms} ms, its replace window ${window_ms} ms (load: $(cut -d' ' -f1-3 /proc/loadavg))"

in_window=0; spread_done=0; trials=0; kinds=""
while (( in_window < kills || spread_done < spread_kills )); do
  trials=$((trials + 1))
  if (( trials > 4 * (kills + spread_kills) )); then
    echo "FAIL: only $in_window of $kills kills landed in the replace window in $trials trials"; exit 1
  fi
  side=$([[ $side == a ]] && echo b || echo a)
  if (( in_window < kills && (spread_done >= spread_kills || trials % 3 != 0) )); then
    kind=window
    delay_us=$(( (RANDOM * 32768 + RANDOM) % window_us ))
    generate "$side"
    until_exists "$sets/tmp-*"
    pause "$delay_us"
  else
    kind=spread
    delay_us=$(( (RANDOM * 32768 + RANDOM) % (run_ms * 1000) ))
    generate "$side"
    pause "$delay_us"
  fi
  if ! running "$pid"; then
    wait "$pid" || true
    printf 'kill %2d: %-6s +%5d ms  the run had ended: not counted\n' "$trials" "$kind" "$((delay_us / 1000))"
    check_set "a run that ended before its kill"
    [[ $kind == window ]] && window_us=$((window_us * 3 / 4 > 1000 ? window_us * 3 / 4 : 1000))
    continue
  fi
  kill -9 "$pid"
  wait "$pid" 2> /dev/null || true
  left="$(traces)"
  check_set "kill $trials ($kind, +$((delay_us / 1000)) ms)"
  landed=no
  if [[ -n "$left" ]]; then
    landed=yes
  fi
  if [[ $kind == window && $landed == yes ]]; then
    in_window=$((in_window + 1))
  elif [[ $kind == window ]]; then
    # The window varies from run to run on a loaded machine: after a kill that came too late, draw from a shorter
    # range (never below 1 ms), so the kills still spread over the window rather than bunch at its start.
    window_us=$((window_us * 3 / 4 > 1000 ? window_us * 3 / 4 : 1000))
  elif [[ $kind == spread ]]; then
    spread_done=$((spread_done + 1))
  fi
  printf 'kill %2d: %-6s +%5d ms  in the window: %-3s  out -> %-4s  left: %s\n' "$trials" "$kind" \
    "$((delay_us / 1000))" "$landed" "$(basename "$(readlink "$out")")" "${left:-nothing}"
  run_to_end "$side" "kill $trials"
done
echo "kill-generate: $in_window/$kills kills inside the replace window and $spread_done spread over the run" \
  "($trials trials): out/ was one complete set every time, and no traces after the next run" \
  "(load: $(cut -d' ' -f1-3 /proc/loadavg))"
