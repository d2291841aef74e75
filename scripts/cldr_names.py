#!/usr/bin/env python3
"""Writes src/locale/cldr.rs, the place and zone names people use, and
src/locale/cldr_forms.rs, each language's dates, units, numbers and plural
rules, from the Unicode CLDR release pinned below, as published on the npm
registry:

  cldr-bcp47             every zone identifier, its aliases and its IANA name
  cldr-core              which metazone ("Moscow Time") a zone belongs to
                         today; the plural rules; the default numbering system
  cldr-dates-full        per language: exemplar cities and metazone names; the
                         full date format, weekday and month names
  cldr-numbers-full      the decimal sign
  cldr-units-full        hours and minutes in each plural form
  cldr-misc-full         how two units are joined; the writing direction
  cldr-localenames-full  the language's name in itself

    python3 scripts/cldr_names.py            # write the files
    python3 scripts/cldr_names.py --check    # fail if they would change

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
import unicodedata

VERSION = "48.2.0"
PACKAGES = [
    "cldr-bcp47", "cldr-core", "cldr-dates-full", "cldr-numbers-full", "cldr-units-full",
    "cldr-misc-full", "cldr-localenames-full",
]
# The languages the site speaks, in the order of `Lang::ALL`, each with the
# CLDR locale its forms come from: English is CLDR's international English
# (en-001: "Sunday, 29 November 2026"), not the United States' (en).
LANGUAGES = {
    "en": "en-001", "ru": "ru", "de": "de", "fr": "fr", "es": "es", "pt": "pt", "it": "it",
    "uk": "uk", "pl": "pl", "tr": "tr", "zh": "zh", "ja": "ja", "hi": "hi", "ar": "ar",
}

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "locale" / "cldr.rs"
FORMS_OUT = ROOT / "src" / "locale" / "cldr_forms.rs"


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


def literal(text: str) -> str:
    """`text` as a Rust string literal, characters that show nothing (the
    soft hyphens of Polish "Reyk\u00adja\u00advík") written as escapes."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{{{ord(char):x}}}" if unicodedata.category(char) == "Cf" else char
                   for char in quoted)


def generate_names(folder: pathlib.Path) -> str:
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
        "use super::names::Place;",
        "",
        "/// The CLDR release the names come from.",
        f'pub const VERSION: &str = "{VERSION}";',
        "",
        "/// The languages of [`Place::city`] and [`Place::zone`], in order.",
        "pub const LANGUAGES: [&str; %d] = [%s];" % (
            len(LANGUAGES), ", ".join(f'"{lang}"' for lang in LANGUAGES)),

        "",
        "/// Every zone CLDR knows, by its IANA name: its exemplar city in each",
        "/// language, one a line; its zone's standard and daylight names in each",
        "/// language, one a line, a tab between them, empty where CLDR has none.",
        "/// (One string a place, not one a name: a static `&str` costs a pointer",
        "/// besides its bytes.)",
        "pub static PLACES: [Place; %d] = [" % len(places),
    ]
    for iana, _, cities, long_names in places:
        for text in [*cities, *(name for pair in long_names for name in pair if name)]:
            if "\n" in text or "\t" in text:
                raise SystemExit(f"{iana}: a name with a line break or a tab: {text!r}")
        lines += [
            "    Place {",
            f"        iana: {json.dumps(iana)},",
            "        city: concat!(",
            *(f"            {literal(city + chr(10))}," for city in cities),
            "        ),",
            "        zone: concat!(",
            *(f"            {literal((s or '') + chr(9) + (d or '') + chr(10))},"
              for s, d in long_names),
            "        ),",
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


CATEGORIES = ["zero", "one", "two", "few", "many", "other"]
# The plural operands of a whole number n (UTS #35, "Plural Operand
# Meanings"): its integer digits are n itself; it has no visible fraction
# digits and no exponent.
WHOLE = {"n": "n", "i": "n", "v": 0, "w": 0, "f": 0, "t": 0, "e": 0, "c": 0}


def plural_condition(rule: str):
    """A CLDR plural rule ("v = 0 and i % 10 = 2..4 or ...") as a Rust
    expression over a whole number `n`: True or False where the rule is
    decided by the operands a whole number does not have."""
    chains = []
    for chain in rule.split(" or "):
        tests = []
        for relation in chain.split(" and "):
            relation = relation.strip()
            negated = "!=" in relation
            left, right = (part.strip() for part in relation.split("!=" if negated else "="))
            operand, *modulus = (part.strip() for part in left.split("%"))
            ranges = []
            for item in right.split(","):
                low, _, high = item.strip().partition("..")
                ranges.append((int(low), int(high or low)))
            value = WHOLE[operand]
            if value != "n":  # a constant: decided here
                holds = any(low <= value <= high for low, high in ranges)
                tests.append(holds != negated)
                continue
            subject = f"n % {modulus[0]}" if modulus else "n"
            patterns = " | ".join(
                str(low) if low == high else f"{low}..={high}" for low, high in ranges)
            tests.append(("!" if negated else "") + f"matches!({subject}, {patterns})")
        if False in tests:
            continue
        tests = [test for test in tests if test is not True]
        if not tests:
            return True
        chains.append(" && ".join(tests))
    if not chains:
        return False
    return " || ".join(f"({chain})" if " && " in chain and len(chains) > 1 else chain
                       for chain in chains)


def date_pattern(pattern: str, months: list) -> tuple:
    """CLDR's date pattern ("EEEE, d 'de' MMMM 'de' y") as the template the
    site fills in ("{weekday}, {day} de {month} de {year}"), and the month
    names it takes: a numeric month (Chinese and Japanese "y年M月d日")
    takes the month's number as its name."""
    fields = {"EEEE": "{weekday}", "d": "{day}", "MMMM": "{month}", "M": "{month}",
              "y": "{year}"}
    out, index, numeric = [], 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "'":
            end = pattern.index("'", index + 1)
            out.append(pattern[index + 1:end] or "'")
            index = end + 1
        elif char.isascii() and char.isalpha():
            end = index
            while end < len(pattern) and pattern[end] == char:
                end += 1
            field = pattern[index:end]
            if field not in fields:
                raise SystemExit(f"date pattern {pattern!r}: field {field!r} not supported")
            numeric |= field == "M"
            out.append(fields[field])
            index = end
        else:
            out.append(char)
            index += 1
    return "".join(out), [str(month) for month in range(1, 13)] if numeric else months


def generate_forms(folder: pathlib.Path) -> str:
    rules = read(folder, "cldr-core", "supplemental/plurals.json")
    rules = rules["supplemental"]["plurals-type-cardinal"]
    weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    lines = [
        f"//! Each language's dates, units, numbers and plural rules from the Unicode CLDR {VERSION}",
        "//! (npm: " + ", ".join(PACKAGES) + "),",
        "//! written by `scripts/cldr_names.py`: do not edit.",
        "",
        "use super::forms::{Category, Forms, Plural};",
        "",
        "/// Every language's forms, in [`super::Lang::ALL`]'s order.",
        "pub static FORMS: [Forms; %d] = [" % len(LANGUAGES),
    ]
    functions = []
    text = literal
    for code, locale in LANGUAGES.items():
        main = lambda package, path: read(folder, package, f"main/{locale}/{path}")["main"][locale]
        gregorian = main("cldr-dates-full", "ca-gregorian.json")["dates"]["calendars"]["gregorian"]
        numbers = main("cldr-numbers-full", "numbers.json")["numbers"]
        units = main("cldr-units-full", "units.json")["units"]
        lists = main("cldr-misc-full", "listPatterns.json")["listPatterns"]
        layout = main("cldr-misc-full", "layout.json")["layout"]["orientation"]
        own = main("cldr-localenames-full", "languages.json")["localeDisplayNames"]["languages"]
        system = numbers["defaultNumberingSystem"]
        if system != "latn":
            raise SystemExit(f"{locale}: digits {system!r}: the site writes Latin digits only")
        name = own[code]
        transforms = folder / "cldr-misc-full" / f"main/{locale}/contextTransforms.json"
        if transforms.exists():
            menu = json.loads(transforms.read_text(encoding="utf-8"))["main"][locale]
            menu = menu["contextTransforms"].get("languages", {}).get("uiListOrMenu")
            if menu == "titlecase-firstword":
                name = name[0].upper() + name[1:]
        months = [gregorian["months"]["format"]["wide"][str(month)] for month in range(1, 13)]
        pattern, months = date_pattern(gregorian["dateFormats"]["full"], months)
        days = [gregorian["days"]["format"]["wide"][day] for day in weekdays]

        def plural(length, unit):
            entry = units[length][unit]
            other = entry["unitPattern-count-other"]
            forms = [entry.get(f"unitPattern-count-{category}", other) for category in CATEGORIES]
            return "Plural([%s])" % ", ".join(text(form.replace("{0}", "{n}")) for form in forms)

        lang_rules = rules[code]
        branches = []
        for category in CATEGORIES[:-1]:
            rule = lang_rules.get(f"pluralRule-count-{category}")
            if rule is None:
                continue
            condition = plural_condition(rule.split("@")[0].strip())
            if condition is False:
                continue
            branches.append((condition, category))
        function = f"plural_{code}"
        body = [f"/// CLDR's cardinal plural rule for `{code}`, for a whole number.",
                f"fn {function}(n: u64) -> Category {{"]
        if not branches:
            body[-1] = f"fn {function}(_: u64) -> Category {{"
        for index, (condition, category) in enumerate(branches):
            keyword = "if" if index == 0 else "} else if"
            body.append(f"    {keyword} {condition} {{")
            body.append(f"        Category::{category.capitalize()}")
        body.append("    } else {" if branches else "    Category::Other")
        if branches:
            body += ["        Category::Other", "    }"]
        body.append("}")
        functions += [""] + body
        lines += [
            "    Forms {",
            f"        code: {text(code)},",
            f"        locale: {text(locale)},",
            f"        name: {text(name)},",
            f"        right_to_left: {'true' if layout['characterOrder'] == 'right-to-left' else 'false'},",
            f"        date_pattern: {text(pattern)},",
            "        weekdays: [%s]," % ", ".join(text(day) for day in days),
            "        months: [%s]," % ", ".join(text(month) for month in months),
            f"        decimal: {text(numbers['symbols-numberSystem-latn']['decimal'])},",
            f"        hours: {plural('long', 'duration-hour')},",
            f"        minutes: {plural('long', 'duration-minute')},",
            f"        hours_narrow: {plural('narrow', 'duration-hour')},",
            f"        minutes_narrow: {plural('narrow', 'duration-minute')},",
            f"        unit_list: {text(lists['listPattern-type-unit']['2'])},",
            f"        unit_list_narrow: {text(lists['listPattern-type-unit-narrow']['2'])},",
            f"        plural: {function},",
            "    },",
        ]
    lines += ["];"] + functions + [""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    parser.add_argument("--target", type=pathlib.Path, default=ROOT / "target",
                        help="where the packages are kept (default: target/)")
    args = parser.parse_args()
    folder = fetch(args.target)
    outputs = [(OUT, generate_names(folder)), (FORMS_OUT, generate_forms(folder))]
    for path, text in outputs:
        name = path.relative_to(ROOT)
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {name}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{name} is not what CLDR {VERSION} gives: run scripts/cldr_names.py",
                  file=sys.stderr)
            return 1
        else:
            print(f"{name}: as CLDR {VERSION} gives it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
