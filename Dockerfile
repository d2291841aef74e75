# moscow-time on Debian slim: the binary, a non-root user, and nothing else.
# Build:  DOCKER_BUILDKIT=1 docker build -t moscow-time:slim .
# Run:    docker run -p 8000:8000 moscow-time:slim
# The builder stage is the same, line for line, as in Dockerfile.distroless
# (tests/suites/container.sh checks it), so building one image after the other
# reuses every builder layer.

# Bases pinned by exact tag. To pin a vetted digest too, without editing this
# file: --build-arg RUST_IMAGE=rust:1.95-slim-bookworm@sha256:<digest>
ARG RUST_IMAGE=rust:1.95-slim-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---- builder: a static binary with the assets embedded ---------------------
# The builder runs on the build machine's own platform and cross-compiles for
# the image's platform (TARGETARCH: amd64 or arm64), so an arm64 image builds
# at native speed, without emulation. Nothing here depends on the runtime
# base, so both images share every builder layer for each architecture.
# checkov:skip=CKV_DOCKER_7: the tag is the exact one in ARG RUST_IMAGE above; checkov does not expand build arguments
FROM --platform=$BUILDPLATFORM ${RUST_IMAGE} AS builder
WORKDIR /build

# cargo-auditable records the dependency tree (crates, versions, sources) in
# the binary itself, so scanners can tell what is inside it from the binary.
RUN cargo install cargo-auditable --version 0.7.7 --locked

# The Rust target for the image's platform; for arm64 also Debian's cross
# linker and the arm64 glibc to link statically against. (rustup target add
# is a no-op when the toolchain already has the target.)
ARG TARGETARCH
RUN case "$TARGETARCH" in \
      amd64) echo x86_64-unknown-linux-gnu > /rust-target ;; \
      arm64) echo aarch64-unknown-linux-gnu > /rust-target \
        && apt-get update \
        && apt-get install -y --no-install-recommends \
             gcc-aarch64-linux-gnu=4:12.2.0-3 libc6-dev-arm64-cross=2.36-8cross1 \
        && rm -rf /var/lib/apt/lists/* ;; \
      *) echo "unsupported TARGETARCH '$TARGETARCH': amd64 or arm64" >&2; exit 1 ;; \
    esac \
 && rustup target add "$(cat /rust-target)"

# glibc linked statically (the binary does no DNS or user lookups, which would
# need glibc's shared NSS modules), so one binary runs on slim and on
# distroless/static alike. An explicit --target keeps the flag off build
# scripts and proc macros, which must stay dynamic. The paths of the sources
# are remapped to fixed names, so that the binary is the same wherever it is
# built (tests/suites/reproducible.sh builds it outside Docker and compares),
# and the C compiler's __DATE__ and __TIME__ (mimalloc records them) are the
# epoch's, so that it is the same whenever it is built.
ENV RUSTFLAGS="-C target-feature=+crt-static --remap-path-prefix=/usr/local/cargo=/cargo --remap-path-prefix=/build=/build" \
    CARGO_TERM_COLOR=never CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc \
    SOURCE_DATE_EPOCH=0

# Dependencies first, in a layer of their own: built against a stub crate, they
# are rebuilt only when Cargo.toml or Cargo.lock change, not when src/ does.
# The stub's own artifacts are cleaned so the real sources always rebuild.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() {}' > src/main.rs \
 && touch src/lib.rs \
 && cargo auditable build --release --locked --target "$(cat /rust-target)" \
 && cargo clean --release --target "$(cat /rust-target)" --package moscow-time

# The sources, which change most often, last. assets/ is read at compile time;
# build.rs records REVISION for the build-info metric.
COPY assets/ assets/
COPY build.rs askama.toml ./
COPY src/ src/
ARG REVISION=unknown
RUN MOSCOW_TIME_REVISION="$REVISION" cargo auditable build --release --locked --target "$(cat /rust-target)" \
 && cp "target/$(cat /rust-target)/release/moscow-time" /usr/local/bin/moscow-time

# ---- runtime ---------------------------------------------------------------
FROM ${RUNTIME_IMAGE}
# A dedicated user with a fixed UID/GID, so file ownership on mounted volumes
# is predictable. --no-log-init: a high UID would otherwise grow the sparse
# /var/log/lastlog and faillog into megabytes of layer.
RUN groupadd --gid 10001 moscow-time \
 && useradd --uid 10001 --gid moscow-time --no-log-init --no-create-home \
      --home-dir /nonexistent --shell /usr/sbin/nologin moscow-time

COPY --from=builder /usr/local/bin/moscow-time /usr/local/bin/moscow-time
# Named by number, so that Kubernetes' runAsNonRoot can verify it.
USER 10001:10001

# The binary listens on 127.0.0.1 by default, which cannot be reached from
# outside a container. The port is set through PORT, not ROCKET_PORT, so that
# both -e PORT=... (as platforms set it) and -e ROCKET_PORT=... still win.
# ezTime devices ask for their zone over UDP on the protocol's port 2342
# (docs/devices.md); ROCKET_TIMEZONED_PORT= (empty) turns it off.
ENV ROCKET_ADDRESS=0.0.0.0 PORT=8000 ROCKET_TIMEZONED_PORT=2342
EXPOSE 8000 2342/udp

# The binary probes its own /health: no shell or curl needed. It starts in
# milliseconds, so a short start period and a quick interval are enough
# (--start-interval would probe sooner while starting, but engines before
# Docker 25 reject the flag).
HEALTHCHECK --interval=5s --timeout=3s --start-period=2s --retries=3 \
  CMD ["/usr/local/bin/moscow-time", "healthcheck"]

# Exec form: the binary is PID 1 and receives docker stop's SIGTERM itself.
ENTRYPOINT ["/usr/local/bin/moscow-time"]
CMD ["serve"]

# Last, as they change with every commit: they alter no layer above.
ARG VERSION=unknown
ARG REVISION=unknown
LABEL org.opencontainers.image.title="moscow-time" \
      org.opencontainers.image.description="The current time in Moscow (or any IANA zone) as a web page, a JSON API and a terminal clock" \
      org.opencontainers.image.source="https://github.com/moscow-time/moscow-time" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"
