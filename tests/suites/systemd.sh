#!/usr/bin/env bash
# The systemd unit (deploy/systemd/moscow-time.service): `systemd-analyze
# verify` finds nothing wrong with it, and `systemd-analyze security
# --offline=true` rates its overall exposure at most 1.5 (the table is
# printed). The unit is checked as installed: its binary and its manual page
# where it names them (here, the debug build and the page it prints).
#
#   bash tests/suites/systemd.sh
#
# Needs systemd-analyze (Debian's systemd 252 has --offline); builds the
# binary with cargo. Starts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v systemd-analyze >/dev/null || { echo "systemd: systemd-analyze is missing (apt-get install systemd)" >&2; exit 1; }
cargo build --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s|/usr/bin/moscow-time|$PWD/target/debug/moscow-time|" deploy/systemd/moscow-time.service \
  >"$work/moscow-time.service"
mkdir -p "$work/man/man1"
target/debug/moscow-time man >"$work/man/man1/moscow-time.1"

echo "-- systemd-analyze verify"
verified=$(MANPATH="$work/man" systemd-analyze verify "$work/moscow-time.service" 2>&1) || {
  echo "$verified" >&2; exit 1; }
[[ -z $verified ]] || { echo "systemd: verify says: $verified" >&2; exit 1; }
echo "-- systemd-analyze security --offline=true (at most 1.5)"
# The threshold is in tenths: 15 is an exposure of 1.5.
systemd-analyze security --offline=true --threshold=15 "$work/moscow-time.service"
echo "systemd: the unit verifies, exposure within 1.5"
