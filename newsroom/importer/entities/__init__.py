"""People, organizations, places and tags of an article: the registry first, then rules.

One finder per language proposes names by its rules (``english``: cues and head words;
``russian``: natasha's NER in the nominative; ``cyrillic``: name shapes for Kazakh, and for
Russian when natasha is missing). The modules by kind (``people``, ``organizations``,
``places``, ``tags``) add the registry's names, resolve every name to its registry form and
drop duplicates. Later mentions ("Zhunusov", "Жунусов") resolve to the full name; names the
registry does not know are kept and reported in ``Entities.unknown``.
"""

from __future__ import annotations

import re

from newsroom.alphabets import CYRILLIC, KAZAKH
from newsroom.importer.entities.base import ArticleText, Entities, Finder
from newsroom.importer.entities.cyrillic import CyrillicRulesFinder
from newsroom.importer.entities.english import EnglishFinder
from newsroom.importer.entities.organizations import find_organizations
from newsroom.importer.entities.people import find_people
from newsroom.importer.entities.places import find_places
from newsroom.importer.entities.russian import NatashaFinder
from newsroom.importer.entities.tags import find_tags
from newsroom.kinds import ORGANIZATIONS
from newsroom.registry import SOURCES, Registry

KAZAKH_WORDS_SHARE = 0.2
"""Of a story's Cyrillic words, the share with a Kazakh-only letter above which it is Kazakh: Kazakh stories have
40% and more, Russian ones quoting Kazakh names (``Асхат Бейсенұлы Мұқанов``, ``#Өскемен``) under 10%."""
WORD = re.compile(r"\w+")
MIN_RUNNING_WORDS = 12
"""Lower-case Cyrillic words enough to judge the story's language by its running text alone (not by names)."""


def is_russian_story(article: ArticleText) -> bool:
    """A story in Russian on a page the importer read as Kazakh (a bilingual page's Kazakh menu, a Kazakh name):
    few of its own Cyrillic words, those of its running text when it has enough, have a Kazakh letter."""
    cyrillic = [word for word in WORD.findall(article.text) if CYRILLIC.search(word)]
    running = [word for word in cyrillic if word[:1].islower()]
    if len(running) >= MIN_RUNNING_WORDS:
        cyrillic = running  # a list of Russian-spelt names and towns dilutes a Kazakh story's share
    kazakh = [word for word in cyrillic if KAZAKH.search(word)]
    return bool(cyrillic) and len(kazakh) < KAZAKH_WORDS_SHARE * len(cyrillic)


def finder_for(article: ArticleText) -> Finder:
    """The finder for the story's language (a Russian story read as Russian whatever the page's language); the
    base finder (registry names only) for others."""
    if article.lang == "en":
        return EnglishFinder(article)
    if article.lang == "ru" or (article.lang == "kk" and is_russian_story(article)):
        return NatashaFinder.load(article) or CyrillicRulesFinder(article)
    if article.lang == "kk":
        return CyrillicRulesFinder(article)
    return Finder(article)


def unknown_names(entities: Entities, registry: Registry) -> dict[str, list[str]]:
    """By kind, the names the registry does not know (a publication counts as a known organization)."""
    unknown = {}
    for kind, names in entities.by_kind().items():
        kinds = (kind, SOURCES) if kind == ORGANIZATIONS.field else (kind,)
        new = [name for name in names if registry.resolve(name, *kinds) is None]
        if new:
            unknown[kind] = new
    return unknown


def find_entities(
    texts: list[str],
    registry: Registry,
    lang: str,
    *,
    extra_org_text: list[str] | None = None,
    dateline_place: str | None = None,
    source: str | None = None,
    tag_line: list[str] | None = None,
) -> Entities:
    """All the entities of an article's text (title, subtitle, caption and body paragraphs).

    ``extra_org_text`` is read for organizations only (a photo credit); ``dateline_place`` is listed
    first among places; ``source`` is the publication the article comes from; ``tag_line`` holds the
    article's own tags, which replace the registry's tags found in the text.
    """
    article = ArticleText(texts, registry, lang, extra_org_text or [])
    finder = finder_for(article)
    entities = Entities(
        people=find_people(article, finder, source),
        organizations=find_organizations(article, finder, source),
        places=find_places(article, finder, dateline_place),
        tags=find_tags(article, tag_line),
    )
    entities.unknown = unknown_names(entities, registry)
    return entities


__all__ = ["Entities", "find_entities"]
