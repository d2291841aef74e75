#!/usr/bin/env bash
# Docker Swarm, live: the stack in deploy/swarm/ on a single-node swarm that
# this suite creates and leaves. Under a steady, bounded load through the
# stack's HAProxy on loopback (tests/suites/swarm_load.py), it
#
#   1. deploys the stack and waits for 3 healthy tasks;
#   2. rolls to a second image (the first with another zone, so that every
#      answer tells which image gave it);
#   3. rolls to a broken image (it serves a third zone, but its health check
#      never passes) and waits for Swarm to roll back by itself;
#   4. scales 3 -> 5 -> 2;
#   5. kills one task's container with SIGKILL and waits for its replacement.
#
# Counted in each phase: requests sent, answered 2xx, failed, and the zone
# (so the image) of every answer. Required: 0 failed in every phase but the
# SIGKILL's, where the failures are reported and may not exceed the
# connections the client holds; the rollback started by Swarm, no person;
# after it, every answer from the second image and none ever from the broken
# one. Then the stack is removed, the swarm left, and nothing may remain.
#
#   bash tests/suites/swarm.sh
#   IMAGE=my-tag bash tests/suites/swarm.sh
#
# Needs a Docker engine not in a swarm already, the image IMAGE (default
# moscow-time:distroless, which tests/suites/container.sh builds) and
# debian:bookworm-slim: no registry can be reached here, so the balancer's
# image is a stand-in for the official haproxy:2.6, built from Debian's
# haproxy 2.6 package. The second and broken images are built on IMAGE in a
# second. Everything it starts (swarm, stack, containers, the client) and
# the images it builds are removed however it ends. About 2 minutes.
set -uo pipefail
cd "$(dirname "$0")/../.."

DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
IMAGE=${IMAGE:-moscow-time:distroless}
# The stack's name; .ci/leftovers.sh looks for it in containers and networks.
STACK=moscow-time-swarm-test
SERVICE=${STACK}_moscow-time
BALANCER=${STACK}_balancer
SECOND=$STACK:second
BROKEN=$STACK:broken
HAPROXY=$STACK:haproxy
# The zones the images serve: every answer names one.
ZONE_FIRST=Europe/Moscow ZONE_SECOND=Asia/Tokyo ZONE_BROKEN=America/Los_Angeles
CLIENTS=4
RUN_ID="moscow-time-swarm-test-$$"
work=target/swarm
mkdir -p "$work"

source tests/suites/lib.sh
suite_started=$(now_ms)

swarm_made=0
gwbridge_before=1 # whether docker_gwbridge (which swarm init makes) was there before
load_pid=""
# Ends what the suite started, whatever state it is in; the teardown at the
# end does the same and checks it, so on a passing run this finds nothing.
cleanup() {
  if [[ -n $load_pid ]]; then
    kill "$load_pid" 2>/dev/null
    wait "$load_pid" 2>/dev/null
  fi
  if ((swarm_made)); then
    "$DOCKER" stack rm "$STACK" >/dev/null 2>&1
    stack_gone 60
    "$DOCKER" swarm leave --force >/dev/null 2>&1
  fi
  ((gwbridge_before)) || "$DOCKER" network rm docker_gwbridge >/dev/null 2>&1
  local ids
  ids=$("$DOCKER" ps -aq --filter "label=$RUN_ID" 2>/dev/null)
  [[ -z $ids ]] || "$DOCKER" rm -f $ids >/dev/null 2>&1
  "$DOCKER" image rm "$SECOND" "$BROKEN" "$HAPROXY" >/dev/null 2>&1
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Polls a command every 0.25 s until it succeeds, for at most $1 seconds.
within() {
  local deadline=$(($(now_ms) + $1 * 1000))
  shift
  until "$@"; do
    (($(now_ms) < deadline)) || return 1
    sleep 0.25
  done
}

# The service's containers that Docker calls healthy, and all of them.
healthy_tasks() {
  "$DOCKER" ps -q --filter "label=com.docker.swarm.service.name=$SERVICE" --filter health=healthy
}
containers() {
  "$DOCKER" ps -q --filter "label=com.docker.swarm.service.name=$SERVICE"
}
count_healthy() { [[ $(healthy_tasks | wc -l) == "$1" ]]; }
count_containers() { [[ $(containers | wc -l) == "$1" ]]; }

# Nothing of the stack left: no container, running or not, and no network;
# waited for at most $1 seconds.
stack_empty() {
  [[ -z $("$DOCKER" ps -aq --filter "label=com.docker.stack.namespace=$STACK") &&
    -z $("$DOCKER" network ls -q --filter "label=com.docker.stack.namespace=$STACK") ]]
}
stack_gone() { within "$1" stack_empty; }

# "State|StartedAt|Message" of the service's last update ("|" before any).
update_status() {
  "$DOCKER" service inspect "$SERVICE" \
    --format '{{with .UpdateStatus}}{{.State}}|{{.StartedAt}}|{{.Message}}{{else}}||{{end}}'
}

# docker stack deploy with the server's image $1, the balancer's stand-in
# and the port, and a rate limit no single test client reaches (the load
# comes from one address, the gateway docker's proxy connects from).
deploy() {
  MOSCOW_TIME_IMAGE=$1 MOSCOW_TIME_PORT=$port HAPROXY_IMAGE=$HAPROXY \
    MOSCOW_TIME_RATE=1000000 MOSCOW_TIME_BURST=1000000 \
    "$DOCKER" stack deploy --resolve-image never -c deploy/swarm/stack.yml "$STACK" >/dev/null
}

# Deploys the server's image $1 and waits, for at most $2 seconds, until the
# update that starts ends in a state of $3 (a regular expression); every
# state seen on the way is kept in $seen, one "state: message" a line.
roll() {
  local before now state started message deadline=$(($(now_ms) + $2 * 1000))
  before=$(update_status)
  deploy "$1" || return 1
  seen=""
  while (($(now_ms) < deadline)); do
    now=$(update_status)
    IFS='|' read -r state started message <<<"$now"
    if [[ $now != "$before" && -n $state ]]; then
      [[ $seen == *"$state: $message"* ]] || seen+="$state: $message"$'\n'
      [[ $state =~ ^($3)$ ]] && return 0
    fi
    sleep 0.5
  done
  return 1
}

phases=()
declare -A phase_label=()
phase() {
  phases+=("$1")
  phase_label[$1]=$2
  echo "$1" >"$work/phase"
  echo "-- [$(seconds_since "$suite_started") s] $2"
}

"$DOCKER" info >/dev/null 2>&1 || { echo "swarm: no Docker engine answers to $DOCKER" >&2; exit 2; }
"$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1 ||
  { echo "swarm: image $IMAGE is missing (run tests/suites/container.sh)" >&2; exit 2; }
state=$("$DOCKER" info --format '{{.Swarm.LocalNodeState}}')
[[ $state == inactive ]] || {
  echo "swarm: this engine is in a swarm already ($state); the suite makes its own and leaves it, so it runs only outside one" >&2
  exit 2
}
"$DOCKER" network inspect docker_gwbridge >/dev/null 2>&1 || gwbridge_before=0

echo "== the stack file and the balancer's configuration"
# docker stack config (a client of Docker 23 or later) validates the file against the
# compose schema and prints it resolved; an older client validates it when
# deploying, below.
validator=""
for client in docker "$DOCKER"; do
  if "$client" stack config --help >/dev/null 2>&1; then validator=$client; break; fi
done
stack_config() { "$validator" stack config -c deploy/swarm/stack.yml >"$work/stack.resolved.yml"; }
if [[ -n $validator ]]; then
  check "docker stack config accepts deploy/swarm/stack.yml (client $("$validator" version --format '{{.Client.Version}}' 2>/dev/null))" \
    stack_config
else
  echo "      no docker client here has 'stack config': the file is validated by docker stack deploy below"
fi

printf '%s\n' "FROM debian:bookworm-slim" \
  "RUN apt-get update && apt-get install -y --no-install-recommends haproxy && rm -rf /var/lib/apt/lists/*" \
  "USER haproxy" "STOPSIGNAL SIGUSR1" \
  'CMD ["haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]' |
  "$DOCKER" build -q -t "$HAPROXY" - >/dev/null || { echo "swarm: cannot build the HAProxy stand-in" >&2; exit 2; }
check "haproxy -c accepts deploy/swarm/haproxy.cfg ($("$DOCKER" run --rm --label "$RUN_ID" "$HAPROXY" haproxy -v | head -n1 | cut -d' ' -f1-3))" \
  "$DOCKER" run --rm --label "$RUN_ID" -v "$PWD/deploy/swarm/haproxy.cfg:/c.cfg:ro" "$HAPROXY" haproxy -c -q -f /c.cfg

# The second image: the first with another zone. The broken one serves a
# third zone, but its health check asks a port nothing listens on.
printf '%s\n' "FROM $IMAGE" "ENV ROCKET_TIMEZONE=$ZONE_SECOND" | "$DOCKER" build -q -t "$SECOND" - >/dev/null &&
  printf '%s\n' "FROM $IMAGE" "ENV ROCKET_TIMEZONE=$ZONE_BROKEN" \
    'HEALTHCHECK CMD ["/usr/local/bin/moscow-time", "--port", "1", "healthcheck"]' |
  "$DOCKER" build -q -t "$BROKEN" - >/dev/null || { echo "swarm: cannot build the test images" >&2; exit 2; }

echo "== a single-node swarm, the stack"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
# On loopback only: nothing outside this machine can join it.
"$DOCKER" swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2377 >/dev/null ||
  { echo "swarm: docker swarm init failed" >&2; exit 2; }
swarm_made=1
t0=$(now_ms)
check "docker stack deploy $STACK ($IMAGE, balancer on port $port)" deploy "$IMAGE"
if within 90 count_healthy 3; then
  ok "3 healthy tasks after $(seconds_since "$t0") s"
else
  miss "3 healthy tasks: $(healthy_tasks | wc -l) after 90 s"
  "$DOCKER" service ps --no-trunc "$SERVICE" >&2
fi

# The service as Swarm holds it, against what the stack file promises.
"$DOCKER" service inspect "$SERVICE" "$BALANCER" >"$work/services.json"
python3 - "$work/services.json" "$SERVICE" "$BALANCER" <<'EOF' >"$work/spec-checks"
import json, sys
services = {s["Spec"]["Name"]: s["Spec"] for s in json.load(open(sys.argv[1]))}
app, balancer = services[sys.argv[2]], services[sys.argv[3]]
task = app["TaskTemplate"]
container = task["ContainerSpec"]
env = dict(item.split("=", 1) for item in container.get("Env", []))
s = lambda ns: ns / 1e9
def check(good, what):
    print(("ok" if good else "miss") + "|" + what)
drain = int(env.get("ROCKET_DRAIN", "0"))
grace = s(container.get("StopGracePeriod", 10e9))
check(app["Mode"]["Replicated"]["Replicas"] == 3, "3 replicas")
check(container["Image"].startswith("moscow-time") and "Test" not in container.get("Healthcheck", {}),
      "the image's own health check, with the stack's timings")
check(grace > drain + 2 + 2 + 1 and drain > 2,
      f"stop_grace_period {grace:g} s outlasts the drain {drain} s + grace 2 s + mercy 2 s + 1 s")
update, rollback = app.get("UpdateConfig", {}), app.get("RollbackConfig", {})
health = container.get("Healthcheck", {})
noticed = s(health.get("Interval", 0)) * health.get("Retries", 0) + s(health.get("Timeout", 0))
check(update.get("Order") == "start-first" and update.get("Parallelism") == 1,
      "updates start each new task before an old one stops, one at a time")
check(update.get("FailureAction") == "rollback" and s(update.get("Monitor", 0)) >= noticed,
      f"a failed update rolls back, monitored {s(update.get('Monitor', 0)):g} s (>= {noticed:g} s to call a task unhealthy)")
check(rollback.get("Order") == "start-first", "rollbacks start first too")
check(container.get("ReadOnly") is True and container.get("CapabilityDrop") == ["ALL"],
      "read-only root file system, every capability dropped")
resources = task.get("Resources", {})
check(all(resources.get(k, {}).get(v) for k in ("Limits", "Reservations") for v in ("NanoCPUs", "MemoryBytes")),
      "CPU and memory reserved and limited")
check(app["EndpointSpec"]["Mode"] == "dnsrr", "endpoint_mode dnsrr: the service's name resolves to the tasks")
ports = [p for spec in services.values() for p in spec.get("EndpointSpec", {}).get("Ports", [])]
check(len(ports) == 1 and ports[0]["PublishMode"] == "host" and "Ports" in balancer.get("EndpointSpec", {}),
      "one port published, by the balancer, in host mode (no routing mesh)")
bcontainer = balancer["TaskTemplate"]["ContainerSpec"]
check(bcontainer.get("ReadOnly") is True and bcontainer.get("CapabilityDrop") == ["ALL"],
      "the balancer: read-only, no capabilities")
EOF
while IFS='|' read -r verdict what; do
  if [[ $verdict == ok ]]; then ok "$what"; else miss "$what"; fi
done <"$work/spec-checks"

# The balancer answers before the load starts: ten 200s in a row.
balanced() {
  local i
  for i in $(seq 10); do curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/api/ip" || return 1; done
}
check "HAProxy answers on 127.0.0.1:$port" within 30 balanced

echo "== under load: $CLIENTS keep-alive clients, /api/ip and / in turn"
phase steady "image 1 ($ZONE_FIRST), 3 tasks"
python3 tests/suites/swarm_load.py "$port" "$work/phase" --clients "$CLIENTS" \
  --max-seconds 400 --max-requests 400000 >"$work/load.json" &
load_pid=$!
sleep 3

phase roll "rolling to image 2 ($ZONE_SECOND)"
t0=$(now_ms)
if roll "$SECOND" 120 completed; then
  ok "rolled to image 2 in $(seconds_since "$t0") s"
else
  miss "the update to image 2 did not complete in 120 s: $(update_status)"
fi
"$DOCKER" service ps "$SERVICE" --filter desired-state=running --format '{{.Name}} {{.Image}} {{.CurrentState}}' | sed 's/^/      /'

phase second "image 2"
sleep 3

phase broken "rolling to the broken image, and back"
t0=$(now_ms)
# Nobody runs docker service rollback: Swarm must find the failed task and
# roll back on its own.
roll "$BROKEN" 150 'rollback_completed|rollback_paused|paused'
sed 's/^/      update: /' <<<"${seen%$'\n'}"
state=$(update_status)
check "Swarm rolled back by itself: ${state%%|*} after $(seconds_since "$t0") s" \
  test "${state%%|*}" = rollback_completed
check "the rollback began on a failed task (update rolled back due to failure or early termination of task …)" \
  grep -q '^rollback_started: update rolled back due to failure or early termination of task' <<<"$seen"
check "the service runs image 2 again" \
  test "$("$DOCKER" service inspect "$SERVICE" --format '{{.Spec.TaskTemplate.ContainerSpec.Image}}')" = "$SECOND"
check "no task of the broken image is left running" \
  test -z "$("$DOCKER" service ps "$SERVICE" --filter desired-state=running --format '{{.Image}}' | grep -F "$BROKEN")"
broken_tasks=$("$DOCKER" service ps "$SERVICE" --format '{{.Image}} {{.CurrentState}} {{.Error}}' | grep -cF "$BROKEN")
echo "      tasks of the broken image started and ended: $broken_tasks"

phase rolledback "image 2 after the rollback"
sleep 3

phase scaleup "scaling 3 -> 5"
t0=$(now_ms)
"$DOCKER" service scale -d "$SERVICE=5" >/dev/null
if within 60 count_healthy 5; then ok "5 healthy tasks after $(seconds_since "$t0") s"; else miss "5 healthy tasks in 60 s"; fi
sleep 2

phase scaledown "scaling 5 -> 2"
t0=$(now_ms)
"$DOCKER" service scale -d "$SERVICE=2" >/dev/null
# Three tasks drain and stop: gone when only two containers are left.
if within 60 count_containers 2; then
  ok "2 tasks after $(seconds_since "$t0") s (three drained and stopped)"
else
  miss "2 tasks in 60 s: $(containers | wc -l)"
fi
sleep 1

phase sigkill "SIGKILL of one task's container"
victim=$(containers | head -n1)
t0=$(now_ms)
"$DOCKER" kill -s KILL "$victim" >/dev/null
replaced() { [[ $(healthy_tasks | grep -cv "^${victim:0:12}") == 2 ]]; }
if within 60 replaced; then
  ok "the killed task was replaced: 2 healthy tasks again after $(seconds_since "$t0") s"
else
  miss "no replacement for the killed task in 60 s"
fi
check "Swarm saw the task fail with exit code 137" \
  grep -q 'non-zero exit (137)' <<<"$("$DOCKER" service ps --no-trunc "$SERVICE" --format '{{.Error}}')"
sleep 1

phase recovered "after the SIGKILL"
sleep 3

kill "$load_pid"
wait "$load_pid"
load_pid=""

# How the tasks left HAProxy's rotation, from its log (server state changes
# only): reported, not judged, as the order of DNS and checks is a race.
"$DOCKER" ps -aq --filter "label=com.docker.swarm.service.name=$BALANCER" | head -n1 |
  xargs -r "$DOCKER" logs >"$work/balancer.log" 2>&1
# (Each event is in the log twice: its log line, then the same as a warning.)
events() { grep -v '^\[' "$work/balancer.log" | grep -c "$1"; }
echo "      HAProxy: $(events 'not found in DNS\|No IP for server') tasks left on leaving DNS," \
  "$(events 'is DOWN, reason: Layer7 wrong status, code: 503') on a 503 from /ready," \
  "$(events 'is DOWN, reason: Layer4') on a failed connection (log: $work/balancer.log)"

# Every old task stopped by SIGTERM drained and exited 0, never killed at
# stop_grace_period: the images of the roll and the scale-down ones.
exits=$("$DOCKER" service ps -q --filter desired-state=shutdown "$SERVICE" |
  xargs -r "$DOCKER" inspect --format '{{.Spec.ContainerSpec.Image}} {{.Status.State}} {{.Status.ContainerStatus.ExitCode}}')
echo "$exits" >"$work/stopped-tasks" # image, state, exit code: kept for a look
stopped=$(grep -cv -e "$BROKEN" -e ' failed ' <<<"$exits")
check "the $stopped tasks stopped by Swarm (SIGTERM) exited 0" \
  test -z "$(grep -v -e "$BROKEN" -e ' failed ' <<<"$exits" | grep -v ' 0$')"
# (docker service logs can hang on a task whose container is gone: each
# container's own log instead.)
drained=$("$DOCKER" ps -aq --filter "label=com.docker.swarm.service.name=$SERVICE" |
  xargs -r -n1 "$DOCKER" logs 2>&1 | grep -c 'draining: /ready answers 503')
check "tasks drained before they stopped: $drained drain lines in their logs" test "$drained" -ge 3

echo "== figures"
python3 - "$work/load.json" "$CLIENTS" "${phases[@]}" <<'EOF' >"$work/figures.tsv"
import json, sys
load = json.load(open(sys.argv[1]))
phases, names = load["phases"], sys.argv[3:]
for i, name in enumerate(names):
    entry = phases.get(name, {"sent": 0, "ok": 0, "failed": 0, "no_answer": 0, "non_2xx": {}, "zones": {}, "began_s": 0})
    ends = [phases[n]["began_s"] for n in names[i + 1:] if n in phases]
    seconds = (ends[0] if ends else load["seconds"]) - entry["began_s"]
    statuses = ",".join(f"{k}x{v}" for k, v in sorted(entry["non_2xx"].items())) or "-"
    zones = ",".join(f"{k}={v}" for k, v in sorted(entry["zones"].items())) or "-"
    problems = " | ".join(entry.get("problems", [])) or "-"
    print("\t".join(map(str, [name, f"{seconds:.1f}", entry["sent"], entry["ok"], entry["failed"],
                               entry["no_answer"], statuses, zones, problems])))
EOF
printf '%-42s %7s %7s %7s %7s %9s %8s  %s\n' phase seconds sent 2xx failed 'no answer' 'non-2xx' 'answers by zone'
declare -A sent=() lost=() zones=()
while IFS=$'\t' read -r name seconds s ok_count f no_answer statuses zone_list problems; do
  sent[$name]=$s lost[$name]=$f zones[$name]=$zone_list
  printf '%-42s %7s %7s %7s %7s %9s %8s  %s\n' "${phase_label[$name]}" "$seconds" "$s" "$ok_count" "$f" \
    "$no_answer" "$statuses" "$zone_list"
  [[ $problems == - ]] || echo "      first problems: $problems"
done <"$work/figures.tsv"

# Only the zones in $2 (space-separated) answered in phase $1, and some did.
only_zones() {
  local zone
  [[ ${zones[$1]} != - ]] || return 1
  for zone in $(tr ',' ' ' <<<"${zones[$1]}" | sed 's/=[0-9]*//g'); do
    [[ " $2 " == *" $zone "* ]] || return 1
  done
}
for name in "${phases[@]}"; do
  check "${phase_label[$name]}: the load ran (${sent[$name]} requests)" test "${sent[$name]:-0}" -ge 50
  if [[ $name == sigkill ]]; then
    check "${phase_label[$name]}: ${lost[$name]} failed, at most the $CLIENTS connections the client holds" \
      test "${lost[$name]}" -le "$CLIENTS"
  else
    check "${phase_label[$name]}: 0 failed" test "${lost[$name]}" = 0
  fi
done
check "image 1 answered alone before the roll" only_zones steady "$ZONE_FIRST"
check "during the roll, images 1 and 2 answered, no other" only_zones roll "$ZONE_FIRST $ZONE_SECOND"
for name in second broken rolledback scaleup scaledown sigkill recovered; do
  check "${phase_label[$name]}: every answer from image 2 (none from the broken one)" only_zones "$name" "$ZONE_SECOND"
done

echo "== teardown: the stack, the swarm"
t0=$(now_ms)
"$DOCKER" stack rm "$STACK" >/dev/null
if stack_gone 60; then
  ok "docker stack rm: no container or network of the stack left after $(seconds_since "$t0") s"
else
  miss "docker stack rm: the stack's containers or networks still there after 60 s"
fi
"$DOCKER" swarm leave --force >/dev/null
swarm_made=0
((gwbridge_before)) || "$DOCKER" network rm docker_gwbridge >/dev/null
check "docker swarm leave: the engine is in no swarm" \
  test "$("$DOCKER" info --format '{{.Swarm.LocalNodeState}}')" = inactive
left=$("$DOCKER" network ls --format '{{.Name}}' | grep -x -e ingress -e "${STACK}_.*" -e docker_gwbridge)
((gwbridge_before == 0)) || left=$(grep -vx docker_gwbridge <<<"$left")
check "no network the swarm made is left (ingress, the stack's$( ((gwbridge_before)) || echo ', docker_gwbridge'))" \
  test -z "$left"
gwbridge_before=1
"$DOCKER" image rm "$SECOND" "$BROKEN" "$HAPROXY" >/dev/null
check "the client has ended; the images built here are removed" \
  test -z "$("$DOCKER" images -q "$STACK")"

echo
echo "swarm: $(seconds_since "$suite_started") s"
echo "swarm: $passed passed, $failed failed"
((failed == 0))
