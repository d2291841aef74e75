#!/usr/bin/env bash
# Reproducible build: the release binary, built from a clean checkout in a
# folder of another name, outside Docker, is byte for byte the same.
#
#   bash tests/suites/reproducible.sh IMAGE   # one build here, compared with the binary in IMAGE
#                                             # (an amd64 image from Dockerfile or Dockerfile.distroless)
#   bash tests/suites/reproducible.sh         # two builds here, from two clean checkouts
#
# Each build clones this repository's HEAD into a new temporary folder and
# runs, with an empty target folder, the same build as the Dockerfiles:
#
#   MOSCOW_TIME_REVISION=$(git rev-parse HEAD) SOURCE_DATE_EPOCH=0 \
#   RUSTFLAGS="-C target-feature=+crt-static --remap-path-prefix=$CARGO_HOME=/cargo --remap-path-prefix=$PWD=/build" \
#   cargo auditable build --release --locked --target x86_64-unknown-linux-gnu
#
# The images build in /build with CARGO_HOME=/usr/local/cargo and map them
# to the same names. A full build takes about as long as a cold image build.
# cargo-auditable is installed into TOOLS_DIR (default target/reproducible-tools)
# when it is not on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."

DOCKER=${DOCKER:-/usr/bin/docker}
TOOLS_DIR=${TOOLS_DIR:-$PWD/target/reproducible-tools}
TARGET=x86_64-unknown-linux-gnu
IMAGE=${1:-}
repo=$PWD
revision=$(git rev-parse HEAD)
work=$(mktemp -d /tmp/moscow-time-reproducible.XXXXXX)
container=""
cleanup() {
  [[ -z $container ]] || "$DOCKER" rm -f "$container" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v cargo-auditable >/dev/null; then
  [[ -x $TOOLS_DIR/bin/cargo-auditable ]] ||
    cargo install --quiet cargo-auditable --version 0.7.7 --locked --root "$TOOLS_DIR"
  export PATH=$TOOLS_DIR/bin:$PATH
fi
cargo_home=$(realpath "${CARGO_HOME:-$HOME/.cargo}")

# Builds the binary from a fresh clone in folder $1; prints its sha256.
build_in() {
  local dir=$1 t0=$SECONDS
  git clone --quiet --no-hardlinks "$repo" "$dir"
  git -C "$dir" checkout --quiet "$revision"
  (
    cd "$dir"
    MOSCOW_TIME_REVISION=$revision CARGO_TARGET_DIR=$dir/target CARGO_TERM_COLOR=never SOURCE_DATE_EPOCH=0 \
      RUSTFLAGS="-C target-feature=+crt-static --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$dir=/build" \
      cargo auditable build --quiet --release --locked --target "$TARGET"
  ) >&2
  echo "built in $dir in $((SECONDS - t0)) s" >&2
  sha256sum "$dir/target/$TARGET/release/moscow-time" | cut -d' ' -f1
}

first=$(build_in "$work/a/checkout")
echo "sha256 here:              $first"
if [[ -n $IMAGE ]]; then
  [[ $("$DOCKER" image inspect --format '{{.Architecture}}' "$IMAGE") == amd64 ]] ||
    { echo "$IMAGE is not an amd64 image" >&2; exit 2; }
  container=$("$DOCKER" create "$IMAGE")
  "$DOCKER" cp "$container:/usr/local/bin/moscow-time" "$work/from-image"
  second=$(sha256sum "$work/from-image" | cut -d' ' -f1)
  what="the binary in $IMAGE"
else
  second=$(build_in "$work/another/folder/moscow-time")
  what="a build in another folder"
fi
echo "sha256 of $what: $second"
if [[ $first == "$second" ]]; then
  echo "reproducible: the same binary"
else
  echo "NOT reproducible: the binaries differ" >&2
  exit 1
fi
