# Sourced by the scripts that drive headless Chromium
# (tests/suites/pages_browser.sh, bench/run.sh --pages): installs Debian's
# chromium and Node.js when missing, and Lighthouse from npm into
# $LIGHTHOUSE (default target/lighthouse).

LIGHTHOUSE=${LIGHTHOUSE:-target/lighthouse}
if ! command -v chromium >/dev/null; then
  echo "installing chromium"
  apt-get install -y chromium >/dev/null
fi
if ! command -v npm >/dev/null; then
  echo "installing nodejs and npm"
  apt-get install -y nodejs npm >/dev/null
fi
if [[ ! -f $LIGHTHOUSE/node_modules/lighthouse/package.json ]]; then
  echo "installing lighthouse into $LIGHTHOUSE"
  mkdir -p "$LIGHTHOUSE"
  npm install --prefix "$LIGHTHOUSE" --no-audit --no-fund --silent lighthouse@12.2.3
fi
