"""People named with no cue but a verb of speech, and names kept as the text writes them."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("«Енді көмек көрсете аламыз», — деді орталық директоры Гүлнара Сейтқали.", "Гүлнара Сейтқали"),
        ("«Бұл үлкен жеңіс», — деп атап өтті Бауыржан Сәрсенбаев.", "Бауыржан Сәрсенбаев"),
    ],
)
def test_a_kazakh_name_after_a_verb_of_speech(sentence: str, name: str) -> None:
    text = "Павлодарда жаңа орталық ашылды\n\nПавлодарда жаңа орталық ашылды.\n\n" + sentence
    assert extract(text, REGISTRY, lang="kk").entities.people == [name]


def test_no_name_after_a_verb_of_speech_without_two_capitalised_words() -> None:
    text = "Павлодарда жаңа орталық ашылды\n\n«Бұл үлкен жеңіс», — деді Павлодар облысының әкімі.\n\nСоңы."
    assert extract(text, REGISTRY, lang="kk").entities.people == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"Every cutting counts," Maria C. Alvarez said during a class in April.', "Maria C. Alvarez"),
        ("The farm supplies ninety thousand homes, said Henrik O. Lund, the technical director.", "Henrik O. Lund"),
    ],
)
def test_an_english_name_with_an_initial_next_to_a_verb_of_speech(sentence: str, name: str) -> None:
    text = "Wind farm doubles its output\n\nA wind farm doubled its output in January.\n\n" + sentence
    assert extract(text, REGISTRY, lang="en").entities.people == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Заместитель акима города Ольга Ковалева вручила письма лучшим командам.", "Ольга Ковалева"),
        ("Письма вручила Ольге Ковалевой заместитель акима.", "Ольга Ковалева"),
        ("Письма вручил Пётр Зелёный, заместитель акима.", "Пётр Зелёный"),
        ("Письма вручил Петр МакКой, заместитель акима.", "Петр МакКой"),
    ],
)
def test_a_russian_name_keeps_the_texts_e_or_yo(sentence: str, name: str) -> None:
    text = "В Шымкенте прошел форум волонтеров\n\nВ Шымкенте завершился форум волонтеров.\n\n" + sentence
    assert name in extract(text, REGISTRY, lang="ru").entities.people


def test_an_organization_next_to_a_verb_of_speech_is_no_person() -> None:
    text = "Clinic opens in Akkol\n\nA clinic opened on Monday.\n\nThe Green Valleys Trust said it would help."
    assert extract(text, REGISTRY, lang="en").entities.people == []
