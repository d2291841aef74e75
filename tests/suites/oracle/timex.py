#!/usr/bin/env python3
"""A second reader of the kernel's clock state, for tests/it/host_clock.rs.

Calls the C library's adjtimex(2) through ctypes with modes = 0 (read only,
no privilege needed) and prints one JSON object: what the call returned and
the fields the server interprets, with node_exporter's `timex` meanings
(synchronized unless STA_UNSYNC is set or TIME_ERROR is returned; errors in
seconds from microseconds). Exits 1 with a message when the call fails.
"""

import ctypes
import ctypes.util
import json
import os
import sys

TIME_ERROR = 5
STA_UNSYNC = 0x0040
STA_NANO = 0x2000


class Timeval(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_usec", ctypes.c_long)]


class Timex(ctypes.Structure):
    """struct timex from <sys/timex.h>, as glibc and musl lay it out."""

    _fields_ = [
        ("modes", ctypes.c_uint),
        ("offset", ctypes.c_long),
        ("freq", ctypes.c_long),
        ("maxerror", ctypes.c_long),
        ("esterror", ctypes.c_long),
        ("status", ctypes.c_int),
        ("constant", ctypes.c_long),
        ("precision", ctypes.c_long),
        ("tolerance", ctypes.c_long),
        ("time", Timeval),
        ("tick", ctypes.c_long),
        ("ppsfreq", ctypes.c_long),
        ("jitter", ctypes.c_long),
        ("shift", ctypes.c_int),
        ("stabil", ctypes.c_long),
        ("jitcnt", ctypes.c_long),
        ("calcnt", ctypes.c_long),
        ("errcnt", ctypes.c_long),
        ("stbcnt", ctypes.c_long),
        ("tai", ctypes.c_int),
        ("reserved", ctypes.c_int * 11),
    ]


def main():
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    timex = Timex()
    timex.modes = 0
    state = libc.adjtimex(ctypes.byref(timex))
    if state == -1:
        errno = ctypes.get_errno()
        print(f"adjtimex: {os.strerror(errno)}", file=sys.stderr)
        return 1
    offset_unit = 1e-9 if timex.status & STA_NANO else 1e-6
    print(
        json.dumps(
            {
                "state": state,
                "status": timex.status,
                "synchronized": state != TIME_ERROR and not timex.status & STA_UNSYNC,
                "max_error_seconds": timex.maxerror * 1e-6,
                "estimated_error_seconds": timex.esterror * 1e-6,
                "offset_seconds": timex.offset * offset_unit,
                "frequency_adjustment_ratio": timex.freq / 65536 / 1e6,
                "tai_offset_seconds": timex.tai,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
