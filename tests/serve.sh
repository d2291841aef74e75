# Shared by the shell suites that test the real binary (sourced): the debug
# build serving on a free loopback port, its log in a file, ended by pid.
#
#   trap stop_server EXIT      # first, so that a failed start is ended too
#   serve_debug NAME [BINARY]  # sets server (the pid), base and server_log;
#                              # BINARY defaults to target/debug/moscow-time
#   curl "$base/health"        # base is http://127.0.0.1:PORT

serve_debug() {
  local name=$1 binary=${2:-target/debug/moscow-time}
  server_log=$(mktemp)
  NO_COLOR=1 "$binary" serve --port 0 >"$server_log" 2>&1 &
  server=$!
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
  [[ -z ${server:-} ]] || { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  rm -f "${server_log:-}"
}
