"""Records real exchanges with a running server as HTTPolice's "combined"
files: each request sent raw over its own connection, the response read to
the end. Standard library only.

    python3 tests/suites/http_exchanges.py BASE_URL OUT_DIR
"""

import re
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

base, out = sys.argv[1], Path(sys.argv[2])
host, port = urlsplit(base).hostname, urlsplit(base).port


def exchange(method: str, path: str, *headers: str) -> bytes:
    request = "\r\n".join(
        [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "User-Agent: http-lint", *headers,
         "Connection: close", "", ""]
    ).encode()
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(request)
        response = b""
        while chunk := connection.recv(65536):
            response += chunk
    return request, response


def first(pattern: str, text: bytes) -> str:
    match = re.search(pattern.encode(), text)
    if not match:
        sys.exit(f"http_exchanges: {pattern} not found in the page")
    return match.group(0).decode()


_, page = exchange("GET", "/")
script = first(r"/static/app\.[0-9a-f]{10}\.js", page)
zones = first(r"/static/zones/[0-9a-f]{16}\.json", page)
_, asset = exchange("GET", script, "Accept-Encoding: br")
etag = first(r'"[0-9a-f]{10}-br"', asset)

EXCHANGES = [
    ("GET", "/"),
    ("GET", "/", "Accept-Encoding: gzip, deflate, br"),
    ("GET", "/", "Accept-Encoding: gzip"),
    ("HEAD", "/", "Accept-Encoding: br"),
    ("GET", "/Asia/Tokyo?lang=ru", "Accept-Encoding: br", "Accept-Language: ru"),
    ("GET", "/Europe/Moskow", "Accept-Encoding: gzip"),
    ("GET", "/zone?name=tokyo"),
    ("GET", "/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0?lang=ru"),
    ("GET", "/eastern", "Accept-Encoding: br"),
    ("GET", "/static/app.js"),
    ("GET", script, "Accept-Encoding: br"),
    ("GET", script, "Accept-Encoding: br", f"If-None-Match: {etag}"),
    ("GET", zones, "Accept-Encoding: br"),
    ("GET", "/api/timezone", "Accept-Encoding: gzip"),
    ("GET", "/api/timezone/Europe/Moscow", "Accept-Encoding: br"),
    ("GET", "/api/timezone/Europe/Moscow.txt"),
    ("GET", "/api/ip/81.2.69.142"),
    ("GET", "/api/clock"),
    ("GET", "/api/unixtime"),
    ("GET", "/api/convert?datetime=2027-03-28T02:30&from=Europe/Berlin&to=America/New_York", "Accept-Encoding: br"),
    ("GET", "/api/convert?datetime=2027-03-28T02:30&from=Europe/Berlin&disambiguation=reject"),
    ("GET", "/api/convert?from=Europe/Berlin"),
    ("GET", "/api/transitions/Europe/Berlin?next=2&previous=2", "Accept-Encoding: gzip"),
    ("GET", "/api/openapi.json", "Accept-Encoding: br"),
    ("OPTIONS", "/api/clock", "Origin: https://example.org", "Access-Control-Request-Method: GET"),
    ("POST", "/api/clock", "Content-Length: 0"),
    ("GET", "/health"),
    ("GET", "/ready"),
    ("GET", "/metrics", "Accept-Encoding: gzip"),
]

out.mkdir(parents=True, exist_ok=True)
for number, (method, path, *headers) in enumerate(EXCHANGES):
    request, response = exchange(method, path, *headers)
    name = out / f"{number:02}-{method}-{re.sub(r'[^A-Za-z0-9]+', '_', path)}"
    name.write_bytes(
        f"{method} {path}\r\n".encode()
        + b"======== BEGIN INBOUND STREAM ========\r\n" + request
        + b"======== BEGIN OUTBOUND STREAM ========\r\n" + response
    )
print(f"http_exchanges: {len(EXCHANGES)} exchanges in {out}")
