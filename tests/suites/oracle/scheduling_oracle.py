#!/usr/bin/env python3
"""Checks /api/transitions and /api/convert answers against Python's zoneinfo.

Reads JSON lines, each {"kind": "transitions" | "convert", "query": {...},
"status": N, "body": {...}}, from the server at INSTANT, and checks with
zoneinfo (over PYTHONTZPATH, or the `tzdata` package when it is empty):

- transitions: each change named has zoneinfo's offset, DST flag and
  abbreviation a second before and at it, and zoneinfo makes no other
  change between it and its neighbour, or INSTANT (scanned by the day, to
  the second where the state differs): forward for the two years after the
  last one named when fewer than asked were, back at most ten years;
- conversions: the kind of local time (unique, gap, fold, with zoneinfo's
  `fold`), the instant each disambiguation settles on (gap: fold=0 is the
  later instant, fold=1 the earlier; fold: fold=0 earlier, fold=1 later),
  422 for `reject` of a gap or fold, and the wall clocks in both zones.

Exits 1 on any disagreement. Standard library only.

    scheduling_oracle.py ANSWERS.jsonl INSTANT
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

DAY = 86_400
AHEAD = 2 * 366 * DAY
BACK = 10 * 366 * DAY


def state(tz: ZoneInfo, second: int) -> tuple[int, bool, str]:
    local = datetime.fromtimestamp(second, timezone.utc).astimezone(tz)
    return int(local.utcoffset().total_seconds()), bool(local.dst()), local.tzname()


def named(side: dict) -> tuple[int, bool, str]:
    return side["offset_seconds"], side["dst"], side["abbreviation"]


def first_change(tz: ZoneInfo, start: int, end: int) -> int | None:
    """The first second in (start, end] (or [end, start) going back) where the state differs."""
    step = DAY if end > start else -DAY
    here = state(tz, start)
    near = start
    while (near < end) if step > 0 else (near > end):
        far = near + step
        far = min(far, end) if step > 0 else max(far, end)
        if state(tz, far) != here:
            same, other = near, far
            while abs(other - same) > 1:
                mid = (same + other) // 2
                if state(tz, mid) == here:
                    same = mid
                else:
                    other = mid
            return other if step > 0 else same
        near = far
    return None


def check_transitions(query: dict, body: dict, start: int) -> list[str]:
    name = query["zone"]
    tz = ZoneInfo(name)
    problems = []
    for direction, asked in (("next", query["next"]), ("previous", query["previous"])):
        changes = body[direction]
        position = start
        for change in changes:
            at = change["unixtime"]
            got = (named(change["before"]), named(change["after"]))
            want = (state(tz, at - 1), state(tz, at))
            if direction == "previous":
                # Past changes: offsets and abbreviations. Whether a past
                # period was summer time is inferred differently where the
                # TZif file marks a period DST without an offset to measure
                # it against (Samara in 2010: see docs/api.md).
                got, want = tuple((o, a) for o, _, a in got), tuple((o, a) for o, _, a in want)
            if got != want:
                problems.append(
                    f"{name} {direction} {change['utc_datetime']}: server {named(change['before'])} -> "
                    f"{named(change['after'])}, zoneinfo {state(tz, at - 1)} -> {state(tz, at)}"
                )
            # No change between the previous one (or INSTANT) and this one.
            if direction == "next":
                missed = first_change(tz, position, at - 1)
            elif position - 1 > max(at, start - BACK):
                missed = first_change(tz, position - 1, max(at, start - BACK))
            else:
                missed = None
            if missed is not None:
                problems.append(f"{name} {direction}: zoneinfo changes at {missed}, not named before {change['utc_datetime']}")
            position = at
        if len(changes) < asked:
            if direction == "next":
                missed = first_change(tz, position, position + AHEAD)
            elif position - 1 > start - BACK:
                missed = first_change(tz, position - 1, start - BACK)
            else:
                missed = None
            if missed is not None:
                problems.append(f"{name} {direction}: zoneinfo changes at {missed}, which the server does not name")
    return problems


def wall(tz: ZoneInfo, second: int) -> str:
    local = datetime.fromtimestamp(second, timezone.utc).astimezone(tz)
    return local.replace(microsecond=0).isoformat()


def check_conversion(query: dict, status: int, body: dict) -> list[str]:
    name, choice = query["from"], query["disambiguation"]
    tz = ZoneInfo(name)
    naive = datetime.fromisoformat(query["datetime"])
    t0 = int(naive.replace(tzinfo=tz, fold=0).timestamp())
    t1 = int(naive.replace(tzinfo=tz, fold=1).timestamp())
    back = datetime.fromtimestamp(t0, timezone.utc).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        kind, earlier, later = "gap", t1, t0
    elif t0 != t1:
        kind, earlier, later = "fold", t0, t1
    else:
        kind, earlier, later = "unique", t0, t0
    where = f"{query['datetime']} in {name} ({choice})"
    if kind != "unique" and choice == "reject":
        if status != 422:
            return [f"{where}: {kind}, rejected: want 422, got {status} {body}"]
        return []
    if status != 200:
        return [f"{where}: want 200, got {status} {body}"]
    want = {
        "compatible": later if kind == "gap" else earlier,
        "earlier": earlier,
        "later": later,
        "reject": earlier,
    }[choice]
    problems = []
    if body["local_time"] != kind:
        problems.append(f"{where}: server says {body['local_time']}, zoneinfo {kind}")
    if body["unixtime"] != want:
        problems.append(f"{where}: server gives {body['utc_datetime']}, zoneinfo {datetime.fromtimestamp(want, timezone.utc)}")
    if body["from"]["datetime"] != wall(tz, want):
        problems.append(f"{where}: wall clock {body['from']['datetime']}, zoneinfo {wall(tz, want)}")
    if query.get("to"):
        other = ZoneInfo(query["to"])
        if body["to"]["datetime"] != wall(other, want):
            problems.append(f"{where} to {query['to']}: {body['to']['datetime']}, zoneinfo {wall(other, want)}")
    return problems


def main() -> int:
    answers_path, instant_text = sys.argv[1], sys.argv[2]
    start = int(datetime.fromisoformat(instant_text.replace("Z", "+00:00")).timestamp())
    problems = []
    counts = {"transitions": 0, "convert": 0}
    kinds = {"unique": 0, "gap": 0, "fold": 0}
    with open(answers_path) as f:
        for line in f:
            record = json.loads(line)
            if record["kind"] == "transitions":
                if record["status"] != 200:
                    problems.append(f"{record['query']}: status {record['status']}")
                    continue
                problems += check_transitions(record["query"], record["body"], start)
            else:
                problems += check_conversion(record["query"], record["status"], record["body"])
                kind = record["body"].get("local_time")
                if kind in kinds:
                    kinds[kind] += 1
            counts[record["kind"]] += 1
    for problem in problems[:200]:
        print(problem)
    print(
        f"scheduling oracle: {counts['transitions']} zones' transitions, {counts['convert']} conversions "
        f"({kinds['unique']} unique, {kinds['gap']} gaps, {kinds['fold']} folds answered), "
        f"{len(problems)} disagreements"
    )
    return 1 if problems or not all(counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
