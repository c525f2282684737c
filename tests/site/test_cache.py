"""What builds keep in ``.cache/newsroom`` is never trusted for content: deleting it, or finding
its files garbled or cut short, gives the same site."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.corpus import generate_articles
from tests.helpers import copy_project, differing, mkdocs_build


def test_a_garbled_or_deleted_cache_builds_the_same_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 12, seed=5)
    assert mkdocs_build(project, tmp_path / "first").returncode == 0
    cached = [path for path in (project / ".cache").rglob("*") if path.is_file()]
    assert len(cached) > 20, "the build kept nothing in .cache/ for this test to spoil"
    for number, path in enumerate(cached):
        path.write_bytes(b"\x00\xff garbled" if number % 2 else path.read_bytes()[:3])  # garbled, cut short
    assert mkdocs_build(project, tmp_path / "garbled").returncode == 0
    shutil.rmtree(project / ".cache")
    assert mkdocs_build(project, tmp_path / "deleted").returncode == 0
    ignore = ("sitemap.xml.gz",)
    assert [p for p in differing(tmp_path / "first", tmp_path / "garbled") if not p.endswith(ignore)] == []
    assert [p for p in differing(tmp_path / "first", tmp_path / "deleted") if not p.endswith(ignore)] == []
