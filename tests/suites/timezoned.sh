#!/usr/bin/env bash
# ezTime's timezoned protocol (UDP) as the real binary serves it:
# - its answers against ezTime's own daemon (../shared/device-oracles/
#   eztime-server/server, run by php-cli): every zone name, partial names,
#   country codes, GEOIP (tests/suites/timezoned/oracle_compare.py); every
#   difference must be a documented improvement. GEOIP is asked from MaxMind's
#   test addresses: both servers and the client run in a network namespace of
#   their own whose `lo` holds those addresses, and the daemon's
#   `geoiplookup` is a stand-in reading the same test data
#   (tests/suites/timezoned/geoiplookup);
# - posix_tz_db's table at /api/posix/: the formats byte for byte, equal to
#   the original's zones.json/zones.csv but where tzdata changed a zone since
#   2025b (its 2025b files from PyPI's tzdata 2025.2), every rule read by
#   glibc against zoneinfo (tests/suites/timezoned/posix_tz_db_compare.py);
# - packets no device sends, floods, 20,000 addresses, HTTP meanwhile, the
#   memory and the packet counters (tests/suites/timezoned/hostile.py);
# - ezTime's own client code (tests/suites/timezoned/eztime/run.sh): its
#   Timezone::setLocation reading our answers, its POSIX code reading every
#   rule we serve as the zone itself shows, for the next two years.
#
#   bash tests/suites/timezoned.sh
#
# Needs root for the namespace (unshare); without it, GEOIP by address is
# skipped and said so. Installs php-cli with apt when missing; builds the
# binary with cargo. Every process it starts is ended by pid however it ends;
# the namespace's are ended with it.
set -euo pipefail
cd "$(dirname "$0")/../.."

HERE=tests/suites/timezoned
BINARY=target/debug/moscow-time
GEOIP_DB=tests/data/geoip/GeoLite2-City-Test.mmdb
GEOIP_JSON=tests/data/geoip/GeoLite2-City-Test.json
# The other suite's launcher of the daemon when it is there, the same
# interface as ours: `start PORT WORKDIR` prints the pid.
LAUNCHER=$HERE/original_daemon.sh
SELF=tests/suites/timezoned.sh

source tests/suites/lib.sh

# The UDP port our server names on its start-up line (udp://127.0.0.1:PORT).
udp_port() {
  local found
  for _ in $(seq 100); do
    found=$(grep -om1 'udp://[0-9.]*:[0-9]*' "$1" || true)
    [[ -z $found ]] || { echo "${found##*:}"; return 0; }
    sleep 0.1
  done
  echo "no udp:// address in the server's log:" >&2
  cat "$1" >&2
  return 1
}

# The daemon, with the geoiplookup stand-in first on its PATH.
start_original() {
  PATH="$PWD/$HERE:$PATH" bash "$LAUNCHER" start "$1" "$2"
}

# Inside the namespace: lo with MaxMind's test addresses, the daemon and
# ours, the comparison. Whatever is left when this ends goes with the
# namespace (its own pid namespace: the kernel ends them all).
in_namespace() {
  original=
  work=$(mktemp -d)
  trap 'stop_server; [[ -z $original ]] || kill "$original" 2>/dev/null || true; rm -rf "$work"' EXIT
  ip link set lo up
  for address in $(python3 "$HERE/oracle_compare.py" --print-geoip-addresses --geoip-json "$GEOIP_JSON"); do
    ip addr add "$address/32" dev lo
  done
  original=$(start_original 2342 "$work/original")
  echo "original daemon on udp://127.0.0.1:2342 (pid $original)"
  serve_debug timezoned_compare "$BINARY" ROCKET_TIMEZONED_PORT=0 ROCKET_TIMEZONED_INTERVAL=3 \
    ROCKET_GEOIP_DB="$GEOIP_DB"
  python3 "$HERE/oracle_compare.py" 2342 "$(udp_port "$server_log")" --geoip-json "$GEOIP_JSON"
}

if [[ ${1:-} == --in-namespace ]]; then
  in_namespace
  exit
fi

if ! php -m 2>/dev/null | grep -x sockets >/dev/null; then
  echo "installing php-cli"
  apt-get install -y php-cli >/dev/null || { apt-get update >/dev/null && apt-get install -y php-cli >/dev/null; }
fi

cargo build --locked --quiet
work=$(mktemp -d)
original=
trap 'stop_server; [[ -z $original ]] || kill "$original" 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
started=$(now_ms)

# 1, 2: against the daemon, in a namespace when this may make one.
if why=$(unshare --net --pid --fork --kill-child true 2>&1); then
  check "the same answers as ezTime's daemon, or documented better ones (GEOIP from test addresses)" \
    unshare --net --pid --fork --kill-child bash "$SELF" --in-namespace
else
  echo "skip  GEOIP from MaxMind's test addresses: no network namespace (unshare: ${why%%$'\n'*})"
  port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("0.0.0.0", 0)); print(s.getsockname()[1])')
  original=$(start_original "$port" "$work/original")
  echo "original daemon on udp://127.0.0.1:$port (pid $original)"
  serve_debug timezoned_compare "$BINARY" ROCKET_TIMEZONED_PORT=0 ROCKET_TIMEZONED_INTERVAL=3 \
    ROCKET_GEOIP_DB="$GEOIP_DB"
  check "the same answers as ezTime's daemon, or documented better ones" \
    python3 "$HERE/oracle_compare.py" "$port" "$(udp_port "$server_log")"
  kill "$original" 2>/dev/null || true
  original=
fi

# 3: ours alone, limited to one answer per address and 3 s.
serve_debug timezoned_hostile "$BINARY" ROCKET_TIMEZONED_PORT=0 ROCKET_TIMEZONED_INTERVAL=3 \
  ROCKET_GEOIP_DB="$GEOIP_DB"
# posix_tz_db's table, by the same server (the machine's tz database).
wheel=$(ls target/tzdata-2025b/tzdata-*.whl 2>/dev/null || true)
[[ -n $wheel ]] || { python3 scripts/tzdb_tables.py --check >/dev/null && wheel=$(ls target/tzdata-2025b/tzdata-*.whl); }
check "posix_tz_db's table: its formats, its rules but where tzdata changed them, glibc agrees" \
  python3 "$HERE/posix_tz_db_compare.py" "$base" "$wheel"
check "malformed packets, floods, 20,000 addresses, HTTP meanwhile, counters" \
  python3 "$HERE/hostile.py" "$(udp_port "$server_log")" "$base" "$server" --interval 3

# ezTime's client code against a server as deployed (each query from an
# address of its own).
serve_debug timezoned_eztime "$BINARY" ROCKET_TIMEZONED_PORT=0 ROCKET_TIMEZONED_INTERVAL=3 \
  ROCKET_GEOIP_DB="$GEOIP_DB"
check "ezTime's own code reads every answer and every rule we serve right" \
  bash "$HERE/eztime/run.sh" "$(udp_port "$server_log")" "$base"

echo "$passed passed, $failed failed in $(seconds_since "$started") s"
((failed == 0))
