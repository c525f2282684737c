"""The real site, built with ``mkdocs build --strict`` into a temporary folder, read as HTML."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED_URL, mkdocs_build

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
    path = project / "docs" / "news" / date[:4] / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(title=title, date=date, extra=extra), encoding="utf-8")
    return path


def test_the_seed_article_page_shows_its_metadata(built_site: Path) -> None:
    html = (built_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert "<h1" in html and "Kazakhstan heads the World Federation of Clubs for UNESCO" in html
    assert '<time datetime="2023-10-31">31 October 2023</time>' in html
    assert 'Source: <a href="https://www.inform.kz"' in html and ">Kazinform</a>" in html
    assert "<figcaption>Akchulakov" in html and "Photo: www.unesco.org" in html
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


def test_the_built_site_asks_nothing_of_other_hosts(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for needle in ("fonts.googleapis", "fonts.gstatic", '<script src="http', '<link href="http'):
            assert needle not in html, (page, needle)


def test_home_lists_newest_first_and_leaves_drafts_out(project: Path, tmp_path: Path) -> None:
    write_article(project, "older", "Older story", "2024-01-05")
    write_article(project, "newer", "Newer story", "2025-03-01")
    write_article(project, "secret", "Secret draft", "2025-04-01", "draft: true")
    out = tmp_path / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    home = (out / "index.html").read_text(encoding="utf-8")
    assert home.index("Newer story") < home.index("Older story") < home.index("Kazakhstan heads")
    assert "Secret draft" not in home
    assert not (out / "news" / "2025" / "secret").exists()


def test_an_invalid_article_fails_strict_with_a_message_not_a_traceback(project: Path, tmp_path: Path) -> None:
    bad = project / "docs" / "news" / "2023" / "x.md"
    bad.write_text("---\ntitle: X\ndate: soon\n---\n\nText.\n", encoding="utf-8")
    strict = mkdocs_build(project, tmp_path / "strict")
    assert strict.returncode != 0
    assert "docs/news/2023/x.md: date: 'soon' is not a date (YYYY-MM-DD)" in strict.stderr
    assert "Traceback" not in strict.stderr
    lenient = mkdocs_build(project, tmp_path / "lenient", strict=False)
    assert lenient.returncode == 0, lenient.stderr
    assert (tmp_path / "lenient" / SEED_URL / "index.html").exists()


def test_pictures_of_the_site_show_and_pictures_from_other_hosts_do_not(project: Path, tmp_path: Path) -> None:
    (project / "docs/assets/pic.jpg").write_bytes(b"\xff\xd8\xff\xd9")
    write_article(project, "local", "Local picture", "2024-01-01", "image: {src: /assets/pic.jpg, caption: Here}")
    write_article(project, "remote", "Remote picture", "2024-01-02", "image: {src: 'https://tracker.example/p.jpg'}")
    out = tmp_path / "site"
    assert mkdocs_build(project, out).returncode == 0
    local = (out / "news/2024/local/index.html").read_text(encoding="utf-8")
    assert '<img src="../../../assets/pic.jpg" alt="Here"' in local
    assert (out / "news/2024/local" / "../../../assets/pic.jpg").resolve().exists()
    assert "tracker.example" not in (out / "news/2024/remote/index.html").read_text(encoding="utf-8")
