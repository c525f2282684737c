"""The development corpus's ``holdout2`` part, tuned on since 2026-11-29 (see ``tests/import_cases/README.md``):
every case, through the real command line, gets its labelled title, date and people, and keeps every
body line; the debris removed is scored by ``benchmarks/import_quality.py`` (``--show holdout2``).

``holdout3`` stays unseen: nothing here reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import assert_case_met, cases_of, import_part

HOLDOUT2 = REPOSITORY / "tests" / "import_cases" / "holdout2"


def test_the_part_has_its_cases() -> None:
    assert len(cases_of(HOLDOUT2)) >= 18


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(HOLDOUT2, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize("expected_path", cases_of(HOLDOUT2), ids=lambda p: p.stem)
def test_a_holdout2_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    assert_case_met(HOLDOUT2, expected_path, imported, debris_removed=False)  # some of its debris stays
