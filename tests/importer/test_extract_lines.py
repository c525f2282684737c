"""The first stage: raw text split into lines, each with its blank-line separated block."""

from __future__ import annotations

from newsroom.importer.lines import LineRole, Spot, first_role, split_lines


def test_lines_are_stripped_and_numbered_by_block() -> None:
    lines = split_lines("  Title \n\n\nFirst line\nsecond line\n \u00a0\n\u200bThird\ufeff\n")
    assert [(line.text, line.block) for line in lines] == [
        ("Title", 0),
        ("First line", 1),
        ("second line", 1),
        ("Third", 2),
    ]
    assert all(line.role is LineRole.BODY for line in lines)


def test_empty_text_has_no_lines() -> None:
    assert split_lines("\n \n\t\n") == []


def test_the_first_rule_that_holds_wins() -> None:
    lines = split_lines("One\nTwo\nThree")
    rules = (
        (lambda spot: spot.is_last, LineRole.DEBRIS),
        (lambda spot: spot.position >= 1, LineRole.DATE),
    )
    assert [first_role(rules, Spot(lines, position)) for position in range(3)] == [
        None,
        LineRole.DATE,
        LineRole.DEBRIS,
    ]
    spot = Spot(lines, 2, body_start=1)
    assert (spot.into_body, spot.from_end, spot.previous) == (1, 1, lines[1])
