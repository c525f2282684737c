"""The development corpus's ``dev-blind`` part, through the real command line: every case gets its
labelled date; title, people, debris removed and body lines kept are checked as
``test_import_corpus.py`` checks the ``dev`` part.

``dev-blind`` was written without reading the importer's rules (see ``tests/import_cases/README.md``),
then two rounds of rules were tuned on it: the date (near the title, ``Published`` before
``Updated``, numeric dates in the page's order, a release's dateline before the date an e-mail was
forwarded, a year only from the text, none for the texts without one) and the rest; every case is
now checked label by label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import assert_case_met, cases_of, import_part

DEV_BLIND = REPOSITORY / "tests" / "import_cases" / "dev-blind"


def test_the_part_has_its_cases() -> None:
    raws = {path.stem for path in (DEV_BLIND / "raw").glob("*.txt")}
    assert raws == {path.stem for path in cases_of(DEV_BLIND)}
    assert len(raws) >= 24


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(DEV_BLIND, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize("expected_path", cases_of(DEV_BLIND), ids=lambda p: p.stem)
def test_a_dev_blind_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    assert_case_met(DEV_BLIND, expected_path, imported)
