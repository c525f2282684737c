"""The model's dates: a publication date with a time and zone, ``updated`` and ``corrections``."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.article import ArticleError, Correction, parse_article

ORIGIN = "docs/news/2026/x.md"
PLUS_FIVE = dt.timezone(dt.timedelta(hours=5))


def parse(front_matter: str):
    return parse_article(f"---\ntitle: T\n{front_matter}\n---\n\nText.\n", ORIGIN, "news/2026/x.md")


def test_a_date_with_a_time_and_zone_keeps_its_day_and_its_moment_and_writes_back_the_same() -> None:
    article = parse("date: 2026-12-01T09:00:00+05:00")
    assert article.date == dt.date(2026, 12, 1) and article.moment == dt.datetime(2026, 12, 1, 9, tzinfo=PLUS_FIVE)
    again = parse_article(article.to_markdown(), ORIGIN, "news/2026/x.md")
    assert again.moment == article.moment and again.date == article.date
    assert parse("date: '2026-12-01T09:00'").moment == dt.datetime(2026, 12, 1, 9)  # no zone: the site's
    assert parse("date: 2026-12-01").moment is None


def test_updated_and_corrections_are_read_and_written_back() -> None:
    article = parse("date: 2026-11-20\nupdated: 2026-11-25\ncorrections:\n- {date: 2026-11-24, text: ' Wrong day. '}")
    assert article.updated == dt.date(2026, 11, 25)
    assert article.corrections == [Correction(dt.date(2026, 11, 24), "Wrong day.")]
    assert article.modified == dt.date(2026, 11, 25)
    assert parse_article(article.to_markdown(), ORIGIN).corrections == article.corrections
    assert parse("date: 2026-11-20").modified is None
    later = parse("date: 2026-11-20\ncorrections:\n- {date: 2026-11-26T10:00:00+05:00, text: Later.}")
    assert later.modified == dt.datetime(2026, 11, 26, 10, tzinfo=PLUS_FIVE)


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("date: 2026-12-01T25:00", "date: '2026-12-01T25:00' is not a date (YYYY-MM-DD) and time (HH:MM"),
        ("date: 2026-11-20\nupdated: soon", "updated: 'soon' is not a date (YYYY-MM-DD)"),
        ("date: 2026-11-20\nupdated: 2026-11-19", "updated: 2026-11-19 is before the article's date (2026-11-20)"),
        ("date: 2026-11-20\ncorrections: fixed", "corrections: 'fixed' is not a list (one '- date: ...'"),
        ("date: 2026-11-20\ncorrections: [x]", "corrections: correction 1: 'x' is not a mapping (date, text)"),
        ("date: 2026-11-20\ncorrections: [{text: a}]", "corrections: correction 1: date: missing (YYYY-MM-DD)"),
        ("date: 2026-11-20\ncorrections: [{date: 2026-11-21}]", "corrections: correction 1: text: missing"),
        ("date: 2026-11-20\ncorrections: [{date: 2026-11-21, text: [a]}]", "correction 1: text: ['a'] is not text"),
        ("date: 2026-11-20\ncorrections: [{date: 2026-11-21, text: a, by: b}]", "correction 1: unknown key 'by'"),
        ("date: 2026-11-20\ncorrections: [{date: x, text: a}]", "correction 1: date: 'x' is not a date"),
    ],
)
def test_date_mistakes_name_their_field(front_matter: str, message: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse(front_matter)
    assert any(line.startswith(f"{ORIGIN}: ") and message in line for line in caught.value.messages), caught.value
