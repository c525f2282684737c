"""Shapes of the lines above a post's or page's headline that were taken for its title, and body lines
that were lost, met on real pages (group and chat names, government banners, captions under an agency's
headline, a forwarded newsletter's preheader, a release's headline over its standfirst, live blogs whose
entries have no headline, readers' phone lines), each checked on invented text."""

from __future__ import annotations

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def test_a_group_name_over_its_member_count_is_no_title() -> None:
    text = (
        "Клуб садоводов села Береке\n"
        "Группа · 1,2 тыс. участников\n"
        "вчера\n"
        "Собрали первый урожай в новой теплице!\n"
        "В субботу члены клуба Алия Нурланова и Пётр Светлов собрали в теплице у школы сорок килограммов огурцов.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Собрали первый урожай в новой теплице!"
    assert "Группа" not in found.body


def test_a_public_group_line_in_english_is_no_title() -> None:
    text = (
        "Riverside Birdwatchers of Pavlodar\n"
        "Public group · 3.4K members\n"
        "Swans are back on the Irtysh\n"
        "Members counted eighty-two whooper swans on the river north of the city on Sunday morning.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Swans are back on the Irtysh"
