#!/usr/bin/env python3
# Install into a venv first (the package declares no dependencies, so
# requests is named too):
#   pip install 'world-time-api==2020.5.31' 'requests==2.34.2'
"""Runs world-time-api, the strictest worldtimeapi client on PyPI, unmodified
against a moscow-time server, then checks every worldtimeapi path by hand.

    strict_client_check.py BASE_URL [--geoip]

world-time-api (module `WorldTimeAPI`) refuses a time answer with any key
the original never sent: its `DateTimeJson` raises
`KeyError: "Only pass json response objects from client. Expected keys:
('abbreviation', 'client_ip', …)"`. It reads an error answer only when
`error` is its one key, and a list answer as a plain list. It checks neither
missing keys nor types, so this script reads every one of its properties and
then fetches each path itself with urllib: exactly the fifteen keys, with
the original's types, and each `.txt` form equal to the JSON line for line
(`key: value`, empty after the colon for null, no newline after the last
line, as the original's).

--geoip: the server has MaxMind's test city database
(tests/data/geoip/GeoLite2-City-Test.mmdb), where 81.2.69.142 is in London.

One line per check, then `N passed, M failed`; the exit status is 1 when
any check failed.
"""

import json
import sys
import urllib.error
import urllib.request
from datetime import datetime

from WorldTimeAPI import service

KEYS = (
    "abbreviation",
    "client_ip",
    "datetime",
    "day_of_week",
    "day_of_year",
    "dst",
    "dst_from",
    "dst_offset",
    "dst_until",
    "raw_offset",
    "timezone",
    "unixtime",
    "utc_datetime",
    "utc_offset",
    "week_number",
)
STRINGS = ("abbreviation", "client_ip", "datetime", "timezone", "utc_datetime", "utc_offset")
INTEGERS = ("day_of_week", "day_of_year", "dst_offset", "raw_offset", "unixtime", "week_number")
NULLABLE = ("dst_from", "dst_until")
# The properties DateTimeJson offers, one per key (two are renamed).
PROPERTIES = {key: key for key in KEYS} | {"day_of_week": "dow", "day_of_year": "doy"}

ZONES = ("Europe/Moscow", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC")
ADDRESS = "8.8.8.8"
LONDON = "81.2.69.142"  # London in MaxMind's test city database

args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = {a for a in sys.argv[1:] if a.startswith("--")}
if len(args) != 1 or flags - {"--geoip"}:
    sys.exit(__doc__.split("\n\n")[1])
base = args[0].rstrip("/")
geoip = "--geoip" in flags

passed = 0
failed = 0


def check(what, test):
    """Runs `test`, which returns None when all is well or a reason."""
    global passed, failed
    try:
        why = test()
    except Exception as error:  # noqa: BLE001 - any failure is a failed check
        why = f"{type(error).__name__}: {error}"
    if why is None:
        passed += 1
        print(f"ok    {what}")
    else:
        failed += 1
        print(f"FAIL  {what}: {why}", file=sys.stderr)


# --- the library, unmodified --------------------------------------------------

def client(endpoint):
    c = service.Client(endpoint)
    # The library keeps worldtimeapi's address in each client's `_url`
    # ("http://worldtimeapi.org/api/" + endpoint), set in Client.__init__; it
    # has no module constant and `url` is a read-only property, so the base
    # URL is changed on the instance. Nothing else about it is touched.
    c._url = f"{base}/api/{endpoint}"
    return c


def read_all(answer, expected_zone=None, expected_ip=None):
    """Reads every property of a DateTimeJson: a missing key is a KeyError."""
    if not isinstance(answer, service.DateTimeJson):
        return f"answered {type(answer).__name__}: {vars(answer)}"
    values = {key: getattr(answer, prop) for key, prop in PROPERTIES.items()}
    if expected_zone is not None and values["timezone"] != expected_zone:
        return f"timezone is {values['timezone']!r}, not {expected_zone!r}"
    if expected_ip is not None and values["client_ip"] != expected_ip:
        return f"client_ip is {values['client_ip']!r}, not {expected_ip!r}"
    return None


timezone = client("timezone")
ip = client("ip")
zone_list = []


def all_zones():  # GET /api/timezone/
    answer = timezone.regions()
    if not isinstance(answer, service.ListJson):
        return f"answered {type(answer).__name__}"
    zone_list.extend(answer.data)
    missing = [z for z in ZONES if z not in zone_list]
    return f"{missing} not listed" if missing else None


def area():  # GET /api/timezone/Europe
    answer = timezone.get(area="Europe")
    if not isinstance(answer, service.ListJson):
        return f"answered {type(answer).__name__}"
    if "Europe/Moscow" not in answer.data:
        return "Europe/Moscow not listed"
    strays = [z for z in answer.data if not z.startswith("Europe/")]
    return f"not in Europe: {strays[:5]}" if strays else None


def zone(name):  # GET /api/timezone/<Area>[/<Location>[/<Region>]]
    parts = dict(zip(("area", "location", "region"), name.split("/")))
    return lambda: read_all(timezone.get(**parts), expected_zone=name)


def unknown_zone():  # GET /api/timezone/Mars/Olympus
    answer = timezone.get(area="Mars", location="Olympus")
    if not isinstance(answer, service.ErrorJson):
        return f"answered {type(answer).__name__}, not an error"
    return None if answer.errMsg else "an empty error"


check("library: the zone list names every zone used here", all_zones)
check("library: the area list of Europe", area)
for name in ZONES + ("America/Argentina/Salta",):
    check(f"library: the time in {name}", zone(name))
check("library: an unknown zone is an error with the one key `error`", unknown_zone)
check("library: the caller's time (/api/ip/)", lambda: read_all(ip.get(area="")))
check(
    f"library: the time at {ADDRESS} (/api/ip/{ADDRESS})",
    lambda: read_all(ip.get(area=ADDRESS), expected_ip=ADDRESS),
)
if geoip:
    check(
        f"library: {LONDON} is in Europe/London",
        lambda: read_all(ip.get(area=LONDON), expected_zone="Europe/London", expected_ip=LONDON),
    )


# --- every path, by hand --------------------------------------------------------

def fetch(path):
    """The status, media type and body of GET base+path."""
    try:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, headers.get_content_type(), body.decode("utf-8")


def fetch_json(path):
    status, media, body = fetch(path)
    if status != 200:
        raise AssertionError(f"status {status}: {body[:200]!r}")
    if media != "application/json":
        raise AssertionError(f"media type {media}")
    # Keeps the keys' order, to compare the text form's lines with.
    return json.loads(body)


def instant(text):
    return datetime.fromisoformat(text)


def shape(answer):
    """None when `answer` is the original's object, else why not."""
    if not isinstance(answer, dict):
        return f"not an object: {answer!r}"
    keys = set(answer)
    if keys != set(KEYS):
        extra, missing = sorted(keys - set(KEYS)), sorted(set(KEYS) - keys)
        return f"keys differ: extra {extra}, missing {missing}"
    for key in STRINGS:
        if not isinstance(answer[key], str):
            return f"{key} is {answer[key]!r}, not a string"
    for key in INTEGERS:
        if type(answer[key]) is not int:
            return f"{key} is {answer[key]!r}, not an integer"
    if type(answer["dst"]) is not bool:
        return f"dst is {answer['dst']!r}, not a boolean"
    for key in NULLABLE:
        if answer[key] is not None and not isinstance(answer[key], str):
            return f"{key} is {answer[key]!r}, neither null nor a string"
    utc = instant(answer["utc_datetime"])
    if int(utc.timestamp()) != answer["unixtime"]:
        return f"unixtime {answer['unixtime']} is not utc_datetime {answer['utc_datetime']}"
    if instant(answer["datetime"]) != utc:
        return f"datetime {answer['datetime']} is not utc_datetime {answer['utc_datetime']}"
    if not answer["datetime"].endswith(answer["utc_offset"]):
        return f"datetime {answer['datetime']} does not end in utc_offset {answer['utc_offset']}"
    return None


def text_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# Fields that move between two requests made a moment apart.
MOVING = ("datetime", "unixtime", "utc_datetime")


def same_lines(answer, text):
    """None when `text` is `answer` line for line, else why not."""
    # As the original's: no newline after the last line.
    if text.endswith("\n"):
        return f"a newline after the last line: {text[-40:]!r}"
    lines = text.split("\n")
    expected = [f"{key}: {text_value(value)}" for key, value in answer.items()]
    if len(lines) != len(expected):
        return f"{len(lines)} lines, not {len(expected)}: {text!r}"
    read = {}
    for line, want in zip(lines, expected):
        key = want.split(":", 1)[0]
        if not line.startswith(f"{key}: "):
            return f"line {line!r} where {want!r} was due"
        read[key] = line[len(key) + 2:]
        if key not in MOVING and line != want:
            return f"line {line!r}, not {want!r}"
    # The text was asked a moment after the JSON: its own three time fields
    # must agree with each other, and lie within seconds of the JSON's.
    utc = instant(read["utc_datetime"])
    if instant(read["datetime"]) != utc or str(int(utc.timestamp())) != read["unixtime"]:
        return f"the text's time fields disagree: {read}"
    if not read["datetime"].endswith(answer["utc_offset"]):
        return f"the text's datetime {read['datetime']} is not in {answer['utc_offset']}"
    if abs((utc - instant(answer["utc_datetime"])).total_seconds()) > 5:
        return f"the text's time {read['utc_datetime']} is far from {answer['utc_datetime']}"
    return None


def path_pair(json_path, text_path, zone_name=None, address=None):
    """Checks the JSON answer at `json_path` and the text at `text_path`."""
    answer = {}

    def json_form():
        answer.update(fetch_json(json_path))
        why = shape(answer)
        if why is None and zone_name is not None and answer["timezone"] != zone_name:
            why = f"timezone is {answer['timezone']!r}, not {zone_name!r}"
        if why is None and address is not None and answer["client_ip"] != address:
            why = f"client_ip is {answer['client_ip']!r}, not {address!r}"
        return why

    def text_form():
        if shape(answer) is not None:
            return "no JSON answer to compare with"
        status, media, body = fetch(text_path)
        if status != 200:
            return f"status {status}: {body[:200]!r}"
        if media != "text/plain":
            return f"media type {media}"
        return same_lines(answer, body)

    check(f"GET {json_path}: the fifteen keys, the original's types", json_form)
    check(f"GET {text_path}: the JSON line for line", text_form)


for name in ZONES:
    path_pair(f"/api/timezone/{name}", f"/api/timezone/{name}.txt", zone_name=name)
path_pair("/api/ip", "/api/ip.txt")
path_pair(f"/api/ip/{ADDRESS}", f"/api/ip/{ADDRESS}.txt", address=ADDRESS)
path_pair("/api/time", "/api/time.txt")
for name in ("Europe/Moscow", "Australia/Lord_Howe"):
    path_pair(f"/api/time/{name}", f"/api/time/{name}.txt", zone_name=name)
if geoip:
    path_pair(f"/api/ip/{LONDON}", f"/api/ip/{LONDON}.txt", zone_name="Europe/London", address=LONDON)


def zone_lists():
    names = fetch_json("/api/timezone")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return "not a list of names"
    status, media, body = fetch("/api/timezone.txt")
    if status != 200 or media != "text/plain":
        return f"the text list: status {status}, {media}"
    if body.split("\n") != names:
        return "the text list is not the JSON list, one name a line"
    return None


check("GET /api/timezone and /api/timezone.txt: the same names", zone_lists)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
