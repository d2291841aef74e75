# Sourced by the scripts that drive headless Chromium
# (tests/suites/pages_browser.sh, bench/run.sh --pages): installs Debian's
# chromium, Node.js and libfaketime when missing, and Lighthouse from npm
# into $LIGHTHOUSE (default target/lighthouse). Sets FAKETIME_LIB, the
# library that shifts a dynamically linked program's clock (LD_PRELOAD).

LIGHTHOUSE=${LIGHTHOUSE:-target/lighthouse}
if ! command -v chromium >/dev/null; then
  echo "installing chromium"
  apt-get install -y chromium >/dev/null
fi
if ! command -v npm >/dev/null; then
  echo "installing nodejs and npm"
  apt-get install -y nodejs npm >/dev/null
fi
if ! dpkg -s libfaketime >/dev/null 2>&1; then
  echo "installing libfaketime"
  apt-get install -y libfaketime >/dev/null
fi
FAKETIME_LIB=$(dpkg -L libfaketime | grep -m1 '/libfaketime\.so\.1$')
if [[ ! -f $LIGHTHOUSE/node_modules/lighthouse/package.json ]]; then
  echo "installing lighthouse into $LIGHTHOUSE"
  mkdir -p "$LIGHTHOUSE"
  npm install --prefix "$LIGHTHOUSE" --no-audit --no-fund --silent lighthouse@12.2.3
fi

# The node script that drives the browser runs in a process group of its own
# (drive_browser); end_browser, set as the EXIT trap, ends that group and the
# server (lib.sh's stop_server) however the run ends: the whole group, node
# and the Chromium it launched, even after node is gone, as a crash may have
# left Chromium behind.
browser=
end_browser() {
  [[ -z $browser ]] || { kill -- "-$browser" 2>/dev/null || true; wait "$browser" 2>/dev/null || true; }
  browser=
  stop_server
}

# Runs `node SCRIPT ARGS...`; returns its exit status.
drive_browser() {
  setsid node "$@" &
  browser=$!
  local status=0
  wait "$browser" || status=$?
  browser=
  return "$status"
}
