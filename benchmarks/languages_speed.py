"""Build time of a trilingual site against the same articles on a one-language site.

    python benchmarks/languages_speed.py --articles 2000 --repeat 1

Writes N articles (1/2 English, 7/20 Russian, 3/20 Kazakh: 1,000 / 700 / 300 at 2,000; a fifth
of the Russian and Kazakh ones translations of English ones) into two copies of the site: one
listing the languages en, ru, kk in mkdocs.yml, one not (every article in one section). Both
search with Pagefind (``--search pagefind``, what a multilingual site uses: its pages stay out of
Material's index), or both with Material's search (``--search material``: the same work in both
builds but the sections). Times
``mkdocs build`` of each, in turns; reports medians and their ratio (target <= 1.2).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.build_speed import timed_build
from benchmarks.corpus_languages import add_languages, generate_languages
from tests.helpers.sandbox import copy_site, switch_to_pagefind

LANGUAGES = ["en", "ru", "kk"]


def shares(count: int) -> dict[str, int]:
    """How many articles of each language: 50 % English, 35 % Russian, the rest Kazakh."""
    english, russian = count // 2, count * 7 // 20
    return {"en": english, "ru": russian, "kk": count - english - russian}


def make_sites(root: Path, count: int, search: str) -> tuple[Path, Path]:
    """The trilingual site and the one-language one, with the same articles."""
    sites = []
    for name in ("trilingual", "one-language"):
        site = copy_site(root / name, seed=False)
        generate_languages(site / "docs" / "news", shares(count))
        switch_to_pagefind(site)
        if search == "material":
            config = site / "mkdocs.yml"
            config.write_text(config.read_text(encoding="utf-8").replace("search: pagefind", "search: material"))
        sites.append(site)
    add_languages(sites[0] / "mkdocs.yml", LANGUAGES)
    return sites[0], sites[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--search", choices=["pagefind", "material"], default="pagefind")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-languages-") as temporary:
        trilingual, single = make_sites(Path(temporary), arguments.articles, arguments.search)
        times: dict[str, list[float]] = {"one-language": [], "trilingual": []}
        for _ in range(arguments.repeat):
            times["one-language"].append(timed_build(single)[0])
            times["trilingual"].append(timed_build(trilingual)[0])
        pages = {name: sum(1 for _ in (site / "site").rglob("index.html")) for name, site in
                 (("one-language", single), ("trilingual", trilingual))}  # fmt: skip
    one, three = statistics.median(times["one-language"]), statistics.median(times["trilingual"])
    print(f"articles: {arguments.articles} {shares(arguments.articles)}, search: {arguments.search}")
    for name, found in times.items():
        runs = [round(s, 2) for s in found]
        print(f"build, {name:13} median {statistics.median(found):.2f} s  {runs}, {pages[name]} pages")
    print(f"time ratio trilingual/one-language: {three / one:.3f}  (target <= 1.20)")


if __name__ == "__main__":
    main()
