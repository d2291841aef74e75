#!/usr/bin/env bash
# Benchmark: moscow-time beside its peers (the Python original as FastAPI +
# uvicorn and as Flask + gunicorn, Go's net/http, a bare hyper server as the
# floor and a bare Rocket server as the framework's floor), on this machine,
# in one run. Installs what it needs on a fresh Debian machine, builds the
# Rust and Go servers, then runs bench/measure.py, which prints one Markdown
# table and writes it to target/bench/report.md.
#
#   bench/run.sh            the full run (release builds; about 3 minutes once built)
#   bench/run.sh --smoke    a seconds-long run that only shows the harness works
#   bench/run.sh --publish  a full run that then becomes bench/results.json, and
#                           the tables in bench/README.md and README.md
#   bench/run.sh --pages    Lighthouse's scores of the pages instead: several
#                           runs each in headless Chromium, medians (about 1
#                           minute a round); with --publish they become the
#                           "pages" part of bench/results.json and the docs
#
# Options (each also as an environment variable):
#   --duration S      seconds of each measured wrk run        BENCH_DURATION (10)
#   --warmup S        seconds of wrk before each measured run BENCH_WARMUP (2)
#   --connections N   wrk connections                         BENCH_CONNECTIONS (64)
#   --rounds N        load runs per server, medians reported  BENCH_ROUNDS (1)
#   --startup-runs N  cold starts timed per server            BENCH_STARTUP_RUNS (20)
#   --tui-seconds S   idle seconds the TUI's CPU is read over BENCH_TUI_SECONDS (10)
#   --profile P       cargo profile: release, or dev          BENCH_PROFILE (release)
#   --images "A B"    Docker images whose size is reported    BENCH_IMAGES
#   --page-runs N     Lighthouse runs of each page (--pages)  BENCH_PAGE_RUNS (5)
#
# A benchmark, not a test: it exits non-zero only when it could not measure,
# never because a figure missed its target. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-2}
connections=${BENCH_CONNECTIONS:-64}
rounds=${BENCH_ROUNDS:-1}
startup_runs=${BENCH_STARTUP_RUNS:-20}
tui_seconds=${BENCH_TUI_SECONDS:-10}
profile=${BENCH_PROFILE:-}
images=${BENCH_IMAGES:-moscow-time:slim moscow-time:distroless}
page_runs=${BENCH_PAGE_RUNS:-5}
smoke=()
publish=false
pages=false

# The command as the report shows it, to run it again (--publish aside).
command_line=bench/run.sh
for arg in "$@"; do
    [[ $arg == --publish ]] && continue
    [[ $arg == *' '* ]] && arg="\"$arg\""
    command_line+=" $arg"
done

while (($#)); do
    case $1 in
    --smoke)
        # Everything, briefly; a dev build (the one `cargo test` already made
        # in CI) unless --profile says otherwise.
        smoke=(--smoke) duration=1 warmup=0 rounds=1 startup_runs=3 tui_seconds=2
        profile=${profile:-dev}
        ;;
    --duration) duration=$2 && shift ;;
    --warmup) warmup=$2 && shift ;;
    --connections) connections=$2 && shift ;;
    --rounds) rounds=$2 && shift ;;
    --startup-runs) startup_runs=$2 && shift ;;
    --tui-seconds) tui_seconds=$2 && shift ;;
    --profile) profile=$2 && shift ;;
    --images) images=$2 && shift ;;
    --page-runs) page_runs=$2 && shift ;;
    --pages) pages=true ;;
    --publish) publish=true ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' && exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2 && exit 2 ;;
    esac
    shift
done
profile=${profile:-release}
if $publish && { ((${#smoke[@]})) || [[ $profile != release ]]; }; then
    echo "run.sh: --publish takes a full release run only" >&2 && exit 2
fi
case $profile in
release) out_dir=release ;;
dev) out_dir=debug ;;
*) echo "run.sh: --profile is release or dev" >&2 && exit 2 ;;
esac

step() { printf '== %s\n' "$*" >&2; }

if $pages; then
    # --- Lighthouse's scores of the pages: the median of several runs ---------
    source tests/suites/browser/tools.sh
    source tests/suites/lib.sh
    step "building moscow-time ($profile profile)"
    cargo build --locked --quiet --profile "$profile" --bin moscow-time
    trap end_browser EXIT
    trap 'exit 130' INT TERM
    serve_debug bench-pages "target/$out_dir/moscow-time" >&2
    mkdir -p target/bench
    step "Lighthouse, $page_runs runs of each page"
    drive_browser bench/pages.mjs "$base" "$PWD/$LIGHTHOUSE/node_modules" "$page_runs" \
        target/bench/pages.json "$command_line"
    if $publish; then
        python3 bench/report.py --adopt target/bench/pages.json bench/results.json
        step "published: the pages part of bench/results.json, bench/README.md and README.md"
    fi
    exit 0
fi

# --- tools: wrk (Debian's), tmux for the TUI, taskset, python3 with venv, Go ---
missing=()
command -v go >/dev/null || missing+=(golang-go)
command -v wrk >/dev/null || missing+=(wrk)
command -v tmux >/dev/null || missing+=(tmux)
command -v taskset >/dev/null || missing+=(util-linux)
command -v python3 >/dev/null || missing+=(python3)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if ((${#missing[@]})); then
    if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
        echo "run.sh: please install ${missing[*]} (Debian package names)" >&2
        exit 1
    fi
    step "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- the Python peers' virtualenv, rebuilt when the pins change -----------------
venv=$root/target/bench-venv
requirements=$root/bench/peers/requirements.txt
stamp=$(sha256sum "$requirements" | cut -d' ' -f1)
if [[ ! -x $venv/bin/python || $(cat "$venv/.requirements.sha256" 2>/dev/null) != "$stamp" ]]; then
    step "installing the Python peers into $venv"
    python3 -m venv --clear "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
    echo "$stamp" >"$venv/.requirements.sha256"
fi

# --- the Rust servers -----------------------------------------------------------
step "building moscow-time and the hyper and Rocket floors ($profile profile)"
cargo build --locked --quiet --profile "$profile" --bin moscow-time
cargo build --locked --quiet --profile "$profile" \
    --manifest-path bench/peers/floors/Cargo.toml --target-dir target/floors

# Standard library only: no module download. Its build cache stays in target/.
step "building the Go net/http peer"
GOCACHE=$root/target/go-peer/cache GOFLAGS=-trimpath \
    go build -o target/go-peer/go-nethttp bench/peers/go-nethttp/main.go

step "measuring"
python3 bench/measure.py \
    --binary "target/$out_dir/moscow-time" \
    --floor "target/floors/$out_dir/hyper-floor" \
    --rocket-floor "target/floors/$out_dir/rocket-floor" \
    --go target/go-peer/go-nethttp \
    --venv "$venv" \
    --out target/bench \
    --duration "$duration" --warmup "$warmup" --connections "$connections" \
    --rounds "$rounds" --startup-runs "$startup_runs" --tui-seconds "$tui_seconds" \
    --images "$images" --build-profile "$profile" --command "$command_line" "${smoke[@]}"

if $publish; then
    python3 bench/report.py --adopt target/bench/results.json bench/results.json
    step "published: bench/results.json, and the tables in bench/README.md and README.md"
fi
