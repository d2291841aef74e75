#!/usr/bin/env bash
# Builds the ezTime harness: ezTime.cpp from the shared device oracles, as it
# is, with the stand-in Arduino core beside this script. Rebuilds only when a
# source is newer than the binary. Prints the binary's path.
#
#   tests/suites/eztime/build.sh            # -> target/eztime/harness
#
# EZTIME_SRC overrides where ezTime.h/.cpp are read from; CXX the compiler.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../../.." && pwd)
src=${EZTIME_SRC:-$(cd "$root/.." && pwd)/shared/device-oracles/eztime-client}
out_dir=${CARGO_TARGET_DIR:-$root/target}/eztime
bin=$out_dir/harness
cxx=${CXX:-g++}

[[ -f $src/ezTime.cpp && -f $src/ezTime.h ]] || { echo "ezTime sources not found in $src" >&2; exit 1; }

sources=("$src/ezTime.cpp" "$src/ezTime.h" "$here/harness.cpp" "$here/build.sh"
  "$here"/arduino/*.h "$here"/arduino/*.cpp "$here/arduino/lang/EN")

stale=0
if [[ ! -x $bin ]]; then
  stale=1
else
  for f in "${sources[@]}"; do
    if [[ $f -nt $bin ]]; then stale=1; break; fi
  done
fi

if ((stale)); then
  mkdir -p "$out_dir"
  # -I arduino first: ezTime.cpp's <Arduino.h>, <WiFi.h>, <WiFiUdp.h>,
  # <EEPROM.h> and its lang/EN come from there, <ezTime.h> from the library.
  # The library's bare "" statements (its disabled debug macros) and
  # its narrowing into uint8_t and its error(SERVER_ERROR) calls (an enum
  # passed as the bool of ezt::error, ezTime.cpp:844 and 859, reported by
  # the harness's ask mode) are as written upstream, so those warnings
  # are off.
  "$cxx" -std=gnu++17 -O2 -Wall -Wno-unused-value -Wno-narrowing -Wno-sign-compare -Wno-int-in-bool-context \
    -I "$here/arduino" -I "$src" \
    -o "$bin.tmp.$$" \
    "$here/harness.cpp" "$here/arduino/arduino.cpp" "$src/ezTime.cpp"
  mv -f "$bin.tmp.$$" "$bin"
fi
echo "$bin"
