"""The index pages' contents: tag, person, organization and place pages, their A-Z lists,
the news archive. Pure functions: a ``SiteIndex`` in, ``PageContent`` out.

Any site generator, or a script writing files, can publish these pages; the MkDocs
hook adds them with ``File.generated``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from itertools import groupby

import yaml
from babel.dates import format_date

from newsroom.article import NEWS_DIR, Article, site_file_path
from newsroom.kinds import KINDS, PEOPLE, TAGS, Kind
from newsroom.site.indexes import SiteIndex, Term
from newsroom.site.render import article_list, relative_url

PAGE_SIZE = 100
"""Articles on one page of a term or an archive year; longer lists continue on ``page/2/``..."""
LATEST_ON_HOME = 20
LETTER_HEADINGS_FROM = 40
"""An A-Z list longer than this gets a heading per first letter."""


@dataclass(frozen=True)
class PageContent:
    """One page of the site: where it lives in the docs folder, its title and its body."""

    src_path: str
    title: str
    body: str
    in_nav: bool = False

    @property
    def url(self) -> str:
        path = self.src_path.removesuffix(".md")
        return "" if path == "index" else (path.removesuffix("index").rstrip("/") + "/")

    def fingerprint(self) -> str:
        """A digest of title and body: it changes exactly when the page does."""
        return hashlib.sha256(f"{self.title}\0{self.body}".encode()).hexdigest() + "\n"

    def markdown(self) -> str:
        """The page as a Markdown file with front matter (for a generator without hooks)."""
        header = yaml.safe_dump({"title": self.title}, allow_unicode=True, width=10_000)
        return f"---\n{header}---\n\n{self.body}"


def _pages(
    src_path: str, title: str, articles: list[Article], intro: str, summaries: bool, by_month: bool = False
) -> list[PageContent]:
    """``src_path`` and its continuations (``<folder>/page/2.md``...), PAGE_SIZE articles each."""
    folder = src_path.removesuffix(".md").removesuffix("/index")
    chunks = [articles[i : i + PAGE_SIZE] for i in range(0, len(articles), PAGE_SIZE)] or [[]]
    paths = [src_path] + [f"{folder}/page/{n}.md" for n in range(2, len(chunks) + 1)]
    pages = []
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), 1):
        url = PageContent(path, "", "").url
        pager = _pager(url, paths, number)
        body = (intro if number == 1 else "") + grouped(chunk, url, summaries, by_month) + pager
        pages.append(PageContent(path, title if number == 1 else f"{title} (page {number})", body))
    return pages


def _pager(page_url: str, paths: list[str], number: int) -> str:
    if len(paths) == 1:
        return ""
    links = []
    for label, target in (("Newer", number - 1), ("Older", number + 1)):
        if 1 <= target <= len(paths):
            url = relative_url(page_url, PageContent(paths[target - 1], "", "").url)
            links.append(f'<a href="{escape(url)}">{label}</a>')
    return f'<nav class="nr-pager">Page {number} of {len(paths)} · {" · ".join(links)}</nav>\n'


def grouped(articles: list[Article], page_url: str, summaries: bool = True, by_month: bool = False) -> str:
    """Articles under a heading per year, or per month (they come newest first)."""
    if not articles:
        return '<p class="nr-empty">No articles yet.</p>\n'
    parts = []
    if by_month:
        for (year, month), group in groupby(articles, key=lambda a: (a.date.year, a.date.month)):
            name = escape(format_date(dt.date(year, month, 1), "LLLL y", locale="en_GB"))
            heading = f'<h2 id="m{year}-{month:02d}">{name}</h2>\n'
            parts.append(heading + article_list(group, page_url, summaries, searchable=False))
    else:
        for year, group in groupby(articles, key=lambda a: a.date.year):
            parts.append(f'<h2 id="y{year}">{year}</h2>\n' + article_list(group, page_url, summaries, searchable=False))
    return "\n".join(parts)


def term_chips(terms: list[tuple[Term, int]], page_url: str) -> str:
    links = [
        f'<a class="nr-chip" href="{escape(relative_url(page_url, t.url))}">{escape(t.name)}'
        f' <span class="nr-count">{n}</span></a>'
        for t, n in terms
    ]
    return f'<p class="nr-chips">{" ".join(links)}</p>\n'


def term_pages(term: Term, index: SiteIndex) -> list[PageContent]:
    """A term's page (and its continuations): role, the people named with them, the articles."""
    page_url = term.url
    intro = []
    if term.profile and term.profile.photo and (photo := site_file_path(term.profile.photo, term.src_path)):
        alt = escape(term.name)
        intro.append(f'<img class="nr-photo" src="{escape(relative_url(page_url, photo))}" alt="{alt}">\n')
    if term.role:
        intro.append(f'<p class="nr-role">{escape(term.role)}</p>\n')
    count = len(term.articles)
    intro.append(f'<p class="nr-count-line">{count} article{"s" if count != 1 else ""}</p>\n')
    if term.kind is PEOPLE and (named_with := index.companions.get(term.name)):
        intro.append(f'<h2 id="named-with">Often named with</h2>\n{term_chips(named_with, page_url)}')
    if term.profile:
        intro.insert(0, '\n<h2 id="articles">Articles</h2>\n')
    summaries = term.kind is TAGS  # a tag page reads like a section front; the others are lists
    return _pages(term.src_path, term.name, term.articles, "".join(intro), summaries)


def kind_index(kind: Kind, index: SiteIndex) -> PageContent:
    """Every term of a kind, A-Z with its article count; a long list under a heading per letter."""
    page_url = f"{kind.field}/"
    terms = index.sorted_terms(kind.field)
    groups: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        groups[term.name[:1].upper() if len(terms) > LETTER_HEADINGS_FROM else ""].append(term)
    parts = [f'<p class="nr-count-line">{len(terms)} {kind.title.lower()}</p>\n']
    for letter, group in groups.items():
        items = "".join(
            f'<li><a href="{escape(relative_url(page_url, t.url))}">{escape(t.name)}</a>'
            f' <span class="nr-count">{len(t.articles)}</span></li>'
            for t in group
        )
        heading = f"<h2>{escape(letter)}</h2>\n" if letter else ""
        parts.append(f'{heading}<ul class="nr-terms">{items}</ul>\n')
    return PageContent(f"{kind.field}/index.md", kind.title, "".join(parts), in_nav=True)


def archive_pages(articles: list[Article]) -> list[PageContent]:
    """``news/``: the years and months with their counts; ``news/<year>/``: that year's articles."""
    years: dict[int, list[Article]] = defaultdict(list)
    for article in articles:
        years[article.date.year].append(article)
    lines = []
    for year, found in years.items():
        months = sorted({a.date.month for a in found}, reverse=True)
        month_links = " ".join(
            f'<a href="{year}/#m{year}-{m:02d}">{format_date(dt.date(year, m, 1), "LLL", locale="en_GB")}</a>'
            for m in months
        )
        lines.append(
            f'<li><a href="{year}/">{year}</a> <span class="nr-count">{len(found)}</span>'
            f' <span class="nr-months">{month_links}</span></li>'
        )
    body = (
        '<ul class="nr-years">' + "".join(lines) + "</ul>\n" if lines else '<p class="nr-empty">No articles yet.</p>\n'
    )
    pages = [PageContent(f"{NEWS_DIR}/index.md", "News archive", body, in_nav=True)]
    for year, found in years.items():
        pages.extend(_pages(f"{NEWS_DIR}/{year}/index.md", f"News of {year}", found, "", False, by_month=True))
    return pages


def index_pages(index: SiteIndex, published: list[Article]) -> list[PageContent]:
    """Every generated page of the site: the archive, the A-Z lists and one page per term."""
    pages = archive_pages(published)
    for kind in KINDS:
        pages.append(kind_index(kind, index))
        for term in index.terms[kind.field].values():
            pages.extend(term_pages(term, index))
    return pages


def home_listing(published: list[Article], page_url: str = "") -> str:
    """The latest articles for the home page, and a link to the archive."""
    archive = relative_url(page_url, f"{NEWS_DIR}/")
    listing = article_list(published[:LATEST_ON_HOME], page_url, searchable=False)
    return listing + f'<p><a href="{archive}">All news →</a></p>\n'


def related_section(article: Article, index: SiteIndex) -> str:
    """The end of an article page: up to five related articles."""
    related = index.related.get(article.src_path)
    if not related:
        return ""
    return '\n\n<h2 id="related">Related articles</h2>\n' + article_list(
        related, article.url, summaries=False, searchable=False
    )
