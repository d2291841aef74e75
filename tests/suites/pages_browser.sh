#!/usr/bin/env bash
# The pages in headless Chromium, against the real binary on a free loopback
# port: Lighthouse must score 100 in accessibility, best practices and SEO for
# /, a zone's page, the Russian, Arabic and Japanese pages and two places
# side by side, and pass the performance audits that
# count bytes (its performance score and timings are printed, not judged: see
# bench/run.sh --pages); the visitor's own time must appear with the right
# difference when the browser's zone is forced; the visitor's clock must be
# measured against a server whose clock libfaketime puts 5 s ahead ("5.0 s
# behind", within the accuracy the page prints) and against one that is
# not ("exact"), in both languages; the Arabic page must be mirrored, its
# clock left to right, and the visitor's time said in CLDR's plural forms
# (Arabic, Polish, French, Japanese); the page must raise no
# Content-Security-Policy violation; the picker and the dark theme must work.
# The checks themselves are in tests/suites/browser/pages.mjs.
#
#   bash tests/suites/pages_browser.sh
#
# Installs Debian's chromium (and Node.js) when missing, and Lighthouse from
# npm into target/lighthouse; builds the binary with cargo. The server and
# the browser (in a process group of their own) are ended by pid however the
# run ends. Lighthouse's JSON reports are left in target/lighthouse/reports.
set -euo pipefail
cd "$(dirname "$0")/../.."

started=$(date +%s)
source tests/suites/browser/tools.sh
echo "pages_browser: tools ready in $(($(date +%s) - started)) s ($(chromium --version 2>/dev/null))"

cargo build --locked --quiet
source tests/suites/lib.sh
reports=$LIGHTHOUSE/reports
mkdir -p "$reports"
trap end_browser EXIT
trap 'exit 130' INT TERM
serve_debug pages_browser
plain=$base
# The same binary with its clock 5 s ahead of the browser's (it is
# dynamically linked: libfaketime shifts every clock it reads).
serve_debug pages_browser-shifted target/debug/moscow-time \
  LD_PRELOAD="$FAKETIME_LIB" FAKETIME=+5s
shifted=$base
# And one whose clock starts at a fixed instant, for what the pages say of
# the zones' coming clock changes.
serve_debug pages_browser-fixed target/debug/moscow-time \
  LD_PRELOAD="$FAKETIME_LIB" FAKETIME="@2026-12-07 12:00:00"
fixed=$base

status=0
drive_browser tests/suites/browser/pages.mjs "$plain" "$PWD/$LIGHTHOUSE/node_modules" "$reports" \
  "$shifted" 5 "$fixed" || status=$?
echo "pages_browser: done in $(($(date +%s) - started)) s"
exit "$status"
