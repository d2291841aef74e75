#!/usr/bin/env python3
"""The soak: moscow-time under a mixed full load for a while, its memory and
open files read every few seconds.

Started by bench/soak.sh once the release binary is built. wrk (one
connection per thread, pinned to the load core, the server to the other, as
bench/measure.py does) rotates through the pages in both languages, the API
and its text forms, /api/ip, the static files the page names and a few
paths that answer 404, counting each kind's statuses (bench/soak.lua).

Verdicts:
  (a) no 5xx, no other status than each path answered before the load, no
      socket error (connect, read, write, timeout), the server alive;
  (b) once the load ends and its connections close, as many open files as
      before it;
  (c) RSS after the first minute within ±1 MB of its value at one minute:
      a memory figure, reported and, in runs of 2 minutes or more, marked
      PASS or FAIL against that target, never part of the exit status.
Then `/` alone under the same load shape for a few seconds, and the mixed
rate beside it: a figure, never a verdict.
Exits 1 when (a) or (b) fails, 2 when it could not measure. Writes the
samples and verdicts as JSON (--out).
"""

from __future__ import annotations

import argparse
import atexit
import json
import re
import resource
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import measure
from measure import LOOPBACK, RUNNING, Server

MB_KIB = 1_000_000 / 1024  # MB = 10⁶ bytes, as bench/README.md counts them
RSS_SETTLE_S = 60  # "after the first minute"
RSS_TARGET_MB = 1.0
FD_SETTLE_S = 15  # how long idle connections are given to close

# Every request the load rotates through, by kind: the static files are
# added from the page, whose asset names carry their content's hash. A kind
# ending in "(br)" is asked with Accept-Encoding: br, gzip, as browsers ask:
# a third of the rotation.
REQUESTS = [
    ("page (br)", "/"),
    ("page (br)", "/?lang=ru"),
    ("zone page (br)", "/Asia/Tokyo"),
    ("zone page (br)", "/Europe/London?lang=ru"),
    ("api (br)", "/api/timezone"),
    ("api (br)", "/api/timezone/Europe"),
    ("api (br)", "/api/transitions/Europe/Berlin?next=3"),
    ("404 (br)", "/Europe/Moskow"),
    ("404 (br)", "/zone?name=qwertyuiopasdfgh"),
    ("page", "/"),
    ("page", "/?lang=ru"),
    ("zone page", "/Asia/Tokyo"),
    ("zone page", "/Asia/Tokyo?lang=ru"),
    ("zone page", "/America/Argentina/Buenos_Aires"),
    ("zone page", "/America/Argentina/Buenos_Aires?lang=ru"),
    ("zone page", "/Europe/London"),
    ("zone page", "/Europe/London?lang=ru"),
    ("api", "/api/timezone"),
    ("api", "/api/timezone/Europe/Moscow"),
    ("api", "/api/timezone/Asia/Tokyo"),
    ("api .txt", "/api/timezone/Europe/Moscow.txt"),
    ("api .txt", "/api/timezone.txt"),
    ("api/ip", "/api/ip"),
    ("api/ip", "/api/ip.txt"),
    ("404", "/Europe/Moskow"),
    ("404", "/api/timezone/Mars/Olympus_Mons"),
    ("404", "/static/no-such-file.js"),
]


def status_of(port: int, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://{LOOPBACK}:{port}{path}", timeout=5) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def requests_to_send(port: int) -> list[tuple[str, str, int]]:
    """(kind, path, status) of every request: the status each answers now,
    before the load, which the load must see again."""
    _, page = status_of(port, "/")
    static = sorted(set(re.findall(rb'"(/static/[^"?#]+)"', page)))
    if not static:
        raise RuntimeError("the page names no /static/ file")
    plan = REQUESTS + [("static", path.decode()) for path in static]
    sent = []
    for kind, path in plan:
        status, _ = status_of(port, path)
        if (status == 404) != kind.startswith("404") or status >= 500:
            raise RuntimeError(f"{path} answered {status} before the load")
        sent.append((kind, path, status))
    return sent


def sample(pid: int, started: float) -> dict:
    return {
        "t_s": round(time.monotonic() - started, 1),
        "rss_kib": measure.memory_kib(pid, "VmRSS"),
        "open_fds": len(list(Path(f"/proc/{pid}/fd").iterdir())),
    }


def parse_load(output: str) -> dict:
    statuses: dict[str, dict[str, int]] = {}
    for kind, status, count in re.findall(r"^status (.+) (\d+) (\d+)$", output, re.M):
        statuses.setdefault(kind, {})[status] = int(count)
    errors = re.search(r"^errors connect (\d+) read (\d+) write (\d+) timeout (\d+)$", output, re.M)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    total = re.search(r"^\s+(\d+) requests in", output, re.M)
    if not (errors and rps and total):
        raise RuntimeError(f"unexpected wrk output:\n{output}")
    names = ("connect", "read", "write", "timeout")
    return {
        "requests": int(total.group(1)),
        "rps": float(rps.group(1)),
        "statuses": {kind: dict(sorted(s.items())) for kind, s in sorted(statuses.items())},
        "socket_errors": dict(zip(names, map(int, errors.groups()))),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--interval", type=int, default=10, help="seconds between samples")
    parser.add_argument("--connections", type=int, default=16, help="wrk threads, one connection each")
    parser.add_argument("--out", default="target/bench/soak.json")
    args = parser.parse_args()

    atexit.register(measure.stop_all)
    signal.signal(signal.SIGTERM, measure.on_signal)
    signal.signal(signal.SIGINT, measure.on_signal)

    port = measure.free_port()
    env = {"ROCKET_ADDRESS": LOOPBACK, "ROCKET_WORKERS": "1", "ROCKET_LOG_LEVEL": "critical",
           "ROCKET_IP_HEADER": "false"}
    server = measure.spawn(
        Server("moscow-time", "moscow-time", [args.binary, "serve", "--port", "{port}"], env), port
    )
    try:
        measure.wait_ready(server, port, "/health")
        sent = requests_to_send(port)
    except (RuntimeError, OSError) as error:
        print(f"soak: could not measure: {error}", file=sys.stderr)
        return 2
    time.sleep(1.0)
    idle = sample(server.pid, time.monotonic())
    loadavg_before = Path("/proc/loadavg").read_text().split()[:3]

    argv = ["wrk", f"-t{args.connections}", f"-c{args.connections}", f"-d{args.seconds}s",
            "--timeout", "2s", "-s", str(Path(__file__).with_name("soak.lua")),
            f"http://{LOOPBACK}:{port}", "--", *(f"{kind}={path}" for kind, path, _ in sent)]
    if measure.LOAD_CPUS:
        argv = ["taskset", "-c", ",".join(map(str, measure.LOAD_CPUS)), *argv]
    print(f"soak: {args.seconds} s of {len(sent)} requests in rotation, "
          f"{args.connections} connections; idle {idle['rss_kib'] / MB_KIB:.1f} MB RSS, "
          f"{idle['open_fds']} open files", file=sys.stderr)
    cpu_before = measure.tree_cpu_seconds(server.pid)
    wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    load = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    RUNNING[load.pid] = load
    samples = [sample(server.pid, started)]
    while True:
        try:
            load.wait(timeout=max(0.0, started + len(samples) * args.interval - time.monotonic()))
            break
        except subprocess.TimeoutExpired:
            samples.append(sample(server.pid, started))
            print(f"  {samples[-1]['t_s']:6.0f} s  {samples[-1]['rss_kib'] / MB_KIB:6.2f} MB RSS"
                  f"  {samples[-1]['open_fds']:4d} open files", file=sys.stderr)
    stdout, stderr = load.communicate()
    RUNNING.pop(load.pid, None)
    # Who set the pace: the server's CPU and wrk's, in % of one core.
    elapsed = time.monotonic() - started
    wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wrk_cpu = (wrk_after.ru_utime - wrk_before.ru_utime) + (wrk_after.ru_stime - wrk_before.ru_stime)
    cpu = {"server_percent": round(100 * (measure.tree_cpu_seconds(server.pid) - cpu_before) / elapsed),
           "wrk_percent": round(100 * wrk_cpu / elapsed)}
    if load.returncode != 0:
        print(f"soak: could not measure: wrk failed ({load.returncode}): {stderr.strip()}",
              file=sys.stderr)
        return 2
    result = parse_load(stdout)
    after_load = sample(server.pid, started)
    alive = server.poll() is None

    # (b) Open files, once the load's connections have closed.
    deadline = time.monotonic() + FD_SETTLE_S
    settled = after_load
    while alive and settled["open_fds"] > idle["open_fds"] and time.monotonic() < deadline:
        time.sleep(0.5)
        settled = sample(server.pid, started)

    # The page alone, with the same threads and connections, to put the
    # mixed rate beside: a sixth of the soak, 3 to 10 s.
    alone_seconds = min(10, max(3, args.seconds // 6))
    alone_argv = [*argv[:argv.index(f"-d{args.seconds}s")], f"-d{alone_seconds}s",
                  *argv[argv.index(f"-d{args.seconds}s") + 1:argv.index("--") + 1], "page=/"]
    page_alone = None
    if alive:
        alone = subprocess.Popen(alone_argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 start_new_session=True)
        RUNNING[alone.pid] = alone
        alone_out, _ = alone.communicate()
        RUNNING.pop(alone.pid, None)
        if alone.returncode == 0:
            page_alone = parse_load(alone_out)["rps"]

    # (a) Errors: 5xx, statuses other than before the load, socket errors.
    expected = {}
    for kind, _, status in sent:
        expected.setdefault(kind, set()).add(str(status))
    unexpected = {
        kind: {s: n for s, n in counts.items() if s not in expected.get(kind, ()) or s >= "500"}
        for kind, counts in result["statuses"].items()
    }
    unexpected = {kind: c for kind, c in unexpected.items() if c}
    socket_errors = sum(result["socket_errors"].values())
    errors_ok = alive and not unexpected and socket_errors == 0
    fds_ok = alive and settled["open_fds"] <= idle["open_fds"]

    # (c) RSS after the first minute, against its value at one minute.
    later = [s for s in samples + [after_load] if s["t_s"] >= RSS_SETTLE_S]
    rss = {"idle_mb": idle["rss_kib"] / MB_KIB, "end_of_load_mb": after_load["rss_kib"] / MB_KIB,
           "peak_mb": measure.memory_kib(server.pid, "VmHWM") / MB_KIB}
    if len(later) >= 2:
        base = later[0]["rss_kib"]
        drift = [(s["rss_kib"] - base) / MB_KIB for s in later]
        rss.update(at_one_minute_mb=base / MB_KIB, drift_min_mb=min(drift), drift_max_mb=max(drift))
        flat = max(abs(d) for d in drift) <= RSS_TARGET_MB
    judged = args.seconds >= 2 * RSS_SETTLE_S and len(later) >= 2
    rss_verdict = ("PASS" if flat else "FAIL") if judged else "not judged (a run under 2 minutes)"

    report = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "seconds": args.seconds,
        "connections": args.connections,
        "server_cpus": sorted(measure.SERVER_CPUS or []),
        "load_cpus": sorted(measure.LOAD_CPUS or []),
        # Other work on this machine: the 1, 5 and 15 min load averages.
        "loadavg_before": loadavg_before,
        "loadavg_after": Path("/proc/loadavg").read_text().split()[:3],
        "requests_in_rotation": [{"kind": k, "path": p, "status": s} for k, p, s in sent],
        **result,
        "cpu": cpu,
        "page_alone": {"seconds": alone_seconds, "rps": page_alone},
        "idle": idle,
        "samples": samples,
        "after_load": after_load,
        "after_connections_closed": settled,
        "rss": {k: round(v, 2) for k, v in rss.items()},
        "verdicts": {
            "no_errors": errors_ok,
            "unexpected_statuses": unexpected,
            "server_alive": alive,
            "open_files_back_to_idle": fds_ok,
            "rss_flat_after_one_minute": rss_verdict,
        },
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")

    mark = {True: "PASS", False: "FAIL"}
    print(f"\n{result['requests']:,} requests, {result['rps']:,.0f}/s, in {args.seconds} s; "
          f"CPU: server {cpu['server_percent']} %, wrk {cpu['wrk_percent']} % of a core")
    if page_alone:
        print(f"`/` alone, the same load for {alone_seconds} s: {page_alone:,.0f}/s; "
              f"the mix ran at {result['rps'] / page_alone:.2f}× `/` alone")
    print("| kind | statuses |\n|---|---|")
    for kind, counts in result["statuses"].items():
        print(f"| {kind} | " + ", ".join(f"{s}: {n:,}" for s, n in counts.items()) + " |")
    print(f"\n| t (s) | RSS (MB) | open files |\n|---:|---:|---:|\n| idle | "
          f"{idle['rss_kib'] / MB_KIB:.2f} | {idle['open_fds']} |")
    for s in samples:
        print(f"| {s['t_s']:.0f} | {s['rss_kib'] / MB_KIB:.2f} | {s['open_fds']} |")
    print(f"| end ({after_load['t_s']:.0f}) | {after_load['rss_kib'] / MB_KIB:.2f} | "
          f"{after_load['open_fds']} |")
    print(f"| closed | {settled['rss_kib'] / MB_KIB:.2f} | {settled['open_fds']} |\n")
    print(f"(a) no 5xx, no unexpected status, no socket error, server alive: {mark[errors_ok]}"
          f" (socket errors {result['socket_errors']}"
          + (f", unexpected {unexpected}" if unexpected else "")
          + ("" if alive else ", the server died") + ")")
    print(f"(b) open files back to idle: {mark[fds_ok]} ({idle['open_fds']} idle, "
          f"{after_load['open_fds']} as the load ended, {settled['open_fds']} after)")
    if "at_one_minute_mb" in rss:
        print(f"(c) RSS within ±{RSS_TARGET_MB:g} MB after the first minute: {rss_verdict} "
              f"({rss['at_one_minute_mb']:.2f} MB at 1 min, drift {rss['drift_min_mb']:+.2f} to "
              f"{rss['drift_max_mb']:+.2f} MB; reported, not part of the exit status)")
    else:
        print(f"(c) RSS: {rss_verdict}; {rss['idle_mb']:.2f} MB idle, "
              f"{rss['end_of_load_mb']:.2f} MB as the load ended")
    print(f"JSON: {args.out}")
    return 0 if errors_ok and fds_ok else 1


if __name__ == "__main__":
    sys.exit(main())
