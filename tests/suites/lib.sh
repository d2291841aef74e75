# Shared by the shell test suites (sourced, from the repository's root).
#
# Checks: one line per check, whatever its outcome, a count of each, and a
# clock for the figures the suites report.
#
#   check "description" command...   # ok or FAIL, counted
#   echo "$passed passed, $failed failed"; ((failed == 0))
#
# The debug build serving on a free loopback port, its log in a file, ended
# by pid.
#
#   trap stop_server EXIT      # first, so that a failed start is ended too
#   serve_debug NAME [BINARY [VAR=VALUE...]]
#                              # sets server (the pid), base and server_log;
#                              # BINARY defaults to target/debug/moscow-time,
#                              # run with the variables given (env)
#   curl "$base/health"        # base is http://127.0.0.1:PORT
#
# A suite may start several: stop_server ends every one started.
#
# A server in a container: its answers and Docker's health status, waited
# for (the suites that use these set DOCKER to the Docker client).
#
#   get PORT PATH [MS]         # prints the body of http://127.0.0.1:PORT/PATH
#   healthy CONTAINER [MS]     # waits for the health status "healthy"

passed=0
failed=0
ok() { passed=$((passed + 1)); printf 'ok    %s\n' "$*"; }
miss() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$*" >&2; }
check() {
  local what=$1
  shift
  if "$@"; then ok "$what"; else miss "$what"; fi
}
now_ms() { date +%s%3N; }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.2f", (b - a) / 1000 }'; }

servers=()
server_logs=()
serve_debug() {
  local name=$1 binary=${2:-target/debug/moscow-time}
  shift $(($# < 2 ? $# : 2))
  server_log=$(mktemp)
  server_logs+=("$server_log")
  # env execs the binary: the pid is the server's own.
  env NO_COLOR=1 "$@" "$binary" serve --port 0 >"$server_log" 2>&1 &
  server=$!
  servers+=("$server")
  base=
  # The start-up line names the address it listens on.
  for _ in $(seq 100); do
    base=$(grep -om1 'http://127.0.0.1:[0-9]*' "$server_log" || true)
    [[ -z $base ]] || break
    sleep 0.1
  done
  [[ -n $base ]] || { echo "$name: the server did not start" >&2; cat "$server_log" >&2; return 1; }
  echo "$name: server on $base (pid $server)"
}

stop_server() {
  local pid
  for pid in "${servers[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -f "${server_logs[@]}"
  servers=()
  server_logs=()
}

# GETs http://127.0.0.1:$1$2 until it answers, for at most $3 ms (default
# 10000: the server starts in milliseconds, but the machine may be busy, or
# emulating another); prints the body.
get() {
  local deadline=$(($(now_ms) + ${3:-10000}))
  until curl -fsS --max-time 2 "http://127.0.0.1:$1$2" 2>/dev/null; do
    (($(now_ms) < deadline)) || return 1
    sleep 0.1
  done
}

# Waits for container $1 to report healthy, for at most $2 ms (default
# 30000); gives up at once when it reports unhealthy, and shows why.
healthy() {
  local status deadline=$(($(now_ms) + ${2:-30000}))
  while (($(now_ms) < deadline)); do
    status=$("$DOCKER" inspect --format '{{.State.Health.Status}}' "$1")
    [[ $status == healthy ]] && return 0
    [[ $status == unhealthy ]] && break
    sleep 0.2
  done
  "$DOCKER" inspect --format '{{json .State.Health}}' "$1" >&2
  return 1
}

# Asks the UDP timezone server on ${3:-127.0.0.1}:$1 for $2 (as ezTime sends
# it: no newline) and prints its answer; empty when none comes within a second.
udp_ask() {
  python3 - "$1" "$2" "${3:-127.0.0.1}" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1)
s.sendto(sys.argv[2].encode(), (sys.argv[3], int(sys.argv[1])))
try:
    print(s.recv(600).decode())
except OSError:
    pass
PY
}
