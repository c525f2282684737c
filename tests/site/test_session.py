"""One MkDocs process's build steps (``newsroom.site.session``), without MkDocs."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

from newsroom.site.build_state import BuildSite
from newsroom.site.session import OLD_SITE_FOLDER, Session
from newsroom.site.site_files import SiteSettings
from tests.helpers.file_list import FileDict
from tests.helpers.small_site import CLOCK, pages_of, write_docs

SITE_URL = "https://example.org/newsroom/"


def build_with(session: Session, root: Path) -> FileDict:
    """A build's steps in the hooks' order; the pages themselves are MkDocs' (left out)."""
    docs = write_docs(root)
    pages = pages_of(docs)
    build = session.start(BuildSite(docs, pages, root / "registry", None, "en", [], CLOCK))
    files = FileDict(*(src for src, _ in pages))
    editors = {url: src for src, url in pages if src not in build.drafts()}
    settings = SiteSettings(docs, root / ".cache", "Steppe News", SITE_URL, "", "en")
    session.add_files(build, files, settings, editors)
    session.write_aside([root / "site" / "news"], root / "site", SITE_URL)
    session.end(root / "site", SITE_URL, pagefind=False)
    return files


def test_a_clean_build_writes_its_feeds_and_fingerprints(tmp_path: Path) -> None:
    session = Session()
    files = build_with(session, tmp_path)
    assert "tags/youth.md" in files.files and "robots.txt" in files.files
    feed = (tmp_path / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "A youth forum in Almaty" in feed and "A draft about the steppe" not in feed
    fingerprint = tmp_path / ".cache" / "tags" / "youth.md"
    assert fingerprint.read_text(encoding="utf-8") == session.build.generated["tags/youth.md"].fingerprint()


def test_a_clean_build_sets_the_last_site_aside_and_removes_it(tmp_path: Path) -> None:
    session = Session()
    (tmp_path / "site" / "old").mkdir(parents=True)
    (tmp_path / "site" / "old" / "page.html").write_text("old", encoding="utf-8")
    session.set_old_site_aside(tmp_path / "site", tmp_path / ".cache")
    assert not (tmp_path / "site" / "old").exists()
    assert (tmp_path / ".cache" / OLD_SITE_FOLDER).is_dir()  # set aside, removed beside the build
    can_fork = threading.active_count() == 1 and hasattr(os, "fork")  # else the next build tries again
    build_with(session, tmp_path)
    assert (tmp_path / ".cache" / OLD_SITE_FOLDER).exists() is not can_fork


def test_a_server_keeps_its_site_and_writes_only_changed_feeds(tmp_path: Path) -> None:
    session = Session()
    session.previewing = True
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "kept.html").write_text("kept", encoding="utf-8")
    session.set_old_site_aside(tmp_path / "site", tmp_path / ".cache")
    assert (tmp_path / "site" / "kept.html").is_file()
    build_with(session, tmp_path)
    feed = tmp_path / "site" / "feed.xml"
    assert feed.is_file() and not (tmp_path / ".cache" / "tags").exists()  # fingerprints kept in memory
    past = dt.datetime(2020, 1, 1).timestamp()
    os.utime(feed, (past, past))
    build_with(session, tmp_path)
    assert feed.stat().st_mtime == past  # unchanged: not written again
