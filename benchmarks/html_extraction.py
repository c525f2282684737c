"""Article-body F1 of saved web pages: trafilatura's defaults, our settings, and the whole import.

The pages are ``tests/importer/web_cases/{tune,holdout}/*.html`` (invented text in the shapes of
real pages), each with ``<name>.expected.txt``: ``title:`` and ``date:`` lines, ``---``, then the
article's body. Options were tuned on ``tune`` only; ``holdout`` (a third of the pages) was never
looked at while tuning. The score is token-level, as in the article-extraction benchmarks: the
bags of lower-cased word tokens of the found body and of the expected one, precision = shared /
found, recall = shared / expected, F1 per page, averaged over the pages.

    .venv/bin/python benchmarks/html_extraction.py            # both parts, three extractors
    .venv/bin/python benchmarks/html_extraction.py --sweep    # trafilatura's options, tune part only
    .venv/bin/python benchmarks/html_extraction.py --pages --part tune   # every page's score
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

import trafilatura  # noqa: E402
from trafilatura.utils import load_html  # noqa: E402

from newsroom.importer.cli import ImportOptions, prepare_file  # noqa: E402
from newsroom.importer.webpage import EXTRACTION_OPTIONS, decode_page, read_page, text_blocks  # noqa: E402
from newsroom.registry import load_registry  # noqa: E402

CASES = REPOSITORY / "tests" / "importer" / "web_cases"
PARTS = ("tune", "holdout")
TOKEN = re.compile(r"\w+")
REGISTRY = load_registry(REPOSITORY / "tests" / "fixtures" / "registry")


@dataclass
class Case:
    path: Path
    title: str
    date: str
    body: str


@dataclass
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def load_cases(part: str) -> list[Case]:
    cases = []
    for page in sorted((CASES / part).glob("*.html")):
        head, _, body = page.with_suffix(".expected.txt").read_text(encoding="utf-8").partition("\n---\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines())
        cases.append(Case(page, fields["title"], fields.get("date", ""), body.strip()))
    return cases


def score(found: str, expected: str) -> Score:
    got, want = Counter(TOKEN.findall(found.lower())), Counter(TOKEN.findall(expected.lower()))
    shared = sum((got & want).values())
    return Score(shared / sum(got.values()) if got else 0.0, shared / sum(want.values()) if want else 0.0)


def html_of(case: Case) -> str:
    return decode_page(case.path.read_bytes())


def trafilatura_defaults(case: Case) -> str:
    return trafilatura.extract(html_of(case)) or ""


def with_options(**options: object) -> Callable[[Case], str]:
    """trafilatura with ``options``, the article's blocks as the importer takes them (title left out)."""

    def run(case: Case) -> str:
        found = trafilatura.bare_extraction(load_html(html_of(case)), with_metadata=True, **options)
        return "\n\n".join(text_blocks(found.body, found.title or "")) if found is not None else ""

    return run


def our_extractor(case: Case) -> str:
    """``newsroom.importer.webpage.read_page``: our settings, layout tables unwrapped; the title left out."""
    page = read_page(html_of(case))
    return page.text.removeprefix(page.title).strip()


def whole_import(case: Case) -> str:
    """The article body the importer writes: extractor, then the text rules (debris, captions...)."""
    prepared = prepare_file(case.path, REGISTRY, ImportOptions(date=dt.date(2000, 1, 1)), dt.date(2000, 1, 1))
    if prepared.article is None:
        return ""
    return prepared.article.body.replace("\\", "")


def mean_score(extractor: Callable[[Case], str], cases: list[Case]) -> tuple[Score, float, list[float]]:
    scores = [score(extractor(case), case.body) for case in cases]
    f1s = [s.f1 for s in scores]
    mean = Score(statistics.fmean(s.precision for s in scores), statistics.fmean(s.recall for s in scores))
    return mean, statistics.fmean(f1s), f1s


def title_and_date(cases: list[Case]) -> tuple[int, int]:
    titles = dates = 0
    for case in cases:
        prepared = prepare_file(case.path, REGISTRY, ImportOptions(), dt.date(2000, 1, 1))
        article = prepared.article
        titles += article is not None and article.title == case.title
        dates += article is not None and article.date.isoformat() == case.date
    return titles, dates


def report(show_pages: bool, parts: tuple[str, ...] = PARTS) -> None:
    extractors = {
        "trafilatura 2.3.1 defaults": trafilatura_defaults,
        "our extractor (settings, layout tables)": our_extractor,
        "our import (settings + text rules)": whole_import,
    }
    print(f"options: {EXTRACTION_OPTIONS}")
    print(f"| part | pages | {' | '.join(extractors)} |")
    print(f"| --- | --- |{' --- |' * len(extractors)}")
    for part in parts:
        cases = load_cases(part)
        cells, per_page = [], {}
        for name, extractor in extractors.items():
            mean, f1, f1s = mean_score(extractor, cases)
            cells.append(f"F1 {f1:.3f} (P {mean.precision:.3f} / R {mean.recall:.3f})")
            per_page[name] = f1s
        print(f"| {part} | {len(cases)} | {' | '.join(cells)} |")
        if show_pages:
            for index, case in enumerate(cases):
                print(f"    {case.path.name}: " + "  ".join(f"{per_page[n][index]:.3f}" for n in extractors))
    for part in parts:
        cases = load_cases(part)
        titles, dates = title_and_date(cases)
        print(f"{part}: import titles {titles}/{len(cases)}, dates {dates}/{len(cases)}")


def sweep() -> None:
    """trafilatura's options on the tune part only (the holdout part is never looked at here)."""
    cases = load_cases("tune")
    grid = {
        "favor": ("balanced", "precision", "recall"),
        "include_tables": (True, False),
        "deduplicate": (False, True),
        "fast": (False, True),
    }
    print("| favor | tables | dedup | fast | F1 | P | R |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for favor, tables, dedup, fast in itertools.product(*grid.values()):
        options = {
            "favor_precision": favor == "precision",
            "favor_recall": favor == "recall",
            "include_tables": tables,
            "deduplicate": dedup,
            "fast": fast,
            "include_comments": False,
        }
        mean, f1, _ = mean_score(with_options(**options), cases)
        print(f"| {favor} | {tables} | {dedup} | {fast} | {f1:.3f} | {mean.precision:.3f} | {mean.recall:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sweep", action="store_true", help="trafilatura's options on the tune part only")
    parser.add_argument("--pages", action="store_true", help="every page's F1")
    parser.add_argument("--part", choices=PARTS, help="one part only (tuning looks at tune only)")
    arguments = parser.parse_args()
    if arguments.sweep:
        sweep()
    else:
        report(arguments.pages, (arguments.part,) if arguments.part else PARTS)


if __name__ == "__main__":
    main()
