"""Date lines and the date an article gets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsroom.article import load_article
from newsroom.importer.dates import date_of_line, find_date, foreign_date, is_date_line, is_place_date_line
from newsroom.importer.extract import extract
from newsroom.importer.wordlists import words
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY, RAW, import_articles


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("14 March 2025, 16:40", "2025-03-14"),
        ("2017-10-12 22:35:14", "2017-10-12"),
        ("12.10.2017", "2017-10-12"),
        ("October 12, 2017", "2017-10-12"),
        ("Oct. 12, 2017 10:20 a.m. EDT", "2017-10-12"),
        ("21 апреля 2025", "2025-04-21"),
        ("21 апреля 2025 г., 14:30", "2025-04-21"),
        ("Опубликовано: 12.10.2017 14:22", "2017-10-12"),
        ("10 шілде 2025", "2025-07-10"),
        ("Monday, 12 October 2017", "2017-10-12"),
        ("5 October 2024 | Culture and Education", "2024-10-05"),
    ],
)
def test_date_lines_in_many_formats(line: str, iso: str) -> None:
    assert is_date_line(line)
    found = date_of_line(line)
    assert found is not None and found.as_date() is not None and found.as_date().isoformat() == iso


@pytest.mark.parametrize(
    "line",
    ["The forum opened on 12 October 2017 in Almaty.", "May Day rally", "In 2017 the club grew to 40 members."],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


def test_the_texts_own_date_wins_over_the_date_option(tmp_path: Path) -> None:
    result = import_articles("--json", "--out", tmp_path, "--date", "2001-01-01", RAW / "youth-forum-almaty.txt")
    assert load_article(Path(json.loads(result.stdout)["output"])).date.isoformat() == "2025-03-14"


def test_a_day_and_month_without_a_year_is_not_a_date(tmp_path: Path) -> None:
    raw = tmp_path / "reuters.txt"
    raw.write_text(
        "Clubs plant trees in Almaty\n\nALMATY, March 3 (Reuters) - The clubs planted 1,000 trees.\n\nMore follow.",
        encoding="utf-8",
    )
    result = import_articles("--json", "--out", tmp_path / "a", raw)
    assert load_article(Path(json.loads(result.stdout)["output"])).date == dt.date.today()
    assert "using today" in result.stderr
    result = import_articles("--json", "--out", tmp_path / "b", "--date", "2024-11-30", raw)
    assert load_article(Path(json.loads(result.stdout)["output"])).date.isoformat() == "2024-11-30"


@pytest.mark.parametrize("entry", words("dates-months"))
def test_every_listed_month_name_dates_a_line(entry: str) -> None:
    number, name = entry.split(maxsplit=1)
    found = date_of_line(f"5 {name.capitalize()} 2024")
    assert found is not None and (found.day, found.month, found.year) == (5, int(number), 2024)


@pytest.mark.parametrize("weekday", words("dates-weekdays"))
def test_a_listed_weekday_before_a_date_is_still_a_date_line(weekday: str) -> None:
    assert is_date_line(f"{weekday.capitalize()}, 12.10.2017, 14:22 ALMT")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("05-04-2007", "2007-04-05"),  # day first, dashes
        ("14:35, 23.12.2025 | Updated: 24.12.2025 09:10", "2025-12-23"),  # a time first, an updated stamp
        ("14:35, 23.12.2025 (обновлено: 15:10, 23.12.2025)", "2025-12-23"),
        ("February 19, 2025 8:14 AM GMT+5 Updated 2 hours ago", "2025-02-19"),
        ("Posted on July 15, 2024 by steppe_volunteers", "2024-07-15"),  # a blog post's date and author
        ("Posted by Clubs Network on 3 March 2025", "2025-03-03"),
    ],
)
def test_web_page_date_lines(line: str, iso: str) -> None:
    assert is_date_line(line)
    found = date_of_line(line)
    assert found is not None and found.as_date() == dt.date.fromisoformat(iso)


@pytest.mark.parametrize("line", ["VIENNA, 14 May 2025", "Almaty, Kazakhstan, 3 May 2025"])
def test_a_dateline_alone_on_its_line_is_a_date_line(line: str) -> None:
    assert not is_date_line(line)  # the place is not a date's word ...
    assert is_place_date_line(line)  # ... but a place and a date alone make a page's date line


def test_a_sentence_ending_in_a_date_is_no_date_line() -> None:
    assert not is_place_date_line("In the end, the clubs met on 14 May 2025")
    assert not is_place_date_line("The meeting is planned, 14 May 2025 perhaps")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("الخميس 23 أكتوبر 2025", "2025-10-23"),  # Arabic month and weekday
        ("12 de marzo de 2025", "2025-03-12"),
        ("5 avril 2025", "2025-04-05"),
        ("15. März 2025", "2025-03-15"),
    ],
)
def test_a_month_in_a_language_we_do_not_publish_in_goes_to_dateparser(line: str, iso: str) -> None:
    assert find_date(line) is None  # the rules cannot read it
    found = foreign_date(line)
    assert found is not None and found.as_date() == dt.date.fromisoformat(iso)
    assert is_date_line(line) and date_of_line(line) == found


@pytest.mark.parametrize(
    "line",
    [
        "23 أكتوبر",  # no year: never invented
        "le 5 avril",
        "Clubs from 12 countries met in 2025",  # a sentence, not a date line
        "Since 2019, 40 clubs have joined the federation and many more are planned",  # too long
    ],
)
def test_dateparser_never_invents_a_year_nor_reads_sentences(line: str) -> None:
    assert foreign_date(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 24.12.2025 09:10 | Published: 23.12.2025 14:35",
        "14:35, 23.12.2025 (обновлено: 15:10, 24.12.2025)",
        "Last updated 24 December 2025 · First published 23 December 2025",
    ],
)
def test_the_publication_date_wins_over_an_update_stamp_on_its_line(line: str) -> None:
    assert is_date_line(line)
    assert date_of_line(line).as_date() == dt.date(2025, 12, 23)


def test_an_update_stamp_on_its_own_line_gives_the_date_only_when_nothing_else_does() -> None:
    registry = load_registry(FIXTURE_REGISTRY)
    body = "The clubs met in Almaty on Friday.\n\nThey agreed on a plan."
    stamped = extract(f"Clubs agree on a plan for the summer\n\nUpdated: 24.12.2025\n\n23.12.2025\n\n{body}", registry)
    assert stamped.date == dt.date(2025, 12, 23)
    only = extract(f"Clubs agree on a plan for the summer\n\nUpdated: 24.12.2025\n\n{body}", registry)
    assert only.date == dt.date(2025, 12, 24)


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("Press office (+39) 06 555 0101 press@steppe-agri.example", dt.date(2026, 11, 5)),
        ("Media: +7 7172 55 01 01", dt.date(2026, 11, 5)),
        ("Media: +1 (202) 555-0101", None),  # a North American number tells nothing
        ("The index closed +2.35% after adding +412 points; the team opened as +250 favourites", None),  # no phone
    ],
)
def test_a_telephone_number_outside_north_america_reads_a_doubtful_date_day_first(
    contact: str, expected: dt.date | None
) -> None:
    text = (
        "Newsroom\n\nFarmers in Kyzylorda switch to drip irrigation for rice\n\n05/11/2026\n\n"
        "Rice farmers in Kyzylorda region agreed on Tuesday to switch 120 farms to drip irrigation.\n\n"
        f"The work starts in spring.\n\nContact\n\n{contact}\n"
    )
    assert extract(text, load_registry(FIXTURE_REGISTRY)).date == expected


@pytest.mark.parametrize(
    ("heading", "days"),
    [
        ("Performances:", ("27 November, 19:00", "28 November, 19:00", "29 November, 15:00")),
        ("Көрсетілім күндері:", ("27 қараша, 19:00", "28 қараша, 19:00")),
    ],
)
def test_dates_listed_under_a_heading_with_a_colon_stay_in_the_body(heading: str, days: tuple[str, ...]) -> None:
    text = (
        "Kokshetau theatre opens its season with a new comedy\n\n12 November 2026\n\n"
        "The Kokshetau drama theatre will open its season with a comedy by a young local author, the theatre said.\n\n"
        f"{heading}\n" + "\n".join(days) + "\n\nTickets go on sale on Monday.\n"
    )
    found = extract(text, load_registry(FIXTURE_REGISTRY))
    assert all(day in found.body for day in days)
    assert found.date == dt.date(2026, 11, 12)


def test_a_date_line_with_a_two_digit_year_gives_that_year() -> None:
    """``26 Nov 26`` alone on its line (a bank's list style): the year is written, its last two digits."""
    found = date_of_line("26 Nov 26")
    assert found is not None and (found.day, found.month, found.year) == (26, 11, 2026)
    text = (
        "Steppe Bank lends to Kokshetau bus company\nBy Dana Ospanova\n26 Nov 26\n"
        "The bank will lend up to 40 million euros for sixty electric buses in Kokshetau.\n"
        "The buses will run on eight city routes from the autumn of 2027.\n"
    )
    assert extract(text, load_registry(FIXTURE_REGISTRY)).date == dt.date(2026, 11, 26)


def test_a_day_and_month_with_another_number_after_them_in_a_sentence_give_no_year() -> None:
    found = date_of_line("On 26 Nov 26 buses left the depot")
    assert found is None or found.year is None
