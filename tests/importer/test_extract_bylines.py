"""Bylines: the name, and the date when the byline line gives one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsroom.article import load_article
from newsroom.importer.bylines import NEXT_ROLE, byline_of
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY, import_articles

REGISTRY = load_registry(FIXTURE_REGISTRY)
DATED = [
    ("By Staff Report in International on 19 February 2025", "Staff Report", "2025-02-19"),
    ("Автор: Иван Петров, 19 февраля 2025", "Иван Петров", "2025-02-19"),
    ("Авторы: Айгерім Сәрсенова, 2025 жылғы 19 ақпан", "Айгерім Сәрсенова", "2025-02-19"),
    ("By Jane Smith | 3 March 2024, 10:15", "Jane Smith", "2024-03-03"),
    ("By Jane Smith, Monday, 3 March 2024", "Jane Smith", "2024-03-03"),
    ("Автор: Иван Петров | 19.02.2025 14:30", "Иван Петров", "2025-02-19"),
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Корреспондент: Дана Мусина, оператор: Ержан Сади", "Дана Мусина, Ержан Сади"),
        ("Reporter: Jane Smith; camera: Tom Lee", "Jane Smith, Tom Lee"),
        ("Жүргізуші: Айгүл Сәрсенова", "Айгүл Сәрсенова"),  # a programme's presenter
        ("Ведущая: Анна Ким", "Анна Ким"),
        ("Presenter: Jane Smith", "Jane Smith"),
    ],
)
def test_a_byline_with_a_presenter_or_a_second_role_gives_the_names(line: str, name: str) -> None:
    found = byline_of(line)
    assert found is not None and found.name == name


@pytest.mark.parametrize(("line", "name", "iso"), DATED)
def test_a_byline_line_gives_the_name_and_the_date(line: str, name: str, iso: str) -> None:
    found = byline_of(line)
    assert found is not None and found.name == name
    assert found.date is not None and found.date.as_date() == dt.date.fromisoformat(iso)


@pytest.mark.parametrize(("line", "name", "iso"), DATED)
def test_a_dated_byline_is_not_the_subtitle(line: str, name: str, iso: str) -> None:
    text = (
        f"Clubs plant trees in Almaty\n\n{line}\n\n"
        "The clubs planted 1,000 trees on Monday.\n\nMore will follow in autumn."
    )
    found = extract(text, REGISTRY)
    assert (found.byline, found.subtitle) == (name, None)
    assert found.date == dt.date.fromisoformat(iso)
    assert line not in found.body


@pytest.mark.parametrize("line", ["By Jane Smith, 2 hours ago", "By Jane Smith in Almaty"])
def test_a_byline_without_a_full_date(line: str) -> None:
    found = byline_of(line)
    assert found is not None and found.name == "Jane Smith" and found.date is None


@pytest.mark.parametrize(
    "line",
    ["By the end of 2025 the clubs will have planted 10,000 trees.", "Author Dana Yesimova wins a prize"],
)
def test_sentences_are_not_bylines(line: str) -> None:
    assert byline_of(line) is None


def test_the_imported_article_is_dated_by_its_byline(tmp_path: Path) -> None:
    raw = tmp_path / "byline.txt"
    raw.write_text(
        "Volunteers clean the Esil embankment\n\n"
        "By Staff Report in International on 19 February 2025\n\n"
        "Volunteers of the Astana clubs cleaned two kilometres of the embankment on Saturday.\n\n"
        "The next clean-up is planned for April.",
        encoding="utf-8",
    )
    result = import_articles("--json", "--out", tmp_path / "out", raw)
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert article.date == dt.date(2025, 2, 19) and article.byline == "Staff Report"
    assert article.subtitle is None and "using today" not in result.stderr


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Text and photos: Maria Klimova", "Maria Klimova"),
        ("Edited by Olga Kim", "Olga Kim"),
        ("Translated by Dana Abilova", "Dana Abilova"),
        ("Редактор: Ольга Ким", "Ольга Ким"),
        ("Текст и фото: Мария Климова", "Мария Климова"),
    ],
)
def test_editors_translators_and_photographer_writers_are_bylines(line: str, name: str) -> None:
    found = byline_of(line)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Подготовил: фотокорреспондент Р. Сейткали", "Р. Сейткали"),  # a role word between opening and name
        ("Text: senior editor M. Lindqvist", "M. Lindqvist"),
        ("Words: Dana Kim", "Dana Kim"),
        ("Материалды дайындаған: мұғалім Ә. Б. Жақсыбекова", "Ә. Б. Жақсыбекова"),
        ("Дайындаған Айгүл Сәрсенова", "Айгүл Сәрсенова"),
        ("Материал подготовила учитель географии Лейла Маратовна Осипова", "Лейла Маратовна Осипова"),
        ("Presented by Tom Keller and Ana Ruiz. Produced by Lee Brandt.", "Tom Keller and Ana Ruiz, Lee Brandt"),
        ("Hosted by J. R. Dunn. Edited by K. Lee.", "J. R. Dunn, K. Lee"),
    ],
)
def test_a_byline_with_a_role_before_the_name_or_several_credits_gives_the_names(line: str, name: str) -> None:
    found = byline_of(line)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "line",
    [
        "Text Messages Surge During the Holiday Week",  # a headline: "Text" opens a byline only with a colon
        "Produced by the ministry of culture, the film tours village schools.",
        "Подготовила к печати редакция журнала",
        "Presented by the mayor, the plan drew criticism.",
        "Дайындаған жобасын ауыл тұрғындары қолдады.",
    ],
)
def test_headlines_and_sentences_opening_like_a_credit_are_not_bylines(line: str) -> None:
    assert byline_of(line) is None


def test_a_closing_credit_with_a_role_is_the_byline_and_names_no_person() -> None:
    text = (
        "Школьный хор выступил в филармонии\n\n"
        "Хор школы № 7 занял первое место на городском конкурсе. Руководитель хора Ирина Павловна Лебедева "
        "рассказала, что дети репетировали полгода.\n\n"
        "Материал подготовила учитель музыки Жанна Сергеевна Ольховская\n"
    )
    found = extract(text, REGISTRY)
    assert found.byline == "Жанна Сергеевна Ольховская"
    assert found.entities.people == ["Ирина Павловна Лебедева"]


def test_a_run_of_spaces_in_a_byline_is_read_like_one_space() -> None:
    """A line padded with 800 spaces (a table's cell, a form's field) is read in one pass: the second role after
    the run is still found, and a line of spaces alone is no byline (its speed is measured by hand, not here)."""
    padded = "Корреспондент: Дана Ким" + " " * 800 + "оператор: Ержан Сади"
    found = byline_of(padded)
    assert found is not None and found.name == "Дана Ким, Ержан Сади"
    assert NEXT_ROLE.search(" " * 800) is None
    assert byline_of(" " * 800) is None


@pytest.mark.parametrize(
    "line",
    [
        "Steppe Cycling Union media team",
        "Ministry of Energy press office",
        "Ақмола облысы әкімдігінің баспасөз қызметі",
    ],
)
def test_an_institutions_press_office_or_team_alone_on_its_line_is_a_byline(line: str) -> None:
    found = byline_of(line)
    assert found is not None and found.name == line


@pytest.mark.parametrize(
    "line",
    [
        "Inside the newsroom",  # a crosshead
        "The newsroom",
        "Our media team",
        "We thank the ministry's press office.",
        "Questions from the press team",
        "2026 press office",
    ],
)
def test_crossheads_and_sentences_ending_with_a_team_are_not_bylines(line: str) -> None:
    assert byline_of(line) is None
