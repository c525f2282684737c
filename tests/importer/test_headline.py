"""The headline's evidence (``newsroom.importer.headline``): a line the header's rules leave as the title but
with a shape no headline has gives way to a headline a few lines under it that has a date, byline or lead
under it; a headline with such evidence, or a stopped headline over its lead, stays. Invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.importer.headline import flaws, hard_flaws, is_bare_date, soft_flaws, two_sentences
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
LEAD_EN = "The district council in Kokshetau voted on Tuesday to open two new reading rooms before the winter holidays."
LEAD_RU = "Городской совет Кокшетау во вторник решил открыть до зимних каникул два новых читальных зала в микрорайонах."


@pytest.mark.parametrize(
    "junk",
    [
        "...added the coach, who hopes to bring the team back next spring.",  # a copy cut mid-sentence
        "Steppe Lakes College   Admissions  Campus  Library  Alumni   Donate",  # a menu's row, spaced
        "Readers in the hall. The library opened its doors at nine",  # a picture's caption over the headline
        "Ainur Sadvakasova-Brown, editor of the youth page",  # ``Name, role``
        "Your region: Akmola ▾",  # a drop-down
        "Search...",  # a search field's placeholder
        "08:15 Rain expected in the capital on Thursday afternoon",  # a news feed's item
    ],
)
def test_a_flawed_line_over_a_dated_headline_gives_way(junk: str) -> None:
    text = f"{junk}\nTwo reading rooms to open in Kokshetau before winter\n12 October 2026\n{LEAD_EN}\n"
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms to open in Kokshetau before winter"
    assert LEAD_EN in found.body


def test_a_forwarded_messages_cover_note_gives_way_to_the_release_headline() -> None:
    text = (
        "Коллеги, добрый день, пересылаю пресс-релиз для пятничного номера. А.\n\n"
        "> От: Пресс-служба колледжа <press@college.example>\n"
        "> Отправлено: 12 октября 2026 г. 10:02\n"
        "> Тема: Пресс-релиз\n"
        ">\n"
        "Два читальных зала откроются в Кокшетау до зимы\n"
        f"{LEAD_RU}\n"
    )
    assert extract(text, REGISTRY).title == "Два читальных зала откроются в Кокшетау до зимы"


def test_a_headline_over_its_deck_is_taken_past_a_menu_row() -> None:
    text = (
        "Steppe Lakes College   Admissions  Campus  Library  Alumni   Donate\n"
        "Two reading rooms for Kokshetau\n"
        "The council says both rooms will open before the winter holidays and stay open late\n"
        "By Dana Ospanova\n"
        f"{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms for Kokshetau"
    deck = "The council says both rooms will open before the winter holidays and stay open late"
    assert deck in (found.subtitle, found.paragraphs[0])


def test_a_stopped_headline_over_its_lead_stays() -> None:
    text = f"Reading rooms are coming. Winter is not waiting.\n{LEAD_EN}\nSecond part of the plan\n{LEAD_EN}\n"
    assert extract(text, REGISTRY).title == "Reading rooms are coming. Winter is not waiting."


def test_a_flawed_first_line_stays_when_the_story_begins_under_it() -> None:
    text = f"Ainur Sadvakasova-Brown, editor of the youth page\n{LEAD_EN}\nWhat the rooms will offer\n12 October 2026\n"
    assert extract(text, REGISTRY).title == "Ainur Sadvakasova-Brown, editor of the youth page"


@pytest.mark.parametrize(
    "headline",
    [
        "Капитан остаётся! Ерназар Болатұлы продлил контракт",  # a cry, then the news
        "Асель Жумабекова, режиссёр: «Я снимаю кино без бюджета»",  # an interview's headline
        "eGov запустил новый сервис для пенсионеров",  # a brand written lowercase
        "U.S. Embassy opens a reading room in Kokshetau",  # an abbreviation's stops
        "Results 2026: what changed for farmers",  # a colon inside
    ],
)
def test_headlines_have_no_flaw(headline: str) -> None:
    assert not flaws(headline)


def test_a_full_stop_is_a_soft_flaw_and_a_closing_colon_a_hard_one() -> None:
    assert soft_flaws("Winter is coming. Aid must come with it.") and not hard_flaws("Winter is coming.")
    assert hard_flaws("Begin forwarded message:")


@pytest.mark.parametrize(
    "owner, stamp",
    [
        ("Пресс-служба акимата Акмолинской области", "Переслано из: Водоканал Кокшетау"),  # a forwarded post
        ("Гимназия-интернат № 4 г. Кокшетау", "вчера в 18:04"),  # a school's page over its post's age
        ("Ақмола облысы әкімдігінің баспасөз қызметі", "2 сағат бұрын"),
    ],
)
def test_a_pages_owner_over_its_post_gives_way_to_the_posts_headline(owner: str, stamp: str) -> None:
    headline = "Два читальных зала откроются в Кокшетау до зимних каникул"
    found = extract(f"{owner}\n{stamp}\n{headline}\n{LEAD_RU}\n", REGISTRY)
    assert found.title == headline
    assert LEAD_RU in found.body


def test_a_short_headline_over_its_authors_role_stays() -> None:
    text = (
        "Бюджет, который никто не читает\n"
        "Алия Нурпеисова\n"
        "Экономист, руководитель исследовательской группы «Открытый бюджет»\n"
        "12 октября 2026\n"
        f"{LEAD_RU}\n"
    )
    assert extract(text, REGISTRY).title == "Бюджет, который никто не читает"


def test_a_short_headline_over_its_story_stays() -> None:
    text = f"Kokshetau gets two reading rooms\nShare\nThe council will open them before the first snow\n{LEAD_EN}\n"
    assert extract(text, REGISTRY).title == "Kokshetau gets two reading rooms"


def test_a_bare_date_passed_over_is_the_pages_date() -> None:
    text = (
        "Kokshetau Chess Federation\n"
        "LIVE\n"
        "Tue 14 Apr 2026, 09:10 (Kokshetau time)\n"
        "Two reading rooms to open in Kokshetau before winter\n"
        f"{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms to open in Kokshetau before winter"
    assert found.date is not None and found.date.isoformat() == "2026-04-14"


def test_a_teaser_over_its_read_more_link_is_no_headline() -> None:
    """Another story's teaser under a copy cut mid-sentence, its ``Read more`` link under it, then the page's
    date and headline: the teaser has no evidence (the date under its link is the headline's)."""
    text = (
        "and the ferry timetable will be confirmed after the council meeting.\n"
        "Ferry to Kokshetau lake island resumes in May\n"
        "Read more\n"
        "LIVE\n"
        "Tue 14 Apr 2026\n"
        "Two reading rooms to open in Kokshetau before winter\n"
        f"{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms to open in Kokshetau before winter"
    assert found.date is not None and found.date.isoformat() == "2026-04-14"
    assert LEAD_EN in found.body


def test_a_headline_over_its_deck_and_its_teams_byline_is_taken_past_teasers() -> None:
    text = (
        "...the schedule, organisers said.\n"
        "Ferry to Kokshetau lake island resumes in May\n"
        "Подробнее\n"
        "Two reading rooms for Kokshetau\n"
        "The council says both rooms will open before the winter holidays and stay open late\n"
        "Kokshetau City Library media team\n"
        f"{LEAD_EN}\n"
        "Both rooms will lend laptops as well as books, the library's director said.\n"
        "The library hopes to open a third room in the spring.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Two reading rooms for Kokshetau"
    assert found.byline == "Kokshetau City Library media team"
    assert LEAD_EN in found.body


def test_a_breadcrumb_trail_is_a_hard_flaw() -> None:
    assert hard_flaws("Новости и истории › Истории") and hard_flaws("Home » News » Culture")
    assert not hard_flaws("Astana hosts the regional water summit")


def test_a_bodys_name_gives_way_past_its_country_crumbs_and_hero_picture() -> None:
    """A UN or NGO country office's page: the body's name, the country's under it, a language switcher, the
    breadcrumbs, the hero picture's caption and credit, then the headline over its date."""
    text = (
        "Steppe Relief Network\n"
        "Kazakhstan\n"
        "Қазақша  Русский  English\n"
        "News and stories › Stories\n"
        "A librarian sorts donated books in the new reading room in Kokshetau.\n"
        "Photo: Steppe Relief Network / Dana Ospanova\n"
        "“I came back for a year and stayed for ten”\n"
        "12 October 2026 | Akmola region\n"
        f"{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "“I came back for a year and stayed for ten”"
    assert LEAD_EN in found.body


@pytest.mark.parametrize(
    ("section", "label", "headline", "byline", "lead"),
    [
        (
            "Stories from our libraries",
            "Field notes",
            "The reading room that a village built twice",
            "By Dana Ospanova, Programme Officer",
            LEAD_EN,
        ),
        (
            "Истории из регионов",
            "Заметки",
            "Читальный зал, который село построило дважды",
            "Автор: Дана Оспанова",
            LEAD_RU,
        ),
    ],
)
def test_a_blogs_section_name_gives_way_to_the_headline_over_its_byline(
    section: str, label: str, headline: str, byline: str, lead: str
) -> None:
    menu = "Steppe Libraries Trust\nHome\nOur work\nStories\nDonate\n"  # a section's name stands under the menu
    assert extract(f"{menu}{section}\n{label}\n{headline}\n{byline}\n{lead}\n", REGISTRY).title == headline


@pytest.mark.parametrize("between", ["Share", "Culture"])
def test_a_short_headline_over_share_buttons_or_a_rubric_and_its_signed_deck_stays(between: str) -> None:
    text = (
        "Kokshetau gets two reading rooms\n"
        f"{between}\n"
        "The council will open them before the first snow, the mayor says\n"
        "By Dana Ospanova\n"
        f"{LEAD_EN}\n"
    )
    assert extract(text, REGISTRY).title == "Kokshetau gets two reading rooms"


def test_a_channels_long_name_over_its_count_and_pinned_post_gives_way_to_the_post() -> None:
    """A messenger channel's header: its name, its description (a body's long name), its count of followers, the
    pinned post's bar and first line, then the post shown, its headline in capitals."""
    text = (
        "Кокшетау спорт | Ресми арна\n"
        "Көкшетау қаласының дене шынықтыру және спорт бөлімі\n"
        "8 412 жазылушы\n"
        "📌 Бекітілген хабарлама\n"
        "Қалалық жарысқа тіркелу ашық!\n"
        "🥇 КӨКШЕТАУ ЖҮЗГІШТЕРІ РЕСПУБЛИКАЛЫҚ ЖАРЫСТАН ЕКІ МЕДАЛЬ ӘКЕЛДІ!\n"
        "Бүгін Павлодарда жүзуден жасөспірімдер арасындағы Қазақстан чемпионаты аяқталды.\n"
        "Жарысқа 12 өңірден 200-ге жуық спортшы қатысты.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "🥇 КӨКШЕТАУ ЖҮЗГІШТЕРІ РЕСПУБЛИКАЛЫҚ ЖАРЫСТАН ЕКІ МЕДАЛЬ ӘКЕЛДІ!"
    assert "Бүгін Павлодарда жүзуден жасөспірімдер арасындағы Қазақстан чемпионаты аяқталды." in found.body


def test_a_long_headline_over_a_post_age_and_a_deck_stays() -> None:
    """Seven words or more with no channel's furniture under it (only the age): a headline, not a channel's name."""
    headline = "Kokshetau opens two new reading rooms before the winter holidays"
    deck = "The council says both rooms will stay open late on weekdays and on Saturdays"
    found = extract(f"{headline}\n2 hours ago\n{deck}\n{LEAD_EN}\n", REGISTRY)
    assert found.title == headline


def test_a_captions_two_sentences_are_still_a_soft_flaw() -> None:
    assert two_sentences("Readers in the hall. The library opened its doors at nine")
    assert not two_sentences("Steppe Foods Corp. Wins Army Bread Contract")
    assert not two_sentences("В Алматы прошёл осенний марафон. Фото")


def test_a_days_or_a_places_date_line_is_still_a_bare_date() -> None:
    assert is_bare_date("Saturday — 21 March") and is_bare_date("Астана – 12 мая 2026")
    assert not is_bare_date("Nauryz Fair — 21 March")


@pytest.mark.parametrize("offer", ["Subscribe from ₸1,990/month", "Подпишитесь за 990 тенге в месяц"])
def test_a_paywalls_offer_gives_way_to_the_headline_over_its_long_deck(offer: str) -> None:
    """A paywall's offer under the site's menu, the rubric, then a long headline over a deck of eight words or more
    (not longer than it) with the author and date under them."""
    headline = "Reading rooms in Kokshetau: what changes from January and what readers need to do"
    deck = "A simple guide to the new opening hours of the two city reading rooms"
    text = (
        f"Steppe Finance Review\nMarkets   Banking   Fintech   Explainers   Data   Events\n{offer}\nEXPLAINERS\n"
        f"{headline}\n{deck}\nDana Ospanova\nSenior editor\nPublished: 26 November 2026\n"
        f"Last reviewed: 27 November 2026\n5 min read\n{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == headline
    assert LEAD_EN in found.body


def test_a_subscription_campaigns_headline_has_no_flaw() -> None:
    assert not hard_flaws("Жазылу науқаны басталды") and not hard_flaws("Subscribe and save: a guide to paywalls")


def test_a_telex_in_capitals_begins_its_story_at_its_first_sentence() -> None:
    """A copy in capitals throughout: its first sentence still begins the story (no headline is looked for under it),
    though a line in capitals is no lead's evidence."""
    first = "...AND THE DEPOT WILL REOPEN IN MAY, THE COMPANY SAID."
    text = (
        f"{first}\n"
        "KOKSHETAU, 12 MAY — THE CITY COUNCIL VOTED ON TUESDAY TO OPEN TWO NEW READING ROOMS BEFORE WINTER.\n"
        "TWO READING ROOMS FOR KOKSHETAU\n"
        "12 May 2026\n"
        "THE ROOMS WILL OPEN IN THE LIBRARY AND IN THE YOUTH CENTRE, THE COUNCIL SAID.\n"
    )
    assert extract(text, REGISTRY).title == first


def test_a_headline_opening_with_a_sections_word_and_a_colon_stays_over_its_rubric_and_signed_deck() -> None:
    text = (
        "Analysis: why Kokshetau needs libraries\n"
        "Culture\n"
        "The council will open them before the first snow, and the mayor wants a third by spring\n"
        "By Dana Ospanova\n"
        f"{LEAD_EN}\n"
    )
    assert extract(text, REGISTRY).title == "Analysis: why Kokshetau needs libraries"


def test_a_press_offices_name_over_a_pinned_and_a_forwarded_bar_gives_way_to_the_post() -> None:
    """A messenger's copy: the channel's name (a press office), the pinned post's bar and the forwarded post's bar
    (both short widgets' words), then the post's headline with its icon and its lead."""
    headline = "💧 Four villages of the Zhambyl region get clean drinking water"
    text = (
        "Press office of the Zhambyl region akimat\nPinned message\nForwarded from: Zhambyl Water Resources\n"
        f"{headline}\n{LEAD_EN}\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == headline
    assert LEAD_EN in found.body


SHORT_HEADLINE_PAGES = {
    "en": (
        "Steppe Herald\nHome\nCity\nRegion\nWeather\nCity\n{head}\nListen to this article\n"
        "Workers found cracks in the old brick walls of the depot during a routine check on Monday\n"
        "By Aliya Nurtazina\n12 April 2026\n"
        "The old tram depot in Pavlodar will close for repairs after inspectors found cracks in its walls, "
        "the city's transport office said on Monday.\nRepairs are expected to take two months.",
        "Depot walls crack",
    ),
    "ru": (
        "Главная\nНовости\nОбщество\nВойти\nСтепной вестник\nОбщество\n{head}\nСлушать новость\n"
        "Жители двух микрорайонов Павлодара больше месяца ждали нового автобусного маршрута\n"
        "Марина Лебедева\n12 апреля 2026, 09:30\n"
        "В Павлодаре открыли новый автобусный маршрут между микрорайонами, сообщили в городском отделе "
        "транспорта.\nАвтобусы будут ходить каждые десять минут.",
        "Автобус наконец пошёл",
    ),
    "kk": (
        "Басты бет\nЖаңалықтар\nҚоғам\nМәдениет\nДала хабары\nМәдениет\n{head}\nТыңдау\n"
        "Қаланың орталығындағы мұражайға жөндеуден кейін алғашқы келушілер келді\n"
        "Динара Әлиева\n12 сәуір 2026, 10:00\n"
        "Павлодардағы өлкетану мұражайы жөндеуден кейін қайта ашылды, деп хабарлады қала әкімдігі.\n"
        "Мұражайда үш жаңа зал бар.\n© Дала хабары 2026",
        "Мұражай есігін ашты",
    ),
}


@pytest.mark.parametrize("language", sorted(SHORT_HEADLINE_PAGES))
def test_a_three_word_headline_under_its_rubric_over_a_widget_and_deck_is_the_title(language: str) -> None:
    page, head = SHORT_HEADLINE_PAGES[language]
    assert extract(page.format(head=head), REGISTRY).title == head


@pytest.mark.parametrize("language", sorted(SHORT_HEADLINE_PAGES))
def test_a_three_word_headline_under_a_menu_over_its_author_and_date_is_the_title(language: str) -> None:
    page, head = SHORT_HEADLINE_PAGES[language]
    lines = page.format(head=head).split("\n")
    plain = "\n".join(line for position, line in enumerate(lines) if position not in (7, 8))  # no widget, no deck
    assert extract(plain, REGISTRY).title == head


@pytest.mark.parametrize(
    ("rubric", "head"),
    [
        ("Culture", "Pavlodar museum reopens three halls after repairs"),
        ("Общество", "В Павлодаре открыли новый автобусный маршрут"),
        ("Мәдениет", "Павлодар мұражайы жөндеуден кейін ашылды"),
    ],
)
def test_a_one_word_rubric_over_a_longer_headline_stays_a_label(rubric: str, head: str) -> None:
    page = f"Steppe Herald\nHome\nNews\nSport\n{rubric}\n{head}\nBy Aliya Nurtazina\n12 April 2026\n{LEAD_EN}"
    assert extract(page, REGISTRY).title == head


def test_a_sub_rubric_in_title_case_under_a_rubric_stays_a_label() -> None:
    page = (
        "Steppe Herald\nHome\nNews\nSport\nBusiness\nSmall Business Notes\n"
        f"Kokshetau bakers open a shared kitchen\nBy Aliya Nurtazina\n12 April 2026\n{LEAD_EN}"
    )
    assert extract(page, REGISTRY).title == "Kokshetau bakers open a shared kitchen"
