"""Every kind of page, opened in headless Chromium on a desktop and a phone: no errors, no
requests that fail or leave the site, no sideways scrolling, no serious accessibility problem.

A new kind of page is a one-line addition to PAGES. Screenshots of each page at both sizes go
to ``test-artifacts/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.helpers import SEED_URL

from .conftest import Visit, screenshot

PAGES = [
    pytest.param("home", "", id="home"),
    pytest.param("article", SEED_URL, id="article"),
    pytest.param("about", "about/", id="about"),
    pytest.param("tags", "tags/", id="tags"),
    pytest.param("tag", "tags/youth/", id="tag"),
    pytest.param("person", "people/bolat-akchulakov/", id="person"),
    pytest.param("archive", "news/", id="archive"),
]
SERIOUS = ("serious", "critical")
_axe = Axe()


@pytest.mark.parametrize(("name", "url"), PAGES)
def test_a_page_loads_without_errors_or_failed_requests(desktop: Visit, name: str, url: str) -> None:
    desktop.goto(url)
    screenshot(desktop, f"{name}-desktop")
    assert not desktop.problems(), "\n".join(desktop.problems())


@pytest.mark.parametrize(("name", "url"), PAGES)
def test_a_page_fits_a_phone_without_sideways_scrolling(phone: Visit, name: str, url: str) -> None:
    phone.goto(url)
    screenshot(phone, f"{name}-phone")
    widths = phone.page.evaluate(
        "() => ({page: document.documentElement.scrollWidth, body: document.body.scrollWidth,"
        " window: window.innerWidth})"
    )
    assert widths["window"] == 375
    assert max(widths["page"], widths["body"]) <= widths["window"], widths
    assert not phone.problems(), "\n".join(phone.problems())


@pytest.mark.parametrize(("name", "url"), PAGES)
def test_a_page_has_no_serious_accessibility_violation(desktop: Visit, name: str, url: str) -> None:
    desktop.goto(url)
    results = _axe.run(desktop.page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert results.response["testEngine"]["name"] == "axe-core"
    assert serious == [], results.generate_report()
