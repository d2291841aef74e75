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
    "dir": "ltr",
    "unit_list": "{0}, {1}",
    "decimal": ".",
    "switcher.label": "Language",
    "switcher.current.name()": "English",
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


UNITS_LOOP = "\n     {%- for unit in units %} data-hour-{{ unit.category }}=\"{{ unit.hour }}\" data-minute-{{ unit.category }}=\"{{ unit.minute }}\"{% endfor %}"
UNITS = " data-hour-one=\"{n} hour\" data-minute-one=\"{n} minute\" data-hour-other=\"{n} hours\" data-minute-other=\"{n} minutes\""
OTHERS = [("ru", "Русский"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("pt", "Português"), ("it", "Italiano"), ("uk", "Українська"), ("pl", "polski"), ("tr", "Türkçe"), ("zh", "中文"), ("ja", "日本語"), ("hi", "हिन्दी"), ("ar", "العربية")]
RTL = '{% if other.right_to_left() %} dir="rtl"{% endif %}'


def _flatten(page: str) -> str:
    """The template with its include, its language loop and the fields that
    never change filled once."""
    page = page.replace('{% include "picker.html" %}', (_TEMPLATES / "picker.html").read_text(encoding="utf-8"))
    page = page.replace('{% include "languages.html" %}',
                        (_TEMPLATES / "languages.html").read_text(encoding="utf-8"))
    # The plural forms of hours and minutes the script reads, as the English
    # page has them ("one" and "other").
    page = page.replace(UNITS_LOOP, UNITS)
    # The conditional lines, as Moscow's page has them: a last change and a
    # sun. Their "{% endif %}" goes before the others'.
    page = page.replace('{% if let Some(at) = change_at %} data-at="{{ at }}"{% endif %}',
                        ' data-at="2014-10-25T22:00:00Z"')
    page = page.replace("\n  {%- if let Some(sun) = sun %}", "").replace("\n  {%- endif %}", "")
    # The loop over the languages the page lists, as the English page has it:
    # the thirteen others, Arabic right to left.
    head, loop, rest = page.partition("{% for other in switcher.others %}")
    body, endfor, tail = rest.partition("{% endfor %}")
    if loop and endfor:
        links = "".join(
            body.replace("{{ other.code() }}", code).replace("{{ other.name() }}", name)
            .replace(RTL, ' dir="rtl"' if code == "ar" else "")
            for code, name in OTHERS)
        page = head + links + tail
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
