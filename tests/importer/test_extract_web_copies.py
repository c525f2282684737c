"""Shapes of copied web pages that cost a title, body lines or a date (a copy starting mid-word in the
menu, a topic pair over the headline, a cookie banner at the top, an inline ``Read more`` box, a date
beside the page's view counter), each checked on invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def test_a_copy_starting_mid_word_in_the_menu_is_no_title() -> None:
    text = (
        "мика   Политика   Здоровье   Спорт   Афиша\n"
        "Здоровье\n"
        "12.03.2026 09:40\n"
        "В Таразе открылась детская поликлиника на 300 посещений\n"
        "В Таразе в понедельник открылась новая детская поликлиника, рассчитанная на 300 посещений в смену.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "В Таразе открылась детская поликлиника на 300 посещений"
    assert "Афиша" not in found.body


def test_a_lowercase_row_in_a_story_stays() -> None:
    text = (
        "Village choir sings at the regional festival\n"
        "The choir of Koktal sang three songs at the festival in Taldykorgan on Sunday.\n"
        "тоже   Может   Каждый   Хочет\n"
        "The words above were the choir's motto, written on its banner.\n"
    )
    assert "тоже   Может   Каждый   Хочет" in extract(text, REGISTRY).body


def test_a_headline_opening_with_a_named_fund_is_the_title() -> None:
    text = (
        "Образование\n"
        "14.02.2026 10:15\n"
        "Фонд «Жасыл дала» высадит 20 тысяч деревьев вдоль трассы\n"
        "Первые саженцы появятся у обочин уже в апреле, говорят в фонде\n"
        "Фото: пресс-служба фонда\n"
        "Волонтёры на субботнике у трассы\n"
        "Благотворительный фонд «Жасыл дала» объявил о программе озеленения трассы Астана – Щучинск.\n"
    )
    assert extract(text, REGISTRY).title == "Фонд «Жасыл дала» высадит 20 тысяч деревьев вдоль трассы"


def test_a_fund_named_in_quotes_over_a_headline_is_no_title() -> None:
    text = (
        "Фонд «Жасыл дала»\n"
        "Волонтёры высадили 300 деревьев вдоль трассы\n"
        "14 февраля 2026\n"
        "В субботу волонтёры фонда высадили 300 саженцев вдоль трассы Астана – Щучинск.\n"
    )
    assert extract(text, REGISTRY).title == "Волонтёры высадили 300 деревьев вдоль трассы"


def test_a_topic_pair_over_a_dated_headline_is_no_title() -> None:
    text = (
        "Главная\n"
        "Темы\n"
        "Регионы\n"
        "Вода и сельское хозяйство\n"
        "4 марта 2026\n"
        "Фермеры Кызылординской области переходят на капельное орошение риса\n"
        "В Кызылординской области этой весной 120 хозяйств перейдут на капельное орошение, сообщили в акимате.\n"
    )
    assert extract(text, REGISTRY).title == "Фермеры Кызылординской области переходят на капельное орошение риса"


def test_a_section_pair_in_sentence_case_is_no_title() -> None:
    text = (
        "Skip to main content\n"
        "About\n"
        "Countries\n"
        "Newsroom\n"
        "Events and public statements\n"
        "Ombudsman office opens a legal aid desk in Karakol\n"
        "KARAKOL, 3 March 2026\n"
        "The regional ombudsman office opened a free legal aid desk in Karakol on Tuesday.\n"
    )
    assert extract(text, REGISTRY).title == "Ombudsman office opens a legal aid desk in Karakol"


def test_a_short_headline_pairing_two_words_stays_the_title() -> None:
    text = (
        "Culture\n"
        "Bread and salt\n"
        "How a village bakery in Talgar feeds three schools every morning before dawn\n"
        "The bakery on Abai Street starts work at three in the morning, six days a week.\n"
    )
    assert extract(text, REGISTRY).title == "Bread and salt"


def test_a_cookie_banner_at_the_top_is_no_title() -> None:
    text = (
        "Cookies on the Steppe Council site\n"
        "We use a few cookies to remember your settings and to count visits.\n"
        "Accept all cookies   Reject optional cookies   Cookie settings\n"
        "Steppe Council\n"
        "Council opens applications for rural reading grants\n"
        "12 May 2026\n"
        "The Steppe Council opened applications on Tuesday for small grants to rural reading rooms.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Council opens applications for rural reading grants"
    assert "cookies" not in found.body


def test_a_russian_cookie_banner_at_the_top_is_no_title() -> None:
    text = (
        "Файлы cookie на сайте\n"
        "Сайт хранит файлы cookie, чтобы запоминать ваши настройки.\n"
        "Принять   Отклонить   Настроить cookie\n"
        "В Семее отремонтируют мост через Иртыш\n"
        "12 мая 2026\n"
        "Ремонт старого моста через Иртыш в Семее начнётся в июне и займёт два года.\n"
    )
    assert extract(text, REGISTRY).title == "В Семее отремонтируют мост через Иртыш"


@pytest.mark.parametrize(
    ("headline", "tags", "lead"),
    [
        (
            "EU regulators fine a search company over tracking cookies",
            "Search   EU   Cookies   Privacy",
            "BRUSSELS – European regulators fined the company on Monday for making tracking cookies hard to refuse.",
        ),
        (
            "Almaty bakery's cookies win a national prize",
            "Cookies   Bakery   Almaty   Food",
            "ALMATY – A family bakery in Almaty has won a national prize for its oatmeal cookies, the jury said.",
        ),
    ],
)
def test_a_headline_about_cookies_over_its_tags_stays_the_title(headline: str, tags: str, lead: str) -> None:
    """A row of tags naming cookies is no banner's buttons (review10 #5): the headline stays, the lead too."""
    found = extract(f"{headline}\n{tags}\n4 May 2026\n{lead}\nThe company said it would appeal.\n", REGISTRY)
    assert found.title == headline
    assert lead in found.body


def test_a_headline_about_cookies_stays_the_title() -> None:
    text = (
        "Regulator fines shops over cookies on their websites\n"
        "12 May 2026\n"
        "Accept   Reject   Learn more\n"
        "The competition agency fined four online shops for setting tracking cookies without consent.\n"
    )
    assert extract(text, REGISTRY).title == "Regulator fines shops over cookies on their websites"


def test_the_story_resumes_after_an_inline_read_more_box() -> None:
    text = (
        "Caspian ferry line adds a second ship for the winter\n"
        "AKTAU, March 3 (Steppe Wire) - A ferry operator will add a second ship on the Aktau-Baku line this winter.\n"
        "The line carried 41,000 trucks last year, up a third on the year before.\n"
        "Read more:\n"
        "Port of Kuryk opens new grain terminal\n"
        "Truck queues grow at the Chinese border crossing\n"
        "Shippers said the second ship would cut waiting times but not end them before spring.\n"
        "Fares Stay Flat\n"
        "The operator said fares would stay at last year's level until the end of March, despite higher fuel costs.\n"
        "A one-way crossing for a truck costs about 1,200 dollars, according to the operator's price list.\n"
        "Reporting by Dana Kim; Editing by Paul Ross\n"
    )
    body = extract(text, REGISTRY).body
    assert "Shippers said the second ship would cut waiting times" in body
    assert "Fares Stay Flat" in body
    assert "Port of Kuryk opens new grain terminal" not in body


def test_teasers_under_each_listed_headline_still_leave() -> None:
    text = (
        "Almaty opens a new public library in Medeu district\n"
        "The city opened a public library with 40,000 books in Medeu district on Monday.\n"
        "It will be open every day from nine in the morning until nine in the evening.\n"
        "More news\n"
        "Bus lanes extended on Abai Avenue\n"
        "The city added four kilometres of bus lanes this week.\n"
        "New park opens in Nauryzbay district\n"
        "The park has a skating rink and a running track.\n"
    )
    body = extract(text, REGISTRY).body
    assert "The city added four kilometres of bus lanes this week." not in body
    assert "The park has a skating rink and a running track." not in body


def test_a_date_beside_the_page_views_at_the_foot_is_the_date() -> None:
    text = (
        "Ministry of Water Resources\n"
        "Main  /  Press Centre  /  News\n"
        "Canal lining programme reaches Turkistan region\n"
        "Contractors have lined 84 kilometres of irrigation canals in Turkistan region this year, the ministry said.\n"
        "The work cut water losses on the lined sections by about a third.\n"
        "Share:\n"
        "Views: 2 140\n"
        "14.10.2026 11:05\n"
    )
    assert str(extract(text, REGISTRY).date) == "2026-10-14"


def test_a_russian_date_over_its_view_count_is_the_date() -> None:
    text = (
        "В Туркестанской области облицуют 84 километра каналов\n"
        "Подрядчики облицевали 84 километра оросительных каналов в Туркестанской области, сообщили в министерстве.\n"
        "Потери воды на этих участках сократились примерно на треть.\n"
        "14.10.2026 11:05\n"
        "Просмотров: 2 140\n"
    )
    assert str(extract(text, REGISTRY).date) == "2026-10-14"


def test_teaser_dates_with_view_counts_give_no_date() -> None:
    text = (
        "Canal lining programme reaches Turkistan region\n"
        "Contractors have lined 84 kilometres of irrigation canals in Turkistan region this year, the ministry said.\n"
        "The work cut water losses on the lined sections by about a third.\n"
        "Other news\n"
        "New pumping station opens in Shardara\n"
        "12.10.2026\n"
        "Views: 310\n"
        "Farmers get subsidies for drip irrigation\n"
        "11.10.2026\n"
        "Views: 528\n"
    )
    assert extract(text, REGISTRY).date is None


def _publication_page(sidebar: str) -> str:
    return (
        "Home  /  Publications  /  Water\n"
        "PUBLICATION\n"
        "Water for Villages: Lessons from the Syr Darya Delta\n"
        "Summary\n"
        "This report looks at how villages in the Syr Darya delta manage water after ten years of new canals.\n"
        "The authors interviewed 900 households in 30 villages between April and October 2025.\n"
        "Document Type\n"
        "Report\n" + sidebar
    )


def test_the_only_published_stamp_in_a_page_sidebar_is_the_date() -> None:
    sidebar = (
        "Regions and Countries\n"
        "Kazakhstan\n"
        "Sustainable Development Goals\n"
        "Goal 6 Clean Water and Sanitation\n"
        "Published: 12 May 2026\n"
        "Related publications\n"
        "Youth and Green Jobs in the Aral Region\n"
    )
    assert str(extract(_publication_page(sidebar), REGISTRY).date) == "2026-05-12"


def test_published_stamps_of_related_teasers_give_no_date() -> None:
    sidebar = (
        "Related publications\n"
        "Youth and Green Jobs in the Aral Region\n"
        "Published: 3 March 2026\n"
        "Climate Risks of the Mangystau Coast\n"
        "Published: 14 January 2026\n"
    )
    assert extract(_publication_page(sidebar), REGISTRY).date is None


def test_a_published_stamp_right_under_a_related_heading_gives_no_date() -> None:
    sidebar = "Related publications\nPublished: 3 March 2026\nYouth and Green Jobs in the Aral Region\n"
    assert extract(_publication_page(sidebar), REGISTRY).date is None


def _release_with_notes(notes: str) -> str:
    return (
        "Almaty vaccinates 90,000 children against measles in two weeks\n"
        "12 March 2026\n"
        "ALMATY, 12 March 2026 – Almaty's health department has vaccinated 90,000 children against measles.\n"
        "The campaign followed a rise in cases in January, when 140 children fell ill.\n"
        "Mobile teams visited schools and kindergartens in all eight districts of the city.\n"
        "Parents can still have their children vaccinated free of charge at their polyclinic.\n" + notes
    )


def test_notes_to_editors_about_the_story_stay() -> None:
    notes = "Editor's note\nThe campaign was paid for by the city budget and a grant of the Steppe Health Fund.\n"
    body = extract(_release_with_notes(notes), REGISTRY).body
    assert "The campaign was paid for by the city budget" in body


def test_notes_to_editors_about_the_organisation_leave() -> None:
    notes = "Notes to editors\nSteppe Health Fund is a charity founded in 2019 that supports city clinics.\n"
    body = extract(_release_with_notes(notes), REGISTRY).body
    assert "Steppe Health Fund is a charity" not in body


@pytest.mark.parametrize(
    ("headline", "deck", "date"),
    [
        (
            "Frost and apricot growers",
            "Why a cold April in Shymkent may halve the orchard harvest this summer",
            "5 May 2026",
        ),
        ("Аяз бен өрік бақтары", "Шымкенттегі суық сәуір бау-бақшаға қалай әсер етті", "5 мамыр 2026"),
    ],
)
def test_a_short_headline_pairing_two_topics_over_its_deck_stays_the_title(headline: str, deck: str, date: str) -> None:
    """Review 10 #6: at the top of the text, with no menu above it, a pair of topics is the headline."""
    lead = "SHYMKENT – Growers in the region expect half the usual crop after two nights of frost, the union said."
    result = extract(f"{headline}\n\n{deck}\n\n{date}\n\n{lead}\n", REGISTRY)
    assert result.title == headline
    assert result.subtitle == deck
