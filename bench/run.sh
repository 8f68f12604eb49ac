#!/usr/bin/env bash
# The whole benchmark, one command: bench/run.sh [quick]
# Builds the application and the bench classes into $MIZAN_BUILD_DIR (default target/), writes synthetic inputs
# to $BENCH_WORK (default /tmp/mizan-bench), and prints Markdown tables, also kept in $BENCH_WORK/results.md.
# "quick" runs fewer repetitions (to try the harness, not to publish).
set -euo pipefail
export MIZAN_DAEMON=0   # cold runs: one process per command, never the background process
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
build="${MIZAN_BUILD_DIR:-$project/target}"
work="${BENCH_WORK:-/tmp/mizan-bench}"
quick="${1:-}"
# Seconds a single row may take (BENCH_LIMIT): the 1000x rows may not finish, and the run reports that.
limit="${BENCH_LIMIT:-600}"
jvm=(-Xmx2g ${MIZAN_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC})

mvn -B -q -f "$project/pom.xml" -Dmizan.build.dir="$build" -DskipTests package
# The bench classes on top of the application jar, whose manifest lists target/lib: exactly the production class
# path. Not the test class path: test-only jars (Saxon, via veraPDF) change what the libraries pick at run time
# (POI's XML transformer) and so what is measured.
cp="$build/test-classes:$build/mizan.jar"
bench() { java "${jvm[@]}" -cp "$cp" "org.mizan.bench.$@" 2>/dev/null; }
# The rows tagged $1, without the tag; none is not an error (a row that timed out has no heap row).
rows() { { grep "^$1 |" || true; } | sed "s/^$1 //"; }

rm -rf "$work" && mkdir -p "$work"
# Inputs by folder name (x<scale>-r<variants per rule>), each with its "N facts, M rules" label.
declare -A label
make() {
  label["x$1-r$2"]="$(bench MakeInputs "$project" "$1" "$2" "$work/x$1-r$2" | sed -n 's/.*: \(.*\)/\1/p')"
}
for scale in 1 10 100 1000; do make "$scale" 0; done
for scale in 1 10 100; do make "$scale" 9; done

# Warm-up and measured rounds per scale: fewer where one round takes seconds.
rounds() {
  if [[ "$quick" == quick ]]; then echo "1 2"; return; fi
  case "$1" in 1) echo "5 10" ;; 10) echo "3 8" ;; 100) echo "1 3" ;; *) echo "0 1" ;; esac
}

{
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM: $(java -version 2>&1 | sed -n 2p); options: ${jvm[*]}"
  echo
  echo "### Stages in a warm JVM (median ms)"
  echo
  echo "| dossier, rules | load | templates | rule build | inference | hinge + ACH | model (en+ar) | PDF (en+ar) | DOCX (en+ar) | JSON | end to end | EN PDF size |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  heap=""
  first=""
  for dir in x1-r0 x10-r0 x100-r0 x1000-r0 x1-r9 x10-r9 x100-r9; do
    scale="${dir#x}"; scale="${scale%-r*}"
    # A row that does not finish within $limit seconds is reported as such instead of stopping the run.
    missing="did not complete within ${limit} s (timeout)"
    out="$(timeout "$limit" java "${jvm[@]}" -cp "$cp" org.mizan.bench.StageBench "${scale}x: ${label[$dir]}" \
        "$work/$dir/facts" "$work/$dir/rules" "$work/$dir/templates" $(rounds "$scale") 2>/dev/null)" \
      || out="TIME | ${scale}x: ${label[$dir]} | $missing |"$'\n'"FIRST | ${scale}x: ${label[$dir]} | $missing |"
    rows TIME <<<"$out"
    heap+="$(rows HEAP <<<"$out")"$'\n'
    first+="$(rows FIRST <<<"$out")"$'\n'
  done
  echo
  echo "### The first round in a fresh JVM, stage by stage (ms: what each stage costs cold, class loading included)"
  echo
  echo "| dossier, rules | load | templates | rule build | inference | hinge + ACH | model | PDF | DOCX | JSON | EN PDF size |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  printf '%s' "$first"
  echo
  echo "### Peak heap per stage (MB, upper bound: sum of the heap pools' peaks)"
  echo
  echo "| dossier, rules | load | templates | rule build | inference | hinge + ACH | model | PDF | DOCX | JSON | end to end |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  printf '%s' "$heap"
  echo
  echo "### Warm regeneration through one Workbench (ms; all four briefs and findings.json, written)"
  echo
  echo "| edit | median | 90th percentile | max | runs |"
  echo "|---|--:|--:|--:|--:|"
  rm -rf "$work/warm" && cp -r "$work/x1-r0" "$work/warm"
  if [[ "$quick" == quick ]]; then warm=(5 10 20); else warm=(20 50 "${BENCH_REGENERATIONS:-1000}"); fi
  out="$(bench WarmBench "$work/warm" "$work/warm-out" "${warm[@]}")"
  rows WARM <<<"$out"
  echo
  echo "### Heap retained after a full collection, across ${warm[2]} regenerations, every fifth after a rule edit (MB)"
  echo
  echo "| regenerations | retained heap |"
  echo "|--:|--:|"
  rows HEAPAFTER <<<"$out"
  echo
  echo "### Cold: whole processes (ms)"
  echo
  echo "| what | runs | median | min | max | median / floor |"
  echo "|---|--:|--:|--:|--:|--:|"
  if [[ "$quick" == quick ]]; then n=3; else n=11; fi
  plain=(java "${jvm[@]:1}" -jar "$build/mizan.jar" generate)
  "$here/cold.sh" "java -jar mizan.jar generate, no CDS archive, 1x" "$work/x1-r0" "$n" "${plain[@]}" | rows COLD
  "$here/cold.sh" "java -jar mizan.jar generate, default JVM options (G1, C2), 1x" "$work/x1-r0" "$n" \
      java -jar "$build/mizan.jar" generate | rows COLD | tail -1
  # The launcher as an analyst runs it: its first generate records the classes and dumps the CDS archive.
  rm -f "$project/target/mizan.jsa"
  (cd "$work/x1-r0" && "$project/mizan" generate --out "$work/prime-out" > /dev/null)
  for ((i = 0; i < 120; i++)); do
    [[ -f "$project/target/mizan.jsa" ]] && break
    sleep 1
  done
  for scale in 1 10 100 1000; do
    case "$scale" in 1) runs="$n" ;; 1000) runs=1 ;; *) runs=3 ;; esac
    MIZAN_JAVA_OPTS="${jvm[*]}" timeout "$limit" "$here/cold.sh" "./mizan generate (CDS archive), ${scale}x" \
        "$work/x$scale-r0" "$runs" "$project/mizan" generate | rows COLD | tail -1 \
      || echo "| ./mizan generate (CDS archive), ${scale}x | $runs | did not complete within ${limit} s (timeout) | | | |"
  done
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$work/results.md"
