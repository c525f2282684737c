"""What a first search costs a reader in each language section of a multilingual site (Pagefind).

Builds a site of N generated articles (``--share``: 50 % English, 35 % Russian, 15 % Kazakh by
default; ``--all-russian``: every article Russian, the worst case for one section's index),
lists the languages en, ru, kk (so Pagefind, one index per <html lang>), serves it on 127.0.0.1,
and in headless Chromium types a common word and an inflected surname into the search box of
each section's home page; adds up the search files fetched, as sent with gzip.

    .venv/bin/python benchmarks/search_size_languages.py --articles 5000
    .venv/bin/python benchmarks/search_size_languages.py --articles 5000 --all-russian
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.corpus_languages import add_languages, generate_languages, pools  # noqa: E402
from benchmarks.languages_speed import shares  # noqa: E402
from benchmarks.search_size import is_search_file, kb, mkdocs_build, sent_size  # noqa: E402
from tests.helpers.sandbox import CHROMIUM, CHROMIUM_ARGS, copy_site, serve  # noqa: E402

QUERIES = {
    "": ["festival", "Sadykova17"],
    "ru/": ["конференция", "конференциями"],
    "kk/": ["конференция", "мектеп"],
}


def inflected_surname() -> str:
    """The first Russian person's surname as the generated text inflects it (``Садыковой17``)."""
    return re.sub(r"а(\d+)$", r"ой\1", pools("ru")["people"][0].split()[-1])


def first_search(browser: object, base: str, site: Path, section: str, query: str) -> tuple[int, int, str]:
    """Type ``query`` on a section's home page: files fetched, bytes sent, Pagefind's message."""
    fetched: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.on("requestfinished", lambda request: fetched.append(unquote(urlsplit(request.url).path).lstrip("/")))
    page.goto(base + section, wait_until="networkidle")
    box = page.locator(".pagefind-ui__search-input")
    box.click()
    box.press_sequentially(query)
    page.wait_for_function(
        """() => {
          const message = document.querySelector('.pagefind-ui__message')?.textContent || '';
          return !/…|\\.\\.\\./.test(message) && /\\d|ничего|табылмады|No results/.test(message);
        }""",
        timeout=120_000,
    )
    page.wait_for_load_state("networkidle")
    message = page.locator(".pagefind-ui__message").inner_text()
    context.close()
    return len(fetched), sum(sent_size(site / p) for p in set(fetched) if is_search_file(p)), message


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--all-russian", action="store_true")
    arguments = parser.parse_args()
    counts = {"ru": arguments.articles} if arguments.all_russian else shares(arguments.articles)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="newsroom-search-languages-") as temporary:
        project = copy_site(Path(temporary) / "project", seed=False)
        generate_languages(project / "docs" / "news", counts)
        add_languages(project / "mkdocs.yml", ["en", "ru", "kk"])
        site = Path(temporary) / "site"
        seconds = mkdocs_build(project, site)  # the build runs Pagefind
        print(f"articles: {counts}; build with Pagefind: {seconds:.0f} s")
        print("| section | query | files fetched | search files sent (gzip) | results |")
        print("| --- | --- | --- | --- | --- |")
        QUERIES["ru/"][1] = inflected_surname()
        with sync_playwright() as playwright, serve(site) as base:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for section, queries in QUERIES.items():
                for query in queries:
                    files, sent, message = first_search(browser, base, site, section, query)
                    print(f"| /{section} | {query} | {files} | {kb(sent)} | {message.strip()} |")
            browser.close()


if __name__ == "__main__":
    main()
