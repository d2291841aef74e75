"""A bounded HTTP load for tests/suites/rolling.sh: a few keep-alive clients,
each sending one request after another (with a short pause) to a loopback
address, until SIGTERM or SIGINT. Then it prints one JSON line: requests
sent, answered 2xx, answered otherwise, failed without an answer, and the
first few problems.

usage: rolling_load.py PORT [CLIENTS] [PAUSE_SECONDS]
"""

import http.client
import json
import signal
import sys
import threading
import time

PATHS = ["/", "/api/time", "/api/time/Asia/Tokyo", "/health"]


def main():
    port = int(sys.argv[1])
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    pause = float(sys.argv[3]) if len(sys.argv) > 3 else 0.005
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    lock = threading.Lock()
    totals = {"sent": 0, "ok": 0, "non_2xx": 0, "failed": 0}
    problems = []
    started = time.monotonic()

    def note(kind, what):
        with lock:
            totals[kind] += 1
            if len(problems) < 10:
                problems.append(f"{time.monotonic() - started:.2f}s {what}")

    def client(number):
        connection = None
        sent = 0
        while not stop.is_set():
            path = PATHS[(number + sent) % len(PATHS)]
            sent += 1
            with lock:
                totals["sent"] += 1
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if 200 <= response.status < 300:
                    with lock:
                        totals["ok"] += 1
                else:
                    note("non_2xx", f"GET {path} -> {response.status}")
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                note("failed", f"GET {path} -> {type(error).__name__}: {error}")
                if connection is not None:
                    connection.close()
                connection = None
            time.sleep(pause)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    while not stop.is_set():
        stop.wait(0.1)
    for thread in threads:
        thread.join()
    totals["seconds"] = round(time.monotonic() - started, 1)
    totals["problems"] = problems
    print(json.dumps(totals), flush=True)


if __name__ == "__main__":
    main()
