"""The index pages' contents: tag, person, organization and place pages, their A-Z lists,
the news archive, the home page's latest articles and an article's related ones.

Pure functions: a ``SiteIndex`` in, ``PageContent`` out, its HTML from the templates of a
``Renderer`` (``newsroom.site.render``). Any site generator, or a script writing files, can
publish these pages; the MkDocs hook adds them with ``File.generated``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby

from newsroom.article import NEWS_DIR, Article, site_file_path
from newsroom.kinds import KINDS, PEOPLE, TAGS, Kind
from newsroom.site.catalog import url_of
from newsroom.site.indexes import SiteIndex, Term
from newsroom.site.render import Renderer, default_renderer, relative_url

PAGE_SIZE = 100
"""Articles on one page of a term or an archive year; longer lists continue on ``page/2/``..."""
LATEST_ON_HOME = 20
LETTER_HEADINGS_FROM = 40
"""An A-Z list longer than this gets a heading per first letter."""
H1_END = "</h1>"


@dataclass(frozen=True)
class PageContent:
    """One page of the site: where it lives in the docs folder, its title and its HTML."""

    src_path: str
    title: str
    body: str
    in_nav: bool = False
    head: str = ""
    """What comes first under the title, before an editor's own text (a profile's photo and role)."""

    @property
    def url(self) -> str:
        return url_of(self.src_path)

    @property
    def html(self) -> str:
        """The whole page when no editor wrote one: its head, then its body."""
        return self.head + self.body

    def fingerprint(self) -> str:
        """A digest of title and HTML: it changes exactly when the page does."""
        return hashlib.sha256(f"{self.title}\0{self.head}\0{self.body}".encode()).hexdigest() + "\n"


@dataclass(frozen=True)
class Pager:
    """Where a page of a long list stands: its number, how many pages, links to its neighbours."""

    number: int
    count: int
    newer: str | None
    older: str | None


@dataclass(frozen=True)
class Group:
    """Articles of one year or month, under a heading (``anchor`` is its id)."""

    anchor: str
    date: dt.date
    articles: list[Article]


def groups_of(articles: list[Article], by_month: bool = False) -> list[Group]:
    """Articles (newest first) by year, or by month."""
    if by_month:
        by_key = groupby(articles, key=lambda a: (a.date.year, a.date.month))
        return [Group(f"m{y}-{m:02d}", dt.date(y, m, 1), list(found)) for (y, m), found in by_key]
    by_year = groupby(articles, key=lambda a: a.date.year)
    return [Group(f"y{year}", dt.date(year, 1, 1), list(found)) for year, found in by_year]


def _pager(urls: list[str], number: int) -> Pager | None:
    if len(urls) == 1:
        return None
    page_url = urls[number - 1]
    newer = relative_url(page_url, urls[number - 2]) if number > 1 else None
    older = relative_url(page_url, urls[number]) if number < len(urls) else None
    return Pager(number, len(urls), newer, older)


def _pages(
    src_path: str, title: str, articles: list[Article], renderer: Renderer, template: str, **context: object
) -> list[PageContent]:
    """``src_path`` and its continuations (``<folder>/page/2.md``...), PAGE_SIZE articles each.

    Each is the ``template`` rendered with ``context``, its page's number, URL, groups and pager.
    """
    folder = src_path.removesuffix(".md").removesuffix("/index")
    chunks = [articles[i : i + PAGE_SIZE] for i in range(0, len(articles), PAGE_SIZE)] or [[]]
    paths = [src_path] + [f"{folder}/page/{n}.md" for n in range(2, len(chunks) + 1)]
    urls = [url_of(path) for path in paths]
    by_month = bool(context.get("by_month"))
    pages = []
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), 1):
        body = renderer.render(
            template,
            **context,
            number=number,
            page_url=urls[number - 1],
            groups=groups_of(chunk, by_month),
            pager=_pager(urls, number),
        )
        page_title = title if number == 1 else renderer.labels.format("page_title", title=title, number=number)
        pages.append(PageContent(path, page_title, body))
    return pages


def term_pages(term: Term, index: SiteIndex, renderer: Renderer | None = None) -> list[PageContent]:
    """A term's pages: its photo and role first, then the people named with them and the articles."""
    renderer = renderer or default_renderer()
    pages = _pages(
        term.src_path,
        term.name,
        term.articles,
        renderer,
        "term-page",
        term=term,
        named_with=index.companions.get(term.name, []) if term.kind is PEOPLE else [],
        summaries=term.kind is TAGS,  # a tag page reads like a section front; the others are lists
        by_month=False,
    )
    photo = None
    if term.profile and term.profile.photo and (path := site_file_path(term.profile.photo, term.profile.src_path)):
        photo = relative_url(term.url, path)
    head = renderer.render("term-profile", term=term, photo=photo)
    return [dataclasses.replace(pages[0], head=head), *pages[1:]]


@dataclass(frozen=True)
class Letter:
    """Terms of an A-Z list under one first letter (``""`` when the list is short)."""

    letter: str
    terms: list[Term]


def kind_index(kind: Kind, index: SiteIndex, renderer: Renderer | None = None, prefix: str = "") -> PageContent:
    """Every term of a kind, A-Z with its article count; a long list under a heading per letter."""
    renderer = renderer or default_renderer()
    terms = index.sorted_terms(kind.field)
    letters: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        letters[term.name[:1].upper() if len(terms) > LETTER_HEADINGS_FROM else ""].append(term)
    groups = [Letter(letter, found) for letter, found in letters.items()]
    page_url = f"{prefix}{kind.field}/"
    body = renderer.render("term-index", kind=kind, count=len(terms), groups=groups, page_url=page_url)
    return PageContent(f"{page_url}index.md", renderer.labels[kind.field], body, in_nav=not prefix)


@dataclass(frozen=True)
class ArchiveYear:
    """A year of the archive: how many articles, and the months that have some (newest first)."""

    year: int
    count: int
    months: list[dt.date]


def archive_pages(articles: list[Article], renderer: Renderer | None = None, prefix: str = "") -> list[PageContent]:
    """``news/``: the years and months with their counts; ``news/<year>/``: that year's articles."""
    renderer = renderer or default_renderer()
    years = articles_by_year(articles)
    pages = [archive_index(years, renderer, prefix)]
    for year, found in years.items():
        pages.extend(year_pages(year, found, renderer, prefix))
    return pages


def articles_by_year(articles: list[Article]) -> dict[int, list[Article]]:
    """The articles of each year, in their order, the years in the order they first come."""
    years: dict[int, list[Article]] = defaultdict(list)
    for article in articles:
        years[article.date.year].append(article)
    return years


def archive_index(years: dict[int, list[Article]], renderer: Renderer, prefix: str = "") -> PageContent:
    """``news/``: the years and months with their counts."""
    entries = [
        ArchiveYear(year, len(found), [dt.date(year, m, 1) for m in sorted({a.date.month for a in found})[::-1]])
        for year, found in years.items()
    ]
    body = renderer.render("archive", years=entries)
    return PageContent(f"{prefix}{NEWS_DIR}/index.md", renderer.labels.news_archive, body, in_nav=not prefix)


def year_pages(year: int, articles: list[Article], renderer: Renderer, prefix: str = "") -> list[PageContent]:
    """``news/<year>/``: that year's articles, by month (several pages when they are many)."""
    title = renderer.labels.format("news_of_year", year=year)
    src_path = f"{prefix}{NEWS_DIR}/{year}/index.md"
    return _pages(src_path, title, articles, renderer, "archive-year", summaries=False, by_month=True)


def index_pages(
    index: SiteIndex, published: list[Article], renderer: Renderer | None = None, prefix: str = ""
) -> list[PageContent]:
    """Every generated page of the site (or of the language section at ``prefix``): the archive,
    the A-Z lists and one page per term."""
    renderer = renderer or default_renderer()
    pages = archive_pages(published, renderer, prefix)
    for kind in KINDS:
        pages.append(kind_index(kind, index, renderer, prefix))
        for term in index.terms[kind.field].values():
            pages.extend(term_pages(term, index, renderer))
    return pages


def home_listing(
    published: list[Article], page_url: str = "", renderer: Renderer | None = None, prefix: str = ""
) -> str:
    """The latest articles for the home page (of the section at ``prefix``), and a link to its archive."""
    return (renderer or default_renderer()).render(
        "home-listing",
        articles=published[:LATEST_ON_HOME],
        page_url=page_url,
        archive_url=relative_url(page_url, f"{prefix}{NEWS_DIR}/"),
        summaries=True,
        searchable=False,
    )


def related_section(article: Article, index: SiteIndex, renderer: Renderer | None = None) -> str:
    """The end of an article page: up to five related articles."""
    related = index.related.get(article.src_path)
    if not related:
        return ""
    return (renderer or default_renderer()).render(
        "related", articles=related, page_url=article.url, summaries=False, searchable=False
    )


def under_title(html: str, head: str) -> str:
    """``head`` at the top of an editor's page: after its own ``<h1>`` when its text starts with one
    (otherwise the theme puts the title above the whole text)."""
    if head and html.lstrip().startswith("<h1") and (end := html.find(H1_END)) != -1:
        end += len(H1_END)
        return html[:end] + "\n" + head + html[end:]
    return head + html
