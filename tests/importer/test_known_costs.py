"""The title scorer's known costs (``tests/importer/conftest.py``) each name a test that pytest collects: a renamed
test or a changed parameter would otherwise drop out of the list unnoticed, and its strictness with it."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPOSITORY
from tests.importer.conftest import TITLE_SCORER_COSTS


def test_every_known_cost_names_a_collected_test() -> None:
    modules = sorted({f"tests/importer/{cost.split('::')[0]}" for cost in TITLE_SCORER_COSTS})
    listing = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:randomly", "-p", "no:xdist", *modules],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=False,
    )
    collected = {line.strip().removeprefix("tests/importer/") for line in listing.stdout.splitlines()}
    assert listing.returncode == 0, listing.stdout[-2000:]
    assert collected >= TITLE_SCORER_COSTS, sorted(TITLE_SCORER_COSTS - collected)
