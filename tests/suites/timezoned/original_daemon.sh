#!/usr/bin/env bash
# ezTime's own timezoned daemon (../shared/device-oracles/eztime-server/server),
# run by php-cli as the oracle our UDP answers are compared with. The copy it
# runs differs from it in two things only: where it reads its data and the
# UDP port it binds (it binds 0.0.0.0).
#
#   original_daemon.sh start PORT WORKDIR   # prints the daemon's pid once it listens
#
# WORKDIR receives the copy (server), its data laid out as the daemon's own
# `update` lays it out, and its log (server.log):
# - posixinfo: `name last-line` for every zone file with a `/` in its path
#   below ZONEINFO (default /usr/share/zoneinfo), in find's order, as
#   `update` lists them; the posix/ and right/ copies and files that are no
#   TZif are left out, as a zic output folder would not have them;
# - download/zone1970.tab, from the same folder.
# Its GEOIP query runs `geoiplookup ADDRESS` from PATH: put
# tests/suites/timezoned first for the stand-in that reads MaxMind's test data.
# The caller ends the daemon by its pid.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
oracle=${EZTIME_SERVER:-$root/../shared/device-oracles/eztime-server/server}
zoneinfo=${ZONEINFO:-/usr/share/zoneinfo}

usage() { echo "usage: $0 start PORT WORKDIR" >&2; exit 2; }
[[ ${1:-} == start && $# -eq 3 ]] || usage
port=$2
work=$(mkdir -p "$3" && cd "$3" && pwd)
[[ $port =~ ^[0-9]+$ ]] || usage

mkdir -p "$work/download"
cp "$zoneinfo/zone1970.tab" "$work/download/zone1970.tab"
: >"$work/posixinfo"
(
  cd "$zoneinfo"
  find * \( -path posix -o -path right \) -prune -o -print | grep / | while IFS= read -r name; do
    [[ -f $name ]] || continue
    magic=
    IFS= read -r -n4 magic <"$name" 2>/dev/null || true
    [[ $magic == TZif ]] || continue
    printf '%s %s\n' "$name" "$(tail -n1 "$name")"
  done
) >"$work/posixinfo"

# The two changes, each checked, so that a different copy of the script is
# noticed rather than run with its own paths.
sed -e "s#/home/timezoned/#$work/#g" \
  -e "s#socket_bind(\$sock, \"0.0.0.0\" , 2342)#socket_bind(\$sock, \"0.0.0.0\" , $port)#" \
  "$oracle" >"$work/server"
grep -q "\"$work/posixinfo\"" "$work/server" && grep -q " , $port)" "$work/server" ||
  { echo "original_daemon.sh: $oracle is not the script expected" >&2; exit 1; }

# Its warnings (undefined keys, hundreds a query) are left out of the log;
# errors stay.
php -d 'error_reporting=E_ALL & ~E_WARNING & ~E_NOTICE & ~E_DEPRECATED' "$work/server" \
  </dev/null >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  grep -q 'Socket bind OK' "$work/server.log" && { echo "$pid"; exit 0; }
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
echo "original_daemon.sh: the daemon did not start on port $port:" >&2
cat "$work/server.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
