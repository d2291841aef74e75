#!/usr/bin/env bash
# The API as its users' tools see it, against the real binary on free
# loopback ports:
# - schemathesis over every operation of /api/openapi.json (no 5xx, every
#   answer matches the schema; worldtimeapi's answer allows exactly its
#   fifteen keys);
# - world-time-api, a strict worldtimeapi client from PyPI that refuses any
#   key the original never sent, and a check of every worldtimeapi path, JSON
#   and .txt, by hand (tests/suites/clients/strict_client_check.py): with
#   MaxMind's test city database and without a GeoIP database;
# - worldtimepy, a lenient one; both unmodified, only their base URL changed;
# - the answers worldtimeapi.org really gave (tests/data/worldtimeapi),
#   replayed with the server's clock moved to each one's instant by
#   libfaketime (tests/suites/clients/recorded_replay.py).
#
#   bash tests/suites/api_clients.sh
#
# Installs the Python tools into target/api-tools (a venv) when missing, and
# libfaketime with apt when missing; builds the binary with cargo. Every
# server it starts is ended by pid however it ends.
set -euo pipefail
cd "$(dirname "$0")/../.."

TOOLS=${TOOLS:-target/api-tools}
PACKAGES=('schemathesis==4.32.5' 'worldtimepy==0.1.1' 'world-time-api==2020.5.31' 'requests==2.34.2')
if ! "$TOOLS/bin/python" -c 'import schemathesis, worldtimepy, WorldTimeAPI' 2>/dev/null; then
  echo "installing ${PACKAGES[*]} into $TOOLS"
  python3 -m venv "$TOOLS"
  "$TOOLS/bin/pip" install --quiet --disable-pip-version-check "${PACKAGES[@]}"
fi
if ! dpkg -s libfaketime >/dev/null 2>&1; then
  echo "installing libfaketime"
  apt-get install -y libfaketime >/dev/null
fi
FAKETIME_LIB=$(dpkg -L libfaketime | grep -m1 '/libfaketime\.so\.1$')

cargo build --locked --quiet
source tests/suites/lib.sh
stamp=$(mktemp)
trap 'stop_server; rm -f "$stamp"' EXIT
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
echo "strict client, with a GeoIP database:"
"$TOOLS/bin/python" tests/suites/clients/strict_client_check.py "$base" --geoip

serve_debug strict_client_without_geoip target/debug/moscow-time ROCKET_GEOIP_DB=
echo "strict client, without a GeoIP database:"
"$TOOLS/bin/python" tests/suites/clients/strict_client_check.py "$base"

# One server moved from instant to instant: libfaketime reads the file at
# every clock reading (FAKETIME_NO_CACHE); timers keep the real clock.
echo "@2019-01-01 00:00:00" >"$stamp"
serve_debug recorded_answers target/debug/moscow-time LD_PRELOAD="$FAKETIME_LIB" \
  FAKETIME_TIMESTAMP_FILE="$stamp" FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1
python3 tests/suites/clients/recorded_replay.py "$base" "$stamp" tests/data/worldtimeapi/recorded.json
