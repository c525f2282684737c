"""Every case of the development corpus's dev part, through the real command line, meets its labels.

The corpus is ``tests/import_cases`` (invented texts in the shapes of real web pages: see its README).
The other parts are checked by ``test_import_parts.py`` once tuned on; a part still blind (the
benchmark's ``UNSEEN``) is only scored by ``benchmarks/import_quality.py``, so that no rule is fitted to it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import assert_case_met, cases_of, import_part

CORPUS = REPOSITORY / "tests" / "import_cases"
DEV = CORPUS / "dev"


def dev_cases() -> list[Path]:
    return cases_of(DEV)


def test_the_corpus_is_large_varied_and_split() -> None:
    """At least 40 cases from at least 12 kinds of source in three languages; a quarter or more written
    as holdouts (``holdout*``), each folder's raw texts and labels paired."""
    labels = [json.loads(path.read_text(encoding="utf-8")) for path in CORPUS.glob("*/expected/*.json")]
    parts = sorted(path.name for path in CORPUS.iterdir() if (path / "expected").is_dir())
    held_out = list(CORPUS.glob("holdout*/expected/*.json"))
    assert len(labels) >= 40
    assert len({label["source_kind"] for label in labels}) >= 12
    assert {label["lang"] for label in labels} == {"en", "ru", "kk"}
    assert len(held_out) * 4 >= len(labels)
    for part in parts:
        raws = {path.stem for path in (CORPUS / part / "raw").glob("*.txt")}
        assert raws == {path.stem for path in (CORPUS / part / "expected").glob("*.json")}, part


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return import_part(DEV, tmp_path_factory.mktemp("imported"))


@pytest.mark.parametrize("expected_path", dev_cases(), ids=lambda p: p.stem)
def test_a_dev_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    article = assert_case_met(DEV, expected_path, imported)
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if "byline" in expected:
        assert article.byline == expected["byline"]
