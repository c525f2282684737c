"""Organizations: names kept whole through acronyms, matched to the registry whatever their
capitals, and each listed once. Invented texts of the shapes real agency reports have."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
FEDERATION = "Kazakhstan National Federation of Clubs for UNESCO"

ACRONYM_TAILS = [
    "Клубы ЮНЕСКО Павлодара отметили юбилей",
    "В работе форума приняли участие представители Всемирной Федерации клубов и ассоциаций ЮНЕСКО.",
    "Национальные Комиссии по делам ЮНЕСКО стран Центральной Азии поддержали инициативу.",
    "Председатель Казахстанской Национальной Федерации клубов ЮНЕСКО Жанар Тлеуова поздравила участников.",
]


def organizations(paragraphs: list[str], lang: str = "ru", **options: str) -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang, **options).organizations


def test_a_russian_organization_name_is_kept_whole_through_an_acronym() -> None:
    found = organizations(ACRONYM_TAILS)
    assert "Национальные Комиссии по делам ЮНЕСКО" in found
    assert "Всемирная федерация клубов и ассоциаций ЮНЕСКО" in found  # the registry's spelling
    cut = [name for name in found if name.endswith(("клубов", "ассоциаций", "делам"))]
    assert not cut, found


def test_an_unknown_organization_is_kept_whole_through_its_acronym_in_the_nominative() -> None:
    found = organizations(["Гранты выделила Ассоциации молодёжных клубов ЮНЕСКО городская администрация."])
    assert "Ассоциация молодёжных клубов ЮНЕСКО" in found, found


def test_a_cyrillic_name_capitalised_otherwise_matches_the_registry_once() -> None:
    paragraphs = [
        "Казахстанская Национальная Федерация клубов ЮНЕСКО объединяет клубы во всех областях.",
        "Об этом сообщила пресс-служба Казахстанской Национальной Федерации клубов ЮНЕСКО.",
    ]
    entities = find_entities(paragraphs, REGISTRY, "ru")
    federation = [name for name in entities.organizations if "едерац" in name or "Federation" in name]
    assert federation == ["Казахстанская национальная федерация клубов ЮНЕСКО"]
    assert REGISTRY.organizations.canonical(federation[0]) == FEDERATION
    assert "organizations" not in entities.unknown


@pytest.mark.parametrize(
    ("lang", "sentence", "shown"),
    [
        (
            "kk",
            "Қазақстандық ЮНЕСКО Клубтарының Ұлттық Федерациясы жаңа жобаны бастады.",
            "Қазақстандық ЮНЕСКО клубтарының ұлттық федерациясы",
        ),
        (
            "ru",
            "Грант выделило Министерство Культуры и Информации Республики Казахстан.",
            "Министерство культуры и информации Республики Казахстан",
        ),
    ],
)
def test_a_registry_name_capitalised_otherwise_is_matched_in_kazakh_and_russian(
    lang: str, sentence: str, shown: str
) -> None:
    assert organizations([sentence], lang=lang) == [shown]


def test_the_same_name_in_another_number_is_listed_once() -> None:
    found = organizations(
        [
            "Национальная Комиссия по делам ЮНЕСКО провела семинар.",
            "Национальные Комиссии по делам ЮНЕСКО соседних стран прислали делегатов.",
        ]
    )
    assert len([name for name in found if "Комисси" in name]) == 1, found


def test_an_english_acronym_as_a_modifier_is_not_a_mention() -> None:
    found = organizations(["Pupils discussed UNESCO values with their teachers."], lang="en")
    assert "UNESCO" not in found
    assert "UNESCO" in organizations(["UNESCO said the pupils did well."], lang="en")


def test_an_organization_name_is_put_in_the_nominative_in_its_head_nouns_gender() -> None:
    found = organizations(["Экспозицию оценили эксперты Международного Совета школьных музеев МСШМ."])
    assert "Международный Совет школьных музеев МСШМ" in found, found


def test_a_known_name_cut_short_by_the_model_is_listed_once_by_its_registry_form() -> None:
    found = organizations(["Об этом заявили в Министерстве Иностранных Дел Казахстана в четверг."])
    assert found == ["Министерство иностранных дел Республики Казахстан"]
