"""People, round 15: classes of error the open parts showed, each checked on invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities, natasha
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
needs_natasha = pytest.mark.skipif(natasha._load() is None, reason="natasha is not installed")


def people(paragraphs: list[str], lang: str = "ru") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@needs_natasha
def test_a_russian_story_on_a_page_read_as_kazakh_is_read_with_russian_rules() -> None:
    text = [
        "Жастар қоры | Молодёжный фонд",
        "Сегодня волонтёры расчистили от снега дворы у двадцати пенсионеров.",
        "Отдельное спасибо Григорию Лесницкому-Орлову, который привёз свой трактор.",
        "Нашей старшей подопечной, Агафье Тимофеевне Звягиной, исполнится 90 лет.",
        "Координировал рейд Бақыт Серікұлы Өтебаев.",
    ]
    found = sorted(people(text, "kk"))
    assert found == ["Агафья Тимофеевна Звягина", "Бақыт Серікұлы Өтебаев", "Григорий Лесницкий-Орлов"]


@needs_natasha
def test_a_kazakh_lettered_name_in_a_russian_story_is_found_whole() -> None:
    text = ["Лучшим игроком турнира признан 24-летний Нұрболат Әбдіқадыров. Команда получила кубок из рук акима."]
    assert people(text) == ["Нұрболат Әбдіқадыров"]


@needs_natasha
def test_a_kazakh_lettered_name_that_may_be_a_man_in_the_genitive_is_not_guessed() -> None:
    text = ["Кубок вручили у Нұрбола Жақсыбекова на глазах у болельщиков."]
    assert "Нұрбола Жақсыбекова" not in people(text)
