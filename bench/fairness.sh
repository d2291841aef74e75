#!/usr/bin/env bash
# Fairness under a flood: moscow-time's release build on 127.0.0.1, a flooder
# at full speed from 127.0.0.2 (several connections) and a polite client at
# 50 requests/s from 127.0.0.3, both asking for /, in three runs:
#
#   alone         the polite client without the flood: its reference p99
#   limiting off  with the flood, the server as configured by default
#   limiting on   with the flood and ROCKET_RATE_LIMIT (per address; the
#                 polite client's 50/s stays under it)
#
# Prints a table, the verdicts against the targets (polite client: only
# 200s, p99 within 2x of its p99 alone; flooder: 429s with limiting on) and
# writes the figures as JSON. The clients are bench/fairness/main.go (Go's
# standard library: wrk cannot choose its source address).
#
#   bench/fairness.sh            25 s a run
#   bench/fairness.sh --smoke    3 s a run on the debug build that `cargo
#                                test` made: shows the harness works
#
# Options (each also as an environment variable):
#   --seconds S        the polite client's seconds per run  FAIRNESS_SECONDS (25)
#   --flood-conns N    the flooder's connections            FAIRNESS_FLOOD_CONNS (16)
#   --limit SETTING    ROCKET_RATE_LIMIT of the third run
#                      FAIRNESS_LIMIT ({per_second=100,burst=200})
#   --profile P        cargo profile: release, or dev   FAIRNESS_PROFILE (release)
#   --out FILE         the JSON written     FAIRNESS_OUT (target/bench/fairness.json)
#
# Exits 1 when the polite client got anything but 200s, 2 when it could not
# measure; latencies are reported, never gated.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FAIRNESS_SECONDS:-25}
flood_conns=${FAIRNESS_FLOOD_CONNS:-16}
limit=${FAIRNESS_LIMIT:-'{per_second=100,burst=200}'}
out=${FAIRNESS_OUT:-target/bench/fairness.json}
profile=${FAIRNESS_PROFILE:-}
while (($#)); do
    case $1 in
    --smoke) seconds=3 profile=${profile:-dev} ;;
    --seconds) seconds=$2 && shift ;;
    --flood-conns) flood_conns=$2 && shift ;;
    --limit) limit=$2 && shift ;;
    --out) out=$2 && shift ;;
    --profile) profile=$2 && shift ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' && exit 0 ;;
    *) echo "fairness.sh: unknown option $1 (see --help)" >&2 && exit 2 ;;
    esac
    shift
done

profile=${profile:-release}
case $profile in
release) binary=target/release/moscow-time ;;
dev) binary=target/debug/moscow-time ;;
*) echo "fairness.sh: --profile is release or dev" >&2 && exit 2 ;;
esac

step() { printf '== %s\n' "$*" >&2; }
for tool in go taskset curl; do
    command -v $tool >/dev/null || { echo "fairness.sh: please install $tool (golang-go, util-linux, curl)" >&2 && exit 2; }
done

step "building moscow-time ($profile profile) and the clients"
cargo build --locked --quiet --profile "$profile" --bin moscow-time
# Standard library only; the build cache is bench/run.sh's, where the Go peer
# already compiled net/http.
GOCACHE=$PWD/target/go-peer/cache GOFLAGS=-trimpath \
    go build -o target/fairness/fairness-clients bench/fairness/main.go

# The server on one core, the clients on another, as bench/measure.py pins them.
read -ra cpus < <(python3 -c 'import os; print(*sorted(os.sched_getaffinity(0)))')
server_pin=() client_pin=()
if ((${#cpus[@]} >= 2)); then
    server_pin=(taskset -c "${cpus[0]}") client_pin=(taskset -c "${cpus[1]}")
fi

work=$(mktemp -d)
server=
stop() {
    if [[ -n $server ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=
    fi
}
trap 'stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# run NAME FLOOD_CONNS [VAR=VALUE...]: one run, its JSON in $work/NAME.json;
# false, with the reason in $work/NAME.json, when the server would not start.
run() {
    local name=$1 conns=$2 port
    shift 2
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    env ROCKET_ADDRESS=127.0.0.1 ROCKET_WORKERS=1 ROCKET_LOG_LEVEL=critical \
        ROCKET_IP_HEADER=false "$@" "${server_pin[@]}" "$binary" serve --port "$port" \
        >"$work/$name.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do
        curl -fso /dev/null --max-time 1 "http://127.0.0.1:$port/health" && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    if ! kill -0 "$server" 2>/dev/null; then
        wait "$server" 2>/dev/null || true
        server=
        python3 -c 'import json, sys; print(json.dumps({"not_run": sys.argv[1]}))' \
            "the server did not start: $(head -c 300 "$work/$name.log")" >"$work/$name.json"
        return 0
    fi
    step "$name: ${seconds} s, flooder with $conns connections"
    "${client_pin[@]}" target/fairness/fairness-clients -url "http://127.0.0.1:$port/" \
        -seconds "$seconds" -rate 50 -flood-conns "$conns" >"$work/$name.json"
    stop
}

run alone 0
run "limiting off" "$flood_conns"
run "limiting on" "$flood_conns" ROCKET_RATE_LIMIT="$limit"

mkdir -p "$(dirname "$out")"
python3 - "$work" "$out" "$limit" "$seconds" <<'PY'
import json, sys, time
from pathlib import Path

work, out, limit, seconds = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
names = ["alone", "limiting off", "limiting on"]
runs = {name: json.loads((work / f"{name}.json").read_text()) for name in names}
def counts(d): return ", ".join(f"{k}: {v:,}" for k, v in sorted(d.items())) or "—"

print(f"\n| run | polite: statuses | errors | p50 | p99 | flooder: statuses | errors | answers/s |")
print("|---|---|---|---:|---:|---|---|---:|")
for name, r in runs.items():
    if "not_run" in r:
        print(f"| {name} | not run: {r['not_run']} |||||||")
        continue
    p, f = r["polite"], r.get("flood")
    flood = (f"| {counts(f['statuses'])} | {counts(f['errors'])} | {f['answers_per_second']:,.0f} |"
             if f else "| — | — | — |")
    print(f"| {name} | {counts(p['statuses'])} | {counts(p['errors'])} | {p['p50_ms']:.2f} ms "
          f"| {p['p99_ms']:.2f} ms {flood}")

def only_200(r):
    p = r["polite"]
    return not p["errors"] and set(p["statuses"]) == {"200"} and p["statuses"]["200"] == p["sent"]

verdicts, failed = {}, False
if "not_run" in runs["alone"] or "not_run" in runs["limiting off"]:
    print("fairness.sh: could not measure: the server did not start", file=sys.stderr)
    sys.exit(2)
reference = runs["alone"]["polite"]["p99_ms"]
print(f"\nTargets: the polite client gets only 200s, its p99 within 2x of {reference:.2f} ms "
      "(alone); the flooder gets 429s with limiting on.")
for name, r in runs.items():
    if "not_run" in r:
        print(f"{name}: NOT RUN ({r['not_run']})")
        verdicts[name] = {"not_run": r["not_run"]}
        continue
    v = {"polite_only_200": only_200(r)}
    failed |= not v["polite_only_200"]
    line = f"{name}: polite client only 200s: {'PASS' if v['polite_only_200'] else 'FAIL'}"
    if "flood" in r:
        ratio = r["polite"]["p99_ms"] / reference if reference else float("inf")
        v["p99_ratio_to_alone"] = round(ratio, 2)
        line += f"; p99 {ratio:.2f}x alone: {'PASS' if ratio <= 2 else 'FAIL'} (reported, not gated)"
        v["flooder_429s"] = r["flood"]["statuses"].get("429", 0)
        line += f"; flooder got {v['flooder_429s']:,} 429s"
    if name == "limiting on" and not v.get("flooder_429s"):
        v["limiting_in_effect"] = False
        line += (f" — this build answered no 429: it does not limit, and ignored "
                 f"ROCKET_RATE_LIMIT={limit}")
    print(line)
    verdicts[name] = v

out.write_text(json.dumps({
    "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    "seconds": seconds, "rate_limit": limit, "runs": runs, "verdicts": verdicts,
}, indent=1) + "\n")
print(f"JSON: {out}")
sys.exit(1 if failed else 0)
PY
