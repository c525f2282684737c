"""The development corpus's ``dev-blind3`` part (written blind, scored once, then tuned on: see
``tests/import_cases/README.md``), through the real command line: every case gets its labelled title
and date, keeps every body line and loses every debris line; people are checked for every case but
the one named below (the benchmark's ``--show dev-blind3`` lists what it misses).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import assert_case_met, cases_of, import_part

DEV_BLIND3 = REPOSITORY / "tests" / "import_cases" / "dev-blind3"
PEOPLE_NOT_MET = frozenset(
    {
        # a poster's artist named in its caption ("Художник Динара Исмаилова"): the importer takes her as a
        # person of the story, the label does not
        "ru-theatre-premiere-kicker-nodate",
    }
)


def test_the_part_has_its_cases_and_those_named_exist() -> None:
    names = {path.stem for path in cases_of(DEV_BLIND3)}
    assert len(names) == 24
    assert names >= PEOPLE_NOT_MET


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(DEV_BLIND3, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize("expected_path", cases_of(DEV_BLIND3), ids=lambda p: p.stem)
def test_a_dev_blind3_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    assert_case_met(DEV_BLIND3, expected_path, imported, people=expected_path.stem not in PEOPLE_NOT_MET)
