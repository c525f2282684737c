"""A multilingual site's language sections: each language's articles, index, pages and feeds.

Each section has its own index (``build_index`` over its articles, its terms' pages under its
prefix), its own renderer (its labels and date format), its home page, archive, A-Z lists,
term pages and feeds. A term keeps one slug in every section when the registry or a profile
names it (``/people/bolat-akchulakov/``, ``/ru/people/bolat-akchulakov/``), and its page in a
section is titled as that section's articles name it (``Болат Акчулаков``, ``Болат Ақшолақов``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsroom.article import Article
from newsroom.kinds import KINDS, PEOPLE
from newsroom.registry import Registry
from newsroom.site.author_pages import author_feeds, author_pages
from newsroom.site.authors import AUTHORS, add_authors
from newsroom.site.catalog import Catalog
from newsroom.site.feeds import Feed, site_feeds
from newsroom.site.indexes import SiteIndex, Term, build_index
from newsroom.site.languages import Language
from newsroom.site.pages import PageContent, home_listing, index_pages
from newsroom.site.render import Renderer, relative_url

IndexBuilder = Callable[..., SiteIndex]
"""``indexes.build_index``'s signature: (articles, registry, profiles, invalid, published, prefix=)."""
IndexPages = Callable[[SiteIndex, list[Article], Renderer, str], list[PageContent]]
"""``pages.index_pages``'s signature: (index, published, renderer, prefix)."""


@dataclass
class Section:
    """One language's part of the site."""

    language: Language
    published: list[Article]
    index: SiteIndex
    renderer: Renderer


def make_sections(
    catalog: Catalog,
    registry: Registry,
    languages: list[Language],
    custom_dir: Path | None,
    index_builder: IndexBuilder = build_index,
) -> dict[str, Section]:
    """A section per language (by code), each with the published articles in its language.

    ``index_builder``: ``indexes.build_index`` or one that gives the same index (a preview's, which
    remembers related articles)."""
    sections = {}
    for language in languages:
        published = [a for a in catalog.published if a.lang == language.code]
        written = [a for a in catalog.articles if a.lang == language.code]
        index = index_builder(written, registry, catalog.profiles, (), published, prefix=language.prefix)
        add_authors(index, catalog.authors, published, language.prefix)
        if language.prefix:
            name_terms(index, registry, published, language.code)
        sections[language.code] = Section(language, published, index, Renderer(custom_dir, language.code))
    return sections


def name_terms(index: SiteIndex, registry: Registry, published: Iterable[Article], lang: str) -> None:
    """Title each term as the section's articles name it: the registry's form for the language
    when it has one, else the spelling most of them write."""
    for kind in KINDS:
        resolver, vocabulary = index.resolvers[kind.field], getattr(registry, kind.field)
        written: dict[str, Counter[str]] = defaultdict(Counter)
        for article in published:
            for name in getattr(article, kind.field):
                written[resolver.lookup(name)][name.strip()] += 1
        for canonical, term in index.terms[kind.field].items():
            if forms := written.get(canonical):
                spelling = forms.most_common(1)[0][0]
                term.name = vocabulary.display(spelling, lang) if vocabulary.get(spelling) else spelling
    people = index.terms[PEOPLE.field]  # who is named with whom: found by the name the page shows
    shown = {name: term.name for name, term in people.items()}
    index.companions = {shown.get(name, name): found for name, found in index.companions.items()}


def section_pages(
    section: Section, editors_home: bool, make_index_pages: IndexPages = index_pages
) -> list[PageContent]:
    """The section's generated pages: its home page (unless an editor wrote one), archive, index pages
    and its authors' pages.

    ``make_index_pages``: ``pages.index_pages`` or one that gives the same pages (a preview's)."""
    language, renderer = section.language, section.renderer
    pages = make_index_pages(section.index, section.published, renderer, language.prefix)
    pages += author_pages(section.index, renderer, language.prefix)
    if language.prefix and not editors_home:
        listing = home_listing(section.published, language.prefix, renderer, language.prefix)
        pages.insert(0, PageContent(language.home, renderer.labels.latest_articles, listing))
    return pages


def section_feeds(section: Section, site_name: str, description: str) -> list[Feed]:
    """The section's own feed and its tags', people's and authors'."""
    language, labels = section.language, section.renderer.labels
    name, about = language.site_name or site_name, language.description or description
    feeds = site_feeds(section.index, section.published, name, about, language.code, labels, language.prefix)
    return feeds + author_feeds(section.index, name, labels, language.code)


@dataclass(frozen=True)
class TermVersion:
    """A term's page in another language's section."""

    lang: str
    name: str
    url: str


def term_versions(sections: dict[str, Section]) -> dict[str, list[TermVersion]]:
    """By term page URL: the same term's pages in the other sections (same kind, same canonical name)."""
    pages: dict[tuple[str, str], list[tuple[str, Term]]] = defaultdict(list)
    for code, section in sections.items():
        for kind in (*KINDS, AUTHORS):
            for canonical, term in section.index.terms.get(kind.field, {}).items():
                pages[kind.field, canonical].append((code, term))
    versions: dict[str, list[TermVersion]] = {}
    for found in pages.values():
        if len(found) > 1:
            for _, term in found:
                versions[term.url] = [TermVersion(c, t.name, t.url) for c, t in found if t is not term]
    return versions


def with_versions(page: PageContent, versions: list[TermVersion], renderer: Renderer) -> PageContent:
    """A term page that links to the term's pages in the other languages, under its title."""
    links = [(v.lang, v.name, relative_url(page.url, v.url)) for v in versions]
    head = page.head + renderer.render("term-languages", versions=links)
    return dataclasses.replace(page, head=head)
