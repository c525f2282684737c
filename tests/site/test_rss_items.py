"""A feed put together from its channel and items once serialised is feedgen's feed, byte for byte."""

from __future__ import annotations

import random

import pytest
from feedgen.feed import FeedGenerator

from benchmarks.corpus import make_article, vocabularies
from newsroom.article import Article
from newsroom.site import feeds, memo
from newsroom.site.feeds import Feed, make_feed, published_at, rss

SITE = "https://example.org/newsroom/"


def feedgen_rss(feed: Feed) -> bytes:
    """The feed as feedgen makes it with every entry added to it."""
    generator = FeedGenerator()
    generator.title(feed.title)
    generator.description(feeds.escape(feed.description or feed.title))
    generator.link(href=feeds.absolute(SITE, feed.rss_path), rel="self")
    generator.link(href=feeds.absolute(SITE, feed.page_url), rel="alternate")
    generator.language(feed.lang)
    generator.generator("newsroom")
    if feed.articles:
        generator.lastBuildDate(published_at(feed.articles[0]))
    for article in reversed(feed.articles):  # feedgen puts the last added first
        generator.add_entry(feeds._rss_item(article, SITE, None))
    return generator.rss_str(pretty=True)


def articles(count: int) -> list[Article]:
    rng, pools = random.Random(4), vocabularies(4)
    found = [make_article(rng, pools, number) for number in range(count)]
    found[0].title = "Clubs & «partners» <meet> in Türkistan"
    found[-1].summary = ""
    return sorted(found, key=lambda article: article.date, reverse=True)


@pytest.mark.parametrize("count", [1, 3, 25])  # (an empty feed's lastBuildDate is the time it is made)
def test_a_feed_is_feedgens_feed_byte_for_byte(count: int) -> None:
    feed = make_feed("Youth — Newsroom", "Articles about youth", "tags/youth/", articles(count))
    assert rss(feed, SITE) == feedgen_rss(feed)


def test_items_made_once_in_a_build_go_into_every_feed_they_belong_to() -> None:
    found = articles(30)
    memo.begin()
    try:
        made = [rss(make_feed(f"Feed {n}", "", f"tags/t{n}/", found[n:]), SITE) for n in range(4)]
    finally:
        memo.forget()
    assert made == [feedgen_rss(make_feed(f"Feed {n}", "", f"tags/t{n}/", found[n:])) for n in range(4)]
    assert made[0].count(b"<item>") == 20
