"""Round 18's title classes, each checked on invented pages in other languages and on other sites.

A post's author over its date on a page a network's name opens, a channel's name under a ``Forwarded from`` label on
a line of its own, an audience copied as words after a post's date (``· Shared with Public``, ``· Доступно всем``), a
site's menu with drop-down marks and a longer entry, a speech's salutation, which the title scorer may prefer for its
echo, a forwarded e-mail's subject, a page's icons, and a rubric's name over a short dated headline."""

from __future__ import annotations

import pytest

from newsroom.importer import titlescore
from newsroom.importer.extract import extract
from newsroom.importer.furniture import is_link_row
from newsroom.importer.titlescore import choose_under
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def _title(lines: list[str]) -> str:
    return extract("\n".join(lines) + "\n", REGISTRY).title


def _rules_title(lines: list[str]) -> str:
    """The title the header's rules choose alone, the title scorer off: these rules must know the shapes themselves."""
    with titlescore.using(None):
        return _title(lines)


POSTS_ON_A_NETWORK = [
    (  # VK: the network's name, its search, the community's name over the post's date
        [
            "ВКонтакте",
            "Поиск",
            "Дом культуры села Мойылды",
            "3 фев 2026 в 11:20",
            "🎻 Юные скрипачи Мойылды выступили перед ветеранами",
            "В субботу воспитанники кружка скрипки дали концерт в доме ветеранов.",
            "Руководитель кружка Зарема Ахатова рассказала, что дети готовили программу три месяца.",
            "Нравится 41   Поделиться 6",
        ],
        "🎻 Юные скрипачи Мойылды выступили перед ветеранами",
    ),
    (  # Facebook: the network's name, the page's name over the post's date, no audience icon
        [
            "Facebook",
            "Ertis Birds Society",
            "February 9, 2026",
            "Forty-one whooper swans spent the winter on the Irtysh below Semey 🦢",
            "Our volunteers counted the birds on Sunday morning near the warm outflow of the power station.",
            "The count leader, Oleg Mirzoyev, says this is the largest group seen there in a decade.",
            "Like   Comment   Share",
        ],
        "Forty-one whooper swans spent the winter on the Irtysh below Semey 🦢",
    ),
    (  # Facebook in Kazakh: the audience copied as words after the date
        [
            "Facebook",
            "Балқаш қалалық кітапханасы",
            "12 ақпан 2026 ж. · Барлығына қолжетімді",
            "📖 Кітапханада балалар үшін жаңа оқу залы ашылды",
            "Жаңа залда үш жүзден астам кітап пен он екі компьютер орнатылды.",
            "Кітапхана директоры Нұргүл Сейітова залдың күн сайын 19:00-ге дейін ашық екенін айтты.",
        ],
        "📖 Кітапханада балалар үшін жаңа оқу залы ашылды",
    ),
    (  # a page's name over the date and the audience in English words, without the network's name at the top
        [
            "Green Aral Volunteers",
            "March 2, 2026 · Shared with Public",
            "We planted 600 saxaul seedlings on the dry seabed near Aralsk this weekend!",
            "Twenty-two volunteers from Kyzylorda and Aralsk worked for two days in strong wind.",
            "Thank you to the forestry office for the seedlings and the bus.",
        ],
        "We planted 600 saxaul seedlings on the dry seabed near Aralsk this weekend!",
    ),
    (  # Telegram: the forward label on a line of its own, the forwarded channel's name under it
        [
            "Telegram",
            "Жасыл Шымкент",
            "3 204 subscribers",
            "Переслано из",
            "Управление природных ресурсов Туркестанской области",
            "🌳 В Шымкенте за выходные высадили 2 тысячи деревьев",
            "Акция прошла в трёх районах города, в ней участвовали школьники и студенты.",
            "Руководитель управления Бахтияр Нурмаханов поблагодарил волонтёров.",
        ],
        "🌳 В Шымкенте за выходные высадили 2 тысячи деревьев",
    ),
    (  # Telegram in English, the forward label under a pinned message
        [
            "Telegram",
            "Steppe Rangers",
            "@steppe_rangers",
            "1 890 subscribers",
            "Pinned message",
            "📌 Join our spring patrol team: form in the bio",
            "Forwarded from",
            "Altyn Dala Conservation Initiative",
            "Saiga calving season opens early in the Betpak-Dala",
            "Rangers saw the first newborn calves on 24 April, a week earlier than last year.",
            "Field coordinator Aidos Zhakypov asks drivers to keep off the steppe tracks until June.",
        ],
        "Saiga calving season opens early in the Betpak-Dala",
    ),
]


@pytest.mark.parametrize(("lines", "title"), POSTS_ON_A_NETWORK)
def test_a_posts_author_or_forwarded_channel_gives_way_to_its_first_line(lines: list[str], title: str) -> None:
    assert _rules_title(lines) == title
    assert _title(lines) == title


HEADLINES_OVER_A_DATE = [
    (  # a news site's short headline over its date: no network's name at the top
        [
            "Semey Today",
            "Bridge repairs finished early",
            "February 9, 2026",
            "Repairs of the old bridge over the Irtysh ended a month early, the city's akimat said.",
            "Traffic will return to both lanes on Monday.",
        ],
        "Bridge repairs finished early",
    ),
    (  # a headline on a Facebook page that opens the post: longer than a name, with a colon
        [
            "Facebook",
            "Итоги года: 40 проектов",
            "3 января 2026 г.",
            "За год наш фонд поддержал 40 проектов в пяти областях.",
            "Спасибо всем партнёрам и волонтёрам!",
        ],
        "Итоги года: 40 проектов",
    ),
]


@pytest.mark.parametrize(("lines", "title"), HEADLINES_OVER_A_DATE)
def test_a_headline_over_its_date_stays(lines: list[str], title: str) -> None:
    assert _title(lines) == title


@pytest.mark.parametrize(
    "row",
    [
        "About us ▾   Our work ▾   Partners   Newsroom   Apply for a grant",
        "О фонде ▾   Программы ▾   Партнёры   Новости   Как подать заявку",
        "Home   Programmes ▼   Stories   Get involved ▼   Contact",
    ],
)
def test_a_menu_with_drop_down_marks_and_a_longer_entry_is_a_row_of_links(row: str) -> None:
    assert is_link_row(row)


@pytest.mark.parametrize(
    "line",
    [
        "Astana  hosts  the  regional  water  forum",  # a headline typed with wide spaces
        "Farmers ask   for more water   as the drought   goes on   this summer",
    ],
)
def test_a_headline_with_wide_spaces_is_no_row_of_links(line: str) -> None:
    assert not is_link_row(line)


def test_a_slogan_over_a_menu_with_drop_down_marks_gives_way_to_the_headline() -> None:
    lines = [
        "Kyzylorda Youth Fund",
        "Opening doors for young people in the Syr Darya valley",
        "About us ▾   Our work ▾   Partners   Newsroom   Apply for a grant",
        "Русский ▾",
        "Newsroom › Grants",
        "Youth Fund backs 14 student start-ups in Kyzylorda",
        "By Saule Utepova",
        "4 March 2026",
        "The Kyzylorda Youth Fund has awarded small grants to 14 student start-ups, it said on Wednesday.",
        "The grants of up to 2 million tenge will help the teams buy equipment and rent space.",
    ]
    assert _rules_title(lines) == "Youth Fund backs 14 student start-ups in Kyzylorda"
    assert _title(lines) == "Youth Fund backs 14 student start-ups in Kyzylorda"


SALUTATIONS = [
    "Уважаемый господин министр, дорогие друзья!",
    "Ladies and gentlemen, distinguished guests,",
    "Your Excellencies, dear colleagues:",
    "Құрметті әріптестер, ханымдар мен мырзалар!",
]


@pytest.mark.parametrize("salutation", SALUTATIONS)
def test_a_salutation_the_scorer_prefers_never_displaces_the_rules_title(salutation: str) -> None:
    texts = ["Speech of the Minister at the forum on water in Central Asia", "12 March 2026", salutation]
    assert choose_under(texts, 0, {0: 1.0, 2: 9.0}, 3.0) is None


def test_a_headline_the_scorer_prefers_still_displaces_the_rules_title() -> None:
    texts = ["Sapa Fund", "12 March 2026", "Sapa Fund awards 26 grants to rural women's groups!"]
    assert choose_under(texts, 0, {0: 1.0, 2: 9.0}, 3.0) == 2


def test_a_speechs_headline_stays_over_its_salutation() -> None:
    lines = [
        "Newsroom",
        "Speeches",
        "Remarks by the Head of the EU Delegation at the opening of the Aral Sea water forum",
        "Kyzylorda, 14 March 2026",
        "Dear Minister, dear colleagues, ladies and gentlemen,",
        "It is an honour to open this forum on the Aral Sea water together with you.",
        "The Aral Sea basin has lost much of its water, and the forum will discuss how to bring some of it back.",
        "Water is our shared future, and the forum is our shared work.",
    ]
    assert _title(lines) == "Remarks by the Head of the EU Delegation at the opening of the Aral Sea water forum"


POSTS_UNDER_AN_AUTHORS_LINES = [
    (  # LinkedIn: the author's name and tagline over the post's age, its dot lost in the copy, and the report link
        [
            "LinkedIn",
            "Join now",
            "Sign in",
            "Dana Kairatova",
            "Programme Lead at Steppe Learning Foundation | Literacy, libraries and rural schools",
            "2w  Edited",
            "Report this post",
            "Forty rural libraries got their first e-readers this month, and the librarians chose every title 📚",
            "When we asked the librarians what they needed, nobody said tablets.",
            "They asked for e-readers that work for a week without charging.",
        ],
        "Forty rural libraries got their first e-readers this month, and the librarians chose every title 📚",
    ),
    (  # a Mastodon-like post: the account's name over its handle on another server
        [
            "Explore",
            "Log in",
            "Create account",
            "Eco Almaty Network",
            "@ecoalmaty@steppe.social",
            "Air in Almaty was worse than in Beijing on 11 of 30 January days, our monitors show",
            "We read 14 of our own sensors every hour across the city.",
            "The worst days came with no wind and frost below minus 20.",
        ],
        "Air in Almaty was worse than in Beijing on 11 of 30 January days, our monitors show",
    ),
    (  # a mobile page's menu and search icons over the site's name and the rubric
        [
            "☰",
            "Оңтүстік Таңы",
            "🔍",
            "Жазылу",
            "ПІКІР",
            "Шымкенттегі бағдаршамдар мәселені шешпейді",
            "Қала әкімдігі биыл он екі қиылысқа бағдаршам орнатпақ.",
            "Бірақ кептеліс қиылыстарда емес, көшелердің өзінде басталады.",
        ],
        "Шымкенттегі бағдаршамдар мәселені шешпейді",
    ),
]


@pytest.mark.parametrize(("lines", "title"), POSTS_UNDER_AN_AUTHORS_LINES)
def test_an_authors_lines_and_a_pages_icons_give_way_to_the_post(lines: list[str], title: str) -> None:
    assert _rules_title(lines) == title
    assert _title(lines) == title


@pytest.mark.parametrize("icons", ["☰", "🔍", "☰  🔍", "≡ ⌕"])
def test_a_mobile_pages_icons_never_make_the_title(icons: str) -> None:
    lines = [
        icons,
        "Our parks are not too small. Our plans are.",
        "12 March 2026, 09:10",
        "Every evening I walk my dog through the park behind the old cinema.",
        "Half of its benches are broken and its lamps have not worked since autumn.",
    ]
    assert _rules_title(lines) == "Our parks are not too small. Our plans are."
    assert _title(lines) == "Our parks are not too small. Our plans are."


FORWARDED_RELEASES = [
    (
        [
            "Inbox",
            "Fwd: Press release: Volunteers to clean 40 km of the Ili river banks in May",
            "Saule Abenova",
            "to me",
            "Today, 09:12",
            "Dear colleagues, sharing the release from EcoIli, maybe for our weekly news?",
            "---------- Forwarded message ---------",
            "PRESS RELEASE",
            "Volunteers to clean 40 km of the Ili river banks in May",
            "ALMATY, 3 April 2026 – The EcoIli Foundation will gather 300 volunteers to clean the banks of the Ili.",
            "The cleanup will run over four weekends in May, the foundation's director Dias Karimov said.",
        ],
        "Volunteers to clean 40 km of the Ili river banks in May",
    ),
    (
        [
            "Входящие",
            "Re: Fwd: Пресс-релиз: В Таразе откроют первый в области центр для детей с аутизмом",
            "Айгерим Садыкова",
            "Кому: вам",
            "Вчера, 17:40",
            "-------- Пересылаемое сообщение --------",
            "ПРЕСС-РЕЛИЗ",
            "В Таразе откроют первый в области центр для детей с аутизмом",
            "Тараз, 2 апреля 2026 г. – Фонд «Шуақ» откроет центр ранней помощи детям с аутизмом.",
            "Центр будет принимать до 40 детей в день, рассказала директор фонда Алия Мухамеджанова.",
        ],
        "В Таразе откроют первый в области центр для детей с аутизмом",
    ),
]


@pytest.mark.parametrize(("lines", "title"), FORWARDED_RELEASES)
def test_a_forwarded_subject_gives_way_to_the_headline_it_repeats(lines: list[str], title: str) -> None:
    assert _rules_title(lines) == title
    assert _title(lines) == title


def test_a_forwarded_subject_no_line_repeats_stays_the_title() -> None:
    lines = [
        "Fwd: Volunteers wanted for the Ili river cleanup",
        "Saule Abenova",
        "Today, 09:12",
        "Dear colleagues, EcoIli needs 300 volunteers for four weekends in May.",
        "Could we post this on our site and in the Telegram channel this week?",
    ]
    assert _title(lines) == "Fwd: Volunteers wanted for the Ili river cleanup"


SHORT_DATED_HEADLINES = [
    (["Происшествия", "Пожар на складе", "14 марта 2026, 07:15", "Ночью в Шымкенте сгорел склад стройматериалов."],
     "Пожар на складе"),
    (["Министерство энергетики", "Тарифы на тепло заморожены", "14.03.2026",
      "Тарифы на отопление не вырастут до конца отопительного сезона, сообщили в министерстве."],
     "Тарифы на тепло заморожены"),
    (["Qazaq News English", "Snow closes mountain roads", "14 March 2026, 08:05",
      "Three mountain roads near Almaty were closed on Saturday after heavy snow."],
     "Snow closes mountain roads"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "title"), SHORT_DATED_HEADLINES)
def test_a_rubric_or_a_body_over_a_short_dated_headline_gives_way_to_it(lines: list[str], title: str) -> None:
    assert _rules_title(lines) == title
    assert _title(lines) == title


SHORT_DECKS_AND_AUTHORS = [
    (["Экономика", "Инфляция в марте: 7,9%", "Рост цен снова замедлился", "02.04.2026",
      "Годовая инфляция в марте замедлилась до 7,9%, сообщило бюро статистики."],
     "Инфляция в марте: 7,9%"),
    (["Water for Ulytau villages", "Marat Zhunusov", "14 March 2026",
      "The village of Karsakpay has waited for a pipeline for thirty years."],
     "Water for Ulytau villages"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "title"), SHORT_DECKS_AND_AUTHORS)
def test_a_headline_over_its_short_deck_or_its_author_stays(lines: list[str], title: str) -> None:
    assert _title(lines) == title


ARTICLES_UNDER_A_NETWORK_LINK = [
    (  # a single network link over an akimat's article: its date line gives the time after a comma
        [
            "Facebook",
            "Главная",
            "Акимат принял решение",
            "12 января 2025, 18:03",
            "Акимат Павлодара принял решение о ремонте трёх мостов через Усолку.",
            "Работы начнутся в апреле и продлятся до конца лета.",
        ],
        "Акимат принял решение",
    ),
    (  # a forwarded release whose subject's labels have colons of their own
        [
            "Fwd: Press release: Almaty: volunteers to clean the Esentai river banks",
            "Saule Abenova",
            "Today, 09:12",
            "---------- Forwarded message ---------",
            "Almaty: volunteers to clean the Esentai river banks",
            "ALMATY, 3 April 2026 – Two hundred volunteers will clean the banks of the Esentai on Saturday.",
            "The cleanup is organised by the Zhasyl Qala foundation with the city's akimat.",
        ],
        "Almaty: volunteers to clean the Esentai river banks",
    ),
    (  # the subject written with ё, the headline under it without
        [
            "Fwd: Зелёный марафон пройдёт в Караганде в мае",
            "Марина Ли",
            "Сегодня, 11:48",
            "-------- Пересылаемое сообщение --------",
            "Зеленый марафон пройдет в Караганде в мае",
            "Караганда, 9 апреля 2026 г. – Забег в поддержку озеленения города пройдёт 17 мая.",
            "Организаторы ждут две тысячи участников.",
        ],
        "Зеленый марафон пройдет в Караганде в мае",
    ),
]


@pytest.mark.parametrize(("lines", "title"), ARTICLES_UNDER_A_NETWORK_LINK)
def test_an_article_under_a_network_link_and_forwarded_subjects_with_colons(lines: list[str], title: str) -> None:
    assert _title(lines) == title


@pytest.mark.parametrize(
    "headline",
    ["Дороги, мосты и тоннели: что построят в 2026 году!", "Dearth of water, heat and dust: a dry summer!"],
)
def test_a_headline_opening_like_a_salutation_is_none(headline: str) -> None:
    texts = ["Новости", "12 March 2026", headline]
    assert choose_under(texts, 0, {0: 1.0, 2: 9.0}, 3.0) == 2
