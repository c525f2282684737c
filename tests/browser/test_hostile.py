"""Hostile text, imported and published, opened in Chromium: no dialog, no injected element or
handler, no request to an injected address."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.helpers import RAW, copy_project, import_articles
from tests.helpers.payloads import XSS, hostile_page

from .conftest import Visit, build_at, serve

INJECTED_HOST = "xss.invalid"
PAYLOADS = [
    *XSS,
    f'<img src="http://{INJECTED_HOST}/pixel.png">',
    f'<script src="http://{INJECTED_HOST}/x.js"></script>',
    f"<style>@import url(http://{INJECTED_HOST}/x.css);</style>",
    f"![pixel](http://{INJECTED_HOST}/pixel.png)",
    f'<link rel="stylesheet" href="http://{INJECTED_HOST}/x.css">',
]
FIND_LIVE = """() => {
  const live = [];
  for (const el of document.querySelectorAll("article *")) {
    const tag = el.tagName.toLowerCase();
    if (["script", "iframe", "object", "embed", "svg", "math", "form", "style", "link", "base"].includes(tag))
      live.push(tag);
    for (const attribute of el.attributes) {
      if (attribute.name.startsWith("on")) live.push(`${tag} ${attribute.name}`);
      if (/^\\s*(javascript|data|vbscript):/i.test(attribute.value))
        live.push(`${tag} ${attribute.name}=${attribute.value}`);
    }
  }
  return live;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """Every payload as the title and text of a raw article, and in a saved web page with every kind of
    live markup, imported and built; the served URL and pages."""
    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project", seed=False)
    raw = root / "raw"
    raw.mkdir()
    for number, payload in enumerate(PAYLOADS):
        text = f"Story {number} {payload}\n\nThe agenda said {payload} plainly.\n\n{payload}\n"
        (raw / f"p{number:02}.txt").write_text(text, encoding="utf-8")
        (raw / f"p{number:02}.html").write_text(hostile_page(payload, number), encoding="utf-8")
    shutil.copy(RAW / "hostile-markup.txt", raw / "sample.txt")
    imported = import_articles("--out", project / "docs" / "news", "--date", "2024-03-03", raw)
    assert "Traceback" not in imported.stderr
    site = root / "site"
    with serve(site) as url:
        build_at(project, site, url)
        pages = sorted(str(p.parent.relative_to(site)) + "/" for p in (site / "news").glob("*/*/index.html"))
        assert len(pages) == 2 * len(PAYLOADS) + 1
        yield url, pages


def test_no_payload_runs_or_calls_out_in_a_browser(browser: object, hostile_site: tuple[str, list[str]]) -> None:
    url, pages = hostile_site
    context = browser.new_context(service_workers="block")
    dialogs: list[str] = []
    requests: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    context.route(f"**/{INJECTED_HOST}/**", lambda route: route.abort())
    visit = Visit(page, url)
    try:
        for path in [*pages, "", "tags/", "news/2024/"]:
            visit.goto(path)
            page.wait_for_timeout(50)
            assert page.evaluate(FIND_LIVE) == [], path
        assert dialogs == []
        assert [r for r in requests if INJECTED_HOST in r] == []
        assert [r for r in requests if not r.startswith(url) and not r.startswith("data:")] == []
    finally:
        context.close()


def test_the_payloads_read_as_text(browser: object, hostile_site: tuple[str, list[str]]) -> None:
    url, pages = hostile_site
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        first = next(path for path in pages if "/story-0-" in path)
        page.goto(url + first, wait_until="networkidle")
        text = page.inner_text("article")
        assert "<script>alert('XSS')</script>" in text  # shown to the reader exactly as it was sent
    finally:
        context.close()
