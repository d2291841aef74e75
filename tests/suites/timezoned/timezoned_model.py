"""What a timezoned answer should be, worked out from the tz database and the
GeoIP test data alone, never from a server's answers:

- `Spec.expect(packet, source)`: our server's documented answer;
- `Original.answers(packet, source)`: every answer ezTime's own daemon
  (../shared/device-oracles/eztime-server/server) can give: a set, since of
  several matching names it answers whichever its file listing gave first.

Both read one compiled zoneinfo folder: the zone names are the files with a
`/` in their path (as the daemon's posixinfo), but the posix/ and right/
copies and files that are no TZif; a zone's rule is its file's last line.
"""

import datetime
import ipaddress
import json
import os
import re
import time
import unicodedata
import zoneinfo

# Trimmed from the end of a packet: what Rust's is_ascii_whitespace takes
# (not U+000B, which stays and is a control character).
ASCII_WHITESPACE = " \t\n\r\x0c"
MAX_PACKET = 512
# The daemon sends at most 100 bytes of an answer.
ORIGINAL_MAX_ANSWER = 100
DUBLIN_SPECIAL = "GMT0IST,M3.5.0/1,M10.5.0"

_NAME = r"(?:[A-Za-z]{3,}|<[+\-0-9A-Za-z]+>)"
_OFFSET = r"[+-]?\d{1,3}(?::\d{1,2}(?::\d{1,2})?)?"
_RULE = re.compile(rf"^({_NAME})({_OFFSET})(?:({_NAME})({_OFFSET})?(?:,([^,]+),([^,]+))?)?$")


def offset_seconds(text):
    """A POSIX offset (hours west of UTC) as seconds west."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def offset_text(seconds):
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    text = f"{sign}{h}"
    if m or s:
        text += f":{m:02}"
    if s:
        text += f":{s:02}"
    return text


def parse_rule(rule):
    """(std, std_west, dst, dst_west, start, end) or None; dst_west is the
    POSIX default (an hour ahead of standard time) when not written."""
    m = _RULE.match(rule)
    if not m:
        return None
    std, std_off, dst, dst_off, start, end = m.groups()
    std_west = offset_seconds(std_off)
    if dst is None:
        return (std, std_west, None, None, None, None)
    dst_west = offset_seconds(dst_off) if dst_off else std_west - 3600
    return (std, std_west, dst, dst_west, start, end)


def negative_dst(rule):
    """Whether the rule's daylight time is behind its standard time."""
    parsed = parse_rule(rule)
    return bool(parsed and parsed[2] and parsed[3] > parsed[1] and parsed[4])


def swap_dst(rule):
    """Standard and daylight time exchanged, with their dates: the same
    clock, but daylight time ahead (the daemon's Europe/Dublin answer).
    A transition's time is the wall clock then in effect, the same before
    and after the exchange, so each date keeps its time."""
    std, std_west, dst, dst_west, start, end = parse_rule(rule)
    text = f"{dst}{offset_text(dst_west)}{std}"
    if std_west != dst_west - 3600:
        text += offset_text(std_west)
    return f"{text},{end},{start}"


def needs_eztime_words(rule):
    """Whether ezTime's parser misreads `rule` (ezTime.cpp): an explicit
    daylight offset, which it reads as how far daylight time is ahead, or a
    change at a time outside its day (/24, /26, /-1), which it cannot
    place."""
    parsed = parse_rule(rule)
    if not parsed or not parsed[2]:
        return False
    explicit = _RULE.match(rule).group(4) is not None
    beyond = any(re.search(r"/(-|(2[4-9]|[3-9]\d|\d{3})(\D|$))", change) for change in parsed[4:6])
    return explicit or beyond


def as_eztime_reads(rule):
    """`rule` in ezTime's words (a number after the daylight name is how far
    daylight time is ahead), as POSIX writes it; None when it has a change
    outside its day, which ezTime cannot place."""
    parsed = parse_rule(rule)
    if not parsed or not parsed[2]:
        return rule
    std, std_west, dst, _, start, end = parsed
    if any(re.search(r"/-|/(2[4-9]|[3-9]\d|\d{3})(\D|$)", change) for change in (start, end)):
        return None
    shift = _RULE.match(rule).group(4)
    dst_west = std_west - (offset_seconds(shift) if shift else 3600)
    return f"{std}{offset_text(std_west)}{dst}{offset_text(dst_west)},{start},{end}"


def glibc_now(rule, at):
    """(UTC offset in seconds, abbreviation) that the C library gives for
    TZ=rule at the instant `at` (seconds since the epoch)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = rule
    time.tzset()
    try:
        lt = time.localtime(at)
        return (lt.tm_gmtoff, lt.tm_zone)
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


class TzData:
    def __init__(self, folder):
        self.folder = folder
        self.footers = {}
        self.paths = {}
        for dirpath, dirnames, filenames in os.walk(folder):
            rel_dir = os.path.relpath(dirpath, folder)
            if rel_dir == ".":
                dirnames[:] = [d for d in dirnames if d not in ("posix", "right")]
            for filename in filenames:
                name = os.path.normpath(os.path.join(rel_dir, filename))
                if "/" not in name:
                    continue
                path = os.path.join(dirpath, filename)
                with open(path, "rb") as f:
                    data = f.read()
                if not data.startswith(b"TZif"):
                    continue
                # `tail -n1`: the last line, without its newline.
                lines = data.split(b"\n")
                last = lines[-2] if data.endswith(b"\n") and len(lines) > 1 else lines[-1]
                self.footers[name] = last.decode("latin-1")
                self.paths[name] = path
        self.names = sorted(self.footers)
        self.upper = {n: n.upper() for n in self.names}
        # zone1970.tab: (countries, zone) rows, in the file's order.
        self.rows = []
        with open(os.path.join(folder, "zone1970.tab"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                columns = line.rstrip("\n").split("\t")
                if len(columns) >= 3:
                    self.rows.append(([c.strip() for c in columns[0].split(",")], columns[2].strip()))
        self.listed = {zone for _, zone in self.rows}
        self.codes = sorted({c for countries, _ in self.rows for c in countries})
        self._zones = {}

    def zone(self, name):
        if name not in self._zones:
            with open(self.paths[name], "rb") as f:
                self._zones[name] = zoneinfo.ZoneInfo.from_file(f, key=name)
        return self._zones[name]

    def truth(self, name, at):
        """The zone's (UTC offset in seconds, abbreviation) at `at`, from
        its transitions (Python's zoneinfo), not from its footer alone."""
        local = datetime.datetime.fromtimestamp(at, self.zone(name))
        return (int(local.utcoffset().total_seconds()), local.tzname())

    def rule_right(self, name, rule, at):
        return glibc_now(rule, at) == self.truth(name, at)

    def country_rows(self, code):
        return [zone for countries, zone in self.rows if code in countries]


class GeoData:
    """MaxMind's test records (the JSON source of GeoLite2-City-Test.mmdb)."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)
        self.networks = []
        for entry in entries:
            for network, record in entry.items():
                self.networks.append((ipaddress.ip_network(network, strict=False), record))

    def record(self, address):
        address = ipaddress.ip_address(address)
        best = None
        for net, record in self.networks:
            if net.version == address.version and address in net:
                if best is None or net.prefixlen > best[0].prefixlen:
                    best = (net, record)
        return best[1] if best else None

    def time_zone(self, address):
        record = self.record(address)
        return ((record or {}).get("location") or {}).get("time_zone")

    def country(self, address):
        record = self.record(address)
        return ((record or {}).get("country") or {}).get("iso_code")

    def test_addresses(self):
        """One IPv4 address of each IPv4 network, and two that no network
        holds (documentation addresses)."""
        picked = []
        for net, _ in self.networks:
            if net.version != 4:
                continue
            host = net.network_address + (1 if net.prefixlen <= 30 else 0)
            picked.append(str(host))
        for spare in ("192.0.2.1", "198.51.100.7"):
            assert self.record(spare) is None, spare
            picked.append(spare)
        return picked


class Expect:
    """An expected answer: `none` (silence), an exact text, or `OK ZONE RULE`
    where the rule is exact or, for a zone whose footer is wrong now, any
    rule the C library reads as the zone's offset and abbreviation now."""

    def __init__(self, route, text=None, zone=None, rule=None, now_check=None, why=""):
        self.route = route  # none, error, ok
        self.text = text
        self.zone = zone
        self.rule = rule
        self.now_check = now_check
        self.why = why

    def ok(self, answer):
        if self.route == "none":
            return answer is None
        if answer is None:
            return False
        if self.route == "error":
            return answer == self.text
        parts = answer.split(" ", 2)
        if len(parts) != 3 or parts[0] != "OK" or parts[1] != self.zone:
            return False
        if self.now_check is not None:
            return self.now_check(parts[2])
        return parts[2] == self.rule

    def __str__(self):
        if self.route == "none":
            return "(no answer)"
        if self.route == "error":
            return self.text
        if self.now_check is not None:
            return f"OK {self.zone} <a rule right now: {self.rule}>"
        return f"OK {self.zone} {self.rule}"


def ok_parts(answer):
    """(zone, rule) of an OK answer, else None."""
    if answer is None:
        return None
    parts = answer.split(" ", 2)
    if len(parts) == 3 and parts[0] == "OK":
        return (parts[1], parts[2])
    return None


class Spec:
    """Our server's documented answers."""

    def __init__(self, tz, geo=None, now=None):
        self.tz = tz
        self.geo = geo
        self.now = now if now is not None else time.time()
        self.rule = {}
        self.wrong_footer = set()  # zones whose footer is wrong now
        self.eztime_words = set()  # zones whose rule ezTime would misread
        for name, footer in tz.footers.items():
            rule = swap_dst(footer) if negative_dst(footer) else footer
            self.rule[name] = rule
            if not tz.rule_right(name, footer, self.now):
                self.wrong_footer.add(name)
            elif needs_eztime_words(rule):
                self.eztime_words.add(name)

    def zone_answer(self, zone, why):
        rule = self.rule[zone]
        if zone in self.wrong_footer:
            offset, abbreviation = self.tz.truth(zone, self.now)
            return Expect(
                "ok", zone=zone, rule=f"{abbreviation} {offset:+d}s",
                now_check=lambda r, z=zone: self.tz.rule_right(z, r, time.time()), why=why)
        if zone in self.eztime_words:
            # Any rule ezTime reads as the zone's time now, without a change
            # outside its day (check_rules.py then reads it for two years).
            def reads_right(r, z=zone):
                posix = as_eztime_reads(r)
                return posix is not None and self.tz.rule_right(z, posix, time.time())
            return Expect("ok", zone=zone, rule=f"{rule} in ezTime's words", now_check=reads_right, why=why)
        return Expect("ok", zone=zone, rule=rule, why=why)

    @staticmethod
    def text_of(packet):
        """The packet's text as the server reads it, or None when it is not
        answered at all."""
        if not packet or len(packet) > MAX_PACKET:
            return None
        try:
            text = packet.decode("utf-8")
        except UnicodeDecodeError:
            return None
        text = text.rstrip(ASCII_WHITESPACE)
        if not text or any(unicodedata.category(c) == "Cc" for c in text):
            return None
        return text

    @staticmethod
    def query_of(packet):
        text = Spec.text_of(packet)
        if text is None:
            return None
        return text.split("#", 1)[0].replace(" ", "_").upper()

    def candidates(self, query):
        return [n for n in self.tz.names if query in self.tz.upper[n]]

    def rank(self, query, name):
        upper = self.tz.upper[name]
        last = upper.rsplit("/", 1)[-1]
        if upper == query:
            grade = 0
        elif last == query:
            grade = 1
        elif last.startswith(query):
            grade = 2
        else:
            grade = 3
        return (grade, name not in self.tz.listed, name.encode())

    def best(self, query):
        found = self.candidates(query)
        return min(found, key=lambda n: self.rank(query, n)) if found else None

    def country(self, code, why):
        zones = self.tz.country_rows(code)
        if not zones:
            return Expect("error", "ERROR Country Not Found", why=why)
        if len(zones) == 1:
            return self.zone_answer(zones[0], why)
        return Expect("error", "ERROR Country Spans Multiple Timezones", why=why)

    def expect(self, packet, source):
        query = self.query_of(packet)
        if query is None:
            return Expect("none", why="malformed")
        if query == "GEOIP":
            zone = self.geo.time_zone(source) if self.geo else None
            if zone in self.tz.footers:
                return self.zone_answer(zone, "geoip zone")
            code = self.geo.country(source) if self.geo else None
            if not code:
                return Expect("error", "ERROR GeoIP Lookup Failed", why="geoip")
            query = code
        if query == "UK":
            query = "GB"
        if query == "DE":
            query = "EUROPE/BERLIN"
        if re.fullmatch(r"[A-Z]{2}", query):
            return self.country(query, "country")
        best = self.best(query)
        if best is None:
            return Expect("error", "ERROR Timezone Not Found", why="name")
        return self.zone_answer(best, "name")


class Original:
    """Every answer ezTime's daemon can give, modelled on its PHP line by
    line (byte strings: its strtoupper is ASCII-only). `geo` stands for
    its `geoiplookup` (the stand-in reads the same test data)."""

    def __init__(self, tz, geo=None):
        self.tz = tz
        self.geo = geo

    def rule(self, zone):
        return DUBLIN_SPECIAL if zone == "Europe/Dublin" else self.tz.footers[zone]

    @staticmethod
    def clip(text):
        return text.encode()[:ORIGINAL_MAX_ANSWER].decode(errors="replace")

    def answers(self, packet, source):
        packet = packet[:MAX_PACKET]  # socket_recvfrom(..., 512, ...)
        query = packet.split(b"#", 1)[0]
        process = query.replace(b" ", b"_").upper()
        if process == b"GEOIP":
            code = self.geo.country(source) if self.geo else None
            if not code or not re.fullmatch(r"[A-Z][A-Z]", code):
                return {"ERROR GeoIP Lookup Failed"}
            process = code.encode()
        if process == b"UK":
            process = b"GB"
        if process == b"DE":
            process = b"EUROPE/BERLIN"
        # preg_match('/^[A-Z][A-Z]$/'): `$` also matches before a final
        # newline, as Python's does; the comparison after it is exact.
        if re.match(rb"^[A-Z][A-Z]$", process):
            zones = self.tz.country_rows(process.decode("latin-1"))
            if not zones:
                return {"ERROR Country Not Found"}
            if len(zones) == 1:
                return {self.clip(f"OK {zones[0]} {self.tz.footers[zones[0]]}")}
            return {"ERROR Country Spans Multiple Timezones"}
        found = [n for n in self.tz.names if process in self.tz.upper[n].encode()]
        if not found:
            return {"ERROR Timezone Not Found"}
        return {self.clip(f"OK {n} {self.rule(n)}") for n in found}
