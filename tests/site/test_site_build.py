"""Throwaway sites (the fixture docs and registry), built with ``mkdocs build --strict`` into a
temporary folder, read as HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.helpers import REPOSITORY, SEED_URL, copy_project, mkdocs_build
from tests.helpers.pictures import landscape
from tests.helpers.sandbox import copy_site

ARTICLE = """---
title: {title}
date: {date}
summary: {title} summary.
tags: [youth]
people: [Aigerim Sadykova]
lang: en
{extra}
---

Body of {title}.
"""


def write_article(project: Path, name: str, title: str, date: str, extra: str = "") -> Path:
    """An article in the throwaway site ``project``, under ``docs/news/<year>/<name>.md``."""
    path = project / "docs" / "news" / date[:4] / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title, date=date, extra=extra), encoding="utf-8")
    return path


def test_the_seed_article_page_shows_its_metadata(built_site: Path) -> None:
    html = (built_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert "<h1" in html and "Kazakhstan heads the World Federation of Clubs for UNESCO" in html
    assert '<time datetime="2023-10-31">31 October 2023</time>' in html
    assert 'Source: <a href="https://www.inform.kz"' in html and ">Kazinform</a>" in html
    # its caption and credit, but no picture file: no figure, no caption floating under nothing
    assert "<figcaption>" not in html and "Photo: www.unesco.org" not in html
    assert ">Bolat Akchulakov<" in html
    assert ">youth<" in html and ">UNESCO<" in html
    assert "Currently reading" not in html


def test_the_home_page_links_the_seed_article(built_site: Path) -> None:
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'href="{SEED_URL}"' in html
    assert "At the X World Congress" in html  # the summary
    assert "31 October 2023" in html


def test_articles_are_not_in_the_navigation(built_site: Path) -> None:
    about = (built_site / "about" / "index.html").read_text(encoding="utf-8")
    assert SEED_URL not in about


class Fetches(HTMLParser):
    """Every address a browser would fetch by itself while showing a page."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name in ("src", "poster", "data") or (name == "href" and tag == "link")):
                self.addresses.append(value)
            if value and name == "srcset":
                self.addresses.extend(c.strip().split()[0] for c in value.split(",") if c.strip())


def foreign_fetches(site: Path, site_url: str = "https://unesco-clubs-kz.github.io/newsroom/") -> list[str]:
    """Addresses on other hosts that any page of ``site`` makes a browser fetch."""
    found = []
    for page in site.rglob("*.html"):
        parser = Fetches()
        parser.feed(page.read_text(encoding="utf-8"))
        for address in parser.addresses:
            address = address.strip().replace("\\", "/")
            if (urlsplit(address).netloc or address.startswith("//")) and not address.startswith(site_url):
                found.append(f"{page.relative_to(site)}: {address}")
    return found


def test_the_built_site_asks_nothing_of_other_hosts(built_site: Path) -> None:
    assert foreign_fetches(built_site) == []
    for page in built_site.rglob("*.html"):
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8"), page


MEDIA = [
    '<img src="https://tracker.example/a.png">',
    '<img src="\\\\tracker.example/b.png">',
    '<video poster="/\\tracker.example/c.jpg" src="//tracker.example/c.mp4"></video>',
    '<picture><source srcset="ok.jpg 1x, //tracker.example/d.jpg 2x"></picture>',
    "![e](https://tracker.example/e.png)",
    '<link rel="stylesheet" href="https://tracker.example/f.css">',
    '<audio src="HTTPS://tracker.example/g.mp3"></audio>',
]


@pytest.fixture(scope="module")
def news_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with a few more articles: dated, a draft, pictures and media from other hosts."""
    root = tmp_path_factory.mktemp("news-site")
    project = copy_project(root / "project")
    write_article(project, "older", "Older story", "2024-01-05")
    write_article(project, "newer", "Newer story", "2025-03-01")
    write_article(project, "secret", "Secret draft", "2025-04-01", "draft: true")
    media = write_article(project, "media", "Media", "2024-01-03")
    media.write_text(media.read_text(encoding="utf-8") + "\n\n".join(MEDIA) + "\n", encoding="utf-8")
    landscape(640, 480).save(project / "docs/assets/pic.jpg", "JPEG")
    write_article(project, "local", "Local picture", "2024-01-01", "image: {src: /assets/pic.jpg, alt: Here}")
    write_article(project, "remote", "Remote picture", "2024-01-02", "image: {src: 'https://tracker.example/p.jpg'}")
    out = root / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


def test_media_from_other_hosts_never_reach_an_article(news_site: Path) -> None:
    assert (news_site / "news/2024/media/index.html").exists()
    assert foreign_fetches(news_site) == []


def test_home_lists_newest_first_and_leaves_drafts_out(news_site: Path) -> None:
    home = (news_site / "index.html").read_text(encoding="utf-8")
    assert home.index("Newer story") < home.index("Older story") < home.index("Kazakhstan heads")
    assert "Secret draft" not in home
    assert not (news_site / "news" / "2025" / "secret").exists()


def test_pictures_of_the_site_show_and_pictures_from_other_hosts_do_not(news_site: Path) -> None:
    local = (news_site / "news/2024/local/index.html").read_text(encoding="utf-8")
    fallback = re.search(r'<img src="(\.\./\.\./\.\./assets/pictures/[0-9a-f]+-640\.jpg)"[^>]* alt="Here"', local)
    assert fallback is not None, local
    assert (news_site / "news/2024/local" / fallback.group(1)).resolve().exists()
    assert "tracker.example" not in (news_site / "news/2024/remote/index.html").read_text(encoding="utf-8")


def test_the_editors_content_never_reaches_a_throwaway_site(tmp_path: Path) -> None:
    """Whatever the editors put in docs/ and registry/ (here: broken), the tests' sites hold the fixtures."""
    repository = copy_site(tmp_path / "repository", seed=False)  # the tool, as in the repository
    editors = repository / "docs"
    write_article(repository, "broken", "Broken", "2026-01-01", "draft: maybe")
    (editors / "people").mkdir()
    (editors / "people/aigerim-sadykova.md").write_text("---\nname: Aigerim Sadykova\n---\n\nBio.\n", encoding="utf-8")
    (repository / "registry/people.yml").write_text("- name: [unclosed\n", encoding="utf-8")
    config = (REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8")  # an editor's own page in the nav
    contact = config.replace("  - About: about.md", "  - About: about.md\n  - Contact: contact.md")
    assert contact != config
    (repository / "mkdocs.yml").write_text(contact, encoding="utf-8")
    project = copy_site(tmp_path / "project", repository=repository)
    assert mkdocs_build(repository, tmp_path / "editors").returncode != 0  # the content check would fail
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / SEED_URL / "index.html").is_file()
    assert (tmp_path / "site" / "assets/newsroom.css").is_file()
    assert not (project / "docs/news/2026").exists() and not (project / "docs/people").exists()
