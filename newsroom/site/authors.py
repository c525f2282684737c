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


def add_authors(index: SiteIndex, authors: Iterable[Profile], published: Iterable[Article]) -> None:
    """Give ``index`` its authors (``index.terms["authors"]``), each with the published articles they signed.

    Two profiles claiming one spelling are reported on the second one's page, as for people.
    """
    resolver = Resolver()
    terms: dict[str, Term] = {}
    for profile in authors:
        for clash in resolver.add(profile.name, profile.aliases):
            message = f"{profile.origin or profile.src_path}: aliases: {clash}"
            index.problems_by_path.setdefault(profile.src_path, []).append(message)
        terms.setdefault(profile.name, Term(AUTHORS, profile.name, profile.slug, [], profile, profile.role))
    for article in published:
        signed = {resolver.lookup(name) for name in byline_names(article.byline)}
        for name in sorted(signed & terms.keys()):
            terms[name].articles.append(article)
    index.terms[AUTHORS.field] = terms
    index.resolvers[AUTHORS.field] = resolver
