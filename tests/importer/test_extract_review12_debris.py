"""A reviewer's confirmed false positives of the rules12 round's debris, blocks and people rules (``review12``),
each on the reviewer's invented text in ``review12_inputs/``: story lines stay in the body, people stay people."""

from __future__ import annotations

from pathlib import Path

from newsroom.importer.extract import extract
from tests.helpers.review_inputs import REGISTRY, ReviewInputs

INPUTS = ReviewInputs(Path(__file__).parent / "review12_inputs")
_text, _extract = INPUTS.text, INPUTS.extract
_lines = INPUTS.lines


def test_a_release_under_a_cover_notes_double_dash_is_no_signature() -> None:
    name = "f45_ru_cover_note_then_dashes_then_release"
    body = _extract(name).body
    assert all(line in body for line in _lines(name)[5:])


def test_an_update_and_a_list_under_a_double_dash_are_no_signature() -> None:
    name = "f21_en_update_after_double_dash"
    body = _extract(name).body
    assert all(line in body for line in _lines(name)[4:])


def _story_paragraphs(name: str) -> list[str]:
    return [line for line in _lines(name)[1:] if len(line.split()) >= 10 and line.endswith(".")]


def test_read_also_boxes_between_paragraphs_take_their_headlines_only() -> None:
    for name in (
        "f37_ru_read_also_between_paragraphs",
        "f38_en_read_more_between_paragraphs",
        "f39_ru_read_also_twice_between_paragraphs",
    ):
        paragraphs = _extract(name).paragraphs
        assert all(line in paragraphs for line in _story_paragraphs(name)), name
        assert "Читайте также" not in paragraphs and "Read more" not in paragraphs


def test_related_cards_at_the_foot_still_leave_the_body() -> None:
    paragraphs = _extract("f37_companion_ru_related_cards_at_foot_SHOULD_FIRE").paragraphs
    assert paragraphs[-1].startswith("Центр рассчитан на 300 коек")


def test_a_budgets_table_under_its_introduction_is_no_stack_of_fundraisers() -> None:
    for name in ("f24_ru_budget_execution_table", "f25_en_budget_execution_table"):
        body = _extract(name).body
        assert all(line in body for line in _lines(name)[3:]), name


def test_a_story_line_under_an_empty_ad_slot_stays() -> None:
    for name in (
        "f18_en_story_line_under_ad_slot_shop",
        "f19_ru_story_line_under_ad_slot_vizite",
        "f20_ru_quote_exclaim_under_ad_slot",
    ):
        body = _extract(name).body
        assert all(line in body for line in _lines(name)[3:]), name


def test_an_ads_call_under_its_label_still_leaves_the_body() -> None:
    text = (
        "«Барыс» вышел в финал\n\n«Барыс» обыграл «Металлург» со счётом 4:2, сообщает пресс-служба клуба.\n\n"
        "Реклама\n\nОформите карту «Дала» и получите кешбэк 5%\n\nФинал пройдёт в субботу в Астане.\n"
    )
    assert "Оформите карту «Дала» и получите кешбэк 5%" not in extract(text, REGISTRY).body


def test_a_foreign_foundation_joined_by_a_particle_is_no_person() -> None:
    assert _extract("f23_en_spanish_foundation_as_person").entities.people == ["Marta Ibáñez de Olmedo"]


def test_people_with_a_role_in_apposition_to_a_group_are_people() -> None:
    assert sorted(_extract("f36_en_person_then_role_to_the_group").entities.people) == ["Aidos Kemelov", "Dana Bekova"]


def test_an_editors_note_about_an_update_with_a_hyphen_stays() -> None:
    name = "f31_en_editors_note_update_with_hyphen"
    assert _lines(name)[-1] in _extract(name).body


def test_a_kazakh_word_spelled_like_a_particle_joins_no_name() -> None:
    people = _extract("f35_kk_dos_friend_as_particle").entities.people
    assert sorted(people) == ["Асқар Серіков", "Дана Оспанова"]


def test_a_headline_opening_forwarded_from_is_no_channels_label() -> None:
    from newsroom.importer.debris import is_debris

    headline = _lines("f17_en_headline_forwarded_from_the_past")[0]
    assert not is_debris(headline)
    assert is_debris("Forwarded from Grain Union")
