"""Round 16b's title classes, each checked on invented pages in other languages and on other sites.

A line at the top of a page (a site's name or slogan, a cookie or official banner, a menu's words run together) gives
way to the headline under it, which the title scorer prefers by more than the rules' prior (round 17); a headline
over its deck keeps its place near the text's top (further down, two of these pages are the scorer's known costs:
``tests/importer/conftest.py``)."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def _title(lines: list[str]) -> str:
    return extract("\n".join(lines) + "\n", REGISTRY).title


UNSIGNED_TOP_LINES = [
    (  # a menu's words run together on one line under the site's name and slogan, over a rubric and the signed headline
        [
            "Қазақша",
            "Donate",
            "The Caspian Courier",
            "Reporting from the Caspian shore since 2004",
            "Aktau Atyrau Mangystau Baku Turkmenbashi Energy Opinion Video",
            "Energy",
            "Caspian Ferry Line Adds Night Crossing to Baku",
            "By Daniyar Omarov",
            "March 3, 2026",
            "3 min read",
            "",
            "The ferry line between Aktau and Baku will add a night crossing from April, its operator said on Tuesday.",
            "",
            "The night ferry will leave Aktau at 22:00 and reach Baku the next morning, carrying trucks and up to 120 "
            "passengers.",
            "",
            "Truck drivers have waited up to four days for a place on the ferry this winter.",
        ],
        "Caspian Ferry Line Adds Night Crossing to Baku",
    ),
    (  # a site's name alone at the top, a menu of a word per line, a search field, a rubric, the date over the headline
        [
            "DALA.KZ",
            "Орталық Азия жаңалықтары",
            "Қазақстан   Қырғызстан   Өзбекстан   Тәжікстан",
            "Жаңалықтар",
            "Мақалалар",
            "Пікір",
            "Фото",
            "Kz",
            "Ru",
            "En",
            "Іздеу...",
            "",
            "Өзбекстан",
            "14 мамыр 2026",
            "10:05",
            "Ташкентте Орталық Азияның ең үлкен су тазарту станциясы іске қосылды",
            "Ташкентте тәулігіне бір миллион текше метр суды тазартатын станция іске қосылды, деп хабарлады қала "
            "әкімдігі.",
            "",
            "Станция құрылысы үш жылға созылды.",
            "",
            "Жаңа станция қаланың оңтүстік аудандарын таза сумен қамтамасыз етеді.",
        ],
        "Ташкентте Орталық Азияның ең үлкен су тазарту станциясы іске қосылды",
    ),
    (  # an official banner at the top, the site's menu and crumbs, the headline over its office's name and its date
        [
            "An official website of the Kingdom of the Netherlands",
            "How do you know?",
            "Skip to main content",
            "Embassy of the Kingdom of the Netherlands",
            "Netherlands Embassy in Kazakhstan",
            "EN",
            "RU",
            "KK",
            "Search",
            "Home",
            "About us",
            "Consular services",
            "News and events",
            "Trade",
            "Home / Embassy / News",
            "News item",
            "Dutch water experts to help Aral Sea towns plan drinking water supply",
            "Embassy press team",
            "Astana, 11.05.2026",
            "Share:",
            "Facebook",
            "X",
            "",
            "Dutch water experts will help three towns near the Aral Sea plan their drinking water supply, the embassy "
            "said.",
            "",
            "The project will run for two years and train local engineers.",
        ],
        "Dutch water experts to help Aral Sea towns plan drinking water supply",
    ),
    (  # a body's name and slogan, a menu run together, a search field and crumbs, the headline over its date and byline
        [
            "Call us: +7 727 300 0000 | office@riverwatch.kz",
            "Follow us: Facebook Instagram",
            "River Watch Almaty",
            "Every river, every village",
            "Home About Us Our Work News Reports Join Us Contact",
            "Search for:",
            "Search",
            "You are here: Home » News » Monitoring",
            "Report: three in four mountain streams near Almaty carry household waste",
            "Posted on April 9, 2026",
            "by Timur Zhaksylykov",
            "Categories: Monitoring, News",
            "Three in four mountain streams near Almaty carry household waste, according to a report published by "
            "River Watch volunteers on Thursday.",
            "The volunteers checked 64 streams in the foothills between Kaskelen and Talgar over the winter.",
            "Most of the waste came from picnic sites and unofficial dumps near holiday homes.",
        ],
        "Report: three in four mountain streams near Almaty carry household waste",
    ),
]


@pytest.mark.parametrize(("lines", "title"), UNSIGNED_TOP_LINES)
def test_an_unsigned_top_line_gives_way_to_the_evidenced_headline(lines: list[str], title: str) -> None:
    assert _title(lines) == title


KEPT_HEADLINES = [
    (  # a headline written as a sentence over its deck and byline: the deck echoes more, the headline stays
        [
            "Sign in",
            "Open in app",
            "What a Winter in Aral Taught Me About Patience",
            "Notes from four months of teaching fishermen's children in Aralsk",
            "Saule Dzhaksybekova",
            "Nov 2, 2026",
            "I came to Aralsk in November to teach English to the children of fishermen for four months.",
            "",
            "The fishermen's children taught me more than I taught them, mostly about waiting.",
        ],
        "What a Winter in Aral Taught Me About Patience",
    ),
    (  # a dated headline the story hardly repeats, over its deck (a known cost since round 17)
        [
            "Вечерний Уральск",
            "Общество",
            "18 марта 2026, 10:15",
            "Весна пришла по расписанию",
            "Паводок в Уральске прошёл без подтоплений домов впервые за пять лет",
            "Впервые за пять лет весенний паводок в Уральске прошёл без подтоплений жилых домов.",
            "",
            "Вода в Урале поднялась на шесть метров, но дамбы выдержали, сообщили спасатели.",
        ],
        "Весна пришла по расписанию",
    ),
    (  # a body's name the story repeats more than the line under it
        [
            "Kokshetau Regional Library",
            "Library news",
            "New hours",
            "19 January 2026",
            "Kokshetau Regional Library will open on Sundays from February, the Kokshetau Regional Library said.",
            "",
            "Readers of the Kokshetau Regional Library asked for Sunday hours in a survey last year.",
        ],
        "Kokshetau Regional Library",
    ),
]


@pytest.mark.parametrize(("lines", "title"), KEPT_HEADLINES)
def test_a_headline_keeps_its_place(lines: list[str], title: str) -> None:
    assert _title(lines) == title


KICKERS = [
    (  # a petition's kicker, a capitals label and its hashtag set apart by a middle dot
        [
            "Clean Steppe",
            "Campaigns",
            "Our work",
            "Donate",
            "Log in",
            "PETITION · #CleanAirKaraganda",
            "Update #3: city council agrees to publish hourly air quality data",
            "Petition to: Karaganda city akimat",
            "Started 2 March 2026 by Clean Steppe",
            "1,204 have signed. Let's get to 2,000!",
            "Sign this petition",
            "The Karaganda city council has agreed to publish air quality data every hour, three weeks after we "
            "launched this petition.",
            "The data will come from twelve sensors across the city, the council said.",
        ],
        "Update #3: city council agrees to publish hourly air quality data",
    ),
    (  # the same with a bullet between them, on another campaign's page
        [
            "Clean Steppe",
            "Campaigns",
            "Our work",
            "Donate",
            "Log in",
            "CAMPAIGN • #SaveTheIrtysh",
            "Update #3: city council agrees to publish hourly air quality data",
            "Petition to: Karaganda city akimat",
            "Started 2 March 2026 by Clean Steppe",
            "1,204 have signed. Let's get to 2,000!",
            "Sign this petition",
            "The Karaganda city council has agreed to publish air quality data every hour, three weeks after we "
            "launched this petition.",
            "The data will come from twelve sensors across the city, the council said.",
        ],
        "Update #3: city council agrees to publish hourly air quality data",
    ),
    (  # a Kazakh page whose kicker is written in the Latin script
        [
            "Ашық есік",
            "Науқандар",
            "Оқиғалар",
            "Көмектесу",
            "Кіру",
            "NAUQAN · #TazaAua",
            "Жаңарту №2: Теміртау әкімдігі ауа сапасын сағат сайын жариялайды",
            "Петиция: Теміртау қаласының әкімдігіне",
            "Науқанды 1 наурыз 2026 бастаған Таза Дала қоры",
            "980 адам қол қойды. 1 500-ге жетейік!",
            "Петицияға қол қою",
            "Теміртау әкімдігі ауа сапасы туралы деректерді сағат сайын жариялауға келісті.",
            "Деректер қаладағы он датчиктен алынады.",
        ],
        "Жаңарту №2: Теміртау әкімдігі ауа сапасын сағат сайын жариялайды",
    ),
]


@pytest.mark.parametrize(("lines", "title"), KICKERS)
def test_a_kicker_of_a_label_and_a_tag_is_no_headline(lines: list[str], title: str) -> None:
    """``CAMPAIGN · #Tag`` over the headline: the mark between the label and its tag is no word, so the kicker is
    a label of two words, over a headline."""
    assert _title(lines) == title


def test_a_headline_with_a_middle_dot_stays() -> None:
    lines = [
        "Steppe Rail News",
        "Routes",
        "Tickets",
        "Timetable",
        "Sign in",
        "Astana · Almaty: the new night train in numbers",
        "12 May 2026",
        "The new night train between Astana and Almaty will run every day from June, the railway said.",
        "Tickets go on sale on Monday.",
    ]
    assert _title(lines) == "Astana · Almaty: the new night train in numbers"


CONSENT_BANNERS = [
    (  # a consent banner's heading over its text naming cookies and its buttons a line each
        [
            "Мы ценим вашу конфиденциальность",
            "Мы и наши партнёры храним и используем файлы cookie и обрабатываем персональные данные, чтобы "
            "показывать рекламу и измерять аудиторию.",
            "ПРИНЯТЬ",
            "Продолжить без согласия",
            "ДРУГИЕ ПАРАМЕТРЫ",
            "евразия.",
            "Меню",
            "Поиск",
            "Европа Мир Бизнес Путешествия Культура Здоровье Видео",
            "Мир",
            "Казахстан и Франция договорились о поставках урана до 2035 года",
            "Соглашение предусматривает поставки урана французским АЭС и совместную разведку новых месторождений",
            "Автор: Анна Леруа",
            "Опубликовано 14.05.2026 - 11:20",
            "Казахстан и Франция подписали в Астане соглашение о поставках урана французским атомным "
            "станциям до 2035 года.",
            "По соглашению стороны также займутся совместной разведкой новых месторождений урана на юге Казахстана.",
        ],
        "Казахстан и Франция договорились о поставках урана до 2035 года",
    ),
    (  # the same in English on a business site, its button a single word
        [
            "Your privacy matters to us",
            "We and our partners use cookies and similar technologies to store and access information on "
            "your device and to measure our audience.",
            "Accept",
            "Continue without accepting",
            "Manage options",
            "Steppe Business Daily",
            "Menu",
            "Search",
            "Markets Companies Energy Tech Opinion",
            "Energy",
            "Kazakhstan and Korea agree to build a green hydrogen plant in Mangystau",
            "The plant would use wind power from the Caspian coast to make hydrogen for export to Asia",
            "By Min-jun Park",
            "Published 3 June 2026",
            "Kazakhstan and South Korea signed an agreement in Seoul on Tuesday to build a green hydrogen "
            "plant in Mangystau region.",
            "The plant would run on power from new wind farms on the Caspian coast and make hydrogen for "
            "export to Asia.",
        ],
        "Kazakhstan and Korea agree to build a green hydrogen plant in Mangystau",
    ),
    (  # the same in Kazakh, its buttons in capitals
        [
            "Біз сіздің құпиялылығыңызды құрметтейміз",
            "Біз және серіктестеріміз cookie файлдарын сақтаймыз және жарнаманы көрсету үшін дербес "
            "деректерді өңдейміз.",
            "ҚАБЫЛДАУ",
            "Келісімсіз жалғастыру",
            "ҚОСЫМША ПАРАМЕТРЛЕР",
            "дала.",
            "Мәзір",
            "Іздеу",
            "Әлем Бизнес Мәдениет Денсаулық Бейне",
            "Әлем",
            "Қазақстан мен Жапония сирек металдарды өндіру туралы келісімге қол қойды",
            "Келісім бойынша Жапония компаниялары Шығыс Қазақстанда сирек металдарды өндіруге инвестиция салады",
            "Авторы: Айгерім Нұрланқызы",
            "Жарияланды 21.04.2026 - 09:40",
            "Қазақстан мен Жапония Токиода сирек металдарды бірлесіп өндіру туралы келісімге қол қойды.",
            "Келісім бойынша жапон компаниялары Шығыс Қазақстан облысындағы кен орындарына инвестиция салады.",
        ],
        "Қазақстан мен Жапония сирек металдарды өндіру туралы келісімге қол қойды",
    ),
]


@pytest.mark.parametrize(("lines", "title"), CONSENT_BANNERS)
def test_a_consent_banner_with_its_buttons_a_line_each_is_no_headline(lines: list[str], title: str) -> None:
    """A banner's heading (``We value your privacy``) over its text naming cookies, its buttons alone on their lines."""
    assert _title(lines) == title


ECHOED_HEADLINES = [
    (  # a count after the colon, the story about that harvest
        [
            "Agro News Kazakhstan",
            "Crops | Livestock | Machinery | Markets",
            "Crops",
            "Wheat harvest in Kostanay: 4 200 000",
            "Farmers finish threshing two weeks ahead of last year",
            "14.10.2026",
            "Farmers in Kostanay region have threshed 4.2 million tonnes of wheat this year, the regional "
            "agriculture department said.",
            "The wheat harvest in Kostanay was gathered two weeks earlier than last year thanks to a dry September.",
            "Most of the grain will be sold to mills in the region and exported through Russia.",
        ],
        "Wheat harvest in Kostanay: 4 200 000",
    ),
    (  # a percentage after the colon in Russian, the story about that rate
        [
            "Деловая Караганда",
            "Экономика",
            "Безработица в Карагандинской области: 4,6%",
            "Уровень безработицы снизился третий квартал подряд",
            "05.11.2026",
            "Безработица в Карагандинской области по итогам третьего квартала снизилась до 4,6%, сообщило "
            "управление занятости.",
            "Больше всего новых рабочих мест появилось в строительстве и торговле.",
        ],
        "Безработица в Карагандинской области: 4,6%",
    ),
    (  # the same in Kazakh
        [
            "Aqtobe Times",
            "Қоғам",
            "Ақтөбе облысындағы жұмыссыздық: 4,6%",
            "Жұмыссыздық деңгейі үшінші тоқсан қатарынан төмендеді",
            "05.11.2026",
            "Ақтөбе облысындағы жұмыссыздық деңгейі үшінші тоқсанның қорытындысы бойынша 4,6%-ға дейін төмендеді.",
            "Жаңа жұмыс орындарының көбі құрылыс пен саудада ашылды.",
        ],
        "Ақтөбе облысындағы жұмыссыздық: 4,6%",
    ),
    (  # a trail-like headline whose first step is an entry of the port switcher above, in sentence case
        [
            "Caspian Ferries Today",
            "Aktau",
            "Kuryk",
            "Baku",
            "News",
            "Aktau > Baku in 14 hours: faster ferry from May",
            "The new ferry will cut four hours off the crossing",
            "Published: 02.04.2026",
            "The faster ferry between Aktau and Baku will start running in May and take 14 hours, the operator said.",
            "The ferry will carry up to 60 trucks and 200 passengers on each crossing.",
        ],
        "Aktau > Baku in 14 hours: faster ferry from May",
    ),
]


@pytest.mark.parametrize(("lines", "title"), ECHOED_HEADLINES)
def test_a_headline_with_a_figure_or_a_step_the_story_repeats_is_no_field(lines: list[str], title: str) -> None:
    """``Label: figure`` or ``Menu entry > ...`` in sentence case, the story repeating its words: the headline over
    its deck, not a page's field or crumbs (``Телефон дежурной части: 102`` is no story's subject)."""
    assert _title(lines) == title
