"""The site builds with ProperDocs, the maintained continuation of MkDocs 1.x, as it does with MkDocs.

ProperDocs (``properdocs build``) reads the same ``mkdocs.yml``, runs the same ``hooks:`` and
Material theme, and redirects the hooks' ``mkdocs.*`` imports to itself. This test builds the
fixture site with it and reads the pages the hooks make.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.helpers import SEED_URL, copy_project, run

pytest.importorskip("properdocs", reason="ProperDocs is not installed (./dev test installs requirements-dev.txt)")

SEED_TITLE = "Kazakhstan heads the World Federation of Clubs for UNESCO"
INDEX_PAGES = {  # each index page the hooks make, and a name of the seed article it must link
    "tags/": '">youth</a>',
    "people/": '">Bolat Akchulakov</a>',
    "organizations/": '">UNESCO</a>',
    "places/": '">Seoul</a>',
    "news/": '<a href="2023/">2023</a>',
    "news/2023/": f">{SEED_TITLE}</a>",
}


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("properdocs")
    project = copy_project(root / "project")
    out = root / "site"
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", project / "mkdocs.yml", "-d", out]
    result = run(*command, cwd=project)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return out


@pytest.mark.parametrize(("url", "link"), INDEX_PAGES.items(), ids=list(INDEX_PAGES))
def test_properdocs_builds_the_index_pages(properdocs_site: Path, url: str, link: str) -> None:
    page = (properdocs_site / url / "index.html").read_text(encoding="utf-8")
    assert link in page


def test_properdocs_builds_term_pages_that_list_the_seed(properdocs_site: Path) -> None:
    for url in ("tags/youth/", "people/bolat-akchulakov/", "places/seoul/"):
        page = (properdocs_site / url / "index.html").read_text(encoding="utf-8")
        assert SEED_TITLE in page, url


def test_properdocs_builds_the_article_header_feeds_and_sitemap(properdocs_site: Path) -> None:
    article = (properdocs_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert 'class="nr-article-header"' in article
    assert '<time datetime="2023-10-31">' in article and ">Bolat Akchulakov<" in article
    assert "application/ld+json" in article  # the hooks' sharing tags in the theme's head
    home = (properdocs_site / "index.html").read_text(encoding="utf-8")
    assert f'href="{SEED_URL}"' in home  # the home page's latest articles
    for name in ("feed.xml", "feed.json", "sitemap.xml", "robots.txt"):
        assert (properdocs_site / name).is_file(), name
