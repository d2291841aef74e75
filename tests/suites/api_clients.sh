#!/usr/bin/env bash
# The API as its users' tools see it, against the real binary on a free
# loopback port: schemathesis over every operation of /api/openapi.json (no
# 5xx, every answer matches the schema), then worldtimepy, an unmodified
# worldtimeapi client from PyPI, with only its base URL changed. The server
# has MaxMind's test city database, so /api/ip answers by address.
#
#   bash tests/suites/api_clients.sh
#
# Installs both into target/api-tools (a venv) when missing; builds the
# binary with cargo. The server it starts is ended by pid however it ends.
set -euo pipefail
cd "$(dirname "$0")/../.."

TOOLS=${TOOLS:-target/api-tools}
if [[ ! -x $TOOLS/bin/schemathesis || ! -d $TOOLS/lib/python3*/site-packages/worldtimepy ]]; then
  echo "installing schemathesis and worldtimepy into $TOOLS"
  python3 -m venv "$TOOLS"
  "$TOOLS/bin/pip" install --quiet --disable-pip-version-check \
    'schemathesis==4.32.5' 'worldtimepy==0.1.1'
fi

cargo build --locked --quiet
source tests/suites/lib.sh
trap stop_server EXIT
trap 'exit 130' INT TERM
# With MaxMind's test city database, so that /api/ip answers by address.
serve_debug api_clients target/debug/moscow-time ROCKET_GEOIP_DB=tests/data/geoip/GeoLite2-City-Test.mmdb

# Every check but one: `unsupported_method` also sends QUERY, a draft method
# that Rocket's HTTP parser refuses with 400 before any route sees it. The
# methods Rocket knows get 405 with Allow (tests/it/api.rs).
"$TOOLS/bin/schemathesis" --config-file tests/suites/clients/schemathesis.toml run "$base/api/openapi.json" \
  --checks all --exclude-checks unsupported_method \
  --max-examples 40 --generation-deterministic --suppress-health-check all --no-color
"$TOOLS/bin/python" tests/suites/clients/worldtimepy_check.py "$base"
