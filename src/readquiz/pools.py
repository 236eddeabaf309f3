"""Built-in pools of well-known names, for distractors when an article has too few.

The engine reaches for a pool only after the article's own entities of the answer's
kind (and, for places, type). Pool names are widely known, neutral and unambiguous,
and none contains another: a region pool must not hold both "Europe" and "Western
Europe", or one could be a second correct answer. A pool name that matches any
entity of the article (name or alias) is never used, since the article's own
exclusion rules decide about that place or person.

Persons are the hard case: made-up names read as trick answers and generic names are
not names, so the person pool holds a small set of famous historical figures and the
engine prefers the article's own people whenever it has enough.
"""

from __future__ import annotations

CITIES: tuple[str, ...] = (
    "Cairo",
    "Istanbul",
    "Mumbai",
    "Jakarta",
    "Nairobi",
    "Lagos",
    "Lima",
    "Madrid",
    "Toronto",
    "Manila",
    "Moscow",
    "Berlin",
    "Paris",
    "Seoul",
    "Bangkok",
    "Mexico City",
    "Buenos Aires",
    "Rome",
    "Tokyo",
    "Chicago",
    "Johannesburg",
    "Dhaka",
    "Hanoi",
    "Athens",
)
COUNTRIES: tuple[str, ...] = (
    "Brazil",
    "Canada",
    "Egypt",
    "France",
    "Germany",
    "India",
    "Indonesia",
    "Japan",
    "Kenya",
    "Mexico",
    "Nigeria",
    "Peru",
    "Spain",
    "Sweden",
    "Thailand",
    "Turkey",
    "Argentina",
    "Vietnam",
    "Poland",
    "Chile",
    "Ghana",
    "Norway",
)
REGIONS: tuple[str, ...] = (
    "Southeast Asia",
    "South America",
    "Western Europe",
    "East Africa",
    "Central Asia",
    "the Caribbean",
    "West Africa",
    "Central America",
    "Eastern Europe",
)
STATES: tuple[str, ...] = (
    "Texas",
    "Ontario",
    "Bavaria",
    "Queensland",
    "California",
    "Quebec",
    "Victoria",
    "Florida",
    "Punjab",
)
CONTINENTS: tuple[str, ...] = (
    "Africa",
    "Asia",
    "Europe",
    "North America",
    "South America",
    "Oceania",
    "Antarctica",
)
WATERS: tuple[str, ...] = (
    "the Mediterranean Sea",
    "the Baltic Sea",
    "the Red Sea",
    "the Caspian Sea",
    "the Black Sea",
    "the Arabian Sea",
    "the North Sea",
)
RIVERS: tuple[str, ...] = (
    "the Nile",
    "the Amazon",
    "the Danube",
    "the Mississippi",
    "the Ganges",
    "the Rhine",
    "the Mekong",
    "the Volga",
)
PERSONS: tuple[str, ...] = (
    "Nelson Mandela",
    "Marie Curie",
    "Mahatma Gandhi",
    "Albert Einstein",
    "Frida Kahlo",
    "Winston Churchill",
    "Abraham Lincoln",
    "Ada Lovelace",
)
GROUPS: tuple[str, ...] = (
    "the students",
    "the farmers",
    "the teachers",
    "the shopkeepers",
    "the doctors",
    "the tourists",
    "the fishermen",
    "the nurses",
)
ORGANIZATIONS: tuple[str, ...] = (
    "the United Nations",
    "the World Health Organization",
    "the Red Cross",
    "the World Bank",
    "UNESCO",
    "the International Olympic Committee",
)

PLACE_POOLS: dict[str, tuple[str, ...]] = {
    "city": CITIES,
    "capital": CITIES,
    "country": COUNTRIES,
    "nation": COUNTRIES,
    "region": REGIONS,
    "state": STATES,
    "province": STATES,
    "continent": CONTINENTS,
    "sea": WATERS,
    "ocean": WATERS,
    "gulf": WATERS,
    "river": RIVERS,
}
"""Pool per place ``type``; a type not listed has no pool (the article's places only)."""

KIND_POOLS: dict[str, tuple[str, ...]] = {
    "person": PERSONS,
    "group": GROUPS,
    "organization": ORGANIZATIONS,
}


def pool_for(kind: str, place_type: str | None) -> tuple[str, ...]:
    """The built-in names for an answer of this kind (and place type), possibly empty."""
    if kind == "place":
        return PLACE_POOLS.get((place_type or "").lower(), ())
    return KIND_POOLS.get(kind, ())
