#!/usr/bin/env bash
# Every issue-14 figure in one run, one after the other (never two benches at once: they share the
# two cores), each headed by the load average. The scale database must exist (data.mjs); the
# fixed-cost and orders benches make (and drop) small databases of their own, named after it.
#
#   npm run build && BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/xiezuo_bench_full \
#     bash test/bench/issue14.sh 2>&1 | tee test/artifacts/issue14.log
#
# BENCH_SECONDS (default 5) per figure; BENCH_SKIP, a space-separated list of names below to leave out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
: "${BENCH_DATABASE_URL:?the scale database (node test/bench/data.mjs)}"
export BENCH_SECONDS="${BENCH_SECONDS:-5}"
run() {
  local name=$1
  shift
  if [[ " ${BENCH_SKIP:-} " == *" $name "* ]]; then return; fi
  printf '\n===== %s  (%s; %s)\n' "$name" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  "$@"
}
run fixed-cost env BENCH_ROUNDS="${BENCH_ROUNDS:-3}" node test/bench/fixed-cost.mjs
run catalogue node test/bench/catalogue.mjs
run postgraphile node test/bench/postgraphile.mjs
run quota node test/bench/quota.mjs
run boards node test/bench/boards.mjs
run orders node test/bench/orders.mjs
run web node test/bench/web.mjs
