#!/usr/bin/env bash
# Takes the README's pictures of the zone page, two places side by side and
# the Russian page (docs/images/people*.png) in headless Chromium, from the
# debug binary, at the time it is run. Not run by CI: run it when the pages
# change.
#
#   bash tests/suites/browser/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
source tests/suites/browser/tools.sh
cargo build --locked --quiet
source tests/suites/lib.sh
trap end_browser EXIT
trap 'exit 130' INT TERM
serve_debug screenshots target/debug/moscow-time
drive_browser tests/suites/browser/screenshots.mjs "$base" "$PWD/$LIGHTHOUSE/node_modules" "$PWD/docs/images"
