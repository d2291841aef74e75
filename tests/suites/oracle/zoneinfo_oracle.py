#!/usr/bin/env python3
"""Checks moscow-time's worldtimeapi answers against Python's zoneinfo.

Reads JSON lines {"instant": RFC 3339, "body": {...15 fields...}} and a
JSON list of zone names (the server's /api/timezone), computes every field
independently with zoneinfo (over PYTHONTZPATH, or over the `tzdata`
package when PYTHONTZPATH is empty), and prints each disagreement. Exits 1
if there is any. Standard library only.

    zoneinfo_oracle.py ANSWERS.jsonl NAMES.json
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

ZERO = timedelta(0)
DAY = 86_400
# As far as the server searches for the ends of a period: Cuba's and
# Jordan's rules have kept summer time for more than a year at a stretch.
SEARCH_DAYS = 800
# Names that are no zone: the machine's own setting (`localtime`, a link in
# Debian's folder), and `Factory`, tzdb's placeholder for "not set", which
# chrono-tz leaves out.
NOT_ZONES = {"localtime", "Factory"}
# TZif records only whether a period is summer time, not by how much; zoneinfo
# guesses the amount once per period type, from where it first occurs. These
# zones' summer types first occur beside an older standard offset, so zoneinfo
# says 2 h where the tz source says `SAVE 1:00` (chrono-tz, built from the
# source, agrees with the server): the source's hour is what is checked.
ONE_HOUR_SAVING = {"America/Inuvik", "America/Bahia_Banderas", "America/Scoresbysund"}


def state(tz: ZoneInfo, second: int) -> tuple[timedelta, bool]:
    local = datetime.fromtimestamp(second, timezone.utc).astimezone(tz)
    return local.utcoffset(), local.dst() != ZERO


def boundary(tz: ZoneInfo, start: int, step: int) -> int | None:
    """The first second of the period around `start` (step < 0) or of the next one."""
    here = state(tz, start)
    near = start
    for _ in range(SEARCH_DAYS * DAY // abs(step)):
        far = near + step
        if state(tz, far) != here:
            same, other = near, far
            while abs(other - same) > 1:
                mid = same + (other - same) // 2
                if state(tz, mid) == here:
                    same = mid
                else:
                    other = mid
            return same if step < 0 else other
        near = far
    return None


def utc_seconds(second: int | None) -> str | None:
    if second is None:
        return None
    return datetime.fromtimestamp(second, timezone.utc).isoformat(timespec="seconds")


def offset_text(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02}:{seconds // 60 % 60:02}"


def expected(name: str, instant: datetime) -> dict:
    tz = ZoneInfo(name)
    local = instant.astimezone(tz)
    dst = local.dst()
    in_dst = dst != ZERO
    if in_dst and name in ONE_HOUR_SAVING:
        dst = timedelta(hours=1)
    second = int(instant.timestamp())
    return {
        "abbreviation": local.tzname(),
        "datetime": local.isoformat(timespec="microseconds"),
        "day_of_week": local.isoweekday() % 7,
        "day_of_year": local.timetuple().tm_yday,
        "dst": in_dst,
        "dst_from": utc_seconds(boundary(tz, second, -DAY)) if in_dst else None,
        "dst_offset": int(dst.total_seconds()),
        "dst_until": utc_seconds(boundary(tz, second, DAY)) if in_dst else None,
        "raw_offset": int((local.utcoffset() - dst).total_seconds()),
        "timezone": name,
        "unixtime": second,
        "utc_datetime": instant.isoformat(timespec="microseconds"),
        "utc_offset": offset_text(local.utcoffset()),
        "week_number": local.isocalendar()[1],
    }


def main() -> int:
    answers_path, names_path = sys.argv[1], sys.argv[2]
    problems = []
    with open(names_path) as f:
        served = set(json.load(f))
    known = available_timezones() - NOT_ZONES
    for name in sorted(known - served):
        problems.append(f"zone list: {name} is missing")
    for name in sorted(served - known):
        problems.append(f"zone list: {name} is not a zone zoneinfo knows")
    checked = 0
    with open(answers_path) as f:
        for line in f:
            record = json.loads(line)
            instant = datetime.fromisoformat(record["instant"].replace("Z", "+00:00"))
            body = record["body"]
            name = body.get("timezone")
            if name not in known:
                continue
            want = expected(name, instant)
            for key, value in want.items():
                if body.get(key) != value:
                    problems.append(
                        f"{name} at {record['instant']}: {key} is {body.get(key)!r}, zoneinfo says {value!r}"
                    )
            checked += 1
    for problem in problems[:200]:
        print(problem)
    print(f"zoneinfo oracle: {checked} answers checked, {len(problems)} disagreements")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
