"""The paragraphs stage: body lines as Markdown paragraphs, and the summary."""

from __future__ import annotations

from newsroom.importer.datelines import parse_dateline
from newsroom.importer.lines import split_lines
from newsroom.importer.paragraphs import paragraphs, sentences, summary
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def test_one_paragraph_per_line_and_hard_wraps_joined() -> None:
    body = split_lines("The clubs of Aktau opened a library for\nchildren on Monday.\nIt holds 3,000 books.\n\nMore.")
    assert paragraphs(body) == [
        "The clubs of Aktau opened a library for\nchildren on Monday.",
        "It holds 3,000 books.",
        "More.",
    ]


def test_lists_stay_together_and_markup_is_inert() -> None:
    body = split_lines("Winners:\n• Aktau\n• Oral\n\n# not a heading")
    assert paragraphs(body) == ["Winners:", "- Aktau\n- Oral", "\\# not a heading"]


def test_a_line_opening_with_a_dash_keeps_its_dash() -> None:
    """Direct speech in Russian and Kazakh opens with a dash: the reader sees the dash, not a bullet."""
    body = split_lines("Сказала так:\n— Мы открыли библиотеку, — говорит Айгерим Нуртаева.\n– Да.\n\n- a real item")
    assert paragraphs(body) == [
        "Сказала так:",
        "— Мы открыли библиотеку, — говорит Айгерим Нуртаева.",
        "– Да.",
        "- a real item",
    ]


def test_sentences_are_not_split_after_initials_or_abbreviations() -> None:
    assert sentences("Dr. A. Seitkali spoke. Then Mr. B. Ospanov. Г. Алматы, ул. Абая.") == [
        "Dr. A. Seitkali spoke.",
        "Then Mr. B. Ospanov.",
        "Г. Алматы, ул. Абая.",
    ]


def test_the_summary_leaves_the_dateline_out() -> None:
    first = "ALMATY. KAZINFORM – More than 300 young people gathered on Monday. They came from 14 regions."
    body = split_lines(f"{first}\n\nMore follows.")
    assert summary(body, parse_dateline(first, REGISTRY)) == (
        "More than 300 young people gathered on Monday. They came from 14 regions."
    )
    assert summary([], None) == ""
