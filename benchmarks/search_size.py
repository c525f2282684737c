"""What one search costs a reader: Material's search_index.json against Pagefind's split index.

For each size (2,000 and 5,000 generated articles by default) it builds the site twice with
``mkdocs build``: as configured (Material's search), and with ``extra: newsroom: search:
pagefind`` followed by ``newsroom.site.pagefind.index_site``. Then it serves each site on
127.0.0.1, types a common word and a rare name into the search box in headless Chromium
(Debian's /usr/bin/chromium), and adds up the search files the page fetched: raw, and as sent
with gzip (level 6, as web servers do; Pagefind's own files are already compressed).

    .venv/bin/python benchmarks/search_size.py                 # 2000 and 5000 articles
    .venv/bin/python benchmarks/search_size.py --counts 200    # a quick run
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.corpus import make_site, vocabularies  # noqa: E402
from newsroom.site.pagefind import index_site  # noqa: E402
from tests.helpers.sandbox import CHROMIUM, CHROMIUM_ARGS, serve, switch_to_pagefind  # noqa: E402

COMMON_WORD = "festival"  # in most generated articles


def rare_name(seed: int = 1) -> str:
    """A family name with its number (``Sadykova17``): a handful of articles name that person."""
    return vocabularies(seed)["people"][0].split()[-1]


def mkdocs_build(project: Path, out: Path) -> float:
    """Build ``project`` into ``out``; the seconds it took."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build of {project} failed:\n{result.stderr[-2000:]}")
    return time.perf_counter() - start


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def sent_size(path: Path) -> int:
    """Bytes on the wire: gzip when it makes the file smaller (not for Pagefind's compressed files)."""
    return min(path.stat().st_size, gzip_size(path))


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def is_search_file(path: str) -> bool:
    return path.startswith(("search/", "pagefind/", "assets/javascripts/workers/", "assets/javascripts/lunr/"))


def query_downloads(browser: object, site: Path, pagefind: bool, query: str) -> dict[str, object]:
    """Type ``query`` on the home page of a fresh visit; the search files it fetched and its results."""
    fetched: list[str] = []
    with serve(site) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.on("requestfinished", lambda request: fetched.append(unquote(urlsplit(request.url).path).lstrip("/")))
        page.goto(base, wait_until="networkidle")
        if pagefind:
            box = page.locator(".pagefind-ui__search-input")
            box.click()
            box.press_sequentially(query)
            page.wait_for_selector(".pagefind-ui__message", timeout=120_000)
            page.wait_for_function(
                "() => /result/.test(document.querySelector('.pagefind-ui__message').textContent)", timeout=120_000
            )
            page.wait_for_load_state("networkidle")
            results = page.locator(".pagefind-ui__message").inner_text()
        else:
            box = page.locator("input.md-search__input")
            box.click()
            box.press_sequentially(query)
            box.press("End")
            page.wait_for_function(
                "() => /\\d|No matching/.test(document.querySelector('.md-search-result__meta').textContent)",
                timeout=300_000,
            )
            page.wait_for_load_state("networkidle")
            results = page.locator(".md-search-result__meta").inner_text()
        context.close()
    files = sorted({path for path in fetched if is_search_file(path)})
    paths = [site / path for path in files]
    data = [path for path in paths if path.suffix in (".json", ".pf_meta", ".pf_index", ".pf_fragment")]
    return {
        "files": len(files),
        "data": sum(sent_size(path) for path in data),
        "raw": sum(path.stat().st_size for path in paths),
        "sent": sum(sent_size(path) for path in paths),
        "results": results.strip(),
        "index_file": any(path == "search/search_index.json" for path in files),
    }


def kb(size: int) -> str:
    return f"{size / 1000:,.0f} kB" if size < 1_000_000 else f"{size / 1_000_000:,.2f} MB"


def measure(count: int, work: Path, browser: object) -> None:
    material_project = make_site(work / f"material-{count}", count)
    material_site = work / f"material-{count}-site"
    material_build = mkdocs_build(material_project, material_site)
    index = material_site / "search" / "search_index.json"

    pagefind_project = work / f"pagefind-{count}"
    shutil.copytree(material_project, pagefind_project)
    switch_to_pagefind(pagefind_project)
    pagefind_site = work / f"pagefind-{count}-site"
    pagefind_build = mkdocs_build(pagefind_project, pagefind_site)
    start = time.perf_counter()
    bundle = index_site(pagefind_site)
    pagefind_index = time.perf_counter() - start
    pages = sum(1 for _ in material_site.rglob("index.html"))

    print(f"\n## {count:,} generated articles ({pages:,} pages)")
    print(f"mkdocs build: {material_build:.0f} s; with the Pagefind switch {pagefind_build:.0f} s", end="")
    print(f" + pagefind {pagefind_index:.0f} s")
    print(f"search/search_index.json: {kb(index.stat().st_size)} raw, {kb(gzip_size(index))} gzip")
    bundle_files = sum(1 for path in bundle.rglob("*") if path.is_file())
    print(f"pagefind/ bundle on disk: {kb(folder_size(bundle))} in {bundle_files:,} files")
    print("| search | query | files fetched | raw | sent (gzip) | of which index data | results |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for query in (COMMON_WORD, rare_name()):
        for name, site, pagefind in (("Material", material_site, False), ("Pagefind", pagefind_site, True)):
            got = query_downloads(browser, site, pagefind, query)
            if pagefind and got["index_file"]:
                print("  (!) the Pagefind page also fetched search_index.json")
            sizes = " | ".join(kb(got[key]) for key in ("raw", "sent", "data"))
            print(f"| {name} | {query} | {got['files']} | {sizes} | {got['results']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[2000, 5000], help="articles per site")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the sites")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = args.keep or Path(tempfile.mkdtemp(prefix="search-size-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for count in args.counts:
                measure(count, work, browser)
            browser.close()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
