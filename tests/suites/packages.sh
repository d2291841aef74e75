#!/usr/bin/env bash
# The release files as a user meets them (scripts/release.sh): built twice
# from two clean checkouts, the same bytes; each archive's binary serves the
# page, the aarch64 one under qemu; the .deb installs, upgrades, removes and
# purges with dpkg in fresh Debian containers, amd64 and arm64.
#
#   bash tests/suites/packages.sh
#
# Needs Docker (BuildKit), qemu binfmt for arm64 and the offline stand-ins of
# debian:bookworm-slim for both platforms (../shared/offline-images/
# build-bases.sh with PLATFORMS="amd64 arm64"; ARM64_DEBIAN names the arm64
# one). The binaries come from the images' builder stage, cached when the
# image suites ran first. Every container and image it makes is removed
# however it ends.
set -uo pipefail
cd "$(dirname "$0")/../.."

DOCKER=${DOCKER:-/usr/bin/docker}
ARM64_DEBIAN=${ARM64_DEBIAN:-localhost:5000/library/debian:bookworm-slim-arm64}
RUN_ID="moscow-time-packages-$$"
TEST_IMAGE="moscow-time-deb-test:$$"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
export DOCKER_BUILDKIT=1

source tests/suites/lib.sh

work=$(mktemp -d /tmp/moscow-time-packages.XXXXXX)
cleanup() {
  stop_server
  local ids
  ids=$("$DOCKER" ps -aq --filter "label=$RUN_ID" 2>/dev/null)
  [[ -z $ids ]] || "$DOCKER" rm -f $ids >/dev/null 2>&1
  "$DOCKER" rmi "$TEST_IMAGE" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- two clean checkouts, the same release ---------------------------------
release_in() {
  git clone --quiet --no-hardlinks . "$work/$1" &&
    bash "$work/$1/scripts/release.sh" "$VERSION" "$work/dist-$1"
}
echo "== scripts/release.sh $VERSION, from two clean checkouts"
release_in a || { miss "release.sh $VERSION"; exit 1; }
release_in b || { miss "release.sh $VERSION, second checkout"; exit 1; }
dist=$work/dist-a
check "two checkouts give the same files (SHA256SUMS: $(sha256sum "$dist/SHA256SUMS" | cut -c1-16)…)" \
  cmp "$dist/SHA256SUMS" "$work/dist-b/SHA256SUMS"
check "SHA256SUMS holds 2 archives and 2 packages, and they match it" \
  bash -c "cd '$dist' && (( \$(wc -l <SHA256SUMS) == 4 )) && sha256sum --quiet -c SHA256SUMS"

# --- the archives --------------------------------------------------------------
elf_machine() { readelf -h "$1" | sed -n 's/^ *Machine: *//p'; }
statically_linked() { ! readelf -l "$1" | grep -q 'program interpreter'; }
not() { ! "$@"; }

archive_serves() {
  local triple=$1 machine=$2 dir=$work/unpacked/$1
  mkdir -p "$dir"
  tar -xzf "$dist/moscow-time-$VERSION-$triple.tar.gz" -C "$dir" || return 1
  dir=$dir/moscow-time-$VERSION-$triple
  local file missing=()
  for file in moscow-time README.md LICENSE Rocket.toml moscow-time.service complete/moscow-time.bash \
    complete/_moscow-time complete/moscow-time.fish doc/moscow-time.1 doc/moscow-time-serve.1; do
    [[ -f $dir/$file ]] || missing+=("$file")
  done
  check "$triple: binary, README, LICENSE, example settings, unit, completions, manual${missing:+ (missing: ${missing[*]})}" \
    test ${#missing[@]} = 0
  check "$triple: the binary is for $machine" test "$(elf_machine "$dir/moscow-time")" = "$machine"
  check "$triple: the binary needs no dynamic loader" statically_linked "$dir/moscow-time"
  check "$triple: --version says moscow-time $VERSION" \
    bash -c "[[ \$('$dir/moscow-time' --version | head -n1) == 'moscow-time $VERSION' ]]"
  serve_debug "$triple" "$dir/moscow-time" || { miss "$triple: serve"; return 1; }
  check "$triple: serves the page with Moscow's time" bash -c "curl -fsS '$base/' | grep -q 'Moscow'"
  stop_server
}
echo "== the archives"
archive_serves x86_64-unknown-linux-gnu "Advanced Micro Devices X86-64"
# Executed through the kernel's binfmt handler for aarch64: qemu-user.
archive_serves aarch64-unknown-linux-gnu AArch64

# --- the Debian package in a fresh container ----------------------------------
# Debian as a person installs it: man-db and bash-completion, and without
# the slim image's rule that drops manual pages.
echo "== the .deb in a fresh debian:bookworm-slim container"
mkdir -p "$work/empty"
printf '%s\n' 'FROM debian:bookworm-slim' \
  'RUN rm -f /etc/dpkg/dpkg.cfg.d/docker && apt-get update -q && apt-get install -y -q --no-install-recommends man-db bash-completion curl >/dev/null && rm -rf /var/lib/apt/lists/*' |
  "$DOCKER" build -q -t "$TEST_IMAGE" -f - "$work/empty" >/dev/null || { miss "build the test container's image"; exit 1; }

# The previous version: the same package under a lower version number.
mkdir -p "$work/debs"
cp "$dist/moscow-time_${VERSION}_amd64.deb" "$work/debs/new.deb"
dpkg-deb -R "$work/debs/new.deb" "$work/previous"
sed -i "s/^Version: .*/Version: $VERSION~previous/" "$work/previous/DEBIAN/control"
dpkg-deb --root-owner-group --build "$work/previous" "$work/debs/previous.deb" >/dev/null

container=$("$DOCKER" run -d --label "$RUN_ID" -v "$work/debs:/debs:ro" "$TEST_IMAGE" sleep infinity) ||
  { miss "start the container"; exit 1; }
inside() { "$DOCKER" exec "$container" bash -c "$1"; }
installed_version() { inside "dpkg-query -W -f '\${Status} \${Version}' moscow-time"; }

check "install $VERSION~previous with dpkg -i" inside 'dpkg -i /debs/previous.deb >/dev/null'
check "the service is enabled (multi-user.target wants it)" \
  inside 'test -L /etc/systemd/system/multi-user.target.wants/moscow-time.service'
check "the admin edits /etc/moscow-time/Rocket.toml (port 8123)" \
  inside "sed -i 's/^# port = 8000\$/port = 8123/' /etc/moscow-time/Rocket.toml && grep -qx 'port = 8123' /etc/moscow-time/Rocket.toml"
check "upgrade to $VERSION with dpkg -i" inside 'dpkg -i /debs/new.deb >/dev/null'
check "dpkg says $VERSION is installed" test "$(installed_version)" = "install ok installed $VERSION"
check "the admin's edit survived the upgrade" inside "grep -qx 'port = 8123' /etc/moscow-time/Rocket.toml"
check "moscow-time --version on PATH" inside "[[ \$(moscow-time --version | head -n1) == 'moscow-time $VERSION' ]]"
check "man moscow-time opens the manual, and each command's page too" \
  inside "man -P cat moscow-time 2>/dev/null | grep -q 'moscow-time-serve(1)' && man -P cat moscow-time-serve 2>/dev/null | grep -q '^NAME'"
# Through bash-completion's own loader, as a shell does on the first Tab.
completes() {
  inside 'source /usr/share/bash-completion/bash_completion
    __load_completion moscow-time || exit 1
    f=$(complete -p moscow-time | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
    COMP_WORDS=(moscow-time t) COMP_CWORD=1 COMP_LINE="moscow-time t" COMP_POINT=13
    "$f" moscow-time t moscow-time
    printf "%s\n" "${COMPREPLY[@]}"'
}
check "bash completes 'moscow-time t' to 'tui'" test "$(completes)" = tui

# The unit's ExecStart with its Environment= and EnvironmentFile= settings,
# run by hand as an unprivileged user (no systemd runs in a container).
serve_as_the_unit() {
  inside 'unit=/lib/systemd/system/moscow-time.service
    mapfile -t vars < <(sed -n "s/^Environment=//p" $unit; grep -v "^#" /etc/default/moscow-time | grep "=")
    exec_start=$(sed -n "s/^ExecStart=//p" $unit)
    setpriv --reuid=65534 --regid=65534 --clear-groups env -i "${vars[@]}" $exec_start >/tmp/serve.log 2>&1 &
    pid=$!
    for _ in $(seq 100); do curl -fsS -o /tmp/page.html http://127.0.0.1:8123/ 2>/dev/null && break; sleep 0.1; done
    uid=$(stat -c %u /proc/$pid)
    kill $pid; wait $pid
    grep -q "Moscow" /tmp/page.html && grep -q "http://127.0.0.1:8123" /tmp/serve.log && [[ $uid == 65534 ]]'
}
check "the unit's ExecStart, run as nobody, serves the page on 127.0.0.1:8123 from the edited settings" serve_as_the_unit

check "dpkg -r removes the binary, keeps the settings" \
  inside 'dpkg -r moscow-time >/dev/null && ! test -e /usr/bin/moscow-time && grep -qx "port = 8123" /etc/moscow-time/Rocket.toml'
check "dpkg says only its settings remain" test "$(installed_version)" = "deinstall ok config-files $VERSION"
# Everything the package put in the file system, and the traces of its enablement.
added=$(dpkg-deb -c "$work/debs/new.deb" | awk '$6 !~ /\/$/ { sub(/^\./, "", $6); print $6 }' | tr '\n' ' ')
check "dpkg -P purges every file it added and its enablement" \
  inside "dpkg -P moscow-time >/dev/null && for f in $added /etc/moscow-time \
    /etc/systemd/system/multi-user.target.wants/moscow-time.service /etc/systemd/system/moscow-time.service \
    /var/lib/systemd/deb-systemd-helper-enabled/moscow-time.service.dsh-also; do
      if test -e \$f || test -L \$f; then echo \"      left behind: \$f\" >&2; exit 1; fi; done"
check "dpkg knows nothing of it after the purge" not inside 'dpkg -s moscow-time >/dev/null 2>&1'

echo "== the arm64 .deb in a fresh arm64 Debian container (qemu)"
check "dpkg -i on arm64, then moscow-time --version" \
  "$DOCKER" run --rm --label "$RUN_ID" --platform linux/arm64 -v "$dist:/dist:ro" "$ARM64_DEBIAN" \
  bash -c "dpkg -i /dist/moscow-time_${VERSION}_arm64.deb >/dev/null && [[ \$(moscow-time --version | head -n1) == 'moscow-time $VERSION' ]]"
check "the amd64 .deb is refused there" \
  "$DOCKER" run --rm --label "$RUN_ID" --platform linux/arm64 -v "$dist:/dist:ro" "$ARM64_DEBIAN" \
  bash -c "! dpkg -i /dist/moscow-time_${VERSION}_amd64.deb >/dev/null 2>&1"

echo "packages: $passed passed, $failed failed"
((failed == 0))
