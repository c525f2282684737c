"""The development corpus's ``dev-blind`` part, through the real command line: every case gets its
labelled date; title, people, debris removed and body lines kept are checked as
``test_import_corpus.py`` checks the ``dev`` part.

``dev-blind`` was written without reading the importer's rules (see ``tests/import_cases/README.md``),
then two rounds of rules were tuned on it: the date (near the title, ``Published`` before
``Updated``, numeric dates in the page's order, a release's dateline before the date an e-mail was
forwarded, a year only from the text, none for the texts without one) and the rest. The cases in
``NOT_YET_MET`` still miss a label other than the date (the benchmark's ``--show dev-blind`` lists
what they miss); every other case is checked label by label.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import cases_of, import_part, imported_article
from tests.importer.test_import_corpus import FALLBACK_DATE, assert_debris_removed_and_body_kept

DEV_BLIND = REPOSITORY / "tests" / "import_cases" / "dev-blind"
NOT_YET_MET: frozenset[str] = frozenset()  # every case meets its labels since the dev-blind2 round


def all_cases() -> list[Path]:
    return cases_of(DEV_BLIND)


def checked_cases() -> list[Path]:
    return [path for path in all_cases() if path.stem not in NOT_YET_MET]


def test_the_part_has_its_cases_and_those_left_out_exist() -> None:
    """A case named in ``NOT_YET_MET`` is a real case (a renamed one would silently drop its check)."""
    raws = {path.stem for path in (DEV_BLIND / "raw").glob("*.txt")}
    assert raws == {path.stem for path in all_cases()}
    assert NOT_YET_MET.issubset(raws)
    assert len(checked_cases()) >= 20


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(DEV_BLIND, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize("expected_path", all_cases(), ids=lambda p: p.stem)
def test_a_dev_blind_case_gets_its_date(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert imported_article(expected_path, imported).date.isoformat() == (expected["date"] or FALLBACK_DATE)


@pytest.mark.parametrize("expected_path", checked_cases(), ids=lambda p: p.stem)
def test_a_dev_blind_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = imported_article(expected_path, imported)
    assert article.title == expected["title"]
    assert article.lang == expected["lang"]
    assert sorted(article.people) == sorted(expected["people"])
    raw = (DEV_BLIND / "raw" / f"{expected_path.stem}.txt").read_bytes()
    assert_debris_removed_and_body_kept(article, expected, raw)
