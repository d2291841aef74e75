#!/usr/bin/env python3
"""Runs worldtimepy, an unmodified worldtimeapi client from PyPI, against a
moscow-time server: only its base URL is changed.

    worldtimepy_check.py http://127.0.0.1:PORT
"""

import sys

import worldtimepy.timeinfo
import worldtimepy.worldtime

base = sys.argv[1].rstrip("/")
# The library keeps worldtimeapi's address in module constants: point them here.
worldtimepy.worldtime.ENDPOINT = worldtimepy.timeinfo.ENDPOINT = f"{base}/api/timezone/"
worldtimepy.timeinfo.IP_ENDPOINT = f"{base}/api/ip/"

checks = 0


def check(what, condition):
    global checks
    if not condition:
        sys.exit(f"worldtimepy: {what}: failed")
    checks += 1


clock = worldtimepy.worldtime.WorldTime()  # GET /api/timezone/
check("the zone list names Moscow", "Europe/Moscow" in clock.locations)
moscow = clock.get_location("Europe/Moscow")  # GET /api/timezone/Europe/Moscow
check("Moscow is MSK", moscow.abbreviation == "MSK")
check("Moscow's datetime parses with its offset", moscow.datetime.utcoffset().total_seconds() == 10800)
check("Moscow keeps no DST", moscow.is_dst is False and moscow.dst_from is None)
sydney = clock.get_location("Australia/Sydney")
check("Sydney's raw offset is ten hours", sydney.raw_offset == 36000)
check("Sydney's offset is raw plus DST", sydney.datetime.utcoffset().total_seconds() == 36000 + sydney.dst_offset)
check("search finds Tokyo", clock.search("Tokyo") == "Asia/Tokyo")
mine = clock.from_ip()  # GET /api/ip/
check("the caller's time names the caller", mine.result["client_ip"] == "127.0.0.1")
theirs = clock.from_ip("8.8.8.8")  # GET /api/ip/8.8.8.8
check("another address is echoed", theirs.result["client_ip"] == "8.8.8.8")
print(f"worldtimepy: {checks} passed, 0 failed")
