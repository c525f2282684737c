"""Material's search box, typed into as a reader would, in headless Chromium.

What Material's search does with Russian and Kazakh (found here): it adds ``*`` to every query
word, and lunr does not stem a word with a wildcard. So a word finds every form that begins with
it (``Садыков`` finds ``Садыкова``, ``Садыковой``), but a full inflected form finds only itself
(``Садыковой`` does not find ``Садыкова``). Kazakh has no stemmer: its words are kept whole
(its letters are not dropped) and matched the same way, by their beginning.

A full inflected Russian form (``Садыковой``, ``конференциями``) is found by a multilingual site's
per-language Pagefind search, from its Russian section: tests/browser/test_languages.py.
"""

from __future__ import annotations

import pytest

from tests.helpers import SEED_URL

from .conftest import Visit

SEED_TITLE = "Kazakhstan heads the World Federation of Clubs for UNESCO"
RUSSIAN_TITLE = "В Шымкенте прошла конференция клубов ЮНЕСКО"
KAZAKH_TITLE = "Түркістанда ЮНЕСКО клубтарының жазғы мектебі ашылды"
RESULT_LINKS = ".md-search-result__list a.md-search-result__link"


def search(visit: Visit, query: str) -> dict[str, str]:
    """Type ``query`` into the search box on the home page: the results' titles and links, best first."""
    visit.goto("")
    page = visit.page
    search_box = page.locator("input.md-search__input")
    search_box.click()
    search_box.press_sequentially(query)
    # Material searches on keyup. Playwright inserts letters that a US keyboard lacks (Cyrillic)
    # without key events, where a reader's Russian keyboard sends them: one key press stands in.
    search_box.press("End")
    # Material says "Type to start searching" until the index is loaded and the query has run.
    page.wait_for_function(
        "() => /\\d|No matching/.test(document.querySelector('.md-search-result__meta').textContent)"
    )
    # One snapshot of the list in the page: Material may render it again while a locator walks it.
    results = page.eval_on_selector_all(
        RESULT_LINKS,
        "links => links.map(a => [a.querySelector('h1, h2')?.innerText ?? '', a.href.split('?')[0]])",  # drop ?h=
    )
    found: dict[str, str] = {}
    for title, href in results:
        found.setdefault(title, href)
    return found


def open_result(visit: Visit, results: dict[str, str], title: str) -> str:
    """Click the result titled ``title``: the article opens; its heading."""
    assert title in results, (title, list(results))
    visit.page.locator(RESULT_LINKS).filter(has=visit.page.locator("h1", has_text=title)).first.click()
    visit.page.wait_for_url(f"{results[title]}?*")
    return visit.page.locator("h1").first.inner_text()


def test_a_latin_name_finds_the_seed_article_and_its_link_opens_it(desktop: Visit) -> None:
    results = search(desktop, "Akchulakov")
    assert results[SEED_TITLE] == desktop.base_url + SEED_URL
    assert open_result(desktop, results, SEED_TITLE) == SEED_TITLE
    assert not desktop.problems(), "\n".join(desktop.problems())


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("Жунусов", id="name-as-written"),
        pytest.param("Садыков", id="name-stem"),  # the text has "Садыкова"
        pytest.param("конференц", id="word-stem"),  # the text has "конференция", "конференцию"
    ],
)
def test_a_cyrillic_query_finds_the_russian_article(desktop: Visit, query: str) -> None:
    results = search(desktop, query)
    assert open_result(desktop, results, RUSSIAN_TITLE) == RUSSIAN_TITLE
    assert not desktop.problems(), "\n".join(desktop.problems())


@pytest.mark.parametrize("query", ["Түркістан", "мектеп", "Садықова"])
def test_a_kazakh_query_finds_the_kazakh_article(desktop: Visit, query: str) -> None:
    assert KAZAKH_TITLE in search(desktop, query)


def test_a_word_in_no_article_finds_nothing(desktop: Visit) -> None:
    assert search(desktop, "Zanzibarqux") == {}


def test_person_and_tag_pages_are_found_too(desktop: Visit) -> None:
    results = search(desktop, "Akchulakov")
    assert results.get("Bolat Akchulakov") == desktop.base_url + "people/bolat-akchulakov/"
    assert search(desktop, "heritage").get("heritage") == desktop.base_url + "tags/heritage/"


def test_tag_and_person_chips_lead_to_pages_that_list_the_article(desktop: Visit) -> None:
    for chip in (".nr-tags a.nr-chip", ".nr-people a.nr-chip"):
        desktop.goto(SEED_URL)
        link = desktop.page.locator(chip).first
        name = link.inner_text()
        link.click()
        desktop.page.wait_for_load_state("networkidle")
        assert desktop.page.locator("h1").first.inner_text() == name
        listed = desktop.page.locator("a.nr-title").all_inner_texts()
        assert SEED_TITLE in listed, (name, listed)
    assert not desktop.problems(), "\n".join(desktop.problems())
