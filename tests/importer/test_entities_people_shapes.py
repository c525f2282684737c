"""People by the shape of their names on real pages (the people7 round): patronymic words written apart,
surnames with particles, names put back in the nominative, role words and bylines around names, and
names of companies and buttons that are no people. Invented people and text."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities, natasha
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
needs_natasha = pytest.mark.skipif(natasha._load() is None, reason="natasha is not installed")


def people(paragraphs: list[str], lang: str = "en") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("The jury, led by Temirlan Asylbek uulu of the Naryn theatre, met.", "en", "Temirlan Asylbek uulu"),
        ("Among the coaches was Asylbek uulu Temirlan, who trained the junior team.", "en", "Asylbek uulu Temirlan"),
        ("Nargiza Tologon kyzy, a nurse from Talas, opened the clinic.", "en", "Nargiza Tologon kyzy"),
        ("Кружок ведёт Асылбек уулу Темирлан из детского центра.", "ru", "Асылбек уулу Темирлан"),
        ("На вопросы ответила Наргиза Тологон кызы, медсестра из Таласа.", "ru", "Наргиза Тологон кызы"),
        ("Көрмені Темирлан Асылбек уулу ашты.", "kk", "Темирлан Асылбек уулу"),
        ("Асылбек уулу Темирлан жастар орталығында сабақ береді.", "kk", "Асылбек уулу Темирлан"),
    ],
)
def test_a_patronymic_word_written_apart_belongs_to_the_name(sentence: str, lang: str, name: str) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people([sentence], lang) == [name]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The Naryn Drama Theatre opened its season on Friday.", "en"),
        ("Talas Region Hospital received new beds in November.", "en"),
        ("Бишкек Сити и Ош Маркет открыли новые павильоны.", "ru"),
        ("Нарын облысында жаңа мектеп ашылды.", "kk"),
    ],
)
def test_capitalised_words_without_a_patronymic_word_stay_no_people(sentence: str, lang: str) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people([sentence], lang) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“The roof is ready,” said Lucas St. John, head of the builders’ guild.", "Lucas St. John"),
        ("Aibek St Clair, a coach from Taraz, said the club had grown.", "Aibek St Clair"),
        ("Louise Ste. Marie, a teacher, said the school would open in May.", "Louise Ste. Marie"),
    ],
)
def test_a_surname_opened_by_st_keeps_its_prefix(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Visitors to St. Nicholas Cathedral said they were pleased with the repairs.",
        "The office on Abay St. opened on Monday.",
        "Pilgrims at St. Andrew Church said they had come from Almaty.",
    ],
)
def test_a_saints_name_or_a_street_is_no_person(sentence: str) -> None:
    assert people([sentence]) == []


def test_a_name_right_after_a_street_ending_in_st_is_a_person() -> None:
    sentence = "A fire damaged a house on Baker St. Aliya Serikova, who lives next door, called the fire brigade."
    assert people([sentence]) == ["Aliya Serikova"]


@pytest.mark.parametrize(
    ("paragraphs", "lang", "expected"),
    [
        (
            [
                "Nurlan Abenov, a farmer, said prices rose.",
                "Hosted by Tom Keller and Ana Ruiz. Produced by Lee Brandt.",
            ],
            "en",
            ["Nurlan Abenov"],
        ),
        (
            ["Фермер Нурлан Абенов сказал, что цены выросли.", "Подготовила корреспондент Анна Ильина"],
            "ru",
            ["Нурлан Абенов"],
        ),
        (
            ["Фермер Нұрлан Әбенов бағаның өскенін айтты.", "Ақпаратты дайындаған: тілші Ә. Б. Жақсыбекова"],
            "kk",
            ["Нұрлан Әбенов"],
        ),
    ],
)
def test_a_paragraph_shaped_as_a_byline_names_writers_not_people(
    paragraphs: list[str], lang: str, expected: list[str]
) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people(paragraphs, lang) == expected


def test_a_person_named_in_the_story_stays_when_a_credit_names_them_too() -> None:
    paragraphs = ["Ведущая Анна Ильина рассказала о проекте.", "Подготовила Анна Ильина"]
    if natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people(paragraphs, "ru") == ["Анна Ильина"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Arman Kali, a buyer at the Almaty-based distributor Northwind Grains, said stocks were low.",
        "A driver for a delivery startup, Kettle Express, said orders had doubled.",
        "Officials at the agency Steppe Water said the pipes were old.",
    ],
)
def test_a_name_a_body_s_kind_introduces_is_the_body_s(sentence: str) -> None:
    found = people([sentence])
    assert not any(name in found for name in ("Northwind Grains", "Kettle Express", "Steppe Water"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The founder of the firm, Daulet Serik, said sales had grown.",
            "Daulet Serik",
        ),  # a definite body: its founder
        ("The head of a local union, Marat Abenov, said wages would rise.", "Marat Abenov"),  # looks like a person
        ("The studio’s director, Oskar Lindqvist, said the film was ready.", "Oskar Lindqvist"),
        ("We met Yerzhigit Saken, a grandfather who keeps 300 sheep near Zhanatas.", "Yerzhigit Saken"),
        ("Guests included Zhanbolat Sagat, a taxi driver who moved here in 2019.", "Zhanbolat Sagat"),
    ],
)
def test_a_person_next_to_a_body_or_introduced_by_who_stays_a_person(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


def test_a_speaker_after_a_clause_naming_whom_they_spoke_to_is_a_person() -> None:
    sentence = "Speaking to a news agency, Aidos Seitkali said the money would go to new couriers."
    assert people([sentence]) == ["Aidos Seitkali"]


def test_a_body_introduced_by_that_is_no_person() -> None:
    assert people(["We talked to Green Valley, a cooperative that sells apples in Talgar."]) == []


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Инженер-геолог Виктор Павлович Руденко объяснил, почему вода мутнеет.", "Виктор Павлович Руденко"),
        (
            "Врач-кардиолог Тамара Викторовна Ильина, к которой мы обратились, объяснила так.",
            "Тамара Викторовна Ильина",
        ),
    ],
)
def test_a_compound_role_before_a_russian_name_is_no_part_of_it(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@needs_natasha
def test_a_hyphenated_company_name_before_its_head_noun_is_no_person() -> None:
    sentence = "Кока-Кола Алматы Боттлерс компаниясы қала маңында жаңа зауыт салатынын хабарлады."
    assert people([sentence], "kk") == []


def test_a_hyphenated_name_without_a_role_keeps_both_parts() -> None:
    assert people(["Анна-Мария Шульц-Беккер, директор галереи, открыла выставку."], "ru") == ["Анна-Мария Шульц-Беккер"]


@needs_natasha
def test_a_row_of_buttons_is_no_person() -> None:
    assert people(["Дача у реки. Цитата   Ответить   Жалоба"], "ru") == []


@needs_natasha
def test_a_name_beside_a_word_that_is_also_a_button_stays() -> None:
    found = people(["В ответ Анна Викторовна Ким сказала, что жалоба уже рассмотрена."], "ru")
    assert found == ["Анна Викторовна Ким"]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Грамоту вручили Алине Пак из 5 «А» класса.", "Алина Пак"),  # not the indeclinable homograph "Алине"
        ("Грамоту вручили Карине Ли из 5 «А» класса.", "Карина Ли"),
        ("Мы благодарим Сергея Петровича Лугового за помощь.", "Сергей Петрович Луговой"),  # an adjective's surname
        ("Письмо передали Ирине Степановне Береговой лично.", "Ирина Степановна Береговая"),
        ("Рассказ Антона Злого опубликовали в журнале.", "Антон Злой"),
    ],
)
def test_a_russian_name_in_an_oblique_case_is_put_back_in_the_nominative(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@needs_natasha
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Александра Пак победила в конкурсе чтецов.", "Александра Пак"),  # a nominative: not Александр's genitive
        ("Ольга Луговая возглавила совет школы.", "Ольга Луговая"),
        ("Алина Ким рассказала о проекте.", "Алина Ким"),
    ],
)
def test_a_russian_name_in_the_nominative_stays_as_written(sentence: str, name: str) -> None:
    assert people([sentence], "ru") == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ауыл тұрғыны, мұғалім Ерғали Бектұрғанның айтуынша, жол жөнделді.", "Ерғали Бектұрған"),  # the genitive
        ("Дәрігер Ерлан Сәрсенге ауыл тұрғындары алғыс айтты.", "Ерлан Сәрсен"),  # the dative
        ("Кітапханашы емес, маман Айдана Сейтқали жиналысты ашты.", "Айдана Сейтқали"),  # no surname ending
        ("Тәрбиеші Әсел Ерке балаларға ертегі оқыды.", "Әсел Ерке"),  # a name that ends like a case, as written
    ],
)
def test_a_kazakh_name_after_a_role_word_is_a_person_in_the_nominative(sentence: str, name: str) -> None:
    assert people([sentence], "kk") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Мұғалім Астана қаласында тұрады.",
        "Директор Алматы облысының әкімдігіне хат жазды.",
        "Мектеп директоры жаңа ғимаратқа көшуді ұсынды.",
        "Тілші Нұр Отан партиясының съезіне барды.",  # a body's name owning the noun after it
        "Студент Астана Халықаралық университетінде оқиды.",
        "Әкім Ақтөбе Облысына сапармен барды.",  # a noun owned by the place before it
        "Салтанатқа мұғалім Ұлы Отан соғысы ардагерлерінің ұрпақтарын шақырды.",  # a war's name owning its noun
    ],
)
def test_a_role_word_before_a_place_is_no_person(sentence: str) -> None:
    assert people([sentence], "kk") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ji-woo Park presented the sensor network to the council.", "Ji-woo Park"),
        ("Mei-ling Chen explained how the samples were kept.", "Mei-ling Chen"),
    ],
)
def test_an_east_asian_given_name_with_a_hyphen_and_its_surname_is_a_person(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Visitors to Well-kept Park said they liked the new benches.",
        "The Long-term Park plan was approved on Monday.",
        "Low-cost Park Hotels opened a branch in Almaty.",
    ],
)
def test_a_compound_adjective_before_park_is_no_name(sentence: str) -> None:
    assert people([sentence]) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The survey was led by hydrologist Mariam bint Saeed of the Gulf Water Council.", "Mariam bint Saeed"),
        ("Nurul binti Hashim, a nurse from Penang, said the clinic was full.", "Nurul binti Hashim"),
    ],
)
def test_a_daughter_of_particle_joins_the_name(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("Trucks queue at the Khorgos crossing, March 3, 2026. Silk Wire/Timur Aliyev/File Photo", "en"),
        ("Грузовики у переезда в Хоргосе. Фото: Степной Вестник/Тимур Алиев", "ru"),
        ("Жүк көліктері Қорғаста тұр. Сурет: Дала Ақпарат/Тимур Әлиев", "kk"),
    ],
)
def test_a_name_joined_by_slashes_in_a_credit_is_no_person(paragraph: str, lang: str) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people([paragraph], lang) == []


def test_names_paired_by_a_slash_without_a_picture_word_are_people() -> None:
    paragraphs = [
        "Kazakh pair Anna Ivanova/Timur Bekov won silver in Almaty on Sunday, the federation said.",
        "In the women's doubles, Aliya Serikova/Dana Orynbek reached the final.",
    ]
    assert sorted(people(paragraphs)) == ["Aliya Serikova", "Anna Ivanova", "Dana Orynbek", "Timur Bekov"]


def test_a_slash_elsewhere_in_the_sentence_leaves_the_name() -> None:
    assert people(["Timur Aliyev, a driver, said the 50/50 split of fees was fair."]) == ["Timur Aliyev"]


@pytest.mark.parametrize(
    ("paragraphs", "lang", "expected"),
    [
        (["The new route opens on Monday, the city said.", "Dana Whitfield"], "en", []),  # the author's name alone
        (["Маршрут откроется в понедельник.", "Ольга Седых", "Фото автора"], "ru", []),
        (["Отличная новость!", "Марина К.", "Ждём весны"], "ru", []),  # a commenter
        (["Жаңа бағыт дүйсенбіде ашылады.", "Айгерім Сәтбаева"], "kk", []),
        (["Dana Whitfield", "Dana Whitfield, a driver, said the route was long."], "en", ["Dana Whitfield"]),
    ],
)
def test_a_bare_name_on_its_own_line_is_an_author_or_a_commenter(
    paragraphs: list[str], lang: str, expected: list[str]
) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people(paragraphs, lang) == expected


def test_a_kazakh_patronymic_name_in_the_dative_stays_a_person() -> None:
    assert people(["Сыйлықты әкім Асқар Нұрланұлына тапсырды."], "kk") == ["Асқар Нұрланұлы"]


@pytest.mark.parametrize(
    ("paragraphs", "lang"),
    [
        (["Победителями конкурса стали:", "Ольга Седых", "Тимур Алиев"], "ru"),
        (["Жеңімпаздар:", "Айгерім Сәтбаева", "Тимур Әлиев"], "kk"),
        (["Конкурс завершился.", "Ольга Седых", "Тимур Алиев"], "ru"),  # two bare names together: a list
    ],
)
def test_names_one_a_line_in_a_list_are_people(paragraphs: list[str], lang: str) -> None:
    if lang == "ru" and natasha._load() is None:
        pytest.skip("natasha is not installed")
    assert people(paragraphs, lang) == paragraphs[1:]


@pytest.mark.parametrize(
    ("paragraph", "lang", "name"),
    [
        ("By Friday Timur Aliyev said the bridge was safe.", "en", "Timur Aliyev"),
        ("Дайындаған Айгүл Сәрсенова жобаны сәтті қорғады.", "kk", "Айгүл Сәрсенова"),
    ],
)
def test_a_sentence_opening_like_a_credit_keeps_its_people(paragraph: str, lang: str, name: str) -> None:
    assert people([paragraph], lang) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Кештің қонағы – итальян скрипкашысы Анна-Мария Келлер.", "Анна-Мария Келлер"),
        ("Жан-Люк Мартеннің кітабы қазақ тіліне аударылды.", "Жан-Люк Мартен"),  # the genitive put back
    ],
)
def test_a_compound_first_name_makes_a_kazakh_text_s_foreign_name_a_person(sentence: str, name: str) -> None:
    assert people([sentence], "kk") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Алматы-Астана Тасжолы жөнделді.",  # known places joined by a hyphen
        "Кызыл-Кия Қаласы туралы жаңа кітап шықты.",  # a place's head noun after the compound
        "Әкім Ақсу Ауданын аралады.",
    ],
)
def test_compounds_and_heads_of_places_are_no_people(sentence: str) -> None:
    assert people([sentence], "kk") == []


def test_a_credit_naming_someone_with_a_particle_names_a_writer() -> None:
    paragraphs = [
        "Timur Aliyev, a driver, said the road was closed.",
        "Hosted by Pieter van der Molen. Produced by Ana Ruiz.",
    ]
    assert people(paragraphs) == ["Timur Aliyev"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lucia dell'Amore, an Italian botanist, urged caution.", "Lucia dell'Amore"),
        ("Dr Imogen d'Arcy-Webb, of a Bristol charity, said results were due.", "Imogen d'Arcy-Webb"),
        ("When Friedrich von Lindenau opened the first school in 1871, few pupils came.", "Friedrich von Lindenau"),
        ('"We came to listen," said Marta Ibáñez de Olmedo, the envoy.', "Marta Ibáñez de Olmedo"),
        ("Talks were chaired by Professor Ciarán Mac Con Iomaire of the college.", "Ciarán Mac Con Iomaire"),
        ("Sheikh Rashid bin Khalid Al Mansoori, a board member, joined the group.", "Rashid bin Khalid Al Mansoori"),
    ],
)
def test_names_with_particles_in_lower_case_are_kept_whole(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


def test_particles_of_places_and_bodies_make_no_person() -> None:
    sentences = [
        "Flights to Rio de Janeiro resume in May, the carrier said on Tuesday.",
        "The Universidad de los Andes signed a memorandum with the college on Monday.",
        "Brazilian wrestler Ana Paula da Costa won bronze, the federation said.",
    ]
    assert people(sentences) == ["Ana Paula da Costa"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Жаттығуды испаниялық маман Мигель Анхель де ла Фуэнте өткізді.", "Мигель Анхель де ла Фуэнте"),
        ("– Бұл жақсы бастама, – деді Паулу Жорже душ Рейш Кошта.", "Паулу Жорже душ Рейш Кошта"),
        ("Әуенді жас композитор Мира ван Дейк-Сәрсенова жазды.", "Мира ван Дейк-Сәрсенова"),
    ],
)
def test_kazakh_text_keeps_romance_and_dutch_names_with_particles_whole(sentence: str, name: str) -> None:
    assert people([sentence], "kk") == [name]


def test_kazakh_da_and_de_between_names_make_no_person() -> None:
    sentences = ["Батыс Қазақстан да Атырау да мерекеге дайын.", "Шығыс Қазақстан де Семей де дайындалып жатыр."]
    assert people(sentences, "kk") == []


@needs_natasha
def test_a_russian_name_with_its_patronymic_in_the_dative_keeps_its_first_name() -> None:
    sentences = [
        "Его заместителю Ерлану Маратовичу Сагинтаеву журналисты задали вопрос о сроках ремонта.",
        "Спасибо заведующей Зульфие Рашидовне Каримовой, которая открыла зал на всё лето.",
    ]
    assert people(sentences, "ru") == ["Ерлан Маратович Сагинтаев", "Зульфия Рашидовна Каримова"]


@needs_natasha
def test_a_mans_name_in_the_instrumental_before_an_undeclined_surname_goes_back_to_the_nominative() -> None:
    sentences = [
        "Встреча прошла вместе с Ерланом Сейткали, руководителем палаты предпринимателей города.",
        "По итогам встречи с Маратом Кожа решено создать рабочую группу по вопросам аренды.",
    ]
    assert people(sentences, "ru") == ["Ерлан Сейткали", "Марат Кожа"]


@needs_natasha
def test_a_hyphened_french_first_name_undeclined_in_its_first_part_goes_back_to_the_nominative() -> None:
    sentences = ["Фильм с участием Жан-Поля Дельмонте показали в Алматы.", "Выставку открыл Пьер-Ален Дюбуа."]
    assert people(sentences, "ru") == ["Жан-Поль Дельмонте", "Пьер-Ален Дюбуа"]
