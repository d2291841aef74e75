#!/usr/bin/env python3
"""Every rule a timezoned server gives: asks UDP 127.0.0.1:PORT for each zone
name with a `/` that HTTP_BASE's /api/timezone lists, each from a loopback
address of its own (so that one answer per address per interval never
bites), and prints `zone rule until` lines for check_rules.py, `until`
being when /api/posix/<zone> says its rule stops showing the zone's time
(empty when it does not say).

    served_rules.py PORT HTTP_BASE
"""

import datetime
import json
import socket
import sys
import urllib.request


def main():
    port, base = int(sys.argv[1]), sys.argv[2]
    with urllib.request.urlopen(base + "/api/timezone", timeout=10) as response:
        names = [name for name in json.load(response) if "/" in name]
    answers = {}
    # Fifty at a time: more at once could overflow the server's socket buffer.
    for first in range(0, len(names), 50):
        batch = []
        for n, name in enumerate(names[first:first + 50], first):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind((f"127.0.{88 + n // 250}.{1 + n % 250}", 0))
            s.settimeout(2)
            s.sendto(name.encode(), ("127.0.0.1", port))
            batch.append((name, s))
        for name, s in batch:
            try:
                answers[name] = s.recv(600).decode()
            except OSError:
                answers[name] = ""
            s.close()
    failed = 0
    for name in names:
        answer = answers[name]
        parts = answer.split(" ")
        if len(parts) != 3 or parts[0] != "OK" or parts[1] != name:
            print(f"{name}: answered {answer!r}", file=sys.stderr)
            failed += 1
            continue
        with urllib.request.urlopen(f"{base}/api/posix/{name}", timeout=10) as response:
            until = response.headers.get("Posix-Rule-Valid-Until")
        stamp = int(datetime.datetime.fromisoformat(until.replace("Z", "+00:00")).timestamp()) if until else ""
        print(f"{name} {parts[2]} {stamp}".rstrip())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
