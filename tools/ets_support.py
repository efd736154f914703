#!/usr/bin/env python3
"""Helpers of `./planmap conformance` (the OGC conformance suite ets-ogcapi-features10 against planmap).

  ets_support.py registry <service-url> <suite-epsg-file> <out-file>
      Writes the CRS registry the suite reads (proj4j's `proj4/nad/epsg`): the suite's own file (which sets the
      EPSG axis order of EPSG:4326 and EPSG:4258, lost in its all-in-one jar, where proj4j's copy of the file
      shadows it), plus a definition, taken from this machine's PROJ database (`projinfo`), of every EPSG code the
      service lists in a collection's `crs` that the file lacks (proj4j has no EPSG:5897, VN-2000 / TM-3 zone 482).
      Prints the codes it added.

  ets_support.py summary <testng-results.xml>
      Prints passed/failed/skipped, every failure (test, collection, CRS, message) and the reasons for skips,
      grouped. Exits 1 when a test failed.
"""
import json
import re
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter

EPSG_URI = re.compile(r"^http://www\.opengis\.net/def/crs/EPSG/0/([0-9]+)$")


def declared_epsg_codes(service):
    with urllib.request.urlopen(service.rstrip("/") + "/collections?f=json", timeout=60) as r:
        doc = json.load(r)
    codes = set()
    for c in doc.get("collections", []):
        for uri in c.get("crs", []) + [c.get("storageCrs", "")]:
            m = EPSG_URI.match(uri or "")
            if m:
                codes.add(int(m.group(1)))
    return sorted(codes)


def proj_definition(code):
    """The PROJ string of EPSG:code, with +axis=neu when the CRS's first axis points north or south."""
    proj = subprocess.run(["projinfo", "-o", "PROJ", "-q", f"EPSG:{code}"], check=True, capture_output=True,
                          text=True, timeout=30).stdout.strip().replace(" +type=crs", "")
    wkt = subprocess.run(["projinfo", "-o", "WKT2_2019", "-q", f"EPSG:{code}"], check=True, capture_output=True,
                         text=True, timeout=30).stdout
    first_axis = re.search(r'AXIS\["[^"]*",\s*(\w+)', wkt)
    if first_axis and first_axis.group(1).lower() in ("north", "south"):
        proj += " +axis=neu"
    name = re.search(r'^\w+\["([^"]+)"', wkt)
    return (name.group(1) if name else f"EPSG:{code}"), proj


def registry(service, suite_file, out_file):
    with open(suite_file, encoding="utf-8") as f:
        text = f.read()
    known = set(int(c) for c in re.findall(r"^<([0-9]+)>", text, re.MULTILINE))
    added = []
    for code in declared_epsg_codes(service):
        if code not in known:
            name, proj = proj_definition(code)
            text += f"# {name} (added for planmap from PROJ's EPSG database)\n<{code}> {proj} <>\n"
            added.append(f"EPSG:{code}")
    with open(out_file, "w", encoding="utf-8") as f:
        f.write(text)
    print(", ".join(added) if added else "none")


def summary(results_file):
    root = ET.parse(results_file).getroot()
    print(f"passed {root.get('passed')}, failed {root.get('failed')}, skipped {root.get('skipped')}"
          f" (of {root.get('total')})")
    skips = Counter()
    for m in root.iter("test-method"):
        if m.get("is-config") == "true":
            continue
        message = " ".join((m.findtext("exception/message") or "").split())[:300]
        if m.get("status") == "FAIL":
            params = [(p.findtext("value") or "").strip() for p in m.iter("param")]
            shown = [p for p in params if not p.startswith("io.restassured")]
            print(f"FAIL {m.get('name')} {shown}: {message}")
        elif m.get("status") == "SKIP":
            skips[(m.get("name"), message)] += 1
    for (name, message), n in sorted(skips.items()):
        print(f"SKIP {n} x {name}: {message}")
    return 1 if int(root.get("failed")) > 0 else 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "registry":
        registry(*sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "summary":
        sys.exit(summary(sys.argv[2]))
    else:
        sys.exit(__doc__)
