#!/usr/bin/env bash
# Load run of cact-server on loopback (a measurement, not a CI gate). Two workloads, each with a warm-up
# phase (not counted) and a measured phase, both of fixed length, so the run stops by itself:
#   profile: one person's competency profile on the 108-item, 9-competency bank per request
#            (POST /banks/cact-108/versions/1/profiles), stored as a run, on the embedded H2 database;
#   cat:     IMS CAT result submissions (POST .../sessions/{id}/results, each with an Idempotency-Key)
#            over many concurrent adaptive sessions on PostgreSQL, each committed before its reply; by
#            default 200 examinees who each pause a second on average to read an item (the latency target's
#            reading), on a cluster that syncs its WAL at each commit (fsync on).
# Prints wrk's requests/s and latency percentiles, the server's CPU time per request (user + system, from
# /proc, over the measured phase: comparable when the machine is shared), the same without the JIT
# compiler's threads (which on a starved machine are still compiling the request path) and the load average. wrk waits
# up to 30 s for a reply (its default of 2 s would leave the slowest requests out of the percentiles).
# Needs wrk (Debian: apt-get install wrk) and cact-cli/target/cact.jar (build it first); the server starts
# through the launcher beside the jar (cact-cli/target/cact serve, as the README does) when there is one.
# The cat workload uses the PostgreSQL of CACT_LOAD_PG_URL, or starts a throw-away one with .ci/postgres (port 55433) with fsync
# on and WAL timing, and then also prints PostgreSQL's commits, WAL syncs and their mean time.
# Usage: cact-server/load/run.sh [profile|cat|all] [seconds]
# Environment: CACT_LOAD_JAR (the jar), CACT_LOAD_WARMUP (seconds, 60: with both cores busy the JIT compiler needs
#   about a minute to compile the request path), CACT_LOAD_CONNECTIONS (profile: 32),
#   CACT_LOAD_SESSIONS (cat: concurrent sessions, 200), CACT_LOAD_THINK_MS (cat: the mean pause before each
#   submission, as an examinee reads the item, 1000; each is drawn from 0.5 to 1.5 times it; 0 saturates
#   the server: a capacity reading), CACT_LOAD_PG_FSYNC (cat, throw-away cluster: on; off to compare),
#   CACT_LOAD_PORT (18080), CACT_LOAD_JAVA_OPTS, CACT_LOAD_H2_SUFFIX (settings appended to the profile
#   workload's H2 URL, e.g. ';CACHE_SIZE=16384' for H2's own page cache instead of the server's 2 MB).
set -euo pipefail
cd "$(dirname "$0")/../.."
workload=${1:-all}
seconds=${2:-20}
warmup=${CACT_LOAD_WARMUP:-60}
connections=${CACT_LOAD_CONNECTIONS:-32}
sessions=${CACT_LOAD_SESSIONS:-200}
think=${CACT_LOAD_THINK_MS:-1000}
port=${CACT_LOAD_PORT:-18080}
jar=${CACT_LOAD_JAR:-cact-cli/target/cact.jar}
load=cact-server/load
case $workload in profile | cat | all) ;; *) echo "usage: $0 [profile|cat|all] [seconds]" >&2; exit 2 ;; esac
[[ -f $jar ]] || { echo "build first: ./mvnw -B -q -DskipTests package" >&2; exit 5; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 5; }
work=$(mktemp -d)
server=
pg=
cleanup() {
    stop_server
    [[ -n $pg ]] && .ci/postgres stop "$(sed -n 2p <<<"$pg")"
    rm -rf "$work"
}
trap cleanup EXIT
key="cact_load-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
base="http://127.0.0.1:$port"

start_server() { # $1: JDBC URL
    cat > "$work/server.json" <<JSON
{"port": $port, "database": {"url": "$1"}, "accessLog": false,
 "rateLimit": {"perSecond": 1000000, "burst": 1000000}}
JSON
    # as the README starts it: with the launcher beside the jar (which picks the server's collector), if any
    if [[ -x $(dirname "$jar")/cact ]]; then
        CACT_ADMIN_KEY=$key JDK_JAVA_OPTIONS=${CACT_LOAD_JAVA_OPTS:-} "$(dirname "$jar")/cact" serve \
            --config "$work/server.json" > "$work/out.txt" 2>&1 &
    else
        # shellcheck disable=SC2086
        CACT_ADMIN_KEY=$key java ${CACT_LOAD_JAVA_OPTS:-} -jar "$jar" serve --config "$work/server.json" \
            > "$work/out.txt" 2>&1 &
    fi
    server=$!
    for _ in $(seq 1 240); do
        grep -q listening "$work/out.txt" 2>/dev/null && break
        sleep 0.5
    done
    grep -q listening "$work/out.txt" || { cat "$work/out.txt" >&2; exit 1; }
    post "/banks/cact-108/versions?publish=true" @$load/bank-108.json >/dev/null
}
stop_server() {
    if [[ -n $server ]]; then
        kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
        server=
    fi
}
post() { # $1: path, $2: curl --data argument
    curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' --data "$2" "$base$1"
}
cpu_ticks() { # user + system clock ticks of the server so far
    awk '{print $14 + $15}' "/proc/$server/stat"
}
jit_ticks() { # the same of the server's JIT compiler threads alive now (C1, C2)
    local total=0 task comm stat fields
    for task in /proc/"$server"/task/*; do
        comm=$(cat "$task/comm" 2>/dev/null) || continue
        [[ $comm == C[12]\ CompilerThre* ]] || continue
        stat=$(cat "$task/stat" 2>/dev/null) || continue
        read -r -a fields <<<"${stat##*) }"
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}
before_measured() { :; }
after_measured() { :; }
measure() { # $1: name, then wrk's arguments; runs the warm-up, then the measured phase
    local name=$1
    shift
    PHASE=warm-up wrk "$@" -d"${warmup}s" --timeout 30s >/dev/null
    local before after jit_before jit_after
    before_measured
    before=$(cpu_ticks)
    jit_before=$(jit_ticks)
    PHASE=measured wrk "$@" -d"${seconds}s" --timeout 30s --latency | tee "$work/wrk.txt"
    after=$(cpu_ticks)
    jit_after=$(jit_ticks)
    after_measured
    local requests
    requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
    awk -v n="$name" -v t=$((after - before)) -v j=$((jit_after - jit_before)) -v hz="$(getconf CLK_TCK)" \
        -v r="$requests" 'BEGIN {
        printf "%s: server CPU %.2f s for %d requests: %.3f ms CPU per request (%.3f ms without the JIT compiler)\n",
            n, t / hz, r, 1000 * t / hz / r, 1000 * (t - j) / hz / r }'
    echo "cores: $(nproc); load average (1, 5, 15 min) after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [[ $workload == profile || $workload == all ]]; then
    echo "== profile: one person's profile per request, H2, $connections connections, ${warmup} s warm-up, ${seconds} s measured"
    start_server "jdbc:h2:file:$work/db${CACT_LOAD_H2_SUFFIX:-}"
    python3 - "$work/body.json" <<'PY'
import json, sys
responses = {"Q%d" % i: (0 if i % 3 == 0 else 1) for i in range(1, 109)}
body = {"position": "ADMINISTRATOR", "people": [{"id": "load-person", "responses": responses}]}
open(sys.argv[1], "w").write(json.dumps(body))
PY
    BODY=$work/body.json CACT_KEY=$key measure profile -t1 -c"$connections" -s $load/profile.lua \
        "$base/banks/cact-108/versions/1/profiles"
    stop_server
fi

if [[ $workload == cat || $workload == all ]]; then
    url=${CACT_LOAD_PG_URL:-}
    if [[ -z $url ]]; then
        pg_port=${CACT_PG_PORT:-55433}
        fsync=${CACT_LOAD_PG_FSYNC:-on}
        pg=$(CACT_PG_PORT=$pg_port CACT_PG_FSYNC=$fsync .ci/postgres)
        url=$(sed -n 1p <<<"$pg")
        psql_admin() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d cact -qAtX -F ' ' -c "$1"; }
        psql_admin "ALTER SYSTEM SET track_wal_io_timing = on" >/dev/null
        psql_admin "SELECT pg_reload_conf()" >/dev/null
        pg_counters() { # commits of the database, WAL syncs and their total time (ms)
            psql_admin "SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = 'cact'), wal_sync, wal_sync_time
                FROM pg_stat_wal"
        }
        before_measured() { pg_counters > "$work/pg.before"; }
        after_measured() {
            pg_counters > "$work/pg.after"
            read -r c0 s0 t0 < "$work/pg.before"
            read -r c1 s1 t1 < "$work/pg.after"
            awk -v c=$((c1 - c0)) -v s=$((s1 - s0)) -v t="$t0" -v u="$t1" -v f="$fsync" 'BEGIN {
                mean = s > 0 ? (u - t) / s : 0
                printf "PostgreSQL (fsync %s): %d commits, %d WAL syncs taking %.2f ms each on average\n", f, c, s, mean }'
        }
    fi
    echo "== cat: IMS CAT result submissions, PostgreSQL, $sessions concurrent sessions, mean pause ${think} ms, ${warmup} s warm-up, ${seconds} s measured"
    start_server "$url"
    # a section whose sessions give every item of the bank (108 submissions each)
    config=$(printf '{"bank": {"name": "cact-108", "version": 1}, "stopping": {"minItemsPerScale": 12, "maxItemsPerScale": 12}}' \
        | base64 -w0)
    section=$(post /ims/cat/v1p0/sections "{\"sectionConfiguration\": \"$config\"}" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["sectionIdentifier"])')
    # sessions made beforehand, so that the measured requests are submissions: $sessions running at once and
    # more to take over when one ends, for each phase; cat.lua makes one during a run only if they run out
    python3 $load/sessions.py "$base/ims/cat/v1p0/sections/$section/sessions" "$key" $((sessions * 3)) \
        > "$work/sessions.warm-up"
    python3 $load/sessions.py "$base/ims/cat/v1p0/sections/$section/sessions" "$key" $((sessions * 6)) \
        > "$work/sessions.measured"
    SESSIONS=$work/sessions CACT_KEY=$key CACT_THINK_MS=$think measure cat -t1 -c"$sessions" -s $load/cat.lua \
        "$base/ims/cat/v1p0/sections/$section"
    echo "target: p99 <= 15 ms at 200 concurrent sessions (pausing to read each item) on PostgreSQL; measured p99:" \
        "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt") at $sessions sessions, mean pause ${think} ms"
    stop_server
fi
