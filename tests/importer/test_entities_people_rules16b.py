"""People, round 16b: classes of error the open parts showed, each checked on invented pages."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def _people(paragraphs: list[str], lang: str = "en") -> list[str]:
    text = "\n\n".join(["Regional Office", *paragraphs])
    return extract(text, REGISTRY, lang).entities.people


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The plant will open next year, Hanul Motors CEO Park Ji-hoon said in a statement.", "Park Ji-hoon"),
        ("Trade envoy Park Seo-jun said the two sides had agreed on the terms.", "Park Seo-jun"),
        ("The talks went well, chief negotiator Park Min-seo told reporters on Friday.", "Park Min-seo"),
    ],
)
def test_a_korean_name_written_surname_first_is_a_person(sentence: str, name: str) -> None:
    people = _people(["Carmaker to build a plant in Kazakhstan", sentence, "The plant will employ 900 workers."])
    assert name in people


@pytest.mark.parametrize(
    "title",
    [
        "S. Korean carmaker to build plant in Kazakhstan",
        "N. Korean delegation visits Tashkent fair",
        "S. Korean, Japanese firms bid for Almaty metro cars",
    ],
)
def test_an_initial_before_a_nationality_is_no_person(title: str) -> None:
    people = _people([title, "The company said the plant would employ 900 workers from the region."])
    assert not any("Korean" in name for name in people)


@pytest.mark.parametrize(
    ("contact", "lang", "name"),
    [
        (
            "Dariga Seitova, Programme Associate, UNDP Almaty, d.seitova@example.org, +7 701 555 01 02",
            "en",
            "Dariga Seitova",
        ),
        ("For interviews, please contact Omar Haidari, Communications Lead, omar.h@example.org", "en", "Omar Haidari"),
        (
            "Зарина Абдуллаева, отдел по связям с общественностью фонда, тел.: +996 555 12 34 56",
            "ru",
            "Зарина Абдуллаева",
        ),
    ],
)
def test_a_media_contact_told_nowhere_else_is_no_person(contact: str, lang: str, name: str) -> None:
    story = {
        "en": "Forty volunteers cleaned the river banks near the old mill on Saturday, the organisers said.",
        "ru": "Сорок волонтёров в субботу очистили берега реки у старой мельницы, сообщили организаторы.",
    }[lang]
    assert name not in _people(["Volunteers clean the river banks", story, story, contact], lang)


def test_a_contact_quoted_in_the_story_stays_a_person() -> None:
    story = "Forty volunteers cleaned the river banks on Saturday, Dariga Seitova, the fund's press officer, said."
    contact = "Dariga Seitova, Programme Associate, UNDP Almaty, d.seitova@example.org, +7 701 555 01 02"
    assert "Dariga Seitova" in _people(["Volunteers clean the river banks", story, contact])
