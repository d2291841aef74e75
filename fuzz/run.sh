#!/usr/bin/env bash
# Fuzzes every parser that reads input from outside (fuzz/fuzz_targets/),
# SECONDS each, one after the other:
#
#   fuzz/run.sh [SECONDS] [TARGET...]     # default: 600 s, every target
#
# The long run is the default; fuzz/run.sh 15 is a short one (about 12
# minutes with the first build, which compiles every dependency again).
# CI does not run it: the property tests in tests/it/properties.rs are CI's
# form of the same checks (docs/security.md).
# Needs the nightly toolchain (rustup toolchain install nightly) and
# cargo-fuzz, which it installs under fuzz/target/tools when missing.
# What each target finds is kept in fuzz/corpus/TARGET, so runs build on
# each other; a failing input goes to fuzz/artifacts/TARGET/, and the run
# fails with the command that replays it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^moscow-time-fuzz$')
fi

export PATH="$PWD/target/tools/bin:$PATH"
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install --locked --quiet --root target/tools cargo-fuzz@0.13.2
fi

# Seeds, so that a short run starts from real inputs: the machine's TZif
# files, the GeoIP test databases (after the 16 bytes of the address the
# target reads first), a few typed names and headers.
seed() { mkdir -p "corpus/$1"; cat > "corpus/$1/seed-$2"; }
for zone in Europe/Moscow America/New_York Asia/Kolkata Australia/Lord_Howe UTC; do
    seed tzif "${zone//\//-}" < "/usr/share/zoneinfo/$zone"
done
for mmdb in ../tests/data/geoip/*.mmdb; do
    { head -c 16 /dev/zero; cat "$mmdb"; } | seed geoip "$(basename "$mmdb")"
done
printf '\001Moscow' | seed zone_search city
printf '\000europe/moscw' | seed zone_search misspelt
printf 'ru-RU,ru;q=0.9,en;q=0.8' | seed negotiation language
printf 'gzip, deflate, br;q=1.0, *;q=0' | seed negotiation encoding

cargo +nightly fuzz build
for target in "${targets[@]}"; do
    echo "-- $target, $seconds s"
    cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -timeout=10 -print_final_stats=1
done
