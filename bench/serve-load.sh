#!/usr/bin/env bash
# The workbench under load (issue 24, items 5 and 8): bench/serve-load.sh [SCALE] [REQUESTS] [CONCURRENCY]
#
# Writes a SCALE-fold dossier (default 1, the article itself) with the bench's MakeInputs and serves it with the real
# command (`java -XX:+UseSerialGC -jar target/mizan.jar serve --port 0`). Then:
#   - the baseline page in English and Arabic, once each: status, seconds, bytes of HTML;
#   - every rule switch and fact box the form offers, one request each, switched off alone (the form's values read
#     from the page as a browser reads them): how many gave 200, and every other status with its first line;
#   - REQUESTS (default 500) what-if views at CONCURRENCY (default 8), cycling through those switches: statuses,
#     median, 90th and 99th percentile and maximum latency, and the server's CPU time (user + sys) over the run.
# Prints the figures as lines starting "serve-load:"; the last line is the load average at the end.
#
# Environment: LOAD_WORK (default /tmp/mizan-serve-load), MIZAN_JAVA_OPTS (default -XX:+UseSerialGC).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(dirname "$here")"
scale="${1:-1}"
requests="${2:-500}"
concurrency="${3:-8}"
work="${LOAD_WORK:-/tmp/mizan-serve-load}"
opts=(${MIZAN_JAVA_OPTS:--XX:+UseSerialGC})
jar="$project/target/mizan.jar"
[[ -f "$jar" && -d "$project/target/test-classes/org/mizan/bench" ]] \
  || mvn -B -q -f "$project/pom.xml" -DskipTests package
rm -rf "$work" && mkdir -p "$work"
java -cp "$project/target/test-classes:$jar" org.mizan.bench.MakeInputs "$project" "$scale" 0 "$work/inputs"
in="$work/inputs"
java "${opts[@]}" -jar "$jar" serve --port 0 --facts "$in/facts" --rules "$in/rules" --templates "$in/templates" \
  --out "$work/out" > "$work/serve.log" 2> "$work/serve.err" &
pid=$!
trap 'kill "$pid" 2> /dev/null || true' EXIT
until port="$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.log")" && [[ -n "$port" ]]; do
  kill -0 "$pid" 2> /dev/null || { echo "serve-load: serve ended before it listened:"; cat "$work/serve.err"; exit 1; }
  sleep 0.5
done
echo "serve-load: ${scale}-fold dossier, served on port $port (pid $pid), load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$port" "$pid" "$requests" "$concurrency" <<'PY'
import html, re, statistics, sys, time, urllib.error, urllib.parse, urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

port, pid, requests, concurrency = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
base = f"http://127.0.0.1:{port}/"

def get(query):
    start = time.monotonic()
    try:
        with urllib.request.urlopen(base + "?" + query, timeout=600) as r:
            body, status = r.read(), r.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    return status, time.monotonic() - start, body

def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100

page = b""
for lang in ("en", "ar"):
    status, took, body = get(f"lang={lang}")
    page = page or body
    print(f"serve-load: baseline page ({lang}): {status} in {took:.1f} s, {len(body):,} bytes of HTML")
form = page.decode("utf-8")
switches = [(name, html.unescape(value)) for name, value in
            re.findall(r'<input type="checkbox" name="(rule|fact)" value="([^"]*)"', form)]
queries = [urllib.parse.urlencode({name: value}) for name, value in switches]
failed = []
for name, value in switches:
    status, took, body = get(urllib.parse.urlencode({name: value}))
    if status != 200:
        first = re.sub(r"<[^>]+>", " ", body.decode("utf-8", "replace")).split("\n")[0].strip()[:160]
        failed.append(f"{status} {name}={value}: {first}")
print(f"serve-load: every switch alone: {len(switches) - len(failed)} of {len(switches)} gave 200")
for line in failed:
    print(f"serve-load:   {line}")
before = cpu()
start = time.monotonic()
with ThreadPoolExecutor(concurrency) as pool:
    results = list(pool.map(lambda i: get(queries[i % len(queries)])[:2], range(requests)))
wall = time.monotonic() - start
latencies = sorted(took for _, took in results)
def pct(p):
    return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]
print(f"serve-load: {requests} what-ifs at concurrency {concurrency} in {wall:.1f} s: statuses "
      + ", ".join(f"{s}: {n}" for s, n in sorted(Counter(s for s, _ in results).items())))
print(f"serve-load: latency median {statistics.median(latencies):.2f} s, 90th {pct(90):.2f} s, "
      f"99th {pct(99):.2f} s, max {latencies[-1]:.2f} s; server CPU {cpu() - before:.1f} s (user + sys)")
PY
echo "serve-load: load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
