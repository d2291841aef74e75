#!/usr/bin/env bash
# The pages in headless Chromium, against the real binary on a free loopback
# port: Lighthouse must score 100 in all four categories for /, a zone's page
# and the Russian page; the visitor's own time must appear with the right
# difference when the browser's zone is forced; the page must raise no
# Content-Security-Policy violation; the picker and the dark theme must work.
# The checks themselves are in tests/browser/pages.mjs.
#
#   bash tests/pages_browser.sh
#
# Installs Debian's chromium when missing, and Lighthouse from npm into
# target/lighthouse; builds the binary with cargo. The server and the
# browser (in a process group of their own) are ended by pid however the
# run ends. Lighthouse's JSON reports are left in target/lighthouse/reports.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE=${LIGHTHOUSE:-target/lighthouse}
started=$(date +%s)
if ! command -v chromium >/dev/null; then
  echo "installing chromium"
  apt-get install -y --no-install-recommends chromium >/dev/null
fi
if [[ ! -f $LIGHTHOUSE/node_modules/lighthouse/package.json ]]; then
  echo "installing lighthouse into $LIGHTHOUSE"
  mkdir -p "$LIGHTHOUSE"
  npm install --prefix "$LIGHTHOUSE" --no-audit --no-fund --silent lighthouse@12.2.3
fi
echo "pages_browser: tools ready in $(($(date +%s) - started)) s ($(chromium --version 2>/dev/null))"

cargo build --locked --quiet
log=$(mktemp)
reports=$LIGHTHOUSE/reports
mkdir -p "$reports"
server=
browser=
cleanup() {
  # The browser's whole process group, node and the Chromium it launched,
  # even after node is gone: a crash may have left Chromium behind.
  [[ -z $browser ]] || { kill -- "-$browser" 2>/dev/null || true; wait "$browser" 2>/dev/null || true; }
  [[ -z $server ]] || { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

NO_COLOR=1 target/debug/moscow-time serve --port 0 >"$log" 2>&1 &
server=$!
base=
for _ in $(seq 100); do
  base=$(grep -om1 'http://127.0.0.1:[0-9]*' "$log" || true)
  [[ -n $base ]] && curl -fso /dev/null "$base/ready" && break
  sleep 0.1
done
[[ -n $base ]] || { echo "pages_browser: the server did not start" >&2; cat "$log" >&2; exit 1; }
echo "pages_browser: server on $base (pid $server)"

setsid node tests/browser/pages.mjs "$base" "$PWD/$LIGHTHOUSE/node_modules" "$reports" &
browser=$!
status=0
wait "$browser" || status=$?
echo "pages_browser: done in $(($(date +%s) - started)) s"
exit "$status"
