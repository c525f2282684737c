"""The headline's evidence (``newsroom.importer.headline``): a line the header's rules leave as the title but
with a shape no headline has gives way to a headline a few lines under it that has a date, byline or lead
under it; a headline with such evidence, or a stopped headline over its lead, stays. Invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.importer.headline import flaws, hard_flaws, soft_flaws
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
LEAD_EN = "The district council in Kokshetau voted on Tuesday to open two new reading rooms before the winter holidays."
LEAD_RU = "Городской совет Кокшетау во вторник решил открыть до зимних каникул два новых читальных зала в микрорайонах."


@pytest.mark.parametrize(
    "junk",
    [
        "...added the coach, who hopes to bring the team back next spring.",  # a copy cut mid-sentence
        "Steppe Lakes College   Admissions  Campus  Library  Alumni   Donate",  # a menu's row, spaced
        "Readers in the hall. The library opened its doors at nine",  # a picture's caption over the headline
        "Ainur Sadvakasova-Brown, editor of the youth page",  # ``Name, role``
        "Your region: Akmola ▾",  # a drop-down
        "Search...",  # a search field's placeholder
        "08:15 Rain expected in the capital on Thursday afternoon",  # a news feed's item
    ],
)
def test_a_flawed_line_over_a_dated_headline_gives_way(junk: str) -> None:
    text = f"{junk}\nTwo reading rooms to open in Kokshetau before winter\n12 October 2026\n{LEAD_EN}\n"
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms to open in Kokshetau before winter"
    assert LEAD_EN in found.body


def test_a_forwarded_messages_cover_note_gives_way_to_the_release_headline() -> None:
    text = (
        "Коллеги, добрый день, пересылаю пресс-релиз для пятничного номера. А.\n\n"
        "> От: Пресс-служба колледжа <press@college.example>\n"
        "> Отправлено: 12 октября 2026 г. 10:02\n"
        "> Тема: Пресс-релиз\n"
        ">\n"
        "Два читальных зала откроются в Кокшетау до зимы\n"
        f"{LEAD_RU}\n"
    )
    assert extract(text, REGISTRY).title == "Два читальных зала откроются в Кокшетау до зимы"


def test_a_headline_over_its_deck_is_taken_past_a_menu_row() -> None:
    text = (
        "Steppe Lakes College   Admissions  Campus  Library  Alumni   Donate\n"
        "Two reading rooms for Kokshetau\n"
        "The council says both rooms will open before the winter holidays and stay open late\n"
        "By Dana Ospanova\n"
        f"{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms for Kokshetau"
    deck = "The council says both rooms will open before the winter holidays and stay open late"
    assert deck in (found.subtitle, found.paragraphs[0])


def test_a_stopped_headline_over_its_lead_stays() -> None:
    text = f"Reading rooms are coming. Winter is not waiting.\n{LEAD_EN}\nSecond part of the plan\n{LEAD_EN}\n"
    assert extract(text, REGISTRY).title == "Reading rooms are coming. Winter is not waiting."


def test_a_flawed_first_line_stays_when_the_story_begins_under_it() -> None:
    text = f"Ainur Sadvakasova-Brown, editor of the youth page\n{LEAD_EN}\nWhat the rooms will offer\n12 October 2026\n"
    assert extract(text, REGISTRY).title == "Ainur Sadvakasova-Brown, editor of the youth page"


@pytest.mark.parametrize(
    "headline",
    [
        "Капитан остаётся! Ерназар Болатұлы продлил контракт",  # a cry, then the news
        "Асель Жумабекова, режиссёр: «Я снимаю кино без бюджета»",  # an interview's headline
        "eGov запустил новый сервис для пенсионеров",  # a brand written lowercase
        "U.S. Embassy opens a reading room in Kokshetau",  # an abbreviation's stops
        "Results 2026: what changed for farmers",  # a colon inside
    ],
)
def test_headlines_have_no_flaw(headline: str) -> None:
    assert not flaws(headline)


def test_a_full_stop_is_a_soft_flaw_and_a_closing_colon_a_hard_one() -> None:
    assert soft_flaws("Winter is coming. Aid must come with it.") and not hard_flaws("Winter is coming.")
    assert hard_flaws("Begin forwarded message:")


@pytest.mark.parametrize(
    "owner, stamp",
    [
        ("Пресс-служба акимата Акмолинской области", "Переслано из: Водоканал Кокшетау"),  # a forwarded post
        ("Гимназия-интернат № 4 г. Кокшетау", "вчера в 18:04"),  # a school's page over its post's age
        ("Ақмола облысы әкімдігінің баспасөз қызметі", "2 сағат бұрын"),
    ],
)
def test_a_pages_owner_over_its_post_gives_way_to_the_posts_headline(owner: str, stamp: str) -> None:
    headline = "Два читальных зала откроются в Кокшетау до зимних каникул"
    found = extract(f"{owner}\n{stamp}\n{headline}\n{LEAD_RU}\n", REGISTRY)
    assert found.title == headline
    assert LEAD_RU in found.body


def test_a_short_headline_over_its_authors_role_stays() -> None:
    text = (
        "Бюджет, который никто не читает\n"
        "Алия Нурпеисова\n"
        "Экономист, руководитель исследовательской группы «Открытый бюджет»\n"
        "12 октября 2026\n"
        f"{LEAD_RU}\n"
    )
    assert extract(text, REGISTRY).title == "Бюджет, который никто не читает"


def test_a_short_headline_over_its_story_stays() -> None:
    text = f"Kokshetau gets two reading rooms\nShare\nThe council will open them before the first snow\n{LEAD_EN}\n"
    assert extract(text, REGISTRY).title == "Kokshetau gets two reading rooms"


def test_a_bare_date_passed_over_is_the_pages_date() -> None:
    text = (
        "Kokshetau Chess Federation\n"
        "LIVE\n"
        "Tue 14 Apr 2026, 09:10 (Kokshetau time)\n"
        "Two reading rooms to open in Kokshetau before winter\n"
        f"{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms to open in Kokshetau before winter"
    assert found.date is not None and found.date.isoformat() == "2026-04-14"
