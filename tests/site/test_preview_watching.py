"""A real ``mkdocs serve`` learns of saved files from the kernel (``newsroom.site.watching``):
a save is one rebuild, and new, deleted and moved-away files still reach every list."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.corpus import generate_articles
from newsroom.article import load_article
from newsroom.files import write_atomic
from tests.helpers import Served, copy_project, serving

REBUILD = "Detected file changes"
QUIET_SECONDS = 1.5
"""After the page showed a save: long enough for a second rebuild of the same save to have started."""


@dataclass
class Site:
    project: Path
    served: Served
    log: Path

    def rebuilds(self) -> int:
        return self.log.read_text(encoding="utf-8").count(REBUILD)

    def url_of(self, path: Path) -> str:
        return path.relative_to(self.project / "docs").with_suffix("").as_posix() + "/"

    def shows(self, url: str, text: str) -> bool:
        return self.served.wait_for(lambda: text in self.served.page(url), 60)

    def home_drops(self, text: str) -> bool:
        return self.served.wait_for(lambda: text not in self.served.page(""), 60)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    project = copy_project(tmp_path_factory.mktemp("watching") / "site")
    generate_articles(project / "docs" / "news", 12, seed=11)
    log = project.parent / "serve.log"
    with serving(project, log) as served:
        assert served.wait_for(lambda: "</html>" in served.page(""), 180), "the site was never served"
        yield Site(project, served, log)


def newest(project: Path) -> list[Path]:
    paths = [p for p in (project / "docs" / "news").rglob("*.md") if p.name != "index.md"]
    return sorted(paths, key=lambda path: load_article(path).date, reverse=True)


def test_the_docs_folder_is_watched_by_notifications_not_looks(site: Site) -> None:
    assert "newsroom: inotify tells of changes to folders" in site.log.read_text(encoding="utf-8")


def test_a_save_by_a_temporary_file_and_a_rename_is_one_rebuild(site: Site) -> None:
    path = newest(site.project)[0]
    article = load_article(path)
    article.title = f"{article.title} Okapi"
    before = site.rebuilds()
    write_atomic(path, article.to_markdown())  # a hidden temporary file: created, written, synced, renamed
    assert site.shows(site.url_of(path), "Okapi"), "the edit was never served"
    assert "Okapi" in site.served.page(""), "the home page kept the old title after the same reload"
    time.sleep(QUIET_SECONDS)
    assert site.rebuilds() == before + 1, site.log.read_text(encoding="utf-8")[-2000:]


def test_a_new_file_and_a_deleted_file_reach_the_home_page(site: Site) -> None:
    like = newest(site.project)[0]
    article = load_article(like)
    article.title = "Narwhal census in Aktau"
    added = like.parent / "narwhal-census-in-aktau.md"
    write_atomic(added, article.to_markdown())
    assert site.shows("", "Narwhal census in Aktau"), "the new article never reached the home page"
    added.unlink()
    assert site.home_drops("narwhal-census-in-aktau"), "the deleted article stayed on the home page"


def test_a_folder_moved_out_of_the_docs_leaves_every_list(site: Site, tmp_path: Path) -> None:
    folder = site.project / "docs" / "news" / "moved-away"
    folder.mkdir()
    like = newest(site.project)[0]
    article = load_article(like)
    article.title = "Pangolin parade in Shymkent"
    write_atomic(folder / "pangolin-parade-in-shymkent.md", article.to_markdown())
    assert site.shows("", "Pangolin parade"), "the article of the new folder never reached the home page"
    shutil.move(folder, tmp_path / "moved-away")  # watchdog tells of the folder alone
    assert site.home_drops("Pangolin parade"), "the moved folder's article stayed on the home page"
