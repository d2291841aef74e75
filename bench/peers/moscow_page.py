"""The clock page the Python peers serve: moscow-time's page, filled in Python.

The original Python service showed the current Moscow time on a page. Both
peers here render moscow-time's own template (assets/templates/index.html)
with the same fields, so every
server in the benchmark sends a page of about the same size; the time comes
from zoneinfo. The page's words beyond the clock (`words.*`: the picker's and
the visitor's-time phrases, a few hundred bytes) are left empty.
"""

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")

_TEMPLATES = Path(__file__).resolve().parents[2] / "assets" / "templates"

# The fields moscow-time fills with the same value on every page (Moscow's
# zone name has no DST to switch, its last clock change is years past, its
# sun line as long as any December day's).
FIXED = {
    "change": "No clock change is planned; the last was on Sunday, 26 October 2014 (UTC+04:00 → UTC+03:00).",
    "sun": "Sunrise 08:43, sunset 15:57: 7 hours 14 minutes of daylight.",
    "compare.with": "Compare with",
    "compare.button": "Compare",
    "zone_names.standard": "Moscow Standard Time",
    "zone_names.daylight": "Moscow Summer Time",
    "title": "Moscow Standard Time",
    "zone_list": "/static/zones/0123456789abcdef.json",
    "assets.css": "/static/app.0123456789.css",
    "assets.js": "/static/app.0123456789.js",
    "assets.icon": "/static/favicon.0123456789.svg",
}


def _flatten(page: str) -> str:
    """The template with its include, its language loop and the fields that
    never change filled once."""
    page = page.replace('{% include "picker.html" %}', (_TEMPLATES / "picker.html").read_text(encoding="utf-8"))
    # The conditional lines, as Moscow's page has them: a last change and a
    # sun. Their "{% endif %}" goes before the others'.
    page = page.replace('{% if let Some(at) = change_at %} data-at="{{ at }}"{% endif %}',
                        ' data-at="2014-10-25T22:00:00Z"')
    page = page.replace("\n  {%- if let Some(sun) = sun %}", "").replace("\n  {%- endif %}", "")
    # The loop over the languages the page links to, as the English page has
    # it: one link, to Russian.
    head, loop, rest = page.partition("{% for other in others %}")
    body, endfor, tail = rest.partition("{% endfor %}")
    if loop and endfor:
        link = body.replace("{{ other.code() }}", "ru").replace("{{ other.name() }}", "Русский")
        page = head + link + tail
    # The paths moscow-time fills in once: its assets' and the zone list's
    # content-addressed names (same lengths, made-up hashes).
    for field, value in FIXED.items():
        page = page.replace("{{ " + field + " }}", value)
    # The zone name is always there for Moscow: its condition goes.
    page = page.replace("\n  {%- if let Some(title) = zone_names.now %}", "").replace("{% endif %}", "")
    return page


# Literal braces (the date pattern's "{day}") are doubled, then "{{ field }}"
# becomes "{field}", so a request is one str.format call.
_FIELD = re.compile(r"\{\{\s*([\w.\[\]]+)\s*\}\}")
_PAGE = _flatten((_TEMPLATES / "index.html").read_text(encoding="utf-8"))
TEMPLATE = "".join(
    part.replace("{", "{{").replace("}", "}}") if i % 2 == 0
    else "" if part.startswith("words.")
    else "{" + part + "}"
    for i, part in enumerate(_FIELD.split(_PAGE))
)


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
        place="Moscow",
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
