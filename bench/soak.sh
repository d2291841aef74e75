#!/usr/bin/env bash
# The soak: moscow-time's release build under a mixed full load (the pages
# in both languages, zone pages, the API and its text forms, /api/ip, static
# files, 404s) for SECONDS (default 600), its RSS and open files read every
# 10 s. bench/soak.py runs it and says what the verdicts mean; this builds
# the binary and installs wrk when missing.
#
#   bench/soak.sh           the full run: 10 minutes
#   bench/soak.sh 60 --profile dev
#                           the short form CI runs, on the debug build that
#                           `cargo test` made (dependencies optimized)
#
# Options (each also as an environment variable):
#   --connections N   wrk threads, one connection each        SOAK_CONNECTIONS (16)
#   --interval S      seconds between samples                 SOAK_INTERVAL (10)
#   --profile P       cargo profile: release, or dev          SOAK_PROFILE (release)
#   --out FILE        the JSON written          SOAK_OUT (target/bench/soak.json)
#
# Exits 1 on an error answer, a socket error or open files left behind, 2
# when it could not measure; the RSS figure is reported, never gated.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
connections=${SOAK_CONNECTIONS:-16}
interval=${SOAK_INTERVAL:-10}
out=${SOAK_OUT:-target/bench/soak.json}
profile=${SOAK_PROFILE:-release}
while (($#)); do
    case $1 in
    --connections) connections=$2 && shift ;;
    --interval) interval=$2 && shift ;;
    --out) out=$2 && shift ;;
    --profile) profile=$2 && shift ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' && exit 0 ;;
    [0-9]*) seconds=$1 ;;
    *) echo "soak.sh: unknown option $1 (see --help)" >&2 && exit 2 ;;
    esac
    shift
done

if ! command -v wrk >/dev/null || ! command -v taskset >/dev/null; then
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
        echo "soak.sh: please install wrk and util-linux (Debian package names)" >&2
        exit 2
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk util-linux >/dev/null
fi

case $profile in
release) out_dir=release ;;
dev) out_dir=debug ;;
*) echo "soak.sh: --profile is release or dev" >&2 && exit 2 ;;
esac
printf '== building moscow-time (%s profile)\n' "$profile" >&2
cargo build --locked --quiet --profile "$profile" --bin moscow-time
# soak.py ends the server and wrk by pid on any exit (atexit and signals).
exec python3 bench/soak.py --binary "target/$out_dir/moscow-time" --seconds "$seconds" \
    --interval "$interval" --connections "$connections" --out "$out"
