"""The development corpus's ``holdout2`` part, tuned on since 2026-11-29 (see ``tests/import_cases/README.md``):
every case, through the real command line, gets its labelled title and date.

The other labels of these cases are scored by ``benchmarks/import_quality.py`` (``--show holdout2``).
``holdout3`` stays unseen: nothing here reads it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.article import load_article
from tests.helpers import REPOSITORY, import_reports
from tests.importer.test_import_corpus import FALLBACK_DATE

HOLDOUT2 = REPOSITORY / "tests" / "import_cases" / "holdout2"


def all_cases() -> list[Path]:
    return sorted((HOLDOUT2 / "expected").glob("*.json"))


def test_the_part_has_its_cases() -> None:
    assert len(all_cases()) >= 18


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """All cases imported in one run of the command line: case name -> JSON report."""
    out = tmp_path_factory.mktemp("imported")
    inputs = [HOLDOUT2 / "raw" / f"{path.stem}.txt" for path in all_cases()]
    return import_reports(inputs, "--out", out, "--date", FALLBACK_DATE, "--no-progress")


@pytest.mark.parametrize("expected_path", all_cases(), ids=lambda p: p.stem)
def test_a_holdout2_case_gets_its_title_and_date(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    report = imported[expected_path.stem]
    assert report["status"] == "created", report
    article = load_article(Path(report["output"]))
    assert article.title == expected["title"]
    assert article.date.isoformat() == (expected["date"] or FALLBACK_DATE)
