#!/usr/bin/env bash
# The emulator measured against the database's own limit: same data, same run, same machine.
#
#   src/bench/run.sh           full run (10,000 x 100 subtasks + one 1,000,000-subtask task; ~25 min)
#   src/bench/run.sh --quick   the same scenarios, scaled down, in under 5 minutes (what CI runs)
#
# Needs a local PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust auth);
# installs wrk, pgbench and gnuplot with apt-get when they are missing. Creates and drops its own
# database (BENCH_DB, default iotda_bench), starts the emulator on BENCH_PORT (default 18080),
# sends traffic only to loopback, and writes target/bench/report.md and target/bench/throughput.png.
# See src/bench/README.md for what each scenario measures.
set -euo pipefail

MODE=full
case "${1:-}" in
  --quick) MODE=quick ;;
  "") ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
OUT="$ROOT/target/bench"
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-iotda_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE="http://127.0.0.1:$PORT"
BIG=650000000110000000000001
# The emulator runs with the JVM options it ships with (pom.xml's emulator.jvm.options, also the
# Dockerfile's and spring-boot:run's) unless BENCH_JAVA_OPTS says otherwise ("" for the JVM's defaults).
APP_JAVA_OPTS=${BENCH_JAVA_OPTS-$(sed -n 's:.*<emulator.jvm.options>\(.*\)</emulator.jvm.options>.*:\1:p' "$ROOT/pom.xml")}

if [[ $MODE == quick ]]; then
  NTASKS=1000 NBIG=100000 DURATION=5 WARMUP=5 SHOW_DURATION=5 CREATE_ROUNDS=1 STOP_ALL_ROUNDS=1
  LONG_REQUESTS=20000 LONG_MAX_SECONDS=30
else
  # On 2 CPUs the JIT compiles for about two minutes of load before the emulator runs at full speed
  NTASKS=10000 NBIG=1000000 DURATION=30 WARMUP=180 SHOW_DURATION=20 CREATE_ROUNDS=5 STOP_ALL_ROUNDS=2
  LONG_REQUESTS=1000000 LONG_MAX_SECONDS=${BENCH_LONG_SECONDS:-900}
fi
CONCURRENCIES=(1 8 32)
CREATE_TARGETS=30000

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
sql_value() { psql -X -A -t -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
threads_for() { if (( $1 < 2 )); then echo 1; else echo 2; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }
us_to_ms() { awk -v v="$1" 'BEGIN { printf "%.2f", v / 1000 }'; }

case "$PGHOST" in
  127.*|localhost|::1) ;;
  *) die "PGHOST=$PGHOST: the benchmark runs against a local PostgreSQL only" ;;
esac

APP_PID=""
SAMPLER_PID=""
cleanup() {
  local code=$?
  if [[ -n $SAMPLER_PID ]] && kill -0 "$SAMPLER_PID" 2>/dev/null; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  stop_app
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Tools and build

install_tools() {
  local missing=()
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
  command -v curl >/dev/null || missing+=(curl)
  if (( ${#missing[@]} > 0 )); then
    log "installing ${missing[*]}"
    command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get to install them"
    local sudo=""
    (( EUID == 0 )) || sudo=sudo
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  for tool in psql pgbench wrk curl java; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
  done
}

build() {
  log "building the emulator (./mvnw -q -DskipTests package)"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$ROOT"/target/iotda-batch-emulator-*.jar | grep -v -- '-plain' | head -n 1)
  [[ -f $JAR ]] || die "no jar under target/"
}

# ---------------------------------------------------------------------------------------------
# The emulator process

# start_app NAME [VAR=value ...]: starts the jar with those environment variables, waits for the
# first answer, and sets APP_PID and STARTUP_MS (process start to first HTTP answer).
start_app() {
  local name=$1
  shift
  if curl -s -o /dev/null -m 1 "$BASE/actuator/health"; then
    die "something already answers on port $PORT (set BENCH_PORT)"
  fi
  local t0
  t0=$(now_ns)
  # The simulator's clock is manual: nothing moves the seeded subtasks but the measured requests
  # (with the realtime clock the simulator would work on the seeded tasks during the runs and race
  # the benchmark's own SQL resets).
  # shellcheck disable=SC2086
  env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD IOTDA_SIMULATION_CLOCK_MODE=manual "$@" \
    java $APP_JAVA_OPTS -Xlog:gc:file="$OUT/gc-$name.log":uptime \
    -jar "$JAR" --server.port="$PORT" >"$OUT/app-$name.log" 2>&1 &
  APP_PID=$!
  local code=""
  local deadline=$(( t0 + 180 * 1000000000 ))
  while (( $(now_ns) < deadline )); do
    kill -0 "$APP_PID" 2>/dev/null || die "the emulator ($name) exited; see $OUT/app-$name.log"
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 1 "$BASE/actuator/health" || true)
    [[ $code == 200 ]] && break
    sleep 0.05
  done
  [[ $code == 200 ]] || die "the emulator ($name) did not answer within 180 s; see $OUT/app-$name.log"
  STARTUP_MS=$(ms_since "$t0")
  log "emulator ($name) answered after ${STARTUP_MS} ms (pid $APP_PID)"
}

stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# CPU seconds (user + system) the emulator has used so far, in milliseconds
app_cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tck }' "/proc/$APP_PID/stat"; }
load1() { cut -d' ' -f1 /proc/loadavg; }

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status"; }
heap_used() {
  curl -s -m 2 "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | grep -o '"value":[0-9.eE+-]*' | head -n 1 | cut -d: -f2
}

# samples the heap every 100 ms into FILE until FILE.stop exists (at most 10 minutes)
start_heap_sampler() {
  local file=$1
  rm -f "$file" "$file.stop"
  (
    for _ in $(seq 1 6000); do
      [[ -e $file.stop ]] && break
      v=$(heap_used || true)
      [[ -n $v ]] && echo "$(now_ns) $v" >>"$file"
      sleep 0.1
    done
  ) &
  SAMPLER_PID=$!
}
stop_heap_sampler() {
  touch "$1.stop"
  wait "$SAMPLER_PID" 2>/dev/null || true
  SAMPLER_PID=""
}
mb_stats() { # min max of the second column, in MB
  awk '{ v = $2 / 1048576; if (NR == 1 || v < mn) mn = v; if (NR == 1 || v > mx) mx = v }
       END { if (NR == 0) print "n/a n/a 0"; else printf "%.0f %.0f %d\n", mn, mx, NR }' "$1"
}

# ---------------------------------------------------------------------------------------------
# Data

create_database() {
  log "creating database $DB"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
}

seed() {
  log "seeding $NTASKS tasks x 100 subtasks and one task of $NBIG subtasks"
  local t0
  t0=$(now_ns)
  sql -v ntasks="$NTASKS" -v nbig="$NBIG" -f "$BENCH_DIR/sql/seed.sql" >/dev/null
  R[seed_ms]=$(ms_since "$t0")
  R[subtask_rows]=$(sql_value "SELECT count(*) FROM batch_subtask")
  R[db_size]=$(sql_value "SELECT pg_size_pretty(pg_database_size(current_database()))")
}

reset_small() { sql -f "$BENCH_DIR/sql/reset_small.sql" >/dev/null; }
reset_big() { sql -f "$BENCH_DIR/sql/reset_big.sql" >/dev/null; }
check_counters() { sql -f "$BENCH_DIR/sql/check_counters.sql" >/dev/null || die "counters differ from rows after $1"; }
stopped_small() { sql_value "SELECT sum(stopped) FROM batch_task WHERE id LIKE '6500000000%'"; }

# ---------------------------------------------------------------------------------------------
# Load tools

# run_wrk LABEL CONNECTIONS SECONDS SCENARIO [QUOTA] [LIMIT]: sets W_rps W_p50 W_p99 ... from the BENCH line
run_wrk() {
  local label=$1 c=$2 seconds=$3 scenario=$4 quota=${5:-0} limit=${6:-10} cpu0
  cpu0=$(app_cpu_ms)
  wrk -t"$(threads_for "$c")" -c"$c" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/wrk/bench.lua" "$BASE" \
    -- "$scenario" "$NTASKS" "$quota" "$limit" >"$OUT/wrk-$label.txt" 2>&1 || die "wrk failed: $OUT/wrk-$label.txt"
  local line
  line=$(grep '^BENCH ' "$OUT/wrk-$label.txt") || die "no figures from wrk: $OUT/wrk-$label.txt"
  for kv in ${line#BENCH }; do
    printf -v "W_${kv%%=*}" '%s' "${kv#*=}"
  done
  # the emulator's own CPU time per request: a figure that other load on the machine hardly changes
  W_cpu_ms=$(awk -v c="$(( $(app_cpu_ms) - cpu0 ))" -v n="$W_requests" 'BEGIN { printf "%.2f", (n > 0) ? c / n : 0 }')
  # shellcheck disable=SC2154
  if (( W_unexpected_status > 0 || W_socket_errors > 0 )); then
    log "WARNING: $label: $W_unexpected_status unexpected HTTP statuses, $W_socket_errors socket errors"
  fi
}

# run_pgbench LABEL CLIENTS SECONDS: sets P_tps P_p50 P_p99 (microseconds) P_failed P_count
run_pgbench() {
  local label=$1 c=$2 seconds=$3
  # PostgreSQL's connection slots may be shared with other users of the server: when they are
  # all taken, wait and try again (a bounded number of times)
  local attempt
  for attempt in 1 2 3 4 5 6; do
    rm -f "$OUT/pgbench-$label".log*
    if (cd "$OUT" && pgbench -n -M prepared -c "$c" -j "$(threads_for "$c")" -T "$seconds" -D ntasks="$NTASKS" \
      -f "$BENCH_DIR/pgbench/targeted_stop.sql" -l --log-prefix="pgbench-$label.log" "$DB" \
      >"$OUT/pgbench-$label.txt" 2>&1); then
      break
    fi
    grep -q 'too many clients' "$OUT/pgbench-$label.txt" || die "pgbench failed: $OUT/pgbench-$label.txt"
    (( attempt < 6 )) || die "pgbench: no $c free PostgreSQL connections after 6 tries"
    log "pgbench: PostgreSQL has no $c free connections (max_connections $(sql_value 'SHOW max_connections'), $(sql_value 'SELECT count(*) FROM pg_stat_activity') in use); retrying in 10 s"
    sleep 10
  done
  P_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench-$label.txt" | head -n 1 | awk '{ printf "%.1f", $1 }')
  P_failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench-$label.txt")
  # per-transaction log: client, transaction no, elapsed microseconds, ...
  read -r P_count P_p50 P_p99 < <(cat "$OUT/pgbench-$label".log* | awk '{ print $3 }' | sort -n |
    awk '{ v[NR] = $1 } END { printf "%d %d %d\n", NR, v[int(NR * 0.50 + 0.999)], v[int(NR * 0.99 + 0.999)] }')
  rm -f "$OUT/pgbench-$label".log*
}

# ---------------------------------------------------------------------------------------------
# Scenarios

scenario_targeted_stop() {
  log "targeted stop: warm-up ${WARMUP}s over HTTP"
  reset_small
  run_wrk warmup 8 "$WARMUP" stop
  : >"$OUT/throughput.tsv"
  for c in "${CONCURRENCIES[@]}"; do
    log "targeted stop, $c connection(s): pgbench ${DURATION}s"
    reset_small
    run_pgbench "stop-c$c" "$c" "$DURATION"
    check_counters "pgbench at $c"
    R[load_$c]=$(load1)
    R[pg_tps_$c]=$P_tps R[pg_p50_$c]=$P_p50 R[pg_p99_$c]=$P_p99 R[pg_failed_$c]=$P_failed R[pg_moved_$c]=$(stopped_small)

    log "targeted stop, $c connection(s): wrk ${DURATION}s"
    reset_small
    run_wrk "stop-c$c" "$c" "$DURATION" stop
    check_counters "HTTP at $c"
    R[http_rps_$c]=$W_rps R[http_p50_$c]=$W_p50_us R[http_p99_$c]=$W_p99_us R[http_bad_$c]=$((W_unexpected_status + W_socket_errors))
    R[http_moved_$c]=$(stopped_small) R[http_cpu_$c]=$W_cpu_ms
    printf '%s\t%s\t%s\n' "$c" "$W_rps" "$P_tps" >>"$OUT/throughput.tsv"
  done
  reset_small
}

scenario_show() {
  log "show: one page of task_details of the $NBIG-subtask task, random status filter"
  reset_big
  run_wrk show-warmup 4 $(( WARMUP / 2 )) show 0 10
  run_wrk show-c1-l10 1 "$SHOW_DURATION" show 0 10
  R[show_c1_l10]="$W_p50_us $W_p99_us $W_rps $((W_unexpected_status + W_socket_errors))" R[show_cpu]=$W_cpu_ms
  run_wrk show-c1-l50 1 "$SHOW_DURATION" show 0 50
  R[show_c1_l50]="$W_p50_us $W_p99_us $W_rps $((W_unexpected_status + W_socket_errors))"
  run_wrk show-c8-l10 8 "$SHOW_DURATION" show 0 10
  R[show_c8_l10]="$W_p50_us $W_p99_us $W_rps $((W_unexpected_status + W_socket_errors))"
}

scenario_stop_all() {
  local raw=() http=() active
  active=$(sql_value "SELECT processing + waitting + fail_wait_retry FROM batch_task WHERE id = '$BIG'")
  R[stop_all_rows]=$active
  for round in $(seq 1 "$STOP_ALL_ROUNDS"); do
    log "stop-all of the $NBIG-subtask task, round $round: psql"
    reset_big
    start_heap_sampler "$OUT/heap-stop-all-raw-$round.tsv"
    local t0
    t0=$(now_ns)
    sql -f "$BENCH_DIR/sql/stop_all_raw.sql" >/dev/null
    raw+=("$(ms_since "$t0")")
    stop_heap_sampler "$OUT/heap-stop-all-raw-$round.tsv"
    [[ $(sql_value "SELECT stopped FROM batch_task WHERE id = '$BIG'") == "$active" ]] || die "raw stop-all stopped the wrong rows"

    log "stop-all of the $NBIG-subtask task, round $round: HTTP"
    reset_big
    start_heap_sampler "$OUT/heap-stop-all-http-$round.tsv"
    sleep 1
    local code
    t0=$(now_ns)
    code=$(curl -s -o "$OUT/stop-all-response.json" -w '%{http_code}' -m 600 -X POST "$BASE/v5/iot/bench/batchtasks/$BIG/stop")
    http+=("$(ms_since "$t0")")
    sleep 1
    stop_heap_sampler "$OUT/heap-stop-all-http-$round.tsv"
    [[ $code == 200 ]] || die "HTTP stop-all answered $code: $(cat "$OUT/stop-all-response.json")"
    [[ $(sql_value "SELECT stopped FROM batch_task WHERE id = '$BIG'") == "$active" ]] || die "HTTP stop-all stopped the wrong rows"
    check_counters "stop-all round $round"
  done
  R[stop_all_raw_ms]=$(echo "${raw[*]}" | median) R[stop_all_raw_all]="${raw[*]}"
  R[stop_all_http_ms]=$(echo "${http[*]}" | median) R[stop_all_http_all]="${http[*]}"
  R[heap_idle]=$(cat "$OUT"/heap-stop-all-raw-*.tsv | mb_stats /dev/stdin)
  R[heap_stop]=$(cat "$OUT"/heap-stop-all-http-*.tsv | mb_stats /dev/stdin)
  reset_big
}

write_create_files() {
  local body=$OUT/create-body.json insert=$OUT/create-raw-insert.sql copy=$OUT/create-raw-copy.sql
  local targets_json
  targets_json=$(seq 100001 $((100000 + CREATE_TARGETS)) | awk '{ printf "%s\"c%s\"", (NR > 1 ? "," : ""), $1 }')
  printf '{"task_name":"bench_create","task_type":"firmwareUpgrade","document":{"package_ids":["bench-package"]},"targets":[%s]}' \
    "$targets_json" >"$body"
  local task_insert="INSERT INTO batch_task (id, project_id, instance_id, app_id, task_name, task_type, task_mode, need_confirm, task_ext_info, targets, targets_filter, document, document_source, schedule_time, retry_count, retry_interval, status, status_desc, stop_requested, stopping_until, total, processing, success, fail, waitting, fail_wait_retry, stopped, removed, create_time) VALUES ('650000000410000000000001', 'benchraw', '', NULL, 'bench_create', 'firmwareUpgrade', NULL, false, NULL, '[$targets_json]', NULL, '{\"package_ids\":[\"bench-package\"]}', NULL, NULL, NULL, NULL, 'Processing', NULL, false, NULL, $CREATE_TARGETS, 0, 0, 0, $CREATE_TARGETS, 0, 0, 0, now());"
  # the emulator's statements: the task row, then multi-row INSERTs of 1,000 subtasks each
  {
    echo "BEGIN;"
    echo "$task_insert"
    seq 1 "$CREATE_TARGETS" | awk '{
      if ((NR - 1) % 1000 == 0) { if (NR > 1) print ";"; printf "INSERT INTO batch_subtask (id, task_id, target, status, attempts, updated_at) VALUES " }
      else printf ","
      printf "(%s, %s, %s, %s, 0, now())", "'\''6500000005" (10000000000000 + $1) "'\''", "'\''650000000410000000000001'\''", "'\''c" (100000 + $1) "'\''", "'\''Waitting'\''"
    } END { print ";" }'
    echo "COMMIT;"
  } >"$insert"
  {
    echo "BEGIN;"
    echo "$task_insert"
    echo "COPY batch_subtask (id, task_id, target, status, attempts, updated_at) FROM STDIN;"
    seq 1 "$CREATE_TARGETS" | awk '{ printf "6500000005%d\t650000000410000000000001\tc%d\tWaitting\t0\t2026-01-01 00:00:00+00\n", 10000000000000 + $1, 100000 + $1 }'
    echo '\.'
    echo "COMMIT;"
  } >"$copy"
}

scenario_create() {
  log "create of a $CREATE_TARGETS-target task: HTTP vs batched INSERT vs COPY, $CREATE_ROUNDS round(s)"
  write_create_files
  sql -c "DELETE FROM batch_task WHERE project_id IN ('benchcreate', 'benchraw')"
  local http=() insert=() copy=() t0 code
  # one unmeasured create first, so that the measured ones do not pay for class loading and JIT
  curl -s -o /dev/null -m 120 -X POST -H 'Content-Type: application/json' \
    --data-binary @"$OUT/create-body.json" "$BASE/v5/iot/benchcreate/batchtasks"
  sql -c "DELETE FROM batch_task WHERE project_id = 'benchcreate'"
  for round in $(seq 1 "$CREATE_ROUNDS"); do
    t0=$(now_ns)
    code=$(curl -s -o "$OUT/create-response.json" -w '%{http_code}' -m 120 -X POST -H 'Content-Type: application/json' \
      --data-binary @"$OUT/create-body.json" "$BASE/v5/iot/benchcreate/batchtasks")
    http+=("$(ms_since "$t0")")
    [[ $code == 201 ]] || die "HTTP create answered $code: $(head -c 300 "$OUT/create-response.json")"
    [[ $(sql_value "SELECT count(*) FROM batch_subtask s JOIN batch_task t ON t.id = s.task_id WHERE t.project_id = 'benchcreate'") == "$CREATE_TARGETS" ]] \
      || die "HTTP create did not write $CREATE_TARGETS subtasks"
    sql -c "DELETE FROM batch_task WHERE project_id = 'benchcreate'"

    t0=$(now_ns)
    sql -f "$OUT/create-raw-insert.sql" >/dev/null
    insert+=("$(ms_since "$t0")")
    sql -c "DELETE FROM batch_task WHERE project_id = 'benchraw'"

    t0=$(now_ns)
    sql -f "$OUT/create-raw-copy.sql" >/dev/null
    copy+=("$(ms_since "$t0")")
    sql -c "DELETE FROM batch_task WHERE project_id = 'benchraw'"
  done
  R[create_http_ms]=$(echo "${http[*]}" | median) R[create_http_all]="${http[*]}"
  R[create_insert_ms]=$(echo "${insert[*]}" | median) R[create_insert_all]="${insert[*]}"
  R[create_copy_ms]=$(echo "${copy[*]}" | median) R[create_copy_all]="${copy[*]}"
  R[create_body_kb]=$(( $(stat -c %s "$OUT/create-body.json") / 1024 ))
  sql -c "VACUUM ANALYZE batch_subtask" >/dev/null
}

scenario_long_run() {
  log "long run: $LONG_REQUESTS mixed requests at 32 connections (at most ${LONG_MAX_SECONDS}s)"
  reset_small
  R[rss_before_kb]=$(rss_kb)
  run_wrk long-run 32 "$LONG_MAX_SECONDS" mixed $((LONG_REQUESTS / 2)) 10
  R[long_requests]=$W_requests R[long_rps]=$W_rps R[long_p50]=$W_p50_us R[long_p99]=$W_p99_us
  R[long_bad]=$((W_unexpected_status + W_socket_errors)) R[long_cpu]=$W_cpu_ms
  R[rss_after_kb]=$(rss_kb) R[rss_peak_kb]=$(hwm_kb)
  R[heap_after_long]=$(heap_used || echo 0)
  check_counters "the long run"
}

# ---------------------------------------------------------------------------------------------
# Report

chart() {
  if ! command -v gnuplot >/dev/null; then
    log "WARNING: no gnuplot: no chart"
    return
  fi
  gnuplot <<EOF
set terminal pngcairo size 900,540 font "sans,11"
set output "$OUT/throughput.png"
set title "Targeted stop (10 targets): throughput vs concurrency ($MODE run, $(nproc) CPUs)"
set xlabel "connections / clients"
set ylabel "transactions per second"
set logscale x 2
set xtics (1, 8, 32)
set yrange [0:*]
set key top left
set grid
plot "$OUT/throughput.tsv" using 1:2 with linespoints lw 2 pt 7 title "emulator over HTTP (wrk)", \
     "$OUT/throughput.tsv" using 1:3 with linespoints lw 2 pt 5 title "raw SQL transaction (pgbench)"
EOF
}

verdict() { # verdict VALUE OP LIMIT
  if awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { if (v == "n/a") exit 1; if (op == ">=") exit !(v >= l); exit !(v <= l) }'; then
    echo "met"
  else
    echo "**missed**"
  fi
}

write_report() {
  local r=$OUT/report.md
  local pg_version java_version
  pg_version=$(sql_value "SHOW server_version")
  java_version=$(java -version 2>&1 | head -n 1)
  {
    echo "# IoTDA emulator benchmark ($MODE run)"
    echo
    echo "Run $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown). Reproduce: \`src/bench/run.sh$([[ $MODE == quick ]] && echo ' --quick')\`."
    echo
    echo "## Machine and versions"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPUs | $(nproc) ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)) |"
    echo "| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
    echo "| load average at start / end | ${R[load_start]} / $(cut -d' ' -f1-3 /proc/loadavg) |"
    echo "| kernel | $(uname -sr) |"
    echo "| Java | $java_version |"
    echo "| Spring Boot | $(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' "$ROOT/pom.xml") |"
    echo "| PostgreSQL | $pg_version (shared_buffers $(sql_value 'SHOW shared_buffers'), synchronous_commit $(sql_value 'SHOW synchronous_commit')) |"
    echo "| wrk | $(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }') |"
    echo "| pgbench | $(pgbench --version | awk '{ print $3 }') |"
    echo "| JVM options | ${APP_JAVA_OPTS:-(defaults)} |"
    echo
    echo "Data: $NTASKS firmwareUpgrade tasks x 100 subtasks and one task of $NBIG subtasks (${R[subtask_rows]} subtask rows, database ${R[db_size]}), seeded by SQL in ${R[seed_ms]} ms."
    echo "Per 100 subtasks: 40 Processing, 30 Waitting, 10 FailWaitRetry (80 active), 10 Success, 10 Fail."
    echo
    echo "## Targeted stop (10 random targets of a random task)"
    echo
    echo "${DURATION} s per run; before each run the data is reset to the seeded state (then VACUUM, CHECKPOINT)."
    echo "HTTP: wrk + Lua (\`wrk/bench.lua stop\`). Raw: pgbench -M prepared running the same SQL transaction (\`pgbench/targeted_stop.sql\`)."
    echo
    echo "| connections | emulator req/s | pgbench TPS | ratio (goal >= 0.5 at 8, 32) | emulator p50 ms | emulator p99 ms | pgbench p50 ms | pgbench p99 ms | p99 ratio (goal <= 2) | subtasks stopped (HTTP / SQL) | bad answers (HTTP / SQL) | emulator CPU ms per request | load average |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    for c in "${CONCURRENCIES[@]}"; do
      local tr pr
      tr=$(ratio "${R[http_rps_$c]}" "${R[pg_tps_$c]}")
      pr=$(ratio "${R[http_p99_$c]}" "${R[pg_p99_$c]}")
      echo "| $c | ${R[http_rps_$c]} | ${R[pg_tps_$c]} | $tr | $(us_to_ms "${R[http_p50_$c]}") | $(us_to_ms "${R[http_p99_$c]}") | $(us_to_ms "${R[pg_p50_$c]}") | $(us_to_ms "${R[pg_p99_$c]}") | $pr | ${R[http_moved_$c]} / ${R[pg_moved_$c]} | ${R[http_bad_$c]} / ${R[pg_failed_$c]} | ${R[http_cpu_$c]} | ${R[load_$c]} |"
    done
    echo
    echo "Emulator CPU ms per request: user + system CPU time of the emulator process during the run, divided by its requests."
    echo "It shows the emulator's own cost even when other processes compete for the CPUs (see the load average)."
    echo
    echo "![throughput vs concurrency](throughput.png)"
    echo
    echo "## Stop-all of the $NBIG-subtask task (${R[stop_all_rows]} active subtasks)"
    echo
    echo "| | median ms | every run ms |"
    echo "|---|---|---|"
    echo "| emulator: POST .../stop, no body | ${R[stop_all_http_ms]} | ${R[stop_all_http_all]} |"
    echo "| psql: the same transaction (\`sql/stop_all_raw.sql\`) | ${R[stop_all_raw_ms]} | ${R[stop_all_raw_all]} |"
    echo "| ratio (goal <= 1.5) | $(ratio "${R[stop_all_http_ms]}" "${R[stop_all_raw_ms]}") | |"
    echo
    read -r hmin hmax hn <<<"${R[heap_stop]}"
    read -r imin imax in_ <<<"${R[heap_idle]}"
    echo "Emulator heap used (Actuator jvm.memory.used, area heap, sampled every 100 ms): during the HTTP stop-all $hmin-$hmax MB ($hn samples); while psql ran the same stop and the emulator idled $imin-$imax MB ($in_ samples)."
    echo
    echo "## Create of a $CREATE_TARGETS-target task (body ${R[create_body_kb]} KB)"
    echo
    echo "| | median ms | every run ms |"
    echo "|---|---|---|"
    echo "| emulator: POST /batchtasks | ${R[create_http_ms]} | ${R[create_http_all]} |"
    echo "| psql: task row + 30 INSERTs of 1,000 rows, one transaction | ${R[create_insert_ms]} | ${R[create_insert_all]} |"
    echo "| psql: task row + COPY, one transaction | ${R[create_copy_ms]} | ${R[create_copy_all]} |"
    echo "| ratio to batched INSERT (goal <= 2) | $(ratio "${R[create_http_ms]}" "${R[create_insert_ms]}") | |"
    echo "| ratio to COPY | $(ratio "${R[create_http_ms]}" "${R[create_copy_ms]}") | |"
    echo
    echo "## Show: one page of task_details with a status filter, $NBIG-subtask task"
    echo
    echo "${SHOW_DURATION} s per row; the status filter is drawn at random from the five seeded statuses."
    echo
    echo "| connections | limit | p50 ms | p99 ms (goal <= 20) | req/s | bad answers |"
    echo "|---|---|---|---|---|---|"
    for key in c1_l10 c1_l50 c8_l10; do
      read -r p50 p99 rps bad <<<"${R[show_$key]}"
      local c=${key%%_*} l=${key##*_l}
      echo "| ${c#c} | $l | $(us_to_ms "$p50") | $(us_to_ms "$p99") | $rps | $bad |"
    done
    echo
    echo "Emulator CPU per show request (1 connection, limit 10): ${R[show_cpu]} ms."
    echo
    echo "## Start-up: process start to first HTTP answer"
    echo
    echo "| database | ms |"
    echo "|---|---|"
    echo "| embedded H2 (the default, demo data) | ${R[startup_embedded]} |"
    echo "| PostgreSQL, empty database (Flyway migrates) | ${R[startup_pg_fresh]} |"
    echo "| PostgreSQL, seeded database | ${R[startup_pg_seeded]} |"
    echo
    echo "## Memory after a long run"
    echo
    echo "Mixed load at 32 connections (45% targeted stop, 10% targeted retry, 45% show of a small task): ${R[long_requests]} requests at ${R[long_rps]} req/s (p50 $(us_to_ms "${R[long_p50]}") ms, p99 $(us_to_ms "${R[long_p99]}") ms, ${R[long_bad]} unexpected answers; emulator CPU ${R[long_cpu]} ms per request). The run stops after $LONG_REQUESTS requests or ${LONG_MAX_SECONDS} s, whichever comes first."
    echo
    echo "| | MB |"
    echo "|---|---|"
    echo "| resident before | $(( R[rss_before_kb] / 1024 )) |"
    echo "| resident after (goal < 512) | $(( R[rss_after_kb] / 1024 )) |"
    echo "| resident peak (VmHWM) | $(( R[rss_peak_kb] / 1024 )) |"
    echo "| heap used after | $(awk -v v="${R[heap_after_long]}" 'BEGIN { printf "%.0f", v / 1048576 }') |"
    echo
    echo "## Goals"
    echo
    echo "| goal | figure | verdict |"
    echo "|---|---|---|"
    for c in 8 32; do
      local tr pr
      tr=$(ratio "${R[http_rps_$c]}" "${R[pg_tps_$c]}")
      pr=$(ratio "${R[http_p99_$c]}" "${R[pg_p99_$c]}")
      echo "| targeted stop at $c: TPS >= 0.5x pgbench | ${tr}x | $(verdict "$tr" '>=' 0.5) |"
      echo "| targeted stop at $c: p99 <= 2x pgbench | ${pr}x | $(verdict "$pr" '<=' 2) |"
    done
    local sr cr
    sr=$(ratio "${R[stop_all_http_ms]}" "${R[stop_all_raw_ms]}")
    cr=$(ratio "${R[create_http_ms]}" "${R[create_insert_ms]}")
    echo "| stop-all: <= 1.5x psql | ${sr}x | $(verdict "$sr" '<=' 1.5) |"
    echo "| create: <= 2x batched INSERT | ${cr}x | $(verdict "$cr" '<=' 2) |"
    read -r _ p99 _ _ <<<"${R[show_c1_l10]}"
    echo "| show page p99 <= 20 ms (1 connection, limit 10) | $(us_to_ms "$p99") ms | $(verdict "$(us_to_ms "$p99")" '<=' 20) |"
    echo "| resident memory after the long run < 512 MB | $(( R[rss_after_kb] / 1024 )) MB after ${R[long_requests]} requests | $(verdict $(( R[rss_after_kb] / 1024 )) '<=' 511) |"
    if [[ $MODE == quick ]]; then
      echo
      echo "Quick run: scaled-down data and durations; the goals hold for the full run (\`src/bench/run.sh\`)."
    fi
  } >"$r"
}

# ---------------------------------------------------------------------------------------------

main() {
  declare -gA R
  rm -rf "$OUT"
  mkdir -p "$OUT"
  R[load_start]=$(cut -d' ' -f1-3 /proc/loadavg)
  local started
  started=$(now_ns)
  log "mode: $MODE; output: $OUT"
  install_tools
  pg_isready -q -h "$PGHOST" -p "$PGPORT" || die "no PostgreSQL at $PGHOST:$PGPORT"
  build
  create_database

  start_app pg-fresh SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
  R[startup_pg_fresh]=$STARTUP_MS
  seed
  scenario_targeted_stop
  scenario_show
  scenario_stop_all
  scenario_create
  scenario_long_run
  stop_app

  R[startup_pg_seeded]="not measured in a quick run"
  if [[ $MODE == full ]]; then
    start_app pg-seeded SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
      SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
    R[startup_pg_seeded]=$STARTUP_MS
    stop_app
  fi
  start_app embedded
  R[startup_embedded]=$STARTUP_MS
  stop_app

  chart
  write_report
  if [[ -z ${BENCH_KEEP_DB:-} ]]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
  fi
  log "done in $(( $(ms_since "$started") / 1000 )) s: $OUT/report.md"
  cat "$OUT/report.md"
}

main
