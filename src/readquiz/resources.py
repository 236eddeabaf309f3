"""Where the bundled articles, built-in templates and fonts live.

In a wheel they are package data (``readquiz/articles``, ``readquiz/question_templates``,
mapped in by ``pyproject.toml``); in a source checkout with an editable install they
sit at the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

# The package's directory, as importlib.resources.files("readquiz") gives it for an
# installed (not zipped) package, without importing importlib.resources: that import
# was a few milliseconds of the quiz's first screen.
_PACKAGE = Path(__file__).parent


def _data_dir(name: str) -> Path:
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name


def articles_dir() -> Path:
    """The directory of bundled articles."""
    return _data_dir("articles")


def builtin_templates_dir() -> Path:
    """The directory of built-in question templates."""
    return _data_dir("question_templates")


def fonts_dir() -> Path:
    """The directory of the TrueType fonts shipped with readquiz."""
    return _PACKAGE / "fonts"


SAMPLE_ARTICLE_ID = "pakistan-soleimani-rally"


def bundled_articles() -> list[Path]:
    """Every bundled article file, sorted by name."""
    return sorted(articles_dir().glob("*.yaml"))


def bundled_article(article_id: str) -> Path | None:
    """The bundled article with this id (its file stem), or None."""
    path = articles_dir() / f"{article_id}.yaml"
    return path if path.is_file() else None
