#!/usr/bin/env bash
# The ways in that need no Docker, as a user meets them. The release files
# (scripts/release.sh): built twice from two clean checkouts, the same bytes;
# each archive's binary serves the page, the aarch64 one under qemu; the .deb
# installs, upgrades, removes and purges with dpkg in fresh Debian containers
# (amd64 and arm64), and runs as a service under a live systemd. Then
# `cargo install --path .` from this checkout.
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
revision=$(git rev-parse HEAD)
release_in() {
  git clone --quiet --no-hardlinks . "$work/$1" && git -C "$work/$1" checkout --quiet "$revision" &&
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
# Debian as a person installs it: man-db, bash-completion and systemd, and
# without the slim image's rule that drops manual pages.
echo "== the .deb in a fresh debian:bookworm-slim container"
mkdir -p "$work/empty"
printf '%s\n' 'FROM debian:bookworm-slim' \
  'RUN rm -f /etc/dpkg/dpkg.cfg.d/docker && apt-get update -q && apt-get install -y -q --no-install-recommends man-db bash-completion curl systemd >/dev/null && rm -rf /var/lib/apt/lists/*' |
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

# --- under a live systemd ----------------------------------------------------
# A container whose PID 1 is systemd. It needs CAP_SYS_ADMIN to set up the
# unit's namespaces, and CAP_SYS_PTRACE, which a host's systemd has, to set
# up ProtectProc=invisible with PrivateUsers= (systemd/systemd#29656).
echo "== the .deb under a live systemd (a container whose PID 1 is systemd)"
live=$("$DOCKER" run -d --label "$RUN_ID" --cap-add SYS_ADMIN --cap-add SYS_PTRACE \
  --security-opt seccomp=unconfined --security-opt apparmor=unconfined \
  --tmpfs /run --tmpfs /run/lock -v /sys/fs/cgroup:/sys/fs/cgroup:ro \
  -v "$work/debs:/debs:ro" "$TEST_IMAGE" /lib/systemd/systemd) || { miss "start systemd in a container"; exit 1; }
in_live() { "$DOCKER" exec "$live" bash -c "$1"; }
# Polls URL $1 (from where $2 runs: in_live or bash -c) until it answers 200.
answers() { $2 "for _ in \$(seq 50); do curl -fs --max-time 1 -o /dev/null $1 && exit 0; sleep 0.2; done; exit 1"; }
check "systemd is up" in_live 'for _ in $(seq 100); do
    [[ $(systemctl is-system-running 2>/dev/null) =~ running|degraded ]] && exit 0; sleep 0.2; done; exit 1'
installs_and_starts() { in_live 'dpkg -i /debs/new.deb >/dev/null' && answers http://127.0.0.1:8000/health in_live; }
check "dpkg -i, and the service starts by itself: /health answers on 127.0.0.1:8000" installs_and_starts
own_user() {
  in_live 'pid=$(systemctl show -p MainPID --value moscow-time); uid=$(stat -c %u /proc/$pid)
    echo "      pid $pid, uid $uid"; ((uid >= 61184 && uid <= 65519))'
}
check "it runs as a dynamic user (uid 61184-65519), not root" own_user
check "it reads the kernel's clock state through the system-call filter" \
  in_live 'curl -fsS http://127.0.0.1:8000/health | grep -q "\"max_error_seconds\""'
ip=$("$DOCKER" inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$live")
check "other machines cannot reach it at $ip:8000" not curl -fs --max-time 2 -o /dev/null "http://$ip:8000/health"
check "ROCKET_ADDRESS=0.0.0.0 and ROCKET_TIMEZONED_PORT=2342 in /etc/default/moscow-time, then systemctl restart" \
  in_live "sed -i 's/^#ROCKET_ADDRESS=/ROCKET_ADDRESS=/; s/^#ROCKET_TIMEZONED_PORT=/ROCKET_TIMEZONED_PORT=/' /etc/default/moscow-time && systemctl restart moscow-time"
check "  …then other machines get the page at $ip:8000" answers "http://$ip:8000/" "bash -c"
udp_answer=$(udp_ask 2342 Asia/Tokyo "$ip")
check "  …and ezTime's query over UDP through the unit's filters: $udp_answer" test "$udp_answer" = "OK Asia/Tokyo JST-9"
check "systemctl stop ends it cleanly (inactive, result success)" \
  in_live 'systemctl stop moscow-time && [[ $(systemctl is-active moscow-time) == inactive && $(systemctl show -p Result --value moscow-time) == success ]]'
check "dpkg -r stops the running service" \
  in_live 'systemctl start moscow-time && dpkg -r moscow-time >/dev/null && ! systemctl is-active --quiet moscow-time && ! curl -fs --max-time 2 -o /dev/null http://127.0.0.1:8000/health'
"$DOCKER" rm -f "$live" >/dev/null

echo "== the arm64 .deb in a fresh arm64 Debian container (qemu)"
check "dpkg -i on arm64, then moscow-time --version" \
  "$DOCKER" run --rm --label "$RUN_ID" --platform linux/arm64 -v "$dist:/dist:ro" "$ARM64_DEBIAN" \
  bash -c "dpkg -i /dist/moscow-time_${VERSION}_arm64.deb >/dev/null && [[ \$(moscow-time --version | head -n1) == 'moscow-time $VERSION' ]]"
check "the amd64 .deb is refused there" \
  "$DOCKER" run --rm --label "$RUN_ID" --platform linux/arm64 -v "$dist:/dist:ro" "$ARM64_DEBIAN" \
  bash -c "! dpkg -i /dist/moscow-time_${VERSION}_amd64.deb >/dev/null 2>&1"

# --- from source ------------------------------------------------------------------
# The README's `cargo install --locked --path .`, in the debug profile and
# this checkout's target folder, so that it reuses the tests' build (the
# release profile's compile is the images' and the archives': above).
echo "== from source: cargo install --locked --path ."
installs_from_source() {
  CARGO_TARGET_DIR=$PWD/target cargo install --quiet --locked --debug --path . --root "$work/installed" &&
    [[ $("$work/installed/bin/moscow-time" --version | head -n1) == "moscow-time $VERSION" ]]
}
check "cargo install puts moscow-time $VERSION in ROOT/bin" installs_from_source
if serve_debug cargo-install "$work/installed/bin/moscow-time"; then
  check "the installed binary serves the page" bash -c "curl -fsS '$base/' | grep -q 'Moscow'"
else
  miss "the installed binary serves the page"
fi
stop_server

echo "packages: $passed passed, $failed failed"
((failed == 0))
