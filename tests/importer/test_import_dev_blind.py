"""The development corpus's ``dev-blind`` part, through the real command line: title, people, debris
removed and body lines kept, as ``test_import_corpus.py`` checks the ``dev`` part.

``dev-blind`` was written without reading the importer's rules (see ``tests/import_cases/README.md``).
Its dates are not checked here: choosing a date is another piece of work, measured by
``benchmarks/import_quality.py``. The cases in ``NOT_YET_MET`` still miss a label other than the date
(the benchmark's ``--show dev-blind`` lists what they miss); every other case is checked label by label.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.article import load_article
from tests.helpers import REPOSITORY, import_reports
from tests.importer.test_import_corpus import FALLBACK_DATE, plain

DEV_BLIND = REPOSITORY / "tests" / "import_cases" / "dev-blind"
NOT_YET_MET = frozenset(
    {
        "en-us-paper-slash-dates-updated",  # "Posted 12/23/2025 ..." and "Updated ..." lines: a date's work
        "ru-local-ngo-no-date-donate",  # a donation appeal ("Любая сумма помогает: ...") kept
        "ru-ministry-iso-stamps-font-size",  # "Последнее изменение: 13.02.2026": an update stamp, a date's work
        "ru-university-initials-views",  # "Дата: 12 февр. 2026 г.": a date line, a date's work
    }
)


def checked_cases() -> list[Path]:
    return [path for path in sorted((DEV_BLIND / "expected").glob("*.json")) if path.stem not in NOT_YET_MET]


def test_the_cases_left_out_exist() -> None:
    """A case named in ``NOT_YET_MET`` is a real case (a renamed one would silently drop its check)."""
    names = {path.stem for path in (DEV_BLIND / "expected").glob("*.json")}
    assert NOT_YET_MET.issubset(names)
    assert len(checked_cases()) >= 20


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """All checked cases imported in one run of the command line: case name -> JSON report."""
    out = tmp_path_factory.mktemp("imported")
    inputs = [DEV_BLIND / "raw" / f"{path.stem}.txt" for path in checked_cases()]
    return import_reports(inputs, "--out", out, "--date", FALLBACK_DATE, "--no-progress")


@pytest.mark.parametrize("expected_path", checked_cases(), ids=lambda p: p.stem)
def test_a_dev_blind_case_meets_its_labels(expected_path: Path, imported: dict[str, dict]) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    report = imported[expected_path.stem]
    assert report["status"] == "created", report
    article = load_article(Path(report["output"]))
    assert article.title == expected["title"]
    assert article.lang == expected["lang"]
    assert sorted(article.people) == sorted(expected["people"])

    body = {line.strip() for line in plain(article.body).splitlines() if line.strip()}
    debris = {line.strip() for line in expected["debris_lines"]}
    kept_debris = sorted(debris & body)
    assert not kept_debris, f"debris kept: {kept_debris}"
    raw = (DEV_BLIND / "raw" / f"{expected_path.stem}.txt").read_bytes().decode("utf-8")
    others = debris | set(expected["metadata_lines"]) | {expected["title"]}
    others |= {article.subtitle, article.image and article.image.caption, article.image and article.image.credit}
    wanted = [line.strip() for line in raw.splitlines() if line.strip() and line.strip() not in others]
    lost = [line for line in wanted if line not in body]
    assert not lost, f"body lines lost or changed: {lost}"
