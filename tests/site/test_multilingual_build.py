"""A trilingual site built with ``mkdocs build --strict``: sections, chrome, switcher, translations."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.helpers import copy_project, mkdocs_build
from tests.helpers.multilingual import (
    EN_CONFERENCE,
    KK_CONFERENCE,
    KK_SCHOOL,
    RU_AKCHULAKOV,
    RU_CONFERENCE,
    heading,
    page,
    trilingual_project,
)

ENGLISH_CHROME = ["Back to top", "Made with", "Related articles", "Latest news", "All news", ">Home<", ">News<"]
ENGLISH_CHROME += [">Tags<", ">People<", "Source", '"Search"', "Skip to content", "Topics", "News archive"]
SECTION_PAGES = ["", "news/", "news/2023/", "tags/", "people/", "organizations/", "places/", "tags/youth/"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = trilingual_project(tmp_path_factory.mktemp("trilingual") / "project")
    out = project.parent / "site"
    built = mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    return out


def visible(text: str) -> str:
    text = re.sub(r"<script.*?</script>|<style.*?</style>", "", text, flags=re.S)
    return html.unescape(text)


def html_lang(text: str) -> str:
    return re.search(r'<html lang="([^"]+)"', text).group(1)


def listed_titles(text: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r'class="nr-title"[^>]*>([^<]+)<', text)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("url", SECTION_PAGES)
def test_section_pages_speak_their_language_without_english_chrome(site: Path, lang: str, url: str) -> None:
    text = page(site, f"{lang}/{url}")
    assert html_lang(text) == lang
    shown = visible(text)
    assert not [words for words in ENGLISH_CHROME if words in shown], url


@pytest.mark.parametrize(("url", "lang"), [(RU_CONFERENCE, "ru"), (KK_SCHOOL, "kk"), (EN_CONFERENCE, "en")])
def test_an_article_speaks_its_language_to_readers_and_machines(site: Path, url: str, lang: str) -> None:
    text = page(site, url)
    assert html_lang(text) == lang
    locale = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}[lang]
    assert f'<meta property="og:locale" content="{locale}"' in text
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1))
    assert data["inLanguage"] == lang
    site_name = {"en": "UNESCO Clubs", "ru": "Новости клубов ЮНЕСКО", "kk": "ЮНЕСКО клубтарының жаңалықтары"}[lang]
    assert html.unescape(re.search(r'<meta property="og:site_name" content="([^"]*)"', text).group(1)).startswith(
        site_name
    )
    assert data["publisher"]["name"].startswith(site_name)
    if lang != "en":
        assert not [words for words in ENGLISH_CHROME if words in visible(text)]


def test_each_home_page_lists_only_its_language(site: Path) -> None:
    english, russian, kazakh = (listed_titles(page(site, url)) for url in ("", "ru/", "kk/"))
    assert "UNESCO clubs meet in Shymkent" in english and "Акчулаков встретился с молодёжью" in russian
    assert "Шымкентте ЮНЕСКО клубтары кездесті" in kazakh
    assert not any(re.search("[а-яё]", t) for t in english)
    assert all(re.search("[а-яё]", t, re.I) for t in russian + kazakh)
    assert not set(russian) & set(kazakh)
    assert "Новости клубов ЮНЕСКО" in page(site, "ru/")  # the section's own site name and copyright
    assert "ЮНЕСКО клубтарының Қазақстан ұлттық федерациясы" in page(site, "kk/")
    kazakh_home = page(site, "kk/")
    assert "Kazakhstan National Federation" not in visible(kazakh_home.split("</head>")[1])
    assert 'name="description" content="ЮНЕСКО клубтарының' in kazakh_home


def test_feeds_are_per_section_and_in_its_language(site: Path) -> None:
    russian = json.loads((site / "ru" / "feed.json").read_text(encoding="utf-8"))
    assert russian["language"] == "ru" and {item["language"] for item in russian["items"]} == {"ru"}
    assert "<language>kk</language>" in (site / "kk" / "feed.xml").read_text(encoding="utf-8")
    english = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert {item["language"] for item in english["items"]} == {"en"}
    assert (site / "ru" / "tags" / "youth" / "feed.xml").is_file()


def test_a_person_has_a_page_per_section_titled_in_its_language_linking_the_others(site: Path) -> None:
    titles = {}
    for prefix in ("", "ru/", "kk/"):
        text = page(site, f"{prefix}people/bolat-akchulakov/")
        titles[prefix] = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S).group(1)).strip()
        others = {"": ("ru/", "kk/"), "ru/": ("", "kk/"), "kk/": ("", "ru/")}[prefix]
        links = re.findall(r'<p class="nr-languages">(.*?)</p>', text, re.S)[0]
        for other in others:
            assert f'{other}people/bolat-akchulakov/"' in links.replace("../", ""), (prefix, links)
    assert titles == {"": "Bolat Akchulakov", "ru/": "Болат Акчулаков", "kk/": "Болат Ақшолақов"}
    assert "Акчулаков встретился с молодёжью" in listed_titles(page(site, "ru/people/bolat-akchulakov/"))


def switcher(text: str) -> dict[str, str]:
    links = re.findall(r'<a href="([^"]*)" hreflang="(\w+)" lang="\w+" class="md-select__link"', text)
    return {lang: href for href, lang in links}


def test_the_switcher_leads_to_the_version_or_else_the_section_home(site: Path) -> None:
    assert switcher(page(site, RU_CONFERENCE)) == {
        "en": f"../../../{EN_CONFERENCE}/",
        "ru": f"../../../{RU_CONFERENCE}/",
        "kk": f"../../../{KK_CONFERENCE}/",
    }
    assert switcher(page(site, KK_SCHOOL)) == {"en": "../../../", "ru": "../../../ru/", "kk": f"../../../{KK_SCHOOL}/"}
    on_tag = switcher(page(site, "ru/tags/youth/"))
    assert on_tag["en"] == "../../../tags/youth/" and on_tag["ru"] == "../../../ru/tags/youth/"
    assert switcher(page(site, "ru/tags/heritage/"))["kk"] == "../../../kk/"  # no Kazakh article has this tag
    assert switcher(page(site, "kk/"))["ru"] == "../ru/"


def test_a_translated_article_shows_its_versions_and_tells_search_engines(site: Path) -> None:
    text = page(site, RU_CONFERENCE)
    versions = re.search(r'<p class="nr-languages">(.*?)</p>', text, re.S).group(1)
    assert re.findall(r'hreflang="(\w+)"', versions) == ["en", "kk"]
    head = text.split("</head>")[0]
    links = dict(re.findall(r'<link rel="alternate " hreflang="([\w-]+)" href="([^"]+)"', head))
    assert set(links) == {"en", "ru", "kk", "x-default"}
    assert links["x-default"] == links["en"] and links["kk"].endswith(f"{KK_CONFERENCE}/")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f'hreflang="kk" href="https://unesco-clubs-kz.github.io/newsroom/{KK_CONFERENCE}/"' in sitemap
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in sitemap
    assert "nr-languages" not in page(site, KK_SCHOOL)


def test_search_indexes_one_index_per_language(site: Path) -> None:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == {"en", "ru", "kk"}
    assert entry["languages"]["ru"]["wasm"] == "ru"  # Russian is stemmed
    assert 0 < entry["languages"]["kk"]["page_count"] < entry["languages"]["en"]["page_count"]


def test_a_missing_lang_warns_and_a_shared_key_in_one_language_fails_strict(tmp_path: Path) -> None:
    project = trilingual_project(tmp_path / "project")
    (project / "docs" / "news" / "2023" / "no-lang.md").write_text(
        "---\ntitle: No language\ndate: 2023-10-01\n---\n\nText.\n", encoding="utf-8"
    )
    (project / "docs" / f"{RU_AKCHULAKOV}.md").write_text(
        (project / "docs" / f"{RU_AKCHULAKOV}.md")
        .read_text(encoding="utf-8")
        .replace("lang: ru", "lang: ru\ntranslation_key: shymkent-conference"),
        encoding="utf-8",
    )
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode != 0
    assert "docs/news/2023/no-lang.md: lang: missing; taken as 'en' (the default language)" in built.stderr
    assert f"docs/{RU_CONFERENCE}.md: translation_key: 'shymkent-conference' is also the key of {RU_AKCHULAKOV}.md" in (
        built.stderr
    ) or f"docs/{RU_AKCHULAKOV}.md: translation_key: 'shymkent-conference' is also the key of {RU_CONFERENCE}.md" in (
        built.stderr
    )


def test_a_one_language_site_has_no_switcher_and_no_sections(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    built = mkdocs_build(project, tmp_path / "site")
    assert built.returncode == 0, built.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "md-select" not in home and 'hreflang="' not in home
    assert not (tmp_path / "site" / "ru").exists()
    assert "Made with" in home
    assert "<h1>404 - Not found</h1>" in (tmp_path / "site" / "404.html").read_text(encoding="utf-8")  # as before


def test_dates_and_counts_are_written_in_the_sections_language(site: Path) -> None:
    assert '<h2 id="m2023-10">октябрь 2023</h2>' in page(site, "ru/news/2023/")  # Babel's standalone form
    assert '<h2 id="m2023-10">Қазан 2023</h2>' in page(site, "kk/news/2023/")
    assert "31 октября 2023\u202fг." in page(site, "ru/")
    assert re.search(r"\d+ человека?\b", visible(page(site, "ru/people/")))


def test_a_person_titled_in_the_sections_spelling_still_lists_who_is_named_with_them(site: Path) -> None:
    """Bolat Akchulakov's Kazakh page (titled Болат Ақшолақов) lists Әйгерім Садықова, named with him."""
    text = page(site, "kk/people/bolat-akchulakov/")
    assert heading(text) == "Болат Ақшолақов"
    assert 'id="named-with"' in text
    named_with = text[text.index('id="named-with"') :]
    assert "Әйгерім Садықова" in html.unescape(named_with[: named_with.index("</ul>")])
