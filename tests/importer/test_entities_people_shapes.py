"""People by the shape of their names on real pages (the people7 round): patronymic words written apart,
surnames with particles, names put back in the nominative, role words and bylines around names, and
names of companies and buttons that are no people. Invented people and text."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities, natasha
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
needs_natasha = pytest.mark.skipif(natasha._load() is None, reason="natasha is not installed")


def people(paragraphs: list[str], lang: str = "en") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("The jury, led by Temirlan Asylbek uulu of the Naryn theatre, met.", "en", "Temirlan Asylbek uulu"),
        ("Among the coaches was Asylbek uulu Temirlan, who trained the junior team.", "en", "Asylbek uulu Temirlan"),
        ("Nargiza Tologon kyzy, a nurse from Talas, opened the clinic.", "en", "Nargiza Tologon kyzy"),
        ("Кружок ведёт Асылбек уулу Темирлан из детского центра.", "ru", "Асылбек уулу Темирлан"),
        ("На вопросы ответила Наргиза Тологон кызы, медсестра из Таласа.", "ru", "Наргиза Тологон кызы"),
        ("Көрмені Темирлан Асылбек уулу ашты.", "kk", "Темирлан Асылбек уулу"),
        ("Асылбек уулу Темирлан жастар орталығында сабақ береді.", "kk", "Асылбек уулу Темирлан"),
    ],
)
def test_a_patronymic_word_written_apart_belongs_to_the_name(sentence: str, lang: str, name: str) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people([sentence], lang) == [name]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The Naryn Drama Theatre opened its season on Friday.", "en"),
        ("Talas Region Hospital received new beds in November.", "en"),
        ("Бишкек Сити и Ош Маркет открыли новые павильоны.", "ru"),
        ("Нарын облысында жаңа мектеп ашылды.", "kk"),
    ],
)
def test_capitalised_words_without_a_patronymic_word_stay_no_people(sentence: str, lang: str) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people([sentence], lang) == []
