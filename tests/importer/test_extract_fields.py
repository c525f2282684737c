"""Fields read off the lines' roles: the byline, the date, tags and sources."""

from __future__ import annotations

import datetime as dt

from newsroom.importer.datelines import parse_dateline
from newsroom.importer.dates import FoundDate
from newsroom.importer.fields import article_date, byline, find_source, source_names, tag_line
from newsroom.importer.lines import Line, LineRole, split_lines
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def lines_with(*pairs: tuple[str, LineRole]) -> list[Line]:
    lines = split_lines("\n\n".join(text for text, _ in pairs))
    for line, (_, role) in zip(lines, pairs, strict=True):
        line.role = role
    return lines


def test_a_full_date_in_the_header_wins_over_a_day_and_month() -> None:
    lines = lines_with(("21 апреля", LineRole.DATE), ("14 March 2025", LineRole.DATE), ("Title", LineRole.TITLE))
    assert article_date(lines, 3, None) == (dt.date(2025, 3, 14), None)


def test_a_day_and_month_is_never_given_a_year() -> None:
    lines = lines_with(
        ("21 апреля", LineRole.DATE),
        ("Title", LineRole.TITLE),
        ("The lead of the story.", LineRole.BODY),
        ("14 March 2025", LineRole.DATE),
    )
    date, partial = article_date(lines, 2, None)  # the body's date line is further from the title
    assert date is None and partial == FoundDate(21, 4, None)


def test_a_date_deep_in_the_body_is_a_date_in_the_story() -> None:
    lines = lines_with(
        ("Title", LineRole.TITLE),
        ("The clubs met.", LineRole.BODY),
        ("They voted.", LineRole.BODY),
        ("14 March 2025", LineRole.DATE),
    )
    assert article_date(lines, 1, None) == (None, None)
    dateline = parse_dateline("Astana, 2 June 2025 – The clubs met.", REGISTRY)
    assert article_date(lines, 1, dateline) == (dt.date(2025, 6, 2), None)


def test_a_dated_byline_dates_the_article() -> None:
    lines = lines_with(("Title", LineRole.TITLE), ("By Jane Smith, 3 March 2024", LineRole.BYLINE))
    assert article_date(lines, 1, None) == (dt.date(2024, 3, 3), None)
    assert byline(lines) == "Jane Smith"


def test_tags_and_sources_come_from_their_lines() -> None:
    lines = lines_with(
        ("Title", LineRole.TITLE),
        ("Tags: education, volunteers", LineRole.TAGS),
        ("Source: Kazinform", LineRole.SOURCE),
        ("Tags: not read, from a body line", LineRole.BODY),
    )
    assert tag_line(lines) == ["education", "volunteers"]
    assert source_names(lines) == ["Kazinform"]
    assert find_source(REGISTRY, "en", source_names(lines), []) == "Kazinform"
    assert find_source(REGISTRY, "en", ["Local Gazette"], []) == "Local Gazette"
