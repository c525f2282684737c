"""A reviewer's confirmed false positives of the rules13 round's title, byline and date rules (``review13``), each
on the reviewer's invented text in ``review13_inputs/``: the headline stays the title, no headline or credit is
read as a team's byline, an event's day is no publication date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.review_inputs import ReviewInputs

INPUTS = ReviewInputs(Path(__file__).parent / "review13_inputs")
_text, _extract = INPUTS.text, INPUTS.extract
_lines = INPUTS.lines


@pytest.mark.parametrize(
    "name",
    [
        "f01_en_titlecase_headline_ending_newsroom",
        "f02_en_titlecase_headline_ending_press_office",
        "f03_kk_headline_ending_baspasoz_ortalygy",
    ],
)
def test_a_headline_ending_with_a_teams_word_is_no_byline(name: str) -> None:
    """Findings 1-3: ``... Opens Student Newsroom``, ``... Regional Press Office`` (a Title Case headline writes the
    team's word in capitals), ``... университетінде студенттік баспасөз орталығы`` (no institution in the genitive)."""
    found = _extract(name)
    assert found.byline != _lines(name)[0]
    if not name.startswith("f02"):  # f02's Title Case line over a longer one is taken as a rubric (pre-existing)
        assert found.title == _lines(name)[0]


@pytest.mark.parametrize(
    "name", ["f04_kk_credit_without_colon_ending_baspasoz_qyzmeti", "f04b_kk_source_line_without_colon_at_foot"]
)
def test_a_credits_or_sources_words_before_a_press_office_make_no_byline(name: str) -> None:
    """Finding 4: ``Суретті ұсынған ...``, ``Ақпарат көзі ...``: a credit's or a source's line, not the author."""
    found = _extract(name)
    assert not (found.byline or "").startswith(("Суретті", "Ақпарат"))


@pytest.mark.parametrize(
    "name", ["f05_en_voices_headline_label_deck_byline", "f06_ru_istorii_headline_label_deck_byline"]
)
def test_a_feature_headline_opening_with_a_sections_word_stays_over_its_genre_tag_deck_and_byline(name: str) -> None:
    """Findings 5-6: ``Voices from the flooded villages`` (five words), ``Истории, которые лечат`` (a clause) are
    feature headlines, no section's name (two to four words, no clause, no comma)."""
    assert _extract(name).title == _lines(name)[0]


@pytest.mark.parametrize(
    "name", ["f07_ru_headline_opening_press_sluzhba_date_deck", "f07b_en_headline_opening_press_office_date_deck"]
)
def test_a_headline_about_a_press_office_over_its_date_and_deck_stays(name: str) -> None:
    """Finding 7: ``Пресс-служба ... переехала в новое здание``, ``Press office ... moves to Astana``: a verb makes a
    headline about the office, no office's name over its date line."""
    assert _extract(name).title == _lines(name)[0]


def test_forwarded_from_a_ministrys_long_name_is_the_messengers_label() -> None:
    """Finding 8: an official channel's name is long; only a colon after it makes the line a headline."""
    name = "f08_en_forwarded_from_long_ministry_name"
    assert _extract(name).title == _lines(name)[1]


@pytest.mark.parametrize(
    "name",
    [
        "f09_ru_cover_note_two_sentences_over_headline",
        "f10_ru_stopped_caption_over_headline_date",
        "f10b_en_stopped_caption_over_headline_date",
    ],
)
def test_a_cover_note_or_a_caption_over_a_dated_headline_gives_way(name: str) -> None:
    """Findings 9-10: a stopped line stays over a longer line only when that line has its author's byline under it
    and the stopped line is one sentence: a cover note's two sentences, a caption over a dated headline give way."""
    assert _extract(name).title == _lines(name)[1]


@pytest.mark.parametrize(
    "name",
    [
        "f11_ru_headline_opening_vsego_dobrogo",
        "f11b_en_headline_many_thanks_volunteers",
        "f12_kk_headline_zhazylu_2027",
        "f12b_en_headline_sign_up_opens_2026",
    ],
)
def test_a_headline_opening_with_thanks_farewell_or_a_subscription_stays(name: str) -> None:
    """Findings 11-12: a valediction is alone or with the sender's name (no ``!``, no quote); a paywall's offer has a
    price (a currency or a period beside its figure), a year is none."""
    assert _extract(name).title == _lines(name)[0]


def test_an_events_day_at_the_foot_under_a_running_sentence_is_no_publication_date() -> None:
    """Finding 13: ``Концерт состоится`` / ``21 марта 2026`` / ``Пресс-служба филармонии``: the sentence runs on into
    the date (the event's day); a release dated at its foot stands under a finished sentence."""
    assert _extract("f13_ru_event_date_at_foot_signed").date is None


def test_a_two_word_feature_headline_opening_with_a_sections_word_stays_at_the_top() -> None:
    """Finding 26: ``Истории выживших`` first in the text, over its genre tag, deck and byline: a section's name stands
    under the site's menu, a feature's headline may open the copy."""
    name = "f26_ru_two_word_feature_headline_istorii_vyzhivshih"
    assert _extract(name).title == _lines(name)[0]


@pytest.mark.parametrize(
    "name", ["f27_en_stopped_caption_over_headline_byline", "f27b_ru_stopped_caption_over_headline_byline"]
)
def test_a_stopped_caption_over_a_signed_headline_gives_way(name: str) -> None:
    """Finding 27: a stopped line stays over a signed deck only as a slogan (``Ten years, ten rivers, one team.``: noun
    phrases apart by commas); a caption's one phrase (``Volunteers at work on the Tobol banks.``) gives way."""
    assert _extract(name).title == _lines(name)[1]
