#!/usr/bin/env python3
"""posix_tz_db's table as this server writes it, against the original's
files (../shared/device-oracles/posix_tz_db, made from tzdata 2025b) and
against the rules themselves:

- the formats, byte for byte: zones.json is `{`, `"name":"rule"` lines
  sorted and joined by `,` , `}`, no final newline; zones.csv is
  `"name","rule"` lines each ending in a newline;
- every zone of the original's table is in ours;
- each one's rule equals the original's, unless tzdata changed the zone
  since 2025b (its TZif file of 2025b, from PyPI's tzdata 2025.2, against
  the machine's): those are listed with both rules and why;
- every rule ours gives, read by glibc (TZ=rule), shows the machine's
  zoneinfo offset at every hour of the next two years, or until the
  instant Posix-Rules-Valid-Until names for it.

    posix_tz_db_compare.py BASE_URL TZDATA_2025B_WHEEL
"""

import datetime
import os
import sys
import time
import urllib.request
import zipfile
import zoneinfo

ORIGINAL = os.path.join(os.path.dirname(__file__), "../../../../shared/device-oracles/posix_tz_db")
SYSTEM = "/usr/share/zoneinfo"
HOURS = 2 * 366 * 24


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode(), response.headers


def footer(data):
    """The last line of a TZif file: its POSIX rule."""
    return data.rstrip(b"\n").rsplit(b"\n", 1)[-1].decode()


def transitions_from(data, start):
    """The transition times (as int64) of a TZif v2+ file from `start` on,
    and the footer: what the file says of the time to come."""
    import struct
    # Skip the v1 block, read the v2 header and times.
    def header(offset):
        counts = struct.unpack(">6l", data[offset + 20:offset + 44])
        return counts  # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    isut, isstd, leap, timecnt, typecnt, charcnt = header(0)
    v1 = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
    isut, isstd, leap, timecnt, typecnt, charcnt = header(v1)
    base = v1 + 44
    times = struct.unpack(f">{timecnt}q", data[base:base + timecnt * 8])
    idx = data[base + timecnt * 8:base + timecnt * 9]
    types_at = base + timecnt * 9
    types = [struct.unpack(">lBB", data[types_at + i * 6:types_at + i * 6 + 6]) for i in range(typecnt)]
    return [(t, types[i][0]) for t, i in zip(times, idx) if t >= start], footer(data)


def main():
    base, wheel_path = sys.argv[1], sys.argv[2]
    failures = []
    fail = failures.append
    now = int(time.time())

    json_text, headers = fetch(base + "/api/posix/zones.json")
    csv_text, _ = fetch(base + "/api/posix/zones.csv")
    ours = {}
    lines = json_text.split("\n")
    if not (lines[0] == "{" and lines[-1] == "}" and not json_text.endswith("\n")):
        fail("zones.json does not begin with '{' and end with '}' without a newline, as the original's")
    for i, line in enumerate(lines[1:-1]):
        text = line[:-1] if line.endswith(",") else line
        if line.endswith(",") == (i == len(lines) - 3):
            fail(f"zones.json line {i + 2}: the comma is wrong: {line!r}")
        name, _, rule = text.partition('":"')
        ours[name[1:]] = rule[:-1]
    if list(ours) != sorted(ours):
        fail("zones.json's keys are not sorted")
    csv_rows = [line[1:-1].split('","') for line in csv_text.split("\n")[:-1]]
    if not csv_text.endswith("\n") or dict(csv_rows) != ours:
        fail("zones.csv is not the same table as zones.json, a line each ending in a newline")

    original = dict(line[1:-1].split('","') for line in open(os.path.join(ORIGINAL, "zones.csv")).read().splitlines())
    original_json = open(os.path.join(ORIGINAL, "zones.json")).read()
    if original_json.split("\n")[0] != "{" or not original_json.endswith("}"):
        fail("the original's zones.json is not in the format this check reads")

    wheel = zipfile.ZipFile(wheel_path)
    same, changed, missing = 0, [], [name for name in original if name not in ours]
    for name in missing:
        fail(f"{name}: in the original's table, not in ours")
    for name, rule in original.items():
        if name not in ours:
            continue
        if ours[name] == rule:
            same += 1
            continue
        old = wheel.read(f"tzdata/zoneinfo/{name}")
        new = open(os.path.join(SYSTEM, name), "rb").read()
        if transitions_from(old, now) != transitions_from(new, now):
            changed.append(f"{name}: original {rule!r}, ours {ours[name]!r} "
                           f"(tzdata changed it since 2025b: 2025b's file ends {footer(old)!r}, "
                           f"the machine's {footer(new)!r})")
        else:
            fail(f"{name}: original {rule!r}, ours {ours[name]!r}, and tzdata has not changed it since 2025b")
    extra = sorted(set(ours) - set(original))

    # Each rule, read by glibc, against the machine's zoneinfo.
    until = {}
    for pair in filter(None, (headers.get("Posix-Rules-Valid-Until") or "").split(", ")):
        name, instant = pair.split(" ")
        until[name] = int(datetime.datetime.fromisoformat(instant.replace("Z", "+00:00")).timestamp())
    wrong = []
    start = now - now % 3600
    for name, rule in ours.items():
        zone = zoneinfo.ZoneInfo(name)
        os.environ["TZ"] = rule
        time.tzset()
        end = min(start + HOURS * 3600, until.get(name, 1 << 62))
        for t in range(start, end, 3600):
            expected = datetime.datetime.fromtimestamp(t, zone).utcoffset().total_seconds()
            if time.localtime(t).tm_gmtoff != expected:
                wrong.append(f"{name}: {rule!r} gives {time.localtime(t).tm_gmtoff} s at {t}, zoneinfo {expected:.0f} s")
                break
    for line in wrong:
        fail(line)

    print(f"{len(ours)} zones in ours, {len(original)} in the original's table")
    print(f"equal to the original: {same}; changed by tzdata since 2025b: {len(changed)}")
    for line in changed:
        print(f"  {line}")
    print(f"added since the original's list ({len(extra)}): {', '.join(extra[:12])}{' …' if len(extra) > 12 else ''}")
    print(f"rules that stop showing their zone's time within 28 years: {len(until)} "
          f"({', '.join(sorted(until))}); glibc agrees with zoneinfo for every rule until then or for two years")
    for line in failures:
        print(f"FAIL  {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
