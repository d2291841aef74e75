#!/usr/bin/env python3
"""Renders a benchmark run (results.json from measure.py) as one Markdown table:
every figure, moscow-time's ratios to the peers, the targets and whether each
was met, and the machine it ran on.

    python3 bench/report.py target/bench/results.json          print the report
    python3 bench/report.py --write bench/results.json         put it in the docs
    python3 bench/report.py --check bench/results.json         are the docs current?
    python3 bench/report.py --adopt RUN bench/results.json     publish a run, then --write

A run from bench/run.sh (target/bench/results.json) replaces every part of the
published one but the pages' Lighthouse figures; a --pages run
(target/bench/pages.json) replaces only those.

The published run is bench/results.json. Its full report is the marked part of
bench/README.md and its summary the marked part of README.md's Performance
section: --write renders them there, --check fails when they differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

PEERS = ("floor", "rocket-floor", "go", "fastapi", "flask")
COLUMNS = ("moscow-time", *PEERS)
DASH = "—"
MB = 1_000_000
# wrk at or above this share of its core set the pace, not the server.
GENERATOR_BOUND_PERCENT = 90.0


def _num(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:,.1f} ms"


def _mb(n_bytes: float) -> str:
    return f"{n_bytes / MB:.1f} MB"


def _times(value: float) -> str:
    if value < 0.1:
        return f"{value:.2g}×"
    return f"{value:.2f}×" if value < 10 else f"{value:,.0f}×"


def _met(ok: bool) -> str:
    return "met" if ok else "**missed**"


class Table:
    """The rows of the report, built from one run's results."""

    def __init__(self, results: dict) -> None:
        self.results = results
        self.servers = results["servers"]
        # Only the servers this run measured: an older run has no Rocket floor.
        self.columns = tuple(key for key in COLUMNS if key in self.servers)
        self.peers = self.columns[1:]
        self.names = {key: self.servers[key]["name"] for key in self.columns}
        self.rows: list[list[str]] = []

    def get(self, key: str, pick: Callable[[dict], float | None]) -> float | None:
        try:
            return pick(self.servers[key])
        except (KeyError, TypeError):
            return None

    def add(
        self,
        figure: str,
        pick: Callable[[dict], float | None],
        show: Callable[[float], str],
        ratio_to: tuple[str, ...] = (),
        target: str = DASH,
        check: Callable[[float, dict], str] | None = None,
        bound_by: str | None = None,
    ) -> None:
        values = {key: self.get(key, pick) for key in self.columns}
        cells = [show(v) if v is not None else DASH for v in values.values()]
        if bound_by is not None:
            # A figure the load generator capped is marked: the server could do more.
            cells = [
                f"{cell} ‡" if self.generator_bound(key, bound_by) else cell
                for key, cell in zip(self.columns, cells)
            ]
        mine = values["moscow-time"]
        ratios = [
            f"{_times(mine / values[peer])} {self.short(peer)}"
            for peer in ratio_to
            if mine is not None and values.get(peer)
        ]
        met = check(mine, values) if (check and mine is not None) else DASH
        self.rows.append([figure, *cells, " · ".join(ratios) or DASH, target, met])

    def add_plain(self, figure: str, cells: list[str], target: str = DASH, met: str = DASH) -> None:
        self.rows.append([figure, *cells, DASH, target, met])

    def generator_bound(self, key: str, path: str) -> bool:
        cpu = self.get(key, lambda server: server["load"][path]["wrk_cpu_percent"])
        return cpu is not None and cpu >= GENERATOR_BOUND_PERCENT

    @staticmethod
    def short(key: str) -> str:
        return {
            "floor": "floor", "rocket-floor": "Rocket floor", "go": "Go", "fastapi": "FastAPI",
            "flask": "Flask",
        }[key]

    def markdown(self) -> str:
        head = ["figure", *(self.names[key] for key in self.columns), "moscow-time ÷ peer", "target", "result"]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines) + "\n"


def _load(path: str, what: str) -> Callable[[dict], float]:
    return lambda server: server["load"][path][what]


def _errors(path: str) -> Callable[[dict], str | None]:
    def cell(server: dict) -> str | None:
        run = server.get("load", {}).get(path)
        return None if run is None else f"{run['socket_errors']} / {run['non_2xx']}"

    return cell


def _per_cpu_second(path: str) -> Callable[[dict], float | None]:
    """Requests/s divided by the share of a core the server used: what the
    server gets done per CPU-second, even when other work took part of its core."""

    def value(server: dict) -> float | None:
        run = server["load"][path]
        return run["rps"] / (run["server_cpu_percent"] / 100.0) if run.get("server_cpu_percent") else None

    return value


def _cpu(path: str) -> Callable[[dict], str | None]:
    def cell(server: dict) -> str | None:
        run = server.get("load", {}).get(path)
        if run is None or "server_cpu_percent" not in run:
            return None
        return f"{run['server_cpu_percent']:.0f} % / {run['wrk_cpu_percent']:.0f} %"

    return cell


def render(results: dict) -> str:
    settings = results["settings"]
    machine = results["machine"]
    conns = settings["connections"]
    table = Table(results)

    def throughput_check(mine: float, values: dict) -> str:
        verdicts = []
        for peer, factor in (("floor", 0.6), ("go", 1.3), ("fastapi", 40)):
            if values.get(peer):
                verdicts.append(_met(mine >= factor * values[peer]))
        return ", ".join(verdicts) or DASH

    table.add(
        f"`/` requests/s ({conns} conn.)", _load("/", "rps"), _num, table.peers,
        "≥ 0.6× floor, ≥ 1.3× Go, ≥ 40× FastAPI", throughput_check, bound_by="/",
    )
    table.add(
        "`/` requests per CPU-second of the server", _per_cpu_second("/"), _num, table.peers,
    )
    table.add("`/` p50 latency", _load("/", "p50_ms"), _ms, table.peers)
    table.add(
        f"`/` p99 latency ({conns} conn.)", _load("/", "p99_ms"), _ms, table.peers,
        "≤ 3 ms", lambda mine, _: _met(mine <= 3.0),
    )
    log_off = table.get("moscow-time", _load("/", "rps"))
    logged = table.servers.get("moscow-time-log", {}).get("load", {}).get("/")
    if logged:
        ratio = f"{_times(logged['rps'] / log_off)} log off" if log_off else DASH
        met = _met(logged["rps"] >= 0.9 * log_off) if log_off else DASH
        rest = [DASH] * len(table.peers)
        table.rows.append(
            ["`/` requests/s, request log on (to a file)", _num(logged["rps"]), *rest, ratio,
             "≥ 0.9× log off", met]
        )
        table.rows.append(
            ["`/` p99 latency, request log on", _ms(logged["p99_ms"]), *rest, DASH, DASH, DASH]
        )
    for path in ("/api/timezone/Europe/Moscow", "/health"):
        if path == "/api/timezone/Europe/Moscow":
            table.add(
                f"`{path}` requests/s", _load(path, "rps"), _num, target="within 10 % of `/`",
                check=lambda mine, _: _met(log_off is not None and mine >= 0.9 * log_off),
            )
        else:
            table.add(f"`{path}` requests/s", _load(path, "rps"), _num)
        table.add(f"`{path}` p50 latency", _load(path, "p50_ms"), _ms)
        table.add(f"`{path}` p99 latency", _load(path, "p99_ms"), _ms)
    compressed = table.servers.get("moscow-time", {}).get("load", {}).get("/ (br, gzip)")
    if compressed and log_off:
        rest = [DASH] * len(table.peers)
        floor = table.get("floor", _load("/", "rps"))
        table.rows.append(
            ["`/` requests/s, `Accept-Encoding: br, gzip`", _num(compressed["rps"]), *rest,
             f"{_times(compressed['rps'] / log_off)} uncompressed"
             + (f", {_times(compressed['rps'] / floor)} floor" if floor else ""),
             "≥ 0.9× uncompressed, ≥ 0.6× floor",
             _met(compressed["rps"] >= 0.9 * log_off and (not floor or compressed["rps"] >= 0.6 * floor))]
        )
    geoip_path = "/api/ip/81.2.69.142"
    without = table.servers.get("moscow-time", {}).get("load", {}).get(geoip_path)
    with_db = table.servers.get("moscow-time-geoip", {}).get("load", {}).get(geoip_path)
    if without and with_db:
        rest = [DASH] * len(table.peers)
        table.rows.append(
            [f"`{geoip_path}` requests/s, no GeoIP database", _num(without["rps"]), *rest,
             DASH, DASH, DASH]
        )
        table.rows.append(
            [f"`{geoip_path}` requests/s, test city database", _num(with_db["rps"]), *rest,
             f"{_times(with_db['rps'] / without['rps'])} no database", DASH, DASH]
        )
        table.rows.append(
            [f"`{geoip_path}` p99 latency, test city database", _ms(with_db["p99_ms"]), *rest,
             DASH, DASH, DASH]
        )
    for path in ("/", "/api/timezone/Europe/Moscow", "/health"):
        cells = [table.get(key, _errors(path)) or DASH for key in table.columns]
        table.add_plain(f"`{path}` socket errors / non-2xx", cells)
    cells = [table.get(key, _cpu("/")) or DASH for key in table.columns]
    table.add_plain("`/` CPU during load: server / wrk", cells)
    table.add(
        "RSS idle", lambda s: s["rss_idle_kib"] * 1024, _mb, table.peers,
        "≤ 10 MB", lambda mine, _: _met(mine <= 10 * MB),
    )
    table.add("RSS after load", lambda s: s["rss_loaded_kib"] * 1024, _mb, table.peers)
    every = table.servers.get("moscow-time", {}).get("every_page")
    if every:
        table.rows.append(
            [f"RSS after every zone's page ({every['pages']:,}: both languages, every coding)",
             _mb(every["rss_kib"] * 1024), *([DASH] * len(table.peers)), DASH, "≤ 20 MB",
             _met(every["rss_kib"] * 1024 <= 20 * MB)]
        )
    table.add("RSS peak (VmHWM)", lambda s: s["rss_peak_kib"] * 1024, _mb, table.peers)
    table.add(
        f"start-up to first 200 (median of {settings['startup_runs']})",
        lambda s: s["startup"]["median_ms"], _ms, table.peers,
        "≤ 30 ms", lambda mine, _: _met(mine <= 30.0),
    )
    table.add(
        "stripped binary", lambda s: s["binary_bytes"], _mb, ("floor", "go"),
        "≤ 6 MB", lambda mine, _: _met(mine <= 6 * MB),
    )
    for name, image in results.get("images", {}).items():
        size = _mb(image["bytes"]) if "bytes" in image else f"n/a ({image['na']})"
        table.add_plain(f"image `{name}`", [size, *[DASH] * len(table.peers)])
    tui = results.get("tui", {})
    if "cpu_percent" in tui:
        cpu = f"{tui['cpu_percent']:.2f} % of a core"
        met = _met(tui["cpu_percent"] < 1.0)
    else:
        cpu, met = f"n/a ({tui.get('na', 'not measured')})", DASH
    table.add_plain(f"TUI idle CPU ({tui.get('seconds', 10)} s)", [cpu, *[DASH] * len(table.peers)], "< 1 % of a core", met)

    pinning = (
        f"servers pinned to CPU {machine['server_cpus']}, wrk -t1 pinned to CPU {machine['load_cpus']}"
        if machine.get("server_cpus")
        else "one core only: server and wrk not pinned apart"
    )
    notes = [
        f"Machine: {machine['cores']} cores, {machine['cpu']}, Linux {machine['kernel']}; "
        f"{machine['wrk']}; {machine['date']}.",
        f"Load: {pinning}; {conns} connections, {settings['duration_s']} s measured after "
        f"{settings['warmup_s']} s of warm-up, per path"
        + (
            f", {settings['rounds']} rounds taking turns (medians shown, errors summed)"
            if settings.get("rounds", 1) > 1
            else ""
        )
        + "; errors are wrk's socket errors "
        "(connect, read, write, timeout) and non-2xx/3xx answers; CPU is % of one core "
        f"(‡: wrk used ≥ {GENERATOR_BOUND_PERCENT:.0f} % of its core, so the load generator, not the "
        "server, set the pace: that server can answer more).",
        "Servers: "
        + "; ".join(f"{server['name']}: {server['note']}" for server in results["servers"].values())
        + ". The Python original listened on port 8000; here every server gets a free loopback port.",
        "RSS sums the process tree (gunicorn: master and workers). MB = 10⁶ bytes. "
        "Start-up is exec to the first 200 on `/`, polled over loopback.",
    ]
    before = machine.get("loadavg_before", 0.0)
    busy_core = [
        results["servers"][key]["name"]
        for key in ("moscow-time", "floor", "go")
        if results["servers"][key]["load"]["/"].get("server_cpu_percent", 100.0) < 90.0
    ]
    if busy_core:
        notes.append(
            f"**{', '.join(busy_core)}: less than 90 % of the server's core under load; other work "
            "shared it, so requests/s understate; requests per CPU-second hold better.**"
        )
    runs = [
        run
        for server in results["servers"].values()
        for measured in server.get("rounds", [server])
        for run in measured["load"].values()
    ]
    other = max((run.get("core_other_percent", 0.0) for run in runs), default=0.0)
    steal = max((run.get("core_steal_percent", 0.0) for run in runs), default=0.0)
    if any("core_other_percent" in run for run in runs):
        notes.append(
            f"Interference on the server's core during the load runs: at most {other:.1f} % "
            f"other work and {steal:.1f} % stolen by the hypervisor; load average {before:.2f} "
            "as it began (the harness's own builds just before count in it)."
        )
    # Measured on the server's core while it was loaded; the load average
    # also counts the builds that run just before, so it cannot tell.
    if other > 5.0 or steal > 5.0:
        notes.append("**The machine was busy with other work: figures are skewed.**")
    if settings.get("build_profile") != "release":
        notes.append(f"**Built with the `{settings['build_profile']}` profile: not release figures.**")
    if settings.get("smoke"):
        notes.append("**Smoke run: too short to mean anything; it only shows the harness works.**")
    return table.markdown() + "\n" + "\n".join(f"- {note}" for note in notes) + "\n"


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=78, break_long_words=False, break_on_hyphens=False)


def summary(results: dict) -> str:
    """The README's few lines: `/` beside the peers, then the other figures."""
    servers = results["servers"]
    load = {key: server["load"]["/"] for key, server in servers.items() if "/" in server["load"]}
    rps = {key: run["rps"] for key, run in load.items()}
    mine = rps["moscow-time"]
    wrk = load["floor"]["wrk_cpu_percent"]
    bound = f"; wrk at {wrk:.0f} % of its core" if wrk >= GENERATOR_BOUND_PERCENT else ""
    rows = [
        ("floor", f"bare hyper 1, the same page (the floor{bound})", _num(rps["floor"])),
        ("rocket-floor", "bare Rocket 0.5, the same page made once (the framework's floor)",
         f"{_num(rps['rocket-floor'])} ({_times(rps['rocket-floor'] / rps['floor'])} floor)"
         if "rocket-floor" in rps else ""),
        ("moscow-time", "**moscow-time**, request log off", f"**{_num(mine)}** ({_times(mine / rps['floor'])} floor)"),
        ("moscow-time-log", "moscow-time, request log on, to a file",
         f"{_num(rps['moscow-time-log'])} ({_times(rps['moscow-time-log'] / mine)} log off)"),
        ("go", "Go `net/http`, the same page and headers", f"{_num(rps['go'])} (moscow-time {_times(mine / rps['go'])})"),
        ("fastapi", "FastAPI + uvicorn, the original's stack", _num(rps["fastapi"])),
    ]
    settings = results["settings"]
    how = f"{settings['rounds']} rounds in turns, medians" if settings["rounds"] > 1 else "one round"
    lines = [
        _wrap(
            f"One core for the server, one for `wrk` ({settings['connections']} connections), {how} "
            f"(`{settings['command']}`, {results['machine']['date']}):"
        ),
        "",
        "| `/` | requests/s | p99 |",
        "|---|---:|---:|",
        *(f"| {label} | {cell} | {_ms(load[key]['p99_ms'])} |" for key, label, cell in rows if key in load),
        "",
    ]
    me = servers["moscow-time"]
    images = results.get("images", {})
    sizes = ", ".join(
        f"{name.rsplit(':', 1)[-1]} {_mb(image['bytes'])}" for name, image in images.items() if "bytes" in image
    )
    lines.append(_wrap(
        f"`/api/timezone/Europe/Moscow` answers {_num(me['load']['/api/timezone/Europe/Moscow']['rps'])} "
        f"requests/s; idle memory {_mb(me['rss_idle_kib'] * 1024)}, start-up "
        f"{_ms(me['startup']['median_ms'])}, binary {_mb(me['binary_bytes'])}"
        + (f"; images {sizes}" if sizes else "")
        + "."
    ))
    routes = routes_table(results, lowest_line=False)
    text = "\n".join(lines) + "\n"
    if routes:
        text += "\nEvery route family, on one server (request log off), plain and compressed:\n\n" + routes
    # The pages' Lighthouse figures are in bench/README.md, with the rest.
    return text


# The targets of the route families, against `/` on the same server.
ROUTE_TARGETS = {
    "/api/timezone/Europe/Moscow": 0.95,
    "/api/ip": 0.95,
    "/api/clock": 0.95,
    "/metrics": 0.1,
}
ROUTE_TARGET = 0.3


def routes_table(results: dict, lowest_line: bool = True) -> str:
    """Every route family, plain and compressed: requests/s, and the ratio
    to `/` on the same server and to the Rocket floor's `/`; empty for a
    run without that server."""
    routes = results["servers"].get("moscow-time-routes")
    if not routes:
        return ""
    load = routes["load"]
    page = load["/"]["rps"]
    floor = results["servers"].get("rocket-floor", {}).get("load", {}).get("/", {}).get("rps")
    lines = [
        "| route | requests/s | × `/` | × Rocket floor | br, gzip: requests/s | × `/` | target |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    lowest = None
    for path in load:
        if path.endswith(")"):
            continue
        plain = load[path]["rps"]
        packed = load.get(f"{path} (br, gzip)", {}).get("rps")
        target = ROUTE_TARGETS.get(path, ROUTE_TARGET)
        worst = min(plain, packed or plain) / page
        met = f"≥ {target:g}×: {_met(worst >= target)}" if path != "/" else DASH
        shown = path if len(path) <= 40 else f"{path[:22]}…{path[-8:]}"
        lines.append(
            f"| `{shown}` | {_num(plain)} | {_times(plain / page)} | "
            + (f"{_times(plain / floor)}" if floor else DASH)
            + f" | {_num(packed) if packed else DASH} | {_times(packed / page) if packed else DASH} | {met} |"
        )
        if path != "/" and (lowest is None or worst < lowest[1]):
            lowest = (path, worst)
    if lowest and lowest_line:
        lines += ["", f"Lowest: `{lowest[0]}` at {_times(lowest[1])} `/`."]
    return "\n".join(lines) + "\n"


def pages_table(results: dict) -> str:
    """Every Lighthouse run of the pages, and their medians; empty before a `--pages` run."""
    run = results.get("pages")
    if not run:
        return ""
    lines = [
        f"Lighthouse, mobile and throttled (`{run['command']}`, {run['date']}, "
        f"load average {run['loadavg_before']} before, {run['loadavg_after']} after):",
        "",
        "| page | performance, each run | median | TBT | LCP | bytes | a11y · best practices · SEO |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for path, page in run["pages"].items():
        median = page["median"]
        lines.append(
            f"| `{path}` | {' · '.join(map(str, page['performance']))} | {median['performance']:g} "
            f"| {median['tbt_ms']} ms | {median['lcp_ms']:,} ms | {median['bytes']:,.0f} "
            f"| {median['accessibility']:g} · {median['best-practices']:g} · {median['seo']:g} |"
        )
    if run.get("failed_runs"):
        lines += ["", f"Runs Lighthouse could not finish, left out: {'; '.join(run['failed_runs'])}."]
    return "\n".join(lines) + "\n"


def published(results: dict) -> str:
    """The full report as bench/README.md shows it: the command, then the report."""
    pages = pages_table(results)
    routes = routes_table(results)
    routes = f"\nEvery route family, each plain and with `Accept-Encoding: br, gzip`:\n\n{routes}" if routes else ""
    return f"`{results['settings']['command']}`:\n\n{render(results)}{routes}" + (f"\n{pages}" if pages else "")


ROOT = Path(__file__).resolve().parent.parent
# Each document's generated part sits between these two lines.
BEGIN = "<!-- generated by bench/report.py from bench/results.json: edit neither by hand -->"
END = "<!-- end of the generated part -->"
DOCUMENTS: dict[str, Callable[[dict], str]] = {"bench/README.md": published, "README.md": summary}


def regenerate(text: str, part: str, name: str) -> str:
    """`text` with what lies between the markers replaced by `part`."""
    head, begin, rest = text.partition(BEGIN + "\n")
    _, end, tail = rest.partition(END + "\n")
    if not begin or not end:
        sys.exit(f"report.py: {name} has no generated part (the lines {BEGIN!r} and {END!r})")
    return f"{head}{BEGIN}\n{part}{END}\n{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description="Renders a benchmark run's results.json.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="render it into README.md and bench/README.md")
    mode.add_argument("--check", action="store_true", help="fail when those differ from it")
    mode.add_argument("--adopt", metavar="RUN", help="put RUN's parts into results, then --write")
    parser.add_argument("results", help="results.json from a run")
    args = parser.parse_args()
    with open(args.results, encoding="utf-8") as results_file:
        results = json.load(results_file)
    if args.adopt:
        with open(args.adopt, encoding="utf-8") as run_file:
            results.update(json.load(run_file))
        with open(args.results, "w", encoding="utf-8") as results_file:
            results_file.write(json.dumps(results, indent=2) + "\n")
        args.write = True
    if not (args.write or args.check):
        sys.stdout.write(render(results))
        return 0
    settings = results["settings"]
    if settings.get("smoke") or settings.get("build_profile") != "release" or "command" not in settings:
        sys.exit(f"report.py: {args.results} is not a full release run: the docs show only those")
    stale = []
    for name, part in DOCUMENTS.items():
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        new = regenerate(text, part(results), name)
        if new != text:
            stale.append(name)
            if args.write:
                path.write_text(new, encoding="utf-8")
    if args.check and stale:
        print(
            f"report.py: {' and '.join(stale)} differ from {args.results}: "
            f"run python3 bench/report.py --write {args.results}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
