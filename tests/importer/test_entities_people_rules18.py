"""People, round 18: a name in the genitive after a person's noun and the names, numbers and genitive nouns it governs
(``тренера «Ордабасы» Нурлана Абдикаримова``), put in the nominative, each class checked on invented text."""

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
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (  # a body's name in quotes between the person's noun and the name
            "Для капитана «Кайрата» Ерлана Мусабекова этот матч стал сотым в высшей лиге.",
            "Ерлан Мусабеков",
        ),
        (  # a number
            "Суд признал виновным бывшего директора школы №14 Фаридуна Каримова в растрате.",
            "Фаридун Каримов",
        ),
        (  # a place's name and the genitive nouns the person's noun governs
            "Совет заслушал отчёт руководителя отдела образования и спорта Жамбылского района Нурлана Сеитова.",
            "Нурлан Сеитов",
        ),
        (  # a body's name with a hyphen in quotes
            "Прокуратура проверит работу основателя компании «Тараз-Строй» Виталия Ермакова.",
            "Виталий Ермаков",
        ),
        (  # a woman's name in the genitive after the same phrase stays a woman's
            "По поручению директора гимназии №3 Алии Нуровой учителя провели открытые уроки.",
            "Алия Нурова",
        ),
    ],
)
def test_a_person_s_noun_before_a_longer_phrase_tells_the_name_s_case(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (  # a preposition between the person's noun and the name's place: the name is the subject, as written
            "Как рассказала медсестра из Каракиянского района Гульнара Есенова, прививки получили все дети.",
            "Гульнара Есенова",
        ),
        (  # no person's noun before the name: a woman's name in the nominative stays as written
            "Председатель правления «Жасыл Ел» Дина Абенова открыла заседание.",
            "Дина Абенова",
        ),
    ],
)
def test_a_name_the_phrase_before_does_not_govern_stays_as_written(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Больше всех книг прочитала Камила Жунусова из седьмого класса.", "Камила Жунусова"),  # the nominative
        ("Грамоту вручили Зулайхе Абдуллаевой за десять лет работы.", "Зулайха Абдуллаева"),  # the dative
        ("Мы поговорили с Томирис Сейткали о её новой книге.", "Томирис Сейткали"),  # indeclinable
        ("В отряде рассказали об Аружан Бекетовой, которая нашла ребёнка.", "Аружан Бекетова"),
    ],
)
def test_a_womans_first_name_the_dictionary_reads_as_a_mans_is_a_womans(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Решение поручено заместителю акима района Асель Медовой.", "Асель Медова"),  # "медовый"
        ("Благодарность объявлена старшей медсестре Ирине Сомовой.", "Ирина Сомова"),  # "сомовый"
        ("Мы благодарим Сергея Петровича Лугового за помощь.", "Сергей Петрович Луговой"),  # an adjective's surname
    ],
)
def test_an_ov_surname_the_dictionary_reads_as_an_adjective_keeps_its_own_nominative(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The scroll was returned by Helmut Krüger, a collector from Leipzig.", "Helmut Krüger"),
        ("Polish MEP Krzysztof Wiśniewski backed the proposal in the committee.", "Krzysztof Wiśniewski"),
        ("Their buyer, Markus Öhlund, came to Ridder after tasting a sample.", "Markus Öhlund"),
        ("The model was built with Zoë Verhoeven of a Delft consultancy.", "Zoë Verhoeven"),
        ("The film, directed by Cem Okur, opens the festival on Friday.", "Cem Okur"),
        ("Mercè Vilaseca, head of the delegation, opened the meeting.", "Mercè Vilaseca"),
    ],
)
def test_a_foreign_first_name_with_its_letters_as_written_makes_a_person(sentence: str, name: str) -> None:
    assert people([sentence], "en") == [name]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a contact only
            [
                "Floods cut off three villages in the Rasht valley on Monday, the agency said.",
                "For more information: In Dushanbe, Farida Nazarova, nazarova@example.org, +992 90 111 22 33",
            ],
            [],
        ),
        (  # a contact with a role and a telephone
            [
                "The smelter will cut its emissions by a third by 2028, the company said.",
                "Media: Aigerim Sadykova, Communications Officer, +7 701 555 44 33",
            ],
            [],
        ),
        (  # the story quotes the spokesperson, who is the contact too
            [
                "“Families are still arriving,” said spokesperson Farida Nazarova.",
                "In Dushanbe, Farida Nazarova, nazarova@example.org",
            ],
            ["Farida Nazarova"],
        ),
    ],
)
def test_a_media_contact_is_no_person_of_the_story(paragraphs: list[str], expected: list[str]) -> None:
    assert people(paragraphs, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ms Aida Rahimova, First Deputy Minister of Labour and Social Protection of the Republic, opened it.",
            ["Aida Rahimova"],
        ),
        (
            "Timur Saidov, head of the state enterprise Khujand Water Networks, said repairs would start in May.",
            ["Timur Saidov"],
        ),
        ("The Orbita Heights project in Astana sold out in a week, the developer said.", []),
        ("The survey was led by the Shanxi Observatories, a spokesperson said.", []),
        ("Yerbol Nurmagambetov told Steppe Dispatch by phone that the talks would go on.", ["Yerbol Nurmagambetov"]),
        ("Write to us at 15 Dostyk Ave, office 3, Almaty, said the organisers.", []),
        (
            "I thank Dr Gulnara Sadykova, Chair of the CAREC Energy Pillar working group, for her work.",
            ["Gulnara Sadykova"],
        ),
        ("Remarks at the Caspian Ministerial Dialogue on Energy were given by Bolat Akhmetov.", ["Bolat Akhmetov"]),
        ("Former tennis champion Jim Courier opened the new courts in Astana.", ["Jim Courier"]),  # a surname
    ],
)
def test_a_body_s_an_event_s_a_publication_s_or_a_street_s_name_is_no_person(
    sentence: str, expected: list[str]
) -> None:
    assert people([sentence], "en") == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["The fire was put out by noon, said plant manager Daniel Reyes Jr. on Monday."], ["Daniel Reyes Jr."]),
        (["Professor Emeritus Viktor Gorbunov has measured the glacier since 1979."], ["Viktor Gorbunov"]),
        (["Thank you for reading. P.S. Several of you asked about the night train to Aral."], []),
    ],
)
def test_a_suffix_keeps_its_stop_and_a_title_or_a_postscript_is_no_name(
    paragraphs: list[str], expected: list[str]
) -> None:
    assert people(paragraphs, "en") == expected


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Грамоту вручили Амину Сабитову. Он рассказал, что работает в школе 30 лет.", "Амин Сабитов"),
        ("Кубок вручили вместе с Амином Сабитовым.", "Амин Сабитов"),  # a man's instrumental surname
        ("На матч пришли жена тренера и Айгерим Сеитова.", "Айгерим Сеитова"),  # joined by "и", not governed
        ("Суд признал виновным директора школы № 14 Фаридуна Каримова.", "Фаридун Каримов"),  # "№ 14" apart
        ("Прокуратура проверит основателя компании «Тараз Строй Инвест» Виталия Ермакова.", "Виталий Ермаков"),
        ("Совет заслушал отчёт руководителя отдела Жаңаарқинского района Нурлана Сеитова.", "Нурлан Сеитов"),
    ],
)
def test_the_longer_phrase_and_the_womens_names_keep_to_their_evidence(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]
