# moscow-time on Debian slim: the binary, a non-root user, and nothing else.
# Build:  DOCKER_BUILDKIT=1 docker build -t moscow-time:slim .
# Run:    docker run -p 8000:8000 moscow-time:slim
# The builder stage is the same, line for line, as in Dockerfile.distroless,
# so building one image after the other reuses every builder layer.

# Bases pinned by exact tag. To pin a vetted digest too, without editing this
# file: --build-arg RUST_IMAGE=rust:1.95-slim-bookworm@sha256:<digest>
ARG RUST_IMAGE=rust:1.95-slim-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---- builder: a static binary with the assets embedded ---------------------
# checkov:skip=CKV_DOCKER_7: the tag is the exact one in ARG RUST_IMAGE above; checkov does not expand build arguments
FROM ${RUST_IMAGE} AS builder
WORKDIR /build
# glibc linked statically (the binary does no DNS or user lookups, which would
# need glibc's shared NSS modules), so one binary runs on slim and on
# distroless/static alike. An explicit --target keeps the flag off build
# scripts and proc macros, which must stay dynamic.
ENV RUSTFLAGS="-C target-feature=+crt-static" CARGO_TERM_COLOR=never

# Dependencies first, in a layer of their own: built against a stub crate, they
# are rebuilt only when Cargo.toml or Cargo.lock change, not when src/ does.
# The stub's own artifacts are cleaned so the real sources always rebuild.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() {}' > src/main.rs \
 && touch src/lib.rs \
 && cargo build --release --locked --target "$(rustc --print host-tuple)" \
 && cargo clean --release --target "$(rustc --print host-tuple)" --package moscow-time

# The sources, which change most often, last. assets/ is read at compile time;
# build.rs records REVISION for the build-info metric.
COPY assets/ assets/
COPY build.rs askama.toml ./
COPY src/ src/
ARG REVISION=unknown
RUN MOSCOW_TIME_REVISION="$REVISION" cargo build --release --locked --target "$(rustc --print host-tuple)" \
 && cp "target/$(rustc --print host-tuple)/release/moscow-time" /usr/local/bin/moscow-time

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
ENV ROCKET_ADDRESS=0.0.0.0 PORT=8000
EXPOSE 8000

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
