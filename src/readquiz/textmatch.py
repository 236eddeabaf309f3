"""The one text folding of readquiz: when do two pieces of text say the same thing?

The article loader asks it whether a quote occurs in the text and whether a paragraph
names an entity; grading asks it whether what a student typed is the answer; the
engine asks it whether two choices say the same thing. All of them fold the same
way, so a quote that loads is a quote the engine can find, and an answer the engine
keys is one grading accepts:

- quote marks: ‘ ’ ‚ ‛ and the prime ′ read as ', “ ” „ ‟ and ″ as ";
- dashes and the minus sign (‐ ‑ ‒ – — ― −) read as -;
- diacritics are dropped ("Győr" is "Gyor"), case is folded;
- runs of white space are one space;
- a leading "the", "a" or "an" is optional.

Two strengths: :func:`fold` changes one character for one, so an index into the
folded text is an index into the text (the loader cuts the quote out of the paragraph
as it reads there); :func:`normalize_text` also drops punctuation and the leading
article, for comparing short answers.
"""

from __future__ import annotations

import functools
import re
import unicodedata

QUOTE_MARKS = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
}
"""Curly, low and reversed quotation marks and primes -> the straight marks."""

DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
"""Hyphen, non-breaking hyphen, figure dash, en and em dash, bar, minus sign -> "-"."""

ARTICLES = ("the", "a", "an")
"""The articles a name may begin with or not: "the protesters" is named "protesters" too."""

_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+(?=\S)", re.IGNORECASE)


class _CharFolder(dict[int, str]):
    """``str.translate`` table that folds each character on first sight, then remembers it."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = QUOTE_MARKS.get(ch) or DASHES.get(ch)
        if folded is None:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
            low = bare.lower()
            # One character for one, or the index into the text would be lost: a
            # character that folds to two ("ß" -> "ss", "ﬁ" -> "fi") folds only its case.
            folded = low if len(low) == 1 else (ch.lower() if len(ch.lower()) == 1 else ch)
        self[code] = folded
        return folded


_FOLDER = _CharFolder()


# cached: the loader folds every paragraph once per quote it looks for, which for a large
# article (hundreds of quotes over ~1 MiB of text) would otherwise take tens of seconds
@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Fold quote marks, dashes, diacritics and case, one character for one.

    ``len(fold(text)) == len(text)``, so a match found in the folded text can be cut
    out of ``text`` at the same indexes. White space is left alone (see
    :func:`squash_spaces`).
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDER)


def squash_spaces(text: str) -> str:
    """``text`` with every run of white space one space, and none at either end."""
    return " ".join(text.split())


def drop_article(text: str) -> str:
    """``text`` without a leading "the", "a" or "an" (any case), when something follows it."""
    return _LEADING_ARTICLE.sub("", text, count=1)


def normalize_text(text: str) -> str:
    """Fold text for comparing answers: :func:`fold`, then punctuation and a leading article.

    "The U.S." -> "us", "  Karachi. " -> "karachi", "Pakistan’s" -> "pakistans",
    "São Paulo" -> "sao paulo", "1,200" -> "1200", "2.5 km" -> "2.5 km". Periods and
    apostrophes vanish (so "U.S." is "us"); other punctuation separates words; a
    leading "the", "a" or "an" is dropped when something follows it.

    Args:
        text: any text.

    Returns:
        The folded text: lowercase ASCII-ish words separated by single spaces.
    """
    # NFKC first: full-width letters, ligatures and superscripts read as plain ones
    folded = fold(unicodedata.normalize("NFKC", text)).casefold()
    folded = re.sub(r"(?<=\d),(?=\d{3})", "", folded)  # 1,200 -> 1200
    folded = re.sub(r"(?<=\d)\.(?=\d)", "\0", folded)  # keep decimal points
    folded = re.sub(r"[.'`]", "", folded)
    folded = re.sub(r"[^\w\0%]+|_", " ", folded).replace("\0", ".")
    return drop_article(squash_spaces(folded))


def is_acronym(name: str) -> bool:
    """Whether ``name`` is written in capitals as one word: "WHO", "NASA", "U.S.", "UN".

    A leading article does not count: "the WHO" is an acronym too.

    An acronym names its bearer only where the text writes it in capitals: folded, "WHO"
    would be the word "who" and "US" the word "us".
    """
    bare = _acronym_part(name)
    letters = [c for c in bare if c.isalpha()]
    return len(letters) >= 2 and " " not in bare and all(c.isupper() for c in letters)


def _acronym_part(name: str) -> str:
    """``name`` without a leading article: "the WHO" is the acronym "WHO"."""
    return _LEADING_ARTICLE.sub("", name.strip())


def in_capitals(text: str, name: str) -> bool:
    """Whether ``text`` writes the acronym ``name`` in capitals (with "'s" allowed).

    True for a name that is not an acronym: case-folded matching decides for those.
    """
    if not is_acronym(name):
        return True
    return re.search(r"(?<!\w)" + re.escape(_acronym_part(name)) + r"(?!\w)", text) is not None


def slug(text: str) -> str:
    """Lowercase ASCII slug of a term, for an id: "São Paulo" -> "sao-paulo"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def same_text(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` say the same once folded by :func:`normalize_text`."""
    return normalize_text(a) == normalize_text(b)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|(?<![\w.])[A-Z]\.|"
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|etc)\.)$"
)


def sentence_breaks(text: str) -> list[re.Match[str]]:
    """Where sentences of ``text`` end: the closing mark (and quote) and the space after.

    An abbreviation ("Gen.", "U.S.") or an initial ("Dr. W. Kimryn Rathmell") ends
    none. The one rule for the loader's evidence, the lints and the engine, so that
    what a lint calls the quote's sentence is the sentence the engine cites.
    """
    return [m for m in _SENTENCE_END.finditer(text) if not _ABBREVIATION.search(text, 0, m.start())]
