"""The feeds' files (``newsroom.site.feed_writer``)."""

from __future__ import annotations

import json
from pathlib import Path

from newsroom.files import write_if_changed, write_new
from newsroom.site import memo
from newsroom.site.feed_writer import write_feeds
from newsroom.site.feeds import Feed, site_feeds
from tests.helpers.small_site import build_site, write_docs

SITE_URL = "https://example.org/newsroom/"


def feeds_of(root: Path) -> list[Feed]:
    write_docs(root)
    memo.begin()
    build = build_site(root)
    return site_feeds(build.index, build.catalog.published, "Steppe News")


def test_each_feed_is_written_as_rss_and_json(tmp_path: Path) -> None:
    feeds, site = feeds_of(tmp_path), tmp_path / "site"
    write_feeds(feeds, site, SITE_URL, lambda article: None, write_new)
    rss = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<rss" in rss and "A youth forum in Almaty" in rss
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    assert [item["title"] for item in items] == ["A youth forum in Almaty", "A heritage walk in Turkistan"]
    assert (site / "tags" / "youth" / "feed.xml").is_file()


def test_a_feed_whose_key_is_known_is_not_written_again(tmp_path: Path) -> None:
    feeds, site = feeds_of(tmp_path), tmp_path / "site"
    written: dict[str, object] = {}
    write_feeds(feeds, site, SITE_URL, lambda article: None, write_if_changed, written, lambda feed: "same")
    assert written and set(written.values()) == {"same"}
    (site / "feed.xml").write_text("kept", encoding="utf-8")
    (site / "tags" / "youth" / "feed.xml").unlink()
    write_feeds(feeds, site, SITE_URL, lambda article: None, write_if_changed, written, lambda feed: "same")
    assert (site / "feed.xml").read_text(encoding="utf-8") == "kept"  # unchanged key: skipped
    assert (site / "tags" / "youth" / "feed.xml").is_file()  # its file gone: written again
    write_feeds(feeds, site, SITE_URL, lambda article: None, write_if_changed, written, lambda feed: "other")
    assert (site / "feed.xml").read_text(encoding="utf-8") != "kept"  # a new key: written again
