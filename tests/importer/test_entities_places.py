"""Places: an abbreviation of a place is not listed beside it, whether the registry knows it as an
alias or it is the initials of the place's name. Invented texts."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities
from newsroom.importer.entities.places import initials
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def places(paragraphs: list[str], lang: str) -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).places


@pytest.mark.parametrize(
    ("lang", "paragraphs", "country"),
    [
        (
            "ru",
            ["Команда из Казахстана заняла первое место.", "В олимпиаде участвовали 40 школьников РК."],
            "Казахстан",
        ),
        (
            "en",
            ["A team from Kazakhstan won the olympiad.", "Pupils from all regions of the RK took part."],
            "Kazakhstan",
        ),
        ("kk", ["Қазақстан оқушылары жеңіске жетті.", "Байқауға ҚР барлық өңірлерінен 40 оқушы қатысты."], "Қазақстан"),
    ],
)
def test_a_country_abbreviation_is_not_listed_beside_the_country(
    lang: str, paragraphs: list[str], country: str
) -> None:
    found = places(paragraphs, lang)
    assert found == [country]


def test_a_country_abbreviation_alone_is_the_country() -> None:
    assert places(["Конкурс проходит по всей РК до конца года."], "ru") == ["Казахстан"]


@pytest.mark.parametrize(
    ("paragraphs", "place", "abbreviation"),
    [
        (["Делегация из РБ приехала на форум. Республика Беларусь направила 20 участников."], "Беларусь", "РБ"),
        (["Гости из ЗКО и Западно-Казахстанской области посетили музей."], "Западно-Казахстанская область", "ЗКО"),
    ],
)
def test_an_abbreviation_that_is_the_initials_of_a_listed_place_goes(
    paragraphs: list[str], place: str, abbreviation: str
) -> None:
    found = places(paragraphs, "ru")
    assert place in found and abbreviation not in found


def test_an_abbreviation_that_stands_for_no_listed_place_stays() -> None:
    assert "ЮКО" in places(["Волонтёры из ЮКО помогали фермерам весь месяц."], "ru")


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Республика Казахстан", "РК"),
        ("Republic of Kazakhstan", "RK"),
        ("Қазақстан Республикасы", "ҚР"),
        ("Северо-Казахстанская область", "СКО"),
        ("United States of America", "USA"),
        ("Ust-Kamenogorsk", None),  # one word: no initials, "UK" is not its abbreviation
    ],
)
def test_initials_of_a_place_name(name: str, letters: str | None) -> None:
    assert initials(name) == letters
