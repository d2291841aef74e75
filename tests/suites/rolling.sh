#!/usr/bin/env bash
# Zero-downtime rolling restarts, proven live: HAProxy health-checks /ready
# on three replicas of the distroless image while a bounded client sends
# requests through it without pause.
#
#  1. Rolling restart: each replica in turn is restarted (SIGTERM, drain,
#     graceful stop, start) and the next only once HAProxy has it back.
#     Required: zero failed and zero non-2xx requests, through a frontend
#     that never retries.
#  2. kill -9 of one replica: counted through that frontend (what a client
#     sees until the health check notices) and, at the same time, through a
#     frontend whose HAProxy retries and redispatches. Required: zero through
#     the retrying one.
#  3. The control: one replica restarted the same way with no drain, through
#     the frontend without retries, to show what the drain prevents.
#
# Everything it starts (containers, HAProxy, the clients) is ended on exit,
# by id, whatever happens. Needs Docker and the image (IMAGE, default
# moscow-time:distroless, which tests/suites/container.sh builds); installs
# HAProxy.
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=${IMAGE:-moscow-time:distroless}
REPLICAS=3
DRAIN=3 # seconds: HAProxy notices a 503 within 2 checks 0.5 s apart
DOCKER=/usr/bin/docker
name="moscow-time-rolling-$$"
work=target/rolling
mkdir -p "$work"

command -v haproxy >/dev/null || apt-get install -y haproxy >/dev/null
"$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1 ||
  { echo "rolling: image $IMAGE is missing (run tests/suites/container.sh)" >&2; exit 1; }

containers=()
pids=()
cleanup() {
  local pid container
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for container in "${containers[@]}"; do
    "$DOCKER" rm -f "$container" >/dev/null 2>&1 || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
  echo "FAIL: $*" >&2
  echo "-- HAProxy log" >&2
  tail -20 "$work/haproxy.log" >&2 || true
  exit 1
}

# Free loopback ports: one per replica, two frontends, the stats page.
read -r -a ports <<<"$(python3 -c '
import socket
socks = [socket.socket() for _ in range(6)]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))')"
plain_port=${ports[3]} retrying_port=${ports[4]} stats_port=${ports[5]}

replica() { # number, drain seconds
  containers+=("$name-$1")
  # Host networking on loopback: no proxy of Docker's between HAProxy and
  # the server, so a dead replica refuses connections as a dead pod does.
  # The replicas share the host's ports: the image's UDP server (2342) is
  # turned off, as on any host running several (docs/devices.md).
  "$DOCKER" run -d --name "$name-$1" --network host \
    --read-only --cap-drop ALL --security-opt no-new-privileges \
    -e ROCKET_ADDRESS=127.0.0.1 -e ROCKET_PORT="${ports[$(($1 - 1))]}" -e ROCKET_TIMEZONED_PORT= \
    -e ROCKET_DRAIN="$2" -e ROCKET_LOG_LEVEL=critical \
    "$IMAGE" >/dev/null
}
for i in $(seq 1 "$REPLICAS"); do replica "$i" "$DRAIN"; done

servers() { # "check", or "track": follow the plain backend's checks
  local i
  for i in $(seq 1 "$REPLICAS"); do
    printf '  server r%d 127.0.0.1:%d ' "$i" "${ports[$((i - 1))]}"
    if [ "$1" = check ]; then echo check; else echo "track plain/r$i"; fi
  done
}
cat >"$work/haproxy.cfg" <<EOF
global
  maxconn 512
defaults
  mode http
  log stdout format raw local0 warning
  timeout connect 1s
  timeout client 10s
  timeout server 5s
  timeout check 1s
# What a client sees with no help from retries: the drain alone must do.
frontend plain
  bind 127.0.0.1:$plain_port
  default_backend plain
backend plain
  balance roundrobin
  retries 0
  option httpchk GET /ready
  http-check expect status 200
  default-server inter 500ms fastinter 500ms downinter 500ms fall 2 rise 2
$(servers check)
# The same servers, following the checks above, with retries on another
# server when a connection fails or a server dies mid-request.
frontend retrying
  bind 127.0.0.1:$retrying_port
  default_backend retrying
backend retrying
  balance roundrobin
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
$(servers track)
listen stats
  bind 127.0.0.1:$stats_port
  stats enable
  stats uri /stats
EOF
haproxy -c -q -f "$work/haproxy.cfg" || fail "HAProxy rejects its configuration"
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
pids+=($!)

# HAProxy's view of replica N of the plain backend: UP, DOWN, "UP 1/2", ...
status_of() {
  curl -fsS "http://127.0.0.1:$stats_port/stats;csv" 2>/dev/null |
    awk -F, -v s="r$1" '$1 == "plain" && $2 == s { print $18 }'
}
wait_for_status() { # replica, wanted status, seconds
  local deadline=$((SECONDS + $3))
  until [ "$(status_of "$1")" = "$2" ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "replica $1 not $2 after $3 s (is: $(status_of "$1"))"
    sleep 0.1
  done
}
for i in $(seq 1 "$REPLICAS"); do wait_for_status "$i" UP 30; done

load() { # port, output file; the client's pid in $loaded
  python3 tests/suites/rolling_load.py "$1" 4 0.005 >"$2" &
  loaded=$!
  pids+=("$loaded")
}
stop_load() {
  kill -TERM "$1"
  wait "$1" || true
}
field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

echo "-- rolling restart of $REPLICAS replicas (drain $DRAIN s) under load"
load "$plain_port" "$work/rolling.json"
client=$loaded
sleep 1
for i in $(seq 1 "$REPLICAS"); do
  # docker restart: SIGTERM, then waits for the exit (drain + graceful
  # stop), then starts the container again.
  "$DOCKER" restart -t 30 "$name-$i" >/dev/null
  wait_for_status "$i" UP 30
  sleep 1
done
stop_load "$client"
cat "$work/rolling.json"
# Each replica left the rotation because /ready said 503 while it drained,
# not because it had stopped answering.
for i in $(seq 1 "$REPLICAS"); do
  grep -q "Server plain/r$i is DOWN, reason: Layer7 wrong status, code: 503" "$work/haproxy.log" ||
    fail "HAProxy did not take replica $i out on its /ready answer"
done

echo "-- kill -9 of one replica under load, without and with HAProxy retries"
load "$plain_port" "$work/kill-plain.json"
plain=$loaded
load "$retrying_port" "$work/kill-retrying.json"
retrying=$loaded
sleep 1
"$DOCKER" kill -s KILL "$name-1" >/dev/null
wait_for_status 1 DOWN 10
sleep 1
stop_load "$plain"
stop_load "$retrying"
cat "$work/kill-plain.json" "$work/kill-retrying.json"

echo "-- the control: replica 2 restarted under load with no drain"
"$DOCKER" rm -f "$name-2" >/dev/null
replica 2 0
wait_for_status 2 UP 30
load "$plain_port" "$work/no-drain.json"
client=$loaded
sleep 1
"$DOCKER" restart -t 30 "$name-2" >/dev/null
wait_for_status 2 UP 30
stop_load "$client"
cat "$work/no-drain.json"

report() { # label, file
  printf '%-44s sent %6s  failed %4s  non-2xx %4s\n' "$1" \
    "$(field "$2" sent)" "$(field "$2" failed)" "$(field "$2" non_2xx)"
}
echo "== figures"
report "rolling restart, no retries" "$work/rolling.json"
report "kill -9, no retries" "$work/kill-plain.json"
report "kill -9, HAProxy retries + redispatch" "$work/kill-retrying.json"
report "control: restart with no drain, no retries" "$work/no-drain.json"

for file in rolling kill-retrying; do
  sent=$(field "$work/$file.json" sent)
  [ "$sent" -gt 100 ] || fail "$file: only $sent requests sent"
  [ "$(field "$work/$file.json" failed)" = 0 ] || fail "$file: requests failed"
  [ "$(field "$work/$file.json" non_2xx)" = 0 ] || fail "$file: non-2xx answers"
done
echo "rolling restarts: 0 failed, 0 non-2xx"
