"""The article's header and lead: title, labels, subtitle, bylines, summary."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.importer.paragraphs import first_sentences
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def test_hard_wrapped_lead_is_not_a_subtitle() -> None:
    text = (
        "Clubs open a library in Aktau\n\n"
        "The clubs of Aktau opened a new library for children on Monday, the\n"
        "federation said in a statement sent to the press on Tuesday morning.\n"
        "The library holds 3,000 books.\n\n"
        "Volunteers will run reading sessions twice a month."
    )
    found = extract(text, REGISTRY, "en")
    assert found.subtitle is None
    lead = "The clubs of Aktau opened a new library for children on Monday, the federation said"
    assert found.summary.startswith(lead)


def test_a_topic_label_above_the_headline_is_not_the_title() -> None:
    text = (
        "Peace and Security\n\n"
        "UN chief calls for a ceasefire as fighting spreads across the region\n\n"
        "10 March 2025\n\n"
        "The Secretary-General on Monday called for an immediate ceasefire.\n\n"
        "He said civilians were paying the highest price.\n\n"
        "Download the UN News app for your iOS or Android devices."
    )
    found = extract(text, REGISTRY, "en")
    assert found.title == "UN chief calls for a ceasefire as fighting spreads across the region"
    assert "Download the UN News app" not in found.body and found.source is None


def test_a_short_title_with_a_long_subtitle_stays_the_title() -> None:
    text = (
        "Clubs plant trees\n\n"
        "Volunteers from twelve clubs planted a thousand trees across Turkistan region on Saturday\n\n"
        "The clubs of Turkistan planted 1,000 trees.\n\nMore will follow in autumn."
    )
    assert extract(text, REGISTRY, "en").title == "Clubs plant trees"


@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        ('He said: "We are ready." Then the clubs voted on the plan.', 'He said: "We are ready." Then the clubs'),
        ("Она сказала: «Мы готовы.» Затем клубы проголосовали.", "Она сказала: «Мы готовы.» Затем"),
        ("He said: “We are ready.” Then the clubs voted.", "He said: “We are ready.” Then"),
    ],
)
def test_summaries_keep_closing_quotes(paragraph: str, lead: str) -> None:
    assert first_sentences(paragraph).startswith(lead)


@pytest.mark.parametrize(
    "title",
    [
        "Author Dana Yesimova wins a prize for a novel set in Aktau",
        "Текст Конституции опубликован на трёх языках",
        "Authors Union of Aktau meets over new rules",
    ],
)
def test_headlines_starting_with_a_byline_word_are_titles(title: str) -> None:
    found = extract(f"{title}\n\nThe news came on Monday.\n\nMore follows.", REGISTRY)
    assert found.title == title and found.byline is None


@pytest.mark.parametrize(
    "line", ["By Olga Petrova", "Автор: Иван Петров", "Author: Jane Smith", "Текст: Айгерим Садыкова"]
)
def test_bylines_are_still_bylines(line: str) -> None:
    found = extract(f"Clubs meet in spring\n\n{line}\n\nThe clubs met on Monday.\n\nMore follows.", REGISTRY)
    assert found.byline == line.split(":")[-1].removeprefix("By").strip()
