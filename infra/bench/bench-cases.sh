# The case-search part of the benchmark (docs/cases.md, docs/benchmarks.md), sourced by bench.sh with its
# platform, app and classpath in place: generates CASES cases with infra/bench/generate-cases.sql when the
# database holds another number of generated ones (the demo cases of infra/demo/seed.sql stay), rebuilds the
# yingji-cases index when it lags behind, and runs cn.yingji.bench.CaseBenchmark (case search and similar cases
# p50/p95/p99, API and Elasticsearch `took`).
# Expects from bench.sh: CASES, APP_JAR, APP_URL, BENCH_CP, YINGJI_DATA, YINGJI_ES_URL, YINGJI_KC_URL,
# YINGJI_PG_PORT, DRIVER_ITERATIONS, INDEX_PREFIX, SKIP_CASE_BENCH (optional), and the functions say, sql, forced and
# reindex (which times the rebuild: documents/s).

have=$(sql "select count(*) from case_record where created_by = 'bench'" | tail -1)
if [ "$have" != "$CASES" ]; then
  say "generating $CASES cases (the database holds $have) …"
  started=$(date +%s)
  sed "s/__CASES__/$CASES/g" infra/bench/generate-cases.sql >"$YINGJI_DATA/generate-cases.sql"
  nice -n 10 env YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql -f "$YINGJI_DATA/generate-cases.sql"
  say "generated in $(( $(date +%s) - started )) s"
  curl -fsS -X DELETE "$YINGJI_ES_URL/${INDEX_PREFIX}cases" >/dev/null 2>&1 || true
fi

total=$(sql "select count(*) from case_record" | tail -1)
docs=$( (curl -fsS "$YINGJI_ES_URL/${INDEX_PREFIX}cases/_count" 2>/dev/null || true) | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
if [ "${docs:-0}" -lt "$total" ] || forced case; then
  say "indexing $total cases into Elasticsearch (index has ${docs:-0}) …"
  reindex case
fi
sql "vacuum analyze case_record" >/dev/null

[ "${SKIP_CASE_BENCH:-0}" = 1 ] || java -Xmx512m -cp "$BENCH_CP" cn.yingji.bench.CaseBenchmark \
  --app "$APP_URL" --es "$YINGJI_ES_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" \
  --iterations "$DRIVER_ITERATIONS" --out "$YINGJI_DATA/bench-cases.md"
