"""Atomic writes leave ordinary files: readable by a web server and GitHub Pages' upload, and an
edited file keeps its mode."""

from __future__ import annotations

import itertools
import os
import stat
from pathlib import Path

import pytest

from newsroom import files
from newsroom.files import create_atomic, write_atomic, write_if_changed


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_get_the_mode_of_any_new_file_here(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "feed.xml", "<rss/>")
        create_atomic(tmp_path / "article.md", "---\n")
        write_if_changed(tmp_path / "cache" / "page.md", "fingerprint", durable=False)
    finally:
        os.umask(umask)
    for name in ("feed.xml", "article.md", "cache/page.md"):
        assert mode(tmp_path / name) == 0o644, name


def test_a_replaced_file_keeps_its_mode_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("old", encoding="utf-8")
    article.chmod(0o640)
    write_atomic(article, "new")
    assert article.read_text(encoding="utf-8") == "new" and mode(article) == 0o640
    assert [path.name for path in tmp_path.iterdir()] == ["article.md"]


def test_a_temporary_name_another_process_holds_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_names", itertools.count(7))
    held = tmp_path / f".feed.xml.{os.getpid()}-7.tmp"
    held.write_text("another writer's", encoding="utf-8")
    write_atomic(tmp_path / "feed.xml", "<rss/>")
    assert (tmp_path / "feed.xml").read_text(encoding="utf-8") == "<rss/>"
    assert held.read_text(encoding="utf-8") == "another writer's"
    assert sorted(path.name for path in tmp_path.iterdir()) == [held.name, "feed.xml"]
