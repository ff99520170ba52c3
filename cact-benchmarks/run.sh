#!/usr/bin/env bash
# Quick benchmark suite (a few minutes of JMH on 2 cores, with the allocation profiler). Writes target/jmh.json and target/jmh.md and compares
# with the committed baseline (baseline.json): any benchmark more than 25 % slower is reported and the
# script exits with 1. Extra arguments go to JMH, e.g. a benchmark regex or -p examinees=100000; without
# any, the suite leaves out ScaleBenchmark (the target sizes, about 3 minutes more).
#   cact-benchmarks/run.sh                    the quick suite
#   cact-benchmarks/run.sh ScaleBenchmark     100,000 x 50 x 61 EAP: 1/2 threads, 10 % missing, GPCM
#   JMH_OPTS='-f 1 -wi 1 -i 2' cact-benchmarks/run.sh 'ScaleBenchmark.score' -p examinees=4500000 \
#     -p items=100 -p model=2pl -p missing=0 -p threads=1,2
#                                             the 4,500,000 x 100 in-memory arm (about 2 minutes)
#   SMOKE=1 cact-benchmarks/run.sh            each benchmark once, minimal iterations (CI; no timing)
#   UPDATE_BASELINE=1 cact-benchmarks/run.sh  replace the baseline with this run
#   JMH_OPTS='...'                            replaces the default fork and iteration options
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
jar=cact-benchmarks/target/benchmarks.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
if [ "${SMOKE:-0}" = 1 ]; then
  opts=(-f 1 -wi 0 -i 1 -r 100ms -foe true)
elif [ -n "${JMH_OPTS:-}" ]; then
  read -ra opts <<< "$JMH_OPTS"
else
  opts=(-f 1 -wi 1 -w 1s -i 3 -r 1s -foe true -prof gc)
fi
[ "$#" -gt 0 ] || set -- -e ScaleBenchmark
java -jar "$jar" "${opts[@]}" -rf json -rff cact-benchmarks/target/jmh.json "$@"
if [ "${SMOKE:-0}" = 1 ]; then
  exit 0
fi
java -cp "$jar" io.github.cact.benchmarks.JmhResults cact-benchmarks/target/jmh.json \
  cact-benchmarks/target/jmh.md cact-benchmarks/baseline.json && status=0 || status=$?
cat cact-benchmarks/target/jmh.md
if [ "${UPDATE_BASELINE:-0}" = 1 ]; then
  cp cact-benchmarks/target/jmh.json cact-benchmarks/baseline.json
  echo "baseline updated"
  status=0
fi
exit "$status"
