"""People, organizations and places found in articles, and the report of names the registry does not know."""

from __future__ import annotations

import json
from pathlib import Path

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY, RAW, import_articles

REGISTRY = load_registry(FIXTURE_REGISTRY)


def test_report_lists_names_the_registry_does_not_know(tmp_path: Path) -> None:
    result = import_articles("--json", "--report", "--out", tmp_path, RAW / "youth-forum-almaty.txt")
    report = json.loads(result.stdout)
    assert report["unknown"]["people"] == ["Aigerim Sadykova", "Marat Zhunusov"]
    assert "Kazakhstan National Federation of Clubs for UNESCO" not in report["unknown"].get("organizations", [])
    text = import_articles("--report", "--force", "--out", tmp_path, RAW / "youth-forum-almaty.txt")
    assert "not in the registry: people: " in text.stderr and "Aigerim Sadykova" in text.stderr


def test_kazakh_and_russian_extraction_give_nominative_names() -> None:
    text = RAW.joinpath("ru-konferenciya-klubov.txt").read_text(encoding="utf-8")
    found = extract(text, REGISTRY, "ru")
    assert found.entities.people == ["Айгерим Садыкова", "Марат Жунусов"]
    assert "Туркестанская область" in found.entities.places and "Шымкент" in found.entities.places
    assert found.dateline == "ШЫМКЕНТ" and found.source == "Казинформ"


def test_an_organization_does_not_run_on_into_a_weekday_or_month() -> None:
    text = (
        "Bank backs rural schools\n\n"
        "The World Bank on Tuesday approved a loan for rural schools, and the Asian Development Bank in March "
        "pledged another.\n\nThe schools will open in autumn."
    )
    orgs = extract(text, REGISTRY, "en").entities.organizations
    assert "World Bank" in orgs and not [o for o in orgs if "Tuesday" in o or "March" in o]


def test_a_place_inside_a_longer_place_is_listed_once() -> None:
    text = (
        "Clubs meet in the steppe\n\n"
        "KARAGANDA. KAZINFORM – The clubs of Karaganda region met on Monday.\n\n"
        "They will meet again in Karaganda region next year."
    )
    places = extract(text, REGISTRY, "en").entities.places
    assert "Karaganda region" in places and "Karaganda" not in places
    both = "Clubs meet\n\nThe clubs of Karaganda region met in Karaganda on Monday.\n\nMore follows."
    # each named on its own
    assert {"Karaganda", "Karaganda region"} <= set(extract(both, REGISTRY, "en").entities.places)
