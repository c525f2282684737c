"""A reviewer's confirmed false positives of the rules13 round's debris, page-field and people rules (``review13``),
each on the reviewer's invented text in ``review13_debris_inputs/``: story lines and event fields stay in the body,
people stay people."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.review_inputs import ReviewInputs

INPUTS = ReviewInputs(Path(__file__).parent / "review13_debris_inputs")
_text, _extract = INPUTS.text, INPUTS.extract


def test_an_events_topic_closing_its_fields_stays() -> None:
    body = _extract("f15_ru_event_fields_topic_at_end").body
    assert "Цифровые каталоги в сельской библиотеке" in body and "Тема:" in body


def test_a_publication_stamp_takes_its_own_pair_only_not_the_events_fields() -> None:
    body = _extract("f16_ru_published_label_then_event_fields").body
    assert all(
        line in body for line in ("Место:", "Дворец школьников, зал № 2", "Тема:", "Ремёсла и народные промыслы")
    )
    assert "Опубликовано:" not in body
    body = _extract("f16b_en_published_label_then_event_fields").body
    assert "Published:" not in body and "Place:" in body


def test_a_donors_words_quoted_with_a_speaker_stay_and_the_speaker_is_a_person() -> None:
    cases = {
        "f18_ru_dash_quote_vasha_pomoshch_pozvolit": "Мария Осипова",
        "f19_kk_dash_quote_komeginiz_komektesedi": "Айгүл Жұмабаева",
        "f20_en_quote_without_marks_your_contribution_keeps": "Dana Whitcomb",
    }
    for name, person in cases.items():
        found = _extract(name)
        assert person in found.entities.people, name
        assert all(line.strip() in found.body for line in _text(name).splitlines()[4:] if line.strip()), name


def test_a_story_line_about_a_digest_and_where_to_subscribe_stays() -> None:
    name = "f17_ru_story_about_a_digest_subscribe_sentence"
    body = _extract(name).body
    assert "Подписаться можно на сайте ведомства." in body


def test_an_official_after_a_bodys_name_with_of_is_a_person() -> None:
    people = _extract("f21_en_board_of_directors_person").entities.people
    assert sorted(people) == ["Aidos Seitkali", "Zhanar Omarova"]


def test_a_farmer_or_a_founder_whose_employees_or_staff_follow_is_a_person() -> None:
    people = _extract("f22_en_person_whose_employees_staff").entities.people
    assert sorted(people) == ["Dana Whitcomb", "Yerlan Bekov"]


def test_names_in_prose_copied_with_double_spaces_are_found() -> None:
    people = _extract("f23_en_double_spaced_names_pdf_copy").entities.people
    assert sorted(people) == ["Aliya Nurova", "Dana Whitcomb"]


def test_a_person_after_an_occupation_that_is_no_bodys_kind_is_a_person() -> None:
    people = _extract("f25_en_occupations_developer_miner_broker").entities.people
    assert sorted(people) == ["Asel Nurova", "Dana Whitcomb", "Yerlan Bekov"]


def test_a_team_in_a_results_tables_column_of_riders_is_no_person() -> None:
    people = _extract("f24_en_results_table_team_cell").entities.people
    assert "Irtysh Cycling" not in people and "Aigerim Sadykova" in people
