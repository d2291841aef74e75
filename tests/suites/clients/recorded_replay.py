#!/usr/bin/env python3
"""Replays answers that worldtimeapi.org really gave against a moscow-time
server whose clock libfaketime moves to each answer's instant.

For each answer in tests/data/worldtimeapi/recorded.json it writes the
answer's instant (its `utc_datetime`, to the second) to the server's
FAKETIME_TIMESTAMP_FILE, asks the same zone at worldtimeapi's path, and
requires every recorded field to be equal, but `client_ip` (the caller
differs) and the sub-second digits of `datetime` and `utc_datetime` (the
request is not sent at the recorded microsecond; they must still have six
digits). Our answer must have exactly the original's fifteen keys, and its
`.txt` form the same values line for line. A record may name fields in
which the original itself was since corrected, with why (`differs`): those
must then differ from the recorded value, so that the note cannot go stale
unseen. Standard library only.

    recorded_replay.py BASE_URL TIMESTAMP_FILE [RECORDED.json]
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

FIFTEEN = {
    "abbreviation", "client_ip", "datetime", "day_of_week", "day_of_year", "dst",
    "dst_from", "dst_offset", "dst_until", "raw_offset", "timezone", "unixtime",
    "utc_datetime", "utc_offset", "week_number",
}
# RFC 3339 with exactly six fractional digits, as the original wrote them.
MICROS = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.\d{6}([+-]\d\d:\d\d)$")


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def to_the_second(value: str) -> str | None:
    match = MICROS.match(value)
    return f"{match[1]}{match[2]}" if match else None


def text_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def text_problem(answer: dict, text: str) -> str | None:
    """Why `text` is not `answer`'s `.txt` form, line for line (the sub-second
    digits aside), or None."""
    if text.endswith("\n"):
        return "a newline after the last line"
    lines = [line.split(": ", 1) for line in text.split("\n")]
    expected = [[key, text_value(value)] for key, value in answer.items()]
    if [line[0] for line in lines] != [key for key, _ in expected]:
        return f"keys {[line[0] for line in lines]}"
    for line, (key, value) in zip(lines, expected):
        if len(line) != 2:
            return f"line {line!r}"
        if key in ("datetime", "utc_datetime"):
            line[1], value = to_the_second(line[1]), to_the_second(value)
        if line[1] != value:
            return f"{key}: {line[1]!r} in text, {value!r} in JSON"
    return None


def replay(base: str, stamp_file: Path, record: dict) -> list[str]:
    recorded = record["answer"]
    zone = recorded["timezone"]
    instant = datetime.fromisoformat(recorded["utc_datetime"]).astimezone(timezone.utc)
    stamp_file.write_text(instant.strftime("@%Y-%m-%d %H:%M:%S\n"))
    path = f"/api/timezone/{zone}"
    status, body = fetch(base + path)
    if status != 200:
        return [f"{path}: {status} {body}"]
    ours = json.loads(body)
    problems = []
    if set(ours) != FIFTEEN:
        problems.append(f"keys {sorted(set(ours) ^ FIFTEEN)} differ from the original's fifteen")
    differs = record.get("differs", {})
    for key, value in recorded.items():
        if key == "client_ip":
            continue
        got = ours.get(key)
        if key in differs:
            if got == value:
                problems.append(f"{key}: listed as differing ({differs[key]}), but equal")
            continue
        if key in ("datetime", "utc_datetime"):
            if to_the_second(got or "") is None:
                problems.append(f"{key} {got!r} has not six fractional digits")
            if to_the_second(got or "") != to_the_second(value):
                problems.append(f"{key}: recorded {value!r}, ours {got!r}")
        elif got != value or type(got) is not type(value):
            problems.append(f"{key}: recorded {value!r}, ours {got!r}")
    # The text form, asked at the same instant, says the same line for line.
    stamp_file.write_text(instant.strftime("@%Y-%m-%d %H:%M:%S\n"))
    status, text = fetch(base + path + ".txt")
    why = text_problem(ours, text) if status == 200 else f"status {status}"
    if why:
        problems.append(f"{path}.txt: {why}")
    return problems


def main() -> int:
    base, stamp_file = sys.argv[1].rstrip("/"), Path(sys.argv[2])
    data = Path(sys.argv[3] if len(sys.argv) > 3 else "tests/data/worldtimeapi/recorded.json")
    records = json.loads(data.read_text())
    passed = failed = 0
    for record in records:
        recorded = record["answer"]
        what = f"{recorded['timezone']} at {recorded['utc_datetime']}"
        problems = replay(base, stamp_file, record)
        if problems:
            failed += 1
            print(f"FAIL  {what} ({record['source']})", file=sys.stderr)
            for problem in problems:
                print(f"        {problem}", file=sys.stderr)
        else:
            passed += 1
            differs = record.get("differs", {})
            but = "".join(f"; {key} differs: {why}" for key, why in differs.items())
            print(f"ok    {what}: every recorded field equal{but}")
    print(f"recorded answers: {passed} passed, {failed} failed")
    return 1 if failed or not records else 0


if __name__ == "__main__":
    sys.exit(main())
