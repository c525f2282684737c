"""The subtitle stage: a short line between the title and the body, with no closing full stop."""

from __future__ import annotations

import pytest

from newsroom.importer.datelines import dateline_reader
from newsroom.importer.lines import LineRole, split_lines
from newsroom.importer.subtitle import mark_subtitle
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def subtitle(text: str, roles: dict[int, LineRole] | None = None) -> str | None:
    lines = split_lines(text)
    lines[0].role = LineRole.TITLE
    for position, role in (roles or {}).items():
        lines[position].role = role
    return mark_subtitle(lines, 1, dateline_reader(REGISTRY))


def test_a_short_line_without_a_full_stop() -> None:
    text = "Title\n\nFifty students spent two weeks on the site\n\nThe students came from five countries."
    assert subtitle(text) == "Fifty students spent two weeks on the site"


@pytest.mark.parametrize(
    "first",
    [
        "The clubs of Aktau opened a new library for children on Monday.",
        "ALMATY. KAZINFORM – More than 300 young people gathered",
        "- the first item of a list",
        "the clubs met on Monday",
        "Participants:",
    ],
)
def test_the_body_is_not_a_subtitle(first: str) -> None:
    assert subtitle(f"Title\n\n{first}\n\nThe students came from five countries.") is None


def test_a_hard_wrapped_lead_is_not_a_subtitle() -> None:
    assert subtitle("Title\n\nThe clubs of Aktau opened a library for\nchildren on Monday.\n\nMore follows.") is None


def test_a_hard_wrapped_lead_going_on_with_a_capital_is_not_a_subtitle() -> None:
    lead = (
        "The council of Kokshetau and the A. Baitursynov\n"
        "Regional Library today opened two reading rooms\n"
        "for pupils and pensioners in the northern districts\n"
        "of the city."
    )
    assert subtitle(f"Title\n\n{lead}\n\nMore follows.") is None


def test_a_deck_over_a_wrapped_lead_is_still_a_subtitle() -> None:
    lead = "The council of Kokshetau and the A. Baitursynov\nRegional Library opened two reading rooms\nfor pupils."
    assert subtitle(f"Title\n\nTwo rooms for readers in the north\n\n{lead}") == "Two rooms for readers in the north"


def test_a_sentence_set_apart_by_a_byline_is_a_subtitle() -> None:
    text = "Title\n\nThe clubs opened a library.\n\nBy Olga Petrova\n\nThe library holds 3,000 books."
    assert subtitle(text, {2: LineRole.BYLINE}) == "The clubs opened a library."


def test_one_body_line_is_the_body() -> None:
    assert subtitle("Title\n\nFifty students spent two weeks on the site") is None
