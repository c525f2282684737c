"""``benchmarks/keep_model.py``: the stage and rule noted for each removed line, the lines' features and the fit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks import keep_model as k
from tests.helpers import REPOSITORY

PAGE = (
    "Ferry crossing to reopen on the Irtysh\n\n"
    "The ferry at Semeyka village will carry cars again from Monday, the district office said.\n\n"
    "The crossing closed in October when the river level fell below the ferry's ramp.\n\n"
    "We use cookies to improve your experience on our website.\n\n"
    "Drivers will pay 800 tenge a crossing, the office said."
)


def collected_lines(tmp_path: Path) -> list[k.Seen]:
    """The invented page run through the current code by the collecting process, as it notes each line."""
    folder = tmp_path / "part"
    (folder / "raw").mkdir(parents=True)
    (folder / "expected").mkdir()
    (folder / "raw" / "ferry.txt").write_text(PAGE, encoding="utf-8")
    (folder / "expected" / "ferry.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out.json"
    script = (
        f"import sys; sys.path.insert(0, {str(REPOSITORY / 'benchmarks')!r}); import keep_model as k; "
        f"k._collect(k.Path({str(REPOSITORY)!r}), k.Path({str(folder)!r}), k.Path({str(out)!r}))"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=k._without_path())
    [record] = json.loads(out.read_text(encoding="utf-8"))
    return k._lines(record)


def test_the_collecting_process_notes_the_stage_and_rule_that_took_a_line(tmp_path: Path) -> None:
    lines = collected_lines(tmp_path)
    roles = {line.text[:20]: (line.role, line.taken_by) for line in lines}
    assert roles["We use cookies to im"] == ("debris", "mark_body_roles line is_debris")
    assert roles["The ferry at Semeyka"] == ("body", "")
    assert roles["Drivers will pay 800"] == ("body", "")


def test_a_removed_line_s_features_read_its_shape_place_and_echo() -> None:
    roles = ["title", "body", "body", "body", "body"]
    lines = [k.Seen(text, at, role) for at, (text, role) in enumerate(zip(PAGE.split("\n\n"), roles, strict=True))]
    lines[3].role, lines[3].taken_by = "debris", "mark_body_roles line is_debris"
    found = k.features(lines, 3, 1, k.Page.of(lines, 1), stage=True)
    assert found["by mark_body_roles"] == found["rule is_debris"] == found["sandwiched"] == 1.0
    assert found["sentence_end"] == 1.0 and found["story_echo"] < 0.5
    echoed = k.features(lines, 4, 1, k.Page.of(lines, 1), stage=False)
    assert echoed["story_echo"] > found["story_echo"] and "rule is_debris" not in echoed


def test_the_fit_ranks_story_lines_above_debris() -> None:
    def row(label: str, value: float) -> k.Removed:
        return k.Removed("p", "now", "c", {"bias": 1.0, "sentence_end": value}, label, True, "", "")

    rows = [row("body", 1.0)] * 8 + [row("debris", 1.0)] * 2 + [row("debris", 0.0)] * 10
    weights = k.fit(rows, ["bias", "sentence_end"])
    story, junk = k.chances([row("body", 1.0), row("debris", 0.0)], weights)
    assert story > 0.5 > junk
