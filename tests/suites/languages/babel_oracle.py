#!/usr/bin/env python3
"""Writes tests/data/languages/babel.json: what Babel (PyPI), an independent
CLDR formatter with its own copy of the CLDR data, says for each language the
site speaks, for the tests in tests/it/languages.rs to hold the site to:

  dates    CLDR's full date format, on a date of every month and weekday
  plural   the plural category of 0, 1, 2, 3, 5, 11, 21, 100, 101
  hours    that many hours in words; minutes likewise
  cities   the exemplar city of 20 zones, as a visitor would type it

    python3 tests/suites/languages/babel_oracle.py            # write the file
    python3 tests/suites/languages/babel_oracle.py --check    # fail if Babel says otherwise

Installs Babel (pinned below) into target/language-tools (a venv) when it is
missing there, and runs itself with that venv's Python.

Babel does not resolve one CLDR inheritance: a unit with no long form takes
its short one (UTS #35, "Unit Elements"; Chinese and Japanese hours). That
rule is applied here, and said where it is.
"""

import argparse
import datetime
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = ROOT / "tests" / "data" / "languages" / "babel.json"
TOOLS = ROOT / "target" / "language-tools"
BABEL = "Babel==2.17.0"


def with_babel():
    """Runs this script again under the venv's Python, Babel installed there."""
    python = TOOLS / "bin" / "python"
    if pathlib.Path(sys.prefix).resolve() == TOOLS.resolve():
        sys.exit(f"Babel is missing from {TOOLS}")
    if not python.exists():
        print(f"installing {BABEL} into {TOOLS}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", TOOLS], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", BABEL], check=True)
    os.execv(python, [str(python), __file__, *sys.argv[1:]])


try:
    import babel
    from babel import Locale
    from babel.dates import format_date, get_timezone_location
    from babel.units import format_unit
except ImportError:
    with_babel()

# The site's languages and the CLDR locale each one's forms come from.
LOCALES = {
    "en": "en_001", "ru": "ru", "de": "de", "fr": "fr", "es": "es", "pt": "pt", "it": "it",
    "uk": "uk", "pl": "pl", "tr": "tr", "zh": "zh", "ja": "ja", "hi": "hi", "ar": "ar",
}
NUMBERS = [0, 1, 2, 3, 5, 11, 21, 100, 101]
# A date in every month; together every weekday.
DATES = [datetime.date(2026, month, 10 + month) for month in range(1, 13)]
# Twenty of the world's largest cities that name a zone.
CITIES = [
    "Asia/Tokyo", "Asia/Kolkata", "Asia/Shanghai", "America/Sao_Paulo", "America/Mexico_City",
    "Africa/Cairo", "Europe/Moscow", "Europe/London", "Europe/Paris", "Europe/Berlin",
    "Europe/Madrid", "Europe/Rome", "Europe/Istanbul", "America/New_York",
    "America/Los_Angeles", "Australia/Sydney", "Asia/Dubai", "Asia/Jakarta", "Asia/Seoul",
    "America/Argentina/Buenos_Aires",
]


def unit(n: int, name: str, locale: str) -> str:
    long = format_unit(n, name, length="long", locale=locale)
    if name in long:  # Babel found no long form: CLDR's short one is it
        return format_unit(n, name, length="short", locale=locale)
    return long


def oracle() -> dict:
    languages = {}
    for code, locale in LOCALES.items():
        rules = Locale.parse(locale)
        languages[code] = {
            "locale": locale,
            "dates": {date.isoformat(): format_date(date, "full", locale=locale) for date in DATES},
            "plural": {str(n): rules.plural_form(n) for n in NUMBERS},
            "hours": {str(n): unit(n, "duration-hour", locale) for n in NUMBERS},
            "minutes": {str(n): unit(n, "duration-minute", locale) for n in NUMBERS},
            "cities": {zone: get_timezone_location(zone, locale=locale, return_city=True)
                       for zone in CITIES},
        }
    return {"babel": babel.__version__, "languages": languages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    args = parser.parse_args()
    text = json.dumps(oracle(), ensure_ascii=False, indent=1) + "\n"
    name = OUT.relative_to(ROOT)
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{name} is not what Babel {babel.__version__} says: "
                  "run tests/suites/languages/babel_oracle.py", file=sys.stderr)
            return 1
        print(f"{name}: as Babel {babel.__version__} says")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
