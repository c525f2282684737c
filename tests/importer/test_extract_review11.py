"""A reviewer's confirmed false positives of the rules11 round's title and date rules (``review11t``), each on
the reviewer's invented text in ``review11_inputs/``: the headline stays the title, the lead stays in the body,
a figure with a plus sign is no foreign telephone number."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.importer.decoding import decode
from newsroom.importer.extract import Extraction, extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
INPUTS = Path(__file__).parent / "review11_inputs"


def _text(name: str) -> str:
    return decode((INPUTS / f"{name}.txt").read_bytes())


def _extract(name: str) -> Extraction:
    return extract(_text(name), REGISTRY)


def _line(name: str, number: int) -> str:
    return [line.strip() for line in _text(name).splitlines() if line.strip()][number]


def _assert_headline_and_lead(name: str, headline: str) -> None:
    found = _extract(name)
    assert found.title == headline
    lead = next(line for line in _text(name).splitlines() if len(line.split()) >= 8)
    assert lead.strip() in found.body


@pytest.mark.parametrize(
    "name",
    [
        "p1_ru_programme_headline_date",
        "p2_en_programme_byline",
        "p3_kk_programme_headline_deck",
        "p4_en_programme_dateline",
    ],
)
def test_a_programmes_name_over_its_date_or_byline_is_the_headline(name: str) -> None:
    """Finding 1: the line under the programme's name is its date line or byline, not a second headline."""
    _assert_headline_and_lead(name, _line(name, 1))


@pytest.mark.parametrize(
    "name",
    [
        "a1_ru_headline_ends_akimat_ago",
        "a2_ru_headline_university_yesterday",
        "a4_ru_two_word_headline_today",
        "a6_en_two_word_headline_ago",
    ],
)
def test_a_headline_over_its_age_and_lead_is_no_bodys_page(name: str) -> None:
    """Finding 2: a news headline over its relative time and a lead that repeats its words or goes on."""
    _assert_headline_and_lead(name, _line(name, 0))


@pytest.mark.parametrize("name", ["d1_en_us_odds", "d2_en_us_stocks"])
def test_odds_points_and_percentages_are_no_foreign_phone(name: str) -> None:
    """Finding 3: ``+250``, ``+412``, ``+2.35%`` leave a US page's doubtful numeric date undecided."""
    assert _extract(name).date is None


@pytest.mark.parametrize(
    "name",
    [
        "c1_en_headline_share_switcher",
        "c2_ru_headline_share_switcher",
        "l3_en_menu_short_headline_short_lead",
        "l4_ru_menu_short_headline_short_lead",
        "l5_en_menu_short_headline_blocks",
    ],
)
def test_a_short_first_sentence_is_no_stopped_headline(name: str) -> None:
    """Finding 6: a lead opening with a short sentence is not a statement's headline ending with a stop."""
    lines = [line.strip() for line in _text(name).splitlines() if line.strip()]
    headline = next(line for line in lines if "   " not in line and "|" not in line)
    found = _extract(name)
    assert found.title == headline
    assert lines[lines.index(headline) + 1 :][-1] in found.body


@pytest.mark.parametrize("name", ["e5_en_ellipsis_headline_caption", "e6_ru_ellipsis_headline_caption"])
def test_a_headlines_own_ellipsis_over_a_caption_of_its_words_stays_the_title(name: str) -> None:
    """Finding 7: no furniture above, no crumb separator: the headline's ellipsis is its own."""
    assert _extract(name).title == _line(name, 0)


@pytest.mark.parametrize("name", ["h1_kk_domain_headline_lead", "h2_ru_domain_headline_lead"])
def test_a_headline_between_the_sites_domain_and_a_lead_naming_it_stays_the_title(name: str) -> None:
    """Finding 8: a lead that opens with the site's domain is no post opening with its handle."""
    _assert_headline_and_lead(name, _line(name, 1))
