"""People: English names by their cues, Kazakh (and Russian without natasha) names by their shape,
later mentions folded into the full name. Invented people."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities, natasha
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def people(paragraphs: list[str], lang: str = "en") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@pytest.mark.parametrize(
    "sentence",
    [
        "The camp was opened by volunteer coordinator Saule Bekova on Monday.",  # a role before
        "Saule Bekova noted that the camp had doubled in size.",  # a speech verb after
        "“We are ready,” said Saule Bekova.",  # a speech verb before
        "Saule Bekova, a lecturer at the regional college, led the first session.",  # an apposition
    ],
)
def test_an_english_name_next_to_a_cue_is_a_person(sentence: str) -> None:
    assert people([sentence]) == ["Saule Bekova"]


def test_a_capitalised_run_without_a_cue_is_not_a_person() -> None:
    assert people(["Green Valley Orchards opened a shop in Almaty Central Market."]) == []


def test_a_later_surname_mention_folds_into_the_full_name() -> None:
    found = people(["Vice-President Aigerim Sadykova opened the forum.", "Sadykova thanked the volunteers."])
    assert found == ["Aigerim Sadykova"]


def test_a_kazakh_name_is_found_by_its_shape_and_a_noun_in_a_case_is_not() -> None:
    found = people(["Мектепті Федерацияның вице-президенті Әйгерім Садықова ашты.", "Садықова сөз сөйледі."], "kk")
    assert found == ["Әйгерім Садықова"]


def test_russian_without_natasha_falls_back_to_name_shapes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(natasha, "entities", lambda paragraphs: None)
    found = people(
        ["Конференцию открыла вице-президент Федерации Айгерим Садыкова.", "Садыкова рассказала о планах."], "ru"
    )
    assert found == ["Айгерим Садыкова"]


def test_russian_names_are_put_in_the_nominative() -> None:
    found = people(["Грамоту вручили Дарине Ахметовой, руководителю экологического клуба."], "ru")
    assert found == ["Дарина Ахметова"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The ambassador, Pieter van der Berg, opened the festival.", "Pieter van der Berg"),
        ("Ana María de la Cruz, cultural attaché, presented an exhibition.", "Ana María de la Cruz"),
        ("Their coach, Omar bin Khalid, said the team built the robot.", "Omar bin Khalid"),
        ("Judge Hassan al-Rawi praised the team.", "Hassan al-Rawi"),
        ("Nadia El Fassi, the education coordinator, said the prize would buy laptops.", "Nadia El Fassi"),
        ("Professor John F. Kessler said the car weighs less than 200 kilograms.", "John F. Kessler"),
        ("The garden was designed by landscape student Theresa M. Quinn.", "Theresa M. Quinn"),
        ("José Núñez, a disaster management delegate, said the team was ready.", "José Núñez"),
        ("Meruyert Dzhaksybekova, a social worker, said most families bought materials.", "Meruyert Dzhaksybekova"),
    ],
)
def test_names_with_particles_initials_and_accents_are_kept_whole_as_written(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize("line", ["Human Rights", "Sustainable Development", "Global Health", "Peace and Security"])
def test_title_case_section_names_are_not_people(line: str) -> None:
    assert people([line, "The conference closed on Friday."]) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A survey by the economist A. B. Seitkaliyeva covered 40 associations.", "A. B. Seitkaliyeva"),
        ("Local grower J. T. Lindqvist, whose family farms near Kostanay, showed the drill.", "J. T. Lindqvist"),
        ("Arman Zh. Tokayuly, who wrote the software, will build two more rovers.", "Arman Zh. Tokayuly"),
        ('"Try again," said Professor Nodir bin Yusuf Mansurov.', "Nodir bin Yusuf Mansurov"),
    ],
)
def test_initials_and_particles_stay_in_an_english_name(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    "name", ["Ерлан Сәкенұлы Бекмұратов", "Айнұр Серікқызы Төлеубаева", "Мақсат Қ. Ермеков", "Жанна Вольф-Исаева"]
)
def test_a_kazakh_name_keeps_its_patronymic_initial_and_double_surname(name: str) -> None:
    assert people([f"Аудандық бөлімнің басшысы {name} жобаны ұсынды."], "kk") == [name]


def test_a_kazakh_name_in_the_dative_is_the_same_person() -> None:
    paragraphs = ["Зейнеткер мұғалім Ерлан Бақытұлына хат жазды.", "– Шахмат үйретеді, – дейді Ерлан Бақытұлы."]
    found = people(paragraphs, "kk")
    assert found == ["Ерлан Бақытұлы"]


@pytest.mark.skipif(natasha.entities(["Тест."]) is None, reason="natasha is not installed")
def test_a_russian_name_in_two_cases_and_a_part_of_a_longer_name_are_one_person() -> None:
    found = people(
        [
            "По словам кинолога Руслана Ахметова, на подготовку уходит полтора года.",
            "— Самое сложное — научить собаку, — объясняет Руслан Ахметов.",
            "К Галине Петровне Сорокиной волонтёры ходят третий год.",
            "— Мне читают вслух, — смеётся Галина Петровна Сорокина. Галина Петровна довольна.",
        ],
        "ru",
    )
    assert sorted(found) == ["Галина Петровна Сорокина", "Руслан Ахметов"]


@pytest.mark.skipif(natasha.entities(["Тест."]) is None, reason="natasha is not installed")
def test_a_russian_first_name_before_a_particle_stays_in_the_name() -> None:
    found = people(["Студент Тимур Ли пришёл в фонд. Ирма фон Раух, пенсионерка из Темиртау, вяжет носки."], "ru")
    assert sorted(found) == ["Ирма фон Раух", "Тимур Ли"]


@pytest.mark.parametrize(
    ("paragraphs", "lang", "expected"),
    [
        (
            ["Хозяйка кафе Алевтина Петровна Горностаева открыла зал.", "«Мы рады», – сказала Алевтина Горностаева."],
            "ru",
            ["Алевтина Петровна Горностаева"],
        ),
        (
            ["Ауыл әкімі Бекжан Серікұлы Оразов сөз сөйледі.", "– Дайынбыз, – деді Бекжан Оразов."],
            "kk",
            ["Бекжан Серікұлы Оразов"],
        ),
        (
            ["Oriana T. Falkenrath opened the fair.", "Oriana Falkenrath said the fair would return."],
            "en",
            ["Oriana T. Falkenrath"],
        ),
    ],
)
def test_a_short_mention_folds_into_the_full_name_written(
    paragraphs: list[str], lang: str, expected: list[str]
) -> None:
    """``First Last`` after ``First Patronymic Last`` (or a middle initial) is the same person, once, in full."""
    assert people(paragraphs, lang) == expected


def test_a_kazakh_name_written_only_in_a_case_gives_way_to_its_nominative_mention() -> None:
    """``Бекжан Серікұлы Оразовтың`` (genitive) then ``Бекжан Оразов``: the name as the text writes it in the
    nominative; alone, the genitive is put back in the nominative."""
    genitive = "Бөлім басшысы Бекжан Серікұлы Оразовтың сөзінше, өтінім көп."
    assert people([genitive, "– Дайынбыз, – деді Бекжан Оразов."], "kk") == ["Бекжан Оразов"]
    assert people([genitive], "kk") == ["Бекжан Серікұлы Оразов"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ambassador Tiago Ferreira Nunes opened the week.", "Tiago Ferreira Nunes"),  # three words after a title
        ("Yerlan Zh. Abenov, a customs adviser, said the rules would change.", "Yerlan Zh. Abenov"),
        ("Askar Ye. Dzhumabekov, a customs adviser, said the rules would change.", "Askar Ye. Dzhumabekov"),
    ],
)
def test_a_name_keeps_its_words_after_a_title_and_its_two_letter_initials(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakh Railways said the timetable would change in April.",  # a company without an organization word
        "Altyn Dala Freight said it would add two trains.",
        "Tengri Partners told reporters it would invest.",
        "Kazakhstan Temir Zholy said the carriages were new.",  # a speech verb after a run cut at a place
        "Steppe Grain Logistics, a trader based in Aktau, said exports rose.",
    ],
)
def test_a_company_next_to_a_speech_verb_is_not_a_person(sentence: str) -> None:
    assert people([sentence]) == []


@pytest.mark.parametrize("line", ["Victoria Falls", "Grace Notes", "Jordan Valley Report"])
def test_a_title_case_label_line_is_not_a_person(line: str) -> None:
    assert people([line, "The story goes on here."]) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("When the gates opened in April, Zhuldyz Karimbekova was standing by them.", "Zhuldyz Karimbekova"),
        ("Kazakhstan's Oriana Falkenrath said she was pleased.", "Oriana Falkenrath"),
        ("The plan was drawn up by Daulet Serikuly and his team.", "Daulet Serikuly"),
    ],
)
def test_a_surnames_ending_or_a_possessive_before_the_name_is_evidence(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("Новый сквер открыли на проспекте Абая Кунанбаева.", "ru"),
        ("В школе-лицее имени Мухтара Ауэзова прошёл концерт.", "ru"),
        ("Мектеп Қаныш Сәтбаев көшесінде орналасқан.", "kk"),
        ("Мұхтар Әуезов атындағы мектепте концерт өтті.", "kk"),
    ],
)
def test_a_streets_or_schools_namesake_is_not_a_person(paragraph: str, lang: str) -> None:
    assert people([paragraph], lang) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Altyn Rail said the sides had agreed on a timetable.", "Talks on rail freight resumed on Friday."], []),
        (["Kokshe Wind announced on Tuesday that it had signed an agreement with the region."], []),
        (["“We are ready,” said Aizhan Tulegenova, chair of the board of Kokshe Wind."], ["Aizhan Tulegenova"]),
    ],
)
def test_an_organization_named_like_a_person_is_not_one(paragraphs: list[str], expected: list[str]) -> None:
    """A word the text also writes in lower case (``rail``), ``it`` after the name, or a role's body after
    ``of``: the name is a company's."""
    assert people(paragraphs) == expected


def test_a_person_with_a_speech_verb_and_no_known_first_name_stays() -> None:
    assert people(["Talant Bekmurza said he would run again.", "The race starts at noon."]) == ["Talant Bekmurza"]


def test_the_photographer_of_a_second_picture_in_the_body_is_not_a_person() -> None:
    text = (
        "Budget hearings open in Oral\n\n12 March 2026\n\nResidents read the city budget on Monday, officials said.\n\n"
        "Photo: Steppe Fund / Oriana Falkenrath\n\nThe hearings went on for three hours.\n\n"
        "Kairat Mukanov, a retired engineer, marks the budget lines. Photo: Zhuldyz Karimbekova\n\nMore will follow."
    )
    assert extract(text, REGISTRY).entities.people == ["Kairat Mukanov"]


def test_the_form_the_text_writes_wins_over_one_put_back_from_another_case() -> None:
    found = people(
        ["Грант вручили Алие Сапаровне Турганбаевой.", "— Это важно, — говорит Алия Сапаровна Турганбаева."], "ru"
    )
    assert found == ["Алия Сапаровна Турганбаева"]


def test_it_later_in_the_sentence_does_not_make_a_person_a_company() -> None:
    sentence = "Jamal bin Nasser, the tournament referee, praised the hall and said it could host more events."
    assert people([sentence]) == ["Jamal bin Nasser"]


def test_a_kazakh_name_with_a_particle_is_a_person() -> None:
    found = people(["Мысырлық ғалым Омар әл-Хайдари жинақты дайындады.", "Әл-Фараби атындағы университет."], "kk")
    assert found == ["Омар әл-Хайдари"]


def test_a_kazakh_first_name_ending_like_a_case_is_a_name_before_a_patronymic() -> None:
    """``Нұрсұлтан`` ends in ``-тан`` (a case ending), yet before ``Ерланұлы`` it is a first name."""
    assert people(["Оқушы Нұрсұлтан Ерланұлы бірінші орын алды."], "kk") == ["Нұрсұлтан Ерланұлы"]


def test_a_role_word_counts_only_right_before_the_name() -> None:
    """In a Title Case headline, ``Chief`` far before ``Flood Zone`` does not make it a person."""
    assert people(["UN Chief Visits Almaty Flood Zone"]) == []
    assert people(["Deputy Minister Oriana Falkenrath opened the forum."]) == ["Oriana Falkenrath"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Іс-шараны әдіскер Б. Е. Сұлтанова ашты.", "Б. Е. Сұлтанова"),
        ("Хатты аудан әкімінің кеңесшісі Ғ.Ө. Жақыпов жазды.", "Ғ.Ө. Жақыпов"),
        ("Жиынға Д. Әбілқасымов қатысты.", "Д. Әбілқасымов"),
    ],
)
def test_a_kazakh_name_written_with_initials_is_a_person_as_written(sentence: str, name: str) -> None:
    assert people([sentence], "kk") == [name]


def test_a_kazakh_name_with_initials_in_a_case_is_put_back_in_the_nominative() -> None:
    assert people(["Кітапты мұғалім Т. С. Оразбаеваға тапсырдық."], "kk") == ["Т. С. Оразбаева"]


def test_a_bulleted_list_item_is_no_person() -> None:
    paragraphs = [
        "Пресс-служба акимата",
        "В рамках программы завершено строительство водопроводных сетей в шести сёлах района.",
        "Водопровод пришёл в сёла:",
        *("▪️ Сарыбұлақ (вторая очередь)", "▪️ Көктерек", "▪️ Бурылтау", "▪️ Ақсай"),
        "Объекты принял заместитель акима области Ербол Серикович Тулегенов.",
    ]
    assert people(paragraphs, "ru") == ["Ербол Серикович Тулегенов"]


def test_a_photographers_credit_with_a_spaced_slash_or_a_pipe_is_no_person() -> None:
    paragraphs = [
        "Nurse Saltanat Ibraeva sees a patient by video. Photo: UNDP Kyrgyzstan / Ruslan Abdrakhmanov",
        "Grain wagons at a station near Kostanay. Viktor Lemeshko | Steppe Markets Weekly",
        "The pair Dana Omarova / Yerlan Kassym won the mixed doubles, the federation said.",
    ]
    assert people(paragraphs) == ["Saltanat Ibraeva", "Dana Omarova", "Yerlan Kassym"]


def test_a_name_with_a_bodys_kind_in_apposition_after_it_is_no_person() -> None:
    paragraphs = [
        "Abdul Karim Haddad, a Gulf conglomerate, will finance a new warehouse, the company said.",
        "Trader Abdul Rahman said business was slow. Aigerim Sadykova, a member of the group, said it was ready.",
    ]
    assert people(paragraphs) == ["Abdul Rahman", "Aigerim Sadykova"]
