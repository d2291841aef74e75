#!/usr/bin/env python3
"""What one replica costs, for docs/capacity.md: requests per CPU-second of
the server on every path (keep-alive, and one connection per request), its
memory idle and with many connections open, start-up and memory with a
city-sized GeoIP database (before and after the file is replaced), and
HAProxy's CPU and memory in front of it.

CPU is counted, not timed: the server's (and HAProxy's) user + system time
from /proc over each wrk run, so the figures hold on a machine that other
work shares, where requests per second do not. The server runs pinned to
CPU 0 with one worker and the request log off, wrk on CPU 1, as
bench/measure.py does.

    bench/capacity.py [BINARY] [ROUNDS]   # target/release/moscow-time, 1

With ROUNDS, every path is measured that many times in turns, and the
medians are kept.

The GeoIP database is made here (MaxMind DB format, 117 MB, as large as the
biggest city databases): a complete search tree over the first 24 bits of
IPv4, 28-bit records as GeoLite2 City has, each /24 pointing to a record
with a zone. Needs wrk, taskset and haproxy; writes
target/bench/capacity.json. Traffic goes to 127.0.0.1 only; everything it
starts is ended by process id however it ends.
"""

import json
import os
import re
import resource
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

SECONDS = 5
ROUNDS = 1
PATHS = [
    "/", "/Asia/Tokyo", "/?lang=ru", "/api/timezone/Europe/Moscow", "/api/timezone/Europe/Moscow.txt",
    "/api/ip", "/api/zone/Europe/Berlin", "/api/timezone", "/api/timezone/Europe",
    "/api/convert?datetime=2027-03-28T02:30&from=Europe/Berlin&to=Asia/Tokyo",
    "/api/transitions/Europe/Berlin", "/api/unixtime", "/api/clock", "/health", "/ready", "/metrics",
]
CLOSE_PATHS = ["/", "/api/timezone/Europe/Moscow", "/api/ip"]
TICK = os.sysconf("SC_CLK_TCK")
STARTED = []


def city_database(path, depth=24):
    """A MaxMind DB file: 2^depth - 1 nodes, each /depth to a zone's record."""
    zones = [line.split()[1] for line in open("/usr/share/zoneinfo/tzdata.zi")
             if line.startswith("Z ") and "/" in line.split()[1]][:400]

    def control(kind, size):
        low, extra = (size, b"") if size < 29 else (29, bytes([size - 29]))
        return (bytes([(kind << 5) | low]) if kind <= 7 else bytes([low, kind - 7])) + extra

    def text(value):
        return control(2, len(value.encode())) + value.encode()

    def number(kind, value):
        data = value.to_bytes((value.bit_length() + 7) // 8, "big")
        return control(kind, len(data)) + data

    def mapping(pairs):
        return control(7, len(pairs)) + b"".join(text(k) + v for k, v in pairs)

    offsets, data = [], b""
    for zone in zones:
        offsets.append(len(data))
        data += mapping([("location", mapping([("time_zone", text(zone))]))])
    nodes, first_leaf = (1 << depth) - 1, (1 << (depth - 1)) - 1
    tree, pack = bytearray(nodes * 7), struct.Struct(">I").pack

    def node(i, left, right):  # 28-bit records: the middle byte holds both top nibbles
        a, b = pack(left), pack(right)
        tree[i * 7:i * 7 + 7] = a[1:] + bytes([(a[0] << 4) | b[0]]) + b[1:]

    for i in range(first_leaf):
        node(i, 2 * i + 1, 2 * i + 2)
    base = nodes + 16
    for i in range(first_leaf, nodes):
        n = i - first_leaf
        node(i, base + offsets[2 * n % len(offsets)], base + offsets[(2 * n + 1) % len(offsets)])
    metadata = mapping([
        ("binary_format_major_version", number(5, 2)), ("binary_format_minor_version", number(5, 0)),
        ("build_epoch", number(9, int(time.time()))), ("database_type", text("Synthetic-City")),
        ("description", mapping([("en", text("a city-sized test database"))])),
        ("ip_version", number(5, 4)), ("languages", control(11, 1) + text("en")),
        ("node_count", number(6, nodes)), ("record_size", number(5, 28)),
    ])
    with open(path, "wb") as out:
        out.write(tree + bytes(16) + data + b"\xab\xcd\xefMaxMind.com" + metadata)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn(args, **env):
    proc = subprocess.Popen(args, env=dict(os.environ, **env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    STARTED.append(proc)
    return proc


def get(port, path, timeout=2):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as answer:
        return answer.read()


def serve(binary, **env):
    """The server on a free port; its process, port and ms to the first 200."""
    port = free_port()
    t0 = time.monotonic()
    proc = spawn(["taskset", "-c", "0", binary, "serve"], ROCKET_WORKERS="1", ROCKET_LOG_LEVEL="critical",
                 NO_COLOR="1", ROCKET_ADDRESS="127.0.0.1", ROCKET_PORT=str(port), **env)
    while True:
        try:
            get(port, "/health", 0.5)
            return proc, port, round((time.monotonic() - t0) * 1000, 1)
        except OSError:
            if proc.poll() is not None:
                sys.exit("the server exited")
            time.sleep(0.001)


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def memory_mb(pid):
    status = open(f"/proc/{pid}/status").read()
    return {key: round(int(re.search(rf"{key}:\s+(\d+)", status).group(1)) * 1024 / 1e6, 1)
            for key in ("VmRSS", "VmHWM")}


def load(port, path, pids, close=False):
    """wrk for SECONDS after 1 s of warm-up: requests/s, and requests per
    CPU-second of each of pids."""
    args = ["taskset", "-c", "1", "wrk", "-t1", "-c64"] + (["-H", "Connection: close"] if close else [])
    url = f"http://127.0.0.1:{port}{path}"
    subprocess.run(args + ["-d1s", url], capture_output=True)
    before = [cpu_seconds(pid) for pid in pids]
    out = subprocess.run(args + [f"-d{SECONDS}s", url], capture_output=True, text=True).stdout
    used = [cpu_seconds(pid) - b for pid, b in zip(pids, before)]
    done = int(re.search(r"(\d+) requests in", out).group(1))
    problems = re.findall(r"(Socket errors: .*|Non-2xx or 3xx responses: \d+)", out)
    return {"rps": round(done / SECONDS), "per_cpu_second": [round(done / u) if u else None for u in used],
            "problems": problems}


def hold(port, count, request=b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"):
    """count keep-alive connections, each after one answered request."""
    socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
    for s in socks:
        s.sendall(request)
    for s in socks:
        s.settimeout(5)
        s.recv(65536)
    return socks


def haproxy_config(path, front, port, reuse):
    open(path, "w").write(
        "global\n  nbthread 1\n  maxconn 9000\ndefaults\n  mode http\n  timeout connect 2s\n"
        "  timeout client 30s\n  timeout server 30s\n  timeout http-keep-alive 30s\n"
        f"  http-reuse {reuse}\nfrontend f\n  bind 127.0.0.1:{front}\n  default_backend b\n"
        f"backend b\n  http-request set-header X-Real-IP %[src]\n  server s 127.0.0.1:{port} maxconn 128\n")


def measure(binary, work):
    report = {"machine": {"rounds": ROUNDS, "cpu": re.search(r"model name\s*: (.*)", open("/proc/cpuinfo").read()).group(1),
                          "loadavg_before": os.getloadavg()[0], "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}}
    proc, port, report["startup_ms"] = serve(binary, ROCKET_KEEP_ALIVE="60")
    time.sleep(0.5)
    report["idle_mb"] = memory_mb(proc.pid)
    runs = [(path, False) for path in PATHS] + [(path, True) for path in CLOSE_PATHS]
    rounds = [{run: load(port, run[0], [proc.pid], close=run[1]) for run in runs} for _ in range(ROUNDS)]
    for key, close in (("keep_alive", False), ("connection_close", True)):
        report[key] = {}
        for path, c in runs:
            if c == close:
                seen = sorted((r[(path, c)] for r in rounds), key=lambda m: m["per_cpu_second"][0])
                report[key][path] = dict(seen[len(seen) // 2], rounds=[m["per_cpu_second"][0] for m in seen])
    report["after_load_mb"] = memory_mb(proc.pid)
    for count in (1000, 10000):
        socks = hold(port, count)
        time.sleep(0.5)
        report[f"open_{count}_mb"] = memory_mb(proc.pid)
        for s in socks:
            s.close()
        time.sleep(1)
    proc.terminate()
    proc.wait()

    db = os.path.join(work, "city.mmdb")
    city_database(db)
    proc, port, startup = serve(binary, ROCKET_GEOIP_DB=db, ROCKET_GEOIP_RELOAD="1")
    health = json.loads(get(port, "/health"))
    assert health["geoip"]["database"], health["geoip"]
    time.sleep(0.5)
    geoip = report["geoip"] = {"bytes": os.path.getsize(db), "startup_ms": startup, "idle_mb": memory_mb(proc.pid)}
    geoip["lookup"] = load(port, "/api/ip/81.2.69.142", [proc.pid])
    for n in (1, 2):  # a new file renamed into place, as geoipupdate does
        shutil.copy(db, db + ".new")
        os.utime(db + ".new", (time.time() + 60 * n,) * 2)
        os.rename(db + ".new", db)
        time.sleep(5)
        geoip[f"after_replace_{n}_mb"] = memory_mb(proc.pid)
    proc.terminate()
    proc.wait()

    proc, port, _ = serve(binary)
    report["haproxy"] = {"version": subprocess.run(["haproxy", "-v"], capture_output=True, text=True).stdout.split(" - ")[0]}
    for reuse in ("safe", "always"):
        front, config = free_port(), os.path.join(work, f"haproxy-{reuse}.cfg")
        haproxy_config(config, front, port, reuse)
        ha = spawn(["taskset", "-c", "1", "haproxy", "-db", "-f", config])
        time.sleep(0.5)
        report["haproxy"][reuse] = {
            "keep_alive": load(front, "/api/timezone/Europe/Moscow", [proc.pid, ha.pid]),
            "connection_close": load(front, "/api/timezone/Europe/Moscow", [proc.pid, ha.pid], close=True),
        }
        if reuse == "always":
            report["haproxy"]["idle_mb"] = memory_mb(ha.pid)
            socks = hold(front, 8000)
            time.sleep(0.5)
            report["haproxy"]["open_8000_mb"] = memory_mb(ha.pid)
            report["haproxy"]["server_mb_then"] = memory_mb(proc.pid)
            for s in socks:
                s.close()
        ha.terminate()
        ha.wait()
    proc.terminate()
    proc.wait()
    report["machine"]["loadavg_after"] = os.getloadavg()[0]
    return report


def main():
    global ROUNDS
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/moscow-time"
    ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for tool in ("wrk", "taskset", "haproxy"):
        if not shutil.which(tool):
            sys.exit(f"capacity: {tool} is missing")
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # 10,000 connections, and their children's too
    work = tempfile.mkdtemp(prefix="moscow-time-capacity.")
    try:
        report = measure(os.path.abspath(binary), work)
    finally:
        for proc in STARTED:
            if proc.poll() is None:
                proc.terminate()
                proc.wait()
        shutil.rmtree(work)
    os.makedirs("target/bench", exist_ok=True)
    with open("target/bench/capacity.json", "w") as out:
        json.dump(report, out, indent=1)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
