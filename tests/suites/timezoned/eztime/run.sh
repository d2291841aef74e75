#!/usr/bin/env bash
# ezTime's own client code against a timezoned server: ezTime.cpp, as it is,
# built with the stand-in Arduino core beside this script (build.sh).
#
# - Timezone::setLocation reads the server's answers as they were sent:
#   names, parts of names, countries, errors (harness ask);
# - every rule the server gives (served_rules.py: every zone name with a /,
#   each asked from an address of its own), read by ezTime's own POSIX code,
#   shows what the zone itself shows (zoneinfo) every hour of the next two
#   years and around every change, or until the instant the server says the
#   rule stops being right (check_rules.py --against zoneinfo); the one
#   difference left, quoted names shown with their brackets, is listed in
#   served_limits.txt.
#
#   tests/suites/timezoned/eztime/run.sh UDP_PORT HTTP_BASE
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
port=$1 base=$2
harness=$(bash "$here/build.sh")

failed=0
n=0
for query in Europe/Moscow paris DE US XX Mars/Olympus Europe/Dublin Australia/Lord_Howe Africa/Cairo; do
  n=$((n + 1))
  # The same query, asked as ezTime asks it and as a plain socket does.
  read_by_eztime=$(EZTIME_HOST=127.0.0.1 EZTIME_PORT=$port EZTIME_SOURCE=127.0.99.$n "$harness" ask "$query" || true)
  sent=$(python3 -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[3], 0)); s.settimeout(2)
s.sendto(sys.argv[1].encode(), ("127.0.0.1", int(sys.argv[2])))
print(s.recv(600).decode())' "$query" "$port" "127.0.98.$n")
  if [[ $read_by_eztime == "$sent" ]]; then
    echo "ok    setLocation(\"$query\"): $read_by_eztime"
  else
    echo "FAIL  setLocation(\"$query\"): ezTime read '$read_by_eztime', the server sent '$sent'" >&2
    failed=1
  fi
done

rules=$(mktemp)
trap 'rm -f "$rules"' EXIT
python3 "$here/served_rules.py" "$port" "$base" >"$rules" || failed=1
echo "$(wc -l <"$rules") zones' rules as served"
python3 "$here/check_rules.py" --harness "$harness" --against zoneinfo \
  --known-limits "$here/served_limits.txt" "$rules" | tail -n 4 || failed=1
exit "$failed"
