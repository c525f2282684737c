"""Staff authors' pages and feeds, from the authors of the index (``newsroom.site.authors``).

The pages reuse the term pages of ``newsroom.site.pages`` (photo, role, the articles by year,
100 a page) and the A-Z list; the feeds reuse ``newsroom.site.feeds``.
"""

from __future__ import annotations

import dataclasses

from newsroom.site.authors import AUTHORS
from newsroom.site.feeds import Feed, make_feed
from newsroom.site.indexes import SiteIndex
from newsroom.site.labels import Labels
from newsroom.site.pages import PageContent, kind_index, term_pages
from newsroom.site.render import Renderer, default_renderer


def author_pages(index: SiteIndex, renderer: Renderer | None = None, prefix: str = "") -> list[PageContent]:
    """``authors/`` (every author, A-Z with counts) and one page per author (photo, role, articles);
    ``prefix``: a language section's (``ru/authors/``)."""
    terms = index.terms.get(AUTHORS.field) or {}
    if not terms:
        return []
    renderer = renderer or default_renderer()
    pages = [dataclasses.replace(kind_index(AUTHORS, index, renderer, prefix), in_nav=False)]
    for term in terms.values():
        pages.extend(term_pages(term, index, renderer))
    return pages


def author_feeds(index: SiteIndex, site_name: str, labels: Labels | None = None, lang: str = "") -> list[Feed]:
    """One feed per author: readers follow a reporter (``lang``: a language section's feeds)."""
    labels = labels or Labels()
    feeds = []
    for term in (index.terms.get(AUTHORS.field) or {}).values():
        title = labels.format("feed_title", name=term.name, site=site_name)
        about = labels.format("author_feed_about", name=term.name, site=site_name)
        feeds.append(make_feed(title, about, term.url, term.articles, lang))
    return feeds
