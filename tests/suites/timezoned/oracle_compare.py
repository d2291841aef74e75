#!/usr/bin/env python3
"""Our timezoned UDP answers against ezTime's own daemon: the same queries to
both, each from its own source address, and every difference explained.

    oracle_compare.py ORIGINAL_PORT OURS_PORT [--geoip-json FILE]
    oracle_compare.py --print-geoip-addresses --geoip-json FILE

Queries: every zone name, 200 partial names (substrings in several cases,
some with spaces for `_`, some that match nothing), every country code of
zone1970.tab and some that are none, a `#version` suffix, trailing
whitespace, GEOIP from loopback addresses (no record) and, with
--geoip-json, GEOIP from one address of each IPv4 network of the test data:
those must be addresses of this host (the suite adds them to `lo` in a
network namespace of its own; --print-geoip-addresses lists them).

Each query comes from a source address of its own in 127.0.0.0/8 (Linux
lets a socket use any of them), so that neither server's limit of one
answer per address and interval is reached.

For every query: the same answer from both passes, when it is also what our
server is documented to answer (timezoned_model.Spec). A different answer
passes only when ours is the documented one, the original's is one the
daemon's code gives (timezoned_model.Original), and exactly one documented
improvement explains the difference. Anything else fails; so does a server
that answered nothing at all. Exits 1 on any failure.
"""

import argparse
import collections
import ipaddress
import os
import random
import selectors
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timezoned_model import (  # noqa: E402
    ASCII_WHITESPACE, GeoData, Original, Spec, TzData, negative_dst, ok_parts)

HOST = "127.0.0.1"


class Sources:
    """Distinct source addresses from one /16 of 127.0.0.0/8."""

    def __init__(self, second_octet):
        self.base = int(ipaddress.ip_address(f"127.{second_octet}.0.0"))
        self.next = 0

    def take(self):
        while True:
            self.next += 1
            address = ipaddress.ip_address(self.base + self.next)
            if address.packed[3] not in (0, 255):
                return str(address)


def exchange(port, items, timeout, parallel):
    """Sends each (packet, source) to HOST:port from a socket bound to the
    source, at most `parallel` at a time; the answers (text or None), in
    the items' order."""
    answers = [None] * len(items)
    selector = selectors.DefaultSelector()
    pending = list(enumerate(items))
    pending.reverse()
    flying = {}
    while pending or flying:
        while pending and len(flying) < parallel:
            index, (packet, source) = pending.pop()
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            sock.bind((source, 0))
            sock.setblocking(False)
            sock.sendto(packet, (HOST, port))
            selector.register(sock, selectors.EVENT_READ, index)
            flying[index] = (sock, time.monotonic() + timeout)
        for key, _ in selector.select(timeout=0.05):
            index = key.data
            try:
                data = key.fileobj.recv(2048)
            except OSError:  # ICMP: nothing listens there
                data = None
            answers[index] = None if data is None else data.decode("utf-8", "replace")
            selector.unregister(key.fileobj)
            key.fileobj.close()
            del flying[index]
        now = time.monotonic()
        for index, (sock, deadline) in list(flying.items()):
            if now > deadline:
                selector.unregister(sock)
                sock.close()
                del flying[index]
    selector.close()
    return answers


def ask(port, queries, sources, timeout, parallel):
    """Answers to each query, and the source address each was sent from; a
    query left unanswered is asked once more from another loopback address
    (a packet may be lost), never from a fixed source (its interval would
    refuse it)."""
    used = [q.source or sources.take() for q in queries]
    answers = exchange(port, [(q.packet, u) for q, u in zip(queries, used)], timeout, parallel)
    again = [i for i, a in enumerate(answers) if a is None and queries[i].source is None]
    if again:
        for i in again:
            used[i] = sources.take()
        retried = exchange(port, [(queries[i].packet, used[i]) for i in again], timeout, parallel)
        for i, answer in zip(again, retried):
            answers[i] = answer
    return answers, used


class Query:
    def __init__(self, group, packet, source=None):
        self.group = group
        self.packet = packet
        self.source = source  # None: any loopback address

    def shown(self):
        text = repr(self.packet.decode("utf-8", "replace"))
        return f"{text} from {self.source}" if self.source else text


def mixed_case(text, phase):
    return "".join(c.upper() if (i + phase) % 2 else c.lower() for i, c in enumerate(text))


def partial_names(tz, count=200, misses=20):
    """`count` deterministic partial names: substrings of zone names (a third
    of them the start of the last component), lower, upper, mixed and as
    written, some with a space for `_`; `misses` of them match nothing.
    None is two letters (a country code), ends in whitespace (trimmed by
    ours only), holds `#` or is GEOIP."""
    rng = random.Random(2342)
    found, seen = [], set()

    def acceptable(text):
        key = text.replace(" ", "_").upper()
        return (key not in seen and len(text) >= 3 and text[-1] not in ASCII_WHITESPACE
                and "#" not in text and key != "GEOIP")

    while len(found) < count - misses:
        name = rng.choice(tz.names)
        if len(found) % 3 == 0:
            last = name.rsplit("/", 1)[-1]
            if len(last) < 3:
                continue
            piece = last[: rng.randint(3, len(last))]
        else:
            length = rng.randint(3, min(14, len(name)))
            start = rng.randint(0, len(name) - length)
            piece = name[start:start + length]
        style = len(found) % 4
        piece = [piece.lower(), piece.upper(), mixed_case(piece, len(found)), piece][style]
        if "_" in piece and rng.random() < 0.6:
            piece = piece.replace("_", " ")
        if acceptable(piece) and any(piece.replace(" ", "_").upper() in tz.upper[n] for n in tz.names):
            seen.add(piece.replace(" ", "_").upper())
            found.append(piece)
    letters = "abcdefghijklmnopqrstuvwxyz/_ "
    while len(found) < count:
        piece = "".join(rng.choice(letters) for _ in range(rng.randint(3, 9))).strip()
        piece = [piece, piece.upper(), mixed_case(piece, 1)][len(found) % 3]
        key = piece.replace(" ", "_").upper()
        if acceptable(piece) and not any(key in tz.upper[n] for n in tz.names):
            seen.add(key)
            found.append(piece)
    return found


def build_queries(tz, geo_addresses):
    queries = [Query("zone name", n.encode()) for n in tz.names]
    queries += [Query("partial name", p.encode()) for p in partial_names(tz)]
    queries += [Query("country", c.encode()) for c in tz.codes]
    queries += [Query("country", c.encode()) for c in ("XX", "ZZ", "UK", "de", "Uk", "QQ", "gb", "cu", "ie")]
    queries += [Query("version", q.encode()) for q in
                ("Europe/Moscow#0.8.3", "GB#0.8.3", "etc/gmt+1#v2", "Nowhere#x#y")]
    queries += [Query("whitespace", q.encode()) for q in
                ("Europe/Moscow\n", "Europe/Moscow\r\n", "Asia/Tokyo ", "GB\n", "America/Havana\n",
                 "Europe/Dublin \t")]
    queries += [Query("geoip", q.encode()) for q in ("GeoIP", "geoip", "GEOIP#0.8.3")]
    queries += [Query("geoip address", b"GeoIP", a) for a in geo_addresses]
    return queries


class Judge:
    """Explains a difference by the documented improvements: each kind is a
    reason the ORIGINAL's answer differs from the documented one; it counts
    only when ours is the documented one and the original's is one its code
    gives."""

    def __init__(self, tz, spec, original, geo):
        self.tz, self.spec, self.original, self.geo = tz, spec, original, geo

    def reasons(self, q, answer, expect, source):
        """The improvement kinds that explain why `answer` (the original's,
        to the query sent from `source`) is not `expect`."""
        kinds = []
        text = q.packet.decode("utf-8", "replace")
        trimmed = text.rstrip(ASCII_WHITESPACE).encode()
        parts = ok_parts(answer)
        query = self.spec.query_of(q.packet)
        if trimmed != q.packet and answer not in self.original.answers(trimmed, source):
            kinds.append("trailing whitespace")
        if trimmed == q.packet and query == "GEOIP" and self.geo:
            zone = self.geo.time_zone(source)
            if zone and (parts is None or parts[0] != zone):
                kinds.append("geoip zone")
        if trimmed == q.packet and expect.route == "ok" and expect.why == "name" and parts \
                and parts[0] != expect.zone and len(self.spec.candidates(query)) > 1:
            kinds.append("deterministic choice")
        if expect.route == "ok" and parts and parts[0] == expect.zone:
            footer = self.tz.footers[parts[0]]
            if parts[1] == footer and negative_dst(footer):
                kinds.append("negative dst swapped")
            if parts[1] == footer and parts[0] in self.spec.wrong_footer:
                kinds.append("footer wrong now")
            if parts[1] == footer and parts[0] in self.spec.eztime_words:
                kinds.append("written for ezTime's parser")
        return kinds

    def judge(self, q, ours, orig, ours_source, orig_source):
        """(verdict, kind or reason, the documented answer): pass,
        improvement or FAIL. Each answer is judged for the address it was
        sent from (the same for both but for loopback ones)."""
        expect = self.spec.expect(q.packet, ours_source)
        if ours_source != orig_source and expect.route != self.spec.expect(q.packet, orig_source).route:
            return "FAIL", "the two source addresses differ in what they ask for (a test error)", expect
        if ours == orig:
            if expect.ok(ours):
                return "pass", None, expect
            return "FAIL", "the same answer from both, but the documented one is different", expect
        if not expect.ok(ours):
            return "FAIL", "ours is not the documented answer", expect
        if orig not in self.original.answers(q.packet, orig_source):
            return "FAIL", "the original's answer is none its code gives (the model is wrong?)", expect
        kinds = self.reasons(q, orig, expect, orig_source)
        if len(kinds) == 1:
            return "improvement", kinds[0], expect
        why = "no documented improvement" if not kinds else "several: " + ", ".join(kinds)
        return "FAIL", f"different, and {why} explains it", expect


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("original_port", type=int, nargs="?")
    parser.add_argument("ours_port", type=int, nargs="?")
    parser.add_argument("--geoip-json", help="MaxMind test data (JSON): GEOIP from its addresses")
    parser.add_argument("--print-geoip-addresses", action="store_true")
    parser.add_argument("--zoneinfo", default=os.environ.get("ZONEINFO", "/usr/share/zoneinfo"))
    parser.add_argument("--timeout", type=float, default=1.0, help="seconds to wait for an answer")
    parser.add_argument("--geoip-timeout", type=float, default=3.0,
                        help="the same for GEOIP (the daemon runs a program for each)")
    parser.add_argument("--parallel", type=int, default=32, help="queries in flight at once")
    args = parser.parse_args()

    geo = GeoData(args.geoip_json) if args.geoip_json else None
    if args.print_geoip_addresses:
        if not geo:
            parser.error("--print-geoip-addresses needs --geoip-json")
        print("\n".join(geo.test_addresses()))
        return 0
    if args.original_port is None or args.ours_port is None:
        parser.error("ORIGINAL_PORT and OURS_PORT are needed")

    started = time.monotonic()
    tz = TzData(args.zoneinfo)
    spec = Spec(tz, geo)
    original = Original(tz, geo)
    judge = Judge(tz, spec, original, geo)
    geo_addresses = geo.test_addresses() if geo else []
    for address in geo_addresses:
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.bind((address, 0))
        except OSError as error:
            print(f"cannot send from {address} ({error}): add the test addresses to lo, "
                  "in a network namespace of its own (see timezoned.sh)", file=sys.stderr)
            return 2

    queries = build_queries(tz, geo_addresses)
    plain = [q for q in queries if not q.group.startswith("geoip")]
    geoip = [q for q in queries if q.group.startswith("geoip")]
    answers, used_sources = {}, {}

    def run(label, port, second_octet):
        sources = Sources(second_octet)
        got, used = ask(port, plain, sources, args.timeout, args.parallel)
        # The daemon runs geoiplookup for each: one at a time.
        more, more_used = ask(port, geoip, sources, args.geoip_timeout, 2)
        answers[label] = got + more
        used_sources[label] = used + more_used

    threads = [threading.Thread(target=run, args=("original", args.original_port, 21)),
               threading.Thread(target=run, args=("ours", args.ours_port, 22))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queries = plain + geoip
    exchanged = time.monotonic() - started

    verdicts = collections.Counter()
    kinds = collections.defaultdict(list)
    failures = []
    for q, orig, ours, orig_source, ours_source in zip(
            queries, answers["original"], answers["ours"], used_sources["original"], used_sources["ours"]):
        verdict, kind, expect = judge.judge(q, ours, orig, ours_source, orig_source)
        verdicts[verdict] += 1
        if verdict == "improvement":
            kinds[kind].append((q, ours, orig))
        elif verdict == "FAIL":
            failures.append((q, ours, orig, kind, expect))

    answered = {k: sum(a is not None for a in v) for k, v in answers.items()}
    groups = collections.Counter(q.group for q in queries)
    print(f"{len(queries)} queries: " + ", ".join(f"{n} {g}" for g, n in groups.items()))
    print(f"answered: original {answered['original']}, ours {answered['ours']} "
          f"({exchanged:.1f} s for both, in parallel)")
    print(f"same answer: {verdicts['pass']}; documented improvements: {verdicts['improvement']}; "
          f"failures: {verdicts['FAIL']}")
    for kind in sorted(kinds):
        print(f"  {kind}: {len(kinds[kind])}")
        for q, ours, orig in kinds[kind]:
            print(f"    {q.shown()}: ours {ours!r}; original {orig!r}")

    # The original against the documented answers, with our server out of
    # the picture: where the spec says the original differs, and why.
    report_original(spec, original, judge, queries, answers["original"], used_sources["original"])

    if spec.wrong_footer:
        print("zones whose footer is not their rule now: " + ", ".join(sorted(spec.wrong_footer)))
    for q, ours, orig, why, expect in failures:
        print(f"FAIL {q.group} {q.shown()}: {why}\n"
              f"     ours     {ours!r}\n     original {orig!r}\n     documented {expect}")
    silent = [k for k, n in answered.items() if n == 0]
    for label in silent:
        print(f"FAIL the {label} server answered nothing at all")
    print(f"{time.monotonic() - started:.1f} s")
    return 1 if failures or silent else 0


def report_original(spec, original, judge, queries, answers, sources):
    unlike = collections.defaultdict(list)
    off = []
    for q, answer, source in zip(queries, answers, sources):
        expect = spec.expect(q.packet, source)
        if answer is None or expect.ok(answer):
            continue
        if answer not in original.answers(q.packet, source):
            off.append((q, answer))
            continue
        reasons = judge.reasons(q, answer, expect, source)
        unlike[" + ".join(reasons) or "unexplained"].append((q, answer, expect))
    print("the original against the documented answers: "
          + (", ".join(f"{k} {len(v)}" for k, v in sorted(unlike.items())) or "the same everywhere"))
    for q, answer in off:
        print(f"  the original answered {q.shown()} with {answer!r}, which the model of its code does not give")
    choice = unlike.get("deterministic choice", [])
    names = [(q, a, e) for q, a, e in choice if q.group == "zone name"]
    if names:
        print("  zone names the original answers with another zone:")
        for q, answer, expect in names:
            print(f"    {q.packet.decode()} -> {ok_parts(answer)[0]}")
    partials = [q for q in queries if q.group == "partial name"]
    ambiguous = [q for q in partials if len(spec.candidates(spec.query_of(q.packet))) > 1]
    other = [q for q, _, _ in choice if q.group == "partial name"]
    print(f"  partial names matching several zones: {len(ambiguous)} of {len(partials)}; "
          f"the original's pick is not the documented one for {len(other)}")
    exact_ambiguous = [q for q in queries if q.group == "zone name"
                       and len(spec.candidates(spec.query_of(q.packet))) > 1]
    print(f"  zone names contained in other zone names: {len(exact_ambiguous)}")


if __name__ == "__main__":
    sys.exit(main())
