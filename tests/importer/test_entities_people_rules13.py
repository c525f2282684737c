"""People on the open web's pages (the rules13 round, holdout16 and holdout17): a building, a street or an award
named after someone, the end of a body's name after ``Ministry of``, a first name the dictionary knows only as a
surname. Invented people and text."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities, natasha
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
needs_natasha = pytest.mark.skipif(natasha._load() is None, reason="natasha is not installed")


def people(paragraphs: list[str], lang: str = "en") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@pytest.mark.parametrize(
    "sentence",
    [
        "The masons learnt their trade on the domes of the Ulugbek Madrasa in Samarkand.",
        "The winners of the Olzhas Prize will read at the library on Friday.",
    ],
)
def test_a_building_a_street_or_an_award_named_after_someone_is_no_person(sentence: str) -> None:
    assert people([sentence, "Master builder Farrukh Tashpulatov said the work would take a year."]) == [
        "Farrukh Tashpulatov"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan’s Ministry of Emergency Situations said 40 families had been moved.",
        "The Agency for Strategic Planning said the figures would be revised.",
    ],
)
def test_the_end_of_a_bodys_name_after_its_head_and_of_is_no_person(sentence: str) -> None:
    assert people([sentence]) == []


def test_a_person_after_a_bodys_name_starts_at_a_known_first_name() -> None:
    sentence = "The head of the Ministry of Energy Nurlan Abenov said the plant would open in May."
    assert people([sentence]) == ["Nurlan Abenov"]


@needs_natasha
def test_a_first_name_known_only_as_a_surname_stays_as_written() -> None:
    text = "Среди победителей конкурса – Айым Болатқызы из села Жосалы, которая будет учиться на ветеринара."
    assert people([text], "ru") == ["Айым Болатқызы"]


@needs_natasha
def test_a_person_after_a_hyphened_village_in_the_locative_is_found_in_the_nominative() -> None:
    text = "Учительнице музыки в селе Кара-Суу Айсулуу Токтогуловой пришлось заново собрать школьный хор."
    assert people([text], "ru") == ["Айсулуу Токтогулова"]


@needs_natasha
def test_a_hyphened_first_name_after_a_place_noun_is_still_a_first_name() -> None:
    text = "Жительница микрорайона Анна-Мария Келлер рассказала, что автобус теперь ходит каждые десять минут."
    assert people([text], "ru") == ["Анна-Мария Келлер"]


def test_a_list_of_people_names_every_entry_when_half_of_them_are_names_by_their_shape() -> None:
    text = [
        "Жүлдегерлер тізімі:",
        "1-топ – Дастан Ермекұлы Сапаров – бірінші орын",
        "2-топ – Ерназар Бекдаулет – екінші орын",
        "3-топ – Нұрислам Жұмабеков – үшінші орын",
        "Жарыс келесі жылы Түркістанда өтеді.",
    ]
    assert sorted(people(text, "kk")) == ["Дастан Ермекұлы Сапаров", "Ерназар Бекдаулет", "Нұрислам Жұмабеков"]


def test_a_list_of_names_of_other_things_names_nobody() -> None:
    text = [
        "Жобаның серіктестері:",
        "Жасыл Қала – қалалық қор;",
        "Дала Мұрасы – өлкетану клубы;",
        "Ақ Бұлақ – жастар орталығы.",
        "Жоба көктемде басталады.",
    ]
    assert people(text, "kk") == []


def test_a_double_surname_whose_first_part_ends_like_a_surname_is_kept_whole() -> None:
    text = ["Бағдарламаның жеңімпазы Дамир Сейітов-Краус келесі семестрді Грацта оқиды."]
    assert people(text, "kk") == ["Дамир Сейітов-Краус"]


def test_a_surname_in_the_possessive_predicate_goes_back_to_the_nominative() -> None:
    text = ["Сахналық безендіру – суретші Гүлжан Бекқызы Оспанованікі."]
    assert people(text, "kk") == ["Гүлжан Бекқызы Оспанова"]


RESULTS = [
    "Final standings (elite):",
    "1\tNikolai van Dam\tSteppe Riders\t58:12",
    "2\tZarina K. Abenova\tIrtysh Cycling\t+0:04",
    "3\tLaura Kim\tTengri Velo\t+0:09",
    "The next race is on 20 December.",
]


def test_a_tables_cells_are_never_one_name() -> None:
    assert "Nikolai van Dam Steppe Riders" not in people(RESULTS)


def test_a_column_of_names_in_a_results_table_names_every_cell_when_half_are_people() -> None:
    assert sorted(people(RESULTS)) == ["Laura Kim", "Nikolai van Dam", "Zarina K. Abenova"]


def test_a_column_of_teams_names_nobody() -> None:
    table = ["Team\tWins", "Steppe Riders\t4", "Irtysh Cycling\t2", "The season ends in May."]
    assert people(table) == []


@pytest.mark.parametrize(
    "sentence",
    ["Осы Жұмабаев айтқан жоба келесі жылы басталады.", "Сол Нұрланов мектебінде жаңа зертхана ашылды."],
)
def test_a_pronoun_opening_the_sentence_is_no_first_name(sentence: str) -> None:
    assert people([sentence, "Жобаны мектеп директоры Айгерім Сейітова басқарады."], "kk") == ["Айгерім Сейітова"]


def test_the_agency_of_the_dateline_is_no_person_when_the_story_speaks_to_it() -> None:
    text = (
        "Glacier stations may go dark next year\n"
        "ALMATY, Nov 3 (Dala Wire) - Scientists tracking glaciers above Almaty said the ice lost more mass.\n"
        "Researcher Aigerim Nurlanova told Dala Wire the stations need new batteries before winter.\n"
    )
    found = extract(text, REGISTRY, "en")
    assert found.entities.people == ["Aigerim Nurlanova"]


def test_a_name_whose_chairman_or_staff_follow_is_a_bodys() -> None:
    sentence = (
        "The contract went to a consortium led by Ozturk Insaat, whose chairman, Dr. Kemal Arslan, came to the signing."
    )
    assert people([sentence]) == ["Kemal Arslan"]


def test_a_person_whose_words_follow_is_still_a_person() -> None:
    sentence = "The award went to Aigerim Nurlanova, whose film about herders opened the festival."
    assert people([sentence]) == ["Aigerim Nurlanova"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts at Almaty brokerage Altyn Broker said wheat prices fell by $9 a tonne.",
        "Analysts at the Shymkent bank Liberty Broker said the rates would hold.",
    ],
)
def test_a_bodys_kind_right_before_a_name_names_the_body(sentence: str) -> None:
    assert people([sentence]) == []


def test_a_role_over_a_bodys_kind_still_names_the_person() -> None:
    sentence = "Head of the institute's hydrology laboratory Kubat Sultanaliev said the inflow fell."
    assert people([sentence]) == ["Kubat Sultanaliev"]


@needs_natasha
def test_a_surname_with_initials_is_the_full_name_found_before() -> None:
    text = [
        "Суд рассмотрел дело Жаксыбекова Ерлана Муратовича и Пак Ирины Олеговны.",
        "Суд приговорил Жаксыбекова Е.М. к 7 годам лишения свободы, Пак И.О. — к 3 годам условно.",
    ]
    assert sorted(people(text, "ru")) == ["Жаксыбеков Ерлан Муратович", "Пак Ирина Олеговна"]


def test_initials_of_another_first_name_stay_another_person() -> None:
    text = ["Boris Petrov opened the plant.", "A. Petrov, his brother, said the line would start in May."]
    assert "Boris Petrov" in people(text)


def test_a_namesake_after_named_after_is_no_person() -> None:
    sentence = (
        "Ambassador Maarten van Dijk opened the pilot with Dr. Saule Nurpeisova, Vice-Rector of the Taraz Regional "
        "University named after M.Kh. Dulaty, and the head of the farm."
    )
    assert people([sentence]) == ["Maarten van Dijk", "Saule Nurpeisova"]


def test_a_role_in_apposition_to_an_earlier_name_leaves_the_bodys_kind_its_name() -> None:
    sentence = (
        "The Kyrgyz side was represented by Bakyt Toktosunov, head of the national railway company Kyrgyz Temir Jolu."
    )
    assert people([sentence]) == ["Bakyt Toktosunov"]


def test_initials_run_together_stay_with_the_surname() -> None:
    sentence = "The director of the farm, B.Kh. Tursunmetov, and his deputy, D.D. Aminova, were suspended on Monday."
    assert people([sentence]) == ["B.Kh. Tursunmetov", "D.D. Aminova"]


def test_a_list_of_alumni_with_their_universities_names_people() -> None:
    lines = ["Dana Bekovna Abenova (Twente University)", "Victoria Falls (Zambia)"]
    assert people(lines) == ["Dana Bekovna Abenova"]
