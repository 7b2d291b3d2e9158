#!/usr/bin/env bash
# ./kaohe bench [all|startup|indicator|ledger|evidence|scoring|gateway|web|reminders]: figures measured on the running system, one per line:
#   figure <name> <value> <unit>
# "startup" restarts the whole system to time a cold start of every JVM.
# "indicator": the PostgreSQL insert ceiling (1 and 8 clients), indicator commands, command-to-Kafka latency;
#   cmd.cpu_ms: the CPU of every process in $KAOHE_DATA/pids (with descendants: PostgreSQL's backends, reaped ones
#   too) during the 8-client run ÷ the commands accepted in it, and cmd.cpu_ms.<process> each. Then the CRUD peer
#   (bench-crud-peer: the same token check, one checked UPDATE per revision, no events) on KAOHE_CRUD_PEER_PORT
#   (default 8097; database crud_peer, dropped afterwards; the services' JVM options): crud.update.c1/c8 through
#   the gateway (/api/crudpeer, which ./kaohe routes there), crud.update.direct.c8 straight to it, p50/p99 for c8,
#   and crud.cpu_ms (+ per process, the peer's JVM included) for its c8 run through the gateway.
# "ledger": the insert ceiling (8 clients), ledger progress commands (8 and 32 clients), and one bureau's year
#   of ledgers generated through the API from the seed's decomposition table (wall time, events stored).
# "evidence": uploads of 100 KB and 5 MB JPEG files through the gateway from 1 and 4 clients, each beside its
#   ceiling (the same PUTs straight to s3proxy, removed afterwards), and evidence-service heap per upload in flight.
# "scoring": command-to-scorecard lag (ledger progress through the gateway, paced at half the rate the ledger
#   sustains, measured first; lag = scoring's consumed_event.applied_at less the send); then a synthetic year of
#   1,000,000 events COPYed into a database scoring_bench (never into scoring) and served by a second scoring-service
#   JVM on KAOHE_SCORING_BENCH_PORT (default 8094, consuming nothing; KAOHE_SCORING_BENCH_JAVA_OPTS, default the
#   services' options): ranking and scorecard queries straight to it, the keyset read of its event table (the
#   ceiling) and a rebuild of every projection. The instance is stopped and the database dropped.
# "gateway": the same authenticated read (scoring's plan list, each client a liaison with a bearer token from the identity
#   service) through the gateway and straight to the service: latency with 1 client, throughput with 4.
# "web": the office's first visit to /dashboard in headless chromium (web/e2e/bench-web.mjs, playwright-core), five
#   times with a cold cache: navigation → ranking chart drawn and network idle (web.first_load.ms, beside its ceiling
#   web.first_load.ceiling_ms = the document plus the slowest API call), gzipped JavaScript of the first route
#   (web.js.initial_kb) and API calls until drawn (web.api.calls); then a liaison's first page, 我的指标, cold
#   (web.liaison.first_load.ms beside its ceiling, web.liaison.js.initial_kb) and one 5 MB photo uploaded from the
#   report page to its 201 (web.upload.5mb.ms, beside web.upload.5mb.ceiling_ms: the same POST from node, no
#   browser), web/e2e/bench-liaison.mjs. Needs Debian's chromium and web/node_modules (the build's npm ci).
#   Against another server: node web/e2e/bench-web.mjs --base URL (see the scripts).
# "reminders": one day's sweep of a city-sized plan (100 departments × 50 indicators × 12 months, 66,700 obligations)
#   on a second supervision-service JVM with a database of its own (supervision_bench, dropped afterwards; port
#   KAOHE_SUPERVISION_BENCH_PORT, default 8096): reminder.sweep.ms (aim ≤ 1,000 ms), then reminder.delivery.p99_ms
#   from a reminder falling due to its e-mail accepted by the mail server.
# "all" runs every group. KAOHE_BENCH_SECONDS sets each measured run (default 10); KAOHE_BENCH_SEED another table.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
group="${1:-all}"
KAOHE="$ROOT/kaohe"
PIDS="${KAOHE_DATA:-$ROOT/.kaohe/data}/pids"

# Every process we started, with their children (PostgreSQL backends, Kafka, s3proxy), each once.
our_pids() {
  local queue=() pid
  declare -A seen=()
  for file in "$PIDS"/*.pid; do queue+=("$(cat "$file")"); done
  while [ ${#queue[@]} -gt 0 ]; do
    pid=${queue[0]}; queue=("${queue[@]:1}")
    [ -n "${seen[$pid]:-}" ] && continue
    kill -0 "$pid" 2>/dev/null || continue
    seen[$pid]=1; echo "$pid"
    for child in $(pgrep -P "$pid" || true); do queue+=("$child"); done
  done
}

# Resident memory summed: a page shared by several processes counts in each (PostgreSQL's shared buffers in every
# backend, the JDK's class-data archive in every JVM).
total_rss_mb() {
  ps -o rss= -p "$(our_pids | paste -sd,)" | awk '{ kb += $1 } END { printf "%d", kb / 1024 }'
}

# Proportional set size: a shared page split between the processes sharing it, so the sum is what they hold.
total_pss_mb() {
  local pid
  for pid in $(our_pids); do awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true; done \
    | awk '{ kb += $1 } END { printf "%d", kb / 1024 }'
}

if [ "$group" = all ] || [ "$group" = startup ]; then
  "$KAOHE" stop > /dev/null
  "$KAOHE" start > /dev/null   # builds first if needed, so the clock starts after any build
  "$KAOHE" stop > /dev/null
  began=$(date +%s.%N)
  "$KAOHE" start > /dev/null
  ended=$(date +%s.%N)
  awk -v a="$began" -v b="$ended" 'BEGIN { printf "figure startup.seconds %.1f s\n", b - a }'
  printf 'figure startup.rss_mb %s MB\n' "$(total_rss_mb)"
  printf 'figure startup.pss_mb %s MB\n' "$(total_pss_mb)"
fi

if [ "$group" != startup ]; then
  "$KAOHE" status > /dev/null 2>&1 || "$KAOHE" start > /dev/null
fi

# A group that fails says so and the others still run (the web group too); the exit status reports the failure.
failed=0
if [ "$group" != startup ] && [ "$group" != web ]; then
  java -Dkaohe.root="$ROOT" -cp "$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar:$ROOT/bench/target/lib/*" \
    kaohe.bench.BenchMain "$group" || failed=1
fi

if [ "$group" = all ] || [ "$group" = web ]; then
  if [ ! -d "$ROOT/web/node_modules/playwright-core" ]; then
    echo "bench web: web/node_modules is missing: (cd web && npm ci), or build with ./kaohe start" >&2
    exit 1
  fi
  (cd "$ROOT/web" && node e2e/bench-web.mjs && node e2e/bench-liaison.mjs) || failed=1
fi
exit "$failed"
