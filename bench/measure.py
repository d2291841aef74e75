#!/usr/bin/env python3
"""Measures moscow-time and its peers side by side, on this machine, in one run.

Started by bench/run.sh once everything is built and installed; it writes
`results.json` and `report.md` to the output folder and prints the report.
Standard library only. Traffic goes to 127.0.0.1 alone; every process it
starts runs in its own process group and is ended on exit, whatever the exit.

Each server is measured alone: started pinned to one core, its idle memory
read, then loaded by wrk pinned to the other core (warm-up, then the measured
run), its memory read again, then stopped. Start-up is timed separately, as
exec to the first 200 answer, over repeated cold starts.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import report

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "bench" / "peers"
LOOPBACK = "127.0.0.1"
READY_TIMEOUT_S = 60.0

# The page asked for as browsers ask, compressed: a path, then the
# Accept-Encoding wrk sends with it.
COMPRESSED_PAGE = "/ (br, gzip)"

# A caller's time by address: with a GeoIP database, a lookup (this address
# is in MaxMind's test city database, Europe/London); without one, the
# configured zone.
GEOIP_PATH = "/api/ip/81.2.69.142"

# Every route family, each asked for plain and as browsers ask: the page, a
# zone's page, the 404 page for a near miss, a short and a 64-letter miss,
# the picker's miss, the API's lists, a zone's time, the caller's time, the
# clock, a conversion, a zone's changes, the metrics and a static file.
ROUTES = (
    "/",
    "/Asia/Tokyo",
    "/Europe/Moskow",
    "/a",
    "/" + "a" * 64,
    "/zone?name=qwertyuiopasdfgh",
    "/api/timezone",
    "/api/timezone/Europe",
    "/api/timezone/Europe/Moscow",
    "/api/ip",
    "/api/clock",
    "/api/convert?datetime=2027-03-28T02:30&from=Europe/Berlin&to=America/New_York",
    "/api/transitions/Europe/Berlin?next=3",
    "/api/sun/Europe/Moscow",
    "/api/posix/zones.json",
    "/api/posix/Europe/Moscow",
    "/Europe/Moscow/vs/Asia/Tokyo",
    "/metrics",
    "/static/app.css",
)
ROUTE_PATHS = tuple(path for route in ROUTES for path in (route, f"{route} (br, gzip)"))

# Process groups still running, ended by `stop_all` on any exit.
RUNNING: dict[int, subprocess.Popen] = {}


@dataclass
class Server:
    """One server under test: how to start it and which paths to load."""

    key: str
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    cwd: Path = ROOT
    paths: tuple[str, ...] = ("/",)
    note: str = ""
    # Where stdout goes: nowhere, or a file (a request log written as in production).
    stdout_to_file: bool = False
    # Whether its start-up is timed: not for a second run of the same binary.
    startup: bool = True

    def command(self, port: int) -> list[str]:
        return [arg.replace("{port}", str(port)) for arg in self.argv]

    def environment(self, port: int) -> dict[str, str]:
        env = dict(os.environ)
        env.update({k: v.replace("{port}", str(port)) for k, v in self.env.items()})
        return env


def servers(args: argparse.Namespace) -> list[Server]:
    venv_python = str(Path(args.venv) / "bin" / "python")
    quiet = {"ROCKET_ADDRESS": LOOPBACK, "ROCKET_WORKERS": "1", "ROCKET_LOG_LEVEL": "critical"}
    return [
        Server(
            key="moscow-time",
            name="moscow-time",
            argv=[args.binary, "serve", "--port", "{port}"],
            env=quiet,
            paths=("/", COMPRESSED_PAGE, "/api/timezone/Europe/Moscow", "/health", GEOIP_PATH),
            note="ROCKET_WORKERS=1, ROCKET_LOG_LEVEL=critical",
        ),
        Server(
            key="moscow-time-routes",
            name="moscow-time, every route family",
            argv=[args.binary, "serve", "--port", "{port}"],
            env=quiet,
            # A smoke run only shows the harness works: three routes do.
            paths=ROUTE_PATHS[::10] if args.smoke else ROUTE_PATHS,
            note="as moscow-time; each route plain and with Accept-Encoding: br, gzip",
            startup=False,
        ),
        Server(
            key="moscow-time-geoip",
            name="moscow-time, GeoIP database",
            argv=[args.binary, "serve", "--port", "{port}"],
            env={**quiet, "ROCKET_GEOIP_DB": str(ROOT / "tests/data/geoip/GeoLite2-City-Test.mmdb")},
            paths=(GEOIP_PATH,),
            note="as moscow-time, with MaxMind's test city database",
        ),
        Server(
            key="moscow-time-log",
            name="moscow-time, log on",
            argv=[args.binary, "serve", "--port", "{port}"],
            env={"ROCKET_ADDRESS": LOOPBACK, "ROCKET_WORKERS": "1"},
            stdout_to_file=True,
            note="ROCKET_WORKERS=1, the default log (one line per request) to a file",
            startup=False,
        ),
        Server(
            key="floor",
            name="hyper floor",
            argv=[args.floor, "{port}"],
            note="hyper 1, one thread",
        ),
        Server(
            key="rocket-floor",
            name="Rocket floor",
            argv=[args.rocket_floor, "{port}"],
            note="Rocket 0.5, one worker, one route, the page made once, no fairings",
        ),
        Server(
            key="go",
            name="Go net/http",
            argv=[args.go, "{port}", str(ROOT / "assets" / "templates" / "index.html")],
            env={"GOMAXPROCS": "1"},
            note="GOMAXPROCS=1",
        ),
        Server(
            key="fastapi",
            name="FastAPI + uvicorn",
            argv=[
                venv_python, "-m", "uvicorn", "fastapi_app:app",
                "--host", LOOPBACK, "--port", "{port}", "--workers", "1",
                "--no-access-log", "--log-level", "warning",
            ],
            cwd=PEERS,
            note="1 worker, no access log",
        ),
        Server(
            key="flask",
            name="Flask + gunicorn",
            argv=[
                venv_python, "-m", "gunicorn", "flask_app:app",
                "--bind", f"{LOOPBACK}:{{port}}", "--workers", "2",
                "--log-level", "warning",
            ],
            cwd=PEERS,
            note="2 sync workers",
        ),
    ]


# --- processes ----------------------------------------------------------------


def cpu_plan() -> tuple[set[int] | None, set[int] | None]:
    """The cores for the servers and for the load generator, or (None, None)
    when there are too few to keep them apart."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, None
    return {cpus[0]}, {cpus[1]}


SERVER_CPUS, LOAD_CPUS = cpu_plan()


def spawn(server: Server, port: int) -> subprocess.Popen:
    """Starts `server` on `port`, pinned to the server core, in a new process
    group. The child inherits this process's affinity, so it is set around
    the spawn rather than by a wrapper that would add an exec to start-up."""
    mine = os.sched_getaffinity(0)
    # A file, not a pipe, for what it says: a chatty server never blocks on it.
    log = tempfile.TemporaryFile()
    out = tempfile.TemporaryFile() if server.stdout_to_file else subprocess.DEVNULL
    if SERVER_CPUS:
        os.sched_setaffinity(0, SERVER_CPUS)
    try:
        process = subprocess.Popen(
            server.command(port),
            cwd=server.cwd,
            env=server.environment(port),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=log,
            start_new_session=True,
        )
    finally:
        os.sched_setaffinity(0, LOAD_CPUS or mine)
        if server.stdout_to_file:
            out.close()  # the child keeps its own descriptor
    process.log = log
    RUNNING[process.pid] = process
    return process


def stop(process: subprocess.Popen, graceful: bool = True) -> None:
    """Ends `process` and its group: SIGTERM, then SIGKILL after 5 s (or at
    once when not `graceful`)."""
    signals = ((signal.SIGTERM, 5), (signal.SIGKILL, 5)) if graceful else ((signal.SIGKILL, 5),)
    for sig, wait_s in signals:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait_s)
            # Workers of a pre-forking server may outlive the master briefly.
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            break
        except subprocess.TimeoutExpired:
            continue
        break
    if hasattr(process, "log"):
        process.log.close()
    RUNNING.pop(process.pid, None)


def end_process(pid: int, grace_s: float = 2.0) -> None:
    """Waits up to `grace_s` for `pid` to end (a zombie has), then SIGKILLs it."""
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in "ZX":
                return
        except (OSError, IndexError):
            return
        time.sleep(0.02)
    print(f"  process {pid} outlived its tmux server; killing it", file=sys.stderr)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def stop_all(*_: object) -> None:
    for process in list(RUNNING.values()):
        stop(process)


def on_signal(signum: int, _frame: object) -> None:
    stop_all()
    sys.exit(128 + signum)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def http_status(port: int, path: str, timeout_s: float = 1.0) -> int | None:
    """The status of `GET path` on the loopback port, or None when nothing answers."""
    try:
        with socket.create_connection((LOOPBACK, port), timeout=timeout_s) as sock:
            sock.sendall(
                f"GET {path} HTTP/1.1\r\nHost: {LOOPBACK}:{port}\r\n"
                "Connection: close\r\n\r\n".encode()
            )
            head = b""
            while b"\r\n" not in head and len(head) < 256:
                chunk = sock.recv(256)
                if not chunk:
                    break
                head += chunk
    except OSError:
        return None
    parts = head.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def wait_ready(process: subprocess.Popen, port: int, path: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if http_status(port, path) == 200:
            return
        if process.poll() is not None:
            process.log.seek(0)
            said = process.log.read().decode(errors="replace").strip()
            raise RuntimeError(f"exited with {process.returncode} before answering: {said}")
        time.sleep(0.05)
    raise RuntimeError(f"no 200 on {path} within {READY_TIMEOUT_S:.0f} s")


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def memory_kib(pid: int, key: str) -> int:
    """A `/proc/PID/status` figure (VmRSS, VmHWM) summed over the process tree, in KiB."""
    total = 0
    for member in process_tree(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith(f"{key}:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_ticks(pid: int) -> int:
    """utime + stime of `pid`, in clock ticks."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds used so far by `pid` and its descendants."""
    ticks = 0
    for member in process_tree(pid):
        try:
            ticks += cpu_ticks(member)
        except OSError:
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def core_ticks(cpu: int) -> tuple[int, int, int]:
    """(busy, steal, total) clock ticks of one core since boot, from /proc/stat."""
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith(f"cpu{cpu} "):
            user, nice, system, idle, iowait, irq, softirq, steal = map(int, line.split()[1:9])
            busy = user + nice + system + irq + softirq
            return busy, steal, busy + idle + iowait + steal
    raise RuntimeError(f"no cpu{cpu} in /proc/stat")


# --- load ---------------------------------------------------------------------

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", text).groups()
    return float(number) * _UNITS_MS[unit]


def parse_wrk(output: str) -> dict:
    """Requests/s, p50 and p99 in ms, socket errors and non-2xx/3xx answers."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
    total = re.search(r"^\s+(\d+) requests in", output, re.M)
    if not (rps and p50 and p99 and total):
        raise RuntimeError(f"unexpected wrk output:\n{output}")
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(rps.group(1)),
        "p50_ms": _ms(p50.group(1)),
        "p99_ms": _ms(p99.group(1)),
        "requests": int(total.group(1)),
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
        "socket_errors_detail": errors.group(0) if errors else "",
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
    }


def wrk(port: int, path: str, seconds: int, connections: int) -> dict:
    """wrk on `path`; a path followed by "(CODINGS)" is asked for with
    Accept-Encoding: CODINGS."""
    path, _, codings = path.partition(" (")
    headers = ["-H", f"Accept-Encoding: {codings.rstrip(')')}"] if codings else []
    argv = [
        "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "2s",
        "--latency", *headers, f"http://{LOOPBACK}:{port}{path}",
    ]
    if LOAD_CPUS:
        argv = ["taskset", "-c", ",".join(map(str, LOAD_CPUS)), *argv]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    # Registered like the servers, so that an interrupted run ends it too.
    load = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    RUNNING[load.pid] = load
    try:
        stdout, stderr = load.communicate(timeout=seconds + 30)
    finally:
        stop(load, graceful=False)
    elapsed = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if load.returncode != 0:
        raise RuntimeError(f"wrk failed ({load.returncode}): {stderr.strip()}")
    result = parse_wrk(stdout)
    # A load generator near 100 % of its core is the bottleneck, not the server.
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result["wrk_cpu_percent"] = 100.0 * used / elapsed
    return result


def measure_load(server: Server, args: argparse.Namespace) -> dict:
    port = free_port()
    process = spawn(server, port)
    try:
        wait_ready(process, port, server.paths[0])
        time.sleep(1.0)
        result = {"rss_idle_kib": memory_kib(process.pid, "VmRSS"), "load": {}}
        for path in server.paths:
            if args.warmup > 0:
                wrk(port, path, args.warmup, args.connections)
            core = min(SERVER_CPUS) if SERVER_CPUS else None
            core_before = core_ticks(core) if core is not None else None
            before, start = tree_cpu_seconds(process.pid), time.monotonic()
            run = wrk(port, path, args.duration, args.connections)
            used = tree_cpu_seconds(process.pid) - before
            run["server_cpu_percent"] = 100.0 * used / (time.monotonic() - start)
            if core_before is not None:
                # What else ran on the server's core, and what the hypervisor
                # took from it: both make the server's figures smaller.
                busy, steal, total = (b - a for a, b in zip(core_before, core_ticks(core)))
                server_ticks = used * os.sysconf("SC_CLK_TCK")
                run["core_other_percent"] = max(0.0, 100.0 * (busy - server_ticks) / max(total, 1))
                run["core_steal_percent"] = 100.0 * steal / max(total, 1)
            result["load"][path] = run
            print(f"  {server.name} {path}: {result['load'][path]['rps']:.0f} req/s", flush=True)
        result["rss_loaded_kib"] = memory_kib(process.pid, "VmRSS")
        result["rss_peak_kib"] = memory_kib(process.pid, "VmHWM")
        return result
    finally:
        stop(process)


def median_of_rounds(measured: list[dict]) -> dict:
    """Each figure's median over the rounds (the rounds themselves are kept too)."""
    combined: dict = {"rounds": measured, "load": {}}
    for key in ("rss_idle_kib", "rss_loaded_kib", "rss_peak_kib"):
        combined[key] = statistics.median(m[key] for m in measured)
    for path in measured[0]["load"]:
        runs = [m["load"][path] for m in measured]
        combined["load"][path] = {
            key: statistics.median(run[key] for run in runs)
            if isinstance(runs[0][key], (int, float))
            else runs[0][key]
            for key in runs[0]
        }
    # Errors are added up, not averaged: one is worth seeing.
    for path, run in combined["load"].items():
        for key in ("socket_errors", "non_2xx"):
            run[key] = sum(m["load"][path][key] for m in measured)
    return combined


# --- memory after every page ---------------------------------------------------


def measure_every_page(server: Server) -> dict:
    """Resident memory after every zone's page has been asked for in both
    languages and every coding, one after another on one connection: what
    the caches hold at most (a page cache of one 10 ms window, a zone list
    per tz database, the static files' forms)."""
    import http.client

    port = free_port()
    process = spawn(server, port)
    try:
        wait_ready(process, port, "/")
        connection = http.client.HTTPConnection(LOOPBACK, port, timeout=10)
        connection.request("GET", "/api/timezone")
        zones = json.loads(connection.getresponse().read())
        asked = 0
        for zone in zones:
            for lang in ("en", "ru"):
                for coding in ("identity", "br", "gzip"):
                    connection.request("GET", f"/{zone}?lang={lang}", headers={"Accept-Encoding": coding})
                    response = connection.getresponse()
                    response.read()
                    if response.status != 200:
                        raise RuntimeError(f"/{zone}?lang={lang} ({coding}): {response.status}")
                    asked += 1
        connection.close()
        return {"pages": asked, "rss_kib": memory_kib(process.pid, "VmRSS")}
    finally:
        stop(process)


# --- start-up -----------------------------------------------------------------


def time_to_first_200(server: Server, path: str) -> float:
    """Seconds from exec to the first 200 answer on `path`, polling in a tight loop."""
    port = free_port()
    start = time.perf_counter()
    process = spawn(server, port)
    try:
        while time.perf_counter() - start < READY_TIMEOUT_S:
            if http_status(port, path) == 200:
                return time.perf_counter() - start
            if process.poll() is not None:
                raise RuntimeError(f"{server.name} exited with {process.returncode}")
        raise RuntimeError(f"{server.name}: no 200 within {READY_TIMEOUT_S:.0f} s")
    finally:
        stop(process, graceful=False)


def measure_startup(server: Server, runs: int) -> dict:
    samples = [time_to_first_200(server, server.paths[0]) * 1000 for _ in range(runs)]
    return {"median_ms": statistics.median(samples), "min_ms": min(samples), "runs": runs}


# --- the terminal UI ----------------------------------------------------------


def measure_tui(binary: str, seconds: int) -> dict:
    """CPU used by `moscow-time tui` left alone in a detached 100×30 tmux pane."""
    if not shutil.which("tmux"):
        return {"na": "tmux is not installed", "seconds": seconds}
    tmux = ["tmux", "-L", f"moscow-time-bench-{os.getpid()}", "-f", "/dev/null"]
    pin = f"taskset -c {min(SERVER_CPUS)} " if SERVER_CPUS else ""
    said = tempfile.NamedTemporaryFile(prefix="moscow-time-tui-", suffix=".log")

    def ask(*cmd: str) -> str:
        return subprocess.run([*tmux, *cmd], capture_output=True, text=True, check=True).stdout

    started: list[int] = []
    try:
        ask("new-session", "-d", "-s", "tui", "-x", "100", "-y", "30")
        started.append(int(ask("display-message", "-p", "#{pid}")))
        ask("set-option", "-t", "tui", "remain-on-exit", "on")
        # `exec`, so the pane's process is the TUI itself; stderr to a file,
        # so that a TUI that cannot start says why.
        ask("respawn-pane", "-k", "-t", "tui", f"exec {pin}'{binary}' tui 2>'{said.name}'")
        time.sleep(2.0)
        dead, status, pid = ask(
            "display-message", "-p", "-t", "tui", "#{pane_dead} #{pane_dead_status}. #{pane_pid}"
        ).split()
        started.append(int(pid))
        if dead == "1":
            message = Path(said.name).read_text(errors="replace").strip().splitlines()
            return {
                "na": f"exited with status {status.rstrip('.')}"
                + (f": {message[0]}" if message else ""),
                "seconds": seconds,
            }
        before, start = cpu_ticks(int(pid)), time.monotonic()
        time.sleep(seconds)
        used_s = (cpu_ticks(int(pid)) - before) / os.sysconf("SC_CLK_TCK")
        return {"cpu_percent": 100.0 * used_s / (time.monotonic() - start), "seconds": seconds}
    except (subprocess.CalledProcessError, OSError, ValueError) as error:
        return {"na": f"could not run it in tmux: {error}", "seconds": seconds}
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
        # The TUI ends by itself once its terminal is gone; whatever does not
        # is ended by its id, so that it cannot spin on the next run's core.
        for pid in started:
            end_process(pid)
        said.close()


# --- sizes and the machine ----------------------------------------------------


def image_size(name: str) -> dict:
    if not shutil.which("docker"):
        return {"na": "no docker"}
    try:
        done = subprocess.run(
            ["docker", "image", "inspect", "--format", "{{.Size}}", name],
            capture_output=True, text=True, timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return {"na": f"docker: {error}"}
    if done.returncode != 0:
        return {"na": "not built"}
    return {"bytes": int(done.stdout.strip())}


def machine() -> dict:
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "kernel": platform.release(),
        "wrk": (wrk_version.stdout + wrk_version.stderr)
        .split("\n")[0]
        .split(" Copyright")[0]
        .strip(),
        "server_cpus": sorted(SERVER_CPUS) if SERVER_CPUS else None,
        "load_cpus": sorted(LOAD_CPUS) if LOAD_CPUS else None,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "loadavg_before": load_average(),
    }


def load_average() -> float:
    """The 1-minute load average: other work on the machine skews every figure."""
    return float(Path("/proc/loadavg").read_text().split()[0])


# --- the run ------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the moscow-time binary")
    parser.add_argument("--floor", required=True, help="the hyper-floor binary")
    parser.add_argument("--rocket-floor", required=True, help="the rocket-floor binary")
    parser.add_argument("--go", required=True, help="the Go net/http peer's binary")
    parser.add_argument("--venv", required=True, help="the Python peers' virtualenv")
    parser.add_argument("--out", required=True, help="folder for results.json and report.md")
    parser.add_argument("--duration", type=int, default=10, help="seconds of each measured wrk run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk before each measured run")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=1, help="load runs per server; medians are reported")
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--tui-seconds", type=int, default=10)
    parser.add_argument("--images", default="moscow-time:slim moscow-time:distroless")
    parser.add_argument("--build-profile", default="release")
    parser.add_argument("--smoke", action="store_true", help="label the report a smoke run")
    parser.add_argument("--command", default="bench/measure.py", help="how the run was started, for the report")
    args = parser.parse_args()
    args.binary, args.floor, args.rocket_floor, args.go, args.venv = (
        str(Path(p).resolve())
        for p in (args.binary, args.floor, args.rocket_floor, args.go, args.venv)
    )

    atexit.register(stop_all)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if LOAD_CPUS:
        os.sched_setaffinity(0, LOAD_CPUS)

    results: dict = {
        "machine": machine(),
        "settings": {
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "connections": args.connections,
            "startup_runs": args.startup_runs,
            "rounds": args.rounds,
            "build_profile": args.build_profile,
            "smoke": args.smoke,
            "command": args.command,
        },
        "servers": {},
    }
    under_test = servers(args)
    # Rounds go through every server in turn, so that a spell of other work
    # on the machine spreads over all of them rather than hitting one.
    rounds: dict[str, list[dict]] = {server.key: [] for server in under_test}
    for number in range(1, args.rounds + 1):
        for server in under_test:
            print(f"load: {server.name} (round {number} of {args.rounds})", flush=True)
            rounds[server.key].append(measure_load(server, args))
    for server in under_test:
        entry = {"name": server.name, "note": server.note}
        entry.update(median_of_rounds(rounds[server.key]))
        results["servers"][server.key] = entry
    for server in under_test:
        if not server.startup:
            continue  # the same binary as moscow-time: started once is enough
        print(f"start-up: {server.name} ×{args.startup_runs}", flush=True)
        results["servers"][server.key]["startup"] = measure_startup(server, args.startup_runs)
    print("memory: every zone's page, both languages, every coding", flush=True)
    results["servers"]["moscow-time"]["every_page"] = measure_every_page(under_test[0])
    results["servers"]["moscow-time"]["binary_bytes"] = Path(args.binary).stat().st_size
    results["servers"]["floor"]["binary_bytes"] = Path(args.floor).stat().st_size
    results["servers"]["go"]["binary_bytes"] = Path(args.go).stat().st_size
    results["images"] = {name: image_size(name) for name in args.images.split()}
    print(f"terminal UI: {args.tui_seconds} s idle", flush=True)
    results["tui"] = measure_tui(args.binary, args.tui_seconds)

    results["machine"]["loadavg_after"] = load_average()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    table = report.render(results)
    routes = report.routes_table(results)
    if routes:
        table += f"\nEvery route family, each plain and with `Accept-Encoding: br, gzip`:\n\n{routes}"
    (out / "report.md").write_text(table)
    print()
    print(table, end="")
    print(f"\n(written to {out / 'report.md'} and {out / 'results.json'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
