"""The development corpus's ``holdout2`` part, tuned on since 2026-11-29 (see ``tests/import_cases/README.md``):
every case, through the real command line, gets its labelled title, date and people, and keeps every
body line; the debris removed is scored by ``benchmarks/import_quality.py`` (``--show holdout2``).

``holdout3`` stays unseen: nothing here reads it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsroom.article import Article, load_article
from newsroom.importer.markup import is_list_item, opens_with_dash
from tests.helpers import REPOSITORY, import_reports
from tests.importer.test_import_corpus import FALLBACK_DATE, plain

HOLDOUT2 = REPOSITORY / "tests" / "import_cases" / "holdout2"
BULLET = re.compile(r"^[-*+•●▪◦‣–—]\s+")


def cases_of(part: Path) -> list[Path]:
    return sorted((part / "expected").glob("*.json"))


def import_part(part: Path, out: Path) -> dict[str, dict]:
    """All the part's cases imported in one run of the command line: case name -> JSON report."""
    inputs = [part / "raw" / f"{path.stem}.txt" for path in cases_of(part)]
    return import_reports(inputs, "--out", out, "--date", FALLBACK_DATE, "--no-progress")


def imported_article(expected_path: Path, imported: dict[str, dict]) -> Article:
    report = imported[expected_path.stem]
    assert report["status"] == "created", report
    return load_article(Path(report["output"]))


def assert_body_kept(article: Article, expected: dict, raw: bytes) -> None:
    """Every line of the raw text that is neither debris, metadata, the title, the subtitle, the caption
    nor the credit is in the body word for word (a bulleted line as its Markdown list item)."""
    body = {line.strip() for line in plain(article.body).splitlines() if line.strip()}
    others = set(expected["debris_lines"]) | set(expected["metadata_lines"]) | {expected["title"]}
    others |= {article.subtitle, article.image and article.image.caption, article.image and article.image.credit}
    wanted = [line.strip() for line in raw.decode("utf-8-sig").splitlines() if line.strip()]
    lost = [line for line in wanted if line not in others and line not in body and _as_item(line) not in body]
    assert not lost, f"body lines lost or changed: {lost}"


def _as_item(line: str) -> str:
    return "- " + BULLET.sub("", line, count=1) if is_list_item(line) and not opens_with_dash(line) else line


def test_the_part_has_its_cases() -> None:
    assert len(cases_of(HOLDOUT2)) >= 18


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(HOLDOUT2, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize("expected_path", cases_of(HOLDOUT2), ids=lambda p: p.stem)
def test_a_holdout2_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = imported_article(expected_path, imported)
    assert article.title == expected["title"]
    assert article.date.isoformat() == (expected["date"] or FALLBACK_DATE)
    assert sorted(article.people) == sorted(expected["people"])
    assert_body_kept(article, expected, (HOLDOUT2 / "raw" / f"{expected_path.stem}.txt").read_bytes())
