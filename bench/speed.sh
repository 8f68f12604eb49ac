#!/usr/bin/env bash
# Cold commands as an analyst runs them, before and after: `./mizan CMD` of two commits, whole processes, each run
# paired with a trivial JVM started just before it, on the default dossier, examples/sudan-red-sea and a tenfold
# dossier (the bench's SyntheticDossier). Prints one Markdown table (medians) and whether both commits wrote the
# same bytes. Usage:
#
#   bench/speed.sh [BEFORE [AFTER]]     # commits or branches; default: 9ed1830 (issue 26's baseline) and HEAD
#   bench/speed.sh daemon [COMMIT]      # one commit (default HEAD): each command cold (MIZAN_DAEMON=0) and through
#                                       # the warm background process, run by run; then its first run (start + run)
#
# In daemon mode the CPU of a warm run is the launcher's process tree (bash and the client JVM, /usr/bin/time) plus
# the background process's own CPU for the request (utime+stime of /proc/PID/stat, read before the launcher starts
# and again 0.3 s after it ends, so work the process does after answering, such as compiling, counts too). Before
# the timed runs the process runs every row once (SPEED_WARM times, default 3). The process lives under
# $SPEED_WORK/run (XDG_RUNTIME_DIR) and is stopped at the end.
#
# Environment: SPEED_RUNS (default 5: runs per row and commit), SPEED_WORK (default /tmp/mizan-speed: the two
# checkouts, inputs, outputs; kept between calls, so a second call does not build again), SPEED_ROWS (default all;
# e.g. "default:generate default:validate" for a few rows). Each checkout is built with its own launcher and warmed
# (its class-data archive and rule cache made) before anything is timed. CPU is user+sys of the whole process tree
# the launcher starts (bash, java), from /usr/bin/time; the load is the 1-minute average read before each run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode=commits
if [[ "${1:-}" == daemon ]]; then
  mode=daemon
  shift
  set -- "${1:-HEAD}" "${1:-HEAD}"
fi
before="${1:-9ed1830}"
after="${2:-HEAD}"
# Cold runs are one process per command; daemon mode turns the background process on for its own rows only.
export MIZAN_DAEMON=0
runs="${SPEED_RUNS:-5}"
work="${SPEED_WORK:-/tmp/mizan-speed}"
mkdir -p "$work"
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# A checkout of a commit in $work/src-<hash>, built and warmed through its own launcher.
checkout() {
  local rev hash dir
  rev="$1"
  hash="$(git -C "$here" rev-parse --short "$rev^{commit}")"
  dir="$work/src-$hash"
  if [[ ! -f "$dir/target/mizan.jar" ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    git -C "$here" archive "$hash" | tar -x -C "$dir"
    (cd "$dir" && ./mizan --version > /dev/null)
  fi
  if [[ ! -f "$dir/target/mizan.jsa" ]]; then
    # A dossier that does not generate (exit 1) still leaves the rule cache and the class list behind.
    (cd "$dir" && ./mizan generate --out "$work/warm-$hash" > /dev/null) || true
    # The launcher dumps the class-data archive in the background after its first generate.
    local i=0
    while [[ ! -f "$dir/target/mizan.jsa" && $i -lt 300 ]]; do sleep 1; i=$((i + 1)); done
    sleep 2
  fi
  echo "$dir"
}

a_dir="$(checkout "$after")" >&2
if [[ $mode == daemon ]]; then b_dir="$a_dir"; else b_dir="$(checkout "$before")" >&2; fi
b_name="$(basename "$b_dir" | sed 's/^src-//')"
a_name="$(basename "$a_dir" | sed 's/^src-//')"

# The tenfold dossier, made by the bench's own generator (test classes of the AFTER checkout).
# Made again for another AFTER commit: a dossier made by an older checkout may not pass newer rules (every row exit 1).
x10="$work/x10"
if [[ ! -d "$x10/facts" || "$(cat "$x10/made-by" 2> /dev/null)" != "$a_dir" ]]; then
  rm -rf "$x10"
  (cd "$a_dir" && mvn -B -q -o -Dstyle.color=never test-compile > /dev/null)
  java -cp "$a_dir/target/test-classes:$a_dir/target/mizan.jar" org.mizan.bench.MakeInputs "$a_dir" 10 0 "$x10" >&2
  echo "$a_dir" > "$x10/made-by"
fi

trivial="$work/trivial"
mkdir -p "$trivial"
javac -d "$trivial" "$here/bench/Trivial.java"

# The rows: dossier:command, and each dossier's --facts folder and an id for explain.
declare -A facts=([default]="" [sudan]="examples/sudan-red-sea" [x10]="$x10/facts")
declare -A explain_id=([default]="support-funding" [sudan]="" [x10]="support-funding")
explain_id[sudan]="$(grep -o '"id": *"[^"]*"' "$a_dir/examples/sudan-red-sea/actors.json" | head -1 | cut -d'"' -f4)"
rows="${SPEED_ROWS:-default:generate default:validate default:explain default:diff default:check sudan:generate \
sudan:validate sudan:explain x10:generate x10:validate x10:explain}"

# The arguments of one row's command, for a checkout.
args_of() {
  local dossier="$1" cmd="$2" dir="$3" f
  f="${facts[$dossier]}"
  case "$cmd" in
    generate) echo "generate ${f:+--facts $f} --out $work/out-$dossier-$(basename "$dir")" ;;
    validate) echo "validate ${f:+--facts $f}" ;;
    explain) echo "explain ${f:+--facts $f} ${explain_id[$dossier]}" ;;
    diff) echo "diff ${f:+--facts $f} coalition-drawdown" ;;
    check) echo "check ${f:+--facts $f}" ;;
  esac
}

# One timed run: "wall cpu load exit", the command in $1 (a directory) with the rest as its arguments. Exit 1 (the
# inputs' problems, a failed expectation of check) is timed and shown; anything else stops the script.
timed() {
  local dir="$1" load code=0
  shift
  load="$(cut -d' ' -f1 /proc/loadavg)"
  (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr") || code=$?
  if [[ $code -gt 1 ]]; then
    echo "speed.sh: exit $code in $dir: $* ($(tail -1 "$work/stderr"))" >&2
    exit 1
  fi
  # GNU time puts "Command exited with non-zero status N" before the figures.
  tail -1 "$work/time" | awk -v l="$load" -v c="$code" '{printf "%s %.2f %s %s\n", $1, $2 + $3, l, c}'
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

results="$work/results"
: > "$results"
rm -rf "$work"/out-*  # the same-bytes checks below compare this call's outputs only

if [[ $mode == daemon ]]; then
  export XDG_RUNTIME_DIR="$work/run"
  (umask 077 && mkdir -p "$XDG_RUNTIME_DIR")
  trap '(cd "$a_dir" && MIZAN_DAEMON=1 ./mizan daemon --stop > /dev/null) || true' EXIT
  pidfile() { ls "$XDG_RUNTIME_DIR"/mizan-daemon/*/pid 2> /dev/null | head -1; }
  ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2> /dev/null || echo 0; }
  hz="$(getconf CLK_TCK)"
  # One run through the background process: "wall cpu load exit daemon-cpu", cpu being the launcher tree's.
  warm() {
    local pid before_t after_t m
    pid="$(cat "$(pidfile)")"
    before_t="$(ticks "$pid")"
    m="$(MIZAN_DAEMON=1 timed "$@")"
    sleep 0.3
    after_t="$(ticks "$pid")"
    echo "$m $(awk -v a="$before_t" -v b="$after_t" -v hz="$hz" 'BEGIN {printf "%.2f", (b - a) / hz}')"
  }
  (cd "$a_dir" && MIZAN_DAEMON=1 ./mizan daemon --stop > /dev/null) || true
  for ((i = 0; i < ${SPEED_WARM:-3}; i++)); do
    for row in $rows; do
      # shellcheck disable=SC2046
      (cd "$a_dir" && MIZAN_DAEMON=1 ./mizan $(args_of "${row%%:*}" "${row#*:}" "$a_dir") > /dev/null 2>&1) || true
    done
  done
  for row in $rows; do
    dossier="${row%%:*}"; cmd="${row#*:}"
    for ((i = 0; i < runs; i++)); do
      t="$(timed "$trivial" java "${opts[@]}" -cp "$trivial" Trivial)"
      # shellcheck disable=SC2046
      echo "$row cold $(timed "$a_dir" ./mizan $(args_of "$dossier" "$cmd" "$a_dir")) 0 $t" >> "$results"
      t="$(timed "$trivial" java "${opts[@]}" -cp "$trivial" Trivial)"
      # shellcheck disable=SC2046
      echo "$row warm $(warm "$a_dir" ./mizan $(args_of "$dossier" "$cmd" "$a_dir.warm")) $t" >> "$results"
    done
  done
  # The first run of a new background process: it starts, then runs the command (its whole CPU so far counts).
  for ((i = 0; i < runs; i++)); do
    (cd "$a_dir" && MIZAN_DAEMON=1 ./mizan daemon --stop > /dev/null) || true
    t="$(timed "$trivial" java "${opts[@]}" -cp "$trivial" Trivial)"
    # shellcheck disable=SC2046
    m="$(MIZAN_DAEMON=1 timed "$a_dir" ./mizan $(args_of default generate "$a_dir"))"
    sleep 0.3
    echo "default:generate first $m $(awk -v b="$(ticks "$(cat "$(pidfile)")")" -v hz="$hz" \
      'BEGIN {printf "%.2f", b / hz}') $t" >> "$results"
  done
  echo "| dossier | command | how | runs | exit | wall s | launcher + client CPU s | background process CPU s | total CPU s | trivial JVM wall s | trivial CPU s | total CPU / trivial CPU | load |"
  echo "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
  table_rows="$rows"
  [[ " $rows " == *" default:generate "* ]] || table_rows="$rows default:generate"
  for row in $table_rows; do
    for how in cold warm first; do
      sel="$(awk -v r="$row" -v h="$how" '$1 == r && $2 == h' "$results")"
      [[ -n "$sel" ]] || continue
      n="$(wc -l <<<"$sel")"
      wall="$(awk '{print $3}' <<<"$sel" | median)"; cpu="$(awk '{print $4}' <<<"$sel" | median)"
      dcpu="$(awk '{print $7}' <<<"$sel" | median)"; total="$(awk '{print $4 + $7}' <<<"$sel" | median)"
      twall="$(awk '{print $8}' <<<"$sel" | median)"; tcpu="$(awk '{print $9}' <<<"$sel" | median)"
      ratio="$(awk '$9 > 0 {print ($4 + $7) / $9}' <<<"$sel" | median)"
      codes="$(awk '{print $6}' <<<"$sel" | sort -u | paste -sd/)"
      lo="$(awk '{print $5}' <<<"$sel" | sort -n | head -1)"; hi="$(awk '{print $5}' <<<"$sel" | sort -n | tail -1)"
      printf "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %.0f | %s–%s |\n" "${row%%:*}" \
        "$(args_of "${row%%:*}" "${row#*:}" x | tr -s ' ' | sed "s| --out .*||; s| $||; s|$work|\$SPEED_WORK|g")" \
        "$how" "$n" "$codes" "$wall" "$cpu" "$dcpu" "$total" "$twall" "$tcpu" "${ratio:-0}" "$lo" "$hi"
    done
  done
  # Same bytes: what each dossier's generate wrote in its own process and through the background process.
  for dossier in default sudan x10; do
    c="$work/out-$dossier-$(basename "$a_dir")"; w="$work/out-$dossier-$(basename "$a_dir").warm"
    [[ -d "$c" && -d "$w" ]] || continue
    same=yes
    for f in "$c"/*; do cmp -s "$f" "$w/$(basename "$f")" || { same="no ($(basename "$f") differs)"; break; }; done
    echo "same bytes, $dossier, own process and background process: $same ($(ls "$c" | wc -l) files)"
  done
  exit 0
fi
for row in $rows; do
  dossier="${row%%:*}"; cmd="${row#*:}"
  for ((i = 0; i < runs; i++)); do
    for dir in "$b_dir" "$a_dir"; do
      t="$(timed "$trivial" java "${opts[@]}" -cp "$trivial" Trivial)"
      # shellcheck disable=SC2046 # the arguments are words without spaces
      m="$(timed "$dir" ./mizan $(args_of "$dossier" "$cmd" "$dir"))"
      # row, checkout, then the command's wall cpu load exit, then the trivial JVM's
      echo "$row $(basename "$dir") $m $t" >> "$results"
    done
  done
done

echo "| dossier | command | commit | runs | exit | wall s | CPU s | trivial JVM wall s | trivial CPU s | CPU / trivial CPU | load |"
echo "|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|"
for row in $rows; do
  for name in "$b_name" "$a_name"; do
    sel="$(awk -v r="$row" -v n="src-$name" '$1 == r && $2 == n' "$results")"
    wall="$(awk '{print $3}' <<<"$sel" | median)"; cpu="$(awk '{print $4}' <<<"$sel" | median)"
    twall="$(awk '{print $7}' <<<"$sel" | median)"; tcpu="$(awk '{print $8}' <<<"$sel" | median)"
    ratio="$(awk '$8 > 0 {print $4 / $8}' <<<"$sel" | median)"
    codes="$(awk '{print $6}' <<<"$sel" | sort -u | paste -sd/)"
    lo="$(awk '{print $5}' <<<"$sel" | sort -n | head -1)"; hi="$(awk '{print $5}' <<<"$sel" | sort -n | tail -1)"
    printf "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %.0f | %s–%s |\n" "${row%%:*}" "$(args_of "${row%%:*}" \
      "${row#*:}" x | tr -s ' ' | sed "s| --out .*||; s| $||; s|$work|\$SPEED_WORK|g")" "$name" "$runs" "$codes" \
      "$wall" "$cpu" "$twall" "$tcpu" "${ratio:-0}" "$lo" "$hi"
  done
done

# Same bytes: every file both commits wrote for each dossier's generate.
for dossier in default sudan x10; do
  b="$work/out-$dossier-src-$b_name"; a="$work/out-$dossier-src-$a_name"
  [[ -d "$b" && -d "$a" ]] || continue
  same=yes
  for f in "$b"/*; do cmp -s "$f" "$a/$(basename "$f")" || { same="no ($(basename "$f") differs)"; break; }; done
  echo "same bytes, $dossier, $b_name and $a_name: $same ($(ls "$b" | wc -l) files)"
done
