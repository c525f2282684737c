"""Embargoes, corrections and staff bylines in real ``mkdocs build --strict`` builds with a fixed clock
(``NEWSROOM_NOW``), and the scheduled banner under a real ``mkdocs serve``."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import feedparser
import PIL.Image
import pytest

from tests.helpers import copy_project, mkdocs_build, serving
from tests.helpers.pictures import phone_photo
from tests.helpers.sandbox import switch_to_pagefind

BEFORE = "2026-12-01T08:59:00+05:00"
"""A minute before the embargo ends."""
AFTER = "2026-12-01T09:00:00+05:00"
EMBARGOED_URL = "news/2026/zephyrine-observatory-opens-to-schoolchildren/"
EMBARGOED = """---
title: Zephyrine Observatory opens to schoolchildren
date: 2026-12-01T09:00:00+05:00
summary: The Zephyrine club opens its rooftop observatory in Taraz to every school of the region.
tags: [youth]
people: [Qorqyt Zephyrinov]
places: [Taraz]
byline: Aliya Nurpeisova
image:
  src: zephyrine-observatory-opens-to-schoolchildren-0a1b2c3d.jpg
  alt: A telescope on a flat roof at dusk
---

The Zephyrine club's rooftop telescope is open to schoolchildren on Saturdays.

![Visitors by month](zephyrine-visitors.png)
"""
CORRECTED_URL = "news/2026/clubs-open-a-reading-room-in-taraz/"
CORRECTED = """---
title: Clubs open a reading room in Taraz
date: 2026-11-20
updated: 2026-11-25
corrections:
- date: 2026-11-24
  text: An earlier version gave the wrong opening day.
- date: 2026-11-25
  text: The room is on the second floor, not the first.
summary: A reading room for young volunteers opens in Taraz.
tags: [youth]
byline: Aliya Nurpeisova
---

The reading room opens on Mondays.
"""
AGENCY = """---
title: Volunteers plant trees in Shymkent
date: 2026-11-10
tags: [youth]
byline: Kazinform
---

Volunteers planted trees.
"""
AUTHOR = """---
name: Aliya Nurpeisova
aliases: [Алия Нурпеисова]
role: Staff reporter
---

Aliya covers the clubs of the south.
"""


def write(project: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        (project / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / path).write_text(text, encoding="utf-8")


def newsroom_project(root: Path) -> Path:
    project = copy_project(root / "project")
    write(
        project,
        {
            "news/2026/zephyrine-observatory-opens-to-schoolchildren.md": EMBARGOED,
            "news/2026/clubs-open-a-reading-room-in-taraz.md": CORRECTED,
            "news/2026/volunteers-plant-trees-in-shymkent.md": AGENCY,
            "authors/aliya-nurpeisova.md": AUTHOR,
        },
    )
    phone_photo(project / "docs/news/2026/zephyrine-observatory-opens-to-schoolchildren-0a1b2c3d.jpg")
    PIL.Image.new("RGB", (60, 40), "navy").save(project / "docs/news/2026/zephyrine-visitors.png")  # in the text
    return project


def build_at(root: Path, now: str, pagefind: bool = False) -> Path:
    project = newsroom_project(root)
    if pagefind:
        switch_to_pagefind(project)
    out = root / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSROOM_NOW", now)
        result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site a minute before the embargo ends, with both search indexes (Pagefind's and Material's)."""
    return build_at(tmp_path_factory.mktemp("before"), BEFORE, pagefind=True)


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same content when the embargo has ended: the leak check's proof that it can see a leak."""
    return build_at(tmp_path_factory.mktemp("after"), AFTER, pagefind=True)


def file_texts(site: Path) -> dict[str, str]:
    """Every file of a built site as text; Pagefind's gzip chunks unpacked."""
    texts = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        texts[str(path.relative_to(site))] = data.decode("utf-8", errors="replace")
    return texts


LEAK = re.compile(r"zephyrin|observatory", re.IGNORECASE)
"""The embargoed article's unique word (title, slug, summary, its person), in any form."""


def leaks(site: Path) -> list[str]:
    """The files of a built site that name the embargoed article, in their text or their name."""
    return [path for path, text in file_texts(site).items() if LEAK.search(text) or LEAK.search(path)]


def pictures(site: Path) -> list[Path]:
    """The picture files of a built site but the theme's (the embargoed article is the only one with any)."""
    theme = site / "assets" / "images"
    return [p for p in site.rglob("*") if p.suffix in (".jpg", ".webp", ".png") and theme not in p.parents]


def test_an_embargoed_article_is_in_no_file_of_the_built_site(before: Path) -> None:
    assert (before / "pagefind").is_dir() and (before / "search" / "search_index.json").is_file()
    assert leaks(before) == []
    assert not (before / EMBARGOED_URL).exists() and not (before / "people" / "qorqyt-zephyrinov").exists()
    assert (before / CORRECTED_URL / "index.html").is_file()  # the site around it is whole


def test_an_embargoed_articles_pictures_are_neither_copied_nor_derived(before: Path, after: Path) -> None:
    assert pictures(before) == []
    published = {str(path.relative_to(after)) for path in pictures(after)}
    assert "news/2026/zephyrine-observatory-opens-to-schoolchildren-0a1b2c3d.jpg" in published  # the clean copy
    assert "news/2026/zephyrine-visitors.png" in published  # the chart its text shows
    assert any(path.startswith("assets/pictures/") for path in published)


def test_the_embargoed_article_goes_out_at_its_time_everywhere(after: Path) -> None:
    found = set(leaks(after))
    expected = {
        f"{EMBARGOED_URL}index.html",
        "index.html",
        "feed.xml",
        "feed.json",
        "sitemap.xml",
        "search/search_index.json",
        "people/qorqyt-zephyrinov/index.html",
        "authors/aliya-nurpeisova/feed.json",
    }
    assert expected <= found, expected - found
    assert any(path.startswith("pagefind/fragment/") for path in found)  # Pagefind's chunks are read too
    assert "Scheduled for" not in (after / EMBARGOED_URL / "index.html").read_text(encoding="utf-8")


def test_counts_on_index_pages_leave_the_embargoed_article_out(before: Path, after: Path) -> None:
    tags_before = (before / "tags" / "index.html").read_text(encoding="utf-8")
    tags_after = (after / "tags" / "index.html").read_text(encoding="utf-8")
    count = r'youth/">youth</a> <span class="nr-count">(\d+)</span>'
    assert int(re.search(count, tags_after)[1]) == int(re.search(count, tags_before)[1]) + 1


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])


def test_corrections_and_the_update_show_on_the_page_in_a_note_of_their_own(before: Path) -> None:
    html = (before / CORRECTED_URL / "index.html").read_text(encoding="utf-8")
    note = re.search(r'<aside class="admonition note nr-corrections">(.*?)</aside>', html, re.S)[1]
    assert '<p class="nr-meta nr-updated">Updated <time datetime="2026-11-25">25 November 2026</time></p>' in html
    assert note.startswith('\n<p class="admonition-title">Corrections</p>')
    assert '<time datetime="2026-11-24">24 November 2026</time>: An earlier version gave the wrong opening day.' in note
    assert "The room is on the second floor, not the first." in note
    assert '<time datetime="2026-11-20">20 November 2026</time>' in html  # the header keeps the publication date


def test_json_ld_and_the_feeds_carry_the_modification_and_the_lists_the_original_date(before: Path) -> None:
    data = json_ld((before / CORRECTED_URL / "index.html").read_text(encoding="utf-8"))
    assert data["datePublished"] == "2026-11-20" and data["dateModified"] == "2026-11-25"
    feed = json.loads((before / "feed.json").read_text(encoding="utf-8"))
    item = next(i for i in feed["items"] if i["url"].endswith(CORRECTED_URL))
    assert item["date_published"].startswith("2026-11-20") and item["date_modified"].startswith("2026-11-25")
    untouched = next(i for i in feed["items"] if i["url"].endswith("volunteers-plant-trees-in-shymkent/"))
    assert "date_modified" not in untouched
    rss = feedparser.parse((before / "feed.xml").read_bytes())
    entry = next(e for e in rss.entries if e.link.endswith(CORRECTED_URL))
    assert entry.id == entry.link and entry.published_parsed[:3] == (2026, 11, 20)
    home = (before / "index.html").read_text(encoding="utf-8")
    listed = r'reading-room-in-taraz/">Clubs open a reading room in Taraz</a> <time datetime="2026-11-20">'
    assert re.search(listed, home)


def test_a_staff_byline_links_to_its_author_page_and_an_agency_byline_stays_text(before: Path) -> None:
    html = (before / CORRECTED_URL / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../../authors/aliya-nurpeisova/" rel="author">By Aliya Nurpeisova</a>' in html
    author = json_ld(html)["author"]
    url = "https://unesco-clubs-kz.github.io/newsroom/authors/aliya-nurpeisova/"
    assert author == {"@type": "Person", "name": "Aliya Nurpeisova", "url": url}
    agency = (before / "news/2026/volunteers-plant-trees-in-shymkent/index.html").read_text(encoding="utf-8")
    assert '<span class="nr-byline">By Kazinform</span>' in agency
    assert json_ld(agency)["author"] == {"@type": "Person", "name": "Kazinform"}


def test_the_author_page_lists_their_published_articles_with_role_bio_and_feed(before: Path, after: Path) -> None:
    page = (before / "authors" / "aliya-nurpeisova" / "index.html").read_text(encoding="utf-8")
    assert "Staff reporter" in page and "Aliya covers the clubs of the south." in page
    assert "Clubs open a reading room in Taraz" in page and "1 article" in page
    assert 'href="https://unesco-clubs-kz.github.io/newsroom/authors/aliya-nurpeisova/feed.xml"' in page
    feed = feedparser.parse((before / "authors" / "aliya-nurpeisova" / "feed.xml").read_bytes())
    assert [e.title for e in feed.entries] == ["Clubs open a reading room in Taraz"]
    later = json.loads((after / "authors" / "aliya-nurpeisova" / "feed.json").read_text(encoding="utf-8"))
    assert [i["title"] for i in later["items"]][:2] == [
        "Zephyrine Observatory opens to schoolchildren",
        "Clubs open a reading room in Taraz",
    ]
    assert "Aliya Nurpeisova" in (before / "authors" / "index.html").read_text(encoding="utf-8")


def test_under_serve_the_embargoed_article_shows_with_its_scheduled_banner(tmp_path: Path) -> None:
    project = newsroom_project(tmp_path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSROOM_NOW", BEFORE)
        with serving(project) as served:
            assert served.wait_for(lambda: "Scheduled for" in served.page(EMBARGOED_URL))
            page = served.page(EMBARGOED_URL)
            home = served.page("")
    assert "Scheduled for 1 December 2026, 09:00 (Asia/Almaty)" in page
    assert "Zephyrine Observatory opens to schoolchildren" in page
    assert "Zephyrine" not in home  # previewed, still in no list
