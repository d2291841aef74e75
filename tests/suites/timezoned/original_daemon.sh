#!/usr/bin/env bash
# The original timezoned daemon (ezTime's server/server, PHP), run from a copy
# in WORKDIR with its data laid out as its `update` script lays it out, built
# from this machine's tzdata instead of a download.
#
#   pid=$(tests/suites/timezoned/original_daemon.sh start PORT WORKDIR)
#   ...                                   # ask it on udp 127.0.0.1:PORT
#   tests/suites/timezoned/original_daemon.sh stop "$pid"     # or kill "$pid"
#
# start prints only the daemon's pid, once it has bound its socket; its log is
# WORKDIR/server.log. When it does not come up, nothing is left running, the
# log goes to standard error and the exit code is 1.
#
# WORKDIR (made if missing; a `mktemp -d` folder is the usual choice) gets:
#   server                  the copy, with its two data paths and its port 2342
#                           replaced (sed); the original stays as it is
#   posixinfo               "<name> <last line of the file>" for each TZif file
#                           with a / in its path (as update does, over zic's
#                           output), from ZONEINFO (/usr/share/zoneinfo), less
#                           its posix/ and right/ copies; sorted (update takes
#                           find's order), so that the daemon's first-match
#                           lookups are the same on every machine
#   download/zone1970.tab   ZONEINFO's own
#
# Needs php-cli with the sockets extension (Debian: php-cli, which has it
# built in; `php -m | grep sockets`). ORIGINAL overrides the server script's
# path.
#
# The daemon answers each source address at most once every 3 seconds
# (server, line 91): the harness's EZTIME_SOURCE gives each query its own
# 127.x.y.z.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
original=${ORIGINAL:-$(cd "$root/.." && pwd)/shared/device-oracles/eztime-server/server}
zoneinfo=${ZONEINFO:-/usr/share/zoneinfo}

usage() {
  echo "usage: $0 start PORT WORKDIR | $0 stop PID" >&2
  exit 64
}

start() {
  local port=$1 work=$2
  [[ $port =~ ^[0-9]+$ ]] || usage
  command -v php >/dev/null || { echo "php is not installed (apt-get install -y php-cli)" >&2; return 1; }
  php -m | grep -x sockets >/dev/null || { echo "php has no sockets extension (apt-get install -y php-sockets)" >&2; return 1; }
  [[ -f $original ]] || { echo "no original server at $original" >&2; return 1; }

  mkdir -p "$work/download"
  work=$(cd "$work" && pwd)
  cp "$zoneinfo/zone1970.tab" "$work/download/zone1970.tab"

  # What update does (for i in `find *|grep /`; ... tail -1 $i), over the
  # TZif files only: the zoneinfo folder here also holds tables and the
  # posix/ and right/ copies, which zic's output there did not.
  (
    cd "$zoneinfo"
    find . -path ./posix -prune -o -path ./right -prune -o -print | sed 's|^\./||' | grep / | LC_ALL=C sort |
      while IFS= read -r name; do
        [[ -f $name && $(head -c4 "$name") == TZif ]] || continue
        printf '%s %s\n' "$name" "$(tail -n1 "$name")"
      done
  ) >"$work/posixinfo"
  [[ -s $work/posixinfo ]] || { echo "no zones found under $zoneinfo" >&2; return 1; }

  sed -e "s|/home/timezoned/posixinfo|$work/posixinfo|" \
    -e "s|/home/timezoned/download/zone1970.tab|$work/download/zone1970.tab|" \
    -e "s|\(socket_bind(\$sock, \"0.0.0.0\" , \)2342)|\1$port)|" \
    "$original" >"$work/server"
  local want
  for want in "$work/posixinfo\"" "$work/download/zone1970.tab\"" ", $port)"; do
    grep -qF "$want" "$work/server" || { echo "the copy of $original was not adapted ($want)" >&2; return 1; }
  done

  php "$work/server" </dev/null >"$work/server.log" 2>&1 &
  local pid=$!
  local i
  for i in $(seq 100); do
    if grep -q 'Socket bind OK' "$work/server.log"; then
      echo "$pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "the original daemon did not start on port $port:" >&2
  cat "$work/server.log" >&2
  return 1
}

stop() {
  local pid=$1 i
  [[ $pid =~ ^[0-9]+$ ]] || usage
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

case ${1:-} in
  start) (($# == 3)) || usage; start "$2" "$3" ;;
  stop) (($# == 2)) || usage; stop "$2" ;;
  *) usage ;;
esac
