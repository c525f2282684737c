"""A clean build writes its feeds in a side process (``newsroom.site.side_process``): the same site
as a build that does everything itself, and a failed side process costs nothing but time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.corpus import generate_articles
from newsroom.site.side_process import SWITCH, SideProcess
from tests.helpers import copy_project, differing, mkdocs_build, run

IGNORED = ("sitemap.xml.gz",)  # gzip stamps its time


def test_a_clean_build_with_feeds_aside_writes_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 8, seed=5)
    draft = sorted((project / "docs" / "news").rglob("*.md"))[-1]  # a draft: no folder of its own in the site
    draft.write_text(draft.read_text(encoding="utf-8").replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8")
    aside = tmp_path / "aside"
    assert mkdocs_build(project, aside).returncode == 0
    monkeypatch.setenv(SWITCH, "off")
    assert mkdocs_build(project, tmp_path / "inline").returncode == 0
    assert [p for p in differing(aside, tmp_path / "inline") if not p.endswith(IGNORED)] == []
    feeds = list(aside.rglob("feed.xml"))
    assert len(feeds) > 5, "the tags' and people's feeds were not written"
    assert all(path.with_name("feed.json").is_file() for path in feeds)
    assert not list(aside.rglob("*.tmp")), "a temporary file was left behind"
    assert [folder for folder in aside.rglob("*") if folder.is_dir() and not any(folder.iterdir())] == []
    assert not (aside / draft.relative_to(project / "docs").with_suffix("")).exists(), "the draft's folder was made"


def test_a_dirty_build_after_a_clean_one_builds_again_the_lists_an_edit_changed(tmp_path: Path) -> None:
    """The generated pages' fingerprint files, written aside in a clean build, still tell ``--dirty``
    which index pages changed."""
    project = copy_project(tmp_path / "site")
    generate_articles(project / "docs" / "news", 6, seed=7)
    out = tmp_path / "out"
    assert mkdocs_build(project, out).returncode == 0
    assert (project / ".cache" / "newsroom" / "tags").is_dir(), "no fingerprint files were written"
    article = sorted((project / "docs" / "news").rglob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    article.write_text(text.replace(title, "title: Renamed for the dirty build", 1), encoding="utf-8")
    config = project / "mkdocs.yml"
    result = run(sys.executable, "-m", "mkdocs", "build", "--dirty", "-f", config, "-d", out, cwd=project)
    assert result.returncode == 0, result.stderr[-2000:]
    tag_pages = [p for p in (out / "tags").rglob("index.html") if "Renamed for the dirty build" in p.read_text()]
    assert tag_pages, "no tag page lists the renamed article after a --dirty build"


def in_a_fresh_process(code: str) -> str:
    """Run ``code`` in a new Python, with SideProcess at hand (a test run's own process may have
    threads, and a side process is never forked beside threads); its output."""
    script = f"import os\nfrom newsroom.site.side_process import SideProcess\nside = SideProcess()\n{code}"
    result = run(sys.executable, "-c", script, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_work_is_done_in_another_process(tmp_path: Path) -> None:
    target = tmp_path / "pid"
    code = f"print(side.start(lambda: open({str(target)!r}, 'w').write(str(os.getpid()))), side.finish(), os.getpid())"
    started, finished, pid = in_a_fresh_process(code).split()
    assert (started, finished) == ("True", "True")
    assert target.read_text(encoding="utf-8") not in ("", pid), "the work was not done in another process"


def test_a_failure_in_the_side_process_is_told_so_that_the_build_does_the_work() -> None:
    code = "def fail():\n    raise OSError('the disk is full')\nprint(side.start(fail), side.finish(), side.finish())"
    assert in_a_fresh_process(code).split() == ["True", "False", "False"]


def test_without_the_switch_nothing_is_started(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(SWITCH, "off")
    side = SideProcess()
    assert not side.start(lambda: (tmp_path / "ran").touch())
    assert not side.finish()
    assert not (tmp_path / "ran").exists()
