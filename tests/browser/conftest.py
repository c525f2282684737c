"""The browser test harness: the site built once with the sample articles, served on 127.0.0.1,
read in Debian's headless Chromium driven by Playwright.

Chromium comes from Debian (``apt-get install chromium``; ``.ci/run`` installs it), never from
``playwright install``. Without it the browser tests skip on a laptop and fail under CI.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.helpers import RAW, REPOSITORY, copy_project, import_articles, mkdocs_build
from tests.helpers.sandbox import CHROMIUM, CHROMIUM_ARGS, serve, switch_to_pagefind

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}
SCREENSHOTS = REPOSITORY / "test-artifacts" / "screenshots"
IMPORT_DATE = "2023-10-31"
LEFT_OUT_SAMPLES = {"hostile-markup.txt"}  # hostile input has its own tests
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (install Debian's chromium: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (./dev test installs requirements-dev.txt)"
    return None


@pytest.fixture(scope="session")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway site whose news is every sample article, imported by the real importer."""
    # The news comes from the importer alone, the seed sample among the others.
    project = copy_project(tmp_path_factory.mktemp("browser") / "project", seed=False)
    samples = sorted(path for path in RAW.glob("*.txt") if path.name not in LEFT_OUT_SAMPLES)
    imported = import_articles("--out", project / "docs" / "news", "--date", IMPORT_DATE, *samples)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    return project


def build_at(project: Path, site: Path, url: str) -> None:
    """Build ``project`` into ``site`` with --strict as published at ``url`` (its site_url)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text, found = re.subn(r"(?m)^site_url:.*$", f"site_url: {url}", text)
    config.write_text(text if found else f"site_url: {url}\n{text}", encoding="utf-8")
    built = mkdocs_build(project, site)
    assert built.returncode == 0, built.stderr


@pytest.fixture(scope="session")
def base_url(sample_project: Path) -> Iterator[str]:
    """The sample site, served on 127.0.0.1 and built for that address, as it is published."""
    site = sample_project.parent / "site"
    with serve(site) as url:
        build_at(sample_project, site, url)
        yield url


@pytest.fixture(scope="session")
def pagefind_base_url(sample_project: Path) -> Iterator[str]:
    """The sample site switched to Pagefind (extra.newsroom.search), built, indexed and served."""
    project = sample_project.parent / "pagefind-project"
    shutil.copytree(sample_project, project)
    switch_to_pagefind(project)
    site = project.parent / "pagefind-site"
    with serve(site) as url:
        build_at(project, site, url)  # the switch makes the build run Pagefind
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium; skipped with the reason on a laptop without it, failed under CI."""
    reason = _unavailable()
    if reason is not None:
        if IN_CI:
            pytest.fail(f"browser tests must run under CI: {reason}", pytrace=False)
        pytest.skip(f"browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Visit:
    """A page, and what went wrong while it was open: console errors, failed or foreign requests."""

    page: object
    base_url: str
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def goto(self, url: str) -> None:
        response = self.page.goto(self.base_url + url, wait_until="networkidle")
        assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"

    def problems(self) -> list[str]:
        return self.console_errors + self.failed_requests


def _open(browser: object, base_url: str, viewport: dict[str, int]) -> tuple[object, Visit]:
    context = browser.new_context(viewport=viewport, service_workers="block")
    context.set_default_timeout(10_000)
    page = context.new_page()
    visit = Visit(page, base_url)
    local = urlsplit(base_url).netloc

    def only_local(route: object) -> None:  # the site must ask nothing of other hosts
        if urlsplit(route.request.url).netloc in (local, "") or route.request.url.startswith("data:"):
            route.continue_()
        else:
            visit.failed_requests.append(f"request to another host: {route.request.url}")
            route.abort()

    context.route("**/*", only_local)
    page.on("console", lambda message: message.type == "error" and visit.console_errors.append(message.text))
    page.on("pageerror", lambda error: visit.console_errors.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: visit.failed_requests.append(f"{request.url}: {request.failure}"))
    page.on(
        "response",
        lambda response: response.status >= 400 and visit.failed_requests.append(f"{response.url}: {response.status}"),
    )
    return context, visit


@pytest.fixture
def desktop(browser: object, base_url: str) -> Iterator[Visit]:
    """A fresh desktop-sized (1280x800) page on the served site."""
    context, visit = _open(browser, base_url, DESKTOP)
    yield visit
    context.close()


@pytest.fixture
def pagefind_desktop(browser: object, pagefind_base_url: str) -> Iterator[Visit]:
    """A fresh desktop-sized page on the sample site switched to Pagefind."""
    context, visit = _open(browser, pagefind_base_url, DESKTOP)
    yield visit
    context.close()


@pytest.fixture
def phone(browser: object, base_url: str) -> Iterator[Visit]:
    """A fresh phone-sized (375x812) page on the served site."""
    context, visit = _open(browser, base_url, PHONE)
    yield visit
    context.close()


def screenshot(visit: Visit, name: str) -> Path:
    """Save the whole page as ``test-artifacts/screenshots/<name>.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    visit.page.screenshot(path=str(path), full_page=True)
    return path
