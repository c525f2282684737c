"""The corpus's ``holdout4`` part (written blind, scored once on 2026-11-30, then tuned on: see
``tests/import_cases/README.md``), through the real command line: every case meets every label, but
one body line whose label contradicts an earlier part's (below), for which the title, date and people
are checked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import assert_case_met, cases_of, import_part, imported_article

HOLDOUT4 = REPOSITORY / "tests" / "import_cases" / "holdout4"
BODY_LABEL_CONTRADICTED = "en-think-tank-commentary-water"
"""Keeps ``The views expressed are the author's own.`` as body, a line holdout2 labels as debris."""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(HOLDOUT4, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize(
    "expected_path", [p for p in cases_of(HOLDOUT4) if p.stem != BODY_LABEL_CONTRADICTED], ids=lambda p: p.stem
)
def test_a_holdout4_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    assert_case_met(HOLDOUT4, expected_path, imported)


def test_the_contradicted_case_gets_its_title_date_and_people(imported: dict[str, dict]) -> None:
    expected_path = HOLDOUT4 / "expected" / f"{BODY_LABEL_CONTRADICTED}.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = imported_article(expected_path, imported)
    assert (article.title, article.date.isoformat()) == (expected["title"], expected["date"])
    assert sorted(article.people) == sorted(expected["people"])
