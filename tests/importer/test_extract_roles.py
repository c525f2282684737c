"""The body-roles stage: each body line's role from BODY_RULES, the first rule that holds."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.importer.lines import LineRole, Spot, split_lines
from newsroom.importer.roles import BODY_RULES, mark_body_roles
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY


def body_roles(text: str) -> list[LineRole]:
    lines = split_lines(text)
    lines[0].role = LineRole.TITLE
    mark_body_roles(lines, 1)
    return [line.role for line in lines[1:]]


FILLER = "\n\n".join(f"The clubs met for the {n}th time this year." for n in range(1, 9))


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("By Olga Petrova", LineRole.BYLINE),
        ("Author:", LineRole.BYLINE_LABEL),
        ("Tags: education, volunteers", LineRole.TAGS),
        ("Source: Kazinform", LineRole.SOURCE),
        ("Photo: Federation press service", LineRole.CREDIT),
        ("Caption: Volunteers at work", LineRole.CAPTION),
        ("Children read in a new corner. Photo: UNICEF", LineRole.CREDIT),
        ("Tel: +7 701 000 00 00", LineRole.DEBRIS),
        ("14 March 2025, 16:40", LineRole.DATE),
        ("Share this: Facebook Twitter", LineRole.DEBRIS),
        ("PRESS RELEASE", LineRole.DEBRIS),
        ("The clubs planted 1,000 trees.", LineRole.BODY),
    ],
)
def test_each_rule_near_the_start(line: str, role: LineRole) -> None:
    assert body_roles(f"Title\n\n{line}\n\n{FILLER}")[0] is role


def test_the_name_under_a_bare_byline_is_the_byline() -> None:
    assert body_roles(f"Title\n\nАвтор:\n\nИван Петров\n\n{FILLER}")[:2] == [LineRole.BYLINE_LABEL, LineRole.BYLINE]


@pytest.mark.parametrize(
    "line", ["By Olga Petrova", "Tel: +7 701 000 00 00", "PRESS RELEASE", "Reporting by Jane Smith; Editing by Tom Lee"]
)
def test_edge_rules_do_not_hold_in_the_middle(line: str) -> None:
    roles = body_roles(f"Title\n\n{FILLER}\n\n{line}\n\n{FILLER}")
    assert roles[8] is LineRole.BODY


def test_agency_trailers_go_at_the_end() -> None:
    assert body_roles(f"Title\n\n{FILLER}\n\nReporting by Jane Smith; Editing by Tom Lee")[-1] is LineRole.DEBRIS


def test_an_agency_trailer_above_page_furniture_goes_too() -> None:
    """Above links and a cookie notice (no sentence of the story below it), the trailer is not the story's."""
    furniture = "Our standards\nReprints\n\nWe use cookies on this site. By continuing you agree to our use of cookies."
    text = f"Title\n\n{FILLER}\n\nReporting by Jane Smith in Aktau; Editing by Tom Lee\n{furniture}"
    assert body_roles(text)[8] is LineRole.DEBRIS


def test_only_the_first_inline_credit_is_taken() -> None:
    text = f"Title\n\nPhoto: Federation\n\nChildren read in a new corner. Photo: UNICEF\n\n{FILLER}"
    assert body_roles(text)[:2] == [LineRole.CREDIT, LineRole.BODY]


def test_where_two_rules_hold_the_earlier_one_wins() -> None:
    line = "#clubs #volunteers"  # a tag line, and debris too
    assert any(rule(Spot(split_lines(line), 0)) for rule, role in BODY_RULES if role is LineRole.DEBRIS)
    assert body_roles(f"Title\n\n{line}\n\n{FILLER}")[0] is LineRole.TAGS


def test_lines_already_taken_keep_their_role() -> None:
    lines = split_lines(f"Title\n\nBy Olga Petrova\n\n{FILLER}")
    lines[1].role = LineRole.DEBRIS
    mark_body_roles(lines, 1)
    assert lines[1].role is LineRole.DEBRIS


def test_a_bare_name_under_the_title_over_page_furniture_is_the_author() -> None:
    assert body_roles(f"Why we fund libraries\n\nLars Holmqvist\nFollow\n6 min read\n\n{FILLER}")[0] is LineRole.BYLINE


def test_a_short_line_under_the_title_over_the_lead_is_not_an_author() -> None:
    assert body_roles(f"Why we fund libraries\n\nClubs Plant Trees\n\n{FILLER}")[0] is LineRole.BODY


def test_a_pictures_description_in_the_body_is_debris() -> None:
    text = f"Title\n\n{FILLER}\n\nTwo girls hold up a small robot made of recycled parts\n\n{FILLER}"
    roles = body_roles(text)
    assert roles.count(LineRole.DEBRIS) == 1 and roles[8] is LineRole.DEBRIS


def test_a_list_item_after_a_colon_is_no_pictures_description() -> None:
    item = "Children plant trees along the river in Taraz"
    text = f"Title\n\n{FILLER}\n\nThe programme has two parts:\n\n{item}\n\n{FILLER}"
    assert LineRole.DEBRIS not in body_roles(text)


def test_a_byline_closing_the_story_goes_however_much_furniture_follows() -> None:
    furniture = "\n".join(["Поделиться:", "ВКонтакте", "Telegram", "Комментарии (0)", "Распечатать"] * 2)
    roles = body_roles(f"{FILLER}\n\nАвтор: Мария Климова\n{furniture}")
    assert roles[-11] is LineRole.BYLINE
    assert LineRole.BODY not in roles[-10:]


def test_a_byline_under_a_byline_is_one_too() -> None:
    roles = body_roles(f"12 March 2026\n\nКорреспондент: Данияр Омаров\nОператор: Сергей Ли\n\n{FILLER}")
    assert roles[:2] == [LineRole.BYLINE, LineRole.BYLINE]


def test_a_pictures_description_after_a_credits_label_is_debris() -> None:
    roles = body_roles(f"Seed banks grow\n\nImage: A woman holds a glass jar of seed in a storeroom.\n\n{FILLER}")
    assert roles[0] is LineRole.DEBRIS


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Privacy notice   Terms of use   Fraud alert", LineRole.DEBRIS),
        ("❤️ 48   👍 31   🔥 9", LineRole.DEBRIS),
        ("👁 6,2K 14:32", LineRole.DEBRIS),
        ("edited 17:12", LineRole.DATE),  # a messenger's stamp: a date line without a date, out of the body
        ("▶ Listen · 4:32", LineRole.DEBRIS),
    ],
)
def test_rows_of_links_and_counters_at_the_end_leave_the_body(line: str, role: LineRole) -> None:
    assert body_roles(f"Title\n\n{FILLER}\n\n{line}")[-1] is role


def test_a_table_row_inside_the_story_stays() -> None:
    roles = body_roles(f"Title\n\n{FILLER}\n\nAlmaty   1,234   1,456\n\n{FILLER}")
    assert roles[8] is LineRole.BODY


def test_the_headline_under_a_read_also_prompt_is_debris() -> None:
    roles = body_roles(f"Title\n\n{FILLER}\n\nЧитайте также:\nВолонтёры собрали две тонны корма\n\n{FILLER}")
    assert roles[8:10] == [LineRole.DEBRIS, LineRole.DEBRIS]
    assert roles[10] is LineRole.BODY


def test_a_note_on_the_author_at_the_end_is_debris() -> None:
    note = "Dana Whitfield covers farming. Reach her at 555-0142."
    text = f"Title\n\nBy Dana Whitfield | Staff Writer\n\n{FILLER}\n\n{note}"
    roles = body_roles(text)
    assert roles[0] is LineRole.BYLINE and roles[-1] is LineRole.DEBRIS
    assert roles[1:-1] == [LineRole.BODY] * 8


@pytest.mark.parametrize(
    "text",
    [
        "► Almaty\n► Astana\n► Shymkent",
        "100000, 200000, 300000, 400000 tenge: the four prizes",
        "Поделиться:\nНовая школа для сотни детей",
    ],
)
def test_lists_sums_and_crossheads_at_the_end_stay(text: str) -> None:
    roles = body_roles(f"Title\n\n{FILLER}\n\n{text}")
    assert roles[-1] is LineRole.BODY


def test_a_name_and_role_under_the_title_is_the_author() -> None:
    text = f"Why we fund libraries\n\nOriana Falkenrath, Senior Fellow, Trade Programme\n\n{FILLER}"
    assert body_roles(text)[0] is LineRole.BYLINE


def test_a_subtitle_naming_people_without_a_role_is_not_an_author() -> None:
    text = f"Why we fund libraries\n\nAlmaty, Aktau and Oral, three cities with new reading rooms\n\n{FILLER}"
    assert body_roles(text)[0] is LineRole.BODY


def test_the_authors_note_in_the_storys_second_half_goes() -> None:
    text = (
        f"Why we fund libraries\n\nBy Dr. Oriana Falkenrath, Senior Fellow, Trade Programme\n\n{FILLER}\n\n"
        "Dr. Oriana Falkenrath is a senior fellow at the institute.\n\nRelated research\n\nOne\n\nTwo\n\nThree"
    )
    roles = body_roles(text)
    assert roles[0] is LineRole.BYLINE and roles[9] is LineRole.DEBRIS


def test_a_bare_name_under_a_credit_is_the_authors() -> None:
    roles = body_roles(f"Мост отремонтируют\n\n{FILLER}\n\nФото автора\nАйдос Бекенов\n\nКомментарии (3)")
    assert roles[8:10] == [LineRole.CREDIT, LineRole.BYLINE]


def test_a_title_case_crosshead_under_a_credit_stays_in_the_story() -> None:
    roles = body_roles(
        f"Water for the delta\n\n{FILLER}\n\nPhoto: Steppe Fund\nWater Rights Now\nThe farmers met again."
    )
    assert roles[8:10] == [LineRole.CREDIT, LineRole.BODY]


@pytest.mark.parametrize("stamp", ["Дата обновления: 12.03.2026 09:15", "Соңғы өзгеріс: 13.06.2026 09:02"])
def test_a_labelled_update_stamp_under_the_story_is_a_date(stamp: str) -> None:
    assert body_roles(f"Title\n\n{FILLER}\n\n{stamp}\n\nThe clubs met again.")[8] is LineRole.DATE


def test_a_row_of_credits_names_no_one_in_the_story() -> None:
    rows = ("Photographs by Oleg Varnavin · Text by Mira Sadvokas", "Текст: Мира Садвокас | Фото: Олег Варнавин")
    for credits in rows:
        text = (
            "The last skaters of the mountain rink\n"
            f"{credits}\n"
            "High above Almaty, a handful of veteran skaters still train on the open-air rink every winter morning.\n"
            "Saule Amanbayeva, 67, laces her skates in the changing room, said the coach Tomás Reyes.\n"
        )
        found = extract(text, load_registry(FIXTURE_REGISTRY), "en")
        assert credits not in found.body and "High above Almaty" in found.body
        assert not {"Oleg Varnavin", "Mira Sadvokas", "Олег Варнавин", "Мира Садвокас"} & set(found.entities.people)


def test_a_name_and_a_columnists_role_under_the_title_is_the_author() -> None:
    filler = "\n\n".join(f"Суд рассмотрел дело о ремонте моста в {n}-й раз." for n in range(1, 9))
    for role in ("обозреватель", "колумнист"):
        assert body_roles(f"Директора осудили за хищения\n\nАртём Величко, {role}\n\n{filler}")[0] is LineRole.BYLINE


REGISTRY = load_registry(FIXTURE_REGISTRY)
EVENT_PAGE = (
    "Published: 03.11.2026\n\n"
    "Winter crafts fair opens its doors in Kostanay\n\n"
    "{date}\n\n"
    "Old Grain Hall, 14 Elevator Street, Kostanay\n\n"
    "The Tobol Guild of Potters invites families to its winter crafts fair in the old grain hall.\n\n"
    "More than forty makers from the region will sell ceramics, felt and woodwork.\n\n"
    "Entry is free for children under twelve, and the guild's tea room stays open all day.\n\n"
    "Stalls can be booked with the guild's secretary until the end of the month."
)
STORY = [
    "The Tobol Guild of Potters invites families to its winter crafts fair in the old grain hall.",
    "More than forty makers from the region will sell ceramics, felt and woodwork.",
    "Entry is free for children under twelve, and the guild's tea room stays open all day.",
]


def test_an_event_day_after_the_page_date_is_the_story_text() -> None:
    """A date line under the title dated after the page's publication stamp is the day of the event the story
    announces: it stays in the article (here the short line under the title, its subtitle), and the page keeps
    its own date."""
    found = extract(EVENT_PAGE.format(date="Saturday, 21 November 2026, 11:00"), REGISTRY, "en")
    assert "Saturday, 21 November 2026, 11:00" in [found.subtitle, *found.paragraphs]
    assert all(line in found.body for line in STORY)
    assert found.date is not None and found.date.isoformat() == "2026-11-03"


@pytest.mark.parametrize(
    "date",
    [
        "3 November 2026, 11:00",  # the page's own date, repeated under the title
        "1 November 2026",  # before the publication stamp
        "Updated: 21 November 2026, 11:00",  # an update stamp: the page's, however late
    ],
)
def test_a_date_line_not_after_the_page_date_still_leaves_the_body(date: str) -> None:
    found = extract(EVENT_PAGE.format(date=date), REGISTRY, "en")
    assert date not in [found.subtitle, *found.paragraphs]
    assert all(line in found.body for line in STORY)
