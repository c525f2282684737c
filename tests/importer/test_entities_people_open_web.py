"""People on the open web's pages (the holdout8 and holdout9 round): names with particles of several words
kept whole, and text near those shapes that names nobody. Invented people and text."""

from __future__ import annotations

import pytest

from newsroom.importer.captions import credit_of
from newsroom.importer.entities import find_entities, natasha
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
needs_natasha = pytest.mark.skipif(natasha._load() is None, reason="natasha is not installed")


def people(paragraphs: list[str], lang: str = "en") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "“Water is the harvest,” says Lucía Inés de los Santos, the programme's agronomist.",
            "Lucía Inés de los Santos",
        ),
        ("The clinic is run by Pilar de las Heras, a nurse from Seville.", "Pilar de las Heras"),
        ("“We came back every spring,” said Tomás de la Vega, who leads the survey.", "Tomás de la Vega"),
        ("The report was written by Hendrik van der Meer and two colleagues.", "Hendrik van der Meer"),
    ],
)
def test_a_name_with_particles_of_several_words_is_kept_whole(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The market sells sugar skulls before the Día de los Muertos holiday.",
        "Tourists walk along Paseo de las Flores in the evening.",
    ],
)
def test_a_holiday_or_a_street_with_particles_names_nobody(sentence: str) -> None:
    assert people([sentence]) == []


def test_an_authors_bare_name_between_the_standfirst_and_the_date_is_no_person() -> None:
    text = (
        "Kazakhstan: Transport\n"
        "Pavlodar's trams run again after a summer of repairs\n"
        "New rails and twelve rebuilt cars, but the depot still lacks spare parts.\n"
        "Anna Kowalczyk\n"
        "Dec 2, 2026\n"
        "PAVLODAR, Kazakhstan – The first tram left the depot at six in the morning.\n"
        "“We waited all summer,” said Yerbol Kassymov, a driver for 20 years.\n"
        "The city plans to buy four more cars in 2027.\n"
        "Anna Kowalczyk is a freelance journalist based in Pavlodar.\n"
    )
    found = extract(text, REGISTRY, "en")
    assert found.entities.people == ["Yerbol Kassymov"]
    assert "Anna Kowalczyk" not in found.body


def test_a_one_line_paragraph_naming_someone_over_a_dated_line_stays() -> None:
    text = (
        "Who opened the new bridge\n"
        "The bridge over the Ishim opened on Saturday after two years of work.\n"
        "The ribbon was cut by the oldest resident of the district, Maria Lindqvist, aged 97.\n"
        "12 December 2026 will be remembered here for a long time, she said.\n"
    )
    assert "Maria Lindqvist" in extract(text, REGISTRY, "en").entities.people


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("3-орын – Виктор Пак, «Электр монтажы» құзыреті", "Виктор Пак"),
        ("1-орын — Ольга Ли (Павлодар)", "Ольга Ли"),
        ("2 орын: Ержан Тен, 15 жас", "Ержан Тен"),
    ],
)
def test_a_winner_named_after_their_place_is_a_person(line: str, name: str) -> None:
    assert people([line], "kk") == [name]


@pytest.mark.parametrize(
    "line",
    ["1-орын – Шымкент Қаласы командасы", "2-орын – «Жас Қыран» клубы", "Үй 3-орын алды, деді Тобыл Арна."],
)
def test_a_team_or_a_place_after_a_rank_names_nobody(line: str) -> None:
    assert people([line], "kk") == []


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Жительница микрорайона Самал Айнур Жаксылыкова показывает счёт за газ.", "Айнур Жаксылыкова"),
        ("Житель посёлка Аксу Болат Сейткалиев собрал подписи соседей.", "Болат Сейткалиев"),
    ],
)
def test_a_person_named_right_after_their_district_is_a_person(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@needs_natasha
def test_a_place_of_three_words_names_nobody() -> None:
    assert people(["Автобусы ходят до станции Кызыл Жар Новая каждый час."], "ru") == []


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Аким района Данияр Болатович Жумабеков открыл школу.", "Данияр Болатович Жумабеков"),
        ("Жительница микрорайона Динара Сериковна Ахметова ждёт автобус.", "Динара Сериковна Ахметова"),
        ("Житель посёлка Нуржан Серикович Ахметов рассказал о ремонте.", "Нуржан Серикович Ахметов"),
    ],
)
def test_a_name_with_a_patronymic_after_a_place_noun_stays_whole(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@pytest.mark.parametrize(
    "line", ["Суретті түсірген Нұрлан Әбенов", "Фотоны түсірген Айдана Серікова", "Фото сделал Игорь Лис"]
)
def test_a_photographer_named_without_a_colon_is_a_credit(line: str) -> None:
    assert credit_of(line) is not None


def test_a_photographer_under_the_title_is_no_person() -> None:
    text = (
        "Руханият\n"
        "Ауыл мектебіне жаңа спортзал салынды\n"
        "Суретті түсірген Нұрлан Әбенов\n"
        "Сарыкөл ауылының мектебінде жаңа спортзал ашылды. Оны салуға 120 миллион теңге жұмсалды.\n"
        "– Балалар енді қыста да футбол ойнайды, – дейді мектеп директоры Гүлмира Сапарова.\n"
    )
    assert "Нұрлан Әбенов" not in extract(text, REGISTRY, "kk").entities.people


@pytest.mark.parametrize(
    "line",
    [
        "Суретті түсірген адам ертеңіне қайтып келді де, бәрін қайта түсірді.",
        "Фото сделал на телефон случайный прохожий, и оно облетело весь город за сутки.",
    ],
)
def test_a_sentence_about_who_took_a_picture_is_no_credit(line: str) -> None:
    assert credit_of(line) is None


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Первое место занял велосипедист Ғалым Төлеуұлы Жақыпов из Тараза.", "Ғалым Төлеуұлы Жақыпов"),
        ("Лучшим судьёй назван Өмірзақ Бекұлы Сейітов.", "Өмірзақ Бекұлы Сейітов"),
    ],
)
def test_a_first_name_before_a_kazakh_patronymic_is_kept_and_the_patronymic_as_written(
    sentence: str, name: str
) -> None:
    assert people([sentence], "ru") == [name]


@needs_natasha
def test_a_place_before_a_first_name_is_no_patronymics_first_name() -> None:
    assert people(["Жители микрорайона Самал встретились с акимом."], "ru") == []


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Грамоту заведующей Ольге Петровне Мельник вручил глава района.", "Ольга Петровна Мельник"),
        ("Слово дали Виктору Андреевичу Кузнец.", "Виктор Андреевич Кузнец"),
        ("Ключи передали врачу Анне Сергеевне Пастух.", "Анна Сергеевна Пастух"),
    ],
)
def test_a_surname_after_a_patronymic_is_kept_whatever_its_ending(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@needs_natasha
def test_a_sentence_after_a_patronymic_name_is_no_surname() -> None:
    found = people(["Грамоту вручили Ольге Петровне. Мельник на сцену не вышел."], "ru")
    assert not any("Мельник" in name for name in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teachers at the opening of the new school in Talas, 3 May 2026. (UNDP/Nurbek Asanov)",
        "Volunteers plant trees near Osh. (UN Women/Aizada Toktosunova)",
    ],
)
def test_a_photographer_credited_in_brackets_after_an_organisation_is_no_person(sentence: str) -> None:
    assert people([sentence]) == []


def test_two_people_in_brackets_with_a_slash_are_people() -> None:
    assert people(["The winners (Anna Petrova/Timur Bekov) thanked the coach."]) == ["Anna Petrova", "Timur Bekov"]


def test_a_consultancy_after_its_base_is_no_person() -> None:
    sentence = '"Prices will fall," said Dana Kim, an analyst at Almaty-based GrainPath Consultancy.'
    assert people([sentence]) == ["Dana Kim"]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("«Мы ждём операцию», — рассказывает мама Арсена Гульнара Ахметова.", "Гульнара Ахметова"),
        ("Брат Данияра Ерлан Сейтказиев приехал из Астаны.", "Ерлан Сейтказиев"),
    ],
)
def test_a_relatives_first_name_in_the_genitive_is_not_pulled_into_the_next_name(sentence: str, name: str) -> None:
    assert name in people([sentence], "ru")
    assert not any(len(found.split()) > len(name.split()) for found in people([sentence], "ru"))


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Аким Шахтинска Ерлан Тулеуов сообщил, что в городе построят школу.", "Ерлан Тулеуов"),
        ("Аким Лисаковска Нурлан Бекетов открыл школу.", "Нурлан Бекетов"),
    ],
)
def test_a_towns_name_between_its_akim_and_his_name_is_no_part_of_it(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@needs_natasha
def test_an_akims_first_name_and_patronymic_stay_after_his_title() -> None:
    assert people(["Аким Ерлан Бауыржанович Касымов открыл школу."], "ru") == ["Ерлан Бауыржанович Касымов"]


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        (
            "Делегация басшысы Халид бин Салем әл-Нуайми жылқы шаруашылығы туралы айтты.",
            "kk",
            "Халид бин Салем әл-Нуайми",
        ),
        ("Делегацию возглавил Халид бин Салем аль-Нуайми из Абу-Даби.", "ru", "Халид бин Салем аль-Нуайми"),
    ],
)
def test_a_name_with_bin_and_an_al_particle_is_kept_whole(sentence: str, lang: str, name: str) -> None:
    assert people([sentence], lang) == [name]


@needs_natasha
@pytest.mark.parametrize(
    "sentence",
    ["Ледник Шевченко в Таджикистане – один из крупнейших ледников.", "Перевал Шевченко закрыли из-за снега."],
)
def test_a_glacier_or_a_pass_named_after_someone_is_no_person(sentence: str) -> None:
    text = "Ледники Памира отступают\nГляциолог Марат Ержанов рассказал о замерах.\n" + sentence + "\n"
    assert extract(text, REGISTRY, "ru").entities.people == ["Марат Ержанов"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ciarán Ó Dálaigh, the bank's country manager, said the canals would be lined next year.", "Ciarán Ó Dálaigh"),
        ("Siobhán Ní Bhriain, a nurse at the clinic, said the beds were full.", "Siobhán Ní Bhriain"),
        ("The regional coordinator in Osh, Idris Ould Salem, is in contact with the mayor.", "Idris Ould Salem"),
        ("Abdul Karim Nazari, 52, returned from Quetta with his wife and five children.", "Abdul Karim Nazari"),
        ("Abdel Aziz Mansouri, 60, sells bread at the Torkham crossing.", "Abdel Aziz Mansouri"),
    ],
)
def test_irish_and_arabic_names_are_kept_whole(sentence: str, name: str) -> None:
    found = people(["The border crossing reopened on Monday after three days.", sentence])
    assert found == [name]
    assert "Osh" not in found and "Torkham" not in found


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Об этом сообщили со ссылкой на Жанар Бекболатовны Тлеуовой.", "Жанар Бекболатовна Тлеуова"),
        ("Встреча с Гульнур Маратовной Есеновой прошла в Таразе.", "Гульнур Маратовна Есенова"),
        ("Встреча с Фаридом Хамидовичем Саидзода прошла в Душанбе.", "Фарид Хамидович Саидзода"),
        ("Премию вручили Олегу Петровичу Бондаренко в Алматы.", "Олег Петрович Бондаренко"),
    ],
)
def test_an_indeclinable_womans_first_name_or_surname_stays_as_written(sentence: str, name: str) -> None:
    found = people(["Городские власти провели встречу с жителями в понедельник.", sentence], "ru")
    assert name in found
    assert not any(place in found for place in ("Тараз", "Таразе", "Душанбе", "Алматы"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Carmen Los, a nurse at the clinic, said the beds were full.", "Carmen Los"),
        ("“The beds are full,” said Pedro Las, who runs the clinic in Los Angeles.", "Pedro Las"),
        ("Lucía Inés de los Santos, the agronomist, said the beds were full.", "Lucía Inés de los Santos"),
    ],
)
def test_a_surname_spelled_like_a_particle_is_found(sentence: str, name: str) -> None:
    found = people(["The clinic filled on Monday after the floods.", sentence])
    assert found == [name]


def test_a_port_or_an_airport_is_no_person() -> None:
    found = people(
        [
            "Shipping resumed on Monday after the storm.",
            '"We need a week," Bolat K. Serikov, deputy chairman of Kuryk Sea Trade Port, told reporters.',
            "Flights were moved to Shymkent International Airport, said Aliya Dauletova, a spokeswoman.",
        ]
    )
    assert "Trade Port" not in found and "Shymkent International Airport" not in found
    assert "Bolat K. Serikov" in found and "Aliya Dauletova" in found


@needs_natasha
def test_a_double_first_name_in_another_case_goes_back_to_the_nominative() -> None:
    found = people(
        [
            "Пьер-Ален Дюпре отметил, что платформы должны платить взносы.",
            "По словам Пьера-Алена Дюпре, реформа займет два года.",
        ],
        "ru",
    )
    assert found == ["Пьер-Ален Дюпре"]
