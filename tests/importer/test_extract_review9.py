"""A reviewer's confirmed false positives of the rules9 round's title and body rules (``review9``), each on the
reviewer's invented text in ``review9_inputs/``: the headline stays the title, body lines stay in the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.importer.decoding import decode
from newsroom.importer.extract import Extraction, extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
INPUTS = Path(__file__).parent / "review9_inputs"


def _extract(name: str) -> Extraction:
    return extract(decode((INPUTS / f"{name}.txt").read_bytes()), REGISTRY)


def _first_line(name: str) -> str:
    return decode((INPUTS / f"{name}.txt").read_bytes()).splitlines()[0].strip()


@pytest.mark.parametrize(
    "name",
    [
        "b1_situation_report",
        "b2_briefing_notes",
        "b3_ru_bulletin",
        "b5_worldcup",
        "b6_ru_weather",
        "b7_address",
        "b8_kk_zholdau",
    ],
)
def test_a_headline_with_a_date_after_a_dash_or_comma_is_no_newsletter_issue(name: str) -> None:
    assert _extract(name).title == _first_line(name)


@pytest.mark.parametrize(
    "name",
    [
        "c1_official_site_headline",
        "c2_heres_how",
        "c3_ru_official",
        "c4_ru_dash",
        "c5_kk_official",
        "c6_en_pipe",
    ],
)
def test_a_headline_naming_an_official_site_is_no_site_banner(name: str) -> None:
    assert _first_line(name).endswith(_extract(name).title)


def test_a_headline_naming_an_official_site_over_its_lead_is_no_banner() -> None:
    text = (
        "Official website of Expo 2027 launched in three languages\n"
        "The organisers of the exhibition have launched its website in Kazakh, Russian and English on Thursday.\n"
    )
    assert extract(text, REGISTRY).title == "Official website of Expo 2027 launched in three languages"


@pytest.mark.parametrize("name", ["d9_tags_more", "d10_authors", "d11_ru_more"])
def test_a_headline_over_a_row_ending_in_more_is_no_chat_name(name: str) -> None:
    assert _extract(name).title == _first_line(name)


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("h1_credit_headline_dek", "Tokayev meets Chinese Foreign Minister in Astana"),
        ("h2_ru_credit_headline_dek", "Токаев встретился с министром иностранных дел Китая"),
    ],
)
def test_a_headline_under_a_credit_over_its_deck_is_no_caption(name: str, headline: str) -> None:
    assert _extract(name).title == headline


@pytest.mark.parametrize("name", ["i3_headline_short_lines", "i5_ru_headline_section"])
def test_a_headline_over_its_author_role_and_section_trail_is_the_title(name: str) -> None:
    assert _extract(name).title == _first_line(name)


def test_a_roundup_headline_listing_its_topics_is_the_title() -> None:
    assert _extract("k1_this_week_in").title == _first_line("k1_this_week_in")


@pytest.mark.parametrize(
    ("name", "number"),
    [("f1_press_contacts", "74-12-12"), ("f3_ru_press_contacts", "74-12-12"), ("f3_ru_press_contacts", "press@")],
)
def test_press_contacts_announced_for_journalists_leave_the_body(name: str, number: str) -> None:
    assert number not in _extract(name).body


def test_emergency_numbers_announced_for_readers_stay() -> None:
    assert "101 – fire and rescue service" in _extract("f2_readers_numbers").body


def test_times_of_a_latest_news_feed_under_a_story_are_no_live_blog() -> None:
    body = _extract("e1_latest_feed").body
    assert "13:55" not in body and "13:30" not in body


def test_a_row_of_places_ending_in_a_count_over_the_headline_is_no_title() -> None:
    assert _extract("d6_byline_list").title == "Fourteen cities to get new trolleybuses this year"


def test_an_issue_contents_line_over_its_date_is_still_no_title() -> None:
    assert _extract("k2_ru_v_etom").title != _first_line("k2_ru_v_etom")
