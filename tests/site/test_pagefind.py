"""The Pagefind option: the switch in mkdocs.yml puts Pagefind's box in the theme, and
newsroom.site.pagefind indexes a built site (the real pagefind binary from PyPI's pagefind[bin])."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.site import pagefind
from newsroom.site.pagefind import PagefindError, index_site
from tests.helpers import SEED_URL, copy_project, mkdocs_build
from tests.helpers.sandbox import switch_to_pagefind


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("pagefind") / "project")
    switch_to_pagefind(project)
    site = project.parent / "site"
    result = mkdocs_build(project, site)  # the switch makes the build run Pagefind
    assert result.returncode == 0, result.stderr
    return site


def test_with_the_switch_the_build_writes_the_pagefind_bundle(pagefind_site: Path) -> None:
    bundle = pagefind_site / "pagefind"
    assert (bundle / "pagefind-entry.json").is_file()
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-ui.js").is_file()
    assert list((bundle / "index").glob("*.pf_index")) and list((bundle / "fragment").glob("*.pf_fragment"))


def test_with_the_switch_pages_carry_pagefinds_box_not_materials(pagefind_site: Path) -> None:
    html = (pagefind_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert 'src="../../../pagefind/pagefind-ui.js"' in html
    assert 'id="nr-pagefind-search"' in html and "data-pagefind-body" in html
    assert 'name="search"' not in html  # Material's form: without it Material fetches no search_index.json
    assert 'role="dialog" aria-label="Search"' in html


def test_without_the_switch_pages_keep_materials_search_box(built_site: Path) -> None:
    html = (built_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert 'name="search"' in html and "pagefind" not in html


def test_a_folder_that_is_not_a_built_site_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(PagefindError, match="not a built site") as caught:
        index_site(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_failing_pagefind_run_is_reported_with_its_output(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (tmp_path / "pagefind").write_text("a file where pagefind must write a folder", encoding="utf-8")
    with pytest.raises(PagefindError) as caught:
        index_site(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_a_background_run_that_fails_in_any_way_leaves_later_runs_possible(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An unexpected error in one run is reported, and the next request runs again."""
    runs: list[str] = []

    def failing_then_working(site_dir: Path, keep: frozenset[str]) -> set[str]:
        runs.append("run")
        if len(runs) == 1:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "pagefind's output")
        return {"pagefind-entry.json"}

    monkeypatch.setattr(pagefind, "replace_index", failing_then_working)
    warnings: list[str] = []
    indexer = pagefind.IndexInBackground(warnings.append)
    indexer.request(tmp_path)
    indexer.wait(10)
    indexer.request(tmp_path)
    indexer.wait(10)
    assert runs == ["run", "run"]
    assert len(warnings) == 1 and "search index not updated" in warnings[0]
    indexer.stop()
    indexer.request(tmp_path)  # after the server's end: nothing more
    indexer.wait(10)
    assert runs == ["run", "run"]


def test_a_new_index_replaces_the_old_files_and_keeps_the_last_runs(pagefind_site: Path) -> None:
    """The run's files are moved in, entry files last; the files of the run before last go."""
    bundle = pagefind_site / "pagefind"
    stale = bundle / "fragment" / "old-run.pf_fragment"
    stale.write_bytes(b"from a run before")
    first = pagefind.replace_index(pagefind_site)
    assert stale.exists(), "the first run keeps what the build wrote"
    assert {"pagefind-entry.json", "pagefind.js"} <= first
    second = pagefind.replace_index(pagefind_site, frozenset(first))
    assert not stale.exists()
    assert all((bundle / name).is_file() for name in second | first)
    assert not list(pagefind_site.parent.glob(".*-pagefind-next"))
