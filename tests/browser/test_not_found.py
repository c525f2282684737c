"""The trilingual site's 404 page in headless Chromium, at phone width: "not found" in every
language, each language's block marked with its ``lang``, and a link to each home page.

The screenshot goes to /work/shots/issue-10/ when that folder's parent exists (the team's
machine), else to test-artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.helpers.multilingual import trilingual_project
from tests.helpers.sandbox import serve

from .conftest import PHONE, SCREENSHOTS, Visit, _open, build_at

SHOTS = Path("/work/shots/issue-10") if Path("/work/shots").is_dir() else SCREENSHOTS
SAID = {"en": "Page not found", "ru": "Страница не найдена", "kk": "Бет табылмады"}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = trilingual_project(tmp_path_factory.mktemp("browser-not-found") / "project")
    site = project.parent / "site"
    with serve(site) as url:
        build_at(project, site, url)
        yield url


@pytest.fixture
def phone_reader(browser: object, site_url: str) -> Iterator[Visit]:
    context, visit = _open(browser, site_url, PHONE)
    yield visit
    context.close()


def test_the_404_page_speaks_every_language_fits_a_phone_and_passes_axe(phone_reader: Visit) -> None:
    phone_reader.goto("404.html")  # what GitHub Pages serves for a missing address
    page = phone_reader.page
    for lang, said in SAID.items():
        block = page.locator(f'section.nr-not-found__language[lang="{lang}"]')
        assert block.locator("h2").inner_text() == said and block.is_visible()
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths
    results = Axe().run(page)
    assert [v for v in results.response["violations"] if v["impact"] in {"serious", "critical"}] == [], (
        results.generate_report()
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "404-trilingual.png"), full_page=True)
    assert not phone_reader.problems(), "\n".join(phone_reader.problems())


@pytest.mark.parametrize(("lang", "home"), [("ru", "ru/"), ("kk", "kk/"), ("en", "")])
def test_each_languages_link_leads_to_its_home_page(phone_reader: Visit, site_url: str, lang: str, home: str) -> None:
    phone_reader.goto("404.html")
    phone_reader.page.locator(f'section[lang="{lang}"] a[hreflang="{lang}"]').click()
    phone_reader.page.wait_for_load_state("networkidle")
    assert phone_reader.page.url == site_url + home
    assert phone_reader.page.locator("html").get_attribute("lang") == lang
    assert not phone_reader.problems(), "\n".join(phone_reader.problems())
