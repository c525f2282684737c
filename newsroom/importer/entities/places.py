"""Places: the dateline's, the registry's as the text names them (not inside an organization's
name), then the finder's; an abbreviation beside the place it stands for, and a place named only
inside a longer one, go."""

from __future__ import annotations

import re

from newsroom.importer.entities.base import ArticleText, Finder, Names
from newsroom.registry import Registry

ABBREVIATION = re.compile(r"[^\W\d_]{2,5}")
"""An abbreviation: two to five capital letters (``РК``, ``RK``, ``ҚР``, ``СКО``)."""


def title_case(place: str) -> str:
    """``ALMATY`` -> ``Almaty``, ``NEW YORK`` -> ``New York``, ``ШЫМКЕНТ`` -> ``Шымкент``."""
    if not place.isupper():
        return place
    titled = "-".join(p.capitalize() for p in place.split("-"))
    titled = " ".join(w[:1].upper() + w[1:] for w in titled.lower().split())
    return "-".join(p[:1].upper() + p[1:] for p in titled.split("-"))


def initials(name: str) -> str | None:
    """The initials of a name of two words or more, compound words split at their hyphens and short
    lowercase words (``of``, ``по``) left out: ``Республика Казахстан`` -> ``РК``, ``Republic of
    Kazakhstan`` -> ``RK``, ``Северо-Казахстанская область`` -> ``СКО``; None for one word."""
    if len(name.split()) < 2:
        return None
    parts = [part for part in re.split(r"[\s-]+", name) if part[:1].isalpha()]
    return "".join(part[0] for part in parts if part[0].isupper() or len(part) > 3).upper()


def _spellings(place: str, registry: Registry) -> tuple[str, ...]:
    """A place's name and, for a known place, every spelling of it."""
    entry = registry.places.get(place)
    return (place, *entry.spellings) if entry else (place,)


def without_abbreviations(places: list[str], registry: Registry) -> list[str]:
    """``РК`` beside ``Казахстан``: an abbreviation goes when it is the initials of another place listed
    or of one of that place's registry spellings (``Республика Казахстан``). An abbreviation the registry
    knows is already listed by its full name (``RK``, ``РК`` and ``ҚР`` are aliases of Kazakhstan)."""
    out = []
    for place in places:
        if place.isupper() and ABBREVIATION.fullmatch(place):
            others = [other for other in places if other != place]
            spellings = [s for other in others for s in _spellings(other, registry)]
            if any(initials(spelling) == place for spelling in spellings):
                continue
        out.append(place)
    return out


def without_parts(places: list[str], text: str) -> list[str]:
    """``Karaganda`` goes when every mention of it is part of ``Karaganda region`` (also listed)."""
    out = []
    for place in places:
        longer = [other for other in places if other != place and other.startswith(place + " ")]
        if longer:
            rests = "|".join(re.escape(other[len(place) + 1 :]) for other in longer)
            alone = re.compile(rf"(?<![\w-]){re.escape(place)}(?![\w-])(?!\s+(?:{rests})\b)")
            if alone.search(text) is None:
                continue
        out.append(place)
    return out


def find_places(article: ArticleText, finder: Finder, dateline_place: str | None) -> list[str]:
    """Places the article names, the dateline's first."""
    registry, text, lang = article.registry, article.text, article.lang
    names = Names()
    if dateline_place:
        names.add(registry.places.display(title_case(dateline_place), lang))
    org_spans = [match.span() for _, match in article.org_mentions]
    for _entry, match in registry.places.mentions(text):
        if any(start <= match.start() and match.end() <= end for start, end in org_spans):
            continue  # "Kazakhstan" inside "Kazakhstan National Federation ..."
        if not finder.inside_organization(match):
            names.add(registry.places.display(match.group(1), lang))
    for name in finder.places():
        names.add(registry.places.display(name, lang))
    return without_parts(without_abbreviations(names.list(), registry), text)
