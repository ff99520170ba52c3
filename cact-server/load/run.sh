#!/usr/bin/env bash
# Load run of cact-server on loopback (not a CI gate): scoring one person on the 108-item, 9-competency
# bank with a profile (POST /banks/cact-108/versions/1/profiles), on the embedded H2 database, with every
# request stored as a run. Starts the server from cact-cli/target/cact.jar (build it first), publishes the
# bank, runs wrk for a fixed time with a fixed number of connections, prints requests/s and latency
# percentiles, and stops the server. Needs wrk (Debian: apt-get install wrk).
# Usage: cact-server/load/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-32}
port=${CACT_LOAD_PORT:-18080}
jar=cact-cli/target/cact.jar
[[ -f $jar ]] || { echo "build first: ./mvnw -B -q -DskipTests package" >&2; exit 5; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 5; }
work=$(mktemp -d)
server=
cleanup() {
    [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
key="cact_load-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')"
cat > "$work/server.json" <<JSON
{"port": $port, "database": {"url": "jdbc:h2:file:$work/db"}, "accessLog": false,
 "rateLimit": {"perSecond": 1000000, "burst": 1000000}}
JSON
CACT_ADMIN_KEY=$key java -jar "$jar" serve --config "$work/server.json" > "$work/out.txt" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    grep -q listening "$work/out.txt" 2>/dev/null && break
    sleep 0.5
done
grep -q listening "$work/out.txt" || { cat "$work/out.txt" >&2; exit 1; }
curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    --data @cact-server/load/bank-108.json "http://127.0.0.1:$port/banks/cact-108/versions?publish=true" >/dev/null
python3 - "$work/body.json" <<'PY'
import json, sys
responses = {"Q%d" % i: (0 if i % 3 == 0 else 1) for i in range(1, 109)}
body = {"position": "ADMINISTRATOR", "people": [{"id": "load-person", "responses": responses}]}
open(sys.argv[1], "w").write(json.dumps(body))
PY
# warm-up, then the measured run
BODY=$work/body.json CACT_KEY=$key wrk -t2 -c"$connections" -d5s -s cact-server/load/profile.lua \
    "http://127.0.0.1:$port/banks/cact-108/versions/1/profiles" >/dev/null
BODY=$work/body.json CACT_KEY=$key wrk -t2 -c"$connections" -d"${seconds}s" --latency -s cact-server/load/profile.lua \
    "http://127.0.0.1:$port/banks/cact-108/versions/1/profiles" | tee "$work/wrk.txt"
echo "cores: $(nproc); load average (1, 5, 15 min) after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
