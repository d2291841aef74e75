"""The clock page the Python peers serve: moscow-time's page, filled in Python.

The original Python service showed the current Moscow time on a page. Both
peers here render moscow-time's own template (assets/templates/index.html) with
the same fields, so every server in the benchmark sends a page of the
same size; the time comes from zoneinfo.
"""

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")

_TEMPLATE_PATH = Path(__file__).resolve().parents[2] / "assets" / "templates" / "index.html"
# "{{ field }}" becomes "{field}", so a request is one str.format call.
TEMPLATE = re.sub(r"\{\{\s*(\w+)\s*\}\}", r"{\1}", _TEMPLATE_PATH.read_text(encoding="utf-8"))


def render_clock() -> str:
    """The page at the current instant, in Moscow."""
    now = datetime.now(MOSCOW)
    offset = int(now.utcoffset().total_seconds())
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset) // 60, 60)
    utc_offset = f"{sign}{hours:02}:{minutes:02}"
    abbreviation = now.tzname()
    return TEMPLATE.format(
        lang="en",
        heading="Time in Moscow",
        description="The current time in Moscow (Europe/Moscow)",
        zone="Europe/Moscow",
        time=now.strftime("%H:%M:%S"),
        date=f"{now:%A}, {now.day} {now:%B %Y}",
        zone_label=f"{abbreviation}, UTC{utc_offset}",
        abbreviation=abbreviation,
        datetime=now.isoformat(timespec="microseconds"),
        epoch_ms=int(now.timestamp() * 1000),
        offset_seconds=offset,
        utc_offset=utc_offset,
        weekdays="Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday",
        months="January,February,March,April,May,June,July,August,September,October,November,December",
        date_pattern="{weekday}, {day} {month} {year}",
    )
