"""Dates, round 16b: classes of error the open parts showed, each checked on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY
from tests.importer.test_pubdate_rules16 import BODY

REGISTRY = load_registry(FIXTURE_REGISTRY)
TITLE = {
    "en": "Volunteers clean the river banks near the old mill",
    "ru": "Волонтёры очистили берега реки у старой мельницы",
}


def _page(stamp: str, lang: str = "en") -> str:
    return "\n\n".join(["Regional Office", TITLE[lang], stamp, BODY[lang], BODY[lang]])


@pytest.mark.parametrize(
    ("stamp", "lang", "day"),
    [
        ("Posted on 3 Feb 20263 Feb 2026", "en", dt.date(2026, 2, 3)),
        ("Published 11 March 202511 March 2025", "en", dt.date(2025, 3, 11)),
        ("Опубликовано 12.05.202512.05.2025", "ru", dt.date(2025, 5, 12)),
        ("Обновлено 4 мая 20264 мая 2026", "ru", dt.date(2026, 5, 4)),
    ],
)
def test_a_year_run_into_the_same_date_shown_twice_dates_the_page(stamp: str, lang: str, day: dt.date) -> None:
    assert extract(_page(stamp, lang), REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("28 June 2025 - 09:15", dt.date(2025, 6, 28)),
        ("3 March 2026 – 17:40 GMT", dt.date(2026, 3, 3)),
        ("21 сентября 2024 — 11:05", dt.date(2024, 9, 21)),
    ],
)
def test_a_date_and_its_hour_beside_a_dash_are_no_run_of_days(stamp: str, day: dt.date) -> None:
    lang = "ru" if "сентября" in stamp else "en"
    assert extract(_page(stamp, lang), REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("STEPPE PRESS - Mar 09, 2026 - 07:12 | All, Asia", dt.date(2026, 3, 9)),
        ("NORDWIRE - 14 October 2025 - 22:05 | Business", dt.date(2025, 10, 14)),
        ("|11.02.2026 - Update : 12.02.2026", dt.date(2026, 2, 11)),
    ],
)
def test_an_agencys_name_date_and_sections_cut_by_spaced_dashes_date_the_page(stamp: str, day: dt.date) -> None:
    assert extract(_page(stamp), REGISTRY, "en").date == day


def test_a_days_item_of_a_schedule_cut_by_a_dash_is_no_stamp() -> None:
    text = _page("4 December — webinar on school energy audits")
    assert extract(text, REGISTRY, "en").date is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Source: Steppe Wire| 2025-08-19 06:30:12|Editor: ajan", dt.date(2025, 8, 19)),
        ("Desk: Almaty|2026-01-07 11:02|Photo: Steppe Wire", dt.date(2026, 1, 7)),
        ("Photo desk|07.01.2026|Almaty", dt.date(2026, 1, 7)),
    ],
)
def test_a_stamps_parts_divided_by_bars_without_spaces_date_the_page(stamp: str, day: dt.date) -> None:
    assert extract(_page(stamp), REGISTRY, "en").date == day


@pytest.mark.parametrize(
    ("stamp", "opening", "day"),
    [
        ("Top Stories 09:25 March 03, 2026", "ALMATY, March 3 (Steppe Wire) -- ", dt.date(2026, 3, 3)),
        ("Business 18:30 November 11, 2025", "TASHKENT, November 11 (Silk Wire) -- ", dt.date(2025, 11, 11)),
        ("Politics 07:05 Jan 09, 2026", "BISHKEK, January 9 (Ala-Too News) -- ", dt.date(2026, 1, 9)),
    ],
)
def test_a_datelines_day_takes_its_year_from_a_short_stamp_of_the_head(stamp: str, opening: str, day: dt.date) -> None:
    text = "\n\n".join(["Regional Office", TITLE["en"], stamp, opening + BODY["en"], BODY["en"]])
    assert extract(text, REGISTRY, "en").date == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("14.03.24 08:55", dt.date(2024, 3, 14)),
        ("02.11.25", dt.date(2025, 11, 2)),
        ("30.09.26, 17:20", dt.date(2026, 9, 30)),
    ],
)
def test_a_numeric_date_with_a_two_digit_year_alone_on_its_line_dates_the_page(stamp: str, day: dt.date) -> None:
    assert extract(_page(stamp, "ru"), REGISTRY, "ru").date == day


def test_a_numeric_date_with_a_two_digit_year_that_is_no_day_gives_none() -> None:
    assert extract(_page("31.02.26", "ru"), REGISTRY, "ru").date is None


@pytest.mark.parametrize(
    ("stamp", "lang", "day"),
    [
        ("Новость от 14.05.2026", "ru", dt.date(2026, 5, 14)),
        ("Пресс-релиз от 3 апреля 2025 г.", "ru", dt.date(2025, 4, 3)),
        ("Press release 22 January 2026", "en", dt.date(2026, 1, 22)),
    ],
)
def test_a_date_labelled_as_the_pages_kind_dates_the_page(stamp: str, lang: str, day: dt.date) -> None:
    assert extract(_page(stamp, lang), REGISTRY, lang).date == day


def test_an_order_dated_in_a_line_is_no_page_stamp() -> None:
    assert extract(_page("Приказ министра от 14.05.2026", "ru"), REGISTRY, "ru").date is None


COMMENTS = {
    "en": ["steppe_rider", "Great news for the village!", "3 w", "Reply"],
    "ru": ["steppe_rider", "Отличная новость для села!", "3 нед.", "Ответить"],
    "kk": ["steppe_rider", "Ауыл үшін керемет жаңалық!", "3 апта", "Жауап беру"],
}


@pytest.mark.parametrize(
    ("likes", "stamp", "lang", "day"),
    [
        ("1,204 likes", "March 7, 2025", "en", dt.date(2025, 3, 7)),
        ("Нравится: 86", "12 апреля 2026 г.", "ru", dt.date(2026, 4, 12)),
        ("Ұнайды: 2 310", "2025 жылғы 5 қараша", "kk", dt.date(2025, 11, 5)),
    ],
)
def test_a_posts_date_under_its_likes_dates_the_post(likes: str, stamp: str, lang: str, day: dt.date) -> None:
    body = BODY.get(lang, BODY["ru"])
    lines = ["river_friends", TITLE.get(lang, TITLE["ru"]), body, body, "#river #volunteers #spring"]
    lines += COMMENTS[lang] + [likes, stamp, "Add a comment…"]
    assert extract("\n".join(lines), REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Published 05/03/2026 10:15 GMT+3", dt.date(2026, 3, 5)),
        ("Posted on 11/02/2025 - 08:40 UTC+5", dt.date(2025, 2, 11)),
        ("Updated 09/06/2026 21:05 (GMT+1)", dt.date(2026, 6, 9)),
    ],
)
def test_an_hour_east_of_greenwich_reads_a_numeric_date_day_first(stamp: str, day: dt.date) -> None:
    assert extract(_page(stamp), REGISTRY, "en").date == day


def test_an_hour_west_of_greenwich_tells_no_order() -> None:
    assert extract(_page("Published 05/03/2026 10:15 GMT-3"), REGISTRY, "en").date is None


@pytest.mark.parametrize(
    ("caption", "credit", "opening", "day"),
    [
        (
            "A weaver checks the warp of a silk carpet at a workshop in Margilan.",
            "© Steppe Fund/A. Karimov",
            "Margilan, 14 May 2026 – ",
            dt.date(2026, 5, 14),
        ),
        (
            "Nurses greet the first patients at the new clinic in Osh on Monday.",
            "Photo: Health Office",
            "OSH, 3 February 2025 – ",
            dt.date(2025, 2, 3),
        ),
        (
            "Дети набирают воду из нового колодца в школьном дворе.",
            "Фото: пресс-служба",
            "Нукус, 9 марта 2026 г. – ",
            dt.date(2026, 3, 9),
        ),
    ],
)
def test_the_dateline_right_under_the_picture_below_the_standfirst_dates_the_page(
    caption: str, credit: str, opening: str, day: dt.date
) -> None:
    lang = "ru" if "г." in opening else "en"
    standfirst = BODY[lang]
    story = opening + BODY[lang][0].lower() + BODY[lang][1:]
    text = "\n".join(["Regional Office", TITLE[lang], standfirst, caption, credit, story, BODY[lang], BODY[lang]])
    assert extract(text, REGISTRY, lang).date == day
