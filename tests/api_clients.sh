#!/usr/bin/env bash
# The API as its users' tools see it, against the real binary on a free
# loopback port: schemathesis over every operation of /api/openapi.json (no
# 5xx, every answer matches the schema), then worldtimepy, an unmodified
# worldtimeapi client from PyPI, with only its base URL changed.
#
#   bash tests/api_clients.sh
#
# Installs both into target/api-tools (a venv) when missing; builds the
# binary with cargo. The server it starts is ended by pid however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS=${TOOLS:-target/api-tools}
if [[ ! -x $TOOLS/bin/schemathesis || ! -d $TOOLS/lib/python3*/site-packages/worldtimepy ]]; then
  echo "installing schemathesis and worldtimepy into $TOOLS"
  python3 -m venv "$TOOLS"
  "$TOOLS/bin/pip" install --quiet --disable-pip-version-check \
    'schemathesis==4.32.5' 'worldtimepy==0.1.1'
fi

cargo build --locked --quiet
log=$(mktemp)
server=
cleanup() {
  [[ -z $server ]] || { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
  rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

NO_COLOR=1 target/debug/moscow-time serve --port 0 >"$log" 2>&1 &
server=$!
# The start-up line names the address it listens on.
base=
for _ in $(seq 100); do
  base=$(grep -om1 'http://127.0.0.1:[0-9]*' "$log" || true)
  [[ -z $base ]] || break
  sleep 0.1
done
[[ -n $base ]] || { echo "api_clients: the server did not start" >&2; cat "$log" >&2; exit 1; }
echo "api_clients: server on $base (pid $server)"

# Every check but one: `unsupported_method` also sends QUERY, a draft method
# that Rocket's HTTP parser refuses with 400 before any route sees it. The
# methods Rocket knows get 405 with Allow (tests/api.rs).
"$TOOLS/bin/schemathesis" run "$base/api/openapi.json" \
  --checks all --exclude-checks unsupported_method \
  --max-examples 40 --generation-deterministic --suppress-health-check all --no-color
"$TOOLS/bin/python" tests/clients/worldtimepy_check.py "$base"
