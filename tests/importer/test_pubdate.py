"""Which date on a page is the article's: numeric orders, stamps, teasers, e-mails and years never invented.

Every text here is invented; each runs through the real extraction (``newsroom.importer.extract``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.importer.dates import date_of_line, is_date_line, page_date_order
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
LEAD = "The volunteers of the club planted forty young elms along the embankment on Saturday morning."
SECOND = "The city parks department gave the saplings and the tools, and promised to water them all summer."


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def date_of(text: str, lang: str | None = None) -> dt.date | None:
    return extract(text, REGISTRY, lang).date


# Numeric dates and the page's order


@pytest.mark.parametrize(
    ("line", "day_month_year"),
    [
        ("23.12.2025", (23, 12, 2025)),
        ("2025-12-23", (23, 12, 2025)),
        ("23/12/2025", (23, 12, 2025)),
        ("12/23/2025", (23, 12, 2025)),  # month first: 23 cannot be a month
        ("Posted 12/23/2025 6:40 PM CST", (23, 12, 2025)),
        ("Дата: 12 февр. 2026 г.", (12, 2, 2026)),
        ("Дата изменения: 2026-02-13 09:47", (13, 2, 2026)),
        ("Четверг, 5 марта 2026, 21:30", (5, 3, 2026)),
        ("Thursday, March 5, 2026 · 7:02 AM", (5, 3, 2026)),
        ("20 қаңтар 2026 ж. 09:00", (20, 1, 2026)),
        ("Жарияланды: 12.03.2026, 10:30", (12, 3, 2026)),
        ("2026 жылғы 12 наурыз, сейсенбі", (12, 3, 2026)),
        ("12 наурыз 2026 жыл, 10:30", (12, 3, 2026)),
        ("Thu 5 Mar 2026 09:15 GMT", (5, 3, 2026)),
        ("5th March 2026", (5, 3, 2026)),
        ("March 5, 2026 at 9:15 a.m.", (5, 3, 2026)),
        ("вторник, 12 марта 2026 года, 10:30", (12, 3, 2026)),
        ("12.03.2026 в 10:30", (12, 3, 2026)),
    ],
)
def test_date_lines_in_the_numeric_and_named_forms(line: str, day_month_year: tuple[int, int, int]) -> None:
    assert is_date_line(line)
    found = date_of_line(line)
    assert found is not None and (found.day, found.month, found.year) == day_month_year


def test_dots_are_always_day_first() -> None:
    found = date_of_line("05.04.2025")
    assert found is not None and (found.day, found.month, found.swappable) == (5, 4, "")
    assert date_of(page("Elms for the embankment", "05.04.2025", LEAD, SECOND)) == dt.date(2025, 4, 5)


@pytest.mark.parametrize(
    "line",
    [
        "Issue No. 12 · 23 January 2026",  # an issue number beside the date
        "Выпуск № 48 · 23 января 2026",
        "Steppe Birders Club, [23.12.2025 17:05]",  # a channel's name and its post's stamp
        "5 October 2024 | Culture and Education",
    ],
)
def test_a_date_beside_a_short_label_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


def test_a_slash_date_that_reads_both_ways_takes_the_pages_order() -> None:
    us_page = page("Elms for the embankment", "Posted 05/04/2025 9:10 AM EDT", LEAD, SECOND)
    assert date_of(us_page) == dt.date(2025, 5, 4)
    told_by_another_date = page("Elms for the embankment", "05/04/2025", LEAD, SECOND, "Updated 05/14/2025")
    assert date_of(told_by_another_date) == dt.date(2025, 5, 4)
    day_first = page("Elms for the embankment", "05/04/2025", LEAD, SECOND, "Обновлено 24/04/2025")
    assert date_of(day_first) == dt.date(2025, 4, 5)


def test_a_slash_date_that_reads_both_ways_is_refused_when_the_page_does_not_tell() -> None:
    assert date_of(page("Elms for the embankment", "05/04/2025", LEAD, SECOND)) is None
    assert date_of(page("Elms for the embankment", "05/04/2025", LEAD, SECOND), lang="ru") == dt.date(2025, 4, 5)


def test_the_page_order_from_its_language_time_zones_and_month_names() -> None:
    assert page_date_order(["05/04/2025"], "ru") == "DMY"
    assert page_date_order(["05/04/2025"], "en") is None
    assert page_date_order(["05/04/2025 8:00 PM PST"], "en") == "MDY"
    assert page_date_order(["05/04/2025", "March 3, 2025"], "en") == "MDY"
    assert page_date_order(["05/04/2025", "3 March 2025"], "en") == "DMY"
    assert page_date_order(["05/04/2025", "3 March 2025", "March 3, 2025"], "en") is None
    assert page_date_order(["13/05/2025", "05/13/2025"], "en") is None  # the page disagrees with itself


# Which date is the article's


def test_the_published_stamp_wins_over_the_updated_one_in_either_order() -> None:
    text = page("Elms for the embankment", "Updated: 24.12.2025 09:10", "Published: 23.12.2025 14:35", LEAD, SECOND)
    assert date_of(text) == dt.date(2025, 12, 23)
    assert date_of(page("Elms for the embankment", "Updated: 24.12.2025", LEAD, SECOND)) == dt.date(2025, 12, 24)


def test_a_relative_stamp_gives_way_to_the_absolute_date_below_the_body() -> None:
    text = page(
        "Society",
        "2 hours ago",
        "Elms for the embankment",
        LEAD,
        SECOND,
        "Published: 14 March 2026, 09:15",
        "Most read",
        "Night buses return to the left bank",
        "13 March 2026",
        "A new ice rink opens in the old park",
        "12 March 2026",
    )
    assert date_of(text) == dt.date(2026, 3, 14)


@pytest.mark.parametrize(
    "line",
    [
        "2 hours ago",
        "an hour ago",
        "Updated 2 hours ago",
        "Today at 10:30",
        "вчера в 14:30",
        "Обновлено в 10:30",
        "3 күн бұрын",
        "edited 17:12",
    ],
)
def test_a_relative_stamp_is_a_date_line_without_a_date(line: str) -> None:
    assert is_date_line(line)
    assert date_of_line(line) is None


def test_a_relative_stamp_alone_gives_no_date() -> None:
    assert date_of(page("Elms for the embankment", "2 hours ago", LEAD, SECOND)) is None
    assert date_of(page("Ағаштар отырғызылды", "2 сағат бұрын", LEAD, SECOND)) is None


def test_teasers_comments_and_the_copyright_line_give_no_date() -> None:
    text = page(
        "Elms for the embankment",
        LEAD,
        SECOND,
        "Related news",
        "Night buses return to the left bank",
        "13 March 2026",
        "A new ice rink opens in the old park",
        "12 March 2026",
        "2 thoughts on “Elms for the embankment”",
        "Aliya Sarsenbayeva",
        "March 15, 2026 at 8:12 am",
        "Lovely to see this!",
        "© 2026 Embankment Friends",
    )
    assert date_of(text) is None


def test_the_date_above_the_title_wins_when_the_title_is_not_found_first() -> None:
    text = page("Embankment Friends", "About", "Archive", "Contact", "2025-12-23", "Elms for the embankment", LEAD)
    assert date_of(text) == dt.date(2025, 12, 23)


def test_a_forwarded_release_takes_its_own_date_not_the_e_mails() -> None:
    text = page(
        "---------- Forwarded message ---------",
        "From: Press Office <press@club.example>\nDate: Fri, Jan 23, 2026 at 11:02 AM\n"
        "Subject: Elms\nTo: <desk@example.org>",
        "Hi all, please see the release below. Best, Marat",
        "Elms for the embankment",
        "Vienna, 22 January 2026",
        LEAD,
        SECOND,
    )
    assert date_of(text) == dt.date(2026, 1, 22)


def test_an_e_mails_date_is_the_date_when_the_text_has_no_other() -> None:
    text = page("From: Press Office <press@club.example>\nDate: 23.01.2026 11:02\nSubject: Elms", LEAD, SECOND)
    assert date_of(text) == dt.date(2026, 1, 23)


def test_the_dateline_of_the_lead_dates_the_article_below_a_picture() -> None:
    text = page(
        "Elms for the embankment | FRIENDS",
        "English   Français   Русский",
        "Elms for the embankment",
        "A volunteer waters a young elm on the embankment. Photo: Friends/Daniyar Kassym",
        "ALMATY, 23 December 2025 – " + LEAD,
        SECOND,
    )
    assert date_of(text) == dt.date(2025, 12, 23)


# A year is never invented


def test_a_day_and_month_take_the_year_the_text_gives_for_that_same_day() -> None:
    text = page(
        "Акимат города",
        "9 января",
        "Автобусы изменят маршрут",
        "Сегодня, 9 января 2026 года, жители микрорайона попросили перенести остановку ближе к школе.",
        "Новая схема начнёт работать с понедельника.",
    )
    found = extract(text, REGISTRY)
    assert found.date == dt.date(2026, 1, 9) and found.partial_date is None


def test_a_day_and_month_never_take_the_year_of_another_day() -> None:
    text = page(
        "9 января",
        "Автобусы изменят маршрут",
        "Жители микрорайона ещё 12 января 2025 года просили перенести остановку ближе к школе.",
        "Новая схема начнёт работать с понедельника.",
    )
    found = extract(text, REGISTRY)
    assert found.date is None and (found.partial_date.day, found.partial_date.month) == (9, 1)
    assert found.partial_date.year is None


def test_a_day_and_month_never_take_the_year_of_an_anniversary() -> None:
    text = page(
        "9 January, 10:15",
        "A new bridge opens in Semey",
        "Exactly a year ago, on 9 January 2025, the old bridge over the river collapsed after a flood.",
        "The new crossing has four lanes and a path for cyclists.",
    )
    found = extract(text, REGISTRY)
    assert found.date is None and found.partial_date.year is None


def test_a_date_just_under_the_title_wins_over_a_date_just_above_it() -> None:
    assert date_of(page("Tuesday, 24 March 2026", "Elms for the embankment", "12 March 2026", LEAD, SECOND)) == dt.date(
        2026, 3, 12
    )


def test_the_date_nearest_the_title_wins_over_a_top_bars_date() -> None:
    top_bar = ("Friday, 14 March 2026", "Home", "News", "Culture", "Elms for the embankment")
    assert date_of(page(*top_bar, "12 March 2026", LEAD, SECOND)) == dt.date(2026, 3, 12)
    assert date_of(page(*top_bar, "By Aliya Sarsenbayeva, 12 March 2026", LEAD, SECOND)) == dt.date(2026, 3, 12)


def test_a_date_line_below_the_second_paragraph_is_a_date_in_the_story() -> None:
    assert date_of(page("Elms for the embankment", LEAD, SECOND, "14 March 2025", "The elms grew.")) is None


@pytest.mark.parametrize("heading", ["Related news", "Читайте также", "Тағы оқыңыз"])
def test_the_date_of_one_teaser_under_its_heading_is_not_the_articles(heading: str) -> None:
    text = page("Elms for the embankment", LEAD, heading, "Night buses are back", "13 March 2026", SECOND)
    assert date_of(text) is None


def test_a_dash_date_takes_the_pages_order_too() -> None:
    us_page = page("Elms for the embankment", "05-04-2025 9:10 AM EDT", LEAD, SECOND)
    assert date_of(us_page) == dt.date(2025, 5, 4)
    assert date_of(page("Elms for the embankment", "05-04-2025", LEAD, SECOND)) == dt.date(2025, 4, 5)


def test_a_doubtful_slash_date_is_settled_by_the_datelines_day_and_month() -> None:
    text = page("Elms for the embankment", "05/04/2025", "ALMATY, April 5 (Steppe Wire) – " + LEAD, SECOND)
    assert date_of(text) == dt.date(2025, 4, 5)
    text = page("Elms for the embankment", "05/04/2025", "ALMATY, April 7 (Steppe Wire) – " + LEAD, SECOND)
    found = extract(text, REGISTRY)
    assert found.date is None and (found.partial_date.day, found.partial_date.month) == (7, 4)


@pytest.mark.parametrize("line", ["2026/03/04", "2026.03.04 10:30", "Опубликовано: 2026.03.04"])
def test_a_year_first_date_is_year_month_day_whatever_its_separator(line: str) -> None:
    assert is_date_line(line)
    found = date_of_line(line)
    assert found is not None and (found.day, found.month, found.year) == (4, 3, 2026)


def test_a_top_bars_date_over_the_sites_name_and_menu_is_not_the_articles() -> None:
    top = ("Monday, 30 November 2026", "Steppe Evening Courier", "News   Business   Sport   Culture")
    story = ("Choir from Oral wins a national contest with a song", "", "The choir won on Saturday, the school said.")
    assert date_of(page(*top, "", *story)) is None
    assert date_of(page(*top, "", story[0], "27 November 2026", *story[1:])) == dt.date(2026, 11, 27)


def test_a_date_right_above_the_title_is_the_articles() -> None:
    text = page("Steppe Evening Courier", "27 November 2026", "Choir from Oral wins a national contest", "", "It won.")
    assert date_of(text) == dt.date(2026, 11, 27)


def test_counters_and_print_buttons_between_a_date_and_its_title_keep_the_date() -> None:
    top = ("Степной вестник", "Новости", "Город", "Спорт", "ГОРОД", "21.08.2025 14:32", "👁 3 412", "💬 3")
    text = page(*top, "Версия для печати", "Жители добились ремонта моста через реку", "", "Мост отремонтируют.")
    assert date_of(text) == dt.date(2025, 8, 21)


def _post(date_line: str, *, tags: str) -> str:
    return (
        "kokshetau.kitaphana\nЖазылу\n"
        "Көкшетауда екі оқу залы ашылды 📚\n\n"
        "Қалалық кітапхана сенбі күні оқушылар мен зейнеткерлерге арналған екі оқу залын ашты.\n\n"
        "Залдарда 3 000 кітап пен он компьютер бар. Оларды қала тұрғындары тегін пайдалана алады.\n\n"
        "«Біз бұл залдарды екі жыл күттік», – дейді зейнеткер Сәуле Ахметова.\n\n"
        f"{tags}\n{date_line}\n1 204 белгі\nasel_nurlan\nКеремет! 😍\n3 апта\nЖауап беру\n"
    )


def test_a_date_under_a_posts_hashtags_is_the_posts_date() -> None:
    assert date_of(_post("14 қыркүйек 2025", tags="#Көкшетау #кітапхана #оқу")) == dt.date(2025, 9, 14)


def test_a_date_line_in_a_story_without_hashtags_above_it_is_no_post_date() -> None:
    assert date_of(_post("14 қыркүйек 2025", tags="Залдар күн сайын ашық.")) is None


def test_a_date_right_over_the_title_under_a_teasers_read_more_link_is_the_articles() -> None:
    text = page(
        "...the timetable, the ferry company said.",
        "Ferry to the lake island resumes in May",
        "Read more",
        "LIVE",
        "Sun 29 Nov 2026",
        "Volunteers plant forty elms on the embankment",
        LEAD,
        SECOND,
    )
    assert date_of(text) == dt.date(2026, 11, 29)


def test_a_date_under_a_most_read_heading_is_a_teasers() -> None:
    text = page(
        "Volunteers plant forty elms on the embankment",
        LEAD,
        SECOND,
        "Most read",
        "12 November 2026",
        "Zoo gets two snow leopards",
    )
    assert date_of(text) is None


def test_a_release_dated_at_its_foot_over_its_signature() -> None:
    """A ministry's or embassy's release: no date above it, the date alone under the story's last line, then the
    signature and the site's footer (the story tells of another day)."""
    text = page(
        "Embassy of Steppeland in Kazakhstan",
        "Home > News > 2026",
        "Embassy hands over ambulances to Kokshetau hospitals",
        "On 14 November 2026 the Ambassador handed over six ambulances to the regional health department.",
        SECOND,
        "15 November 2026",
        "Embassy of Steppeland in Kazakhstan",
        "Sitemap | Legal notice",
    )
    assert date_of(text) == dt.date(2026, 11, 15)


def test_a_date_under_a_label_at_the_foot_or_among_dates_is_not_the_pages() -> None:
    deadline = page(
        "Volunteers plant forty elms on the embankment", LEAD, SECOND, "Applications close:", "15 November 2026"
    )
    assert date_of(deadline) is None
    two = page("Volunteers plant forty elms on the embankment", LEAD, "12 November 2026", SECOND, "15 November 2026")
    assert date_of(two) != dt.date(2026, 11, 15)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("Вчера, 17:40", dt.date(2026, 11, 29)), ("Сегодня, 09:15", dt.date(2026, 11, 30)), ("2 часа назад", None)],
)
def test_a_relative_stamp_is_read_against_the_pages_own_date_bar(stamp: str, expected: dt.date | None) -> None:
    """The site's top bar gives its today above the menu; the article's only stamp is relative: yesterday or
    today of that day (never of the import's clock; an age in hours gives no day)."""
    text = page(
        "Понедельник, 30 ноября 2026",
        "Кокшетау -4°   Астана -15°",
        "СТЕПНОЙ ВЕСТНИК",
        "Новости\nЭкономика\nОбщество\nРегионы",
        "Главная → Общество",
        "Волонтёры высадили сорок вязов на набережной Кокшетау",
        stamp,
        "Волонтёры клуба в субботу утром высадили сорок молодых вязов вдоль набережной Копы.",
        "Городской отдел парков выделил саженцы и инструменты и обещал поливать их всё лето.",
    )
    assert date_of(text) == expected


def test_a_relative_stamp_without_the_pages_date_bar_gives_no_date() -> None:
    text = page(
        "Волонтёры высадили сорок вязов на набережной Кокшетау",
        "Вчера, 17:40",
        "Волонтёры клуба в субботу утром высадили сорок молодых вязов вдоль набережной Копы.",
    )
    assert date_of(text) is None
