#!/usr/bin/env bash
# Fuzzes every parser that reads input from outside (fuzz/fuzz_targets/),
# SECONDS each, one after the other:
#
#   fuzz/run.sh [--quick] [SECONDS] [TARGET...]    # default: 600 s, every target
#
# The long run is the default: optimized targets under AddressSanitizer
# (about 8 minutes to build the first time, every dependency again).
# --quick builds them without optimizations or the sanitizer, in half the
# time, for a short run: .ci/run runs `fuzz/run.sh --quick 10`. libFuzzer's
# coverage guidance and every target's checks are the same in both; the
# sanitizer adds checks on the dependencies' unsafe code.
# Needs the nightly toolchain (rustup toolchain install nightly) and
# cargo-fuzz, which it installs with cargo install when missing.
# What each target finds is kept in fuzz/corpus/TARGET, so runs build on
# each other; a failing input goes to fuzz/artifacts/TARGET/, and the run
# fails with the command that replays it.
set -euo pipefail
cd "$(dirname "$0")"
build=(--release --sanitizer address)
if [[ ${1:-} == --quick ]]; then
    build=(--dev --sanitizer none)
    shift
fi
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^moscow-time-fuzz$')
fi

version=0.13.2
if [[ $(cargo fuzz --version 2>/dev/null) != "cargo-fuzz $version" ]]; then
    cargo install --locked --quiet "cargo-fuzz@$version"
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

cargo +nightly fuzz build "${build[@]}"
for target in "${targets[@]}"; do
    echo "-- $target, $seconds s"
    cargo +nightly fuzz run "${build[@]}" "$target" -- \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1
done
