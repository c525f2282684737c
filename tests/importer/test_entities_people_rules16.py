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


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        (
            "en",
            [
                "Energy minister Bolat Serikov said the pipeline would open in spring.",
                "The talks ended without a deal on prices. (Reporting by Anna Lee; Editing by Tom Reed and Kate Moss)",
                "The next round of talks is planned for March in Tehran.",
            ],
            ["Bolat Serikov"],
        ),
        (
            "en",
            [
                "Translator Dana Kim read from her new book, and the poet Aliya Serikova answered questions.",
                "The evening ended with a concert of folk songs in the main hall.",
                "Translated by Dana Kim",
            ],
            ["Dana Kim", "Aliya Serikova"],
        ),
        (
            "kk",
            [
                "Ауыл әкімі Серік Жұмабекұлы Әбенов жаңа кітапхананы аралап көрді.",
                "Кітапханада төрт мыңнан астам кітап бар, ол күн сайын ашық.",
                "Кітапхана ғимараты. Суретті түсірген Асхат Нұрланов",
            ],
            ["Серік Жұмабекұлы Әбенов"],
        ),
    ],
)
def test_a_name_only_in_a_clause_crediting_the_makers_is_no_person(
    lang: str, paragraphs: list[str], expected: list[str]
) -> None:
    assert people(paragraphs, lang) == expected


@needs_natasha
def test_a_russian_photographer_credited_after_a_dash_or_in_the_genitive_is_no_person() -> None:
    paragraphs = [
        "Директор школы Марина Сергеевна Ковалёва открыла библиотеку после ремонта.",
        "Читатели получили новые книги и журналы. Фото Игоря Семёнова",
        "Библиотека работает по будням с девяти утра до шести вечера.",
        "Фото — Дарья Соколова",
    ]
    assert people(paragraphs, "ru") == ["Марина Сергеевна Ковалёва"]


@pytest.mark.parametrize(
    ("paragraph", "lang", "name"),
    [
        ("Video by Anna Lee, a student of the school, won the regional prize.", "en", "Anna Lee"),
        ("Суретті түсірген Асхат Нұрланов көрмесін ашты.", "kk", "Асхат Нұрланов"),
    ],
)
def test_a_sentence_running_on_after_a_credit_label_keeps_its_people(paragraph: str, lang: str, name: str) -> None:
    filler = {"en": "The library opens on weekdays.", "kk": "Кітапхана күн сайын ашық."}[lang]
    assert name in people([paragraph, filler], lang)


@pytest.mark.parametrize(
    ("paragraphs", "lang", "expected"),
    [
        (
            ["Station director Bakyt Japarov said the lake had fallen again.", '"It is the third year," Japarov said.'],
            "en",
            ["Bakyt Japarov"],
        ),
        (
            ["Farm manager Dilshod Mirziyoyev showed the new orchard.", "Mirziyoyev said the apples ripen in August."],
            "en",
            ["Dilshod Mirziyoyev"],
        ),
        (
            ["President Japarov met Aidai Japarova, a teacher from Naryn.", "The meeting lasted an hour."],
            "en",
            ["Sadyr Japarov", "Aidai Japarova"],
        ),
    ],
)
def test_a_lone_surname_of_the_storys_own_person_is_not_the_registrys_namesake(
    paragraphs: list[str], lang: str, expected: list[str]
) -> None:
    assert sorted(people(paragraphs, lang)) == sorted(expected)


@needs_natasha
def test_a_lone_russian_surname_of_the_storys_own_person_is_not_the_registrys_namesake() -> None:
    paragraphs = [
        "На встрече выступил агроном Ильяс Маратович Жапаров.",
        "«Урожай в этом году выше», — сказал Жапаров.",
    ]
    assert people(paragraphs, "ru") == ["Ильяс Маратович Жапаров"]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Мастер-кашинщик Бахтиёр Саидов выкладывает заново изразцы на портале мечети.", "Бахтиёр Саидов"),
        ("Мастер-резчик Улугбек Хамидов вырезает узор на двери медресе.", "Улугбек Хамидов"),
        ("Мастер-вышивальщица Гулнора Рахимова показала гостям сюзане.", "Гулнора Рахимова"),
    ],
)
def test_an_occupations_compound_noun_opening_a_sentence_is_no_part_of_the_name(sentence: str, name: str) -> None:
    assert people([sentence, "Библиотека насчитывает четыре тысячи книг и работает по будням."], "ru") == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["Хореограф Айгерим Нурланова поставила новый спектакль.", "— Айгерим Болатовна, как прошли гастроли?"],
            ["Айгерим Нурланова"],
        ),
        (
            ["Главврач Анна Петровна встретила у входа Анну Смирнову, новую медсестру.", "Осмотр занял час."],
            ["Анна Петровна", "Анна Смирнова"],
        ),
    ],
)
def test_a_first_name_and_patronymic_addressing_a_person_named_in_full_before_is_that_person(
    paragraphs: list[str], expected: list[str]
) -> None:
    assert people(paragraphs, "ru") == expected


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        (
            "en",
            ["Retired teacher Saule Bekova died on Monday. She is survived by her husband, Marat; a daughter, Aliya."],
            ["Saule Bekova"],  # English kin in apposition: left out (the corpus labels it both ways)
        ),
        ("en", ["Every evening Auntie Gulzhan brings bread to the volunteers at the library."], ["Gulzhan"]),
        ("en", ["On Sundays Uncle Bakhyt repairs the bicycles of the village children."], ["Bakhyt"]),
        ("en", ["Aigerim Sadykova and her son Timur outside the library. Photo: UNICEF"], ["Aigerim Sadykova"]),
        ("kk", ["Оның немересі Нұрай мен ұлы Дәулет кітапханаға жиі келеді."], ["Нұрай"]),
        ("kk", ["Кітапхана Ұлы Жібек жолы туралы кітаптар көрмесін ашты."], []),
    ],
)
def test_a_first_name_a_kinship_noun_introduces_is_a_person(
    lang: str, paragraphs: list[str], expected: list[str]
) -> None:
    assert (
        people([*paragraphs, {"en": "The library opens on weekdays.", "kk": "Кітапхана күн сайын ашық."}[lang]], lang)
        == expected
    )


@needs_natasha
def test_a_russian_first_name_in_apposition_to_a_kinship_noun_is_a_person() -> None:
    paragraphs = ["Сестра именинницы, Камила, испекла торт на всех гостей.", "Праздник закончился поздно вечером."]
    assert people(paragraphs, "ru") == ["Камила"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The forum was opened by Deputy Minister of Ecology Leyla Rəşid qızı Quliyeva and local farmers.", None),
        ("The prize went to engineer Rauf Elşən oğlu Məmmədov of the Baku metro.", "Rauf Elşən oğlu Məmmədov"),
        ("Her real name is Saltanat Bolat-kyzy Amanova, but the village knows her as Apa.", None),
        ("Its director is Nurlan Serik-uly Abenov, though few people here use his full name.", None),
        ('"Books change a village," said Ingrid Aa. Lunde, the head of the Norwegian fund.', "Ingrid Aa. Lunde"),
        ("We thank the council, and Anna-Lena Berg from the regional office for coming.", "Anna-Lena Berg"),
    ],
)
def test_latin_names_with_patronymics_double_first_names_and_two_letter_initials(
    sentence: str, name: str | None
) -> None:
    expected = (
        name
        or {
            "The": "Leyla Rəşid qızı Quliyeva",
            "Her": "Saltanat Bolat-kyzy Amanova",
            "Its": "Nurlan Serik-uly Abenov",
        }[sentence.split()[0]]
    )
    assert people([sentence, "The library opens on weekdays."], "en") == [expected]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "new"),
    [
        (
            "kk",
            [
                "Финалда павлодарлық Нұрбол Серікұлы Жанатов жеңіске жетті.",
                "Жүлдегерлер:",
                *("Салмақ", "Балуан", "Өңір", "57 кг", "Нұрбол Жанатов", "Павлодар облысы", "65 кг", "Бекзат Омаров"),
                *("Қостанай облысы", "74 кг", "Айбар Сейітов", "Ақмола облысы"),
                "Келесі турнир наурызда өтеді.",
            ],
            ["Бекзат Омаров", "Айбар Сейітов"],
        ),
        (
            "en",
            [
                "Coach Aliya Serikova said the young team had trained all winter.",
                "Results:",
                *("Medal", "Skier", "Club", "Gold", "Aliya Serikova", "Astana Ski", "Silver", "Dana Mukanova"),
                *("Almaty Ski", "Bronze", "Ruslan Tokayev", "Karaganda Ski"),
                "The next race is in March.",
            ],
            ["Dana Mukanova", "Ruslan Tokayev"],
        ),
        (
            "en",
            [
                "Coach Aliya Serikova said the young team had trained all winter.",
                "Prizes:",
                *("Place", "Prize", "Sponsor", "First", "Golden Skis", "Astana Ski", "Second", "Silver Poles"),
                *("Almaty Ski", "Third", "Bronze Boots", "Karaganda Ski"),
                "The next race is in March.",
            ],
            [],
        ),
    ],
)
def test_the_names_of_a_flattened_tables_column_of_people_are_people(
    lang: str, paragraphs: list[str], new: list[str]
) -> None:
    found = people(paragraphs, lang)
    assert [name for name in new if name in found] == new
    assert not {"Golden Skis", "Silver Poles", "Astana Ski"} & set(found)


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        (
            "en",
            [
                "Timur Sadykov",
                "Timur Sadykov, Business correspondent",
                "Port director Aigerim Bekova said cargo volumes doubled this year.",
                "The port plans a second terminal by 2028.",
            ],
            ["Aigerim Bekova"],
        ),
        (
            "kk",
            [
                "Асхат Нұрланов, тілші",
                "Порт директоры Айгерім Серікқызы Бекова жүк көлемі екі есе өскенін айтты.",
                "Порт 2028 жылға дейін екінші терминал салуды жоспарлап отыр.",
            ],
            ["Айгерім Серікқызы Бекова"],
        ),
    ],
)
def test_a_name_and_a_writers_role_alone_on_a_line_is_the_byline(
    lang: str, paragraphs: list[str], expected: list[str]
) -> None:
    assert people(paragraphs, lang) == expected


def test_a_reporter_credited_at_the_foot_and_named_in_the_author_box_is_no_person() -> None:
    paragraphs = [
        "Energy minister Bolat Serikov said the pipeline would open in spring.",
        "The talks ended without a deal on prices, officials said.",
        "(This story has been refiled to fix a typo in paragraph 2)",
        "Reporting by Anna Lee in Astana; Editing by Tom Reed",
        "Acquire Licensing Rights, opens new tab",
        "Anna Lee",
        "Covers energy and mining in Central Asia.",
    ]
    text = "\n".join(["Caspian gas talks end without a price deal", *paragraphs])
    assert extract(text, REGISTRY, "en").entities.people == ["Bolat Serikov"]


@pytest.mark.parametrize(
    ("lang", "story", "sign_off", "expected"),
    [
        (
            "en",
            "City ecologist Aigerim Bekova said the smog would last until the wind changed.",
            "Dana Kim, Ruslan Omarov, “Channel 7”, Almaty",
            ["Aigerim Bekova"],
        ),
        (
            "kk",
            "Қала экологы Айгерім Серікқызы Бекова түтін жел соққанша сақталатынын айтты.",
            "Дана Ким, Руслан Омаров, «Алатау ТВ», Алматы",
            ["Айгерім Серікқызы Бекова"],
        ),
        pytest.param(
            "ru",
            "Эколог Айгерим Сериковна Бекова сказала, что смог продержится до смены ветра.",
            "Дана Ким, Руслан Омаров, «Алатау ТВ», Алматы",
            ["Айгерим Сериковна Бекова"],
            marks=needs_natasha,
        ),
    ],
)
def test_a_tv_reports_sign_off_of_crew_channel_and_place_names_no_people(
    lang: str, story: str, sign_off: str, expected: list[str]
) -> None:
    filler = {
        "en": "The library opens on weekdays.",
        "kk": "Кітапхана күн сайын ашық.",
        "ru": "Смог держится третий день.",
    }
    text = "\n".join([TITLES[lang], story, filler[lang], sign_off, filler[lang]])
    assert extract(text, REGISTRY, lang).entities.people == expected


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Благодарность выражаем Ерику Жанибекову, водителю школьного автобуса.", "Ерик Жанибеков"),
        ("Грамоты вручили вчера Ерику Байжанову, учителю физики.", "Ерик Байжанов"),
        ("Цветы подарили Гульнаре Сапаргалиевой, учительнице музыки.", "Гульнара Сапаргалиева"),
    ],
)
def test_a_dative_apposition_tells_the_names_case_and_a_mans_dative_surname_his_gender(
    sentence: str, name: str
) -> None:
    assert people([sentence, "Библиотека насчитывает четыре тысячи книг и работает по будням."], "ru") == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The grant was handed over by Ms. TANAKA Yuki, head of the mission, to the village council.", "TANAKA Yuki"),
        ("Ms. KIM Soo-jin opened the exhibition of Korean ceramics in the museum.", "KIM Soo-jin"),
        ("The new well was funded by Mr. UNDP Kazakhstan Office and the district council.", None),
    ],
)
def test_a_surname_in_capitals_after_an_honorific_opens_an_east_asian_name(sentence: str, name: str | None) -> None:
    assert people([sentence, "The library opens on weekdays."], "en") == ([name] if name else [])


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "The new dam will not save the northern Aral, writes a water economist.",
                "Irrigation minister Serik Abenov promised the canals would be lined by 2030.",
                "That promise has been made before.",
                "Madina Ospanova is an economist and a fellow at the Steppe Policy Institute.",
            ],
            ["Serik Abenov"],
        ),
        (
            [
                "Farmer Aigerim Bekova has grown apples near Talgar for thirty years.",
                "This year the frost came late and the harvest doubled.",
                "Aigerim Bekova is a member of the regional farmers' union.",
            ],
            ["Aigerim Bekova"],
        ),
    ],
)
def test_a_closing_bio_names_the_columnist_no_person(paragraphs: list[str], expected: list[str]) -> None:
    assert people(paragraphs, "en") == expected


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Партию фортепиано исполнит солистка филармонии имени Жамбыла Алия Маратовна Сейтова.",
            "Алия Маратовна Сейтова",
        ),
        ("Солист театра имени Абая Ерлан Серикович Досов споёт арию Абая.", "Ерлан Серикович Досов"),
    ],
)
def test_a_nominative_name_with_a_patronymic_after_an_institutions_namesake_is_found(sentence: str, name: str) -> None:
    assert name in people([sentence, "Билеты продаются в кассе филармонии."], "ru")


@pytest.mark.parametrize(
    ("lang", "sentence", "new"),
    [
        ("kk", "Жарысқа оқушылар Айбар Сейітов, Нұрсұлтан Жанболатұлы және Виктор Ан қатысты.", "Виктор Ан"),
        pytest.param(
            "ru",
            "В команду вошли Алия Маратовна Сейтова, Ерлан Досов и Дамир Ли.",
            "Дамир Ли",
            marks=needs_natasha,
        ),
    ],
)
def test_a_list_item_beside_two_named_people_is_a_person(lang: str, sentence: str, new: str) -> None:
    filler = {"kk": "Кітапхана күн сайын ашық.", "ru": "Библиотека работает по будням."}[lang]
    assert new in people([sentence, filler], lang)


def test_a_list_of_places_is_no_list_of_people() -> None:
    assert people(["Жарысқа Айбар Сейітов, Нұрсұлтан Жанболатұлы және Ақмола Облысы қатысты."], "kk") == [
        "Айбар Сейітов",
        "Нұрсұлтан Жанболатұлы",
    ]


@pytest.mark.parametrize(
    ("lang", "heading", "name"),
    [
        ("en", "3. Welcome, Ingrid van Dijk", "Ingrid van Dijk"),
        ("en", "Congratulations, Aruzhan Sadykova!", "Aruzhan Sadykova"),
        ("kk", "Қош келдіңіз, Айгерім Бекова!", "Айгерім Бекова"),
    ],
)
def test_a_heading_greeting_a_person_by_full_name_names_a_person(lang: str, heading: str, name: str) -> None:
    body = {
        "en": "Our new programme manager joins us from the water institute and starts on Monday.",
        "kk": "Жаңа бағдарлама менеджері су институтынан келді және дүйсенбіде жұмысқа кіріседі.",
    }[lang]
    assert name in people([heading, body], lang)


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        (
            "en",
            [
                "The regional press club named its best reporters of the year at a ceremony on Friday.",
                "Shortlisted:",
                "Dana Mukanova, correspondent",
                "Ruslan Tokayev, photographer",
                "The winners receive a grant for a study trip.",
            ],
            ["Dana Mukanova", "Ruslan Tokayev"],
        ),
        (
            "kk",
            [
                "Облыстық баспасөз клубы жылдың үздік тілшілерін атады.",
                "Үміткерлер:",
                "Нұрлан Бекетов, тілші",
                "Сәуле Жанатова, фототілші",
                "Жеңімпаздар шетелге оқу сапарына барады.",
            ],
            ["Нұрлан Бекетов", "Сәуле Жанатова"],
        ),
    ],
)
def test_a_storys_list_of_writers_under_its_label_names_people(
    lang: str, paragraphs: list[str], expected: list[str]
) -> None:
    assert sorted(people(paragraphs, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "heading", "body", "expected"),
    [
        (
            "en",
            "Congratulations, Almaty Youth Orchestra!",
            "Conductor Aigerim Bekova led the orchestra to the first prize in Vienna.",
            ["Aigerim Bekova"],
        ),
        (
            "kk",
            "Құттықтаймыз, Наурыз Мейрамы Құтты Болсын!",
            "Ауыл әкімі Серік Жұмабекұлы Әбенов тұрғындарды мерекемен құттықтады.",
            ["Серік Жұмабекұлы Әбенов"],
        ),
        pytest.param(
            "ru",
            "Добро пожаловать, Летний Лагерь Солнышко!",
            "Директор лагеря Анна Петровна Ковалёва встретила детей у ворот.",
            ["Анна Петровна Ковалёва"],
            marks=needs_natasha,
        ),
    ],
)
def test_a_heading_greeting_a_team_or_a_feast_names_no_person(
    lang: str, heading: str, body: str, expected: list[str]
) -> None:
    assert people([heading, body], lang) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "From Monday the night buses to the airport stop at Exit F.",
        "Doctors now offer a free vaccine against Rotavirus A.",
        "The stolen paintings were kept in Warehouse K.",
    ],
)
def test_a_sentence_closing_on_a_capital_letter_names_no_surname_with_an_initial(sentence: str) -> None:
    assert people([sentence, "The library opens on weekdays."], "en") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Aunt Sally for every failure of the council, the mayor shrugs off the blame."),
        ("en", "Critics say Uncle Sam has lost interest in the region's pipelines."),
        ("kk", "Көрме елдің ұлы Жібегі мен оның тарихы туралы баяндайды."),
    ],
)
def test_a_kinship_title_in_a_figure_of_speech_names_no_person(lang: str, sentence: str) -> None:
    filler = {"en": "The library opens on weekdays.", "kk": "Кітапхана күн сайын ашық."}[lang]
    assert people([sentence, filler], lang) == []


@pytest.mark.parametrize(
    ("lang", "paragraphs", "expected"),
    [
        (
            "kk",
            [
                "Байқаудың жеңімпаздары белгілі болды.",
                "Жүлдегерлер:",
                "Бақыт Сейітова, «Ақ желкен»",
                "Тимур Әлиев, «Таң шолпаны»",
                "Марапаттау рәсімі келесі аптада өтеді.",
            ],
            ["Бақыт Сейітова", "Тимур Әлиев"],
        ),
        (
            "kk",
            [
                "Жыл сайынғы әдеби байқаудың жеңімпаздары белгілі болды.",
                "Бақыт Сейітова, «Ақ желкен»",
                "Тимур Әлиев, «Таң шолпаны»",
                "Гүлнар Омарова, «Түнгі пойыз»",
                "Марапаттау рәсімі келесі аптада өтеді.",
            ],
            ["Бақыт Сейітова", "Гүлнар Омарова", "Тимур Әлиев"],
        ),
        pytest.param(
            "ru",
            [
                "Объявлены победители конкурса молодых поэтов.",
                "Победители:",
                "Дарина Ковалёва, «Северный ветер»",
                "Тимур Алиев, «Утренняя звезда»",
                "Награждение пройдёт в библиотеке.",
            ],
            ["Дарина Ковалёва", "Тимур Алиев"],
            marks=needs_natasha,
        ),
    ],
)
def test_a_list_of_laureates_and_their_books_in_quotes_names_people(
    lang: str, paragraphs: list[str], expected: list[str]
) -> None:
    assert sorted(people(paragraphs, lang)) == sorted(expected)
