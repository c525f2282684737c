"""Shapes of page furniture met on real pages (messenger web views, typo widgets, site maps, topic
blocks, closing boilerplate, crew bylines, channel headers), each checked on invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.bylines import byline_of
from newsroom.importer.dates import is_date_line
from newsroom.importer.debris import is_debris
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def body_of(text: str, lang: str | None = None) -> str:
    return extract(text, REGISTRY, lang).body


@pytest.mark.parametrize(
    "line",
    [
        "Watch on YouTube",
        "View this post on Instagram",
        "Открыть в Telegram",
        "YouTube-та көру",
        "Please open WhatsApp to view this message",
        "👀 2.3K  изменено  08:05",
        "Нашли опечатку? Выделите фрагмент и нажмите Ctrl + Enter",
        "Spotted a mistake? Highlight it and press Ctrl+Enter.",
        "Карта сайта",
        "Site map",
    ],
)
def test_widget_lines_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new clinic will open in Taraz next spring.",
        "Residents can watch on the city's website how the repairs go.",
        "Press Ctrl and the arrow keys to move the map, the guide explains to visitors.",
    ],
)
def test_sentences_near_those_shapes_stay(line: str) -> None:
    assert not is_debris(line)


def test_a_crew_byline_with_its_roles_apart_by_full_stops() -> None:
    found = byline_of("Корреспондент: Айдана Ким. Видеооператор: Берік Оспанов")
    assert found is not None and found.name == "Айдана Ким, Берік Оспанов"


CHANNEL_POST = """Water Board of Kyzylorda
3.8K subscribers
14.05.2026
New pumping station starts work on the left bank

The city water board said the station will serve 9,000 homes from Monday.

Chief engineer Dauren Kalymbetov said the old pumps had been running since 1979.
👀 2.1K  edited  09:40
Watch on Telegram
"""


def test_a_channel_name_over_its_followers_is_not_the_title() -> None:
    found = extract(CHANNEL_POST, REGISTRY)
    assert found.title == "New pumping station starts work on the left bank"
    assert "Water Board" not in found.body and "Watch on" not in found.body and "2.1K" not in found.body


RELEASE = """Solar farm near Balkhash reaches full power

Almaty, 4 May 2026. The Balkhash solar farm of Dala Sun Energy reached its full power of 120 MW on Monday.

The plant will supply electricity to 60,000 homes, engineer Marat Sagyndykov said.

Its second phase will be built in 2027.

About the organisation
Dala Sun Energy builds and runs solar plants in three regions of Kazakhstan.
"""

KAZAKH_STORY = """Сәтбаев қаласында жаңа саябақ ашылды

Сәтбаев қаласында 12 гектар жерге жаңа саябақ ашылды. Онда 3 мыңнан астам ағаш отырғызылды.

Саябақта балалар алаңы мен велосипед жолы бар.

Қала тұрғындары саябақтың кешке дейін ашық болатынын айтты.

Осы тақырыпта
Жезқазғанда екі саябақ жөнделеді
03.05.2026
Қарағандыда ағаш отырғызу акциясы өтті
28.04.2026

Қор туралы
«Жасыл дала» қоры 2015 жылдан бері қалаларды көгалдандырумен айналысады.
"""


def test_closing_boilerplate_under_an_about_heading_leaves_the_body() -> None:
    body = body_of(RELEASE)
    assert "About the organisation" not in body and "builds and runs" not in body
    assert "Its second phase will be built in 2027." in body


def test_a_topic_block_and_a_fund_note_leave_a_kazakh_story() -> None:
    body = body_of(KAZAKH_STORY, "kk")
    assert "Осы тақырыпта" not in body and "Жезқазғанда" not in body and "Қор туралы" not in body
    assert "Қала тұрғындары саябақтың кешке дейін ашық болатынын айтты." in body


FESTIVAL_PAGE = """Festivals
Steppe Film Days: Ten Evenings of Documentary Cinema
3–12 August 2026
Open-air screen, Central Park, Karaganda

Ten documentaries from Central Asia will be shown under the open sky, one each evening.

Director Saule Omarova will present her film about the shepherds of Ulytau on the opening night.
"""


@pytest.mark.parametrize("line", ["3–12 August 2026", "1 July 2026 — 15 September 2026", "01.06.2026 - 30.06.2026"])
def test_a_run_of_days_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


def test_an_events_run_is_neither_its_date_nor_left_out() -> None:
    found = extract(FESTIVAL_PAGE, REGISTRY)
    assert found.date is None and "3–12 August 2026" in found.body
