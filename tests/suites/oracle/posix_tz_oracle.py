#!/usr/bin/env python3
"""Checks each zone's `posix_tz` by having glibc itself interpret it.

Reads the same JSON lines as zoneinfo_oracle.py ({"instant": RFC 3339, "body":
{...}}) and takes the answers at INSTANT. For every zone with a rule, glibc
reads the rule (TZ=rule, tzset; TZDIR points at an empty folder, so that a
rule such as EST5EDT is never taken for a file name) and must give the same
UTC offset, daylight-saving flag and abbreviation as Python's zoneinfo
(over PYTHONTZPATH, or the `tzdata` package when it is empty) every day of
the two years from INSTANT, and a second before and at every change zoneinfo
makes in them. A change glibc makes elsewhere shows at the end of its day
(a zone's changes are months apart, never two in a day). Zones without a
rule are named. Exits 1 on any disagreement. Standard library only.

    posix_tz_oracle.py ANSWERS.jsonl INSTANT
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

DAY = 86_400
YEARS_SECONDS = 2 * 366 * 86_400


def by_zoneinfo(tz: ZoneInfo, second: int) -> tuple[int, bool, str]:
    local = datetime.fromtimestamp(second, timezone.utc).astimezone(tz)
    return int(local.utcoffset().total_seconds()), bool(local.dst()), local.tzname()


def by_glibc(second: int) -> tuple[int, bool, str]:
    local = time.localtime(second)
    return local.tm_gmtoff, local.tm_isdst > 0, local.tm_zone


def disagreements(name: str, rule: str, start: int) -> list[str]:
    os.environ["TZ"] = rule
    time.tzset()
    tz = ZoneInfo(name)
    found = []

    def compare(second: int, want: tuple[int, bool, str]) -> None:
        got = by_glibc(second)
        if want != got and len(found) < 3:
            at = datetime.fromtimestamp(second, timezone.utc).isoformat()
            found.append(f"{name} {rule!r} at {at}: glibc says {got}, zoneinfo {want}")

    previous = by_zoneinfo(tz, start)
    compare(start, previous)
    for day in range(start + DAY, start + YEARS_SECONDS + 1, DAY):
        here = by_zoneinfo(tz, day)
        if here != previous:
            # The change itself, to the second: both sides of it.
            same, other = day - DAY, day
            while other - same > 1:
                mid = (same + other) // 2
                if by_zoneinfo(tz, mid) == previous:
                    same = mid
                else:
                    other = mid
            compare(same, previous)
            compare(other, by_zoneinfo(tz, other))
            previous = here
        compare(day, here)
    return found


def main() -> int:
    answers_path, instant_text = sys.argv[1], sys.argv[2]
    start = int(datetime.fromisoformat(instant_text.replace("Z", "+00:00")).timestamp())
    rules: dict[str, str | None] = {}
    with open(answers_path) as f:
        for line in f:
            record = json.loads(line)
            if record["instant"] == instant_text:
                rules[record["body"]["timezone"]] = record["body"].get("posix_tz", "missing")
    problems = []
    with tempfile.TemporaryDirectory() as empty:
        os.environ["TZDIR"] = empty
        for name, rule in sorted(rules.items()):
            if rule == "missing":
                problems.append(f"{name}: no posix_tz field")
            elif rule is not None:
                problems += disagreements(name, rule, start)
    without = sorted(name for name, rule in rules.items() if rule is None)
    for problem in problems[:200]:
        print(problem)
    print(f"without a POSIX rule ({len(without)}): {' '.join(without)}")
    print(
        f"posix_tz oracle: {len(rules) - len(without)} rules checked against zoneinfo, "
        f"{len(problems)} disagreements"
    )
    return 1 if problems or len(rules) == len(without) else 0


if __name__ == "__main__":
    sys.exit(main())
