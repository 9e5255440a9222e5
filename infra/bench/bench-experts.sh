# The expert part of the benchmark (docs/experts.md, docs/benchmarks.md), sourced by bench.sh after the plan
# benchmark, with its platform, app and classpath in place: generates EXPERTS experts with
# infra/bench/generate-experts.sql when the database holds another number, rebuilds the experts index when it
# lags behind, and runs cn.yingji.bench.ExpertBenchmark (expert matching p95, API and Elasticsearch `took`).
# Expects from bench.sh: EXPERTS, APP_JAR, APP_URL, BENCH_CP, YINGJI_DATA, YINGJI_ES_URL, YINGJI_KC_URL,
# YINGJI_PG_PORT, DRIVER_ITERATIONS, INDEX_PREFIX, SKIP_EXPERT_BENCH (optional), and the functions say, sql, forced
# and reindex.

have=$(sql "select count(*) from expert" | tail -1)
if [ "$have" != "$EXPERTS" ]; then
  say "generating $EXPERTS experts (the database holds $have) …"
  started=$(date +%s)
  sed "s/__EXPERTS__/$EXPERTS/g" infra/bench/generate-experts.sql >"$YINGJI_DATA/generate-experts.sql"
  nice -n 10 env YINGJI_SQL_TIMEOUT_SECONDS=7200 bash infra/local/platform.sh sql -f "$YINGJI_DATA/generate-experts.sql"
  say "generated in $(( $(date +%s) - started )) s"
  curl -fsS -X DELETE "$YINGJI_ES_URL/${INDEX_PREFIX}experts" >/dev/null 2>&1 || true
fi

docs=$( (curl -fsS "$YINGJI_ES_URL/${INDEX_PREFIX}experts/_count" 2>/dev/null || true) | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
if [ "${docs:-0}" -lt "$EXPERTS" ] || forced expert; then
  say "indexing $EXPERTS experts into Elasticsearch (index has ${docs:-0}) …"
  reindex expert
fi
sql "vacuum analyze expert" >/dev/null

[ "${SKIP_EXPERT_BENCH:-0}" = 1 ] || java -Xmx512m -cp "$BENCH_CP" cn.yingji.bench.ExpertBenchmark \
  --app "$APP_URL" --kc "$YINGJI_KC_URL" --pg-port "$YINGJI_PG_PORT" --iterations "$DRIVER_ITERATIONS" \
  --out "$YINGJI_DATA/bench-experts.md"
