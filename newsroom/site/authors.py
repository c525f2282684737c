"""Staff bylines: author profiles (``docs/authors/<slug>.md``), their pages and their feeds.

A profile has ``name``, optional ``aliases``, ``role``, ``photo`` and a short biography as its
body (read like a person's profile, ``catalog.load_profile``). An article whose ``byline`` names
a profiled author (in any of its spellings) is listed on the author's page, ``authors/<slug>/``,
which has its own feed, and its byline links there. Any other byline (a news agency's, another
outlet's reporter) stays plain text. Their pages and feeds: ``newsroom.site.author_pages``
(this module stays light: the content check reads it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsroom.article import Article
from newsroom.kinds import Kind
from newsroom.site.indexes import Profile, Resolver, SiteIndex, Term

AUTHORS = Kind("authors")
"""Not one of ``KINDS``: articles have no ``authors`` field, and the registry no authors file."""
BYLINE_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bи\b|\bжәне\b)\s*", re.IGNORECASE)
"""Between the names of a byline signed by several people (``Dana Yesimova and Marat Zhunusov``)."""


def is_author_path(src_path: str) -> bool:
    """An author's profile: ``authors/<slug>.md``."""
    folder, _, name = src_path.partition("/")
    return folder == AUTHORS.field and name.endswith(".md") and "/" not in name and name != "index.md"


def byline_names(byline: str | None) -> list[str]:
    """The names a byline may hold: the whole byline, then each name of a shared one."""
    if not byline or not byline.strip():
        return []
    parts = [part for part in BYLINE_SEPARATORS.split(byline.strip()) if part]
    return list(dict.fromkeys([byline.strip(), *parts]))


def add_authors(index: SiteIndex, authors: Iterable[Profile], published: Iterable[Article], prefix: str = "") -> None:
    """Give ``index`` its authors (``index.terms["authors"]``), each with the published articles they signed.

    Two profiles claiming one spelling are reported on the second one's page, as for people.
    ``prefix``: a language section's index (``ru/``): only the authors who signed its articles,
    their pages in the section, each named as most of its bylines write the name.
    """
    resolver = Resolver()
    terms: dict[str, Term] = {}
    for profile in authors:
        for clash in resolver.add(profile.name, profile.aliases):
            message = f"{profile.origin or profile.src_path}: aliases: {clash}"
            index.problems_by_path.setdefault(profile.src_path, []).append(message)
        terms.setdefault(profile.name, Term(AUTHORS, profile.name, profile.slug, [], profile, profile.role, prefix))
    signatures: dict[str, Counter[str]] = defaultdict(Counter)
    for article in published:
        signed: dict[str, str] = {}
        for name in byline_names(article.byline):
            if (canonical := resolver.lookup(name)) in terms:
                signed.setdefault(canonical, name.strip())
        for canonical in sorted(signed):
            terms[canonical].articles.append(article)
            signatures[canonical][signed[canonical]] += 1
    if prefix:
        terms = {name: term for name, term in terms.items() if term.articles}
        for name, term in terms.items():
            term.name = signatures[name].most_common(1)[0][0]
    index.terms[AUTHORS.field] = terms
    index.resolvers[AUTHORS.field] = resolver
