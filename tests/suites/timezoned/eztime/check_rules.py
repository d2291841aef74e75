#!/usr/bin/env python3
"""Checks that ezTime's own POSIX-rule code reads each rule as glibc does.

For each `zone posix-rule` line (a file, `-` for standard input, or every TZif
file of a zoneinfo folder with --zoneinfo), the harness's offsets mode gives
ezTime's UTC offset, daylight-saving flag and abbreviation for every hour of
the next two years, and glibc gives its own (TZ=rule, tzset; TZDIR points at
an empty folder so that a rule such as EST5EDT is never read as a file name).
Wherever either side changes within an hour, both are also compared each
minute of that hour, and each second of the minute in which the change
happens, so that a transition half a minute off shows. Zones with the same
rule are checked once.

Each disagreement is reported as runs of consecutive compared instants with
the same pair of answers: zones, from, to, ezTime's value, glibc's. A
disagreement that a line of --known-limits explains (same field, its pattern
found in the rule) is reported as KNOWN instead, with the reason and place in
ezTime.cpp of every such line. The known-limits file has one limit a line:

    FIELDS  PATTERN  WHERE  REASON...

FIELDS is a comma list of offset, isdst, abbr; PATTERN a Python regular
expression searched in the rule; WHERE e.g. ezTime.cpp:715. Lines starting
with # are comments.

With --against zoneinfo, each zone's rule is compared instead with what the
zone itself does (Python's zoneinfo over the machine's tz database): its
offset and abbreviation, not the daylight flag (the tz database calls
Ireland's winter the daylight time). That is how rules written for ezTime
(a server's answers) are checked: what ezTime reads from them against the
zone. A line may end with a Unix time after the rule: the zone is compared
until then only (a rule a server says stops being right then).

Exits 1 when a disagreement is not explained by a known limit, 0 otherwise.

    check_rules.py [--known-limits FILE] [--harness BIN] [--start EPOCH]
                   [--years N] (--zoneinfo [DIR] | FILE | -)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
HOUR, MINUTE = 3600, 60
FIELDS = ("offset", "isdst", "abbr")


def zoneinfo_rules(folder: str) -> list[tuple[str, str]]:
    """`name lastline` for each TZif file with a / in its name, less posix/ and right/."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        rel = os.path.relpath(dirpath, folder)
        if rel == ".":
            dirnames[:] = [d for d in dirnames if d not in ("posix", "right")]
            continue
        for f in filenames:
            path = os.path.join(dirpath, f)
            if not os.path.isfile(path):
                continue
            with open(path, "rb") as fh:
                data = fh.read()
            if data[:4] != b"TZif":
                continue
            last = data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode("ascii", "replace")
            out.append((os.path.join(rel, f), last, None))
    return sorted(out)


def read_rules(lines) -> list[tuple[str, str]]:
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        zone, _, rest = line.partition(" ")
        rule, _, until = rest.strip().partition(" ")
        out.append((zone, rule, int(until) if until else None))
    return out


def read_limits(path: str) -> list[dict]:
    limits = []
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 3)
            if len(parts) < 4:
                sys.exit(f"{path}:{n}: want FIELDS PATTERN WHERE REASON")
            fields = parts[0].split(",")
            if any(f not in FIELDS for f in fields):
                sys.exit(f"{path}:{n}: fields are {', '.join(FIELDS)}")
            limits.append({"fields": fields, "pattern": re.compile(parts[1]), "source": parts[1],
                           "where": parts[2], "reason": parts[3], "hits": 0})
    return limits


class Ez:
    def __init__(self, harness: str):
        self.harness = harness

    def run(self, rule: str, instants: list[int] | None = None, span=None) -> dict[int, tuple]:
        if span:
            args, stdin = [self.harness, "offsets", rule, *map(str, span)], None
        else:
            args, stdin = [self.harness, "offsets", rule, "-"], "".join(f"{t}\n" for t in instants)
        p = subprocess.run(args, input=stdin, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"harness failed on {rule!r}: {p.stderr.strip()}")
        out = {}
        for line in p.stdout.splitlines():
            t, off, dst, *abbr = line.split(" ", 3)
            out[int(t)] = (int(off), dst == "1", abbr[0] if abbr else "")
        return out


# TZ is one per process: the threads that run the harness for several rules
# at once take turns with glibc.
GLIBC = threading.Lock()


def glibc(rule: str, instants) -> dict[int, tuple]:
    with GLIBC:
        os.environ["TZ"] = rule
        time.tzset()
        out = {}
        for t in instants:
            tm = time.localtime(t)
            out[t] = (tm.tm_gmtoff, tm.tm_isdst > 0, tm.tm_zone)
        return out


def zone_truth(zone: str, instants) -> dict[int, tuple]:
    """What the zone itself shows: offset and abbreviation (the flag is
    left out: compared as equal)."""
    import zoneinfo
    tz = zoneinfo.ZoneInfo(zone)
    out = {}
    for t in instants:
        local = datetime.fromtimestamp(t, tz)
        out[t] = (int(local.utcoffset().total_seconds()), None, local.tzname())
    return out


def changes(points: list[int], *sides) -> list[tuple[int, int]]:
    """The (a, b) pairs of consecutive points where any side's answer changes."""
    return [(a, b) for a, b in zip(points, points[1:]) if any(s[a] != s[b] for s in sides)]


def check_rule(ez: Ez, rule: str, start: int, end: int, zone: str | None = None):
    hours = list(range(start, end + 1, HOUR))
    e = ez.run(rule, span=(start, end, HOUR))
    glibc_or_zone = (lambda _, ts: zone_truth(zone, ts)) if zone else glibc
    g = glibc_or_zone(rule, hours)
    if zone:
        # The flag is not compared: ezTime's stands in for the zone's.
        g = {t: (v[0], e[t][1], v[2]) for t, v in g.items()}
    # Refine each hour where either side changes: every minute of it, then
    # every second of each minute where one changes.
    for step in (MINUTE, 1):
        todo = sorted({t for a, b in changes(sorted(e), e, g) if b - a > step
                       for t in range(a, b + 1, step)} - e.keys())
        if not todo:
            continue
        new = ez.run(rule, todo)
        e.update(new)
        more = glibc_or_zone(rule, todo)
        if zone:
            more = {t: (v[0], new[t][1], v[2]) for t, v in more.items()}
        g.update(more)
    return e, g


def iso(t: int) -> str:
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def show(field: str, v: tuple) -> str:
    off, dst, abbr = v
    if field == "offset":
        sign = "+" if off >= 0 else "-"
        return f"{sign}{abs(off) // 3600:02d}:{abs(off) % 3600 // 60:02d}" + (f":{abs(off) % 60:02d}" if off % 60 else "")
    if field == "isdst":
        return "dst" if dst else "std"
    return repr(abbr)


def runs(field: str, e: dict, g: dict):
    """Runs of consecutive compared instants with the same disagreement in one field."""
    i = FIELDS.index(field)
    cur = None
    for t in sorted(e):
        if e[t][i] != g[t][i]:
            key = (show(field, e[t]), show(field, g[t]))
            if cur and cur[2] == key:
                cur[1], cur[3] = t, cur[3] + 1
            else:
                if cur:
                    yield cur
                cur = [t, t, key, 1]
        elif cur:
            yield cur
            cur = None
    if cur:
        yield cur


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rules", nargs="?", help="file of `zone posix-rule` lines, - for standard input")
    ap.add_argument("--zoneinfo", nargs="?", const="/usr/share/zoneinfo", help="take the rules of this folder's TZif files")
    ap.add_argument("--known-limits", help="rule patterns ezTime is known to misread")
    ap.add_argument("--harness", help="the harness binary (default: build it with build.sh)")
    ap.add_argument("--start", type=int, help="first UTC instant (default: this hour)")
    ap.add_argument("--years", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=2, help="harness runs at once")
    ap.add_argument("--against", choices=["glibc", "zoneinfo"], default="glibc",
                    help="glibc reading the same rule, or the zone itself")
    args = ap.parse_args()

    if args.zoneinfo:
        zones = zoneinfo_rules(args.zoneinfo)
    elif args.rules:
        with (sys.stdin if args.rules == "-" else open(args.rules)) as fh:
            zones = read_rules(fh)
    else:
        ap.error("give a rules file, - or --zoneinfo")
    limits = read_limits(args.known_limits) if args.known_limits else []
    harness = args.harness or subprocess.run([os.path.join(HERE, "build.sh")], check=True,
                                             capture_output=True, text=True).stdout.strip()
    started = time.monotonic()
    start = args.start if args.start is not None else int(time.time()) // HOUR * HOUR
    end = start + args.years * 365 * 86_400 + args.years // 4 * 86_400

    # Against glibc, each distinct rule once; against the zones, each zone.
    by_rule: dict[str, list[str]] = {}
    until: dict[str, int] = {}
    for zone, rule, stops in zones:
        key = f"{zone} {rule}" if args.against == "zoneinfo" else rule
        by_rule.setdefault(key, []).append(zone)
        if stops:
            until[key] = stops
    no_rule = by_rule.pop("", []) + [z for key, names in list(by_rule.items())
                                     if key.endswith(" ") for z in by_rule.pop(key)]

    def check(key: str):
        if args.against == "zoneinfo":
            zone, rule = key.split(" ", 1)
            stop = min(end, until.get(key, end) - 1) // HOUR * HOUR
            return check_rule(ez, rule, start, max(start, stop), zone)
        return check_rule(ez, key, start, end)

    tzdir = tempfile.mkdtemp()
    if args.against == "glibc":
        os.environ["TZDIR"] = tzdir
    ez = Ez(harness)
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = dict(zip(by_rule, pool.map(check, by_rule)))
    os.rmdir(tzdir)

    unexplained = known = compared = 0
    print(f"ezTime against {args.against}, {iso(start)} to {iso(end)}: {len(zones)} zones, {len(by_rule)} "
          + ("zones with a rule" if args.against == "zoneinfo" else "distinct rules"))
    for rule, (e, g) in results.items():
        compared += len(e)
        for field in FIELDS:
            found = list(runs(field, e, g))
            if not found:
                continue
            matching = [l for l in limits if field in l["fields"] and l["pattern"].search(rule)]
            n = sum(r[3] for r in found)
            names = by_rule[rule]
            head = f"{rule}  [{field}]  {len(names)} zone(s): {' '.join(names)}"
            if matching:
                known += n
                print(f"\nKNOWN  {head}")
                for limit in matching:
                    limit["hits"] += n
                    print(f"  known: {limit['where']}: {limit['reason']}")
            else:
                unexplained += n
                print(f"\nDIFF   {head}")
            for a, b, (ev, gv), count in found:
                span = iso(a) if a == b else f"{iso(a)} .. {iso(b)}"
                print(f"  {span}  ({count} instants)  ezTime {ev}  {args.against} {gv}")
    if no_rule:
        print(f"\nno POSIX rule (not checked): {' '.join(no_rule)}")
    for l in limits:
        if not l["hits"]:
            print(f"\nnote: known limit {l['source']!r} ({l['where']}) matched no disagreement")
    print(f"\n{compared} instants compared over {len(by_rule)} rules in {time.monotonic() - started:.1f} s: "
          f"{unexplained} disagreements not explained, {known} explained by known limits")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
