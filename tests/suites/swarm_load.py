"""A bounded HTTP load for tests/suites/swarm.sh: a few keep-alive clients,
each sending one request after another (with a short pause) to
127.0.0.1:PORT, alternating `/api/ip` and `/`, and counting, per phase:
requests sent, answered 2xx, answered otherwise (by status), failed with no
answer, and the zone each answer showed, which tells the image that gave it.

The phase is the first line of PHASE_FILE, read every 50 ms; a request
counts in the phase it began in. The load stops by itself after
--max-seconds or --max-requests, or on SIGTERM or SIGINT, and then prints
one JSON object: the phases in the order they began, each with its counts
and its first few problems.

usage: swarm_load.py PORT PHASE_FILE [--clients N] [--pause SECONDS]
                     [--max-seconds S] [--max-requests N]
"""

import argparse
import http.client
import json
import re
import signal
import threading
import time

PATHS = ["/api/ip", "/"]
# /api/ip's "timezone", and the page's clock (<main id="clock" data-zone=...>).
ZONE_IN_JSON = re.compile(rb'"timezone":"([^"]+)"')
ZONE_IN_PAGE = re.compile(rb' data-zone="([^"]+)"')


def zone_of(body):
    found = ZONE_IN_JSON.search(body) or ZONE_IN_PAGE.search(body)
    return found.group(1).decode() if found else "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("phase_file")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--pause", type=float, default=0.01)
    parser.add_argument("--max-seconds", type=float, default=300)
    parser.add_argument("--max-requests", type=int, default=300_000)
    args = parser.parse_args()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    lock = threading.Lock()
    phases = {}
    current = ["(none)"]
    started = time.monotonic()
    sent_total = [0]

    def counts(phase):
        if phase not in phases:
            phases[phase] = {
                "began_s": round(time.monotonic() - started, 2),
                "sent": 0,
                "ok": 0,
                "non_2xx": {},
                "no_answer": 0,
                "zones": {},
                "problems": [],
            }
        return phases[phase]

    def read_phase():
        while not stop.is_set():
            try:
                with open(args.phase_file) as file:
                    phase = file.readline().strip() or current[0]
            except OSError:
                phase = current[0]
            with lock:
                current[0] = phase
                counts(phase)
            if time.monotonic() - started > args.max_seconds:
                stop.set()
            stop.wait(0.05)

    def note_problem(entry, what):
        if len(entry["problems"]) < 5:
            entry["problems"].append(f"{time.monotonic() - started:.2f}s {what}")

    def client(number):
        connection = None
        sent = 0
        while not stop.is_set():
            path = PATHS[(number + sent) % len(PATHS)]
            sent += 1
            with lock:
                if sent_total[0] >= args.max_requests:
                    stop.set()
                    break
                sent_total[0] += 1
                entry = counts(current[0])
                entry["sent"] += 1
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10)
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                with lock:
                    if 200 <= response.status < 300:
                        entry["ok"] += 1
                        zone = zone_of(body)
                        entry["zones"][zone] = entry["zones"].get(zone, 0) + 1
                    else:
                        status = str(response.status)
                        entry["non_2xx"][status] = entry["non_2xx"].get(status, 0) + 1
                        note_problem(entry, f"GET {path} -> {status}")
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                with lock:
                    entry["no_answer"] += 1
                    note_problem(entry, f"GET {path} -> {type(error).__name__}: {error}")
                if connection is not None:
                    connection.close()
                connection = None
            time.sleep(args.pause)

    reader = threading.Thread(target=read_phase)
    reader.start()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    reader.join()
    for entry in phases.values():
        entry["failed"] = entry["sent"] - entry["ok"]
    print(json.dumps({"seconds": round(time.monotonic() - started, 1), "phases": phases}), flush=True)


if __name__ == "__main__":
    main()
