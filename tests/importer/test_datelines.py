"""Datelines that open the first paragraph (``ALMATY. KAZINFORM –``)."""

from __future__ import annotations

import pytest

from newsroom.importer.datelines import parse_dateline
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "year"),
    [
        ("ALMATY. KAZINFORM – More than 300 young people gathered.", "ALMATY", "KAZINFORM", None),
        ("ШЫМКЕНТ, 21 апреля. /Казинформ/ – Более 150 руководителей собрались.", "ШЫМКЕНТ", "Казинформ", None),
        ("Astana, 2 June 2025 – The Federation today announced the winners.", "Astana", None, 2025),
        ("GENEVA (Reuters) - The agency said on Monday that it would help.", "GENEVA", "Reuters", None),
        ("NEW YORK, 5 May 2024 — The Secretary-General spoke today.", "NEW YORK", None, 2024),
    ],
)
def test_datelines(paragraph: str, place: str, agency: str | None, year: int | None) -> None:
    dateline = parse_dateline(paragraph, REGISTRY)
    assert dateline is not None
    assert dateline.place == place
    assert (dateline.agency or None) == agency
    assert (dateline.date.year if dateline.date else None) == year


@pytest.mark.parametrize(
    "paragraph",
    [
        "Astana – the capital – welcomed the delegates on Monday.",
        "The forum, which lasted three days - longer than planned - ended on Friday.",
    ],
)
def test_sentences_with_dashes_are_not_datelines(paragraph: str) -> None:
    assert parse_dateline(paragraph, REGISTRY) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "lead"),
    [
        ("МОСКВА, 12 декабря. /ТАСС/. Выставка открылась в Манеже.", "МОСКВА", "ТАСС", "Выставка открылась"),
        ("АСТАНА, 5 марта. /Казинформ/. Форум прошёл в столице.", "АСТАНА", "Казинформ", "Форум прошёл"),
        ("АЛМАТЫ, 5 марта 2025. /Казинформ/. Форум прошёл – впервые.", "АЛМАТЫ", "Казинформ", "Форум прошёл"),
    ],
)
def test_tass_datelines_ending_in_a_full_stop(paragraph: str, place: str, agency: str, lead: str) -> None:
    dateline = parse_dateline(paragraph, REGISTRY)
    assert dateline is not None and (dateline.place, dateline.agency) == (place, agency)
    found = extract(f"Заголовок новости о выставке\n\n{paragraph}\n\nВторой абзац текста.", REGISTRY, "ru")
    assert found.dateline == place and found.summary.startswith(lead)
