#!/usr/bin/env python3
"""Writes src/locale/cldr.rs, the place and zone names people use, from the
Unicode CLDR release pinned below, as published on the npm registry:

  cldr-bcp47       every zone identifier, its aliases and its IANA name
  cldr-core        which metazone ("Moscow Time") a zone belongs to today
  cldr-dates-full  per language: exemplar cities and metazone names

    python3 scripts/cldr_names.py            # write the file
    python3 scripts/cldr_names.py --check    # fail if it would change

The packages are fetched with `npm pack` into target/cldr-VERSION/ once.
Where a language has no exemplar city, CLDR's rule applies (UTS #35,
"Time Zone Names"): the last part of the zone's identifier, underscores
read as spaces.
"""

import argparse
import json
import pathlib
import subprocess
import sys
import tarfile

VERSION = "48.2.0"
PACKAGES = ["cldr-bcp47", "cldr-core", "cldr-dates-full"]
# The languages the site speaks, in the order of `Lang::ALL`.
LANGUAGES = ["en", "ru"]

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "locale" / "cldr.rs"


def fetch(target: pathlib.Path) -> pathlib.Path:
    """The pinned packages, unpacked under `target`."""
    folder = target / f"cldr-{VERSION}"
    for package in PACKAGES:
        unpacked = folder / package
        if unpacked.is_dir():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        tarball = folder / f"{package}-{VERSION}.tgz"
        if not tarball.exists():
            subprocess.run(
                ["npm", "pack", "--silent", f"{package}@{VERSION}"],
                cwd=folder, check=True, stdout=subprocess.DEVNULL,
            )
        partial = folder / f"{package}.partial"
        with tarfile.open(tarball) as archive:
            archive.extractall(partial, filter="data")
        (partial / "package").rename(unpacked)
        partial.rmdir()
    return folder


def read(folder: pathlib.Path, package: str, path: str):
    with open(folder / package / path, encoding="utf-8") as file:
        return json.load(file)


def zones_of(tree, path=()):
    """The `zone` tree of timeZoneNames.json as identifier -> entry."""
    for key, value in tree.items():
        if "_type" in value:
            yield "/".join(path + (key,)), value
        else:
            yield from zones_of(value, path + (key,))


def rust(text):
    return "None" if text is None else "Some(" + json.dumps(text, ensure_ascii=False) + ")"


def generate(folder: pathlib.Path) -> str:
    keys = read(folder, "cldr-bcp47", "bcp47/timezone.json")["keyword"]["u"]["tz"]
    usage = read(folder, "cldr-core", "supplemental/metaZones.json")
    usage = usage["supplemental"]["metaZones"]["metazoneInfo"]["timezone"]
    names = {}
    for lang in LANGUAGES:
        tree = read(folder, "cldr-dates-full", f"main/{lang}/timeZoneNames.json")
        tree = tree["main"][lang]["dates"]["timeZoneNames"]
        names[lang] = (dict(zones_of(tree["zone"])), tree["metazone"])

    def metazone_now(zone):
        entry = usage
        for part in zone.split("/"):
            entry = entry.get(part, {})
        periods = entry if isinstance(entry, list) else []
        current = [p["usesMetazone"]["_mzone"] for p in periods if "_to" not in p["usesMetazone"]]
        return current[-1] if current else None

    places = []
    for key, entry in sorted(keys.items()):
        if not isinstance(entry, dict) or "_alias" not in entry or "_deprecated" in entry:
            continue
        ids = entry["_alias"].split()
        zone = ids[0]  # CLDR's own identifier
        iana = entry.get("_iana", zone)
        metazone = metazone_now(zone)
        cities, long_names = [], []
        for lang in LANGUAGES:
            zones, metazones = names[lang]
            own = zones.get(zone, {})
            city = own.get("exemplarCity") or zone.split("/")[-1].replace("_", " ")
            shared = metazones.get(metazone, {}).get("long", {}) if metazone else {}
            long = {**shared, **own.get("long", {})}
            cities.append(city)
            long_names.append((long.get("standard"), long.get("daylight")))
        places.append((iana, ids, cities, long_names))

    places.sort(key=lambda place: place[0])
    ids = sorted((alias, index) for index, place in enumerate(places) for alias in place[1])
    lines = [
        f"//! Place and zone names from the Unicode CLDR {VERSION} (npm: "
        + ", ".join(PACKAGES) + "),",
        "//! written by `scripts/cldr_names.py`: do not edit.",
        "",
        "use super::names::{Place, ZoneNames};",
        "",
        "/// The CLDR release the names come from.",
        f'pub const VERSION: &str = "{VERSION}";',
        "",
        "/// The languages of [`Place::city`] and [`Place::zone`], in order.",
        "pub const LANGUAGES: [&str; %d] = [%s];" % (
            len(LANGUAGES), ", ".join(f'"{lang}"' for lang in LANGUAGES)),
        "",
        "/// Every zone CLDR knows, by its IANA name.",
        "pub static PLACES: [Place; %d] = [" % len(places),
    ]
    for iana, _, cities, long_names in places:
        zone_names = ", ".join(
            f"ZoneNames {{ standard: {rust(s)}, daylight: {rust(d)} }}" for s, d in long_names)
        lines += [
            "    Place {",
            f"        iana: {json.dumps(iana)},",
            "        city: [%s]," % ", ".join(json.dumps(c, ensure_ascii=False) for c in cities),
            f"        zone: [{zone_names}],",
            "    },",
        ]
    lines += [
        "];",
        "",
        "/// Every identifier of every zone (its aliases too), sorted, with the",
        "/// index of its place in [`PLACES`].",
        "pub static IDS: [(&str, u16); %d] = [" % len(ids),
    ]
    lines += [f"    ({json.dumps(alias)}, {index})," for alias, index in ids]
    lines += ["];", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    parser.add_argument("--target", type=pathlib.Path, default=ROOT / "target",
                        help="where the packages are kept (default: target/)")
    args = parser.parse_args()
    text = generate(fetch(args.target))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is not what CLDR {VERSION} gives: "
                  "run scripts/cldr_names.py", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)}: as CLDR {VERSION} gives it")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count('Place {')} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
