"""The trilingual site as readers use it, in headless Chromium: chrome in the page's language,
the language switcher and translation links, per-language search (Pagefind), phone width, axe;
the 404 page in every language (what GitHub Pages serves for a missing address).

Screenshots of each language's home page go to /work/shots/issue-10/ when that folder's parent
exists (the team's machine), else to test-artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.helpers.multilingual import EN_CONFERENCE, KK_CONFERENCE, KK_SCHOOL, RU_CONFERENCE, trilingual_project
from tests.helpers.sandbox import serve

from .conftest import DESKTOP, PHONE, SCREENSHOTS, Visit, _open, build_at

SHOTS = Path("/work/shots/issue-10") if Path("/work/shots").is_dir() else SCREENSHOTS
SERIOUS = {"serious", "critical"}
RU_TITLE = "В Шымкенте прошла конференция клубов ЮНЕСКО"
KK_TITLE = "Түркістанда ЮНЕСКО клубтарының жазғы мектебі ашылды"
ENGLISH_CHROME = ["Back to top", "Made with", "Related articles", "All news", "Home", "News", "Tags", "People"]
ENGLISH_CHROME += ["Places", "Search", "Source", "Topics", "Latest news", "Organizations", "results for"]
_axe = Axe()


@pytest.fixture(scope="module")
def trilingual_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = trilingual_project(tmp_path_factory.mktemp("browser-languages") / "project")
    site = project.parent / "site"
    with serve(site) as url:
        build_at(project, site, url)
        yield url


@pytest.fixture
def reader(browser: object, trilingual_url: str) -> Iterator[Visit]:
    context, visit = _open(browser, trilingual_url, DESKTOP)
    yield visit
    context.close()


@pytest.fixture
def phone_reader(browser: object, trilingual_url: str) -> Iterator[Visit]:
    context, visit = _open(browser, trilingual_url, PHONE)
    yield visit
    context.close()


def shown_text(visit: Visit) -> str:
    """What a reader can read or hear: the page's text and its buttons' and inputs' names."""
    return visit.page.evaluate(
        """() => document.body.innerText + ' ' + [...document.querySelectorAll('[aria-label],[placeholder],[title]')]
            .map(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')].join(' '))
            .join(' ')"""
    )


@pytest.mark.parametrize("url", ["ru/", "kk/", RU_CONFERENCE + "/", KK_SCHOOL + "/", "ru/people/", "kk/news/"])
def test_russian_and_kazakh_pages_show_no_english_chrome(reader: Visit, url: str) -> None:
    reader.goto(url)
    text = shown_text(reader)
    assert not [words for words in ENGLISH_CHROME if words in text], url
    assert not reader.problems(), "\n".join(reader.problems())


def switch_to(visit: Visit, lang: str) -> None:
    visit.page.locator(".md-select").hover()
    visit.page.locator(f'a.md-select__link[hreflang="{lang}"]').click()
    visit.page.wait_for_load_state("networkidle")


def test_the_switcher_leads_to_the_translation_and_else_to_the_section_home(reader: Visit) -> None:
    reader.goto(RU_CONFERENCE + "/")
    switch_to(reader, "kk")
    assert reader.page.url == reader.base_url + KK_CONFERENCE + "/"
    assert reader.page.locator("html").get_attribute("lang") == "kk"
    switch_to(reader, "en")
    assert reader.page.url == reader.base_url + EN_CONFERENCE + "/"
    reader.goto(KK_SCHOOL + "/")
    switch_to(reader, "ru")
    assert reader.page.url == reader.base_url + "ru/"
    reader.goto("ru/tags/youth/")
    switch_to(reader, "kk")
    assert reader.page.url == reader.base_url + "kk/tags/youth/"
    assert not reader.problems(), "\n".join(reader.problems())  # no sitemap.xml fetched per alternate


def test_an_article_links_its_versions(reader: Visit) -> None:
    reader.goto(EN_CONFERENCE + "/")
    reader.page.locator('.nr-languages a[hreflang="ru"]').click()
    reader.page.wait_for_load_state("networkidle")
    assert reader.page.locator("h1").first.inner_text() == RU_TITLE


def pagefind_search(visit: Visit, section: str, query: str) -> list[str]:
    """Type ``query`` into the search box of a section's home page: the results' titles."""
    visit.goto(section)
    box = visit.page.locator(".pagefind-ui__search-input")
    box.click()
    box.press_sequentially(query)
    # The count comes first ("2 нәтиже ..."), then the first five results one by one as their text arrives.
    visit.page.wait_for_function(
        """() => {
          const message = document.querySelector('.pagefind-ui__message')?.textContent || '';
          const count = message.match(/\\d+/);
          const shown = document.querySelectorAll('.pagefind-ui__result-link').length;
          if (count) return shown >= Math.min(Number(count[0]), 5);
          return message.length > 0 && !/…|\\.\\.\\./.test(message);
        }"""
    )
    return visit.page.locator(".pagefind-ui__result-link").all_inner_texts()


@pytest.mark.parametrize("query", ["Садыковой", "конференциями", "Садыков", "Жунусовым", "Шымкента"])
def test_a_russian_search_finds_the_article_by_an_inflected_form(reader: Visit, query: str) -> None:
    assert RU_TITLE in pagefind_search(reader, "ru/", query)
    assert not reader.problems(), "\n".join(reader.problems())


@pytest.mark.parametrize("query", ["Түркістан", "мектеп", "Садықова"])
def test_a_kazakh_search_finds_the_kazakh_article(reader: Visit, query: str) -> None:
    assert KK_TITLE in pagefind_search(reader, "kk/", query)


def test_english_search_keeps_working_and_stays_in_english(reader: Visit) -> None:
    assert "Kazakhstan heads the World Federation of Clubs for UNESCO" in pagefind_search(reader, "", "Akchulakov")
    assert RU_TITLE not in pagefind_search(reader, "", "Садыковой")


@pytest.mark.parametrize("url", ["", "ru/", "kk/", RU_CONFERENCE + "/"])
def test_a_section_fits_a_phone_and_has_no_serious_accessibility_violation(phone_reader: Visit, url: str) -> None:
    phone_reader.goto(url)
    widths = phone_reader.page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    results = _axe.run(phone_reader.page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert serious == [], results.generate_report()
    assert not phone_reader.problems(), "\n".join(phone_reader.problems())


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_each_language_home_page_screenshot(reader: Visit, lang: str) -> None:
    reader.goto("" if lang == "en" else f"{lang}/")
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"home-{lang}.png"
    reader.page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    assert reader.page.locator("html").get_attribute("lang") == lang


NOT_FOUND = {"en": "Page not found", "ru": "Страница не найдена", "kk": "Бет табылмады"}


def test_the_404_page_speaks_every_language_fits_a_phone_and_passes_axe(phone_reader: Visit) -> None:
    phone_reader.goto("404.html")  # what GitHub Pages serves for a missing address
    page = phone_reader.page
    for lang, said in NOT_FOUND.items():
        block = page.locator(f'section.nr-not-found__language[lang="{lang}"]')
        assert block.locator("h2").inner_text() == said and block.is_visible()
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    results = _axe.run(page)
    assert [v for v in results.response["violations"] if v["impact"] in {"serious", "critical"}] == [], (
        results.generate_report()
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "404-trilingual.png"), full_page=True)
    assert not phone_reader.problems(), "\n".join(phone_reader.problems())


@pytest.mark.parametrize(("lang", "home"), [("ru", "ru/"), ("kk", "kk/"), ("en", "")])
def test_each_404_link_leads_to_its_home_page(phone_reader: Visit, trilingual_url: str, lang: str, home: str) -> None:
    phone_reader.goto("404.html")
    phone_reader.page.locator(f'section[lang="{lang}"] a[hreflang="{lang}"]').click()
    phone_reader.page.wait_for_load_state("networkidle")
    assert phone_reader.page.url == trilingual_url + home
    assert phone_reader.page.locator("html").get_attribute("lang") == lang
    assert not phone_reader.problems(), "\n".join(phone_reader.problems())
