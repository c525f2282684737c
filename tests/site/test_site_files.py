"""The files a build adds and takes away (``newsroom.site.site_files``), without MkDocs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsroom.site import memo
from newsroom.site.build_state import Build
from newsroom.site.site_files import (
    SiteSettings,
    add_feeds,
    add_index_pages,
    add_pictures,
    in_memory,
    on_disk,
    written_aside,
)
from tests.helpers.file_list import FileDict
from tests.helpers.small_site import build_site, pages_of, write_docs

SITE_URL = "https://example.org/newsroom/"


def started(root: Path) -> tuple[Build, FileDict, SiteSettings]:
    docs = write_docs(root)
    memo.begin()
    build = build_site(root)
    settings = SiteSettings(docs, root / ".cache", "Steppe News", SITE_URL, "", "en")
    return build, FileDict(*(src for src, _ in pages_of(docs))), settings


def test_index_pages_are_added_with_their_fingerprint_in_memory(tmp_path: Path) -> None:
    build, files, _ = started(tmp_path)
    pages = build.languages.pages(set())
    add_index_pages(build, files, pages, {}, in_memory(lambda page: page.fingerprint()))
    youth = files.files["tags/youth.md"]
    assert youth is not None and youth.content == build.generated["tags/youth.md"].fingerprint()
    assert youth.in_nav is False and files.files["tags/index.md"].in_nav is True  # type: ignore[union-attr]
    assert "A youth forum in Almaty" in build.generated["tags/youth.md"].body


def test_an_editors_page_at_an_index_address_takes_the_list_under_its_text(tmp_path: Path) -> None:
    build, files, _ = started(tmp_path)
    pages = build.languages.pages({"tags/youth/index.md"})
    add_index_pages(build, files, pages, {"tags/youth/": "tags/youth/index.md"}, in_memory(lambda page: "x"))
    assert "tags/youth.md" not in files.files and "tags/youth.md" not in build.generated
    assert "A youth forum in Almaty" in build.additions["tags/youth/index.md"].body


def test_a_clean_build_keeps_fingerprints_for_later_and_a_dirty_one_writes_them(tmp_path: Path) -> None:
    build, files, settings = started(tmp_path)
    pages = build.languages.pages(set())
    add_index_pages(build, files, pages, {}, written_aside(settings.cache))
    assert build.fingerprints[settings.cache / "tags/youth.md"] == build.generated["tags/youth.md"].fingerprint()
    assert not settings.cache.exists()  # written beside the pages, later
    dirty = FileDict()
    add_index_pages(build, dirty, pages, {}, on_disk(settings.cache))
    written = settings.cache / "tags/youth.md"
    assert written.read_text(encoding="utf-8") == build.generated["tags/youth.md"].fingerprint()
    assert dirty.files["tags/youth.md"].abs_src_path == str(written)  # type: ignore[union-attr]


def test_feeds_and_robots_txt_need_the_site_url(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    build, files, settings = started(tmp_path)
    add_feeds(build, files, settings)
    assert set(build.feeds) >= {"", "tags/youth/", "tags/heritage/"}
    assert SITE_URL in files.files["robots.txt"].content  # type: ignore[union-attr,operator]
    settings.site_url, build.feeds = None, {}
    with caplog.at_level(logging.WARNING, logger="mkdocs.hooks.newsroom"):
        add_feeds(build, FileDict(), settings)
    assert build.feeds == {} and "site_url: not set" in caplog.text


def test_an_editors_robots_txt_is_kept(tmp_path: Path) -> None:
    build, _, settings = started(tmp_path)
    files = FileDict("robots.txt")
    add_feeds(build, files, settings)
    assert files.files["robots.txt"] is None


def test_a_picture_only_a_draft_shows_is_left_out_of_a_build_not_of_a_preview(tmp_path: Path) -> None:
    docs = write_docs(tmp_path)
    draft = docs / "news/2024/a-draft-about-the-steppe.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\n![A map](map.pdf)\n", encoding="utf-8")
    (docs / "news/2024/map.pdf").write_bytes(b"%PDF-1.4 invented\n")
    memo.begin()
    build = build_site(tmp_path)
    settings = SiteSettings(docs, tmp_path / ".cache", "Steppe News", SITE_URL, "", "en")
    built, previewed = FileDict("news/2024/map.pdf"), FileDict("news/2024/map.pdf")
    add_pictures(build, built, settings, with_drafts=False)
    add_pictures(build, previewed, settings, with_drafts=True)
    assert "news/2024/map.pdf" not in built.files and "news/2024/map.pdf" in previewed.files
