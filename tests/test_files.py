"""Atomic writes leave ordinary files: readable by a web server and GitHub Pages' upload, and an
edited file keeps its mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

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
