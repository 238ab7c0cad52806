#!/usr/bin/env bash
# The one command for Passbook's benchmarks (see docs/benchmarks.md):
#
#   ./bench/run.sh [quick|full] [--only speed,stages,memory,persistence,service,real] [--pages 5,50,150,1000] [--prof stack] [--real DIR [--passwords TSV]]
#
# Builds the benchmark jar (and, for the service part, the app jar) without running tests, renders the
# statements once into $PASSBOOK_BENCH_DIR (default /tmp/passbook-bench-corpus), runs everything and
# prints a Markdown report, also written to bench/target/bench-report-*.md.
# PostgreSQL figures need PASSBOOK_BENCH_PG_URL or PASSBOOK_TEST_PG_URL (`. .ci/postgres.sh` sets the latter).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=bench
case " $* " in
  *" --only "*) if [[ "$*" == *service* ]]; then modules=bench,app; fi ;;
  *) modules=bench,app ;;
esac

./mvnw -B -q -pl "$modules" -am package -DskipTests
exec java -Dpassbook.bench.dir="${PASSBOOK_BENCH_DIR:-/tmp/passbook-bench-corpus}" \
  -jar bench/target/benchmarks.jar "$@"
