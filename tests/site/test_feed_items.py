"""Feeds put together from items serialised once are feedgen's and json.dumps' feeds, byte for byte."""

from __future__ import annotations

import json
import random

import pytest

from benchmarks.corpus import make_article, vocabularies
from newsroom.article import Article
from newsroom.site import feeds, memo
from newsroom.site.feed_items import rss_with_items
from newsroom.site.feeds import Feed, json_feed, make_feed, rss

SITE = "https://example.org/newsroom/"


def feedgen_rss(feed: Feed) -> bytes:
    """The feed as feedgen makes it with every entry added to it."""
    generator = feeds.rss_channel(feed, SITE)
    for article in reversed(feed.articles):  # feedgen puts the last added first
        generator.add_entry(feeds._rss_item(article, SITE, None))
    return generator.rss_str(pretty=True)


def articles(count: int) -> list[Article]:
    rng, pools = random.Random(4), vocabularies(4)
    found = [make_article(rng, pools, number) for number in range(count)]
    if found:
        found[0].title = 'Clubs & «partners» <meet> in "Türkistan"\n'
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
        made_json = [json_feed(make_feed(f"Feed {n}", "", f"tags/t{n}/", found[n:]), SITE) for n in range(4)]
    finally:
        memo.forget()
    assert made_json == [dumped_json(make_feed(f"Feed {n}", "", f"tags/t{n}/", found[n:])) for n in range(4)]
    assert made == [feedgen_rss(make_feed(f"Feed {n}", "", f"tags/t{n}/", found[n:])) for n in range(4)]
    assert made[0].count(b"<item>") == 20


def dumped_json(feed: Feed) -> str:
    """The JSON Feed as ``json.dumps`` writes the whole document."""
    document = json.loads(json_feed(feed, SITE))
    return json.dumps(document, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("count", [0, 1, 3, 25])
def test_a_json_feed_is_the_whole_document_dumped_byte_for_byte(count: int) -> None:
    feed = make_feed("Youth — Newsroom", "Articles about youth", "tags/youth/", articles(count))
    text = json_feed(feed, SITE)
    assert text == dumped_json(feed)
    assert len(json.loads(text)["items"]) == min(count, 20)


def test_a_feed_is_whole_when_the_memo_lets_go_of_items_while_it_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """The memo starts afresh at its limit: an item counted as made before may be gone meanwhile."""
    found = articles(5)
    entries = [feeds._rss_item(article, SITE, None) for article in found]
    feed = make_feed("Mixed", "", "tags/b/", found[:3])
    monkeypatch.setattr(memo, "LIMIT", 3)
    memo.begin()
    try:
        rss_with_items(feeds.rss_channel(feed, SITE), entries[:3])
        made = rss_with_items(feeds.rss_channel(feed, SITE), [entries[3], entries[0], entries[4]])
    finally:
        memo.forget()
    expected = feeds.rss_channel(feed, SITE)
    for entry in (entries[4], entries[0], entries[3]):  # feedgen puts the last added first
        expected.add_entry(entry)
    assert made == expected.rss_str(pretty=True)
