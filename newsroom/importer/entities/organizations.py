"""Organizations: the registry's as the text names them, then the finder's, each once."""

from __future__ import annotations

import re

from newsroom.alphabets import LATIN_UPPER, UPPER
from newsroom.importer.entities.base import ArticleText, Finder, Names
from newsroom.importer.wordlists import words
from newsroom.registry import Entry, Registry, Vocabulary, stem_key

_AFTER_ACRONYM = "|".join(re.escape(word) for word in words("stopwords-after-acronym", "en"))
MODIFIED = re.compile(rf"\s+(?:[a-z][a-z-]{{2,}}|[{LATIN_UPPER}][a-z]+)\b")
"""A word after an acronym: ``UNESCO values``, ``UNESCO Youth Clubs`` use it as a modifier ..."""
NOT_MODIFIED = re.compile(rf"\s+(?:{_AFTER_ACRONYM})\b")
"""... unless the word goes on the sentence: ``UNESCO and``, ``UNESCO said``."""
JOINED_ACRONYM = re.compile(rf"\b(?:and|и|және)\s+([{UPPER}]{{3,}})\b")
"""``... for UNESCO and ICESCO``: a known acronym joined by "and" inside a longer name counts too."""


def _is_modifier(spelled: str, rest: str) -> bool:
    """An acronym used as a modifier (``UNESCO values``) is not a mention of its organization."""
    acronym = spelled.isupper() and len(spelled) > 1
    return acronym and MODIFIED.match(rest) is not None and NOT_MODIFIED.match(rest) is None


def registry_mentions(
    vocabulary: Vocabulary, text: str, lang: str, mentions: list[tuple[Entry, re.Match[str]]], skip_modifiers: bool
) -> list[str]:
    """The known names ``mentions`` stand for, as an article in ``lang`` writes them."""
    found = Names()
    for _entry, match in mentions:
        spelled = match.group(1)
        if skip_modifiers and _is_modifier(spelled, text[match.end() :]):
            continue
        found.add(vocabulary.display(spelled, lang))
        for nested in JOINED_ACRONYM.finditer(spelled):
            if vocabulary.get(nested.group(1)) is not None:
                found.add(vocabulary.display(nested.group(1), lang))
    return found.list()


def _resolved(name: str, registry: Registry, lang: str) -> str | None:
    """A rule-found name as the article names it: known ones by their registry form; places are none."""
    known = registry.resolve(name, "organizations", "sources")
    if known is not None:
        return registry.vocabulary(known[0]).display(name, lang)
    return None if registry.places.get(name) else name


def _known_keys(names: list[str], registry: Registry) -> list[str]:
    """The stem keys of every spelling of the known organizations among ``names``."""
    keys = []
    for name in names:
        known = registry.resolve(name, "organizations", "sources")
        if known is not None:
            keys.extend(stem_key(spelling) for spelling in known[1].spellings)
    return keys


def _without_parts(names: list[str], registry: Registry) -> list[str]:
    """A rule-found name that is only part of a known one (``World Federation``, ``Федерация клубов``,
    ``Министерство Иностранных Дел`` beside ``МИД Казахстана``), or another form of one listed before it
    (``Национальные Комиссии`` after ``Национальная Комиссия``), goes."""
    known = _known_keys(names, registry)
    kept: list[str] = []
    keys: set[str] = set()
    for name in names:
        key = stem_key(name)
        repeated = key in keys or any(f" {key} " in f" {other} " and key != other for other in known)
        if repeated and not registry.resolve(name, "organizations", "sources"):
            continue
        keys.add(key)
        kept.append(name)
    return kept


def find_organizations(article: ArticleText, finder: Finder, source: str | None) -> list[str]:
    """Organizations the article names: known ones (the registry's organizations and publications) and new ones."""
    registry, text, lang = article.registry, article.text, article.lang
    names = Names(registry_mentions(registry.organizations, text, lang, article.org_mentions, skip_modifiers=True))
    for name in finder.organizations():
        resolved = _resolved(name, registry, lang)
        if resolved is not None:
            names.add(resolved)
    sources = registry.sources.mentions(text)
    for name in registry_mentions(registry.sources, text, lang, sources, skip_modifiers=False):
        names.add(name)
    if source:
        names.add(source)
    return _without_parts(names.list(), registry)
