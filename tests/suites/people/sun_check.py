#!/usr/bin/env python3
"""Sunrise and sunset as people read them in an almanac, checked against
astral (PyPI, NOAA's method), which shares no code with ours, for every
zone of a running moscow-time server.

    python3 tests/suites/people/sun_check.py BASE_URL

BASE_URL is a server on the system tz database (`moscow-time serve`, e.g.
http://127.0.0.1:8000). Installs astral into target/people-tools (a venv)
when it is missing there, and runs itself with that venv's Python.

Each zone's place is read here from /usr/share/zoneinfo's zone.tab (else
zone1970.tab), and astral is given it. For every zone /api/timezone lists:

- a zone is answered `404 {"error": "no place for this zone"}` exactly when
  neither table has a row for it (UTC, Etc/GMT+5, links such as
  US/Eastern), and otherwise with the table's coordinates;
- on 2027-03-20, 2027-06-21, 2027-09-23 and 2027-12-21, our sunrise is
  within 2 minutes of astral's for that date (`astral.sun.sunrise`), and
  our sunset of astral's on the date it falls on (the sunset that ends the
  sunrise's light, past midnight on some summer nights); each is written
  with the zone's offset at that instant, the sunrise is on the date, and
  `day_length_seconds` is the time between them;
- polar day or night exactly where astral says the sun is always above or
  always below the horizon that day (it raises ValueError saying so), with
  86400 or 0 seconds of day.

astral's `sunrise()` and `sunset()` compute an event with the sun of the
UTC date they are asked for, so one just after 00:00 UTC gets the sun of
the day before (Novokuznetsk's sunrise in September, some 2 minutes off:
the same instant for two dates). Where they are more than 2 minutes from
ours, the instant astral's own sun position (`astral.sun.elevation`, the
centre without refraction) crosses 0.833° below the horizon decides; those
cases are listed. That crossing is found for every event, and the worst
difference from it is reported too. `sun()` is not used: it also computes
civil dawn and dusk, and raises where the sun never sinks 6° below the
horizon (Reykjavík in June), whose sunrise and sunset are still there.

Prints one line per disagreement (the first 30), then a summary: zones ×
dates compared, the worst differences in seconds, the polar cases; the exit
status is 1 on any disagreement.
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TOOLS = ROOT / "target" / "people-tools"
ASTRAL = "astral==3.2"
TABLES = Path("/usr/share/zoneinfo")
DATES = [date(2027, 3, 20), date(2027, 6, 21), date(2027, 9, 23), date(2027, 12, 21)]
TOLERANCE = 120
NO_PLACE = {"error": "no place for this zone"}
KEYS = [
    "timezone",
    "latitude",
    "longitude",
    "date",
    "sunrise",
    "sunset",
    "day_length_seconds",
    "polar",
]


def with_astral():
    """Runs this script again under the venv's Python, astral installed there."""
    python = TOOLS / "bin" / "python"
    if Path(sys.prefix).resolve() == TOOLS.resolve():
        sys.exit(f"astral is missing from {TOOLS}")
    if (
        not python.exists()
        or subprocess.run([python, "-c", "import astral"], capture_output=True).returncode
    ):
        print(f"installing {ASTRAL} into {TOOLS}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", TOOLS], check=True)
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", ASTRAL],
            check=True,
        )
    os.execv(python, [str(python), __file__, *sys.argv[1:]])


try:
    from zoneinfo import ZoneInfo

    from astral import Observer
    from astral.sun import elevation, sunrise, sunset
except ImportError:
    with_astral()


def degrees(text, width):
    """±DD[D]MM[SS] as degrees."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:]
    whole, minutes, seconds = digits[:width], digits[width : width + 2], digits[width + 2 :]
    return sign * (int(whole) + int(minutes) / 60 + int(seconds or 0) / 3600)


def places():
    """Every zone's place, by name: zone.tab's row, else zone1970.tab's."""
    found = {}
    for table in ("zone.tab", "zone1970.tab"):
        for line in (TABLES / table).read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            coordinates, zone = line.split("\t")[1:3]
            split = max(coordinates.rfind("+"), coordinates.rfind("-"))
            latitude = degrees(coordinates[:split], 2)
            longitude = degrees(coordinates[split:], 3)
            found.setdefault(zone, (latitude, longitude))
    return found


def get(url):
    """The status and JSON body of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def astral_event(event, observer, day, zone):
    """astral's event on `day`: the instant, or why there is none: `day`
    or `night` (the sun is always above or below the horizon), or `none`
    (no such event on that date)."""
    try:
        return event(observer, day, ZoneInfo(zone))
    except ValueError as error:
        message = str(error)
        if "always above" in message:
            return "day"
        if "always below" in message:
            return "night"
        return "none"


def crossing(observer, near, rising):
    """Where astral's own sun position (the centre, without refraction)
    crosses 0.833° below the horizon, rising or setting, within half an
    hour of `near`; None when it does not there."""
    low, high = near - timedelta(minutes=30), near + timedelta(minutes=30)

    def below(instant):
        return elevation(observer, instant, with_refraction=False) < -50 / 60

    if below(low) != rising or below(high) == rising:
        return None
    while high - low > timedelta(milliseconds=10):
        middle = low + (high - low) / 2
        if below(middle) == rising:
            low = middle
        else:
            high = middle
    return low


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    base = sys.argv[1].rstrip("/")
    started = time.monotonic()
    tables = places()
    status, zones = get(f"{base}/api/timezone")
    assert status == 200 and isinstance(zones, list), (status, zones)

    def ask(zone, day):
        path = urllib.parse.quote(zone) + "?date=" + day.isoformat()
        return get(f"{base}/api/sun/{path}")

    jobs = [(zone, day) for zone in zones for day in DATES]
    with ThreadPoolExecutor(16) as pool:
        answers = dict(zip(jobs, pool.map(lambda job: ask(*job), jobs)))

    problems = {}
    worst = (0.0, "")
    worst_own = (0.0, "")
    polar = {"day": 0, "night": 0}
    wrapped = []
    placed = [zone for zone in zones if zone in tables]

    for (zone, day), (status, body) in answers.items():
        said = problems.setdefault((zone, day), []).append
        if zone not in tables:
            if (status, body) != (404, NO_PLACE):
                said(f"in neither table, answered {status} {body}")
            continue
        if status != 200 or list(body) != KEYS:
            said(f"answered {status} {body}")
            continue
        latitude, longitude = tables[zone]
        if abs(body["latitude"] - latitude) > 1e-5 or abs(body["longitude"] - longitude) > 1e-5:
            said(f"placed at {body['latitude']}, {body['longitude']}, not {latitude}, {longitude}")
        if (body["timezone"], body["date"]) != (zone, day.isoformat()):
            said(f"answered for {body['timezone']} on {body['date']}")
        observer = Observer(latitude, longitude)
        theirs = astral_event(sunrise, observer, day, zone)
        if body["polar"] is not None or theirs in ("day", "night"):
            kind = body["polar"]
            if kind != theirs or body["sunrise"] or body["sunset"]:
                said(f"ours {kind or body['sunrise']}, astral's {theirs}")
            elif body["day_length_seconds"] != {"day": 86400, "night": 0}[kind]:
                said(f"polar {kind} of {body['day_length_seconds']} s")
            else:
                polar[kind] += 1
            continue
        rise = datetime.fromisoformat(body["sunrise"])
        set_ = datetime.fromisoformat(body["sunset"])
        # The sunset astral finds on the date ours falls on.
        theirs_set = astral_event(sunset, observer, set_.date(), zone)
        for what, ours, other in (("sunrise", rise, theirs), ("sunset", set_, theirs_set)):
            own = crossing(observer, ours, what == "sunrise")
            own_gap = None if own is None else abs((ours - own).total_seconds())
            if own_gap is not None and own_gap > worst_own[0]:
                worst_own = (own_gap, f"{what}, {zone}, {day}")
            gap = None if isinstance(other, str) else abs((ours - other).total_seconds())
            if gap is None or gap > TOLERANCE:
                # astral's sunrise() and sunset() compute an event with the
                # sun of the UTC date it is asked for: one just after 00:00
                # UTC is given the day before's sun. Its own sun position
                # settles it.
                if own_gap is None or own_gap > TOLERANCE:
                    said(f"our {what} {ours}, astral's {other}, its sun's crossing {own}")
                    continue
                off = "none" if gap is None else f"{other}, {gap:.0f} s off"
                wrapped.append(f"{what} {zone} {day}: {off}; its sun's crossing {own_gap:.0f} s")
            elif gap > worst[0]:
                worst = (gap, f"{what}, {zone}, {day}")
            # The zone's offset then, to the minute as RFC 3339 writes it.
            offset = ours.astimezone(ZoneInfo(zone)).utcoffset()
            if ours.utcoffset() != timedelta(minutes=int(offset.total_seconds() / 60)):
                said(f"our {what} {ours} is not written with the zone's offset {offset}")
        if rise.date() != day:
            said(f"our sunrise {rise} is not on the date")
        if body["day_length_seconds"] != (set_ - rise).total_seconds():
            said(f"a day of {body['day_length_seconds']} s from {rise} to {set_}")

    failed = {key: lines for key, lines in problems.items() if lines}
    shown = [f"{zone} {day}: {line}" for (zone, day), lines in failed.items() for line in lines]
    for line in shown[:30]:
        print("FAIL ", line)
    if len(shown) > 30:
        print(f"… and {len(shown) - 30} more")
    elapsed = time.monotonic() - started
    print(
        f"sun_check: {len(zones)} zones × {len(DATES)} dates; {len(placed)} zones with a place"
        f" compared with {ASTRAL} ({len(placed) * len(DATES)} days),"
        f" {len(zones) - len(placed)} in neither table, each to be answered 404"
    )
    print(
        f"worst difference {worst[0]:.0f} s from astral's sunrise() and sunset()"
        f" ({worst[1]}), at most {TOLERANCE} s allowed; {worst_own[0]:.0f} s from where"
        f" astral's own sun position crosses the horizon ({worst_own[1]})"
    )
    print(
        f"polar: {polar['day']} days and {polar['night']} nights, where astral has them;"
        f" {elapsed:.1f} s"
    )
    for line in wrapped:
        print(f"astral's own sun, not its per-date function: {line}")
    print(f"{len(answers) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
