"""Page furniture found by structure (``newsroom.importer.furniture``), through the stages that use it."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.importer.furniture import is_breadcrumb_by_shape, is_link_row, is_neighbour_link, is_posted_by_footer
from newsroom.importer.header import mark_header
from newsroom.importer.lines import split_lines
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def title_of(text: str) -> str:
    lines = split_lines(text)
    return lines[mark_header(lines, REGISTRY)].text


@pytest.mark.parametrize(
    "crumb",
    [
        "Our work / Stories",
        "Newsroom › Press releases",
        "Истории › Образование",
        "Біздің жобалар / Оқиғалар",
        "You are here: Our work › Stories",
        "Press room · Releases",
        "Projects :: Water",
    ],
)
def test_a_trail_of_short_steps_above_a_headline_is_not_the_title(crumb: str) -> None:
    text = f"{crumb}\n\nVolunteers plant a thousand trees along the Ishim river\n\nThe volunteers planted trees."
    assert title_of(text) == "Volunteers plant a thousand trees along the Ishim river"


@pytest.mark.parametrize(
    "title",
    [
        "Weather | Heavy snow closes roads",  # a lead with a full stop follows: no headline below
        "Aktau › Astana",
        "Students / teachers ratio rose",  # no photo credit either: the words after the slash are no name
        "Astana / Almaty talks resume",
        "Astana Hosts  Regional Water  Summit In May",  # two spaces typed twice: no row of links
    ],
)
def test_a_title_with_a_slash_above_the_lead_stays_the_title(title: str) -> None:
    text = f"{title}\n\nDelegations met on Monday for the first time since spring, officials said.\n\nMore."
    assert title_of(text) == title


def test_a_headline_closing_a_quote_is_no_trail_above_the_subtitle() -> None:
    text = "АО «Самрук-Жол» продаст активы\n\nФонд продаст доли в пяти компаниях\n\nОб этом сообщили в фонде."
    assert title_of(text) == "АО «Самрук-Жол» продаст активы"


@pytest.mark.parametrize(
    "line",
    [
        "Our work / Stories",
        "News | Research",
        "Аймақ › Білім",
        "Главная » Новости » Общество",
        "Общество › образование",
    ],
)
def test_breadcrumb_shapes(line: str) -> None:
    assert is_breadcrumb_by_shape(line)


def test_a_sites_name_above_a_trail_is_not_the_title() -> None:
    crumb = "Where we work › Europe and Central Asia › Kazakhstan"
    text = f"UNDP Kazakhstan\n{crumb}\n\nSolar panels power a school\n\nText."
    assert title_of(text) == "Solar panels power a school"


@pytest.mark.parametrize("crumb", ["Our work › Stories", "Жаңалықтар / Қоғам / Аймақ"])
def test_a_trail_under_the_title_goes(crumb: str) -> None:
    body = body_of(f"Volunteers plant a thousand trees\n\n{crumb}\n\nVolunteers planted trees.\n\nThe end.")
    assert crumb not in body


def test_a_short_line_with_a_bar_under_the_title_stays() -> None:
    found = extract("Trees planted along the river\n\nAstana | Almaty\n\nVolunteers planted trees.\n\nEnd.", REGISTRY)
    assert "Astana | Almaty" in [found.subtitle, *found.body.split("\n\n")]  # the subtitle here: not debris


def test_a_trails_last_step_may_be_the_page_itself() -> None:
    headline = "A women's cooperative in Naryn wins a national award for its felt carpets"
    crumb = "Where we work / Central Asia / A women's cooperative in Naryn wins a national…"
    assert is_breadcrumb_by_shape(crumb, headline)
    assert not is_breadcrumb_by_shape(crumb, "Another story altogether")
    assert title_of(f"{crumb}\n\n{headline}\n\nThe text.") == headline


@pytest.mark.parametrize(
    "line",
    [
        "Input / output costs rose sharply.",
        "and / or",
        "The ministry said the plan / budget would change next year",
        "News • 12 May 2026",  # a rubric and the date: the date is read, not dropped
    ],
)
def test_lines_that_are_no_breadcrumb(line: str) -> None:
    assert not is_breadcrumb_by_shape(line)


def body_of(text: str) -> list[str]:
    return extract(text, REGISTRY).body.split("\n\n")


STORY = (
    "Volunteers plant a thousand trees along the Ishim river\n\n"
    "Volunteers planted a thousand trees along the river on Saturday.\n\n"
    "Most of them are birches and poplars grown in a school's nursery.\n\n"
    "The city will water them through the summer.\n\n"
)


@pytest.mark.parametrize(
    "labels",
    [
        "Climate Action\nFood Security\nEducation And Culture",
        "Образование\nНаука и технологии",
        "Спорт\nБалалар мен жастар",
        "Peace And Security",
        "Climate Action",
        "Gender Equality\nDecent Work And Economic Growth",
    ],
)
def test_topic_labels_under_the_story_go(labels: str) -> None:
    body = body_of(STORY + labels + "\nShare this page")
    assert body[-1] == "The city will water them through the summer."


@pytest.mark.parametrize(
    "ending",
    [
        "Экология",  # one label in Russian or Kazakh may be a sign-off: it stays
        "Maria Alvarez",  # a signature
        "UNICEF Kazakhstan",
        "Maria Alvarez\nProgramme Officer",  # a signature
        "Айгерим Бекова\nПресс-секретарь",
        "Комментарии экспертов разошлись\nИтоги подведут в мае",  # the story's own short last lines
        "The winners were:\nAstana\nShymkent",  # a list after a colon
        "They asked for three things.\nTraining\nSpare parts\nA phone line",  # a list in sentence case
    ],
)
def test_short_lines_that_end_the_story_stay(ending: str) -> None:
    body = body_of(STORY + ending)
    assert body[-1] == ending.splitlines()[-1]


def test_neighbour_links_and_their_headlines_go() -> None:
    body = body_of(
        STORY + "← Previous\nVolunteers repaint the reading room\nNext post →\nTen books our readers loved\n"
        "Предыдущая запись\nВолонтеры высадили сосны\nКелесі\nТараздық студенттер үздік атанды"
    )
    assert body[-1] == "The city will water them through the summer."


def test_a_neighbour_link_with_its_headline_on_one_line_goes() -> None:
    body = body_of(STORY + "Previous post: Volunteers repaint the reading room")
    assert body[-1] == "The city will water them through the summer."
    assert not is_neighbour_link("Next: we plant pines")  # one word and a colon: a story may go on so


def test_a_row_of_neighbour_links_goes() -> None:
    body = body_of(STORY + "Newer Post Older Post Home")
    assert body[-1] == "The city will water them through the summer."


def test_a_sentence_after_a_next_link_stays() -> None:
    body = body_of(STORY + "Next\nThe city will plant more trees in autumn.")
    assert body[-1] == "The city will plant more trees in autumn."


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Helen Barrow at 9:41 PM",
        "Posted by Clubs Network on March 3, 2026",
        "Опубликовал(а) Дмитрий Лосев в 21:15",
        "Опубликовала: Ирина Светлова, 12 мая 2026",
    ],
)
def test_a_blog_footer(line: str) -> None:
    assert is_posted_by_footer(line)
    assert line not in body_of(STORY + line)
    assert "Helen Barrow" not in extract(STORY + line, REGISTRY).entities.people


@pytest.mark.parametrize("where", ["above the title", "under the title"])
@pytest.mark.parametrize("line", ["Posted by Helen Barrow at 9:41 PM", "Опубликовал(а) Дмитрий Лосев в 21:15"])
def test_an_undated_blog_footer_goes_wherever_it_stands(line: str, where: str) -> None:
    title = "Counting cranes on the lakes before dawn today"
    head = f"{line}\n\n{title}" if where == "above the title" else f"{title}\n\n{line}"
    found = extract(head + "\n\nWe counted cranes.\n\nDaniyar Omarov said the numbers were higher.", REGISTRY)
    assert found.title == title
    assert line not in found.body and found.subtitle is None
    assert found.entities.people == ["Daniyar Omarov"]


@pytest.mark.parametrize(
    "line", ["Posted by the ministry on its website, the statement drew many replies.", "Опубликовал доклад фонд."]
)
def test_prose_is_no_blog_footer(line: str) -> None:
    assert not is_posted_by_footer(line)


@pytest.mark.parametrize(
    "widget",
    [
        "Was this page helpful?\nYes\nNo",
        "Была ли эта страница полезной?\nДа\nНет",
        "Бұл бет пайдалы болды ма?\nИә\nЖоқ",
        "Басып шығару\nВерсия для печати",
        "Была ли эта страница полезной?\nДа Нет",
        "Бұл ақпарат сізге пайдалы болды ма?\nИә\nЖоқ",
        "Была ли эта информация полезна?\nДа\nНет",
        "Printer-friendly version\nDid you find what you were looking for?\nYes\nNo",
    ],
)
def test_page_widgets_and_their_answers_go(widget: str) -> None:
    body = body_of(STORY + widget)
    assert body[-1] == "The city will water them through the summer."


def test_a_question_about_use_in_the_story_stays() -> None:
    body = body_of(STORY + "Was the old law useful?\n\nFew thought so, the survey found.\n\nThe end of the story.")
    assert "Was the old law useful?" in body


@pytest.mark.parametrize(
    "question",
    ["Кому достанутся полезные ископаемые?", "But will the new trees be useful?", "Полезна ли реформа для школ?\nДа"],
)
def test_a_question_with_a_helpful_word_about_the_story_stays(question: str) -> None:
    body = body_of(STORY + question)
    assert body[-1] == question.splitlines()[-1]


def test_a_yes_in_the_story_stays() -> None:
    body = body_of(STORY + "Will the trees survive the winter?\n\nYes.\n\nThe roots are deep.")
    assert "Yes." in body


@pytest.mark.parametrize(
    "picture",
    [
        "Children on wooden benches among flower beds\nThe garden on its opening day. Photo: City Administration",
        "Wind gauge and solar panel on a metal mast\nThe station on the roof\nPhoto: Ruslan Tokhtarov",
        "Участники форума на ступенях здания акимата\nУчастники форума. Фото: пресс-служба акимата",
        "Участники форума на ступенях здания акимата\nУчастники форума после открытия\nФото из открытых источников",
        "Жастар акимат ғимаратының алдында суретке түсті\nФорумның ашылуы\nСурет ашық дереккөздерден",
    ],
)
def test_a_pictures_description_above_its_caption_goes(picture: str) -> None:
    found = extract(STORY + picture + "\n\nThe last paragraph.", REGISTRY)
    assert picture.splitlines()[0] not in found.body
    assert found.credit


@pytest.mark.parametrize(
    "picture",
    [
        "Volunteers with shovels and saplings on the river bank\n\nPhoto: City Administration",
        "Участники форума на ступенях здания акимата\n\nФото: пресс-служба акимата",
    ],
)
def test_a_pictures_description_in_a_block_of_its_own_goes_when_every_line_is_one(picture: str) -> None:
    found = extract(STORY + picture + "\n\nThe last paragraph.", REGISTRY)
    assert picture.splitlines()[0] not in found.body
    assert found.credit


@pytest.mark.parametrize(
    "above",
    [
        "The garden was built in a month.",  # a sentence
        "The garden",  # a crosshead
    ],
)
def test_a_body_line_above_a_caption_stays(above: str) -> None:
    found = extract(STORY + above + "\nThe garden on its opening day. Photo: City Administration\n\nEnd.", REGISTRY)
    assert above in found.body.split("\n\n")


def test_a_row_of_footer_links_set_apart_by_bars_may_have_long_cells() -> None:
    assert is_link_row("Terms of Use | Privacy Policy | Do Not Sell My Personal Information")
    assert not is_link_row("Floods in the north | what we know | and what the city plans to do next")


@pytest.mark.parametrize(
    "header",
    [
        # a rubric under the site's menu, in the same block as the headline
        "Степной вестник\nПолитика  Экономика  Общество  Регионы\nОбщество",
        "Policy Lab\nResearch  Events  Experts  Podcast\nAnalysis\nWater Programme",
        # the site's name between a row of radio frequencies and its menu
        "Астана 100.1 FM | Алматы 104.2 FM | Шымкент 99.8 FM\nДала Радиосы\nЖаңалықтар  Бағдарламалар  Подкасттар",
        # a browser tab's title whose site name has a hyphen
        "Volunteers plant a thousand trees along the Ishim river — Канал «Есиль-24»\nLive\nNews  Video  Shows",
    ],
)
def test_a_headline_under_the_sites_furniture_in_one_block_is_the_title(header: str) -> None:
    text = f"{header}\nVolunteers plant a thousand trees along the Ishim river\n\nThe volunteers planted trees.\n"
    assert title_of(text) == "Volunteers plant a thousand trees along the Ishim river"


def test_a_row_of_three_one_word_buttons_with_two_spaces_goes() -> None:
    body = body_of(STORY + "Share  Print  Cite")
    assert body[-1] == "The city will water them through the summer."


@pytest.mark.parametrize(
    ("crumbs", "headline"),
    [
        ("Home\nStories\nVolunteers restore a spring in…", "Volunteers restore a spring in Zhanakorgan"),
        (
            "Главная\nНовости\nВ Таразе открылась бесплатная...",
            "В Таразе открылась бесплатная библиотека для слабовидящих",
        ),
    ],
)
def test_a_headline_cut_short_over_the_headline_whole_is_furniture(crumbs: str, headline: str) -> None:
    text = f"{crumbs}\nSTORY\n{headline}\nThe spring had been dry since 2019, when a mudflow blocked it.\n"
    assert title_of(text) == headline


def test_a_headline_ending_with_an_ellipsis_stays_the_title() -> None:
    """The line under it does not give it whole: the ellipsis is the headline's own."""
    text = (
        "Waiting for the rain...\n"
        "Waiting for the rain has become a habit for the farmers of Turkestan.\n"
        "The last good rain fell in April.\n"
    )
    assert title_of(text) == "Waiting for the rain..."
