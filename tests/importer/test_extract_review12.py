"""A reviewer's confirmed false positives of the rules12 round's title and date rules (``review12``, for the
rules13 round), each on the reviewer's invented text in ``review12_inputs/``: the headline stays the title and the
deck under it the subtitle or the body's first line, the lead stays in the body."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.review_inputs import ReviewInputs

INPUTS = ReviewInputs(Path(__file__).parent / "review12_inputs")
_text, _extract = INPUTS.text, INPUTS.extract
_lines = INPUTS.lines


def _assert_headline_kept(name: str) -> None:
    """The text's first line is the title, and the first long sentence of the story is in the body."""
    found = _extract(name)
    assert found.title == _lines(name)[0]
    lead = next(line for line in _lines(name) if len(line.split()) >= 8 and line.endswith("."))
    assert lead in found.body


@pytest.mark.parametrize(
    "name",
    [
        "f01_kk_owner_head_credit_deck",
        "f02_ru_owner_head_credit_deck",
        "f03_en_owner_head_last_credit_deck",
        "f30_ru_owner_head_first_word_share_deck",
        "f32_ru_allcaps_headline_credit_deck",
    ],
)
def test_a_headline_over_its_picture_credit_or_share_button_and_deck_is_no_pages_name(name: str) -> None:
    """Findings 1-3, 30, 32: a headline opening or closing with an owner's word (``Мектеп``, ``Театр``, ``library``,
    ``Центр``) or in capitals, over its picture's credit or its share button and its deck: those lines stand under
    a headline too, they do not set a page's name apart from its post."""
    _assert_headline_kept(name)


@pytest.mark.parametrize("name", ["f28_en_short_headline_age_deck", "f29_ru_short_headline_age_deck"])
def test_a_short_headline_over_its_age_and_deck_stays(name: str) -> None:
    """Findings 28-29: a post's age stamps a headline as much as a page's name; only under a page's name does it
    set the post apart."""
    _assert_headline_kept(name)


@pytest.mark.parametrize(
    "name",
    [
        "f04_en_corp_abbrev_deck",
        "f05_en_prof_abbrev_deck_date",
        "f47_ru_mkr_abbreviation_headline_deck",
        "f33_ru_headline_dot_foto_suffix_deck",
        "f34_en_headline_dot_in_pictures_deck",
    ],
)
def test_an_abbreviations_stop_or_a_media_tag_makes_no_two_sentences(name: str) -> None:
    """Findings 4-5, 47, 33-34: ``Corp.``, ``Prof.``, ``мкр.`` end no sentence, and ``. Фото``, ``. In pictures``
    is a headline's media tag, no caption's second sentence: the headline over its deck stays."""
    _assert_headline_kept(name)


def test_a_headline_copied_with_double_spaces_is_no_menu_row() -> None:
    """Finding 6: cells opening in lower case (``approves``, ``new``) are a sentence's words, no menu's labels."""
    _assert_headline_kept("f06_en_double_spaces_headline")


@pytest.mark.parametrize("name", ["f07_en_event_headline_with_date", "f22_kk_event_headline_with_date"])
def test_an_events_name_with_its_day_is_a_headline_not_a_bare_date(name: str) -> None:
    """Findings 7, 22: ``Jazz Night — 14 March``, ``Наурыз мейрамы – 21 наурыз``: a poster's headline."""
    _assert_headline_kept(name)


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("f11_ru_rubric_subrubric_question_headline", "Что изменится в налогах с 1 января 2027 года"),
        ("f12_en_rubric_subrubric_question_headline", "How the new tax code changes life for shop owners in Karaganda"),
        ("f40_ru_opinion_rubric_author_question_headline", "Почему тенге слабеет третий месяц подряд"),
        ("f41_en_opinion_rubric_author_question_headline", "Why the tenge keeps falling for a third month"),
    ],
)
def test_a_sub_rubric_or_a_columnists_name_over_a_question_headline_is_no_title(name: str, headline: str) -> None:
    """Findings 11-12, 40-41: under the rubric, a sub-rubric (pairing two topics, or sharing the rubric's word) or
    the columnist's name in Title Case is no short headline over its deck: the question is the headline."""
    assert _extract(name).title == headline


@pytest.mark.parametrize("name", ["f14_en_published_label_date_time", "f15_ru_publication_date_label_two_forms"])
def test_a_publication_label_over_its_date_and_time_is_no_listed_schedule(name: str) -> None:
    """Findings 14-15: ``Published:`` over the date and its time (or one day in two forms) is the page's stamp:
    label, date and time leave the body, the date is the page's."""
    found = _extract(name)
    label, day = _lines(name)[1:3]
    assert label not in found.body and day not in found.body
    assert found.date is not None and found.date.isoformat() == "2026-03-12"
    assert _lines(name)[-2] in found.body or _lines(name)[-1] in found.body


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("f48_ru_press_office_date_headline_MISS", "Чистая вода придёт в 40 сёл Кызылординской области"),
        ("f49_kk_press_office_over_headline_MISS", "Қызылорда облысының 40 ауылына таза су келеді"),
    ],
)
def test_a_press_offices_name_over_the_headline_is_no_title(name: str, headline: str) -> None:
    """Findings 48-49 (misses): the press office's name over its date line and the headline, or right over the
    headline (``... баспасөз қызметі``: the office signs as a byline), gives way to the headline."""
    assert _extract(name).title == headline


def test_a_stopped_headline_over_its_deck_and_byline_stays() -> None:
    """Finding 9: a stopped slogan over its longer deck (which has its byline under it) is the headline; a picture's
    caption over its credit is not kept that way."""
    _assert_headline_kept("f09_en_stopped_headline_deck_byline")


def test_two_capitalised_words_a_comma_and_no_role_make_a_headline() -> None:
    """Finding 8: ``Big Data, small farms`` holds no person's role word after its comma: no ``Name, role``."""
    _assert_headline_kept("f08_en_two_words_comma_headline")


def test_an_e_mails_valediction_is_no_headline() -> None:
    """Finding 46: ``Kind regards, Press office`` ends the cover note; the release's headline under ``--`` is the
    title."""
    found = _extract("f46_en_email_valediction_taken_as_headline")
    assert found.title == "Weekend fair comes to Pavlodar"


def test_a_storys_listed_days_kept_in_the_body_give_no_page_date() -> None:
    """Finding 16: ``Premiere dates:`` over two days stays in the body and gives the page no date."""
    found = _extract("f16_en_schedule_date_taken_as_pubdate")
    assert found.date is None
    assert "27 November 2026" in found.body


def test_an_events_day_and_hour_under_hashtags_with_its_place_under_it_is_no_post_date() -> None:
    """Finding 13: ``25 December 2026, 18:00`` / ``Central Park, main alley`` under a post's hashtags are the event's
    day and place, not the post's date (a post's bare date under its tags still is)."""
    assert _extract("f13_en_event_date_under_hashtags").date is None
