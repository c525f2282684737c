"""Round 16's title classes, each checked on invented pages in other languages and on other sites: a line of a page's
header with a shape no headline has (a ticker's figures, a field and its figure, a numbered contents' entry), over
the story's headline with its evidence under it."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def _title(lines: list[str]) -> str:
    return extract("\n".join(lines) + "\n", REGISTRY).title


TICKERS = [
    (
        [
            "Steppe Markets — business news",
            "Markets • Energy • Banks • Tech",
            "USD 512,40 EUR 541,10 RUB 5,62 Brent 81,25",
            "Subscribe",
            "Energy",
            "Pavlodar refinery upgrade finished",
            "The Pavlodar refinery doubled its diesel output after the upgrade of its hydrocracking unit",
            "Aida Sultanova",
            "Senior editor",
            "12 November 2026",
            "The Pavlodar refinery said on Monday that the upgrade of its hydrocracking unit doubled its output.",
        ],
        "Pavlodar refinery upgrade finished",
    ),
    (
        [
            "Деловой Бишкек — новости экономики",
            "Финансы • Банки • Рынки",
            "USD 87,45 EUR 94,10 RUB 0,98 KZT 0,17",
            "Банки",
            "Ставка осталась на прежнем уровне",
            "Национальный банк Кыргызстана сохранил учётную ставку на уровне девяти процентов годовых",
            "Асель Токтогулова",
            "Обозреватель отдела финансов",
            "14 ноября 2026",
            "Национальный банк Кыргызстана сохранил учётную ставку на уровне девяти процентов, сообщил регулятор.",
        ],
        "Ставка осталась на прежнем уровне",
    ),
    (
        [
            "Қаржы жаңалықтары",
            "Банктер • Нарық • Салық",
            "$ 498,20 € 530,75 ₽ 5,41 Мұнай 81,25",
            "Нарық",
            "Мөлшерлеме бұрынғы деңгейде қалды",
            "Ұлттық банк базалық мөлшерлемені 14,25 пайыз деңгейінде сақтап қалды",
            "Айгүл Серікова",
            "Тілші",
            "14 қараша 2026",
            "Ұлттық банк базалық мөлшерлемені 14,25 пайыз деңгейінде сақтады, деп хабарлады банктің баспасөз қызметі.",
        ],
        "Мөлшерлеме бұрынғы деңгейде қалды",
    ),
]


@pytest.mark.parametrize(("lines", "title"), TICKERS)
def test_a_ticker_of_figures_over_the_headline_is_no_title(lines: list[str], title: str) -> None:
    assert _title(lines) == title


FIELDS = [
    (
        [
            "Департамент полиции Алматы",
            "Главная   Новости   Контакты",
            "Дежурная часть: 102",
            "Новости",
            "В Алматы задержали угонщиков автомобилей",
            "Сотрудники департамента полиции задержали двоих подозреваемых в угоне автомобилей в Бостандыкском районе.",
        ],
        "В Алматы задержали угонщиков автомобилей",
    ),
    (
        [
            "Fire and Rescue Service of Karaganda",
            "Home   News   Contacts",
            "Emergency line: 112",
            "News",
            "Firefighters rescue family from burning house",
            "Firefighters in Karaganda rescued a family of four from a burning house on Tuesday, the service said.",
        ],
        "Firefighters rescue family from burning house",
    ),
    (
        [
            "Төтенше жағдайлар департаменті",
            "Басты бет   Жаңалықтар   Байланыс",
            "Сенім телефоны: 109",
            "Жаңалықтар",
            "Құтқарушылар тауда адасқан туристерді тапты",
            "Құтқарушылар Іле Алатауында адасып кеткен үш туристі түнде тауып, қалаға аман-есен жеткізді.",
        ],
        "Құтқарушылар тауда адасқан туристерді тапты",
    ),
]


@pytest.mark.parametrize(("lines", "title"), FIELDS)
def test_a_label_and_its_figure_over_the_headline_is_no_title(lines: list[str], title: str) -> None:
    assert _title(lines) == title


def test_a_headline_with_a_colon_and_words_stays() -> None:
    lines = [
        "Бишкек: 3 человека пострадали при пожаре на рынке",
        "Три человека пострадали при пожаре на рынке «Дордой» в Бишкеке, сообщило министерство.",
    ]
    assert _title(lines) == "Бишкек: 3 человека пострадали при пожаре на рынке"


CONTENTS = [
    (
        [
            "Open this letter in your browser",
            "Steppe Birds Club",
            "In this issue:",
            "1. Eagles counted in Altyn-Emel",
            "2. Volunteers wanted for spring",
            "Record number of eagles counted in Altyn-Emel",
            "Club volunteers counted 41 golden eagles in the Altyn-Emel national park in October, the most since 2015.",
        ],
        "Record number of eagles counted in Altyn-Emel",
    ),
    (
        [
            "Рассылка клуба юных химиков",
            "Содержание:",
            "1) Олимпиада в Усть-Каменогорске",
            "2) Новая лаборатория",
            "3) Конкурс рисунков",
            "Школьники Усть-Каменогорска взяли пять медалей олимпиады",
            "Пятеро учеников гимназии № 38 вернулись с областной олимпиады по химии с медалями, рассказала учитель.",
        ],
        "Школьники Усть-Каменогорска взяли пять медалей олимпиады",
    ),
    (
        [
            "Жас экологтар хабаршысы",
            "Бұл санда:",
            "1. Ертіс жағасын тазалау",
            "2. Жаңа үйірме",
            "Павлодар оқушылары Ертіс жағасын қоқыстан тазартты",
            "Өткен сенбіде қаладағы бес мектептің оқушылары Ертіс өзенінің жағасынан екі тонна қоқыс жинады.",
        ],
        "Павлодар оқушылары Ертіс жағасын қоқыстан тазартты",
    ),
]


@pytest.mark.parametrize(("lines", "title"), CONTENTS)
def test_a_numbered_contents_entry_is_no_title(lines: list[str], title: str) -> None:
    assert _title(lines) == title


def test_a_headline_opening_with_a_figure_stays() -> None:
    lines = [
        "5 things to know about the new Almaty metro line",
        "The third line of the Almaty metro opens on Monday with four stations and trains every six minutes.",
    ]
    assert _title(lines) == "5 things to know about the new Almaty metro line"


APPEALS = [
    (
        [
            "Clean Water Fund",
            "Donate",
            "About",
            "News",
            "News / Appeals",
            "URGENT APPEAL",
            "Flood relief for Semey villages. Update of 3 May",
            "03.05.2026",
            "Raised $4,120 of $10,000",
            "12 days left",
            "Donate now",
            "Friends, here is how the appeal for the flooded villages near Semey is going this week.",
            "Volunteers delivered water and blankets to 140 families.",
        ],
        "Flood relief for Semey villages. Update of 3 May",
    ),
    (
        [
            "Фонд «Тёплый дом»",
            "Помочь",
            "О фонде",
            "Новости",
            "Новости / Сборы",
            "СРОЧНЫЙ СБОР",
            "Дрова для стариков Жаркента. Итоги первой недели",
            "12.12.2026",
            "Собрано 210 000 тенге из 900 000 тенге",
            "Осталось 9 дней",
            "Помочь сейчас",
            "Друзья, рассказываем, как идёт сбор на дрова для одиноких пожилых людей в Жаркенте и окрестных сёлах.",
            "За неделю волонтёры привезли дрова в 17 домов.",
        ],
        "Дрова для стариков Жаркента. Итоги первой недели",
    ),
    (
        [
            "Мейірім қоры",
            "Көмектесу",
            "Қор туралы",
            "Жаңалықтар",
            "Жаңалықтар / Жинақтар",
            "ШҰҒЫЛ ЖИНАҚ",
            "Арал балықшыларына көмек. Екінші аптаның қорытындысы",
            "20.02.2026",
            "1 200 000 теңгенің 450 000 теңгесі жиналды",
            "15 күн қалды",
            "Қайырымдылық жасау",
            "Достар, Арал ауданындағы балықшы отбасыларына арналған жинақ қалай жүріп жатқанын айтамыз.",
            "Бір аптада еріктілер 30 отбасыға азық-түлік жеткізді.",
        ],
        "Арал балықшыларына көмек. Екінші аптаның қорытындысы",
    ),
]


@pytest.mark.parametrize(("lines", "title"), APPEALS)
def test_a_headline_of_two_sentences_over_its_date_keeps_the_title(lines: list[str], title: str) -> None:
    """``Appeal. Update of 3 May`` over its date line: a headline with no closing stop, not the appeal's counter."""
    assert _title(lines) == title


ISSUES = [
    (
        [
            "If this email does not display correctly, open the web version",
            "GREEN SCHOOLS OF CENTRAL ASIA",
            "Network newsletter · No. 7 (31) · March 2026",
            "Dear colleagues,",
            "This issue brings news from Osh, Khujand and Taraz.",
            "Osh school plants a hundred apricot trees",
            "Pupils of school No. 12 in Osh planted a hundred apricot trees along the school fence on Saturday.",
            "The trees were donated by a local nursery.",
        ],
        "Osh school plants a hundred apricot trees",
    ),
    (
        [
            "Если письмо не отображается, откройте веб-версию",
            "КЛУБ ЮНЫХ ТЕХНИКОВ",
            "Вестник клуба · № 3 · апрель 2026",
            "Добрый день, друзья!",
            "В этом выпуске — новости из Павлодара и Экибастуза.",
            "Павлодарские школьники собрали первого робота",
            "Кружок робототехники при школе № 24 Павлодара показал первого робота, собранного семиклассниками.",
            "Робот умеет сортировать крышки от бутылок.",
        ],
        "Павлодарские школьники собрали первого робота",
    ),
    (
        [
            "Хат дұрыс көрсетілмесе, веб-нұсқасын ашыңыз",
            "ЖАС ТАБИҒАТШЫЛАР",
            "Желі хабаршысы · № 4 (19) · наурыз 2026",
            "Сәлеметсіздер ме, әріптестер!",
            "Бұл санда — Тараз бен Шымкенттен жаңалықтар.",
            "Тараз мектебі жүз түп алма ағашын отырғызды",
            "Тараздағы № 5 мектептің оқушылары сенбі күні мектеп ауласына жүз түп алма ағашын отырғызды, деді мұғалім.",
            "Көшеттерді жергілікті питомник сыйға тартты.",
        ],
        "Тараз мектебі жүз түп алма ағашын отырғызды",
    ),
]


@pytest.mark.parametrize(("lines", "title"), ISSUES)
def test_a_newsletters_name_and_issue_set_apart_by_dots_is_no_title(lines: list[str], title: str) -> None:
    """``Вестник клуба · № 3 · апрель 2026``: the newsletter's name, its number and its month, over its first story."""
    assert _title(lines) == title


TRAILS = [
    (
        [
            "Embassy of Canada to Kazakhstan",
            "English | Français | Русский",
            "Home | About us | Consular Services | Education | Contact",
            "Consular Services > Visa Applications for Students and Young Researchers",
            "New visa centre opens in Almaty",
            "November 12, 2026",
            "A new visa application centre opened in Almaty on 10 November, the embassy said on Thursday.",
        ],
        "New visa centre opens in Almaty",
    ),
    (
        [
            "Посольство Республики Казахстан в Латвии",
            "Главная   О посольстве   Консульские вопросы   Культура",
            "Консульские вопросы > Оформление документов для граждан за рубежом",
            "Посольство проведёт выездной консульский приём в Даугавпилсе",
            "14.10.2026",
            "Сотрудники посольства проведут выездной консульский приём для граждан Казахстана в Даугавпилсе в субботу.",
        ],
        "Посольство проведёт выездной консульский приём в Даугавпилсе",
    ),
    (
        [
            "Ақсу ауданының әкімдігі",
            "Қаз | Рус",
            "Әкімдік   Әлеуметтік сала   Құрылыс   Байланыс",
            "Әлеуметтік сала > Білім беру және денсаулық сақтау мекемелерінің жаңалықтары",
            "Аудан әкімі Қарасу ауылының жаңа мектебін аралады",
            "05.11.2026",
            "Аудан әкімі Қарасу ауылында салынып жатқан жаңа мектептің құрылысымен танысып, мердігерге тапсырма берді.",
        ],
        "Аудан әкімі Қарасу ауылының жаңа мектебін аралады",
    ),
]


@pytest.mark.parametrize(("lines", "title"), TRAILS)
def test_a_trail_opening_with_an_entry_of_the_menu_is_no_title(lines: list[str], title: str) -> None:
    """``Consular Services > Visa Applications for ...``: a breadcrumb trail with a long step, its first step an entry
    of the site's menu above."""
    assert _title(lines) == title


def test_a_headline_comparing_with_a_sign_stays() -> None:
    lines = [
        "Politics   Economy   Sport",
        "Economy",
        "Wages > prices: Kazakh households feel richer for the first time since 2022",
        "Real wages in Kazakhstan grew faster than prices for the third quarter in a row, the statistics bureau said.",
    ]
    assert _title(lines) == "Wages > prices: Kazakh households feel richer for the first time since 2022"


LOGINS = [
    (
        [
            "Log in",
            "Forgot password?",
            "Karaganda Youth Orchestra",
            "October 3 at 7:15 PM ·",
            "🎻 Sold out! Our autumn concert was a full house",
            "Thank you to the 400 people who came to the philharmonic hall on Saturday to hear our young musicians.",
        ],
        "🎻 Sold out! Our autumn concert was a full house",
    ),
    (
        [
            "ВКонтакте",
            "Войти",
            "Забыли пароль?",
            "Театр кукол города Павлодара",
            "3 октября в 19:15 ·",
            "🎭 Премьера! «Снежная королева» снова на нашей сцене",
            "В субботу мы показали обновлённую «Снежную королеву»: новые куклы и полный зал маленьких зрителей.",
        ],
        "🎭 Премьера! «Снежная королева» снова на нашей сцене",
    ),
    (
        [
            "Instagram",
            "Кіру",
            "Құпиясөзді ұмыттыңыз ба?",
            "Жамбыл облыстық қуыршақ театры",
            "3 қазан 2026 ж., 19:15 ·",
            "🎭 Премьера! «Қыз Жібек» қайтадан сахнада",
            "Сенбі күні біз жаңартылған «Қыз Жібек» қойылымын көрсеттік: жаңа декорация, жаңа костюмдер және толы зал.",
        ],
        "🎭 Премьера! «Қыз Жібек» қайтадан сахнада",
    ),
]


@pytest.mark.parametrize(("lines", "title"), LOGINS)
def test_a_login_prompt_and_the_page_over_its_post_stamp_are_no_title(lines: list[str], title: str) -> None:
    """A page copied while logged out: ``Log in`` / ``Forgot password?`` / the page's name over its post's date and
    the dot before its lost audience icon (``3 октября в 19:15 ·``) / the post's first line."""
    assert _title(lines) == title


def test_a_headline_over_its_date_with_a_dot_stays() -> None:
    lines = [
        "Павлодар готовится к зиме: котельные запустили досрочно",
        "3 октября 2026 ·",
        "В Павлодаре досрочно запустили все сорок котельных, сообщили в городском акимате в пятницу.",
    ]
    assert _title(lines) == "Павлодар готовится к зиме: котельные запустили досрочно"


SLOGANS = [
    (
        [
            "Павлодарская неделя",
            "Общественно-политическая газета Павлодарской области. Выходит с 1958 года",
            "Вторник, 17 ноября 2026",
            "Подписка",
            "Главная",
            "Новости",
            "Общество",
            "Культура",
            "Спорт",
            "Культура",
            "Музей, который построили школьники",
            "Ученики сельской школы три года собирали экспонаты для музея истории своего села",
            "Айгуль Серикова",
            "Фото автора",
            "В селе Жетекши открылся музей истории, который собрали ученики местной школы.",
            "Экспонаты принесли жители села.",
        ],
        "Музей, который построили школьники",
    ),
    (
        [
            "Semey Courier",
            "A city newspaper. Published since 1921",
            "Tuesday, 17 November 2026",
            "Subscribe",
            "Home",
            "News",
            "City",
            "Culture",
            "Sport",
            "Culture",
            "The museum that pupils built",
            "Pupils of a village school spent three years collecting objects for a museum of their village",
            "Aigul Serikova",
            "Photo by the author",
            "A museum of local history collected by pupils of the village school opened in Zhetekshi.",
            "The objects were brought by villagers.",
        ],
        "The museum that pupils built",
    ),
    (
        [
            "Ертіс өңірі",
            "Павлодар облысының қоғамдық-саяси газеті. Газет 1930 жылдан бері шығады",
            "Сейсенбі, 17 қараша 2026",
            "Жазылу",
            "Басты бет",
            "Жаңалықтар",
            "Қоғам",
            "Мәдениет",
            "Спорт",
            "Мәдениет",
            "Ауыл оқушылары салған мұражай",
            "Ауыл мектебінің оқушылары үш жыл бойы ауыл тарихы мұражайына жәдігер жинады",
            "Айгүл Серікова",
            "Автордың суреті",
            "Жетекші ауылында жергілікті мектеп оқушылары жинаған тарих мұражайы ашылды.",
            "Жәдігерлерді ауыл тұрғындары әкелді.",
        ],
        "Ауыл оқушылары салған мұражай",
    ),
]


@pytest.mark.parametrize(("lines", "title"), SLOGANS)
def test_a_papers_slogan_over_its_day_and_menu_is_no_title(lines: list[str], title: str) -> None:
    """``A city newspaper. Published since 1921`` over the day a site's header shows and a menu of a line per entry:
    the headline stands far under it, over its deck, its author and the picture's credit."""
    assert _title(lines) == title


OPINIONS = [
    (
        [
            "THE ALMATY OBSERVER",
            "Politics",
            "Business",
            "City",
            "Opinion",
            "Culture",
            "Video",
            "Subscribe",
            "Sign in",
            "OPINION",
            "The Metro Is Not a Luxury. It Is the City's Spine.",
            "Almaty will not breathe again until it builds the lines it has promised for twenty years",
            "Marat Seitkali",
            "12.11.2026 10:15",
            "Every winter the smog over Almaty returns, and every winter the city promises to build more metro lines.",
            "The third line is still a drawing.",
        ],
        "The Metro Is Not a Luxury. It Is the City's Spine.",
    ),
    (
        [
            "СТЕПНОЙ ВЗГЛЯД",
            "Политика",
            "Экономика",
            "Общество",
            "Мнения",
            "Культура",
            "Видео",
            "Подписка",
            "Войти",
            "МНЕНИЕ",
            "Степь не пустыня. Это пастбище, которое нужно беречь.",
            "Деградация пастбищ остановится, только если фермеры и акимат будут решать вместе",
            "Айдос Кенжебаев",
            "12.11.2026 10:15",
            "Каждую весну в степи под Карагандой появляются пятна голой земли, а мы делаем вид, что это случайность.",
            "Пастбища нужно беречь.",
        ],
        "Степь не пустыня. Это пастбище, которое нужно беречь.",
    ),
    (
        [
            "ДАЛА ҮНІ",
            "Саясат",
            "Экономика",
            "Қоғам",
            "Пікір",
            "Мәдениет",
            "Бейне",
            "Жазылу",
            "Кіру",
            "ПІКІР",
            "Дала шөл емес. Ол – сақтауды қажет ететін жайылым.",
            "Жайылымның тозуы фермерлер мен әкімдік бірге шешім қабылдағанда ғана тоқтайды",
            "Айдос Кенжебаев",
            "12.11.2026 10:15",
            "Әр көктемде Қарағанды маңындағы далада жалаңаш жердің жаңа дақтары пайда болады, біз мұны елемейміз.",
            "Жайылымды сақтау керек.",
        ],
        "Дала шөл емес. Ол – сақтауды қажет ететін жайылым.",
    ),
]


@pytest.mark.parametrize(("lines", "title"), OPINIONS)
def test_a_stopped_headline_over_its_deck_outweighs_the_sites_name(lines: list[str], title: str) -> None:
    """The site's name in capitals over a menu of a line per entry; a column's headline of two sentences over its deck,
    its author's name and its date."""
    assert _title(lines) == title


SWITCHES = [
    (
        [
            "Akimat of Pavlodar Region",
            "Official website",
            "Қаз  Рус  Eng",
            "About | Akim | Services | News | Contacts",
            "Switch to mobile site",
            "News",
            "Regional akim inspects new bridge over the Irtysh",
            "03.03.2026",
            "The akim of Pavlodar region inspected the construction of a new bridge over the Irtysh river on Tuesday.",
            "The bridge will open in the autumn.",
        ],
        "Regional akim inspects new bridge over the Irtysh",
    ),
    (
        [
            "Акимат Павлодарской области",
            "Официальный интернет-ресурс",
            "Қаз  Рус  Eng",
            "Об акимате | Аким | Услуги | Новости | Контакты",
            "Перейти на мобильную версию",
            "Новости",
            "Аким области проверил строительство моста через Иртыш",
            "03.03.2026",
            "Аким Павлодарской области во вторник проверил ход строительства нового моста через Иртыш.",
            "Мост откроют осенью.",
        ],
        "Аким области проверил строительство моста через Иртыш",
    ),
    (
        [
            "Павлодар облысының әкімдігі",
            "Ресми интернет-ресурс",
            "Қаз  Рус  Eng",
            "Әкімдік туралы | Әкім | Қызметтер | Жаңалықтар | Байланыс",
            "Сайттың мобильді нұсқасына өту",
            "Жаңалықтар",
            "Облыс әкімі Ертіс арқылы салынып жатқан көпірді аралады",
            "03.03.2026",
            "Павлодар облысының әкімі сейсенбі күні Ертіс өзені арқылы салынып жатқан жаңа көпірдің құрылысын аралады.",
            "Көпір күзде ашылады.",
        ],
        "Облыс әкімі Ертіс арқылы салынып жатқан көпірді аралады",
    ),
]


@pytest.mark.parametrize(("lines", "title"), SWITCHES)
def test_a_link_under_the_menu_set_apart_from_the_dated_headline_by_a_rubric_is_no_title(
    lines: list[str], title: str
) -> None:
    """A portal's link in sentence case under its menu (``Перейти на мобильную версию``), a rubric, then the headline
    with its date: the link shares no word with the story, and a headline is never set apart from its deck by a
    rubric."""
    assert _title(lines) == title


KICKERS = [
    (
        [
            "СТЕПНАЯ ПРАВДА – областная газета",
            "Главная › Общество › Регионы",
            "РЕГИОНЫ",
            "Опубликовано: 6 февраля 2026",
            "Земля и люди",
            "Фермеры Улытау: три поколения одной семьи на одном поле",
            "Семья Жумабаевых из села Жезды пятьдесят лет выращивает пшеницу на одном и том же поле у реки.",
            "Старший в семье, 80-летний Серик Жумабаев, помнит первый урожай.",
        ],
        "Фермеры Улытау: три поколения одной семьи на одном поле",
    ),
    (
        [
            "THE STEPPE HERALD – a regional paper",
            "Home › Society › Regions",
            "REGIONS",
            "Published: 6 February 2026",
            "Land and people",
            "Ulytau farmers: three generations on one field of wheat",
            "The Zhumabayev family of Zhezdy village has grown wheat on the same field by the river for fifty years.",
            "The eldest, 80-year-old Serik Zhumabayev, remembers the first harvest.",
        ],
        "Ulytau farmers: three generations on one field of wheat",
    ),
    (
        [
            "«ДАЛА ЖАРШЫСЫ» – облыстық газет",
            "Басты бет › Қоғам › Өңірлер",
            "ӨҢІРЛЕР",
            "Жарияланды: 6 ақпан 2026 ж.",
            "Тау мен адам",
            "Ұлытау шаруалары: бір егістіктегі үш ұрпақ",
            "Жезді ауылындағы Жұмабаевтар отбасы елу жыл бойы өзен жағасындағы бір егістікте бидай өсіріп келеді.",
            "Отбасының үлкені, 80 жастағы Серік Жұмабаев алғашқы өнімді әлі күнге дейін есінде сақтайды.",
        ],
        "Ұлытау шаруалары: бір егістіктегі үш ұрпақ",
    ),
]


@pytest.mark.parametrize(("lines", "title"), KICKERS)
def test_a_series_pairing_two_topics_under_the_pages_date_is_no_title(lines: list[str], title: str) -> None:
    """``Земля и люди``, ``Тау мен адам``: a series' name pairing two topics, under the page's crumbs and its date, over
    the story's longer headline."""
    assert _title(lines) == title


NOTICES = [
    (
        [
            "The Aktobe Times",
            "Independent news from western Kazakhstan",
            "Politics  Business  City  Sport  Opinion",
            "Business",
            "Correction: An earlier version of this article gave the wrong date. The plant opened on 3 May.",
            "Aktobe chrome plant opens new furnace, hires 300 workers",
            "Dana Omarova, business correspondent",
            "5 May 2026, 11:20",
            "The Aktobe ferroalloy plant opened a new furnace on Tuesday, adding 300 jobs, its owners said.",
            "The furnace will double the output of chrome alloys.",
        ],
        "Aktobe chrome plant opens new furnace, hires 300 workers",
    ),
    (
        [
            "Уральские новости",
            "Независимые новости Западного Казахстана",
            "Политика  Экономика  Город  Спорт  Мнения",
            "Экономика",
            "Уточнение: В первой версии статьи была указана неверная дата открытия. Завод открылся 3 мая.",
            "В Уральске открылся завод по переработке молока",
            "Дана Омарова, корреспондент",
            "5 мая 2026, 11:20",
            "В Уральске во вторник открылся завод по переработке молока, на котором будут работать 120 человек.",
            "Завод будет выпускать сыр и масло.",
        ],
        "В Уральске открылся завод по переработке молока",
    ),
    (
        [
            "Ақтөбе жаңалықтары",
            "Батыс Қазақстанның тәуелсіз жаңалықтары",
            "Саясат  Экономика  Қала  Спорт  Пікір",
            "Экономика",
            "Түзету: Мақаланың алғашқы нұсқасында зауыттың ашылған күні қате көрсетілген. Зауыт 3 мамырда ашылды.",
            "Ақтөбеде сүт өңдейтін жаңа зауыт ашылды",
            "Дана Омарова, тілші",
            "5 мамыр 2026, 11:20",
            "Ақтөбеде сейсенбі күні сүт өңдейтін жаңа зауыт ашылып, онда 120 адам жұмыс істейтін болады.",
            "Зауыт ірімшік пен сары май шығарады.",
        ],
        "Ақтөбеде сүт өңдейтін жаңа зауыт ашылды",
    ),
]


@pytest.mark.parametrize(("lines", "title"), NOTICES)
def test_a_correction_notice_over_the_headline_leaves_the_slogan_and_the_notice_out(
    lines: list[str], title: str
) -> None:
    """``Correction: An earlier version ...`` over the headline: the site's slogan under its name is over a headline,
    not over a lead, and the notice itself is no title."""
    found = extract("\n".join(lines) + "\n", REGISTRY)
    assert found.title == title
    assert lines[4] not in found.body


SUB_RUBRICS = [
    (
        [
            "STEPPE JOURNEYS",
            "Stories from the Great Steppe",
            "Current Issue   Archive   Travel   Culture   Shop",
            "Features",
            "Travel & Food",
            "The Bread Ovens of Turkistan",
            "In the old quarter of Turkistan a dozen families still bake tandyr bread the way their "
            "grandparents did, and a new generation of bakers is finding customers far beyond the city.",
            "Words by Anna Keller",
            "The first loaves come out of the oven before dawn.",
            "By seven the queue reaches the corner of the street.",
        ],
        "The Bread Ovens of Turkistan",
    ),
    (
        [
            "THE CASPIAN REVIEW",
            "Long reads from the Caspian shore",
            "Current Issue   Archive   Sea   Cities   Subscribe",
            "Long Reads",
            "Science and Society",
            "The Seal Counters of Tyuleniy Island",
            "Every spring a small team of biologists lands on a sandbank in the northern Caspian to "
            "count the seals, and every year they count fewer of them than the year before.",
            "Text by Marat Ospanov",
            "The boat leaves Bautino at four in the morning.",
            "The island is two hours away.",
        ],
        "The Seal Counters of Tyuleniy Island",
    ),
    (
        [
            "HIGHLAND QUARTERLY",
            "Mountains, people, water",
            "Issue   Archive   Travel   Nature   Shop",
            "Features",
            "Land & Water",
            "The Glacier Keepers of Zailiysky Alatau",
            "Above Almaty, a handful of glaciologists climb to the Tuyuksu glacier every month to measure "
            "how fast it is melting, and their data now decide how the city plans its water.",
            "Words by Dana Ermekova",
            "The path to the glacier starts at the old weather station.",
            "It takes five hours to reach the ice.",
        ],
        "The Glacier Keepers of Zailiysky Alatau",
    ),
]


@pytest.mark.parametrize(("lines", "title"), SUB_RUBRICS)
def test_a_rubric_pairing_two_topics_under_a_section_is_no_title(lines: list[str], title: str) -> None:
    """``Features`` / ``Land & Water`` / a feature's headline in Title Case over its long standfirst: the pair of topics
    under the section's label is a sub-rubric."""
    assert _title(lines) == title


ECHOED_FIELDS_UNDER_A_NAME = [
    (
        [
            "Бюро транспортной статистики",
            "Новости",
            "Пассажиропоток аэропорта Алматы: 11 300 000",
            "За год аэропорт обслужил на 18% больше пассажиров",
            "20.01.2027",
            "Пассажиропоток аэропорта Алматы в 2026 году составил 11 300 000 человек.",
            "Новый терминал принял первых пассажиров летом.",
        ],
        "Пассажиропоток аэропорта Алматы: 11 300 000",
    ),
    (
        [
            "Office of transport statistics",
            "News",
            "Passengers at Almaty airport: 11 300 000",
            "The airport served 18% more travellers in a year",
            "20.01.2027",
            "Passengers at Almaty airport numbered 11 300 000 in 2026, the office said.",
            "The new terminal opened in the summer.",
        ],
        "Passengers at Almaty airport: 11 300 000",
    ),
    (
        [
            "Көлік статистикасы бюросы",
            "Жаңалықтар",
            "Алматы әуежайының жолаушылары: 11 300 000",
            "Әуежай бір жылда 18% көп жолаушыға қызмет көрсетті",
            "20.01.2027",
            "Алматы әуежайының жолаушылары 2026 жылы 11 300 000 адамды құрады.",
            "Жаңа терминал жазда ашылды.",
        ],
        "Алматы әуежайының жолаушылары: 11 300 000",
    ),
]


@pytest.mark.parametrize(("lines", "title"), ECHOED_FIELDS_UNDER_A_NAME)
def test_a_label_and_its_figure_the_story_repeats_under_a_body_name_is_the_title(lines: list[str], title: str) -> None:
    """A body's name the rules leave, a section's label, then ``Label: figure`` over its deck and date: the story
    repeats the label and its figure, so the safeguard passing from the name to the deck stops at the headline."""
    assert _title(lines) == title


FIGURE_ECHOED_FIELDS = [
    (
        [
            "Finance Review",
            "Markets",
            "Inflation in October: 8.5%",
            "Price growth slowed for a second month",
            "05.11.2026",
            "Annual price growth in Kazakhstan eased to 8.5% in October, the statistics bureau said on Tuesday.",
            "Food prices rose more slowly than services.",
        ],
        "Inflation in October: 8.5%",
    ),
    (
        [
            "Деловой обзор",
            "Экономика",
            "Инфляция в Узбекистане: 9,2%",
            "Рост цен замедлился третий месяц подряд",
            "05.11.2026",
            "Годовой рост цен в Узбекистане в октябре замедлился до 9,2%, сообщило статистическое агентство.",
            "Продукты подорожали меньше, чем услуги.",
        ],
        "Инфляция в Узбекистане: 9,2%",
    ),
    (
        [
            "Қаржы шолуы",
            "Нарық",
            "Өзбекстандағы инфляция деңгейі: 9,2%",
            "Бағаның өсуі үшінші ай баяулады",
            "05.11.2026",
            "Өзбекстанда жылдық баға өсімі қазан айында 9,2%-ға дейін төмендеді, деп хабарлады агенттік.",
            "Азық-түлік қызметтерге қарағанда баяу қымбаттады.",
        ],
        "Өзбекстандағы инфляция деңгейі: 9,2%",
    ),
]


@pytest.mark.parametrize(("lines", "title"), FIGURE_ECHOED_FIELDS)
def test_a_label_and_its_measure_the_story_repeats_is_the_title(lines: list[str], title: str) -> None:
    """``Inflation in October: 8.5%`` over its deck: the story repeats the measure and a word of the label in its own
    words (``price growth``), so the headline is the story's subject, no page field handing the title to the deck."""
    assert _title(lines) == title


TITLED_ROUTE_HEADLINES = [
    (
        [
            "Travel Desk",
            "Aktau | Atyrau | Uralsk | Travel",
            "Aktau > Baku: Ferry Tickets Go Online",
            "Passengers can now book the Caspian crossing on the port's website",
            "14.03.2026",
            "Ferry tickets from Aktau to Baku can now be bought online, the port said on Friday.",
            "The crossing takes about twenty hours.",
        ],
        "Aktau > Baku: Ferry Tickets Go Online",
    ),
    (
        [
            "Regional Herald",
            "Karaganda | Temirtau | Balkhash | Sport",
            "Karaganda > Temirtau: Cycle Lane Opens This Summer",
            "A 30-kilometre path will link the two cities along the old highway",
            "02.06.2026",
            "A cycle lane between Karaganda and Temirtau opens this summer, the regional akimat said.",
            "Work on the path began last year.",
        ],
        "Karaganda > Temirtau: Cycle Lane Opens This Summer",
    ),
]


@pytest.mark.parametrize(("lines", "title"), TITLED_ROUTE_HEADLINES)
def test_a_route_headline_in_title_case_from_a_menu_city_is_the_title(lines: list[str], title: str) -> None:
    """``Aktau > Baku: Ferry Tickets Go Online`` under a city switcher: its first step is a menu's entry, but a crumb's
    step has no colon and the story repeats the line, so it is the headline, not a trail handing the title to the
    deck."""
    assert _title(lines) == title


SCORE_HEADLINES = [
    (
        [
            "Sports Daily",
            "Football",
            "Tobol vs Aktobe: 3-1",
            "Kostanay side go top after second-half surge",
            "12.05.2026",
            "Tobol came from behind to beat the visitors 3-1 in Kostanay on Sunday and go top of the table.",
            "The winner came in the 71st minute.",
        ],
        "Tobol vs Aktobe: 3-1",
    ),
    (
        [
            "Steppe Sport",
            "Basketball",
            "Astana vs Avtodor: 88-79",
            "Champions open their season with a home win",
            "03.10.2026",
            "Astana opened the league season by beating the Saratov team 88-79 at the Saryarka arena on Saturday.",
            "The guards scored 41 points between them.",
        ],
        "Astana vs Avtodor: 88-79",
    ),
]


@pytest.mark.parametrize(("lines", "title"), SCORE_HEADLINES)
def test_a_match_and_its_score_the_story_repeats_is_the_title(lines: list[str], title: str) -> None:
    """``Tobol vs Aktobe: 3-1`` over its deck: the story names one side (``the visitors``) and repeats the score, which
    counts as an echoed word, so the line is the match's headline, not a page field."""
    assert _title(lines) == title
