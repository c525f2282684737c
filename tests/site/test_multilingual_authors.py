"""A trilingual site's staff authors, sharing cards and 404 page, built with ``mkdocs build --strict``.

The author pages and feeds are per section, in its language; a Russian article's byline leads
to the Russian section's page; a card carries its section's site name; the root 404 page
speaks every language of the site.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from newsroom.site.cards import card_key, font_files
from newsroom.site.render import human_date
from tests.helpers import mkdocs_build
from tests.helpers.multilingual import (
    AUTHOR,
    EN_CONFERENCE,
    KK_CONFERENCE,
    RU_AKCHULAKOV,
    heading,
    page,
    trilingual_project,
)

SITE_URL = "https://unesco-clubs-kz.github.io/newsroom/"
SITE_NAMES = {"en": "UNESCO Clubs Newsroom", "ru": "Новости клубов ЮНЕСКО", "kk": "ЮНЕСКО клубтарының жаңалықтары"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The trilingual sample site, with sharing cards; the author's profile has a photo beside it."""
    project = trilingual_project(tmp_path_factory.mktemp("trilingual") / "project")
    profile = project / "docs" / f"{AUTHOR}.md"
    with_photo = profile.read_text(encoding="utf-8").replace("role:", "photo: saule.png\nrole:")
    profile.write_text(with_photo, encoding="utf-8")
    Image.new("RGB", (40, 40), "teal").save(profile.parent / "saule.png")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\n  newsroom:\n", "\n  newsroom:\n    sharing_cards: true\n", 1), encoding="utf-8")
    out = project.parent / "site"
    built = mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    return out


def listed(text: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'class="nr-title" href="(?:\.\./)*([^"]+)/"', text)]


def test_each_section_has_the_author_page_of_its_own_articles_in_its_language(site: Path) -> None:
    russian, english = page(site, f"ru/{AUTHOR}/"), page(site, f"{AUTHOR}/")
    assert '<html lang="ru"' in russian and heading(russian) == "Сауле Темирова"  # as the Russian byline writes it
    assert listed(russian) == [RU_AKCHULAKOV]
    assert "<title>Сауле Темирова - Новости клубов ЮНЕСКО</title>" in russian
    assert heading(english) == "Saule Temirova" and listed(english) == [EN_CONFERENCE]
    assert not (site / "kk" / AUTHOR).exists()  # she signed no Kazakh article
    links = re.search(r'<p class="nr-languages">(.*?)</p>', russian, re.S).group(1)
    assert links.startswith("На других языках:") and f'href="../../../{AUTHOR}/" hreflang="en"' in links
    in_english = re.search(r'<p class="nr-languages">(.*?)</p>', english).group(1)
    assert f'href="../../ru/{AUTHOR}/" hreflang="ru"' in in_english
    photo = re.search(r'<img class="nr-photo" src="([^"]+)"', russian).group(1)
    assert (site / "ru" / AUTHOR / photo).resolve().is_file()  # the profile's photo, from the profile's folder
    authors = page(site, "ru/authors/")
    assert heading(authors) == "Авторы" and "Сауле Темирова" in authors and '<html lang="ru"' in authors


def test_a_section_author_has_a_feed_of_the_sections_articles(site: Path) -> None:
    feed = json.loads((site / "ru" / AUTHOR / "feed.json").read_text(encoding="utf-8"))
    assert feed["language"] == "ru" and feed["title"] == "Сауле Темирова — Новости клубов ЮНЕСКО"
    assert [item["url"] for item in feed["items"]] == [f"{SITE_URL}{RU_AKCHULAKOV}/"]
    assert f'href="{SITE_URL}ru/{AUTHOR}/feed.xml"' in page(site, f"ru/{AUTHOR}/")
    english = json.loads((site / AUTHOR / "feed.json").read_text(encoding="utf-8"))
    assert [item["url"] for item in english["items"]] == [f"{SITE_URL}{EN_CONFERENCE}/"]


def test_a_russian_byline_links_the_russian_author_page(site: Path) -> None:
    russian = page(site, RU_AKCHULAKOV)
    assert f'<a href="../../../ru/{AUTHOR}/" rel="author">Автор: Сауле Темирова</a>' in russian
    assert f'"url":"{SITE_URL}ru/{AUTHOR}/"' in russian  # JSON-LD author
    assert f'<a href="../../../{AUTHOR}/" rel="author">By Saule Temirova</a>' in page(site, EN_CONFERENCE)


@pytest.mark.skipif(font_files() is None, reason="no DejaVu Sans (apt-get install fonts-dejavu-core)")
@pytest.mark.parametrize(
    ("url", "lang", "title"),
    [
        (RU_AKCHULAKOV, "ru", "Акчулаков встретился с молодёжью"),
        (KK_CONFERENCE, "kk", "Шымкентте ЮНЕСКО клубтары кездесті"),
        (EN_CONFERENCE, "en", "UNESCO clubs meet in Shymkent"),
    ],
)
def test_a_card_carries_the_site_name_of_its_articles_section(site: Path, url: str, lang: str, title: str) -> None:
    card = re.search(r'<meta property="og:image" content="[^"]+/assets/cards/([0-9a-f]+)\.jpg">', page(site, url))
    assert card is not None
    date = human_date(dt.date(2023, 10, 29 if url == RU_AKCHULAKOV else 30), lang)
    assert card.group(1) == card_key(title, SITE_NAMES[lang], date)  # the words the card was drawn with
    assert (site / "assets" / "cards" / f"{card.group(1)}.jpg").is_file()


def test_the_404_page_says_not_found_in_every_language_and_links_each_home(site: Path) -> None:
    text = (site / "404.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<section class="nr-not-found__language" lang="(\w+)">(.*?)</section>', text, re.S)
    assert [lang for lang, _ in blocks] == ["en", "ru", "kk"]
    said = {lang: html.unescape(block) for lang, block in blocks}
    assert "<h2>Page not found</h2>" in said["en"] and "<h2>Страница не найдена</h2>" in said["ru"]
    assert "<h2>Бет табылмады</h2>" in said["kk"]
    assert (
        '<a href="/newsroom/ru/" hreflang="ru">Перейти на главную страницу сайта «Новости клубов ЮНЕСКО»</a>'
        in (said["ru"])
    )
    kazakh_home = '<a href="/newsroom/kk/" hreflang="kk">«ЮНЕСКО клубтарының жаңалықтары» сайтының басты бетіне өту'
    assert kazakh_home in said["kk"]
    assert '<a href="/newsroom/" hreflang="en">Go to the home page of UNESCO Clubs Newsroom</a>' in said["en"]
    assert "404 - Not found" not in text and text.count("<h1") == 1
