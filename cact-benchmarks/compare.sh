#!/usr/bin/env bash
# Whole-process timings of the cact CLI (JVM start, reading, computing, writing), with peak RSS from
# /usr/bin/time, on simulated 2PL files; and mirt's internal times on the same files when Rscript with
# mirt is installed (skipped otherwise). Prints a Markdown table.
#   cact-benchmarks/compare.sh                  100,000 x 50 (score EAP 61 nodes, calibrate 1e-5), 1,000,000 x 100 score
#   SIZES='100000x50' cact-benchmarks/compare.sh just the first file
#   CACT='java -jar other/cact.jar' ...         another build (e.g. a previous commit) for a before/after
#   CACT=cact-cli/target/cact ...                the launcher with the class-data-sharing archive
#   WORK=/some/dir                               where the files go (default: a temporary directory, removed)
#   MIRT_THREADS=1 ...                           mirt on one thread (default 2, as cact's)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../cact-cli/target/cact.jar"
[ -n "${CACT:-}" ] || [ -f "$jar" ] || (cd "$here/.." && ./mvnw -B -q -pl cact-cli -am package -DskipTests)
read -ra cact <<< "${CACT:-java -jar $jar}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
timer=/usr/bin/time
[ -x "$timer" ] || { echo "needs GNU time at /usr/bin/time for peak RSS" >&2; exit 2; }

# run LABEL COMMAND...: wall seconds, CPU seconds (user + system, all threads) and peak RSS (MB) of one
# process; on a shared machine the CPU time is the steadier figure
run() {
  local label="$1"; shift
  "$timer" -f '%e %U %S %M' -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" \
    || { echo "$label failed:" >&2; cat "$work/err.txt" >&2; exit 1; }
  read -r wall user system rss < "$work/time.txt"
  printf '| %s | %s s | %.2f s | %d MB |\n' "$label" "$wall" "$(awk "BEGIN { print $user + $system }")" $((rss / 1024))
}

# other processes inflate wall and CPU time alike: the load average goes with the figures
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo
echo "| cact whole process | wall | CPU | peak RSS |"
echo "|---|---:|---:|---:|"
run "cact --version" "${cact[@]}" --version
for size in ${SIZES:-100000x50 1000000x100}; do
  n="${size%x*}"; items="${size#*x}"
  responses="$work/r-$size.csv"
  run "simulate $n x $items" "${cact[@]}" simulate --model 2pl --n-items "$items" --examinees "$n" --seed 1 \
    --out "$responses" --bank-out "$work/bank-$size.csv"
  run "score --method eap --quadrature 61, $n x $items" "${cact[@]}" score --responses "$responses" \
    --items "$work/bank-$size.csv" --method eap --quadrature 61 --out "$work/scores-$size.csv" --quiet
  if [ "$n" -le 100000 ]; then
    run "calibrate 2pl --tol 1e-5, $n x $items" "${cact[@]}" calibrate --responses "$responses" --model 2pl \
      --tol 1e-5 --out "$work/calibrated-$size.csv" --summary "$work/summary-$size.json" --quiet
  fi
  if command -v Rscript > /dev/null && Rscript -e 'library(mirt)' > /dev/null 2>&1; then
    Rscript - "$responses" "${MIRT_THREADS:-2}" <<'R'
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], row.names = 1)
threads <- as.integer(args[2])
# as many threads as cact's two: OpenMP in the E-step, a cluster of R processes for fscores
if (threads > 1) mirt::mirtCluster(spec = threads, omp_threads = threads)
t_fit <- system.time(fit <- mirt::mirt(d, 1, itemtype = "2PL", TOL = 1e-5, SE = TRUE, verbose = FALSE))[["elapsed"]]
t_eap <- system.time(mirt::fscores(fit, method = "EAP", quadpts = 61, full.scores.SE = TRUE))[["elapsed"]]
on <- if (threads == 1) "1 thread" else paste(threads, "threads")
cat(sprintf("| mirt %s calibrate, %s (internal, R start-up and reading excluded) | %.2f s | | |\n",
            packageVersion("mirt"), on, t_fit))
cat(sprintf("| mirt EAP 61, %s (internal) | %.2f s | | |\n", on, t_eap))
if (threads > 1) mirt::mirtCluster(remove = TRUE)
R
  else
    echo "| mirt | skipped: Rscript with mirt not found | | |"
  fi
done
