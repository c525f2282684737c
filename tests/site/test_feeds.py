"""Feeds of the built site, parsed back with a feed parser: valid, absolute, newest first."""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import pytest

from tests.helpers import SEED_URL, copy_project, mkdocs_build

SITE_URL = "https://unesco-clubs-kz.github.io/newsroom/"
STORY = """---
title: {title}
date: {date}
summary: Summary of {title}.
tags: [youth]
people: [Bolat Akchulakov]
lang: en
---

Body.
"""


@pytest.fixture(scope="module")
def feed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feeds")
    project = copy_project(root / "project")
    for number, date in enumerate(("2024-03-01", "2025-01-15", "2022-07-09")):
        path = project / f"docs/news/{date[:4]}/story-{number}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(STORY.format(title=f"Story {number}", date=date), encoding="utf-8")
    out = root / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("folder", ["", "tags/youth/", "people/bolat-akchulakov/"])
def test_rss_feeds_parse_with_absolute_links_newest_first(feed_site: Path, folder: str) -> None:
    parsed = feedparser.parse((feed_site / folder / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert parsed.feed.title and parsed.feed.link == SITE_URL + folder
    dates = [entry.published_parsed for entry in parsed.entries]
    assert len(dates) >= 3 and dates == sorted(dates, reverse=True)
    for entry in parsed.entries:
        assert entry.title and entry.link.startswith(SITE_URL) and entry.id == entry.link
    titles = [entry.title for entry in parsed.entries]
    assert titles[:2] == ["Story 1", "Story 0"]


def test_the_site_feed_carries_front_matter_dates_and_summaries(feed_site: Path) -> None:
    parsed = feedparser.parse((feed_site / "feed.xml").read_bytes())
    seed = next(e for e in parsed.entries if e.link == SITE_URL + SEED_URL)
    assert seed.published_parsed[:3] == (2023, 10, 31)
    assert seed.summary.startswith("At the X World Congress")
    assert {"youth"} <= {t.term for t in parsed.entries[0].tags}


@pytest.mark.parametrize("folder", ["", "tags/youth/"])
def test_json_feeds_are_json_feed_1_1(feed_site: Path, folder: str) -> None:
    document = json.loads((feed_site / folder / "feed.json").read_text(encoding="utf-8"))
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["feed_url"] == SITE_URL + folder + "feed.json"
    items = document["items"]
    assert items and all(item["url"].startswith(SITE_URL) and item["id"] for item in items)
    published = [item["date_published"] for item in items]
    assert published == sorted(published, reverse=True)


def test_pages_announce_their_feeds(feed_site: Path) -> None:
    home = (feed_site / "index.html").read_text(encoding="utf-8")
    assert f'type="application/rss+xml" title="UNESCO Clubs Newsroom (RSS)" href="{SITE_URL}feed.xml"' in home
    tag = (feed_site / "tags/youth/index.html").read_text(encoding="utf-8")
    assert f'href="{SITE_URL}tags/youth/feed.xml"' in tag and f'href="{SITE_URL}tags/youth/feed.json"' in tag
    person = (feed_site / "people/bolat-akchulakov/index.html").read_text(encoding="utf-8")
    assert f'href="{SITE_URL}people/bolat-akchulakov/feed.xml"' in person


def test_sitemap_and_robots_point_at_every_page(feed_site: Path) -> None:
    sitemap = (feed_site / "sitemap.xml").read_text(encoding="utf-8")
    locations = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    assert SITE_URL + SEED_URL in locations
    assert {SITE_URL + "tags/youth/", SITE_URL + "people/bolat-akchulakov/", SITE_URL + "news/"} <= locations
    robots = (feed_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots
