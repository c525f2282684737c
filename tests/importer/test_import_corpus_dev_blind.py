"""Every case of the corpus's ``dev-blind`` part, through the real command line, gets its labelled date.

``dev-blind`` (see ``tests/import_cases/README.md``) was written without reading the importer's rules.
Only the date is checked here, label by label: the date near the title, the ``Published`` stamp rather
than the ``Updated`` one, numeric dates in the page's order, the release's dateline rather than the
date an e-mail was forwarded, a year taken only from the text, and no date for the texts without one.
The other labels are scored by ``benchmarks/import_quality.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.article import load_article
from tests.helpers import REPOSITORY, import_reports

DEV_BLIND = REPOSITORY / "tests" / "import_cases" / "dev-blind"
FALLBACK_DATE = "2001-02-03"


def dev_blind_cases() -> list[Path]:
    return sorted((DEV_BLIND / "expected").glob("*.json"))


def test_the_dev_blind_part_has_its_cases() -> None:
    raws = {path.stem for path in (DEV_BLIND / "raw").glob("*.txt")}
    assert len(raws) >= 20
    assert raws == {path.stem for path in dev_blind_cases()}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """All dev-blind cases imported in one run of the command line: case name -> JSON report."""
    out = tmp_path_factory.mktemp("imported")
    inputs = [DEV_BLIND / "raw" / f"{path.stem}.txt" for path in dev_blind_cases()]
    return import_reports(inputs, "--out", out, "--date", FALLBACK_DATE, "--no-progress")


@pytest.mark.parametrize("expected_path", dev_blind_cases(), ids=lambda p: p.stem)
def test_a_dev_blind_case_gets_its_date(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    report = imported[expected_path.stem]
    assert report["status"] == "created", report
    article = load_article(Path(report["output"]))
    assert article.date.isoformat() == (expected["date"] or FALLBACK_DATE)
