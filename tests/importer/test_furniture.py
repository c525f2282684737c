"""Page furniture found by structure (``newsroom.importer.furniture``), through the stages that use it."""

from __future__ import annotations

import pytest

from newsroom.importer.furniture import is_breadcrumb_by_shape
from newsroom.importer.header import mark_header
from newsroom.importer.lines import split_lines
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def title_of(text: str) -> str:
    lines = split_lines(text)
    return lines[mark_header(lines, REGISTRY)].text


@pytest.mark.parametrize(
    "crumb",
    ["Our work / Stories", "Newsroom › Press releases", "Истории › Образование", "Біздің жобалар / Оқиғалар"],
)
def test_a_trail_of_short_steps_above_a_headline_is_not_the_title(crumb: str) -> None:
    text = f"{crumb}\n\nVolunteers plant a thousand trees along the Ishim river\n\nThe volunteers planted trees."
    assert title_of(text) == "Volunteers plant a thousand trees along the Ishim river"


@pytest.mark.parametrize(
    "title",
    [
        "Weather | Heavy snow closes roads",  # a lead with a full stop follows: no headline below
        "Aktau › Astana",
    ],
)
def test_a_title_with_a_slash_above_the_lead_stays_the_title(title: str) -> None:
    text = f"{title}\n\nDelegations met on Monday for the first time since spring, officials said.\n\nMore."
    assert title_of(text) == title


@pytest.mark.parametrize(
    "line", ["Our work / Stories", "News | Research", "Аймақ › Білім", "Главная » Новости » Общество"]
)
def test_breadcrumb_shapes(line: str) -> None:
    assert is_breadcrumb_by_shape(line)


@pytest.mark.parametrize(
    "line",
    ["Input / output costs rose sharply.", "and / or", "The ministry said the plan / budget would change next year"],
)
def test_lines_that_are_no_breadcrumb(line: str) -> None:
    assert not is_breadcrumb_by_shape(line)
