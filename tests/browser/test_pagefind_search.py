"""The Pagefind option (extra.newsroom.search: pagefind), used as a reader would."""

from __future__ import annotations

from tests.helpers import SEED_URL

from .conftest import Visit

SEED_TITLE = "Kazakhstan heads the World Federation of Clubs for UNESCO"


def pagefind_search(visit: Visit, query: str) -> dict[str, str]:
    """Type ``query`` into Pagefind's box on the home page: result titles and their links."""
    visit.goto("")
    box = visit.page.locator(".pagefind-ui__search-input")
    box.click()
    box.press_sequentially(query)
    # "N results for ...", then the first five results appear one by one as their text arrives.
    visit.page.wait_for_function(
        """query => {
          const message = document.querySelector('.pagefind-ui__message')?.textContent || '';
          const found = message.match(/^(\\d+) results? for/);
          const shown = document.querySelectorAll('.pagefind-ui__result-link').length;
          return found && message.includes(query) && shown >= Math.min(Number(found[1]), 5);
        }""",
        arg=query,
    )
    links = visit.page.locator(".pagefind-ui__result-link")
    return {links.nth(i).inner_text(): links.nth(i).evaluate("a => a.href") for i in range(links.count())}


def test_pagefind_finds_the_seed_article_by_a_name_and_its_link_opens_it(pagefind_desktop: Visit) -> None:
    fetched: list[str] = []
    pagefind_desktop.page.on("requestfinished", lambda request: fetched.append(request.url))
    results = pagefind_search(pagefind_desktop, "Akchulakov")
    assert results.get(SEED_TITLE) == pagefind_desktop.base_url + SEED_URL, results
    pagefind_desktop.page.get_by_role("link", name=SEED_TITLE).first.click()
    pagefind_desktop.page.wait_for_url(pagefind_desktop.base_url + SEED_URL)
    assert any("/pagefind/index/" in url for url in fetched)
    assert not any("search_index.json" in url for url in fetched)  # Material's index stays unloaded
    assert not pagefind_desktop.problems(), "\n".join(pagefind_desktop.problems())


def test_pagefind_finds_the_russian_article_by_a_cyrillic_name(pagefind_desktop: Visit) -> None:
    results = pagefind_search(pagefind_desktop, "Жунусов")
    assert "В Шымкенте прошла конференция клубов ЮНЕСКО" in results, results
