#!/usr/bin/env bash
# ezTime's timezone protocol over UDP: answers per second on one core, for
# moscow-time (its release build) and for the original daemon (ezTime's
# server, PHP, from ../shared/device-oracles, over the machine's tzdata),
# each pinned to CPU 0 with the load generator (bench/udp/flood.c, every
# query from a loopback address of its own, 16 in flight) on CPU 1.
# Queries: a full name, part of a name, a country. moscow-time runs with
# timezoned_interval = 0: its limiter (as deployed, one answer per address
# per 3 s, at most 65,536 addresses an interval) would otherwise cap this
# load at 21,845 new addresses a second, which is what it is for. Prints a
# Markdown table; nothing is judged.
#
#   bench/udp.sh              5 s a query
#   bench/udp.sh --smoke      1 s a query on the debug build: shows it runs
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=5 profile=release
case ${1:-} in
--smoke) seconds=1 profile=dev ;;
"") ;;
*) echo "udp.sh: unknown option $1 (see the head of the file)" >&2 && exit 2 ;;
esac
binary=target/$([[ $profile == dev ]] && echo debug || echo release)/moscow-time
cargo build --locked --quiet --profile "$profile"
mkdir -p target/bench
gcc -O2 -Wall -o target/bench/flood bench/udp/flood.c
php -m 2>/dev/null | grep -x sockets >/dev/null || apt-get install -y php-cli >/dev/null

work=$(mktemp -d)
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"' EXIT

# moscow-time, its UDP port read from its start-up line.
NO_COLOR=1 ROCKET_LOG_LEVEL=critical ROCKET_WORKERS=1 ROCKET_TIMEZONED_PORT=0 ROCKET_TIMEZONED_INTERVAL=0 \
    taskset -c 0 "$binary" serve --port 0 >"$work/ours.log" 2>&1 &
pids+=($!)
ours=
for _ in $(seq 100); do
    ours=$(grep -om1 'udp://127.0.0.1:[0-9]*' "$work/ours.log" | sed 's/.*://' || true)
    [[ -z $ours ]] || break
    sleep 0.1
done
[[ -n $ours ]] || { cat "$work/ours.log" >&2; exit 2; }
original=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pids+=("$(taskset -c 0 bash tests/suites/timezoned/original_daemon.sh start "$original" "$work/original")")

# Each run from addresses of its own: a million of them, 3 s apart from the
# last run's at most, would otherwise be refused as answered lately.
first=0
rate() {
    taskset -c 1 target/bench/flood "$1" "$seconds" "$2" "$first" 16 | awk '{ print $5 }'
}
echo "| query | moscow-time answers/s | original daemon (PHP) answers/s | ratio |"
echo "|---|---:|---:|---:|"
for query in Europe/Moscow paris DE; do
    a=$(rate "$ours" "$query") && first=$((first + 1000000))
    b=$(rate "$original" "$query") && first=$((first + 1000000))
    printf '| `%s` | %s | %s | %s× |\n' "$query" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", b ? a / b : 0 }')"
done
