"""Shapes of page furniture met on real pages (messenger web views, typo widgets, site maps, topic
blocks, closing boilerplate, crew bylines, channel headers), each checked on invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.bylines import byline_of
from newsroom.importer.dates import is_date_line
from newsroom.importer.debris import is_debris
from newsroom.importer.entities import find_entities
from newsroom.importer.extract import extract
from newsroom.importer.topic import shares_a_word
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def body_of(text: str, lang: str | None = None) -> str:
    return extract(text, REGISTRY, lang).body


@pytest.mark.parametrize(
    "line",
    [
        "Watch on YouTube",
        "View this post on Instagram",
        "Открыть в Telegram",
        "YouTube-та көру",
        "Please open WhatsApp to view this message",
        "👀 2.3K  изменено  08:05",
        "Нашли опечатку? Выделите фрагмент и нажмите Ctrl + Enter",
        "Spotted a mistake? Highlight it and press Ctrl+Enter.",
        "Карта сайта",
        "Site map",
        "Instagram парақшамызға жазылыңыз",
        "Еженедельная рассылка фонда: подпишитесь",
        "Get in touch",
        "Напишите нам",
    ],
)
def test_widget_lines_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new clinic will open in Taraz next spring.",
        "Residents can watch on the city's website how the repairs go.",
        "Press Ctrl and the arrow keys to move the map, the guide explains to visitors.",
        "Applications and rules: https://www.example.org/grants/2026",
        "The council voted to subscribe.",
        "Residents can sign up",
        "Forwarded from the ministry, the letter asked residents to stay calm.",
    ],
)
def test_sentences_near_those_shapes_stay(line: str) -> None:
    assert not is_debris(line)


def test_a_crew_byline_with_its_roles_apart_by_full_stops() -> None:
    found = byline_of("Корреспондент: Айдана Ким. Видеооператор: Берік Оспанов")
    assert found is not None and found.name == "Айдана Ким, Берік Оспанов"


CHANNEL_POST = """Water Board of Kyzylorda
3.8K subscribers
14.05.2026
New pumping station starts work on the left bank

The city water board said the station will serve 9,000 homes from Monday.

Chief engineer Dauren Kalymbetov said the old pumps had been running since 1979.
👀 2.1K  edited  09:40
Watch on Telegram
"""


def test_a_channel_name_over_its_followers_is_not_the_title() -> None:
    found = extract(CHANNEL_POST, REGISTRY)
    assert found.title == "New pumping station starts work on the left bank"
    assert "Water Board" not in found.body and "Watch on" not in found.body and "2.1K" not in found.body


RELEASE = """Solar farm near Balkhash reaches full power

Almaty, 4 May 2026. The Balkhash solar farm of Dala Sun Energy reached its full power of 120 MW on Monday.

The plant will supply electricity to 60,000 homes, engineer Marat Sagyndykov said.

Its second phase will be built in 2027.

About the organisation
Dala Sun Energy builds and runs solar plants in three regions of Kazakhstan.
"""

KAZAKH_STORY = """Сәтбаев қаласында жаңа саябақ ашылды

Сәтбаев қаласында 12 гектар жерге жаңа саябақ ашылды. Онда 3 мыңнан астам ағаш отырғызылды.

Саябақта балалар алаңы мен велосипед жолы бар.

Қала тұрғындары саябақтың кешке дейін ашық болатынын айтты.

Осы тақырыпта
Жезқазғанда екі саябақ жөнделеді
03.05.2026
Қарағандыда ағаш отырғызу акциясы өтті
28.04.2026

Қор туралы
«Жасыл дала» қоры 2015 жылдан бері қалаларды көгалдандырумен айналысады.
"""


def test_closing_boilerplate_under_an_about_heading_leaves_the_body() -> None:
    body = body_of(RELEASE)
    assert "About the organisation" not in body and "builds and runs" not in body
    assert "Its second phase will be built in 2027." in body


def test_a_topic_block_and_a_fund_note_leave_a_kazakh_story() -> None:
    body = body_of(KAZAKH_STORY, "kk")
    assert "Осы тақырыпта" not in body and "Жезқазғанда" not in body and "Қор туралы" not in body
    assert "Қала тұрғындары саябақтың кешке дейін ашық болатынын айтты." in body


FESTIVAL_PAGE = """Festivals
Steppe Film Days: Ten Evenings of Documentary Cinema
3–12 August 2026
Open-air screen, Central Park, Karaganda

Ten documentaries from Central Asia will be shown under the open sky, one each evening.

Director Saule Omarova will present her film about the shepherds of Ulytau on the opening night.
"""


@pytest.mark.parametrize("line", ["3–12 August 2026", "1 July 2026 — 15 September 2026", "01.06.2026 - 30.06.2026"])
def test_a_run_of_days_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


def test_an_events_run_is_neither_its_date_nor_left_out() -> None:
    found = extract(FESTIVAL_PAGE, REGISTRY)
    assert found.date is None and "3–12 August 2026" in found.body


THINK_TANK_PAGE = """Caspian Futures Centre
Publications
People
Contact
Cities and Mobility
Why Almaty's Buses Keep Running Late
Dana Kemelbayeva
Research Fellow, Cities and Mobility Programme
Policy brief
March 3, 2026
5 min read

Buses in Almaty arrive on time on fewer than half of their trips, the city transport office said.

Transport planner Oleg Vasilenko said dedicated lanes on four avenues would help most.
"""


def test_a_programme_named_again_in_the_authors_role_is_not_the_title() -> None:
    found = extract(THINK_TANK_PAGE, REGISTRY)
    assert found.title == "Why Almaty's Buses Keep Running Late"
    assert "Cities and Mobility" not in found.body and "Policy brief" not in found.body
    assert found.byline == "Dana Kemelbayeva"


BLOG_WITH_QUOTED_TITLE = """Walking the Steppe
Home
About
Ten Winter Days on the Shores of Lake Alakol
Posted on February 2, 2026

We spent ten days by the frozen lake in January, and the wind never stopped.

The guesthouse owner, Baurzhan Tleuov, lent us a second stove.

2 thoughts on “Ten Winter Days on the Shores of Lake Alakol”
Aliya says:
Beautiful photos, thank you!
"""


def test_a_headline_quoted_by_the_comments_stays_the_title() -> None:
    assert extract(BLOG_WITH_QUOTED_TITLE, REGISTRY).title == "Ten Winter Days on the Shores of Lake Alakol"


NGO_POST = """Steppe Rivers Trust
2 April 2026 · 🌍
Volunteers clean the banks of the Ishim this Saturday! 🌊

Last spring 150 volunteers collected two tonnes of rubbish along the river in Astana.

Coordinator Zarina Mukhamedova asks everyone to bring gloves and warm clothes.

#Ishim #cleanup
👍❤️ 212
Like  Comment  Share
Ruslan K.
We will come with the whole class!
Like  Reply  3d
"""


def test_a_social_posts_counters_and_comments_leave_the_body() -> None:
    body = body_of(NGO_POST)
    assert "Coordinator Zarina Mukhamedova asks everyone to bring gloves and warm clothes." in body
    assert "whole class" not in body and "Like" not in body


@pytest.mark.parametrize(
    "line, row",
    [
        ("12 комментариев  7 репостов", True),
        ("Нравится  Ответить  5 ч", True),
        ("Ұнату  Бөлісу", True),
        ("12 comments were sent to the council before the vote.", False),
        ("Share and reply: two ways to take part", False),
    ],
)
def test_rows_of_a_posts_counters_or_buttons(line: str, row: bool) -> None:
    assert is_debris(line) is row


NEWSLETTER_WITH_A_POST = """Port traffic on the Caspian grew again in April

Cargo through Kuryk port rose by 18 per cent in April, the port operator said.

Analyst Timur Baigaliyev said most of the growth came from grain going south.
Caspian Cargo Desk @CaspianCargoDesk
Kuryk had its busiest month ever. Grain trains queue at the gate.
7:45 PM · May 2, 2026

Shipping lines expect the growth to go on through the summer.
Link to this story: https://www.example.com/news/2026/05/03/kuryk-port/
"""


def test_an_embedded_post_and_a_labelled_link_leave_the_body() -> None:
    body = body_of(NEWSLETTER_WITH_A_POST)
    assert "@CaspianCargoDesk" not in body and "Grain trains queue" not in body and "7:45 PM" not in body
    assert "https://" not in body
    assert "Shipping lines expect the growth to go on through the summer." in body


TELEGRAM_FORWARD = """Управление образования Костаная | Новости
21 540 subscribers
Закреплённое сообщение
Внимание! Приём заявок в летние лагеря продлён до пятницы
Переслано от Городской центр занятости
В Костанае открыли набор на курсы для молодых мастеров

Городской центр занятости начал запись на бесплатные курсы сварщиков и электриков для молодёжи до 29 лет.

Директор центра Марина Ковальчук сообщила, что обучение продлится три месяца.
"""


def test_a_pinned_bar_and_a_forwarded_origin_are_not_the_title() -> None:
    found = extract(TELEGRAM_FORWARD, REGISTRY)
    assert found.title == "В Костанае открыли набор на курсы для молодых мастеров"
    assert "Приём заявок" not in found.body and "Переслано" not in found.body


PROFILE_POST = """Dana Ospanova • 1st
Engineer at Qyzyl Water | Rural water supply
5h • 🌐
Follow
Forty villages in Kyzylorda region now have clean tap water

This year our team finished pipelines to forty villages along the Syr Darya, and every one of them now has tap water.

The last section, 18 kilometres long, was laid in November in frost.

Thanks to our site manager Yerbol Kaliyev, who never missed a day on the route.

Most of the pipes were made at a plant in Shymkent, which cut the cost by a fifth.

We now start the design for another thirty villages.
👍 96
14 comments • 3 reposts
Like
Comment
Repost
Send
Aidos Bekov • 2nd
Hydrologist
Great news for the region!
1d
Like · Reply
"""


def test_a_profiles_header_and_its_post_thread_leave_the_post() -> None:
    found = extract(PROFILE_POST, REGISTRY)
    assert found.title == "Forty villages in Kyzylorda region now have clean tap water"
    assert "Engineer at" not in found.body and "Great news" not in found.body and "Hydrologist" not in found.body
    assert "Aidos Bekov" not in found.entities.people


MUSEUM_PAGE = """City History Museum
Open daily 09:00–17:00
Old trams of Almaty return to the museum hall

Two restored tram cars from the 1960s went on show at the City History Museum on Saturday.

Restorer Anatoly Grinberg spent a year bringing back their wooden seats and brass lamps.
"""


def test_opening_hours_above_the_headline_are_not_the_title() -> None:
    assert extract(MUSEUM_PAGE, REGISTRY).title == "Old trams of Almaty return to the museum hall"


FACEBOOK_PAGE = """Фонд «Зелёный Уральск»
1,2 тыс. отметок «Нравится» · 1,5 тыс. подписчиков
4 мая 2026 г. · 🌍
В Уральске высадили 500 молодых карагачей

Волонтёры фонда за выходные высадили 500 саженцев вдоль набережной Урала.

Координатор акции Ольга Берестова поблагодарила всех участников.
"""


def test_a_pages_name_over_its_counters_is_not_the_title() -> None:
    assert extract(FACEBOOK_PAGE, REGISTRY).title == "В Уральске высадили 500 молодых карагачей"


NEWSLETTER = """Subject: The Aral Letter, week 19
Preheader: Fish are back in the Small Aral. Plus: a new road to Aralsk.
Fishing crews in Aralsk report the best spring catch in ten years

Fishing crews in Aralsk landed 1,200 tonnes of fish this spring, the district fisheries office said.

Fisherman Kuanysh Zhaksylykov said pike-perch had come back to the northern bays.
"""


def test_a_newsletters_preheader_field_is_not_the_title() -> None:
    assert extract(NEWSLETTER, REGISTRY).title == "Fishing crews in Aralsk report the best spring catch in ten years"


AGENCY_PAGE = """Skip to main content
Caspian Environment Desk | Features
Қазақша | English
Flamingos rest on the shore of Lake Tengiz at dawn. © Caspian Environment Desk/Arman Sadykov
Features
May 20, 2026
Flamingo colony on Lake Tengiz is the largest in twenty years
Counters from the reserve found more than 30,000 nests this spring

Rangers of the Korgalzhyn reserve counted the nests from boats and drones over two weeks in May.

Ornithologist Gaukhar Tulegenova said the wet winter had filled the lake's shallow bays.
"""


def test_a_site_bar_a_picture_and_a_rubric_above_the_headline_are_not_the_title() -> None:
    found = extract(AGENCY_PAGE, REGISTRY)
    assert found.title == "Flamingo colony on Lake Tengiz is the largest in twenty years"
    assert "Flamingos rest" not in found.body and "Features" not in found.body


FORWARDED_RELEASE = """---------- Forwarded message ---------
From: Press Service <press@steppe-rail.example>
Subject: Media advisory: Steppe Rail launches night train from Astana to Turkistan
To: <desk@newsroom.example>

Good afternoon,
We are sending you today's release below. Pictures can be sent on request.
Kind regards,
Press Service

STEPPE RAIL JSC
MEDIA ADVISORY
STEPPE RAIL LAUNCHES NIGHT TRAIN FROM ASTANA TO TURKISTAN IN JUNE
Steppe Rail will run a night train between Astana and Turkistan from 1 June, chairman Nurlan Abenov said.

Tickets go on sale on 15 May.
"""


def test_a_subject_echoed_in_capitals_under_a_cover_note_is_the_title() -> None:
    found = extract(FORWARDED_RELEASE, REGISTRY)
    assert found.title == "STEPPE RAIL LAUNCHES NIGHT TRAIN FROM ASTANA TO TURKISTAN IN JUNE"
    assert "Kind regards" not in found.body and "STEPPE RAIL JSC" not in found.body


CHARITY_STORY = """Новая столовая для детей в Талдыкоргане

Благотворительный фонд «Жетісу балалары» открыл в Талдыкоргане столовую для детей из многодетных семей.

Каждый день здесь обедают 80 школьников, рассказала директор фонда Алия Жакупова.

Онлайн-встреча с волонтёрами
Расскажем, как стать наставником, 20 июня в 19:00.
Зарегистрироваться

Столовая работает с понедельника по субботу.

Накормите ребёнка
300 тенге — это один горячий обед.
Пожертвовать
"""


def test_call_to_action_boxes_leave_the_story() -> None:
    body = body_of(CHARITY_STORY)
    assert "Онлайн-встреча" not in body and "наставником" not in body and "Зарегистрироваться" not in body
    assert "Накормите" not in body and "горячий обед" not in body and "Пожертвовать" not in body
    assert "Столовая работает с понедельника по субботу." in body


def test_a_paragraph_with_a_link_under_it_is_no_box() -> None:
    text = (
        "Council approves the new bus lanes\n\nThe city council approved four new bus lanes on Tuesday.\n\n"
        "Public hearings\nThe council will hold two hearings on the lanes in June, one in each district, and "
        "residents can send their views in writing before then to the transport office or to their deputies.\n"
        "Learn more\n"
    )
    assert "Public hearings" in body_of(text)


CHANNEL_POST_STAMPED_BELOW = """Steppe Roads Agency
5 120 subscribers
Night repairs close two lanes of the Astana ring road

From Monday, two lanes of the ring road will close at night for resurfacing, the agency said.

Engineer Askhat Mukanov said the work would take three weeks.
👁 3.4K
Mar 9, 2026 at 18:20
"""


def test_a_posts_stamp_beside_its_views_is_its_date() -> None:
    assert str(extract(CHANNEL_POST_STAMPED_BELOW, REGISTRY).date) == "2026-03-09"


def test_a_dateline_with_its_time_gives_the_date() -> None:
    text = (
        "Ақтауда жаңа су тұщыту зауыты салынады\n\n"
        "Ақтау, 14 наурыз 2026 11:20 — Каспий ақпарат. "
        "Ақтауда тәулігіне 50 мың текше метр су беретін зауыт салынады.\n\n"
        "Бұл туралы облыс әкімінің орынбасары Ерлан Қуанышұлы айтты.\n"
    )
    assert str(extract(text, REGISTRY, "kk").date) == "2026-03-14"


def test_a_goals_block_under_the_story_leaves_the_body() -> None:
    text = (
        "Solar pumps reach twelve farms near Shardara\n\n"
        "Twelve farms near Shardara now water their fields with solar pumps, the programme said.\n\n"
        "Farmer Gulnar Iskakova said her diesel bill had fallen to zero.\n\n"
        "Sustainable Development Goals\nSDG 7: Affordable and clean energy\nSDG 13: Climate action\n"
    )
    body = body_of(text)
    assert "SDG 7" not in body and "Sustainable Development Goals" not in body
    assert "Farmer Gulnar Iskakova said her diesel bill had fallen to zero." in body


def test_a_crew_byline_with_its_roles_apart_by_spaces() -> None:
    found = byline_of("Автор: Алия Оспанова   Видеооператор: Марат Ли")
    assert found is not None and found.name == "Алия Оспанова, Марат Ли"


PORTAL_STORY = """Главная > Новости > Общество
В Семее отремонтируют три пешеходных моста
Работы начнутся весной и закончатся к осени
12.03.2026 09:15
👁 1 204
💬 8
Автор: Ирина Белова
Три пешеходных моста через Иртыш в Семее отремонтируют в этом году, сообщили в городском акимате.

Заместитель акима Булат Кенжебеков сказал, что на работы выделено 900 млн тенге.

На время ремонта горожан попросят пользоваться автомобильным мостом.

Подрядчика выберут на конкурсе в феврале.

Последний раз мосты ремонтировали в 2009 году.

Жители давно жаловались на разбитые ступени.
"""


def test_a_byline_under_the_date_and_counters_is_no_person() -> None:
    found = extract(PORTAL_STORY, REGISTRY)
    assert found.byline == "Ирина Белова" and "Ирина Белова" not in found.entities.people


def test_a_latin_patronymic_keeps_the_first_name_before_it() -> None:
    text = "The akim of Kostanay Kuanyshbek Bolatovich Zhunusov opened the new bridge on Friday."
    assert find_entities([text], REGISTRY, "en").people == ["Kuanyshbek Bolatovich Zhunusov"]


def test_a_short_link_between_footer_lines_leaves_the_body() -> None:
    text = (
        "Orchestra opens its winter season in Pavlodar\n\n"
        "The Pavlodar chamber orchestra opened its winter season with three evenings of Kurmangazy.\n\n"
        "Conductor Yerlan Satybaldy said the hall had been sold out for a month.\n\n"
        "Book tickets\nPast concerts\nFacebook | Instagram\n"
    )
    body = body_of(text)
    assert "Past concerts" not in body
    assert "Conductor Yerlan Satybaldy said the hall had been sold out for a month." in body


@pytest.mark.parametrize(
    "text, person",
    [
        ("Her neighbour Rosalind Pettigrew brought bread for the volunteers.", "Rosalind Pettigrew"),
        ("The chef Matteo Bianchetti cooked for two hundred guests.", "Matteo Bianchetti"),
    ],
)
def test_a_kinship_or_trade_word_before_a_name_makes_it_a_person(text: str, person: str) -> None:
    assert find_entities([text], REGISTRY, "en").people == [person]


def test_a_patronymic_carries_a_surname_of_any_ending() -> None:
    text = "Ауыл әкімі Бақытгүл Ержанқызы Сапарбек жиналысты ашты."
    assert find_entities([text], REGISTRY, "kk").people == ["Бақытгүл Ержанқызы Сапарбек"]


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Steppe Courier – Latest\nEnergy\nWind farm near Ereymentau doubles its turbines\nBy Arman Tulegen\n\n"
            "The wind farm near Ereymentau added forty turbines this year, its operator said on Monday.\n\n"
            "Engineer Dina Abenova said the new turbines would power 90,000 homes.\n",
            "Wind farm near Ereymentau doubles its turbines",
        ),
        (
            "Photo: Aral Fishers Union\nBoats leave the harbour at dawn.\nFish catch in the Small Aral reaches record\n"
            "June 2, 2026\n\nThe fish catch in the Small Aral reached a record 9,000 tonnes, the union said.\n\n"
            "Fisherman Serik Abenov said pike-perch had returned to the bays.\n",
            "Fish catch in the Small Aral reaches record",
        ),
    ],
)
def test_a_top_line_the_story_is_not_about_is_not_the_title(text: str, title: str) -> None:
    assert extract(text, REGISTRY).title == title


def test_a_title_that_shares_no_word_with_its_lead_stays_the_title() -> None:
    text = (
        "Against the current\nKayakers race down the Ili river for the first time in a decade\nJune 2, 2026\n\n"
        "Forty kayakers raced down the Ili river on Saturday, the first race there in ten years.\n\n"
        "Organiser Timur Sadykov said the water had never been so clear.\n"
    )
    assert extract(text, REGISTRY).title == "Against the current"


def test_a_body_named_above_a_dated_headline_is_not_the_title() -> None:
    text = (
        "Павлодар облысы әкімдігінің ресми сайты\nЖаңалықтар\nЕкібастұзда жаңа мектеп ашылды\n01.09.2026\n\n"
        "Екібастұзда 1200 оқушыға арналған жаңа мектеп ашылды, деп хабарлады облыс әкімдігі.\n\n"
        "Мектеп директоры Айгүл Серікқызы Бекова оқушыларды құттықтады.\n"
    )
    assert extract(text, REGISTRY, "kk").title == "Екібастұзда жаңа мектеп ашылды"


def test_inflected_forms_share_their_word() -> None:

    assert shares_a_word("Шымкентте жаңа жол ашылды", "Шымкент қаласында жол жөнделді")
    assert shares_a_word("Almaty's buses", "Buses in Almaty run late")
    assert not shares_a_word("Kazakh Daily", "Buses run")


@pytest.mark.parametrize("line", ["Weather: Karaganda −5°C", "Погода: Астана -8 °C", "USD 512.40 ▲ 0.3%  EUR 560.10"])
def test_a_top_bars_weather_and_rates_are_debris(line: str) -> None:
    assert is_debris(line)


def test_a_temperature_in_a_sentence_is_no_weather_bar() -> None:
    assert not is_debris("The temperature fell to −35°C in Astana on Tuesday night.")


@pytest.mark.parametrize(
    "header",
    [
        "На правах рекламы\nКредит без переплат для всех до конца месяца",
        "Live blog",
        "Sponsored\nFly to Dubai from 99 dollars",
    ],
)
def test_an_ad_or_a_live_label_above_the_headline_is_not_the_title(header: str) -> None:
    text = (
        f"{header}\nВ Караганде открыли новый каток на стадионе\n5 декабря 2026\n\n"
        "Новый каток на стадионе в Караганде принял первых посетителей, сообщили в акимате.\n\n"
        "Директор стадиона Марат Жумабеков сказал, что каток будет открыт до марта.\n"
    )
    assert extract(text, REGISTRY).title == "В Караганде открыли новый каток на стадионе"


def test_a_short_title_the_lead_repeats_stays_the_title() -> None:
    text = (
        "Balkhash Regatta 2026\n\nForty boats race across the lake in a strong north wind\n\n"
        "The Balkhash Regatta 2026 brought forty boats to the lake on Saturday, the organisers said.\n\n"
        "Skipper Aidar Tulegenov won the main race in under three hours.\n"
    )
    assert extract(text, REGISTRY).title == "Balkhash Regatta 2026"


def test_a_headline_giving_hours_stays_the_title() -> None:
    text = (
        "Almaty metro to run 06:00–01:00 over the holidays\nDecember 30, 2026\n\n"
        "The Almaty metro will run until 1 a.m. from 31 December to 3 January, the operator said.\n\n"
        "Spokesman Yerlan Ospanov said extra trains would run on New Year's Eve.\n"
    )
    assert extract(text, REGISTRY).title == "Almaty metro to run 06:00–01:00 over the holidays"


def test_a_title_case_headline_naming_a_council_stays_the_title() -> None:
    text = (
        "City Council Approves New Park Plan\nThe riverside park will open in 2028\nMay 4, 2026\n\n"
        "The city council approved a plan for a riverside park on Monday, officials said.\n\n"
        "Council member Aliya Dossanova said the park would cost 3 billion tenge.\n"
    )
    assert extract(text, REGISTRY).title == "City Council Approves New Park Plan"


@pytest.mark.parametrize(
    "signature, officer",
    [
        ("Пресс-служба городского акимата, Д. Сейтова", "Д. Сейтова"),
        ("Press office of the district, Marat Ilyasov", "Marat Ilyasov"),
    ],
)
def test_a_press_offices_signature_under_the_story_names_no_person(signature: str, officer: str) -> None:
    text = (
        "Новый сквер открыли в центре Актобе\n\n"
        "В центре Актобе открыли сквер с фонтаном и детской площадкой, сообщили в акимате.\n\n"
        "Аким города Азамат Бекетов поблагодарил строителей.\n\n"
        "Работы обошлись в 300 млн тенге.\n\n"
        "Сквер будет открыт круглосуточно.\n\n"
        f"{signature}\n"
    )
    found = extract(text, REGISTRY)
    assert officer not in found.entities.people and signature not in found.body


@pytest.mark.parametrize(
    "label",
    ["Жедел жариялау үшін", "Для немедленного распространения", "For Immediate Release"],
)
def test_a_release_label_in_each_language_is_not_the_title(label: str) -> None:
    text = (
        f"{label}\n\nАлматы, 3 наурыз 2026\n\n"
        "Қуыршақ театры жаңа ертегі қойылымын ұсынады\n\n"
        "Қуыршақ театры 10 наурызда балаларға арналған жаңа қойылым көрсетеді.\n\n"
        "Режиссер Әлия Сапарова қойылымды екі ай дайындады.\n"
    )
    assert extract(text, REGISTRY).title == "Қуыршақ театры жаңа ертегі қойылымын ұсынады"


@pytest.mark.parametrize("age", ["3 дн. ·", "5 ч. ·", "2 сағ. ·"])
def test_a_pages_name_over_a_posts_short_age_is_not_the_title(age: str) -> None:
    text = (
        f"Facebook\nКлуб любителей лыж «Снежный склон»\n{age}\n"
        "Лыжня на Медеу открыта! ⛷\n\n"
        "Друзья, с субботы трасса у плотины снова принимает лыжников.\n\n"
        "Тренер клуба Игорь Пестов проведёт бесплатное занятие для новичков.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Лыжня на Медеу открыта! ⛷"
    assert age not in found.body


@pytest.mark.parametrize("line", ["·", "* * *", "•••"])
def test_a_line_of_separators_alone_is_debris(line: str) -> None:
    assert is_debris(line)


BLOG_STORY = (
    "Beekeepers of Kegen try a new winter hive\n\n"
    "Twelve beekeepers in Kegen district tested an insulated hive this winter, the cooperative said.\n\n"
    "Only one of the twelve colonies was lost, against four the year before.\n\n"
    "Cooperative head Saltanat Imasheva said the hives cost 40,000 tenge each.\n\n"
    "The cooperative will order sixty more in the spring.\n\n"
    "Related topics\nFarming\nShare:\nFacebook\n"
)


def test_an_about_the_author_box_above_the_comments_is_not_the_story() -> None:
    text = BLOG_STORY + (
        "Об авторе\nCatriona Duffy writes about farming for the cooperative's blog.\n"
        "2 comments\nAsel T.\nGreat news!\nReply\nLeave a comment\n"
    )
    found = extract(text, REGISTRY)
    assert "Catriona Duffy" not in found.entities.people and "Об авторе" not in found.body


def test_a_closing_byline_with_the_authors_bio_under_it_is_not_the_story() -> None:
    text = BLOG_STORY + "\nBy Rustem Orazbayev\nReporter in Taraz. He covers farms and water.\nFollow\n"
    found = extract(text, REGISTRY)
    assert "Rustem Orazbayev" not in found.entities.people
    assert "Reporter in Taraz" not in found.body
    assert "The cooperative will order sixty more in the spring." in found.body


@pytest.mark.parametrize("marker", ["---------- Пересланное сообщение ----------", "-----Original Message-----"])
def test_a_forwarders_note_above_the_forwarded_message_is_not_the_title(marker: str) -> None:
    text = (
        "От: Арман Жаксылыков <a.zh@example.kz>\nТема: Fwd: релиз музея\n\n"
        "Можно поставить на завтра? А.\n\n"
        f"{marker}\nОт: Музей истории города <press@museum.example>\nТема: релиз\n\n"
        "Музей истории Павлодара открыл зал старых фотографий\n\n"
        "Музей истории Павлодара открыл новый зал, где показаны 300 фотографий XX века.\n\n"
        "Директор музея Гаухар Есенова сказала, что снимки передали жители города.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Музей истории Павлодара открыл зал старых фотографий"
    assert "Можно поставить" not in found.body


@pytest.mark.parametrize("stamp", ["3 декабря 2026, 09:05 (сегодня)", "Dec 2, 2026, 4:10 PM (yesterday)"])
def test_a_date_with_a_relative_day_beside_it_is_a_date_line(stamp: str) -> None:
    assert is_date_line(stamp)


def test_a_sentence_opening_with_a_relative_day_is_no_date_line() -> None:
    assert not is_date_line("Вчера 2 декабря 2026 года в Караганде открыли каток")


@pytest.mark.parametrize("line", ["► Слушать статью", "Download the audio", "Жаңалықты тыңдау", "Closed captions"])
def test_a_players_controls_are_debris(line: str) -> None:
    assert is_debris(line)


def test_a_captions_agency_credit_after_a_slash_names_no_person() -> None:
    text = (
        "Karaganda miners end strike after pay deal\n"
        "By Olga Reutova\nMarch 3, 2026\n"
        "Miners leave a shaft near Shakhtinsk, Kazakhstan, March 2, 2026. NORTH PRESS/Galym Tursynov\n"
        "SHAKHTINSK, March 3 (North Press) - Miners at four shafts ended a five-day strike on Tuesday.\n\n"
        "Union leader Askar Beisenov said the deal raised pay by 18 percent.\n"
    )
    found = extract(text, REGISTRY)
    assert "Galym Tursynov" not in found.entities.people and "Askar Beisenov" in found.entities.people


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("A local bakery chain, Altyn Nan, said orders fell, manager Dana Omarova added.", "Altyn Nan"),
        (
            "Fares will rise, said Dana Omarova, head of bus operator Tulpar Transit, which runs 40 buses.",
            "Tulpar Transit",
        ),
    ],
)
def test_a_name_in_apposition_to_a_bodys_kind_or_before_which_is_no_person(sentence: str, body: str) -> None:
    found = find_entities([sentence], REGISTRY, "en")
    assert body not in found.people and "Dana Omarova" in found.people


def test_a_person_in_apposition_to_a_role_of_a_body_stays_a_person() -> None:
    found = find_entities(["The head of the union, Marat Ilyasov, said the talks would go on."], REGISTRY, "en")
    assert "Marat Ilyasov" in found.people


@pytest.mark.parametrize(
    "issue, section",
    [("Issue No. 12 · March 4, 2026", "Top stories"), ("Шығарылым № 9 · 4 наурыз 2026", "Аптаның басты жаңалығы")],
)
def test_a_newsletters_slogan_over_its_issue_line_and_its_section_are_not_the_title(issue: str, section: str) -> None:
    text = (
        "View this email in your browser\nSteppe Ledger\nYour weekly briefing on water and farms\n"
        f"{issue}\n{section}\n"
        "Irrigation canal in Turkistan region reopens after repairs\n"
        "The main canal of Maktaaral district reopened on Monday after three months of repairs.\n\n"
        "Farmer Nurlan Abenov said the water came just in time for the spring sowing.\n"
    )
    assert extract(text, REGISTRY).title == "Irrigation canal in Turkistan region reopens after repairs"


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Coach Daniel P. Whitmore Jr. said the team was ready.", "Daniel P. Whitmore Jr."),
        ("Principal Mark Lee Jr said the school would reopen.", "Mark Lee Jr"),
    ],
)
def test_a_names_suffix_keeps_its_full_stop_as_written(sentence: str, person: str) -> None:
    assert find_entities([sentence], REGISTRY, "en").people == [person]


def test_a_first_name_left_in_an_oblique_case_beside_a_foreign_surname_is_put_in_the_nominative() -> None:
    found = find_entities(["По словам дирижёра Габриэлы Оттенбах-Фрай, оркестр готов к гастролям."], REGISTRY, "ru")
    assert found.people == ["Габриэла Оттенбах-Фрай"]


@pytest.mark.parametrize(
    "line, person",
    [("Басты рөлде Назерке Тоқтарова ойнайды.", "Назерке Тоқтарова"), ("Сұлтан Әбенов – Жанат;", "Сұлтан Әбенов")],
)
def test_a_kazakh_first_name_ending_like_a_case_ending_is_a_name(line: str, person: str) -> None:
    assert find_entities([line], REGISTRY, "kk").people == [person]


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("The consul, Gonçalo Pedro Santos Ribeiro, opened the evening.", "Gonçalo Pedro Santos Ribeiro"),
        ("The exhibition was curated by Matilde Sousa Pires, a painter.", "Matilde Sousa Pires"),
    ],
)
def test_a_portuguese_name_starts_at_its_first_name(sentence: str, person: str) -> None:
    assert find_entities([sentence], REGISTRY, "en").people == [person]


@pytest.mark.parametrize("line", ["Время прочтения: 4 минуты", "Оқу уақыты: шамамен 6 минут"])
def test_a_reading_time_in_each_language_is_debris(line: str) -> None:
    assert is_debris(line)


def test_a_posts_counters_and_buttons_one_a_line_open_its_comments() -> None:
    text = (
        "Клуб «Тёплый дом» собрал 200 одеял для приюта\n\n"
        "Друзья, за месяц вы принесли 200 одеял и 90 подушек для городского приюта.\n\n"
        "Директор приюта Вера Литвинова поблагодарила всех, кто помог.\n\n"
        "Следующий сбор начнём в январе, следите за новостями.\n\n"
        "Спасибо вам!\n\n"
        "Ещё фото в альбоме по ссылке.\n\n"
        "Приходите в субботу на чай.\n\n"
        "Все реакции:\n87\n12 комментариев\n9 репостов\nНравится\nКомментировать\n"
        "Айгуль Омарова\nКакие вы молодцы!\n2 дн.\nОтветить\n"
        "Пётр Ильин\nА варежки принимаете?\n2 дн.\nОтветить\n"
        "Клуб «Тёплый дом»\nПринимаем, приносите!\n1 дн.\nОтветить\n"
    )
    found = extract(text, REGISTRY)
    assert "9 репостов" not in found.body and "Какие вы молодцы!" not in found.body
    assert "Приходите в субботу на чай." in found.body


def test_a_newsletters_also_this_week_block_is_debris() -> None:
    text = (
        "Рассылка «Зелёный город»\nВыпуск № 5 · 2 марта 2026\n"
        "Во дворах Костаная высадят 500 деревьев\n"
        "Акимат Костаная весной высадит 500 деревьев во дворах, сообщили в отделе ЖКХ.\n\n"
        "Руководитель отдела Ержан Садыков сказал, что саженцы уже закуплены.\n\n"
        "Ещё на этой неделе\nКак выбрать саженец для двора: советы дендролога\nЧитать →\n"
    )
    found = extract(text, REGISTRY)
    assert "Ещё на этой неделе" not in found.body and "Как выбрать саженец" not in found.body


@pytest.mark.parametrize(
    "line",
    [
        "“Read more of the survey before you judge the herders,” the hydrologist told the meeting.",
        "«Читайте также договор целиком, там всё написано», – сказал юрист.",
    ],
)
def test_quoted_words_opening_like_a_prompt_are_speech_not_debris(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "This e-mail and any attachments may contain privileged information. If it reached you by mistake, delete it.",
        "Данное сообщение и все вложения предназначены только для адресата.",
        "Бұл хат құпия, оны үшінші тұлғаларға беруге болмайды.",
    ],
)
def test_an_emails_confidentiality_notice_is_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "heading", ["Актуальное", "Еще новости спорта", "Спорттағы басқа жаңалықтар", "Other news from the region"]
)
def test_a_block_of_other_headlines_under_its_heading_is_debris(heading: str) -> None:
    text = (
        "В Экибастузе открыли новый бассейн\n\n"
        "В Экибастузе открыли бассейн на 25 метров, сообщили в акимате города.\n\n"
        "Тренер Олжас Мукашев сказал, что секции начнут работу в январе.\n\n"
        "Бассейн будет работать без выходных.\n\n"
        f"{heading}\n"
        "Футбольный клуб сменил главного тренера перед сезоном\n"
        "Юные боксёры привезли три медали с турнира в Астане\n"
    )
    found = extract(text, REGISTRY)
    assert heading not in found.body and "Юные боксёры" not in found.body


def test_a_related_headline_closing_on_a_name_in_quotes_stays_in_the_list() -> None:
    text = (
        "В Павлодаре задержали угонщиков\n\n"
        "Полицейские Павлодара задержали двух подозреваемых в угоне автомобилей.\n\n"
        "Начальник отдела Серик Жумабеков сказал, что машины вернут владельцам.\n\n"
        "Расследование продолжается.\n\n"
        "Другие новости\n"
        "В Экибастузе прошла акция «Безопасная дорога»\n24.11.2026\n"
        "Инспекторы провели операцию «Трезвый водитель»\n23.11.2026\n"
    )
    found = extract(text, REGISTRY)
    assert "Трезвый водитель" not in found.body and "Расследование продолжается." in found.body


def test_a_run_of_short_footer_links_between_furniture_or_at_the_end_is_debris() -> None:
    text = (
        "Astana opens a second tram line\n\n"
        "The second tram line in Astana opened on Monday, the city's transport office said.\n\n"
        "Director Aigerim Sultanova said the trams would run every six minutes.\n\n"
        "Share this article\nSite map\nSport\nCulture\nWeather\nCookie settings\nAdvertise\nJobs\n"
    )
    found = extract(text, REGISTRY)
    assert all(word not in found.body for word in ("Culture", "Weather", "Jobs"))
    assert "every six minutes" in found.body


@pytest.mark.parametrize(
    "header, headline",
    [
        ("Semey Times\n", "Open Doors Day at Semey Medical University 10:00–14:00"),
        ("Shymkent City News\nYour city, your voice\nMetro\n", "Metro line two gets its first trains"),
        ("Kostanay Voice\nSport\n", "Sport school opens ice rink"),
        ("Pavlodar Today — news of Pavlodar region\nBreaking\n", "Bridge over the Irtysh closes for repairs"),
        ("Новости Атырау\nАтырау\n", "В Атырау открыли новую набережную"),
        ("Almaty Evening\nCulture\n", "Bake It Till You Make It\nA baker from Talgar turns a garage into a café"),
    ],
)
def test_a_news_sites_name_slogan_and_rubric_over_the_headline_are_not_the_title(header: str, headline: str) -> None:
    text = (
        f"{header}{headline}\nMarch 3, 2026\n\n"
        "The news came on Monday, the city office said, and residents welcomed it.\n\n"
        "Office head Daulet Ospanov said more was planned for the spring.\n"
    )
    assert extract(text, REGISTRY).title == headline.split("\n")[0]


@pytest.mark.parametrize(
    "handle, age", [("taraz.news_kz", "5 сағ."), ("@kostanay_zoo", "2h"), ("vk.com/kostanay_zoo", "кеше 18:40")]
)
def test_an_accounts_handle_name_and_age_over_a_post_are_not_the_title(handle: str, age: str) -> None:
    text = (
        f"{handle}\nҚостанай хайуанаттар бағы\n{age}\nБізде жаңа тұрғын — қар барысы! 🐾\n\n"
        "Хайуанаттар бағына Алматыдан екі жасар қар барысы әкелінді.\n\n"
        "Директор Болат Сейітов келушілерді сенбіде шақырды.\n"
    )
    assert extract(text, REGISTRY).title == "Бізде жаңа тұрғын — қар барысы! 🐾"


def test_a_long_row_of_numbered_places_is_read_without_catastrophic_backtracking() -> None:
    row = "1 a · " * 7 + "1 2 3 4 5 6 7 8 9 0 zz"
    text = f"Election results by district\n{row}\n\nThe commission published the results on Monday.\n"
    found = extract(text, REGISTRY)
    assert found.title == "Election results by district"
    assert "commission published" in found.body


@pytest.mark.parametrize(
    "sentence",
    ["Теперь пользователи Telegram могут подписаться.", "Many first-time voters used Telegram to sign up."],
)
def test_a_sentence_naming_a_network_and_a_subscribe_verb_stays(sentence: str) -> None:
    opening = "Voters turn to messaging apps\n\nThe commission opened the service on Monday."
    text = f"{opening}\n\n{sentence}\n\nIt will grow.\n"
    assert sentence in body_of(text)


@pytest.mark.parametrize("label", ["Спецпроект", "Партнерский материал", "Partner content"])
def test_a_special_project_label_marks_the_article_itself_not_an_ad(label: str) -> None:
    text = (
        f"{label}\n\nКак Казахстан строит дороги: итоги пяти лет\n\n"
        "Сколько километров отремонтировали и сколько еще предстоит\n\n"
        "За пять лет в Казахстане отремонтировали более 12 тысяч километров дорог, сообщили в министерстве.\n\n"
        "В следующем году планируется отремонтировать еще 2 тысячи километров.\n"
    )
    assert extract(text, REGISTRY).title == "Как Казахстан строит дороги: итоги пяти лет"


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Polling stations open 07:00–20:00 on Sunday", "The election commission said all stations were ready."),
        (
            "Сайлау учаскелері жексенбі күні 07:00–20:00 аралығында ашық",
            "Орталық сайлау комиссиясы сайлауға дайындық аяқталғанын хабарлады.",
        ),
    ],
)
def test_a_headline_giving_hours_is_no_opening_hours_line(headline: str, lead: str) -> None:
    text = f"{headline}\n\n{lead}\n\nThe count will start at 20:00.\n"
    assert extract(text, REGISTRY).title == headline


@pytest.mark.parametrize("counter", ["Open daily 10:00–18:00", "10 000 members"])
def test_a_headline_over_hours_or_followers_is_no_channel_name(counter: str) -> None:
    headline = "Central State Museum reopens after two-year renovation"
    lead = "The Central State Museum in Almaty reopened on Saturday after a two-year renovation, its director said."
    text = f"{headline}\n{counter}\n\n{lead}\n\nVisitors queued from early morning.\n"
    assert extract(text, REGISTRY).title == headline


def test_a_forecasts_temperatures_in_the_story_stay() -> None:
    text = (
        "Heatwave grips southern Kazakhstan\n\n"
        "Shymkent residents sought shade on Tuesday as the heatwave continued across the south.\n\n"
        "Forecast for Wednesday:\n\nShymkent +42°C\n\nTurkestan +44°C\n\nДнём до +30°C.\n\n"
        "Doctors advised residents to drink water and avoid going outside at midday.\n"
    )
    body = body_of(text)
    assert "Shymkent +42°C" in body and "Turkestan +44°C" in body and "Днём до +30°C." in body


def test_a_long_headline_over_its_standfirst_stays_the_title() -> None:
    text = (
        "A Quiet Revolution in the Cotton Fields\n\nHow women farmers in Turkestan are changing irrigation\n\n"
        "In Turkestan region, women farmers have started using drip irrigation to save water in summer.\n\n"
        "The project, backed by the regional akimat, now covers 300 hectares of cotton and vegetables.\n"
    )
    assert extract(text, REGISTRY).title == "A Quiet Revolution in the Cotton Fields"


def test_a_headline_repeated_in_the_tags_stays_the_title() -> None:
    text = (
        "Нацбанк снизил базовую ставку\n\nРешение принято на заседании комитета по денежно-кредитной политике\n\n"
        "Национальный банк Казахстана снизил базовую ставку до 14 процентов годовых.\n\n"
        "Следующее решение будет объявлено в июле.\n\nТеги: Нацбанк снизил базовую ставку до 14%, экономика\n"
    )
    assert extract(text, REGISTRY).title == "Нацбанк снизил базовую ставку"


@pytest.mark.parametrize("heading", ["О проекте", "О программе", "About the project", "Жоба туралы"])
def test_an_about_the_project_subheading_mid_story_keeps_the_rest(heading: str) -> None:
    text = (
        "В Павлодаре запустили проект по озеленению дворов\n\n"
        "Акимат Павлодара запустил проект по озеленению дворов, сообщили в пресс-службе.\n\n"
        f"Жители смогут сами выбрать деревья для своих дворов.\n\n{heading}\n\n"
        "Проект рассчитан на три года. В первый год высадят 5 тысяч деревьев.\n\n"
        "Финансирование выделено из местного бюджета.\n\nЖители уже подали более 200 заявок.\n"
    )
    body = body_of(text)
    assert "Финансирование выделено" in body and "более 200 заявок" in body


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ұлы ақын Абай Құнанбайұлы Семей өңірінде дүниеге келген.", "Абай Құнанбайұлы"),
        ("Бұл туралы мұражай директоры Асқар Жұмабекұлы Ақпарат агенттігіне айтты.", "Асқар Жұмабекұлы"),
    ],
)
def test_a_place_or_body_owning_the_next_noun_is_no_surname_after_a_patronymic(text: str, person: str) -> None:
    assert find_entities([text], REGISTRY, "kk").people == [person]


@pytest.mark.parametrize(
    ("heading", "line", "button"),
    [
        (
            "Who can apply",
            "Students from villages with fewer than 5,000 residents can apply until 1 August.",
            "Learn more",
        ),
        ("How to take part", "Runners can choose between 10 km, half and full distances.", "Register"),
    ],
)
def test_a_subheading_with_a_pointer_button_mid_story_is_no_box(heading: str, line: str, button: str) -> None:
    text = (
        "Ministry launches scholarship for rural students\n\n"
        "Astana, 5 May 2026 — The Ministry of Science launched a new scholarship on Tuesday.\n\n"
        f"{heading}\n{line}\n{button}\n\nThe ministry expects 2,000 applications this year.\n"
    )
    body = body_of(text)
    assert heading in body and line in body


@pytest.mark.parametrize("counter", ["5 000 likes, 3 000 comments", "Share | Reply"])
def test_a_counter_line_early_in_the_story_does_not_cut_off_the_rest(counter: str) -> None:
    sentences = [
        "A Facebook post by a teacher in Pavlodar about school fees has drawn thousands of reactions.",
        "By Tuesday evening the post had been shared widely.",
        counter,
        "Parents said the fees were too high.",
        "The akimat promised to check the school.",
        "The school's director said the fees paid for heating.",
        "A parents' meeting is planned for Friday.",
        "The regional education office will send an inspector.",
        "Teachers said they had not been consulted.",
        "The fees were introduced in September.",
    ]
    body = body_of("Post on school fees draws angry reactions\n\n" + "\n\n".join(sentences) + "\n")
    assert "Parents said the fees were too high." in body and "A parents' meeting is planned for Friday." in body


def test_a_headline_under_a_news_rubric_with_its_dated_byline_is_the_title() -> None:
    text = (
        "Wednesday, March 4, 2026 | 41°F Rain\n"
        "THE HARBORTON COURIER\n"
        "Home   Sports   Opinion   Sign In\n"
        "City News\n"
        "Council backs winter ferry timetable for Gull Island\n"
        "Posted Monday, March 2, 2026 9:30 am\n"
        "By LINDA MOSS Staff Writer\n"
        "A version of this article appeared in the March 3 print edition of the Courier.\n"
        "The ferry at its dock on Gull Island. (Courier photo by Sam Ortiz)\n"
        "HARBORTON — The town council on Monday backed a winter ferry timetable for Gull Island.\n\n"
        "The timetable adds two crossings a day from December to February.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Council backs winter ferry timetable for Gull Island"
    assert found.date is not None and found.date.isoformat().startswith("2026-03-02")
    assert "print edition" not in found.body and "backed a winter ferry timetable" in found.body


@pytest.mark.parametrize(
    ("call", "contact"),
    [
        ("Регистрация по телефону: +7 (7212) 11-22-33", "Тел.: +7 (7212) 11-22-34"),
        ("Register by phone: +7 727 555 0101", "Phone: +7 727 555 0102"),
        ("Телефон арқылы тіркелу: 8 (7182) 44-55-66", "Тел.: 8 (7182) 44-55-67"),
    ],
)
def test_a_call_to_book_by_phone_stays_while_the_footer_contact_goes(call: str, contact: str) -> None:
    text = (
        "Museum opens a winter drawing studio for teenagers\n\n"
        "Karaganda, 10 January 2026 — The regional museum opens a drawing studio for teenagers on Saturday.\n\n"
        "Classes are free; places are limited to twenty.\n\n"
        f"{call}\nShare\nAll announcements\n{contact}\n"
    )
    body = body_of(text)
    assert call in body and contact not in body


def test_rows_of_a_tabbed_table_at_the_storys_edges_are_kept() -> None:
    text = (
        "Water utility connects three districts to the new main\n\n"
        "Pavlodar, 3 February 2026 — The city water utility has connected three districts to the new main.\n"
        "District\tHouses\tPeople\n"
        "Northern\t320\t1 150\n"
        "Railway\t410\t1 480\n\n"
        "The work cost 2.1 billion tenge, the utility said.\n"
    )
    body = body_of(text)
    assert "District\tHouses\tPeople" in body and "Railway\t410\t1 480" in body


def test_an_episode_title_over_its_player_controls_is_the_title() -> None:
    text = (
        "Steppe Science Hour\n"
        "Conversations with researchers from across the region\n"
        "Shows   Team   Contact   Support us\n"
        "Series 2 · Show 7 · 38 min\n"
        "Show 7: Why are the saiga coming back?\n"
        "Listen now\n"
        "00:00 / 38:40\n"
        "1x   Speed   Save\n"
        "In this show we travel to the Betpak-Dala steppe to count saiga calves with a team of ecologists, "
        "and ask what changed?\n\n"
        "Our guest is the ecologist Dana Kurmanova, who has counted the herds for twelve years.\n"
    )
    assert extract(text, REGISTRY).title == "Show 7: Why are the saiga coming back?"


@pytest.mark.parametrize(
    ("office", "headline", "date"),
    [
        (
            "Press and information team of the Embassy in Tajikistan",
            "New water lab opens for Khatlon farmers with embassy support",
            "14.02.2026",
        ),
        (
            "Пресс-служба управления культуры области",
            "В Таразе откроют летний кинотеатр под открытым небом",
            "14.02.2026",
        ),
    ],
)
def test_a_press_office_named_over_a_dated_headline_is_not_the_title(office: str, headline: str, date: str) -> None:
    text = (
        "Home / Press / News\n"
        f"{office}\n{headline}\n{date}\n"
        "Dushanbe, 14 February 2026 — A new laboratory opened on Friday, the organisers said.\n\n"
        "It will test soil and water samples for farmers free of charge.\n"
    )
    assert extract(text, REGISTRY).title == headline


@pytest.mark.parametrize(
    ("name", "sign_in", "crumbs", "headline"),
    [
        (
            "Клуб рыболовов Павлодарской области",
            "Войти | Зарегистрироваться",
            "Форум › Снасти › Зимняя рыбалка",
            "Какую леску брать на судака по первому льду? (советы новичку)",
        ),
        (
            "Beekeepers of the Altai Club",
            "Sign in | Join",
            "Forum › Hives › Winter care",
            "How do you keep a hive warm at minus forty? (photos inside)",
        ),
    ],
)
def test_a_forums_name_over_its_crumbs_is_not_the_title(name: str, sign_in: str, crumbs: str, headline: str) -> None:
    text = f"{name}\n{sign_in}\n{crumbs}\n{headline}\nPage 1 of 2\nFirst post of the thread, written by a member.\n"
    assert extract(text, REGISTRY).title == headline


def test_a_forum_posts_stamp_dates_the_thread_not_the_members_sign_up() -> None:
    text = (
        "Сломался котёл в частном доме — кто чинил зимой?\n"
        "Тёплый_Дом\n"
        "Зарегистрирован: 05.05.2018\n"
        "Сообщение 15.01.2026, 10:05\n"
        "Добрый день. Вчера вечером котёл перестал греть воду, мастер приедет только через неделю.\n\n"
        "Подскажите, что можно проверить самому?\n"
    )
    found = extract(text, REGISTRY)
    assert found.date is not None and found.date.isoformat().startswith("2026-01-15")


@pytest.mark.parametrize(
    ("credit", "name", "lang"),
    [
        ("Беседовал Тимур Ахмедов", "Тимур Ахмедов", "ru"),
        ("Interviewed by Sara Lindqvist", "Sara Lindqvist", "en"),
        ("Сұхбаттасқан: Дәулет Сейітов", "Дәулет Сейітов", "kk"),
    ],
)
def test_the_interviewers_closing_credit_is_the_byline_not_a_person(credit: str, name: str, lang: str) -> None:
    text = (
        "Beekeeper from Ridder: the bees taught me patience\n\n"
        "Ridder, 9 June 2026 — Nurlan Abenov has kept bees in the Altai foothills for thirty years.\n\n"
        "— How did it start?\n\n"
        "— My grandfather gave me two hives when I was twelve.\n\n"
        f"{credit}\n"
    )
    found = extract(text, REGISTRY, lang)
    assert found.byline == name and name not in found.entities.people


def test_a_was_it_useful_question_in_the_short_form_is_debris() -> None:
    text = (
        "В Экибастузе откроют пункт приёма батареек\n\n"
        "Экибастуз, 2 марта 2026 — Городской отдел экологии откроет пункт приёма батареек в марте.\n\n"
        "Батарейки будут отправлять на переработку в Караганду.\n\n"
        "Был ли полезен этот текст?\n"
        "Да / Нет\n"
    )
    body = body_of(text)
    assert "полезен" not in body and "на переработку" in body


@pytest.mark.parametrize("row", ["AppGallery   RuStore", "Google Play | App Store", "App Store"])
def test_a_row_of_app_store_links_is_debris_while_a_sentence_naming_them_is_not(row: str) -> None:
    assert is_debris(row)
    assert not is_debris("Клиенты могут скачать новое приложение в App Store и Google Play с понедельника.")


@pytest.mark.parametrize("counter", ["Slide 4 of 9", "Снимок 5 из 12", "Бет 2 / 4"])
def test_a_gallery_or_thread_counter_is_debris(counter: str) -> None:
    text = (
        "Shepherds drive their flocks down from the Zhetysu pastures\n\n"
        "Taldykorgan, 20 September 2026 — Shepherds began driving their flocks down from the summer pastures.\n\n"
        f"{counter}\n\n"
        "The drive takes about a week, the shepherds said.\n"
    )
    body = body_of(text)
    assert counter not in body and "takes about a week" in body


@pytest.mark.parametrize("link", ["All episodes", "Full transcript", "Все выпуски", "Барлық шығарылымдар"])
def test_a_shows_episode_links_under_its_notes_are_debris(link: str) -> None:
    text = (
        "Show 9: Can the Aral Sea fishery come back?\n\n"
        "This week we talk to a fisherman from Aralsk about the return of the flounder.\n\n"
        "Our guest has fished the northern sea for twenty years.\n\n"
        f"{link}\n"
    )
    body = body_of(text)
    assert link not in body and "twenty years" in body


POST_STORY = (
    "Volunteers planted 300 poplars along the canal\n\n"
    "Kyzylorda, 3 October 2026 — Forty volunteers planted 300 poplars along the town's main canal on Saturday.\n\n"
    "The saplings came from the regional nursery, the organisers said.\n\n"
    "The next planting is set for April.\n"
)


@pytest.mark.parametrize(
    "thread",
    [
        "Likes 87\nComments 9\nDaniyar S.\nGreat work, see you in April\n3 Oct at 18:40 Reply",
        "Ұнайды 87\nПікірлер 9\nАйгүл Т.\nЖарайсыңдар!\n3 қаз 18:40 Жауап беру",
        "View all 9 comments\nmarat.runs So proud of our town!\n87 likes\nLog in to like or comment.",
        "Показать все 9 комментариев\nИрина Б.\nА где взять саженцы?",
    ],
)
def test_a_posts_counters_and_its_folded_comments_are_debris(thread: str) -> None:
    body = body_of(POST_STORY + thread + "\n")
    assert "set for April" in body
    for line in thread.splitlines():
        assert line not in body


@pytest.mark.parametrize(
    "lines",
    [
        "Likes 87 was the count the council's own page showed by evening.\nComments were closed within an hour.",
        "Comments 9 and 10 of the draft law drew the most objections.",
        "Shares of the company rose 4 per cent.\nViews differ on the plan.",
    ],
)
def test_counter_words_inside_sentences_stay(lines: str) -> None:
    body = body_of(POST_STORY + lines + "\n")
    for line in lines.splitlines():
        assert line in body


FORUM_POST = (
    "Beekeepers of East Kazakhstan forum\n"
    "Forum › Hives › Wintering\n"
    "How do you winter hives above 1,200 metres?\n\n"
    "{card}\n"
    "Posted 4 November 2026, 20:12\n"
    "Our apiary near Katon-Karagay lost four hives of twelve last winter.\n\n"
    "This year I wrapped the hives in felt and left more honey in each.\n\n"
    "What do you do at your altitude?\n"
    "{stamp}\n"
    "{signature}\n"
    "{buttons}\n"
    "{reply_name}\n"
    "5 November 2026, 07:40\n"
    "We move ours to the valley in October.\n"
)


@pytest.mark.parametrize(
    ("card", "stamp", "signature", "buttons", "reply_name"),
    [
        (
            "honey_marat\nSenior member\nJoined: 14.02.2020\nPosts: 612",
            "Last edited by honey_marat; 5 November 2026 at 09:02",
            "Bees first, honey second",
            "Quote   Reply   Report",
            "altai_bee",
        ),
        (
            "Марат_пасечник\nЗарегистрирован: 14.02.2020\nСообщения: 612\nРепутация: 35",
            "Последний раз редактировалось Марат_пасечник 05.11.2026, 09:02",
            "Пчёлы прежде всего",
            "Цитировать | Ответить | Пожаловаться",
            "Алтай_пчела",
        ),
    ],
)
def test_a_forums_member_card_edit_stamp_signature_buttons_and_replies_are_debris(
    card: str, stamp: str, signature: str, buttons: str, reply_name: str
) -> None:
    text = FORUM_POST.format(card=card, stamp=stamp, signature=signature, buttons=buttons, reply_name=reply_name)
    body = body_of(text)
    assert "lost four hives" in body and "What do you do at your altitude?" in body
    for line in [*card.splitlines(), stamp, signature, buttons, reply_name, "We move ours to the valley in October."]:
        assert line not in body


@pytest.mark.parametrize(
    "lines",
    [
        # an event's details, one field a line, are the story's
        "Registration: 1 December 2026\nVenue: the city library, hall 2\nPlaces: 60",
        "Регистрация: до 10.12.2026\nСтоимость: 5 000 тенге",
        # fields of a card's shape without a nick over them
        "Урожайность по району — 2,8 тонны\nРегистрация: 12.03.2019\nСообщений: 1 284",
        # a story's list of figures under a heading of two words
        "Первая неделя\nСообщений: 1 284\nРегистрация: 03.03.2026",
        # an edit mentioned in a sentence, with its date
        "Last edited by the ministry on 3 June 2026, the rules take effect in July.",
        "Последний раз редактировалось положение 3 июня 2026 года, оно вступит в силу в июле.",
        # a short line and a date line under a question: an interview's or a chronicle's
        "What changed?\nThe hives\n12 March 2026\nThe first swarm came out early.",
    ],
)
def test_a_storys_fields_edits_and_short_lines_stay(lines: str) -> None:
    text = (
        "Beekeepers meet in Ust-Kamenogorsk\n\n"
        "Ust-Kamenogorsk, 20 November 2026 — Beekeepers from six districts will meet at the city library.\n\n"
        f"{lines}\n\n"
        "The meeting is free, the organisers said.\n"
    )
    body = body_of(text)
    for line in lines.splitlines():
        if line != "12 March 2026":
            assert line in body


@pytest.mark.parametrize(
    "teaser",
    [
        "Watch: How herders track the spring thaw",
        "Смотрите: Как пастухи следят за весенним паводком",
        "Көріңіз: Көктемгі су тасқыны",
    ],
)
def test_a_teaser_to_a_video_is_debris(teaser: str) -> None:
    body = body_of(POST_STORY + teaser + "\n")
    assert teaser not in body and "set for April" in body


@pytest.mark.parametrize(
    "line",
    [
        "Watch: the water rose two metres in one night.",
        "Listen: the children sing it every morning, the teacher said.",
        "— Смотрите: мы всё сделали сами, без подрядчиков.",
        "Watch out for the new bus lanes on Abay Avenue",
    ],
)
def test_a_sentence_opening_with_watch_or_listen_stays(line: str) -> None:
    body = body_of(POST_STORY + line + "\n\nThe organisers thanked the volunteers.\n")
    assert line in body


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Other episodes", "Show 8: Why bread costs more in the north\nShow 7: The last shoemakers of Turkestan"),
        ("Вам может быть полезно", "Тариф «Дача»: 1 500 тенге в месяц\nКак перенести номер к нам"),
        ("Сізге қызықты болуы мүмкін", "«Жайлау» тарифі: айына 1 990 теңге\nНөмірді қалай сақтауға болады"),
    ],
)
def test_a_box_of_other_offers_or_episodes_is_debris(heading: str, items: str) -> None:
    body = body_of(POST_STORY + heading + "\n" + items + "\n")
    assert "set for April" in body
    for line in [heading, *items.splitlines()]:
        assert line not in body


@pytest.mark.parametrize(
    "call",
    [
        "Have a story from your village? Tell us and we may feature it next week.",
        "Есть вопрос к ведущим? Пишите нам, и мы ответим в следующем выпуске.",
        "Сұрағыңыз бар ма? Бізге жазыңыз, келесі шығарылымда жауап береміз.",
    ],
)
def test_a_call_to_write_in_is_debris(call: str) -> None:
    body = body_of(POST_STORY + call + "\n")
    assert call not in body and "set for April" in body


@pytest.mark.parametrize(
    "line",
    [
        "Have a question about your pension? The ministry's hotline answers seven days a week.",
        "— Есть вопросы? Пишите нам, — сказала директор школы.",
        "Got a question for the akim? Residents queued from 8 a.m. to ask theirs.",
    ],
)
def test_a_question_to_readers_inside_the_story_stays(line: str) -> None:
    body = body_of(POST_STORY + line + "\n\nThe organisers thanked the volunteers.\n")
    assert line in body


@pytest.mark.parametrize(
    ("stamp", "rubric"),
    [
        ("Dushanbe, 14/10/2026 - 09:30, Ref: EU-2026/118", "Statements"),
        ("Астана, 14.10.2026, рег. номер: 118-2026", "Пресс-релизы"),
    ],
)
def test_a_date_stamp_with_a_reference_number_and_a_plural_rubric_are_debris(stamp: str, rubric: str) -> None:
    text = (
        "Delegation to Tajikistan\n"
        "Customs officers complete a course on risk analysis\n"
        "14.10.2026\n"
        f"{stamp}\n"
        f"{rubric}\n"
        "Forty customs officers completed a course on risk analysis in Dushanbe this week.\n\n"
        "The course was funded by a regional programme.\n"
    )
    result = extract(text, REGISTRY)
    assert result.title == "Customs officers complete a course on risk analysis"
    assert stamp not in result.body and rubric not in result.body and "risk analysis in Dushanbe" in result.body


@pytest.mark.parametrize(
    "line",
    [
        "The permit, issued on 3 March 2026, carries the number ID: 4471.",
        "Events in Kulob on 12 October 2026 drew about 300 people, ref: the district report",
        "On 12.10.2026 the court registered the claim under reference: 2-118/2026 and set a hearing.",
    ],
)
def test_a_sentence_with_a_date_and_a_reference_stays(line: str) -> None:
    body = body_of(POST_STORY + line + "\n\nThe organisers thanked the volunteers.\n")
    assert line in body


@pytest.mark.parametrize(
    ("label", "sender"), [("Distributed by", "Kokshe Mining JSC"), ("Новость предоставлена", "ТОО «Береке Агро»")]
)
def test_a_release_sites_provider_label_and_the_sender_under_it_are_debris(label: str, sender: str) -> None:
    text = (
        "Release Wire Central Asia\n"
        "Kokshe Mining to Open a Training Centre in Kokshetau\n"
        f"{label}\n"
        f"{sender}\n"
        "Oct 5, 2026, 09:00 ALMT\n"
        "KOKSHETAU, Kazakhstan, Oct. 5, 2026 -- Kokshe Mining said it will open a training centre for 200 students.\n\n"
        "The centre will teach welding and machine repair.\n"
    )
    result = extract(text, REGISTRY)
    assert label not in result.body and sender not in result.body and result.subtitle != label
    assert "welding and machine repair" in result.body


def test_a_story_line_ending_with_provided_by_stays() -> None:
    lines = "The seedlings were provided by\nthe regional nursery, which grows 40 kinds of trees."
    body = body_of(POST_STORY + lines + "\n")
    assert "The seedlings were provided by" in body


@pytest.mark.parametrize(
    "licence",
    [
        "Steppe Credit JSC. Banking licence No. 4.1.17/205 of 12.05.2021.",
        "ТОО «МикроКредит Сарыарка». Лицензия № 02.21.0045.М от 03.02.2021",
        "Қазақстан Нацбанкінің лицензиясы № 1.2.45/12",
    ],
)
def test_a_companys_licence_footer_is_debris(licence: str) -> None:
    text = POST_STORY + licence + "\nDownload the app\n"
    body = body_of(text)
    assert licence not in body and "set for April" in body


@pytest.mark.parametrize(
    "line",
    [
        "Лицензия № 5 на добычу выдана компании в 2020 году.",
        "The regulator withdrew licence No. 4.1.17/205 on Friday, the bank said.",
        "The firm lost its licence.",
        "Клинике выдана лицензия № 0012345.",
        "It holds licence No. 4471.",
    ],
)
def test_a_sentence_about_a_licence_stays(line: str) -> None:
    body = body_of(POST_STORY + line + "\n\nThe organisers thanked the volunteers.\n")
    assert line in body


@pytest.mark.parametrize(
    ("site", "title", "fields", "lead"),
    [
        (
            "City Library\nAnnouncements",
            "An evening of Abai poetry",
            "Date: 4 December 2026\nTime: 18:00\nVenue: reading hall, 2nd floor",
            "The library invites readers to an evening of poetry.\n\nEntry is free.",
        ),
        (
            "Городская библиотека\nАнонсы",
            "Вечер поэзии Абая в читальном зале",
            "Дата: 4 декабря 2026\nМесто: читальный зал\nВход: свободный",
            "Библиотека приглашает читателей на вечер поэзии Абая.\n\nБудут читать стихи и петь песни.",
        ),
        (
            "Қалалық кітапхана\nХабарландырулар",
            "Кітапханада Абай поэзиясы кеші өтеді",
            "Өтетін күні: 4 желтоқсан 2026\nУақыты: 18:00\nӨтетін орны: оқу залы",
            "Кітапхана оқырмандарды Абай поэзиясы кешіне шақырады.\n\nКешке кіру тегін.",
        ),
    ],
)
def test_an_events_date_among_its_fields_is_body_and_no_publication_date(
    site: str, title: str, fields: str, lead: str
) -> None:
    text = f"{site}\n{title}\n{fields}\n{lead}\n"
    result = extract(text, REGISTRY)
    assert result.title == title and result.date is None and result.subtitle is None
    for line in fields.splitlines():
        assert line in result.body


@pytest.mark.parametrize(
    "stamp", ["Date: 12.11.2026\nTime: 10:15", "Дата: 12.11.2026\nВремя: 10:15", "Published: 12 November 2026"]
)
def test_a_publication_stamp_without_a_place_still_dates_the_page(stamp: str) -> None:
    text = (
        "Akimat of Kostanay\nNew trolleybus route opens on Baimagambetov Street\n"
        f"{stamp}\nA new trolleybus route opened in Kostanay on Thursday.\n\nIt links the station to the university.\n"
    )
    assert extract(text, REGISTRY).date is not None
    assert str(extract(text, REGISTRY).date) == "2026-11-12"


@pytest.mark.parametrize(
    ("site", "headline", "date"),
    [
        ("City Library", "Readers meet the author of a new novel about Semey", "Date: 12 November 2026"),
        ("Аудандық мұражай", "Мұражайда ұлттық киімдер көрмесі ашылды", "Күні: 12 қараша 2026"),
        ("Районная библиотека", "В библиотеке прошла встреча с автором нового романа", "12.11.2026"),
    ],
)
def test_a_short_name_right_over_a_dated_headline_is_no_title(site: str, headline: str, date: str) -> None:
    lead = "The meeting drew about sixty readers, the organisers said.\n\nIt lasted two hours.\n"
    text = f"{site}\n{headline}\n{date}\n{lead}"
    result = extract(text, REGISTRY)
    assert result.title == headline and str(result.date) == "2026-11-12"


def test_a_short_headline_over_a_standfirst_with_a_stop_stays_the_title() -> None:
    text = (
        "Flood warning\n"
        "Rivers in the east are rising after three days of rain.\n"
        "12 March 2026\n"
        "The emergencies department warned residents of five villages on Thursday.\n\nSandbags were handed out.\n"
    )
    assert extract(text, REGISTRY).title == "Flood warning"


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        ("Театр покажет премьеру", "Спектакль по пьесе Ауэзова выйдет в декабре"),
        ("Библиотека получила 500 новых книг", "Фонд пополнился изданиями на казахском языке"),
        ("Against the current", "Kayakers race down the Ili river for the first time in a decade"),
    ],
)
def test_a_short_headline_over_its_standfirst_and_date_stays_the_title(headline: str, standfirst: str) -> None:
    text = f"{headline}\n{standfirst}\n12.11.2026\nThe news came on Thursday, officials said.\n\nMore follows.\n"
    assert extract(text, REGISTRY).title == headline


@pytest.mark.parametrize(
    ("heading", "items", "foot"),
    [
        (
            "Most read",
            "New bridge planned for Astana\nWhen will pensions rise?",
            "© 2026 Steppe Wire. Quote us with a link.",
        ),
        (
            "Көп оқылғандар",
            "Павлодарда жаңа саябақ ашылады\nЖылу маусымы қашан басталады?",
            "© 2026 Ертіс Ақпарат. Материалды пайдаланғанда сілтеме қажет.",
        ),
    ],
)
def test_a_question_closing_a_list_of_other_stories_is_debris(heading: str, items: str, foot: str) -> None:
    body = body_of(POST_STORY + "Tags: trees, Kyzylorda\n" + heading + "\n" + items + "\n" + foot + "\n")
    assert "set for April" in body
    for line in [heading, *items.splitlines()]:
        assert line not in body


def test_a_question_under_a_list_with_the_story_going_on_stays() -> None:
    text = (
        POST_STORY + "See also\nNew bridge planned for Astana\nWhen will pensions rise?\nThe ministry says January.\n"
    )
    body = body_of(text)
    assert "When will pensions rise?" in body and "The ministry says January." in body


@pytest.mark.parametrize(
    ("alt", "heading"),
    [
        ("Golden eagle sits on the glove of its hunter at dawn", "Most read"),
        ("Сайгаки идут по степи под Иргизом ранним утром", "Популярное"),
    ],
)
def test_an_alt_text_right_over_a_list_of_other_stories_is_debris(alt: str, heading: str) -> None:
    text = POST_STORY + alt + "\n" + heading + "\nNew bridge planned for Astana\nTrams return to Almaty\n"
    body = body_of(text)
    assert alt not in body and "set for April" in body


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers stand ready to help again next spring, the organisers said.",
        "The volunteers sit down with the akim next week",
    ],
)
def test_a_closing_line_not_over_a_list_stays(line: str) -> None:
    body = body_of(POST_STORY + line + "\n")
    assert line in body


@pytest.mark.parametrize(
    ("sender", "subject_field", "signature"),
    [
        (
            "From: Press office of the Steppe Water Fund <press@steppewater.example>",
            "Subject",
            "Press office of the Steppe Water Fund",
        ),
        ("От: Пресс-служба фонда «Чистая вода» <press@water.example>", "Тема", "пресс-служба фонда «Чистая вода»"),
    ],
)
def test_a_forwarded_releases_sender_repeated_in_its_signature_is_no_title(
    sender: str, subject_field: str, signature: str
) -> None:
    headline = "Forty wells repaired in villages of the Aral district"
    text = (
        f"---------- Forwarded message ---------\n{sender}\nDate: Mon, 16 Nov 2026 at 11:02\n"
        f"{subject_field}: {headline}\n\nGood afternoon, please find our release below.\n\n{headline}\n\n"
        "Aralsk, 16 November 2026 — The fund has repaired forty wells in villages of the Aral district.\n\n"
        "Each well now gives clean water all year.\n\n--\nBest regards,\n"
        f"{signature}\n"
    )
    result = extract(text, REGISTRY)
    assert result.title == headline and "forty wells in villages" in result.body


LIVE_BLOG = (
    "Steppe Daily\nLIVE\nFlood live: Ishim rises past the danger mark in Petropavl\nUpdated 19:20, 4 April 2026\n"
    "{heading}\n3h ago  Dam in Sergeyevka holds\n6h ago  Schools closed in two districts\n{button}\n\n"
    "19:20\nDam in Sergeyevka holds\n"
    "Engineers say the dam above Sergeyevka is holding and the water has stopped rising.\n\n"
    "16:05\nSchools closed in two districts\n"
    "Schools in Kyzylzhar and Mamlyut districts will stay shut until Monday, the akimat said.\n\n"
    "Most viewed\nTenge steadies after central bank holds rate\n"
)


@pytest.mark.parametrize(
    ("heading", "button"),
    [("Key events", "Show key events only"), ("Ключевые события", "Показать только ключевые события")],
)
def test_a_live_blogs_entry_times_are_body_and_its_key_events_box_is_debris(heading: str, button: str) -> None:
    body = body_of(LIVE_BLOG.format(heading=heading, button=button))
    for line in ["19:20", "Dam in Sergeyevka holds", "16:05", "Schools closed in two districts"]:
        assert line in body.splitlines()
    for line in [heading, "3h ago  Dam in Sergeyevka holds", button, "Tenge steadies after central bank holds rate"]:
        assert line not in body


def test_times_over_other_stories_headlines_are_still_a_list_and_a_video_length_is_no_entry() -> None:
    text = (
        "Mudflow drill held above Almaty\n\n02:35\n\n"
        "Almaty, 2 October 2026 — Rescuers held a mudflow drill in the Medeu gorge on Friday morning.\n\n"
        "About forty volunteers took part, the department said.\n"
        "Latest news\n10:42\nTrams return to Abay Avenue\n09:15\nNew bridge planned for Astana\n"
    )
    body = body_of(text)
    assert "02:35" not in body and "Trams return to Abay Avenue" not in body and "10:42" not in body


@pytest.mark.parametrize(
    "headline",
    ["How Our Rural Clinic Learned To Share One Doctor", "Why The Regional Museum Closed Its Old Wing For Good"],
)
def test_a_title_case_headline_naming_a_body_before_its_verb_is_the_title(headline: str) -> None:
    text = (
        f"Open in app\nSign in\n{headline}\nWhat two years of shortages taught a village in the Zhambyl region\n"
        "Aruzhan Temirova\n6 min read\nNov 3, 2026\n\n"
        "In 2024 the village had one doctor for three clinics and a bus that ran twice a week.\n\n"
        "This is what changed after that.\n"
    )
    assert extract(text, REGISTRY).title == headline


@pytest.mark.parametrize("name", ["Ministry of Foreign Affairs", "Kordai District School"])
def test_a_title_case_bodys_name_over_its_headline_is_still_a_label(name: str) -> None:
    text = (
        f"{name}\n\nTeachers from five villages complete a digital skills course\n\n"
        "Kordai, 3 November 2026 — Teachers from five villages completed a digital skills course on Friday.\n\n"
        "The course lasted three weeks.\n"
    )
    assert extract(text, REGISTRY).title == "Teachers from five villages complete a digital skills course"


@pytest.mark.parametrize(
    "button", ["Open in app", "Sign in", "Log in", "Открыть в приложении", "Войти", "Қосымшада ашу"]
)
def test_an_app_or_login_button_alone_is_debris(button: str) -> None:
    assert is_debris(button)
    assert not is_debris(f"{button} to the new portal, the ministry told residents on Monday.")


@pytest.mark.parametrize(
    ("site", "print_label", "buttons"),
    [
        ("Irtysh Weekly — irtyshweekly.example", "Printer-friendly version", "Print | Close window"),
        ("Газета «Северный вестник» — sevvestnik.example", "Версия для печати", "Распечатать | Закрыть окно"),
    ],
)
def test_a_printed_pages_site_address_print_label_and_buttons_are_debris(
    site: str, print_label: str, buttons: str
) -> None:
    headline = "How to apply for a heating allowance this winter"
    text = (
        f"{site}\n{print_label}\n{headline}\nPublished: 26.11.2026 10:30\n\n"
        "Readers have asked us how the heating allowance works, so we asked the employment office.\n\n"
        f"Families spending more than a tenth of their income on utilities may apply.\n{buttons}\n"
    )
    result = extract(text, REGISTRY)
    assert result.title == headline and buttons not in result.body and print_label not in result.body


def test_a_table_row_and_a_dash_in_a_sentence_stay() -> None:
    lines = "Документы\t219\t198\nПечать\t12\t10\nResults — see the regional office's site at akimat.example"
    text = POST_STORY + lines + "\n\nThe organisers thanked the volunteers.\n"
    body = body_of(text)
    assert "Документы\t219\t198" in body and "akimat.example" in body


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("3 October 2026 Peace and Security", "2026-10-03"),
        ("3 October 2026  |  Press release  |  Dushanbe  |  Reading time: 2 min", "2026-10-03"),
        ("October 3, 20269:15 AM GMT+5Updated 5 hours ago", "2026-10-03"),
        ("3 октября 2026 Общество", "2026-10-03"),
    ],
)
def test_a_date_stamp_with_a_rubric_labels_or_glued_time_dates_the_page(stamp: str, expected: str) -> None:
    text = (
        "Skip to main content\nRegional News\nTeachers from five villages complete a digital skills course\n"
        f"{stamp}\nTeachers from five villages completed a digital skills course in Dushanbe this week.\n\n"
        "The course lasted three weeks.\n"
    )
    result = extract(text, REGISTRY)
    assert str(result.date) == expected and stamp not in result.body


@pytest.mark.parametrize(
    "line",
    [
        "3 October 2026 marked the first day of the new school year in the mountain villages.",
        "3 October 2026 Teachers Return to Mountain Schools After Long Summer Closure Period",
        "On 3 October 2026 the Council met again.",
    ],
)
def test_a_sentence_or_long_line_opening_with_a_date_stays(line: str) -> None:
    body = body_of(POST_STORY + line + "\n\nThe organisers thanked the volunteers.\n")
    assert line in body


@pytest.mark.parametrize(
    "footer",
    [
        "Liked this article? Follow the channel and clap\n212\nComments 7\nNewest first\n"
        "Aidos T.\n1 day ago\nWhere was this?",
        "Понравился материал? Ставьте лайк и подписывайтесь\n2,4 тыс. дочитали\nКомментарии 7\nСначала новые\n"
        "Айдос Т.\nГде это снято?",
        "Мақала ұнады ма? Лайк басыңыз\nПікірлер 7\nАлдымен жаңалары\nАйдос Т.\nБұл қай жер?",
    ],
)
def test_a_blog_platforms_footer_counters_sorting_and_comments_are_debris(footer: str) -> None:
    body = body_of(POST_STORY + footer + "\n")
    assert "set for April" in body
    for line in footer.splitlines():
        assert line not in body


@pytest.mark.parametrize("line", ["4–5 минут", "6 min", "Толық нұсқа", "Full version of the site", "AMP", "--"])
def test_reading_times_version_links_and_a_double_dash_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Through the pass it takes 40 minutes.",
        "---",
        "Comments 24 and 25 of the draft law were dropped.",
        "5 минут — и готово.",
    ],
)
def test_lines_near_those_shapes_stay(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    ("heading", "headline"),
    [
        ("Other news", "Archers win two medals in Tashkent"),
        ("Басқа жаңалықтар", "Шымкентте жастар кубогы өтті: нәтижелер"),
    ],
)
def test_one_other_headline_over_the_copyright_line_is_a_list(heading: str, headline: str) -> None:
    text = POST_STORY + f"{heading}\n{headline}\n© 2026 Steppe Archery Federation. Quote us with a link.\n"
    body = body_of(text)
    assert heading not in body and headline not in body and "set for April" in body


@pytest.mark.parametrize(
    "address",
    ["Steppe Water Fund, 8 Kenesary Street, Astana 010000", "Фонд «Чистая вода», ул. Абая, 15, Алматы 050000"],
)
def test_an_organisations_address_among_the_last_lines_is_debris(address: str) -> None:
    text = POST_STORY + f"Share this page\n{address}\n+7 7172 00 00 00  |  info@fund.example\n"
    body = body_of(text)
    assert address not in body and "set for April" in body


@pytest.mark.parametrize(
    "line",
    [
        "The new centre at 14 Abay Avenue opens on Monday.",
        "Volunteers met at the square, near house 12",
        "Residents of 5 Kenesary Street, Astana, were moved",
    ],
)
def test_an_address_inside_the_story_stays(line: str) -> None:
    text = (
        POST_STORY
        + line
        + "\n\nThe organisers thanked the volunteers, who came from six districts.\n\nMore follows soon.\n"
    )
    assert line in body_of(text)


def test_topic_labels_under_a_pictures_caption_are_debris() -> None:
    text = (
        POST_STORY + "Volunteers carry saplings to the canal bank. © Green Steppe 2026/Aidos Nurlan\n\n"
        "Climate Action\nWater Resources\nShare this page\n© Green Steppe 2026\n"
    )
    body = body_of(text)
    assert "Climate Action" not in body and "Water Resources" not in body and "set for April" in body


@pytest.mark.parametrize(
    ("followers", "bio", "button"),
    [
        ("1.2K Followers", "Nurse in Taraz. Notes on rural clinics.", "Follow"),
        ("312 подписчиков", "Учительница из Кордая, пишу о сельских школах", "Подписаться"),
    ],
)
def test_an_authors_bio_between_followers_and_the_follow_button_is_debris(
    followers: str, bio: str, button: str
) -> None:
    text = POST_STORY + f"Written by Aigerim Sadykova\n{followers}\n{bio}\n{button}\nMore from Aigerim Sadykova\n"
    body = body_of(text)
    assert bio not in body and "set for April" in body


def test_a_line_under_a_follower_figure_in_the_story_stays() -> None:
    text = POST_STORY + "The page now has 1,200 followers.\nMost of them live in the district, the volunteers say.\n"
    assert "Most of them live in the district, the volunteers say." in body_of(text)


@pytest.mark.parametrize(
    ("name", "about"),
    [
        ("Embassy of Spain in Astana", "Aral Research Institute is an independent research centre based in Aralsk."),
        ("Павлодарский университет, Павлодар", "Фонд «Ертіс» — независимый фонд, основанный в 2015 году."),
    ],
)
def test_the_publishers_name_and_description_in_the_footer_are_debris(name: str, about: str) -> None:
    text = POST_STORY + f"Share:\nFacebook\nTelegram\n\n{name}\nPrivacy | Accessibility | Cookies\nSubscribe\n{about}\n"
    body = body_of(text)
    assert name not in body and about not in body and "set for April" in body


def test_a_closing_sentence_describing_an_organisation_after_a_teaser_stays() -> None:
    about = "The Aral Research Institute is an independent centre that has counted fish in the sea since 2005."
    text = POST_STORY + f"Read also: Fishers return to Aralsk\n{about}\n"
    assert about in body_of(text)


@pytest.mark.parametrize(
    ("site", "rubric", "headline"),
    [
        ("Қостанай жаңалықтары", "Мәдениет", "Арқалық хоры байқауда жеңді"),
        ("Новости Костаная", "Культура", "Хор из Аркалыка победил"),
    ],
)
def test_a_cyrillic_site_name_over_a_rubric_and_a_short_headline_is_no_title(
    site: str, rubric: str, headline: str
) -> None:
    lead = "Хор республикалық байқауда бірінші орын алды.\n\nХор 1986 жылы құрылған.\n"
    text = f"{site}\n{rubric}\n{headline}\n28.11.2026 | 👁 340\n{lead}"
    assert extract(text, REGISTRY).title == headline


def test_a_cyrillic_headline_ending_in_a_site_word_stays_the_title() -> None:
    text = (
        "Жители Аркалыка обсудили новости\nВстреча прошла в доме культуры в пятницу вечером.\n\nПришли сто человек.\n"
    )
    assert extract(text, REGISTRY).title == "Жители Аркалыка обсудили новости"


def test_a_ministrys_name_and_rubric_over_a_dated_headline_in_one_block_are_no_title() -> None:
    text = (
        "Ministry of Energy of the Republic of Kazakhstan\nNews\nWind farm near Yereymentau reaches full capacity\n"
        "Date of publication: 28.11.2026 10:15\n"
        "The wind farm near Yereymentau reached its full capacity, the ministry said.\n\n"
        "It has 60 turbines.\n"
    )
    assert extract(text, REGISTRY).title == "Wind farm near Yereymentau reaches full capacity"


def test_a_title_case_headline_opening_with_a_body_and_a_verb_stays_the_title() -> None:
    text = (
        "Embassy Hosts Nauryz Reception for Diplomats\n"
        "Guests from twenty countries attended the celebration in Astana\n"
        "12 March 2026\nThe embassy hosted a Nauryz reception on Thursday.\n\nGuests tasted kozhe.\n"
    )
    assert extract(text, REGISTRY).title == "Embassy Hosts Nauryz Reception for Diplomats"


def test_comments_right_under_a_list_of_other_stories_are_debris() -> None:
    footer = (
        "Send to a friend\nYou may also like\nNew bike lane opens in Atyrau\nFishers count a good season\n"
        "Comments (2)\nDinara K.\nLovely to see this!\nReply · 2d\nYerlan S.\nWhen is the next one?\nReply · 1d\n"
    )
    body = body_of(POST_STORY + footer)
    assert "set for April" in body
    for line in footer.splitlines():
        assert line not in body


@pytest.mark.parametrize(
    ("prompt", "closing"),
    [
        (
            "Read also:\nSteppe Mining cuts its forecast\n",
            "Kazakhstan is the world's largest producer of uranium, supplying about 40% of global output.",
        ),
        (
            "Читайте также:\nВ Павлодаре закрыли старый мост\n",
            "Фонд «Ертіс-Инвест» — главный инвестор проекта, он вложил в мост 12 млрд тенге.",
        ),
    ],
)
def test_a_closing_statement_under_a_teaser_stays_the_story(prompt: str, closing: str) -> None:
    text = (
        "Output rises at Steppe Mining\n\n12 March 2026\n\n"
        "Steppe Mining said on Thursday that its output rose by 9% as new wells came online.\n\n"
        f"The company plans to raise output again this year.\n\n{prompt}\n{closing}\n"
    )
    assert closing in body_of(text)


def test_a_list_of_addresses_closing_the_story_stays() -> None:
    items = [
        "Polyclinic No. 5, 12 Satpayev Street",
        "Polyclinic No. 7, 40 Abai Avenue",
        "City Hospital No. 2, 3 Kenesary Street",
    ]
    text = (
        "Free flu jabs start in Astana clinics\n\n12 March 2026\n\n"
        "Free flu vaccinations begin on Monday in Astana, the city health department said.\n\n"
        "Vaccination points:\n\n" + "\n\n".join(items) + "\n"
    )
    body = body_of(text)
    for item in items:
        assert item in body


def test_counters_listed_under_a_heading_stay_with_the_story_after_them() -> None:
    text = (
        "Блогер из Шымкента стал самым популярным\n\n12 марта 2026\n\n"
        "Шымкентский блогер Ерлан Досов возглавил рейтинг авторов страны. За год его канал набрал:\n\n"
        "1,2 млн просмотров\n\n340 тыс. лайков\n\n"
        "Сам блогер говорит, что не ожидал такого успеха и продолжит снимать видео.\n"
    )
    body = body_of(text)
    for line in ("1,2 млн просмотров", "340 тыс. лайков", "не ожидал такого успеха"):
        assert line in body


def test_a_chronology_of_dated_events_stays_in_the_story() -> None:
    dates = ["16 December 1991 Independence Day", "21 December 1991 Alma-Ata Protocol", "2 March 1992 United Nations"]
    text = (
        "How Kazakhstan became independent\n\n12 March 2026\n\n"
        "Thirty-five years ago Kazakhstan declared its independence. Here are the key dates.\n\n"
        + "\n\n".join(dates)
        + "\n\nHistorians say the choice of December was no accident.\n"
    )
    found = extract(text, REGISTRY)
    body = "\n".join(found.paragraphs)
    assert found.subtitle is None
    for line in [*dates, "Here are the key dates."]:
        assert line in body


@pytest.mark.parametrize(
    "line",
    [
        "Got a tip about the robbery? Contact us on 102, the city police said in a statement.",
        "Есть видео аварии? Присылайте его в полицию по номеру 102, сообщили в ведомстве.",
    ],
)
def test_a_readers_call_quoted_in_the_story_stays(line: str) -> None:
    assert line in body_of(POST_STORY + line + "\n\nNo one was hurt, the shop's owner said.\n")


def test_a_headline_ending_in_a_figure_with_a_point_is_no_site_address() -> None:
    text = (
        "Курс доллара на бирже — 512.40\n\n12 марта 2026\n\n"
        "Курс доллара на утренней сессии биржи вырос на 1,3 тенге и составил 512,40 тенге.\n\n"
        "Аналитики связывают рост с падением цен на нефть.\n"
    )
    assert extract(text, REGISTRY).title == "Курс доллара на бирже — 512.40"


def test_a_date_and_place_under_the_title_alone_date_the_page() -> None:
    text = (
        "Akimat opens new sports centre in Kokshetau\n\nDate: 12 March 2026\nPlace: Kokshetau\n\n"
        "A new sports centre with a swimming pool opened in Kokshetau on Thursday, the akimat said.\n\n"
        "The centre will be free for schoolchildren on weekdays.\n"
    )
    assert str(extract(text, REGISTRY).date) == "2026-03-12"


def test_a_long_live_blog_keeps_every_entry_and_the_next_page_counts_its_own() -> None:
    entries = "".join(
        f"{10 + n // 60}:{n % 60:02d}\nUpdate number {n} on the Ishim flood\n"
        f"Engineers say the water near Petropavl rose by {n} centimetres during the last hour.\n\n"
        for n in range(200)
    )
    body = body_of("Flood live: Ishim rises in Petropavl\n\n4 April 2026\n\n" + entries).splitlines()
    assert all(f"{10 + n // 60}:{n % 60:02d}" in body for n in range(200))
    test_times_over_other_stories_headlines_are_still_a_list_and_a_video_length_is_no_entry()


def test_a_long_run_of_counters_cut_short_is_read_and_is_no_post_counter() -> None:
    line = "1 likes " * 24 + "12345 li"  # one letter short of a counter at the end
    assert len(line) == 200
    assert not is_debris(line)
    assert is_debris(("12 likes · " * 18) + "3 comments")
