#!/usr/bin/env bash
# HTTP as the RFCs say it, against the real binary on a free loopback port:
# HTTPolice checks some twenty exchanges (the page plain and compressed, a
# HEAD, the 404 page, a redirect, static files by both names and a 304, the
# zone list, the API's lists, zones, clock and preflight, a 405, the
# probes, the metrics) and must find no error. Its comments are printed.
#
#   bash tests/suites/http_lint.sh
#
# Installs HTTPolice into target/http-tools (a venv) when missing; builds the
# binary with cargo. The server it starts is ended by pid however it ends.
set -euo pipefail
cd "$(dirname "$0")/../.."

TOOLS=${TOOLS:-target/http-tools}
if [[ ! -x $TOOLS/bin/httpolice ]]; then
  echo "installing HTTPolice into $TOOLS"
  python3 -m venv "$TOOLS"
  # HTTPolice 0.9 predates bitstring 4's API.
  "$TOOLS/bin/pip" install --quiet --disable-pip-version-check 'httpolice==0.9.0' 'bitstring==3.1.9'
fi

cargo build --locked --quiet
source tests/suites/lib.sh
work=$(mktemp -d)
trap 'stop_server; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
serve_debug http_lint target/debug/moscow-time ROCKET_GEOIP_DB=tests/data/geoip/GeoLite2-City-Test.mmdb

python3 tests/suites/http_exchanges.py "$base" "$work/exchanges"
"$TOOLS/bin/httpolice" -i combined --fail-on error "$work"/exchanges/* \
  && echo "http_lint: HTTPolice found no error"
