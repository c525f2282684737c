"""Dates, round 16: classes of error the open parts showed, each checked on invented pages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


BODY = {
    "en": "Forty volunteers cleaned the river banks near the old mill on Saturday, the organisers said.",
    "ru": "Сорок волонтёров в субботу очистили берега реки у старой мельницы, сообщили организаторы.",
    "kk": "Сенбі күні қырық ерікті ескі диірмен маңындағы өзен жағасын тазалады, деп хабарлады ұйымдастырушылар.",
}


@pytest.mark.parametrize(
    ("stamp", "lang", "day"),
    [
        ("Field report No. 3 | 14 March 2025, 09:40 (Bishkek time)", "en", dt.date(2025, 3, 14)),
        ("Posted 2 June 2024, 16:05 (local time)", "en", dt.date(2024, 6, 2)),
        ("Опубликовано 2 июня 2024, 10:15 (по времени Астаны)", "ru", dt.date(2024, 6, 2)),
        ("Жарияланды: 2024 жылғы 5 наурыз, 18:20 (Астана уақытымен)", "kk", dt.date(2024, 3, 5)),
    ],
)
def test_a_stamp_whose_hour_carries_its_zone_in_brackets_dates_the_page(stamp: str, lang: str, day: dt.date) -> None:
    text = "\n\n".join(
        ["Regional Office", "Volunteers clean the river banks near the mill", stamp, BODY[lang], BODY[lang]]
    )
    assert extract(text, REGISTRY, lang).date == day


def test_an_events_hours_with_their_zone_are_no_stamp() -> None:
    text = "\n".join(
        [
            "Policy Institute",
            "Roundtable on green finance in Central Asia",
            "Date: 4 December 2025, 15:00–17:00 (Astana time)",
            "Venue: Institute conference hall, 12 Abai Avenue",
            BODY["en"],
        ]
    )
    assert extract(text, REGISTRY, "en").date is None


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("Ош, 3 марта 2025 г. / Ала-Тоо Пресс /.", "ru", dt.date(2025, 3, 3)),
        ("Нарын, 12 октября 2024 г. /Кабар/", "ru", dt.date(2024, 10, 12)),
        ("Taraz, 5 June 2025 /Steppe Wire/", "en", dt.date(2025, 6, 5)),
    ],
)
def test_a_dateline_alone_with_its_agency_between_slashes_dates_the_page(line: str, lang: str, day: dt.date) -> None:
    text = "\n".join(
        ["Главная » Общество", "Volunteers clean the river banks near the mill", line, BODY[lang], BODY[lang]]
    )
    assert extract(text, REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("byline", "stamp", "lang", "day"),
    [
        ("Text: Aliya Nurlanova", "March 14, 2025 | 10:20", "en", dt.date(2025, 3, 14)),
        ("By Timur Sadykov", "2 June 2024", "en", dt.date(2024, 6, 2)),
        ("Текст: Анна Ковалёва", "12.10.2024 | 18:30", "ru", dt.date(2024, 10, 12)),
    ],
)
def test_a_date_right_under_the_byline_after_a_gallerys_captions_dates_the_page(
    byline: str, stamp: str, lang: str, day: dt.date
) -> None:
    slides = []
    for number in range(1, 6):
        slides += [f"{number}/5", f"Volunteers at the river bank, picture {number}.", "Photo: Steppe Wire"]
    text = "\n".join(["Photo stories", "Volunteers clean the river banks near the mill", *slides, byline, stamp])
    text += "\n" + "\n".join([BODY[lang], BODY[lang]])
    assert extract(text, REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("run", "stamp", "lang", "day"),
    [
        ("Temporary exhibition • 3 March – 20 June 2025 • Main hall", "March 1, 2025", "en", dt.date(2025, 3, 1)),
        ("Выставка | 12 марта 2025 – 30 апреля 2025 | Зал 2", "10 марта 2025", "ru", dt.date(2025, 3, 10)),
        ("Көрме • 2025 жылғы 5 наурыз – 1 маусым • Бас зал", "Наурыз 3, 2025", "kk", dt.date(2025, 3, 3)),
    ],
)
def test_a_run_of_days_among_labels_is_no_page_date(run: str, stamp: str, lang: str, day: dt.date) -> None:
    text = "\n".join(
        ["Exhibitions", "Felt carpets of the steppe masters", run, "Opening ceremony. Photo: museum", stamp]
    )
    text += "\n" + "\n".join([BODY[lang], BODY[lang]])
    assert extract(text, REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("opening", "lang", "day"),
    [
        (
            "OSLO, 3 May 2025. The Norwegian fund opened a reading room in the village school.",
            "en",
            dt.date(2025, 5, 3),
        ),
        ("АЛМАТЫ, 5 мая 2025 г. Фонд открыл читальный зал в сельской школе.", "ru", dt.date(2025, 5, 5)),
        ("ШЫМКЕНТ, 2025 жылғы 12 наурыз. Қор ауыл мектебінде оқу залын ашты.", "kk", dt.date(2025, 3, 12)),
    ],
)
def test_a_dateline_ended_by_a_full_stop_dates_an_emailed_release(opening: str, lang: str, day: dt.date) -> None:
    headers = ["From: Press Office <press@example.org>", "Sent: 4 June 2025 10:22", "To: editors@example.org"]
    text = "\n".join([*headers, "Subject: Reading room opens", "", "Reading room opens in the village school"])
    text += "\n" + "\n".join([opening, BODY[lang], BODY[lang]])
    assert extract(text, REGISTRY, lang).date == day


@pytest.mark.parametrize(
    ("event_line", "lang"),
    [
        ("Thursday, 12 June 2025, 19:00", "en"),
        ("Четверг, 12 июня 2025, 19:00", "ru"),
        ("Friday, June 13, 2025, 18:30", "en"),
    ],
)
def test_an_invitations_event_day_under_its_name_is_not_the_emails_date(event_line: str, lang: str) -> None:
    headers = ["From: Culture House <events@example.org>", "Sent: Monday, 2 June 2025 11:40", "To: press@example.org"]
    text = "\n".join([*headers, "Subject: Invitation", "", "Summer Jazz Nights 2025: music on the embankment"])
    text += "\n" + "\n".join([event_line, BODY[lang], BODY[lang]])
    assert extract(text, REGISTRY, lang).date == dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("forwarded", "original", "day"),
    [
        ("14 апр. 2025 г., 08:50", "Date: пт, 11 апр. 2025 г. в 17:30", dt.date(2025, 4, 11)),
        ("Apr 14, 2025, 8:50 AM", "Date: Fri, Apr 11, 2025 at 5:30 PM", dt.date(2025, 4, 11)),
    ],
)
def test_a_forwards_date_above_the_originals_header_gives_way_to_the_originals(
    forwarded: str, original: str, day: dt.date
) -> None:
    lines = [
        "Inbox",
        "Aliya Serikova <a.serikova@example.kz>",
        forwarded,
        "to me",
        "---------- Forwarded message ---------",
    ]
    lines += ["From: Aral Fund <info@example.kz>", original, "Subject: Roundtable on water", "To: editors@example.kz"]
    lines += ["Aral Fund invites journalists to a roundtable on water", BODY["en"], BODY["en"]]
    assert extract("\n".join(lines), REGISTRY, "en").date == day
