"""People, round 16b: classes of error the open parts showed, each checked on invented pages."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def _people(paragraphs: list[str], lang: str = "en") -> list[str]:
    text = "\n\n".join(["Regional Office", *paragraphs])
    return extract(text, REGISTRY, lang).entities.people


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The plant will open next year, Hanul Motors CEO Park Ji-hoon said in a statement.", "Park Ji-hoon"),
        ("Trade envoy Park Seo-jun said the two sides had agreed on the terms.", "Park Seo-jun"),
        ("The talks went well, chief negotiator Park Min-seo told reporters on Friday.", "Park Min-seo"),
    ],
)
def test_a_korean_name_written_surname_first_is_a_person(sentence: str, name: str) -> None:
    people = _people(["Carmaker to build a plant in Kazakhstan", sentence, "The plant will employ 900 workers."])
    assert name in people


@pytest.mark.parametrize(
    "title",
    [
        "S. Korean carmaker to build plant in Kazakhstan",
        "N. Korean delegation visits Tashkent fair",
        "S. Korean, Japanese firms bid for Almaty metro cars",
    ],
)
def test_an_initial_before_a_nationality_is_no_person(title: str) -> None:
    people = _people([title, "The company said the plant would employ 900 workers from the region."])
    assert not any("Korean" in name for name in people)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Mohammad Nabi Karimi, a farmer from Balkh, said the water came in March.", "Mohammad Nabi Karimi"),
        ("Ghulam Haidar Noorzai, a shepherd near Kunduz, said the grass was back.", "Ghulam Haidar Noorzai"),
        ("Sherali Davlat Nazarzoda, 41, said the new bridge saved him an hour a day.", "Sherali Davlat Nazarzoda"),
    ],
)
def test_a_given_name_of_the_region_opens_a_persons_name(sentence: str, name: str) -> None:
    assert name in _people(["Water reaches the fields", sentence])


@pytest.mark.parametrize(
    "caption",
    [
        "Water flows through the new canal in the north [File: Timur Bekov/Steppe Wire]",
        "Farmers repair a ditch near Termez [Archive: Rustam Aliyev/Silk Road Agency]",
        "A new school in Khujand [Supplied: Gulnara Saidova/Pamir News]",
    ],
)
def test_a_credit_in_square_brackets_names_no_person(caption: str) -> None:
    story = "Forty volunteers cleaned the river banks near the old mill on Saturday, the organisers said."
    people = _people(["Water reaches the fields", caption, story])
    assert not any(name.split()[-1] in caption for name in people)


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("At the new clinic, nine-year-old Amira showed visitors the playroom.", "en", "Amira"),
        ("Дильшод, 27 лет, из Кулоба три года работал на стройках Казани.", "ru", "Дильшод"),
        ("Ернар, 19 жаста, ауылдағы мектепті биыл бітірді.", "kk", "Ернар"),
    ],
)
def test_a_first_name_alone_with_its_age_is_a_person(sentence: str, lang: str, name: str) -> None:
    assert name in _people(["Families return home", sentence], lang)


def test_a_first_name_with_its_age_inside_a_sentence_is_left_alone() -> None:
    sentence = "The report lists Almaty, 12 years old as a district, among the new ones."
    assert "Almaty" not in _people(["Families return home", sentence])
