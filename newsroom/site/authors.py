"""Staff bylines: author profiles (``docs/authors/<slug>.md``), their pages and their feeds.

A profile has ``name``, optional ``aliases``, ``role``, ``photo`` and a short biography as its
body (read like a person's profile, ``catalog.load_profile``). An article whose ``byline`` names
a profiled author (in any of its spellings) is listed on the author's page, ``authors/<slug>/``,
which has its own feed, and its byline links there. Any other byline (a news agency's, another
outlet's reporter) stays plain text. Author pages reuse the term pages of ``newsroom.site.pages``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from newsroom.article import Article
from newsroom.kinds import Kind
from newsroom.site.feeds import Feed, make_feed
from newsroom.site.indexes import Profile, Resolver, SiteIndex, Term
from newsroom.site.labels import Labels
from newsroom.site.pages import PageContent, kind_index, term_pages
from newsroom.site.render import Renderer, default_renderer

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


def author_of(index: SiteIndex, byline: str | None) -> Term | None:
    """The first profiled author a byline names, or None (another outlet's byline)."""
    if AUTHORS.field not in index.terms:
        return None
    for name in byline_names(byline):
        if (term := index.term(AUTHORS.field, name)) is not None:
            return term
    return None


def author_link(index: SiteIndex, byline: str | None) -> str | None:
    """The site-relative URL of the author page a byline leads to, or None."""
    term = author_of(index, byline)
    return term.url if term else None


def author_pages(index: SiteIndex, renderer: Renderer | None = None) -> list[PageContent]:
    """``authors/`` (every author, A-Z with counts) and one page per author (photo, role, articles)."""
    terms = index.terms.get(AUTHORS.field) or {}
    if not terms:
        return []
    renderer = renderer or default_renderer()
    pages = [dataclasses.replace(kind_index(AUTHORS, index, renderer), in_nav=False)]
    for term in terms.values():
        pages.extend(term_pages(term, index, renderer))
    return pages


def author_feeds(index: SiteIndex, site_name: str, labels: Labels | None = None) -> list[Feed]:
    """One feed per author: readers follow a reporter."""
    labels = labels or Labels()
    feeds = []
    for term in (index.terms.get(AUTHORS.field) or {}).values():
        title = labels.format("feed_title", name=term.name, site=site_name)
        about = labels.format("author_feed_about", name=term.name, site=site_name)
        feeds.append(make_feed(title, about, term.url, term.articles))
    return feeds
