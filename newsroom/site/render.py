"""HTML fragments for article pages and article lists (pure functions, escaped text).

URLs are site-relative directory URLs (``news/2023/x/``); a fragment written
into the page at ``page_url`` links with URLs relative to it, so the site works
under any ``site_url`` path and from a folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import lru_cache
from html import escape

from babel.dates import format_date

from newsroom.article import Article
from newsroom.kinds import KINDS

DATE_LOCALES = {"en": "en_GB"}  # "31 October 2023", as an international newsroom writes it
LinkFor = Callable[[str, str], str | None]
"""``link_for(kind, name)``: the site-relative URL of an index page, or None."""


def relative_url(page_url: str, target_url: str) -> str:
    """The link from the page at ``page_url`` to ``target_url`` (both site-relative).

    Pages have directory URLs (``news/2023/x/``), so the way up is one ``../`` per folder.
    """
    link = "../" * page_url.lstrip("/").count("/") + target_url
    return link or "./"


@lru_cache(maxsize=8192)
def human_date(date: dt.date, lang: str) -> str:
    """``31 October 2023`` in English, ``31 октября 2023 г.`` in Russian, and so on."""
    return format_date(date, format="long", locale=DATE_LOCALES.get(lang, lang))


def time_tag(date: dt.date, lang: str) -> str:
    return f'<time datetime="{date.isoformat()}">{escape(human_date(date, lang))}</time>'


def chips(kind: str, label: str, names: Iterable[str], page_url: str, link_for: LinkFor | None) -> str:
    """One labelled line of links (or plain names) to the index pages of ``kind``."""
    items = []
    for name in names:
        url = link_for(kind, name) if link_for else None
        if url is None:
            items.append(f'<span class="nr-chip">{escape(name)}</span>')
        else:
            items.append(f'<a class="nr-chip" href="{escape(relative_url(page_url, url))}">{escape(name)}</a>')
    if not items:
        return ""
    return f'<p class="nr-chips nr-{kind}"><span class="nr-label">{escape(label)}:</span> {" ".join(items)}</p>'


def article_header(article: Article, link_for: LinkFor | None = None) -> str:
    """What an article page shows above its text: subtitle, date, source, picture, chips."""
    page_url = article.url
    parts = []
    if article.subtitle:
        parts.append(f'<p class="nr-subtitle">{escape(article.subtitle)}</p>')
    meta = [time_tag(article.date, article.lang)]
    if article.dateline:
        meta.append(f'<span class="nr-dateline">{escape(article.dateline)}</span>')
    if article.source:
        name = escape(article.source.name)
        url = article.source.url
        link = f'<a href="{escape(url)}" rel="noopener">{name}</a>' if url and is_web_url(url) else name
        meta.append(f'<span class="nr-source">Source: {link}</span>')
    if article.byline:
        meta.append(f'<span class="nr-byline">By {escape(article.byline)}</span>')
    parts.append(f'<p class="nr-meta">{" · ".join(meta)}</p>')
    if article.image:
        parts.append(figure(article))
    parts.extend(chips(k.field, k.title, getattr(article, k.field), page_url, link_for) for k in KINDS)
    inner = "\n".join(part for part in parts if part)
    return f'<div class="nr-article-header">\n{inner}\n</div>\n\n'


def figure(article: Article) -> str:
    """The picture with its caption and credit (caption and credit alone when there is no file)."""
    image = article.image
    assert image is not None
    picture = ""
    if (path := article.image_path) is not None:
        alt = escape(image.caption or article.title)
        picture = f'<img src="{escape(relative_url(article.url, path))}" alt="{alt}" loading="lazy">'
    caption = escape(image.caption) if image.caption else ""
    credit = f'<span class="nr-credit">Photo: {escape(image.credit)}</span>' if image.credit else ""
    text = " ".join(part for part in (caption, credit) if part)
    return f'<figure class="nr-figure">{picture}<figcaption>{text}</figcaption></figure>'


def article_list(articles: Iterable[Article], page_url: str, summaries: bool = True, searchable: bool = True) -> str:
    """Title, date and (with ``summaries``) summary of each article, linked from ``page_url``.

    Lists on index pages repeat other pages' text: ``searchable=False`` keeps them out of the
    search index, so a search finds the article itself, not every list naming it.
    """
    items = []
    for article in articles:
        link = escape(relative_url(page_url, article.url))
        summary = f'<p class="nr-summary">{escape(article.summary)}</p>' if summaries and article.summary else ""
        items.append(
            f'<li class="nr-item"><a class="nr-title" href="{link}">{escape(article.title)}</a> '
            f"{time_tag(article.date, article.lang)}{summary}</li>"
        )
    if not items:
        return '<p class="nr-empty">No articles yet.</p>\n'
    exclude = " data-search-exclude data-pagefind-ignore" if not searchable else ""
    return f'<ul class="nr-articles"{exclude}>\n' + "\n".join(items) + "\n</ul>\n"


def is_web_url(url: str) -> bool:
    """An http(s) address: the only kind a page links to outside the site."""
    return url.strip().lower().startswith(("https://", "http://"))
