"""A clean build removes the last build's site beside itself (``newsroom.site.old_output``): the
site folder ends as MkDocs' own emptying would leave it, hidden entries kept, nothing left aside."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import generate_articles
from newsroom.site.old_output import remove_set_aside, set_aside
from tests.helpers import copy_project, differing, mkdocs_build

IGNORED = ("sitemap.xml.gz",)  # gzip stamps its time


def test_a_build_over_the_last_one_writes_the_same_site_as_into_an_empty_folder(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 5, seed=3)
    again = tmp_path / "again"
    assert mkdocs_build(project, again).returncode == 0
    (again / "stale.html").write_text("<p>gone</p>", encoding="utf-8")
    (again / "news" / "stale-folder").mkdir()
    (again / ".kept-by-mkdocs").write_text("hidden", encoding="utf-8")
    assert mkdocs_build(project, again).returncode == 0
    assert mkdocs_build(project, tmp_path / "fresh").returncode == 0
    assert [p for p in differing(again, tmp_path / "fresh") if not p.endswith(IGNORED)] == [
        str(again / ".kept-by-mkdocs")
    ]
    assert not (project / ".cache" / "newsroom" / "old-site").exists(), "what was set aside was not removed"


def test_set_aside_moves_all_but_hidden_entries_and_remove_deletes_them(tmp_path: Path) -> None:
    site, trash = tmp_path / "site", tmp_path / "cache" / "old-site"
    (site / "news" / "a").mkdir(parents=True)
    (site / "index.html").write_text("x", encoding="utf-8")
    (site / ".hidden").write_text("x", encoding="utf-8")
    assert set_aside(site, trash)
    assert sorted(p.name for p in site.iterdir()) == [".hidden"]
    assert sorted(p.name for p in next(trash.iterdir()).iterdir()) == ["index.html", "news"]
    assert not set_aside(site, trash), "nothing more to move"
    assert not set_aside(tmp_path / "missing", trash)
    remove_set_aside(trash)
    assert not trash.exists()
