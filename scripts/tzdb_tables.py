#!/usr/bin/env python3
"""Writes src/places/zone1970.tab and src/places/zone.tab: tzdata's tables of
where each zone is (countries, coordinates), from the same tz release as
the rules compiled into the binary, so that the embedded rules have their
own places. A system tz database folder brings its own copies, read
instead.

    python3 scripts/tzdb_tables.py            # write the files
    python3 scripts/tzdb_tables.py --check    # fail if they would change

The release is fetched as PyPI's `tzdata` package (2025b is 2025.2) with
`pip download` into target/tzdata-VERSION/ once. The release is the one
named in the NEWS file of the chrono-tz crate that Cargo.lock pins.
"""

import argparse
import pathlib
import re
import subprocess
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "places"
TABLES = ["zone1970.tab", "zone.tab"]


def embedded_release() -> str:
    """The tz release chrono-tz compiles in, e.g. `2025b`."""
    lock = (ROOT / "Cargo.lock").read_text()
    version = re.search(r'name = "chrono-tz"\nversion = "([^"]+)"', lock).group(1)
    cargo_home = pathlib.Path.home() / ".cargo" / "registry" / "src"
    for news in cargo_home.glob(f"*/chrono-tz-{version}/tz/NEWS"):
        found = re.search(r"^Release (\d{4}[a-z])\b", news.read_text(), re.M)
        if found:
            return found.group(1)
    sys.exit(f"chrono-tz {version}'s sources are not unpacked: run `cargo fetch` first")


def pypi_version(release: str) -> str:
    """tzdata's PyPI version of a release: 2025b is 2025.2."""
    return f"{release[:4]}.{ord(release[4]) - ord('a') + 1}"


def fetch(release: str) -> zipfile.ZipFile:
    folder = ROOT / "target" / f"tzdata-{release}"
    wheels = list(folder.glob("tzdata-*.whl"))
    if not wheels:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
             "--disable-pip-version-check", f"tzdata=={pypi_version(release)}", "-d", str(folder)],
            check=True,
        )
        wheels = list(folder.glob("tzdata-*.whl"))
    return zipfile.ZipFile(wheels[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files would change")
    check = parser.parse_args().check
    release = embedded_release()
    wheel = fetch(release)
    stale = []
    for table in TABLES:
        text = wheel.read(f"tzdata/zoneinfo/{table}")
        out = OUT / table
        if check:
            if not out.is_file() or out.read_bytes() != text:
                stale.append(str(out.relative_to(ROOT)))
        else:
            out.write_bytes(text)
    if stale:
        sys.exit(f"not tzdata {release}'s: {', '.join(stale)} (run python3 scripts/tzdb_tables.py)")
    print(f"{', '.join(TABLES)}: tzdata {release}" + (" (unchanged)" if check else ""))


if __name__ == "__main__":
    main()
