"""A ratchet on the corpus parts opened since holdout26 and not yet checked case by case (holdout26 to 29, holdout34
to 47, holdout50 and holdout51), through the real command line.

Each of these parts was written blind, scored once, then opened and tuned on; ``test_import_parts.py`` checks the
earlier parts against every label, each let-off with its reason, but these are too recent to have had their debris
and people rounds. So instead of the labels, ``import_parts_recent.json`` records, case by case, which checks
(``CHECKS``: title, language, date, people, debris removed, body kept, as ``assert_case_met`` makes them) the case
met when it was recorded, and this module fails when one of them no longer is: a check met must stay met, while a
case may meet more. A new or removed case fails too, and no part of the benchmark's ``UNSEEN`` may be listed (they
are never read here).

After an improvement, or when a part's cases change, record again (it rewrites the JSON from today's importer):

    .venv/bin/python -m tests.importer.test_import_parts_recent --record
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

import pytest

from benchmarks.import_quality import UNSEEN
from tests.helpers import REPOSITORY
from tests.helpers.import_parts import CHECKS, case_values, cases_of, import_part

CORPUS = REPOSITORY / "tests" / "import_cases"
RECORD = Path(__file__).with_name("import_parts_recent.json")
PARTS = tuple(f"holdout{number}" for number in (*range(26, 30), *range(34, 48), 50, 51))
"""The opened parts this module checks."""


def recorded() -> dict[str, dict[str, list[str]]]:
    """The record: part -> case name -> the checks it meets (none before the first ``--record``, which the test of
    its names then fails on)."""
    return json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}


def met(part: str, expected_path: Path, imported: dict[str, dict]) -> list[str]:
    """The checks the case meets in ``imported`` (its part's reports), in ``CHECKS`` order."""
    values = case_values(CORPUS / part, expected_path, imported)
    return [check for check in CHECKS if values[check][0] == values[check][1]]


def record() -> None:
    """Import every part and rewrite the record atomically (a temporary file in its folder, then replaced)."""
    table: dict[str, dict[str, list[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="import-parts-recent-") as out:
        for part in PARTS:
            imported = import_part(CORPUS / part, Path(out) / part)
            table[part] = {path.stem: met(part, path, imported) for path in cases_of(CORPUS / part)}
    handle, temporary = tempfile.mkstemp(prefix=f".{RECORD.name}.", dir=RECORD.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(table, file, sort_keys=True, indent=2, ensure_ascii=False)
            file.write("\n")
        os.chmod(temporary, 0o644)
        os.replace(temporary, RECORD)
    except BaseException:
        os.unlink(temporary)
        raise
    cases = [checks for part in table.values() for checks in part.values()]
    print(f"{RECORD.name}: {len(cases)} cases, {sum(len(checks) == len(CHECKS) for checks in cases)} meet every check")


def test_the_record_names_every_case_of_its_parts_and_no_unseen_part() -> None:
    table = recorded()
    assert not (set(table) | set(PARTS)) & UNSEEN
    assert sorted(table) == sorted(PARTS)
    for part in PARTS:
        assert sorted(table[part]) == [path.stem for path in cases_of(CORPUS / part)], part
        for case, checks in table[part].items():
            assert set(checks) <= set(CHECKS), (part, case, checks)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict]]:
    """Each part imported on first use, one run of the command line a part: part -> case name -> report."""

    class Parts(dict):
        def __missing__(self, part: str) -> dict[str, dict]:
            self[part] = import_part(CORPUS / part, tmp_path_factory.mktemp(part))
            return self[part]

    return Parts()


def _every_case() -> list[tuple[str, str, list[str]]]:
    return [(part, case, checks) for part, cases in sorted(recorded().items()) for case, checks in cases.items()]


@pytest.mark.parametrize(
    ("part", "case", "checks"),
    [pytest.param(part, case, checks, id=f"{part}-{case}") for part, case, checks in _every_case()],
)
def test_a_case_still_meets_its_recorded_checks(
    part: str, case: str, checks: list[str], imported: dict[str, dict[str, dict]]
) -> None:
    values = case_values(CORPUS / part, CORPUS / part / "expected" / f"{case}.json", imported[part])
    lost = [check for check in checks if values[check][0] != values[check][1]]
    assert not lost, "\n".join(
        f"{part}/{case}: {check} no longer met: expected {values[check][0]!r}, got {values[check][1]!r}"
        for check in lost
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help=f"rewrite {RECORD.name} from today's importer")
    if parser.parse_args().record:
        record()
    else:
        parser.print_help()
