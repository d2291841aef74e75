#!/usr/bin/env bash
# Release files for Linux on x86_64 and aarch64: an archive and a Debian
# package per architecture, and their checksums.
#
#   scripts/release.sh VERSION [OUT]      # OUT defaults to dist/VERSION
#   scripts/release.sh 0.1.0
#
# VERSION is the one in Cargo.toml, which the binary reports; the working
# tree must be committed, as the binary records the commit. In OUT:
#   moscow-time-VERSION-x86_64-unknown-linux-gnu.tar.gz    the static binary, README.md,
#   moscow-time-VERSION-aarch64-unknown-linux-gnu.tar.gz   LICENSE, Rocket.toml (the example),
#                                                          moscow-time.service, complete/, doc/ (manual)
#   moscow-time_VERSION_amd64.deb, moscow-time_VERSION_arm64.deb   (deploy/debian/)
#   SHA256SUMS
#
# The binaries come from the Dockerfiles' own builder stage (Docker with
# BuildKit; the builder cross-compiles for arm64 natively), so they are the
# bytes the images carry. Everything else is made reproducible: names sorted,
# owners root, every timestamp the commit's (SOURCE_DATE_EPOCH), gzip
# without names or times; two clean checkouts give the same files
# (tests/suites/packages.sh).
#
# Environment: DOCKER (default /usr/bin/docker), PLATFORMS (default "amd64 arm64").
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

usage() { echo "usage: $0 VERSION [OUT]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 && -n $1 && $1 != -* ]] || usage
VERSION=$1
OUT=${2:-dist/$VERSION}
DOCKER=${DOCKER:-/usr/bin/docker}
PLATFORMS=${PLATFORMS:-amd64 arm64}
export DOCKER_BUILDKIT=1

crate_version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
[[ $VERSION == "$crate_version" ]] ||
  { echo "release: VERSION $VERSION is not Cargo.toml's version ($crate_version)" >&2; exit 2; }
[[ -z $(git status --porcelain --untracked-files=no) ]] ||
  { echo "release: commit or stash the changes first; the binary records the commit" >&2; exit 2; }
revision=$(git rev-parse HEAD)
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
export SOURCE_DATE_EPOCH

work=$(mktemp -d /tmp/moscow-time-release.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$OUT"
OUT=$(realpath "$OUT")

triple() { case $1 in amd64) echo x86_64-unknown-linux-gnu ;; arm64) echo aarch64-unknown-linux-gnu ;; *) return 1 ;; esac; }

# The Dockerfile up to its runtime stage, and a last stage that holds only
# the binary, which BuildKit writes out: the same instructions as the
# images' builds, so their cached layers are used.
binary_for() {
  local arch=$1
  {
    awk '/^FROM / && !/ AS builder/ { exit } { print }' Dockerfile
    printf 'FROM scratch\nCOPY --from=builder /usr/local/bin/moscow-time /moscow-time\n'
  } | "$DOCKER" build -q --platform "linux/$arch" --build-arg REVISION="$revision" \
      -f - -o "type=local,dest=$work/bin-$arch" . >/dev/null
  echo "release: $arch binary built" >&2
}

for arch in $PLATFORMS; do
  triple "$arch" >/dev/null || { echo "release: unknown platform '$arch' (amd64, arm64)" >&2; exit 2; }
  binary_for "$arch"
done

# Completions and the manual page, printed by the binary that runs here.
case $(uname -m) in x86_64) native=amd64 ;; aarch64) native=arm64 ;; *) native= ;; esac
[[ -x $work/bin-$native/moscow-time ]] ||
  { echo "release: PLATFORMS must include this machine's ($(uname -m)) to print the manual" >&2; exit 2; }
run=$work/bin-$native/moscow-time
[[ $("$run" --version | head -n1) == "moscow-time $VERSION" ]] ||
  { echo "release: the binary says '$("$run" --version | head -n1)'" >&2; exit 1; }
mkdir -p "$work/docs/complete" "$work/docs/doc"
"$run" completions bash >"$work/docs/complete/moscow-time.bash"
"$run" completions zsh >"$work/docs/complete/_moscow-time"
"$run" completions fish >"$work/docs/complete/moscow-time.fish"
"$run" completions elvish >"$work/docs/complete/moscow-time.elv"
"$run" completions powershell >"$work/docs/complete/_moscow-time.ps1"
"$run" man --out-dir "$work/docs/doc"

# Every file and folder under $1 gets the commit's time.
settle() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }

archive() {
  local arch=$1 name
  name=moscow-time-$VERSION-$(triple "$arch")
  local dir=$work/tar/$name
  install -D -m 755 "$work/bin-$arch/moscow-time" "$dir/moscow-time"
  install -m 644 README.md LICENSE Rocket.toml deploy/systemd/moscow-time.service "$dir/"
  cp -r "$work/docs/complete" "$work/docs/doc" "$dir/"
  chmod -R u=rwX,go=rX "$dir"
  settle "$dir"
  tar --sort=name --owner=0 --group=0 --numeric-owner --format=gnu \
    -C "$work/tar" -cf - "$name" | gzip -9n >"$OUT/$name.tar.gz"
}

deb() {
  local arch=$1 root=$work/deb-$1
  install -D -m 755 "$work/bin-$arch/moscow-time" "$root/usr/bin/moscow-time"
  install -D -m 644 "$work/docs/complete/moscow-time.bash" "$root/usr/share/bash-completion/completions/moscow-time"
  install -D -m 644 "$work/docs/complete/_moscow-time" "$root/usr/share/zsh/vendor-completions/_moscow-time"
  install -D -m 644 "$work/docs/complete/moscow-time.fish" "$root/usr/share/fish/vendor_completions.d/moscow-time.fish"
  mkdir -p "$root/usr/share/man/man1" "$root/usr/share/doc/moscow-time"
  local page
  for page in "$work"/docs/doc/*.1; do
    gzip -9n <"$page" >"$root/usr/share/man/man1/${page##*/}.gz"
  done
  gzip -9n <README.md >"$root/usr/share/doc/moscow-time/README.md.gz"
  install -m 644 deploy/debian/copyright "$root/usr/share/doc/moscow-time/copyright"
  install -D -m 644 deploy/systemd/moscow-time.service "$root/lib/systemd/system/moscow-time.service"
  # The settings: conffiles, so an upgrade keeps the admin's edits.
  install -D -m 644 Rocket.toml "$root/etc/moscow-time/Rocket.toml"
  install -D -m 644 deploy/debian/default "$root/etc/default/moscow-time"

  mkdir -p "$root/DEBIAN"
  (cd "$root" && find etc -type f | sed 's|^|/|' | sort) >"$root/DEBIAN/conffiles"
  (cd "$root" && find usr lib -type f | LC_ALL=C sort | xargs md5sum) >"$root/DEBIAN/md5sums"
  local size
  size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
    deploy/debian/control >"$root/DEBIAN/control"
  install -m 755 deploy/debian/postinst deploy/debian/prerm deploy/debian/postrm "$root/DEBIAN/"
  chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/conffiles" "$root/DEBIAN/md5sums"
  settle "$root"
  dpkg-deb --root-owner-group -Zxz --build "$root" "$OUT/moscow-time_${VERSION}_$arch.deb" >/dev/null
}

for arch in $PLATFORMS; do
  archive "$arch"
  deb "$arch"
done
(cd "$OUT" && sha256sum -- *.tar.gz *.deb >SHA256SUMS)
echo "release: $OUT"
(cd "$OUT" && ls -l -- *.tar.gz *.deb SHA256SUMS | awk '{ printf "  %9d  %s\n", $5, $9 }')
