"""RSS 2.0 and JSON Feed 1.1 for the whole site and for every tag and person.

Pure functions: articles in, feed documents out. Dates come from front matter
(publication dates at noon UTC: a feed wants a time, an article has a day).
RSS is written by feedgen; JSON Feed is plain JSON.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsroom.article import Article
from newsroom.kinds import PEOPLE, TAGS
from newsroom.site.feed_items import json_with_items, rss_with_items
from newsroom.site.indexes import SiteIndex
from newsroom.site.labels import Labels
from newsroom.site.memo import memo, urljoin
from newsroom.site.pictures import Picture
from newsroom.site.render import Renderer, default_renderer
from newsroom.site.seo import site_root

if TYPE_CHECKING:  # feedgen (and lxml) loaded only where feeds are written: a build's process never needs them
    from feedgen.entry import FeedEntry
    from feedgen.feed import FeedGenerator

FEED_ITEMS = 20
RSS_NAME = "feed.xml"
JSON_NAME = "feed.json"


@dataclass(frozen=True)
class Feed:
    """One feed: what it is about, where it lives, and its newest articles."""

    title: str
    description: str
    page_url: str
    """Site-relative URL of the page the feed follows (``""``, ``tags/youth/``)."""
    articles: tuple[Article, ...]
    lang: str = "en"

    @property
    def rss_path(self) -> str:
        return f"{self.page_url}{RSS_NAME}"

    @property
    def json_path(self) -> str:
        return f"{self.page_url}{JSON_NAME}"


def make_feed(title: str, description: str, page_url: str, articles: Iterable[Article], lang: str = "") -> Feed:
    """A feed of the newest FEED_ITEMS of ``articles`` (which come newest first).

    Its language is ``lang``, or else the language most of its articles are written in.
    """
    newest = tuple(islice(articles, FEED_ITEMS))
    if not lang:
        lang = Counter(a.lang for a in newest).most_common(1)[0][0] if newest else "en"
    return Feed(title, description, page_url, newest, lang)


def published_at(article: Article) -> dt.datetime:
    return feed_time(article.moment or article.date)


def feed_time(value: dt.date) -> dt.datetime:
    """A date at noon UTC (a feed wants a time); a datetime with its zone as it is."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value
    return dt.datetime.combine(value, dt.time(12, 0), tzinfo=dt.UTC)


def absolute(site_url: str, path: str) -> str:
    """``path`` (site-relative) as an absolute URL."""
    return urljoin(site_root(site_url), path)


PictureFor = Callable[[Article], Picture | None]
"""``picture_for(article)``: the article's picture as the build made it, or None."""


def rss(feed: Feed, site_url: str, picture_for: PictureFor | None = None) -> bytes:
    """The feed as RSS 2.0 XML, items newest first, every URL absolute."""
    pictures = [picture_for(article) if picture_for else None for article in feed.articles]
    entries = [_rss_items.call(_rss_item, a, site_url, p) for a, p in zip(feed.articles, pictures, strict=True)]
    return rss_with_items(rss_channel(feed, site_url), entries)  # as feedgen's with the entries, items made once


def rss_channel(feed: Feed, site_url: str) -> FeedGenerator:
    """The feed's channel, without its items."""
    from feedgen.feed import FeedGenerator

    generator = FeedGenerator()
    generator.title(feed.title)
    generator.description(escape(feed.description or feed.title))  # HTML, like an item's
    generator.link(href=absolute(site_url, feed.rss_path), rel="self")
    generator.link(href=absolute(site_url, feed.page_url), rel="alternate")  # after "self": RSS's <link>
    generator.language(feed.lang)
    generator.generator("newsroom")
    if feed.articles:
        generator.lastBuildDate(published_at(feed.articles[0]))
    return generator


def json_feed(feed: Feed, site_url: str, picture_for: PictureFor | None = None) -> str:
    """The feed as JSON Feed 1.1, items newest first, every URL absolute."""
    items = []
    for article in feed.articles:
        picture = picture_for(article) if picture_for else None
        items.append(_json_items.call(_json_item, article, site_url, picture))
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": absolute(site_url, feed.page_url),
        "feed_url": absolute(site_url, feed.json_path),
        "description": feed.description,
        "language": feed.lang,
    }
    return json_with_items(document, items)  # json.dumps(... "items": items ..., indent=1), items once


_rss_items = memo()
_json_items = memo()
"""An article's feed items, made once a build (an article is in its tags', people's and the site's feeds)."""


def _rss_item(article: Article, site_url: str, picture: Picture | None) -> FeedEntry:
    from feedgen.entry import FeedEntry

    url = absolute(site_url, article.url)
    entry = FeedEntry()
    entry.title(article.title)
    entry.link(href=url)
    entry.guid(url, permalink=True)
    entry.pubDate(published_at(article))
    if article.summary:
        entry.description(escape(article.summary))  # RSS descriptions are HTML: the summary is text
    for tag in article.tags:
        entry.category(term=tag)
    if picture:
        entry.enclosure(absolute(site_url, picture.share.path), str(picture.share.bytes), picture.share.mime)
    return entry


def _json_item(article: Article, site_url: str, picture: Picture | None) -> dict[str, Any]:
    url = absolute(site_url, article.url)
    item: dict[str, Any] = {
        "id": url,
        "url": url,
        "title": article.title,
        "content_text": article.summary or article.title,
        "date_published": published_at(article).isoformat(),
        **({"date_modified": feed_time(article.modified).isoformat()} if article.modified else {}),
        "language": article.lang,
    }
    if article.summary:
        item["summary"] = article.summary
    if article.tags:
        item["tags"] = list(article.tags)
    if article.byline:
        item["authors"] = [{"name": article.byline}]
    if picture:
        item["image"] = absolute(site_url, picture.share.path)
    return item


def site_feeds(
    index: SiteIndex,
    published: list[Article],
    site_name: str,
    description: str = "",
    lang: str = "en",
    labels: Labels | None = None,
    prefix: str = "",
) -> list[Feed]:
    """The whole site's feed, then one per tag and per person (readers follow a topic or a person).

    ``prefix``: a language section's feeds (``ru/feed.xml``, ``newsroom.site.sections``).
    """
    labels = labels or Labels(lang)
    feeds = [make_feed(site_name, description, prefix, published, lang)]
    for kind in (TAGS, PEOPLE):
        for term in index.terms[kind.field].values():
            title = labels.format("feed_title", name=term.name, site=site_name)
            about = labels.format("feed_about", name=term.name, site=site_name)
            feeds.append(make_feed(title, about, term.url, term.articles))
    return feeds


def feed_links(feeds: Iterable[Feed], site_url: str, renderer: Renderer | None = None) -> str:
    """``<link rel="alternate feed">`` tags announcing feeds in a page's head.

    Feed readers look for the ``alternate`` token; Material's script follows every
    ``link[rel=alternate]`` (exactly that value) to fetch a sitemap beside it, so the feeds
    carry a second token and Material leaves them alone.
    """
    return _feed_link_tags.call(_feed_links, site_url, renderer or default_renderer(), *feeds)


_feed_link_tags = memo()
"""By feeds: their links (most pages announce only the site's feed)."""


def _feed_links(site_url: str, renderer: Renderer, *feeds: Feed) -> str:
    links = [FeedLink(f.title, absolute(site_url, f.rss_path), absolute(site_url, f.json_path)) for f in feeds]
    return renderer.render("feed-links", feeds=links)


@dataclass(frozen=True)
class FeedLink:
    """A feed as a page's head announces it: its title and the absolute URLs of its two formats."""

    title: str
    rss_url: str
    json_url: str
