#!/usr/bin/env bash
# The plan benchmark of issue 3 (docs/benchmarks.md), in one command:
#   ./yingji bench [--plans N] [--drills N] [--experts N] [--cases N] [--skip-plan-bench] [--iterations N] [--warm-seconds N] [--rate N] [--seconds N] [--build] [--skip-writes] [--stop]
# 1. brings up its own platform (own data dir and ports, so it runs beside a developer's `./yingji run`),
# 2. builds the app if its jar is missing (or --build), starts it, loads the tenant catalog if absent,
# 3. generates N plans (default 2,000,000) with infra/bench/generate.sql when the database holds another
#    number, and rebuilds the search index from PostgreSQL when it lags behind,
# 4. runs cn.yingji.bench.PlanBenchmark (backend/src/test/java) and prints the figures, also written to
#    $YINGJI_DATA/bench-results.md;
# 5. generates N drills (default 5,000,000; --drills 0 skips this part) with infra/bench/generate-drills.sql
#    and runs cn.yingji.bench.DrillBenchmark ($YINGJI_DATA/bench-drills.md). --skip-plan-bench skips the plan
#    index rebuild and the plan figures (the drill figures read PostgreSQL only).
# 6. with --experts N (default 200,000; 0 skips it) the expert-matching benchmark (infra/bench/bench-experts.sh,
#    $YINGJI_DATA/bench-experts.md).
# 7. the compliance dashboard (--skip-compliance skips it): computes this month's snapshot of every tenant with
#    --yingji.compliance.snapshot-now and runs cn.yingji.bench.ComplianceBenchmark ($YINGJI_DATA/bench-compliance.md).
#    --skip-drill-bench keeps the drill data but skips the drill figures.
# 8. with --cases N (default 100,000; 0 skips it) the case-search benchmark (infra/bench/bench-cases.sh,
#    $YINGJI_DATA/bench-cases.md); --skip-case-bench keeps the cases and their index but skips the figures.
# 9. --throughput: the search throughput benchmark of issue 12 (cn.yingji.bench.ThroughputBenchmark,
#    $YINGJI_DATA/bench-throughput[-LABEL].md) after the data steps, instead of the figures of steps 4-8.
#    --demo: the demo data set of ./yingji run (infra/demo) instead of generated data, in its own data dir
#    (.local/bench-demo); nothing is generated. Options of the driver: --connections N (32), --seconds N (30),
#    --warmup N (10), --scenarios LIST, --took-seconds N (5), --split-rounds N (20), --extra-params '&a=b', --label NAME.
#    --jar PATH runs another build of the app (e.g. an older commit's), --index-prefix P gives it indices of its own,
#    --app-args '...' passes it options (e.g. --yingji.search.embeddings.enabled=false); a running bench app
#    started with another jar, prefix or options is restarted. --compare-params '&a=c' measures every scenario
#    again with other request parameters.
# 10. --notifications: the 消息中心 benchmark of issue 13 (cn.yingji.bench.NotificationBenchmark,
#    $YINGJI_DATA/bench-notifications.md): --streams N (1000) open streams, --notifications N (50) commits, commit →
#    event latency; best with --demo.
# 11. --workbench: the workbench benchmark of issue 13 (cn.yingji.bench.WorkbenchBenchmark,
#    $YINGJI_DATA/bench-workbench.md) after the plan and drill data: the obligations of every plan, drill and unit
#    (infra/bench/generate-obligations.sql, when they lag behind the plans), then 待办, 下级逾期, 关键数字 and 时限办理
#    for a county, a city and a province against their SQL. The bench app runs without the background passes that
#    would rewrite those obligations meanwhile (drill obligations, escalation), instead of the other figures.
# 12. --reporting: the 信息报送 benchmark of issue 14 (cn.yingji.bench.ReportingBenchmark,
#    $YINGJI_DATA/bench-reporting.md): --consoles N (500) open consoles of 潍坊市, 潍城区's reports through the API at
#    --report-rate N (50) per second for --report-seconds N (20); report → console event latency; best with --demo.
# 13. --spot-checks: the 查岗 benchmark of issue 14 (cn.yingji.bench.SpotCheckBenchmark,
#    $YINGJI_DATA/bench-spot-checks.md): --consoles N (500) open browsers of four county offices, their cities' checks
#    through the API at --check-rate N (10) per second for --check-seconds N (20); check → browser event latency.
# 14. --report-list: the report list at national scale (cn.yingji.bench.ReportListBenchmark,
#    $YINGJI_DATA/bench-report-list.md) after the plan data: --events N (1,000,000) events with five reports each
#    (infra/bench/generate-reports.sql, when the generated reports lag behind), then GET /api/v1/reports for a
#    county, a city and a province against its statements, instead of the other figures.
# --reindex LIST (plan, case, expert) rebuilds those indices even when complete, timed (documents/s, also in
#    $YINGJI_DATA/bench-indexing.md).
# --stop stops the bench app and services afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DEMO=0
for arg in "$@"; do [ "$arg" = --demo ] && DEMO=1; done
# the demo data set lives apart from the generated one (which the demo run must neither truncate nor measure);
# YINGJI_BENCH_DATA rather than YINGJI_DATA, which a developer's shell may point at the running platform's data
if [ "$DEMO" = 1 ]; then
  export YINGJI_DATA="${YINGJI_BENCH_DATA:-$ROOT/.local/bench-demo}"
else
  export YINGJI_DATA="${YINGJI_BENCH_DATA:-${YINGJI_DATA:-$ROOT/.local/bench}}"
fi
# the bench platform's own database (infra/postgres/init.sql), whatever the shell says
export YINGJI_DB=yingji
export YINGJI_PG_PORT="${YINGJI_PG_PORT:-25432}" YINGJI_ES_PORT="${YINGJI_ES_PORT:-29200}"
export YINGJI_ES_TRANSPORT_PORT="${YINGJI_ES_TRANSPORT_PORT:-29300}" YINGJI_KC_PORT="${YINGJI_KC_PORT:-28080}"
export YINGJI_KC_MGMT_PORT="${YINGJI_KC_MGMT_PORT:-29000}" YINGJI_APP_PORT="${YINGJI_APP_PORT:-8090}"
if [ "$DEMO" = 1 ]; then export YINGJI_ES_HEAP="${YINGJI_ES_HEAP:-1g}"; else export YINGJI_ES_HEAP="${YINGJI_ES_HEAP:-3g}"; fi
APP_URL="http://localhost:${YINGJI_APP_PORT}"
APP_JAR="${YINGJI_BENCH_JAR:-$ROOT/backend/target/yingji-backend.jar}"   # a copy keeps a running bench app safe from rebuilds

PLANS=2000000 DRILLS=5000000 EXPERTS=200000 CASES=100000 COMPLIANCE=1 DRIVER_ITERATIONS=100 BUILD=0 STOP=0 SKIP_PLANS=0 DRIVER_ARGS=() DRILL_ARGS=()
THROUGHPUT=0 THROUGHPUT_ARGS=() APP_ARGS="" LABEL="" REINDEX="" NOTIFICATIONS=0 NOTIFICATION_ARGS=() WORKBENCH=0 REPORTING=0 REPORTING_ARGS=() SPOT_CHECKS=0 SPOT_CHECK_ARGS=()
REPORT_LIST=0 EVENTS=1000000
# the demo data set generates nothing unless asked (e.g. --cases 5000 on top of it)
[ "$DEMO" = 1 ] && DRILLS=0 EXPERTS=0 CASES=0 COMPLIANCE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --plans) PLANS="$2"; shift 2 ;;
    --drills) DRILLS="$2"; shift 2 ;;
    --experts) EXPERTS="$2"; shift 2 ;;
    --cases) CASES="$2"; shift 2 ;;
    --skip-plan-bench) SKIP_PLANS=1; shift ;;
    --skip-drill-bench) SKIP_DRILL_BENCH=1; shift ;;
    --skip-compliance) COMPLIANCE=0; shift ;;
    --skip-case-bench) SKIP_CASE_BENCH=1; shift ;;
    --build) BUILD=1; shift ;;
    --stop) STOP=1; shift ;;
    --iterations) DRIVER_ITERATIONS="$2"; DRIVER_ARGS+=("$1" "$2"); DRILL_ARGS+=("$1" "$2"); shift 2 ;;
    --rate|--warm-seconds) DRIVER_ARGS+=("$1" "$2"); shift 2 ;;
    --seconds) DRIVER_ARGS+=("$1" "$2"); THROUGHPUT_ARGS+=("$1" "$2"); shift 2 ;;
    --demo) shift ;;
    --throughput) THROUGHPUT=1; shift ;;
    --notifications) NOTIFICATIONS=1; shift ;;
    --reporting) REPORTING=1; shift ;;
    --spot-checks) SPOT_CHECKS=1; shift ;;
    --consoles) REPORTING_ARGS+=("$1" "$2"); SPOT_CHECK_ARGS+=("$1" "$2"); shift 2 ;;
    --check-rate|--check-seconds) SPOT_CHECK_ARGS+=("${1/--check-/--}" "$2"); shift 2 ;;
    --report-rate|--report-seconds) REPORTING_ARGS+=("${1/--report-/--}" "$2"); shift 2 ;;
    --workbench) WORKBENCH=1; shift ;;
    --report-list) REPORT_LIST=1; shift ;;
    --events) EVENTS="$2"; shift 2 ;;
    --streams|--notification-count|--gap-ms) NOTIFICATION_ARGS+=("${1/--notification-count/--notifications}" "$2"); shift 2 ;;
    --connections|--warmup|--scenarios|--took-seconds|--split-rounds|--extra-params|--compare-params|--users) THROUGHPUT_ARGS+=("$1" "$2"); shift 2 ;;
    --label) LABEL="$2"; THROUGHPUT_ARGS+=("$1" "$2"); shift 2 ;;
    --jar) APP_JAR="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --index-prefix) export YINGJI_ES_INDEX_PREFIX="$2"; shift 2 ;;
    --app-args) APP_ARGS="$2"; shift 2 ;;
    --reindex) REINDEX="$2"; shift 2 ;;
    --skip-writes|--skip-search|--skip-list) DRIVER_ARGS+=("$1" "1"); shift ;;
    *) echo "usage: ./yingji bench [--plans N] [--drills N] [--experts N] [--cases N] [--skip-plan-bench] [--skip-drill-bench] [--skip-compliance] [--skip-case-bench] [--iterations N] [--warm-seconds N] [--rate N] [--seconds N] [--build] [--skip-writes|--skip-search|--skip-list] [--reindex LIST] [--stop]" >&2
       echo "       ./yingji bench [--demo] --throughput [--connections N] [--seconds N] [--warmup N] [--scenarios LIST] [--took-seconds N] [--split-rounds N] [--extra-params STR] [--compare-params STR] [--label NAME] [--jar PATH] [--index-prefix P] [--app-args STR] [--stop]" >&2; exit 2 ;;
  esac
done
INDEX_PREFIX="${YINGJI_ES_INDEX_PREFIX:-yingji-}"
if [ "$THROUGHPUT" = 1 ]; then
  # the data steps run (generation, indexing); the other figures do not
  COMPLIANCE=0 SKIP_DRILL_BENCH=1 SKIP_CASE_BENCH=1 SKIP_EXPERT_BENCH=1
fi
if [ "$REPORT_LIST" = 1 ]; then
  # the plans stay as they are (no search index, no other figures); the events and reports come below
  COMPLIANCE=0 SKIP_DRILL_BENCH=1 SKIP_CASE_BENCH=1 SKIP_EXPERT_BENCH=1 SKIP_PLANS=1 EXPERTS=0 CASES=0 DRILLS=0
fi
if [ "$WORKBENCH" = 1 ]; then
  # the plans and drills (no search index, no other figures); the passes that rewrite obligations stay off
  COMPLIANCE=0 SKIP_DRILL_BENCH=1 SKIP_CASE_BENCH=1 SKIP_EXPERT_BENCH=1 SKIP_PLANS=1 EXPERTS=0 CASES=0
  APP_ARGS="${APP_ARGS:+$APP_ARGS }--yingji.drills.obligations.enabled=false --yingji.obligations.escalation.enabled=false"
fi

say() { printf '\033[1;35m[bench]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[bench] %s\033[0m\n' "$*" >&2; exit 1; }

# the generator truncates table plan: never against a developer's default platform
[ "$YINGJI_PG_PORT" != 15432 ] || [ -n "${YINGJI_BENCH_ALLOW_DEFAULT_PORTS:-}" ] \
  || die "refusing to generate data on the default PostgreSQL port 15432 (set other YINGJI_*_PORT values)"

for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && { export JAVA_HOME="$candidate" PATH="$candidate/bin:$PATH"; break; }
done

# the generators' bulk inserts run for many minutes on a busy 2-core machine
sql() { YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql "$@"; }

# forced ENTITY: --reindex named it (rebuild even when the index is complete, to time it)
forced() { [[ ",$REINDEX," == *",$1,"* ]]; }

# reindex ENTITY[,ENTITY]: rebuilds search indices from PostgreSQL with the app's reindex command (SearchIndexer.reindex,
# with --app-args, e.g. vectors on or off) and reports documents/s per index, also in $YINGJI_DATA/bench-indexing.md
reindex() {
  local started out entity n ms line
  started=$(date +%s)
  # the command never runs the outbox indexer: an app option switching it (e.g. off for the bench app while this
  # rebuilds) is left out, as Spring would join two values of one option into an invalid "false,false"
  local args=() arg
  # shellcheck disable=SC2086 # APP_ARGS: several options
  for arg in $APP_ARGS; do [[ $arg == --yingji.indexer.enabled=* ]] || args+=("$arg"); done
  out=$(java -jar "$APP_JAR" --spring.main.web-application-type=none --yingji.indexer.enabled=false "${args[@]}" \
    --yingji.search.reindex="$1" 2>&1 | grep -E "reindexed|ERROR" || true)
  printf '%s\n' "$out"
  grep -q "reindexed" <<<"$out" || die "the reindex command failed (run it by hand for the whole message): java -jar $APP_JAR --spring.main.web-application-type=none --yingji.search.reindex=$1"
  while read -r entity n ms; do
    line="$(date -u +%FT%TZ) reindex $entity: $n documents in $(( ms / 1000 )) s, $(( n * 1000 / (ms > 0 ? ms : 1) )) documents/s${APP_ARGS:+ ($APP_ARGS)}"
    say "$line"
    echo "$line" >>"$YINGJI_DATA/bench-indexing.md"
  done < <(printf '%s\n' "$out" | sed -n 's/.*reindexed \([a-z_]*\): \([0-9]*\) documents in \([0-9]*\) ms.*/\1 \2 \3/p')
  say "indexed in $(( $(date +%s) - started )) s (with the command's start)"
}

YINGJI_TIMEOUT="${YINGJI_TIMEOUT:-600}" bash infra/local/platform.sh up
eval "$(bash infra/local/platform.sh env)"
# the drivers get the demo users' tokens by password grant, which only the tests' realm offers
# (infra/keycloak/yingji-test-realm.json); the bench's app and loader use that realm too
export YINGJI_KC_REALM=yingji-test
bash infra/local/platform.sh realm-create "$YINGJI_KC_REALM" infra/keycloak/yingji-realm.json infra/keycloak/yingji-test-realm.json

if [ "$BUILD" = 1 ] || [ ! -f "$APP_JAR" ]; then
  say "building …"
  ./mvnw -B -q -Dyingji.pg.port="$YINGJI_PG_PORT" -DskipTests install
fi

stop_bench_app() {
  local pid
  pid=$(cat "$YINGJI_DATA/bench-app.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -f "$YINGJI_DATA/bench-app.pid" "$YINGJI_DATA/bench-app.id"
}

# which build (the jar and when it was built: a rebuilt jar may migrate the schema the demo data needs), indices and
# options the bench app runs with: another wish restarts it
APP_ID="$APP_JAR@$(stat -c %Y "$APP_JAR")|$INDEX_PREFIX|$APP_ARGS"
if curl -fsS -o /dev/null "$APP_URL/actuator/health/readiness" 2>/dev/null \
    && [ "$(cat "$YINGJI_DATA/bench-app.id" 2>/dev/null)" != "$APP_ID" ]; then
  [ -f "$YINGJI_DATA/bench-app.pid" ] || die "an app answers on $APP_URL that this script did not start: stop it first"
  say "restarting the bench app ($APP_ID) …"
  stop_bench_app
fi
if ! curl -fsS -o /dev/null "$APP_URL/actuator/health/readiness" 2>/dev/null; then
  say "starting the app on $APP_URL ($APP_JAR, indices $INDEX_PREFIX*${APP_ARGS:+, $APP_ARGS}) …"
  mkdir -p "$YINGJI_DATA"
  # the compliance snapshot job would recompute every tenant in the middle of a measurement: step 7 runs it once
  # shellcheck disable=SC2086 # APP_ARGS: several options
  nohup java -Xmx1g -jar "$APP_JAR" --yingji.compliance.snapshots-enabled=false $APP_ARGS >"$YINGJI_DATA/bench-app.log" 2>&1 &
  echo $! >"$YINGJI_DATA/bench-app.pid"
  echo "$APP_ID" >"$YINGJI_DATA/bench-app.id"
  for _ in $(seq 1 180); do
    curl -fsS -o /dev/null "$APP_URL/actuator/health/readiness" 2>/dev/null && break
    kill -0 "$(cat "$YINGJI_DATA/bench-app.pid")" 2>/dev/null || die "app died: see $YINGJI_DATA/bench-app.log"
    sleep 1
  done
fi

if [ "$(sql "select count(*) from tenant" | tail -1)" -lt 3000 ]; then
  say "loading the tenant catalog (PostgreSQL and Keycloak) …"
  java -cp "$APP_JAR" -Dloader.main=cn.yingji.tenants.TenantLoader \
    org.springframework.boot.loader.launch.PropertiesLauncher --tenants-dir="$ROOT/tenants"
  sql -f infra/demo/seed.sql >/dev/null
else
  # the tier policies may have changed since the catalog was loaded (new keys the app reads): refresh them
  java -cp "$APP_JAR" -Dloader.main=cn.yingji.tenants.TenantLoader \
    org.springframework.boot.loader.launch.PropertiesLauncher --tenants-dir="$ROOT/tenants" --skip-keycloak >/dev/null
fi

if [ "$DEMO" = 1 ]; then
  # what ./yingji run loads after the tenant loader (load_tenants); idempotent
  say "loading the demo data (infra/demo) …"
  for file in seed people compliance expert-account; do sql -f "infra/demo/$file.sql" >/dev/null; done
  if [ "$CASES" = 0 ]; then
    # cases generated by an earlier run with --cases N are not demo data
    sql "delete from case_step where case_id in (select id from case_record where created_by = 'bench')" >/dev/null
    sql "delete from case_record where created_by = 'bench'" >/dev/null
  fi
fi

# plans written by earlier benchmark runs are not part of the generated data set
sql "delete from plan where title like '基准测试%'" >/dev/null
have=$(sql "select count(*) from plan" | tail -1)
if [ "$DEMO" = 1 ]; then
  # every kind the searches read, rebuilt from PostgreSQL when its index (of this app's prefix) holds another number
  lagging=()
  for kind in plan:plans:plan case:cases:case_record expert:experts:expert drill:drills:drill; do
    IFS=: read -r entity index table <<<"$kind"
    rows=$(sql "select count(*) from $table" | tail -1)
    docs=$( (curl -fsS "$YINGJI_ES_URL/$INDEX_PREFIX$index/_count" 2>/dev/null || true) | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
    if [ "${docs:-0}" != "$rows" ]; then
      # a rebuild only adds: an index holding rows deleted since (e.g. generated cases) starts afresh
      curl -fsS -X DELETE "$YINGJI_ES_URL/$INDEX_PREFIX$index" >/dev/null 2>&1 || true
      lagging+=("$entity")
    fi
  done
  if [ ${#lagging[@]} -gt 0 ]; then
    say "indexing the demo data: $(IFS=,; echo "${lagging[*]}") …"
    reindex "$(IFS=,; echo "${lagging[*]}")"
  fi
elif [ "$have" != "$PLANS" ]; then
  say "generating $PLANS plans (the database holds $have) …"
  started=$(date +%s)
  sql "truncate plan cascade" >/dev/null
  sed "s/__PLANS__/$PLANS/g" infra/bench/generate.sql >"$YINGJI_DATA/generate.sql"
  nice -n 10 env YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql -f "$YINGJI_DATA/generate.sql"
  say "generated in $(( $(date +%s) - started )) s"
  curl -fsS -X DELETE "$YINGJI_ES_URL/${INDEX_PREFIX}plans" >/dev/null 2>&1 || true
fi

# (no index yet answers 404: count 0)
docs=$( (curl -fsS "$YINGJI_ES_URL/${INDEX_PREFIX}plans/_count" 2>/dev/null || true) | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
if [ "$DEMO" = 0 ] && { [ "${docs:-0}" -lt "$PLANS" ] || forced plan; } && [ "$SKIP_PLANS" = 0 ]; then
  say "indexing $PLANS plans into Elasticsearch (SearchIndexer.reindex; index has ${docs:-0}) …"
  reindex plan
fi
sql "vacuum analyze plan" >/dev/null

CP_FILE="$ROOT/backend/target/bench-classpath.txt"
if [ ! -s "$CP_FILE" ] || [ "$CP_FILE" -ot "$ROOT/backend/pom.xml" ]; then
  (cd backend && ../mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test)
fi
mkdir -p backend/target/bench-classes
javac -nowarn -d backend/target/bench-classes -cp "backend/target/classes:$(cat "$CP_FILE")" \
  backend/src/test/java/cn/yingji/bench/*.java
BENCH_CP="backend/target/bench-classes:backend/target/classes:$(cat "$CP_FILE")"

say "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
if [ "$SKIP_PLANS" = 0 ] && [ "$THROUGHPUT" = 0 ] && [ "$NOTIFICATIONS" = 0 ] && [ "$REPORTING" = 0 ] && [ "$SPOT_CHECKS" = 0 ] \
    && [ "$REPORT_LIST" = 0 ]; then
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.PlanBenchmark \
    --app "$APP_URL" --es "$YINGJI_ES_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
    --slowlog "$YINGJI_DATA/elasticsearch/logs/yingji_index_search_slowlog.json" \
    --out "$YINGJI_DATA/bench-results.md" ${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"}
fi

if [ "$DRILLS" -gt 0 ]; then
  have=$(sql "select count(*) from drill where created_by = 'bench'" | tail -1)
  if [ "$have" != "$DRILLS" ]; then
    say "generating $DRILLS drills (the database holds $have) …"
    started=$(date +%s)
    sql "truncate drill cascade" >/dev/null
    sed "s/__DRILLS__/$DRILLS/g" infra/bench/generate-drills.sql >"$YINGJI_DATA/generate-drills.sql"
    nice -n 10 env YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql -f "$YINGJI_DATA/generate-drills.sql"
    say "generated in $(( $(date +%s) - started )) s"
  fi
  sql "vacuum analyze drill" >/dev/null
  [ "${SKIP_DRILL_BENCH:-0}" = 1 ] || java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.DrillBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
    --out "$YINGJI_DATA/bench-drills.md" ${DRILL_ARGS[@]+"${DRILL_ARGS[@]}"}
fi

# shellcheck source=bench-experts.sh
[ "$EXPERTS" -gt 0 ] && source infra/bench/bench-experts.sh

if [ "$COMPLIANCE" = 1 ]; then
  # 合规看板: this month's figures of every tenant, computed from the records the way the snapshot job does
  # (again only when some tenant has no row this month: a national pass takes ~13 minutes here)
  have=$(sql "select count(*) from compliance_snapshot where month = date_trunc('month', now() at time zone 'Asia/Shanghai')::date" | tail -1)
  if [ "$have" != "$(sql "select count(*) from tenant" | tail -1)" ]; then
    say "computing the compliance snapshot of every tenant (ComplianceSnapshotJob, once) …"
    started=$(date +%s)
    nice -n 10 java -Xmx1g -jar "$APP_JAR" --spring.main.web-application-type=none --yingji.indexer.enabled=false \
      --yingji.compliance.snapshots-enabled=false --yingji.compliance.snapshot-now=true 2>&1 | grep -E "compliance snapshots|ERROR" || true
    say "computed in $(( $(date +%s) - started )) s"
  fi
  sql "vacuum analyze compliance_snapshot" >/dev/null
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.ComplianceBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
    --out "$YINGJI_DATA/bench-compliance.md" ${DRILL_ARGS[@]+"${DRILL_ARGS[@]}"}
fi

# shellcheck source=bench-cases.sh
[ "$CASES" -gt 0 ] && source infra/bench/bench-cases.sh

if [ "$THROUGHPUT" = 1 ]; then
  # CPU is read per process tree: Elasticsearch's launcher (its server JVM below it), the app, PostgreSQL's postmaster
  es_pid=$(cat "$YINGJI_DATA/run/elasticsearch.pid" 2>/dev/null || true)
  pg_pid=$(cat "$YINGJI_DATA/run/postgres.pid" 2>/dev/null || true)
  java -Xmx512m -cp "$BENCH_CP" cn.yingji.bench.ThroughputBenchmark \
    --app "$APP_URL" --es "$YINGJI_ES_URL" --kc "$YINGJI_KC_URL" --index-prefix "$INDEX_PREFIX" \
    --pids "es=$es_pid,app=$(cat "$YINGJI_DATA/bench-app.pid"),pg=$pg_pid" --clk-tck "$(getconf CLK_TCK)" \
    --slowlog "$YINGJI_DATA/elasticsearch/logs/yingji_index_search_slowlog.json" \
    --out "$YINGJI_DATA/bench-throughput${LABEL:+-$LABEL}.md" ${THROUGHPUT_ARGS[@]+"${THROUGHPUT_ARGS[@]}"}
fi

if [ "$NOTIFICATIONS" = 1 ]; then
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.NotificationBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
    --out "$YINGJI_DATA/bench-notifications.md" ${NOTIFICATION_ARGS[@]+"${NOTIFICATION_ARGS[@]}"}
fi

if [ "$REPORTING" = 1 ]; then
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.ReportingBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" \
    --out "$YINGJI_DATA/bench-reporting.md" ${REPORTING_ARGS[@]+"${REPORTING_ARGS[@]}"}
fi

if [ "$SPOT_CHECKS" = 1 ]; then
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.SpotCheckBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" \
    --out "$YINGJI_DATA/bench-spot-checks.md" ${SPOT_CHECK_ARGS[@]+"${SPOT_CHECK_ARGS[@]}"}
fi

if [ "$WORKBENCH" = 1 ]; then
  have=$(sql "select count(*) from obligation where kind = 'plan_evaluation'" | tail -1)
  want=$(sql "select count(*) from plan where evaluation_due_on is not null and status in ('issued', 'submitted', 'filed', 'returned')" | tail -1)
  if [ "$have" != "$want" ] || [ "$(sql "select count(*) from obligation where kind = 'plan_drill'" | tail -1)" = 0 ]; then
    say "generating the obligations of the plans, drills and units (infra/bench/generate-obligations.sql) …"
    started=$(date +%s)
    nice -n 10 env YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql -f infra/bench/generate-obligations.sql
    say "generated in $(( $(date +%s) - started )) s"
  fi
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.WorkbenchBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
    --out "$YINGJI_DATA/bench-workbench.md" ${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"}
fi

if [ "$REPORT_LIST" = 1 ]; then
  have=$(sql "select count(*) from event_report where created_by = 'bench'" | tail -1)
  if [ "$have" != "$(( EVENTS * 5 ))" ]; then
    say "generating $EVENTS events with $(( EVENTS * 5 )) reports (the database holds $have generated reports) …"
    started=$(date +%s)
    sed "s/__EVENTS__/$EVENTS/g" infra/bench/generate-reports.sql >"$YINGJI_DATA/generate-reports.sql"
    nice -n 10 env YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql -f "$YINGJI_DATA/generate-reports.sql"
    say "generated in $(( $(date +%s) - started )) s"
  fi
  java -Xmx1g -cp "$BENCH_CP" cn.yingji.bench.ReportListBenchmark \
    --app "$APP_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
    --out "$YINGJI_DATA/bench-report-list.md" ${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"}
fi

if [ "$STOP" = 1 ]; then
  stop_bench_app
  bash infra/local/platform.sh down
fi
