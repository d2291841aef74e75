#!/usr/bin/env bash
# Builds both images for linux/amd64 and linux/arm64, pushes them to a
# registry, joins each tag's platforms into one manifest list, signs the lists
# when given a key, and prints every pushed digest.
#
#   scripts/publish.sh REGISTRY [VERSION]
#   scripts/publish.sh registry.example.com/team 0.1.0
#
# Tags, in REGISTRY/moscow-time (VERSION defaults to Cargo.toml's):
#   VERSION, latest              distroless: the image to use unless you want a shell
#   VERSION-slim, slim           Debian slim, the same binary with bash and coreutils
#   <tag>-amd64, <tag>-arm64     the single-platform images the lists are made of
# VERSION never moves once pushed; latest and slim follow the newest release.
# Distroless gets the bare tags because it is the smaller image and the
# recommended one; "-slim" marks the Debian variant as official images do.
#
# Environment:
#   DOCKER        client with BuildKit and `docker manifest` (default /usr/bin/docker)
#   PLATFORMS     default "amd64 arm64"
#   REVISION      commit for the revision label (default: git rev-parse HEAD)
#   SIGN_BY       GPG key fingerprint: sign every list tag with skopeo --sign-by; the
#                 signatures go where registries.d's lookaside-staging says for REGISTRY
#   REGISTRIES_D  registries.d folder for skopeo (default: skopeo's own)
#   SBOM_DIR      write an SPDX SBOM of each image here with syft (default: none)
#   BASE_MIRROR   registry with multi-platform copies of the runtime bases, used for
#                 platforms other than this machine's own (for machines that cannot reach
#                 Docker Hub and gcr.io, e.g. localhost:5000); real builds leave it unset
# A registry on localhost or 127.x is spoken to over plain HTTP, as Docker does.
#
# Output: one line per pushed manifest, "REFERENCE DIGEST".
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 REGISTRY [VERSION]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 && -n $1 && $1 != -* ]] || usage

REGISTRY=${1%/}
REPO=$REGISTRY/moscow-time
VERSION=${2:-$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)}
[[ $VERSION =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || { echo "not a valid tag: '$VERSION'" >&2; exit 2; }
DOCKER=${DOCKER:-/usr/bin/docker}
PLATFORMS=${PLATFORMS:-amd64 arm64}
REVISION=${REVISION:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}
export DOCKER_BUILDKIT=1 DOCKER_CLI_EXPERIMENTAL=enabled

# variant, Dockerfile, tags (the first is the version tag), base under BASE_MIRROR
VARIANTS=(
  "distroless Dockerfile.distroless $VERSION,latest distroless/static-debian12:nonroot"
  "slim Dockerfile $VERSION-slim,slim library/debian:bookworm-slim"
)

host=${REGISTRY%%/*}
insecure=()
tls=()
if [[ $host == localhost || $host == localhost:* || $host == 127.* ]]; then
  insecure=(--insecure)
  tls=(--src-tls-verify=false --dest-tls-verify=false)
fi
skopeo_opts=()
[[ -z ${REGISTRIES_D:-} ]] || skopeo_opts=(--registries.d "$REGISTRIES_D")

native=$("$DOCKER" version --format '{{.Server.Arch}}')
log() { echo "publish: $*" >&2; }

# Pushes $1 and prints its digest, as the registry reports it.
push() {
  local out
  out=$("$DOCKER" push "$1") || { echo "$out" >&2; return 1; }
  sed -n 's/.*digest: \(sha256:[0-9a-f]\{64\}\).*/\1/p' <<<"$out" | tail -n1
}

for spec in "${VARIANTS[@]}"; do
  read -r variant file tags mirrored <<<"$spec"
  IFS=, read -r -a tag_list <<<"$tags"
  main=${tag_list[0]}
  parts=()
  for arch in $PLATFORMS; do
    image=$REPO:$main-$arch
    base=()
    if [[ $arch != "$native" && -n ${BASE_MIRROR:-} ]]; then
      base=(--build-arg "RUNTIME_IMAGE=$BASE_MIRROR/$mirrored")
    fi
    log "building $image"
    "$DOCKER" build -q --platform "linux/$arch" -f "$file" -t "$image" "${base[@]}" \
      --build-arg VERSION="$VERSION" --build-arg REVISION="$REVISION" . >/dev/null
    if [[ -n ${SBOM_DIR:-} ]]; then
      mkdir -p "$SBOM_DIR"
      SYFT_CHECK_FOR_APP_UPDATE=false ${SYFT:-syft} -q "docker:$image" \
        -o "spdx-json=$SBOM_DIR/moscow-time-$main-$arch.spdx.json"
    fi
    echo "$image $(push "$image")"
    parts+=("$image")
  done

  # One list per tag: created for the version tag, copied to the others so
  # every tag of a variant names the very same list digest.
  list=$REPO:$main
  "$DOCKER" manifest rm "$list" >/dev/null 2>&1 || true
  "$DOCKER" manifest create "${insecure[@]}" "$list" "${parts[@]}" >/dev/null
  for part in "${parts[@]}"; do
    if [[ $part == *-arm64 ]]; then
      "$DOCKER" manifest annotate "$list" "$part" --variant v8
    fi
  done
  digest=$("$DOCKER" manifest push "${insecure[@]}" --purge "$list" | grep -o 'sha256:[0-9a-f]\{64\}' | tail -n1)
  for tag in "${tag_list[@]}"; do
    # Copies the list onto each tag (itself too, for the version tag), signed
    # for that tag's name when a key is given; --preserve-digests refuses to
    # change a single byte of what was pushed. The source is the list just
    # pushed, pinned by digest, so no trust policy needs to vouch for it.
    sign=()
    [[ -z ${SIGN_BY:-} ]] || sign=(--sign-by "$SIGN_BY")
    skopeo --insecure-policy "${skopeo_opts[@]}" copy -q --all --preserve-digests "${tls[@]}" "${sign[@]}" \
      "docker://$REPO@$digest" "docker://$REPO:$tag" >&2
    echo "$REPO:$tag $digest"
  done
done
