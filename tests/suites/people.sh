#!/usr/bin/env bash
# What people come to a clock page for, against independent implementations,
# on the real binary with its clock moved by libfaketime (a file it reads at
# every clock reading, the time standing still at each instant):
# - the next (or last) clock change on every zone's page, at a fixed instant
#   and just before and after a change, against Python's zoneinfo, with the
#   machine's tz database and with the rules compiled into the binary
#   (zoneinfo then reading tzdata 2025b's files from PyPI's tzdata 2025.2);
# - 200 pairs of places side by side (/A/vs/B), around clock changes on
#   either side: the difference and the hours 08:00-20:00 of A read in B;
# - sunrise, sunset and polar day and night at every zone's place on four
#   dates, against PyPI's astral (tests/suites/people/sun_check.py).
#
#   bash tests/suites/people.sh
#
# Installs libfaketime with apt and astral into target/people-tools when
# missing; builds the binary with cargo. Every server it starts is ended by
# pid however it ends.
set -euo pipefail
cd "$(dirname "$0")/../.."

HERE=tests/suites/people
if ! dpkg -s libfaketime >/dev/null 2>&1; then
  echo "installing libfaketime"
  apt-get install -y libfaketime >/dev/null
fi
FAKETIME_LIB=$(dpkg -L libfaketime | grep -m1 '/libfaketime\.so\.1$')
wheel=$(ls target/tzdata-2025b/tzdata-*.whl 2>/dev/null || true)
[[ -n $wheel ]] || { python3 scripts/tzdb_tables.py --check >/dev/null && wheel=$(ls target/tzdata-2025b/tzdata-*.whl); }

cargo build --locked --quiet
source tests/suites/lib.sh
stamp=$(mktemp)
trap 'stop_server; rm -f "$stamp"' EXIT
trap 'exit 130' INT TERM
started=$(now_ms)
echo "2026-12-07 12:00:00" >"$stamp"
moved=(LD_PRELOAD="$FAKETIME_LIB" FAKETIME_TIMESTAMP_FILE="$stamp" FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1)

serve_debug people_system target/debug/moscow-time ROCKET_TZDB=system "${moved[@]}"
check "the next or last clock change on every zone's page, the machine's rules (zoneinfo)" \
  python3 "$HERE/pages_check.py" changes "$base" "$stamp"
check "200 pairs side by side around clock changes (zoneinfo)" \
  python3 "$HERE/pages_check.py" compare "$base" "$stamp"

serve_debug people_embedded target/debug/moscow-time ROCKET_TZDB=embedded "${moved[@]}"
check "the next or last clock change on every zone's page, the embedded rules (zoneinfo over tzdata 2025b)" \
  python3 "$HERE/pages_check.py" changes "$base" "$stamp" --tzdata "$wheel"

if [[ -f $HERE/sun_check.py ]]; then
  serve_debug people_sun target/debug/moscow-time ROCKET_TZDB=system
  check "sunrise, sunset and polar day and night at every zone's place (astral)" \
    python3 "$HERE/sun_check.py" "$base"
fi

echo "$passed passed, $failed failed in $(seconds_since "$started") s"
((failed == 0))
