#!/usr/bin/env python3
"""What the zone pages and the comparison pages say, against Python's
zoneinfo, with the server's clock moved to fixed instants by libfaketime
(the server reads STAMP_FILE at every clock reading):

  changes BASE STAMP_FILE [--tzdata WHEEL]
      for every zone name of BASE/api/timezone, at a fixed instant and at
      the instants just before and just after a change: the page's
      <p id="change"> says the next change (its data-at instant, forward or
      back and by how much, the local date and time as the words write
      them) or the last one when none is planned, or never, as zoneinfo
      finds them; with --tzdata, zoneinfo reads that tzdata wheel's files
      (the rules compiled into the binary) instead of the machine's.

  compare BASE STAMP_FILE
      200 random pairs (seeded), at instants around clock changes on either
      side: /A/vs/B's difference and its hours 08:00-20:00 of A read in B,
      as zoneinfo computes them.

Exits 1 on any disagreement, listing each.
"""

import argparse
import datetime as dt
import io
import json
import os
import random
import re
import sys
import time
import urllib.request
import zipfile
import zoneinfo
from concurrent.futures import ThreadPoolExecutor

UTC = dt.timezone.utc
WEEK = dt.timedelta(days=7)
SECOND = dt.timedelta(seconds=1)
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


SHOWN = re.compile(r'<time[^>]* datetime="([^"]+)"')


def get_at(url, now):
    """The page at `url` as the server renders it at `now`. The page says
    the instant it shows (its first <time datetime>); libfaketime has been
    seen to hand one server thread the instant before the stamp file moved
    (a page of 2026-12-07 asked for at 2027-10-31, once in some ten runs),
    so a page of another instant is asked for again, a few times, before it
    is judged: what it says is still checked for the instant set."""
    for _ in range(20):
        page = get(url)
        shown = SHOWN.search(page)
        if shown and dt.datetime.fromisoformat(shown.group(1)) == now:
            return page
        time.sleep(0.05)
    return page


def set_clock(stamp_file, instant):
    # Written beside it and moved over it: the server reads the file at
    # every clock reading, and must never read it half written (an empty
    # file leaves libfaketime on the instant before).
    partial = f"{stamp_file}.new"
    with open(partial, "w") as f:
        # Without "@": the clock stands still at the instant.
        f.write(instant.strftime("%Y-%m-%d %H:%M:%S\n"))
    os.replace(partial, stamp_file)


class Zones:
    """zoneinfo from the machine's tz database, or from a tzdata wheel."""

    def __init__(self, wheel=None):
        self.wheel = zipfile.ZipFile(wheel) if wheel else None
        self.cache = {}

    def __call__(self, name):
        if name not in self.cache:
            if self.wheel:
                data = self.wheel.read(f"tzdata/zoneinfo/{name}")
                self.cache[name] = zoneinfo.ZoneInfo.from_file(io.BytesIO(data), key=name)
            else:
                self.cache[name] = zoneinfo.ZoneInfo(name)
        return self.cache[name]


def offset(zone, instant):
    return instant.astimezone(zone).utcoffset()


def first_change(zone, start, step, limit):
    """The first instant after `start` (before it, for a negative step)
    where the offset differs from the one at `start`, to the second, found
    by stepping then halving; None within `limit`."""
    here = offset(zone, start)
    t = start
    while abs(t - start) <= limit:
        nxt = t + step
        if offset(zone, nxt) != here:
            lo, hi = (t, nxt) if step > dt.timedelta(0) else (nxt, t)
            # The change is the first second of the new offset (forward) or
            # of the one `start` has (backward).
            while hi - lo > SECOND:
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if mid in (lo, hi):
                    break
                if (offset(zone, mid) == offset(zone, lo)):
                    lo = mid
                else:
                    hi = mid
            return hi
        t = nxt
    return None


def expected_change(zone, now):
    """("next"|"last"|"never", instant) as the page should say it."""
    nxt = first_change(zone, now, WEEK, dt.timedelta(days=50 * 365 + 12))
    if nxt:
        return "next", nxt
    last = first_change(zone, now + SECOND, -WEEK, now - dt.datetime(1800, 1, 1, tzinfo=UTC))
    if last:
        return "last", last
    return "never", None


def english_date(day):
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def amount(seconds):
    """English hours and minutes as CLDR's en-001 writes and joins them."""
    hours, minutes = divmod(abs(seconds) // 60, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours != 1 else ""))
    if minutes:
        parts.append(f"{minutes} minute" + ("s" if minutes != 1 else ""))
    return ", ".join(parts)


CHANGE = re.compile(r'<p id="change"(?: data-at="([^"]+)")?>([^<]*)</p>')


def check_page(base, zones, name, now):
    page = get_at(f"{base}/{name}?lang=en", now)
    found = CHANGE.search(page)
    if not found:
        return f"{name}: no change line"
    at, text = found.group(1), found.group(2)
    zone = zones(name)
    kind, instant = expected_change(zone, now)
    if kind == "never":
        return None if at is None and "never changed" in text else f"{name}: says {text!r}, zoneinfo: never"
    want = instant.strftime("%Y-%m-%dT%H:%M:%SZ")
    if at != want:
        return f"{name}: data-at {at}, zoneinfo's {kind} change {want} ({text})"
    before, after = offset(zone, instant - SECOND), offset(zone, instant)
    shift = int((after - before).total_seconds())
    wall_before = (instant + before).replace(tzinfo=None)
    wall_after = (instant + after).replace(tzinfo=None)
    if kind == "next":
        verb = "forward" if shift > 0 else "back"
        expect = f"Clocks go {verb} {amount(shift)} on {english_date(wall_before)} at {wall_before:%H:%M}"
    else:
        expect = f"No clock change is planned; the last was on {english_date(wall_after)}"
    if not text.startswith(expect):
        return f"{name}: says {text!r}, expected it to begin {expect!r}"
    return None


def changes(args):
    zones = Zones(args.tzdata)
    names = json.loads(get(f"{args.base}/api/timezone"))
    instants = [
        dt.datetime(2026, 12, 7, 12, 0, 0, tzinfo=UTC),
        # Just before and just after Europe's spring change of 2027.
        dt.datetime(2027, 3, 28, 0, 59, 59, tzinfo=UTC),
        dt.datetime(2027, 3, 28, 1, 0, 0, tzinfo=UTC),
    ]
    problems, checked = [], 0
    for now in instants:
        set_clock(args.stamp, now)
        with ThreadPoolExecutor(4) as pool:
            for problem in pool.map(lambda name: check_page(args.base, zones, name, now), names):
                checked += 1
                if problem:
                    problems.append(f"{now:%Y-%m-%dT%H:%M:%SZ} {problem}")
    print(f"{checked} zone pages at {len(instants)} instants against zoneinfo"
          f" ({'tzdata wheel ' + args.tzdata if args.tzdata else 'the machine'}'s rules):"
          f" {len(problems)} disagreements")
    for problem in problems:
        print(f"FAIL  {problem}")
    return 1 if problems else 0


ROW = re.compile(r'<tr><td>(\d\d:\d\d)</td><td data-local="([^"]+)">')


def check_pair(base, zones, a, b, now):
    page = get_at(f"{base}/{a}/vs/{b}", now)
    seconds = int(re.search(r'id="difference" data-seconds="(-?\d+)"', page).group(1))
    za, zb = zones(a), zones(b)
    want = int((offset(zb, now) - offset(za, now)).total_seconds())
    problems = []
    if seconds != want:
        problems.append(f"{a} vs {b}: difference {seconds} s, zoneinfo {want} s")
    day = now.astimezone(za).date()
    rows = ROW.findall(page)
    if len(rows) != 13:
        problems.append(f"{a} vs {b}: {len(rows)} hours, not 13")
    for hour, (shown, there) in zip(range(8, 21), rows):
        local = dt.datetime(day.year, day.month, day.day, hour, tzinfo=za)  # fold=0
        expect = local.astimezone(UTC).astimezone(zb).replace(tzinfo=None)
        if shown != f"{hour:02}:00" or there != expect.isoformat():
            problems.append(f"{a} vs {b}: {shown} is {there} there, zoneinfo {expect.isoformat()}")
    return problems


def compare(args):
    zones = Zones()
    names = [n for n in json.loads(get(f"{args.base}/api/timezone")) if "/" in n]
    rng = random.Random(20261207)
    # Around clock changes on either side: Europe's and North America's of
    # spring and autumn 2027, Australia's of April, and a quiet day.
    instants = [
        dt.datetime(2027, 3, 14, 6, 30, tzinfo=UTC),
        dt.datetime(2027, 3, 28, 0, 30, tzinfo=UTC),
        dt.datetime(2027, 4, 3, 15, 30, tzinfo=UTC),
        dt.datetime(2027, 10, 31, 0, 30, tzinfo=UTC),
        dt.datetime(2027, 11, 7, 5, 30, tzinfo=UTC),
        dt.datetime(2026, 12, 7, 12, 0, tzinfo=UTC),
    ]
    pairs = [(rng.choice(names), rng.choice(names)) for _ in range(200)]
    # Pairs known to straddle a change, so that every instant has some.
    pairs[:6] = [("Europe/Berlin", "America/New_York"), ("America/New_York", "Europe/London"),
                 ("Australia/Sydney", "Europe/Moscow"), ("Europe/Moscow", "Australia/Lord_Howe"),
                 ("America/Havana", "Asia/Tokyo"), ("Pacific/Chatham", "America/St_Johns")]
    problems = []
    for i, now in enumerate(instants):
        set_clock(args.stamp, now)
        share = pairs[i::len(instants)]
        with ThreadPoolExecutor(4) as pool:
            for found in pool.map(lambda pair: check_pair(args.base, zones, *pair, now), share):
                problems.extend(f"{now:%Y-%m-%dT%H:%M}Z {p}" for p in found)
    print(f"{len(pairs)} pairs at {len(instants)} instants around clock changes against zoneinfo:"
          f" {len(problems)} disagreements")
    for problem in problems:
        print(f"FAIL  {problem}")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("changes")
    one.add_argument("base")
    one.add_argument("stamp")
    one.add_argument("--tzdata")
    two = sub.add_parser("compare")
    two.add_argument("base")
    two.add_argument("stamp")
    args = parser.parse_args()
    args.base = args.base.rstrip("/")
    return changes(args) if args.command == "changes" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
