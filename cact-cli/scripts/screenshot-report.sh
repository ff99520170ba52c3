#!/usr/bin/env bash
# Takes a screenshot of a cact HTML report with Debian's headless Chromium.
#
#   cact-cli/scripts/screenshot-report.sh REPORT.html OUT.png [WIDTH [HEIGHT]]
#
# Installs the `chromium` package (apt-get, as root) when it is missing. The report makes no network
# requests; networking features of the browser are switched off all the same. Not used by the tests.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH [HEIGHT]]" >&2
  exit 2
fi
report=$1
out=$2
width=${3:-1280}
height=${4:-2400}

if [[ ! -f $report ]]; then
  echo "no such report: $report" >&2
  exit 1
fi

if ! command -v chromium >/dev/null 2>&1; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "chromium is not installed; run: sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
abs_report=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
abs_out=$(mkdir -p "$(dirname "$out")" && cd "$(dirname "$out")" && pwd)/$(basename "$out")

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" \
  --window-size="$width,$height" --screenshot="$abs_out" "file://$abs_report" 2>"$profile/chromium.log" \
  || { cat "$profile/chromium.log" >&2; exit 1; }

if [[ ! -s $abs_out ]]; then
  cat "$profile/chromium.log" >&2
  echo "no screenshot written" >&2
  exit 1
fi
echo "wrote $abs_out"
