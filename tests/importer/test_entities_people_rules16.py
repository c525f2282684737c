"""People, round 16: classes of error the open parts showed, each checked on invented pages through the importer."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import natasha
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
needs_natasha = pytest.mark.skipif(natasha._load() is None, reason="natasha is not installed")
TITLES = {
    "en": "Village school opens a new library after two years of repairs",
    "ru": "В сельской школе после ремонта открылась новая библиотека",
    "kk": "Ауыл мектебінде жөндеуден кейін жаңа кітапхана ашылды",
}


def people(paragraphs: list[str], lang: str) -> list[str]:
    """The people the importer finds on a page of the title and these paragraphs."""
    text = "\n\n".join([TITLES[lang], *paragraphs])
    return extract(text, REGISTRY, lang).entities.people


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The report was signed by the chairman of the district, Mr. Sharifzoda F. N., on Monday.", "Sharifzoda F. N."),
        ("The school director, Ms. Nazarova M.K., thanked the donors for their help.", "Nazarova M.K."),
        ("The case was heard by Judge Ospanov B.", "Ospanov B."),
    ],
)
def test_a_surname_with_initials_after_it_is_a_name_in_english(sentence: str, name: str) -> None:
    assert people([sentence, "The library holds four thousand books and opens on weekdays."], "en") == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Председательствующий по делу — судья Жумабеков Н.С.", "Жумабеков Н.С."),
        ("Протокол подписал инспектор Ким В.А. в понедельник.", "Ким В.А."),
        ("Интересы истца представляла адвокат Иванова О. Н.; заседание длилось час.", "Иванова О. Н."),
    ],
)
def test_a_russian_surname_with_initials_keeps_the_last_initials_stop(sentence: str, name: str) -> None:
    assert people([sentence, "Библиотека насчитывает четыре тысячи книг и работает по будням."], "ru") == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Глава общины в Турткуле Бахром ибн Равшан Юсупов говорит, что колодцы пусты.", "Бахром ибн Равшан Юсупов"),
        (
            "Агроном хозяйства в Чимбае Сардор ибн Илхом Бекназаров говорит, что урожай будет ниже.",
            "Сардор ибн Илхом Бекназаров",
        ),
        ("Председатель совета в Нукусе Айгуль бинт Ахмед Исмаилова отметила рост.", "Айгуль бинт Ахмед Исмаилова"),
    ],
)
def test_a_name_natasha_cuts_at_its_particle_is_one_name(sentence: str, name: str) -> None:
    assert people([sentence, "Библиотека насчитывает четыре тысячи книг и работает по будням."], "ru") == [name]
