#!/usr/bin/env bash
# The compose file: up from the distroless image, healthy, the page answers
# on the published port, down. Needs the image moscow-time:distroless, which
# tests/suites/container.sh builds.
set -euo pipefail
cd "$(dirname "$0")/../.."

DOCKER=${DOCKER:-/usr/bin/docker}
COMPOSE=${COMPOSE:-docker-compose}
PORT=${MOSCOW_TIME_PORT:-18080}
UDP_PORT=${MOSCOW_TIME_UDP_PORT:-12342}
PROJECT=moscow-time-compose-test
export MOSCOW_TIME_PORT=$PORT MOSCOW_TIME_UDP_PORT=$UDP_PORT
source tests/suites/lib.sh

command -v "$COMPOSE" >/dev/null || { apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null; }
"$DOCKER" image inspect moscow-time:distroless >/dev/null \
  || { echo "compose: image moscow-time:distroless is missing (run tests/suites/container.sh)" >&2; exit 1; }

compose() { "$COMPOSE" --project-name "$PROJECT" "$@"; }
trap 'compose down --volumes --remove-orphans >/dev/null 2>&1 || true' EXIT

fail() { echo "compose: FAIL: $*" >&2; compose logs --no-color >&2 || true; exit 1; }

compose up -d --no-build
container=$(compose ps -q moscow-time)
[[ -n $container ]] || fail "no container started"

health=starting
for _ in $(seq 1 60); do
  health=$("$DOCKER" inspect --format '{{.State.Health.Status}}' "$container")
  [[ $health == healthy ]] && break
  sleep 0.5
done
[[ $health == healthy ]] || fail "health is '$health', not healthy"

page=$(curl -fsS "http://127.0.0.1:$PORT/") || fail "the page does not answer on $PORT"
grep -q 'Time in Moscow' <<<"$page" || fail "the page does not show Moscow"
api=$(curl -fsS "http://127.0.0.1:$PORT/api/time") || fail "/api/time does not answer"
grep -q '"timezone":"Europe/Moscow"' <<<"$api" || fail "/api/time is not Moscow: $api"
answer=$(udp_ask "$UDP_PORT" DE)
[[ $answer == "OK Europe/Berlin CET-1CEST,M3.5.0,M10.5.0/3" ]] || fail "UDP $UDP_PORT answers '$answer' to DE"

read_only=$("$DOCKER" inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$container")
caps=$("$DOCKER" inspect --format '{{.HostConfig.CapDrop}}' "$container")
[[ $read_only == true ]] || fail "root file system is not read-only"
[[ $caps == *ALL* ]] || fail "capabilities not dropped: $caps"
logs=$(compose logs --no-color moscow-time)
grep -q '"status":200' <<<"$logs" || fail "no JSON request log"

compose down --volumes --remove-orphans
trap - EXIT
echo "compose: up, healthy, page and API answer on $PORT, ezTime's query on UDP $UDP_PORT, read-only, caps dropped, JSON logs, down: ok"
