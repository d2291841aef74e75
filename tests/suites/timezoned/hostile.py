#!/usr/bin/env python3
"""Our timezoned UDP server against packets no device sends, floods, and a
crowd of addresses: it stays silent where it should, keeps answering, keeps
serving HTTP, holds its memory and counts every packet.

    hostile.py OURS_PORT HTTP_BASE PID [--interval 3]

PID is the server's (its VmRSS is read from /proc); --interval is the
server's ROCKET_TIMEZONED_INTERVAL in seconds (not 0). Every phase sends
from source addresses of its own in 127.0.0.0/8 (Linux lets a socket use any
of them), so that only the flood from one address meets the interval.

1. malformed packets (empty, over 512 bytes, not UTF-8, control characters)
   get no answer, and the server answers the next query; 512 bytes, and
   trailing ASCII whitespace, are still answered;
2. a flood from one address: at most one answer per interval, and a packet
   refused for the interval does not restart it;
3. a flood from 200 addresses while HTTP (HTTP_BASE/api/timezone/...) keeps
   answering 200;
4. 20,000 packets from 20,000 addresses: the resident memory grows by less
   than --rss-growth-mb (a bounded table of addresses, not a timing test);
5. /metrics: moscow_time_timezoned_packets_total{outcome=answered|limited|
   dropped} rose by what was sent.
Exits 1 on any failure.
"""

import argparse
import ipaddress
import math
import os
import re
import select
import socket
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from timezoned_model import TzData  # noqa: E402

HOST = "127.0.0.1"
METRIC = re.compile(r'^moscow_time_timezoned_packets_total\{([^}]*)\}\s+(\S+)\s*$', re.M)
OUTCOMES = ("answered", "limited", "dropped")

failed = 0


def check(ok, what, detail=""):
    global failed
    if ok:
        print(f"ok    {what}")
    else:
        failed += 1
        print(f"FAIL  {what}" + (f": {detail}" if detail else ""))
    return ok


class Sources:
    """Distinct loopback source addresses, from 127.40.0.1 on."""

    def __init__(self):
        self.value = int(ipaddress.ip_address("127.40.0.0"))

    def take(self):
        while True:
            self.value += 1
            address = ipaddress.ip_address(self.value)
            if address.packed[3] not in (0, 255):
                return str(address)


def brief(items, most=8):
    """A list as text, cut after `most` items."""
    shown = ", ".join(str(i) for i in items[:most])
    return f"[{shown}{', ...' if len(items) > most else ''}] ({len(items)})"


def bound(source):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((source, 0))
    return sock


def collect(socks, timeout):
    """Every answer that reaches `socks` within `timeout` seconds (stops
    early once each socket has one): {socket: [answers]}."""
    got = {s: [] for s in socks}
    waiting = set(socks)
    deadline = time.monotonic() + timeout
    while waiting:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        ready, _, _ = select.select(list(waiting), [], [], left)
        for s in ready:
            try:
                got[s].append(s.recv(4096).decode("utf-8", "replace"))
            except OSError:
                pass
            waiting.discard(s)
    return got


def ask_one(port, packet, source, timeout=1.0):
    with bound(source) as sock:
        sock.sendto(packet, (HOST, port))
        answers = collect([sock], timeout)[sock]
        return answers[0] if answers else None


def metrics(base):
    with urllib.request.urlopen(f"{base}/metrics", timeout=10) as response:
        text = response.read().decode()
    counts = {k: 0 for k in OUTCOMES}
    for labels, value in METRIC.findall(text):
        outcome = re.search(r'outcome="([^"]*)"', labels)
        if outcome:
            counts[outcome.group(1)] = counts.get(outcome.group(1), 0) + int(float(value))
    return counts, bool(METRIC.search(text))


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


class Tally:
    """What was sent, by the outcome the server should count."""

    def __init__(self):
        self.answered = 0  # answers received
        self.limited = 0  # packets sent within their address's interval
        self.dropped = 0  # malformed packets
        self.flood = 0  # packets in floods (the kernel may lose some)


def malformed(port, sources, tally):
    print("1. malformed packets")
    cases = [
        ("empty", b""),
        ("513 bytes", b"Europe/Moscow#" + b"x" * 499),
        ("513 bytes of which the last is whitespace", b"Europe/Moscow" + b" " * 500),
        ("9000 bytes", b"A" * 9000),
        ("60000 bytes", b"Europe/Moscow" * 4615),
        ("0xff bytes", b"\xff\xfe\xfd"),
        ("a name and 0xff", b"Europe/Moscow\xff"),
        ("a broken UTF-8 sequence", b"Europe/M\xc3\x28oscow"),
        ("an overlong UTF-8 '/'", b"Europe\xc0\xafMoscow"),
        ("a UTF-8 surrogate", b"Europe/Moscow\xed\xa0\x80"),
        ("NUL", b"\x00"),
        ("a name and NUL", b"Europe/Moscow\x00"),
        ("NUL inside", b"Europe/\x00Moscow"),
        ("SOH before a code", b"\x01GB"),
        ("a tab inside", b"Europe\tMoscow"),
        ("a newline inside", b"Europe/Moscow\n#1"),
        ("an escape sequence", b"Europe/Moscow\x1b[0m"),
        ("DEL", b"Europe/Moscow\x7f"),
        ("C1 NEL (Unicode whitespace, no ASCII whitespace)", "Europe/Moscow\u0085".encode()),
        ("a trailing vertical tab (no ASCII whitespace)", b"GB\x0b"),
        ("only a control character after the query", b"GB#\x07"),
    ]
    socks = []
    for label, packet in cases:
        sock = bound(sources.take())
        sock.sendto(packet, (HOST, port))
        socks.append((label, sock))
    got = collect([s for _, s in socks], 1.0)
    for label, sock in socks:
        answers = got[sock]
        check(not answers, f"no answer to {label}", f"answered {answers[:1]!r}")
        tally.answered += len(answers)
        sock.close()
    tally.dropped += len(cases)

    answer = ask_one(port, b"Europe/Moscow", sources.take())
    check(answer is not None and answer.startswith("OK Europe/Moscow "),
          "then a query is answered", repr(answer))
    tally.answered += answer is not None
    for label, packet, prefix in [
        ("512 bytes", b"Europe/Moscow#" + b"x" * 498, "OK Europe/Moscow "),
        ("512 bytes of which 499 trailing spaces", b"Europe/Moscow" + b" " * 499, "OK Europe/Moscow "),
        ("trailing CR LF", b"GB\r\n", "OK Europe/London "),
        ("trailing tab and form feed", b"Asia/Tokyo\t\x0c", "OK Asia/Tokyo "),
        ("non-ASCII text (no zone)", "Europe/Moskva\u00e9".encode(), "ERROR Timezone Not Found"),
    ]:
        answer = ask_one(port, packet, sources.take())
        check(answer is not None and answer.startswith(prefix), f"{label} answered", repr(answer))
        tally.answered += answer is not None
    # Not documented: a packet of whitespace alone (empty once trimmed).
    for packet in (b"\n", b"   "):
        answer = ask_one(port, packet, sources.take())
        print(f"note  {packet!r} (whitespace only) is answered: {answer!r}")
        if answer is None:
            tally.dropped += 1
        else:
            tally.answered += 1


def unambiguous_zones(tz):
    """Zone names no other zone name contains: each answer names its query."""
    names = [n for n in tz.names if "/" in n]
    return [n for n in names if not any(n.upper() in tz.upper[o] for o in names if o != n)]


def one_address_flood(port, sources, tally, interval, zones):
    print("2. a flood from one address")
    count = 200
    span = interval * 1.2
    gap = span / (count - 1)
    sock = bound(sources.take())
    sock.setblocking(False)
    sent_at, answers = [], []
    start = time.monotonic()
    for i in range(count):
        target = start + i * gap
        while True:
            now = time.monotonic()
            if now >= target:
                break
            ready, _, _ = select.select([sock], [], [], target - now)
            if ready:
                answers.append((time.monotonic(), sock.recv(4096).decode("utf-8", "replace")))
        sent_at.append(time.monotonic())
        sock.sendto(zones[i].encode(), (HOST, port))
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        ready, _, _ = select.select([sock], [], [], end - time.monotonic())
        if ready:
            answers.append((time.monotonic(), sock.recv(4096).decode("utf-8", "replace")))
    sock.close()
    index = {z: i for i, z in enumerate(zones[:count])}
    answered = sorted(index.get(a.split(" ")[1] if a.startswith("OK ") else "", -1) for _, a in answers)
    elapsed = sent_at[-1] - sent_at[0]
    allowed = math.floor(elapsed / interval) + 1
    at = [round(sent_at[i] - sent_at[0], 2) for i in answered if i >= 0]
    print(f"      {count} packets in {elapsed:.2f} s: {len(answers)} answered "
          f"(packets {brief(answered)}, sent at {brief(at)} s)")
    check(-1 not in answered, "every answer names the zone its packet asked for")
    check(answered[:1] == [0], "the first packet is answered", repr(answered))
    check(len(answers) <= allowed, f"at most one answer per {interval} s ({allowed} in {elapsed:.2f} s)",
          f"{len(answers)} answers")
    gaps = [sent_at[b] - sent_at[a] for a, b in zip(answered, answered[1:]) if a >= 0]
    check(all(g >= interval - 0.1 for g in gaps), "answers at least an interval apart",
          brief([round(g, 2) for g in gaps]))
    # The server's interval counts from its last answer: a refused packet
    # does not restart it, so the first packet after an interval is answered.
    if elapsed > interval + 0.3:
        check(len(answered) >= 2 and gaps and gaps[0] <= interval + 0.3,
              "the first packet an interval after the answer is answered "
              "(refused packets did not restart the interval)", f"answered {brief(answered)}")
    tally.answered += len(answers)
    tally.limited += count - len(answers)
    tally.flood += count


def crowd_flood(port, base, sources, tally, interval):
    print("3. a flood from 200 addresses, HTTP meanwhile")
    addresses, rounds = 200, 10
    spacing = min(0.2, interval * 0.6 / rounds)
    socks = [bound(sources.take()) for _ in range(addresses)]
    statuses, latencies = [], []
    stop = threading.Event()

    def http():
        while not stop.is_set():
            began = time.monotonic()
            try:
                with urllib.request.urlopen(f"{base}/api/timezone/Europe/Moscow", timeout=5) as r:
                    r.read()
                    statuses.append(r.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)
            except OSError as error:
                statuses.append(repr(error))
            latencies.append(time.monotonic() - began)
            stop.wait(0.02)

    thread = threading.Thread(target=http)
    thread.start()
    began = time.monotonic()
    for r in range(rounds):
        for sock in socks:
            sock.sendto(b"Europe/Moscow", (HOST, port))
        time.sleep(max(0.0, began + (r + 1) * spacing - time.monotonic()))
    flood_time = time.monotonic() - began
    got = {s: [] for s in socks}
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        ready, _, _ = select.select(socks, [], [], max(0.0, deadline - time.monotonic()))
        for s in ready:
            got[s].append(s.recv(4096))
    stop.set()
    thread.join()
    for s in socks:
        s.close()
    answers = sum(len(a) for a in got.values())
    most = max(len(a) for a in got.values())
    sent = addresses * rounds
    print(f"      {sent} packets from {addresses} addresses in {flood_time:.2f} s: {answers} answered; "
          f"{len(statuses)} HTTP requests, slowest {max(latencies, default=0) * 1000:.0f} ms")
    check(most <= 1, "at most one answer to each address", f"an address got {most}")
    check(answers >= 1, "the flood is answered at all")
    check(answers >= addresses * 0.9, "nearly every address answered once",
          f"{answers} of {addresses}")
    check(statuses and all(s == 200 for s in statuses), "HTTP answered 200 throughout",
          repr(sorted({str(s) for s in statuses})))
    tally.answered += answers
    tally.limited += sent - answers
    tally.flood += sent


def memory(port, pid, sources, tally, limit_mb):
    print("4. 20,000 packets from 20,000 addresses")
    before = rss_kb(pid)
    total, batch, answers = 20000, 200, 0
    began = time.monotonic()
    for _ in range(total // batch):
        socks = [bound(sources.take()) for _ in range(batch)]
        for s in socks:
            s.sendto(b"Europe/Moscow", (HOST, port))
        got = collect(socks, 2.0)
        answers += sum(len(a) for a in got.values())
        for s in socks:
            s.close()
    took = time.monotonic() - began
    time.sleep(0.5)
    after = rss_kb(pid)
    growth = (after - before) / 1024
    print(f"      {answers} answered in {took:.1f} s; RSS {before / 1024:.1f} MB -> {after / 1024:.1f} MB")
    check(answers >= total * 0.99, "each address answered", f"{answers} of {total}")
    check(growth < limit_mb, f"RSS grew by less than {limit_mb} MB", f"{growth:.1f} MB")
    tally.answered += answers


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("port", type=int)
    parser.add_argument("http_base")
    parser.add_argument("pid", type=int)
    parser.add_argument("--interval", type=float, default=3.0)
    parser.add_argument("--rss-growth-mb", type=float, default=16.0)
    parser.add_argument("--zoneinfo", default=os.environ.get("ZONEINFO", "/usr/share/zoneinfo"))
    args = parser.parse_args()
    if args.interval <= 0:
        parser.error("--interval must be the server's interval, above 0")
    base = args.http_base.rstrip("/")
    started = time.monotonic()
    sources = Sources()
    tally = Tally()

    before, _ = metrics(base)
    first = ask_one(args.port, b"Europe/Moscow", sources.take())
    if not check(first is not None, "the server answers a query", "no answer"):
        return 1
    tally.answered += 1

    zones = unambiguous_zones(TzData(args.zoneinfo))
    malformed(args.port, sources, tally)
    one_address_flood(args.port, sources, tally, args.interval, zones)
    crowd_flood(args.port, base, sources, tally, args.interval)
    memory(args.port, args.pid, sources, tally, args.rss_growth_mb)
    last = ask_one(args.port, b"GB", sources.take())
    check(last is not None and last.startswith("OK Europe/London "), "still answering", repr(last))
    tally.answered += last is not None

    print("5. /metrics")
    after, present = metrics(base)
    check(present, "moscow_time_timezoned_packets_total is exported")
    delta = {k: after.get(k, 0) - before.get(k, 0) for k in OUTCOMES}
    print(f"      rose by {delta}; sent: answered {tally.answered}, limited {tally.limited}, "
          f"dropped {tally.dropped} ({tally.flood} in floods)")
    check(delta["answered"] == tally.answered, "answered: one for each answer received",
          f"{delta['answered']} counted, {tally.answered} received")
    check(delta["dropped"] == tally.dropped, "dropped: one for each malformed packet",
          f"{delta['dropped']} counted, {tally.dropped} sent")
    # A flood's packets may be lost in the kernel before the server reads
    # them (a full socket buffer): those are counted nowhere, at most 1%.
    lost = tally.limited - delta["limited"]
    check(0 <= lost <= tally.flood * 0.01, "limited: one for each packet refused for its interval",
          f"{delta['limited']} counted, {tally.limited} sent within an interval")
    print(f"{time.monotonic() - started:.1f} s; {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
