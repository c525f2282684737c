"""Pictures in headless Chromium: the lead picture upright and in place, thumbnails light enough
for a phone, nothing wider than the screen; screenshots of an article and of the home page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY, SEED_URL, mkdocs_build
from tests.helpers.pictures import picture_project, with_site_url
from tests.helpers.sandbox import serve

WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
PHONE_IMAGE_BUDGET = 300_000
SCREENSHOTS = REPOSITORY / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def picture_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("browser-pictures")
    project = picture_project(root)
    site = root / "site"
    with serve(site) as url:
        with_site_url(project, url)
        built = mkdocs_build(project, site)
        assert built.returncode == 0, built.stderr
        yield url


def visit(browser: object, base_url: str, url: str, viewport: dict[str, int]) -> tuple[object, object, list]:
    """The page at ``url`` loaded, and every image response it got (url, bytes)."""
    context = browser.new_context(viewport=viewport, service_workers="block")
    page = context.new_page()
    images: list[tuple[str, int]] = []
    page.on("response", lambda r: r.request.resource_type == "image" and images.append((r.url, len(r.body()))))
    page.goto(base_url + url, wait_until="networkidle")
    return context, page, images


def shoot(page: object, name: str) -> Path:
    """The whole page, its lazy pictures loaded (scrolled to the end first)."""
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"pictures-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.mark.parametrize("size", WIDTHS)
def test_the_lead_picture_shows_upright_inside_the_screen(browser: object, picture_site: str, size: str) -> None:
    context, page, _ = visit(browser, picture_site, SEED_URL, WIDTHS[size])
    try:
        lead = page.locator(".nr-figure img")
        lead.scroll_into_view_if_needed()
        state = lead.evaluate(
            "img => ({complete: img.complete, natural: [img.naturalWidth, img.naturalHeight],"
            " box: img.getBoundingClientRect().toJSON(), src: img.currentSrc})"
        )
        assert state["complete"] and state["natural"][0] > 0
        assert state["natural"][1] > state["natural"][0]  # the phone photo, portrait: upright
        assert state["src"].endswith(".webp")
        assert state["box"]["right"] <= WIDTHS[size]["width"] + 1
        assert abs(state["box"]["height"] / state["box"]["width"] - 1.5) < 0.02
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[size]["width"]
        shoot(page, f"article-{size}")
    finally:
        context.close()


@pytest.mark.parametrize("size", WIDTHS)
def test_the_home_page_thumbnails_are_light_and_in_place(browser: object, picture_site: str, size: str) -> None:
    context, page, images = visit(browser, picture_site, "", WIDTHS[size])
    try:
        thumbs = page.locator(".nr-thumb img")
        assert thumbs.count() == 5
        for index in range(thumbs.count()):
            box = thumbs.nth(index).bounding_box()
            assert box is not None and box["x"] + box["width"] <= WIDTHS[size]["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[size]["width"]
        picture_bytes = sum(size for url, size in images if "/assets/pictures/" in url)
        assert 0 < picture_bytes <= PHONE_IMAGE_BUDGET
        if size == "phone":
            assert all(url.endswith(("-320.webp", "-300.webp")) for url, _ in images if "/assets/pictures/" in url)
        shoot(page, f"home-{size}")
    finally:
        context.close()
