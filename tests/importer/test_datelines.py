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


@pytest.mark.parametrize(
    "paragraph",
    [
        "КОКШЕТАУ, 12.11.2026. /АИ «Степь»/. В городском университете открылась конференция молодых врачей.",
        "KOKSHETAU, 12.11.2026. /Steppe Wire/. The city university opened a conference of young doctors.",
    ],
)
def test_a_dateline_with_a_numeric_date_and_the_agency_in_slashes(paragraph: str) -> None:
    """An agency's dateline in the CIS style with the date written in figures: the date's stops are no part's end."""
    dateline = parse_dateline(paragraph, REGISTRY)
    assert dateline is not None and dateline.place in ("КОКШЕТАУ", "KOKSHETAU")
    assert dateline.date is not None and (dateline.date.day, dateline.date.month, dateline.date.year) == (12, 11, 2026)
    assert dateline.agency in ("АИ «Степь»", "Steppe Wire")


def test_a_sentence_with_figures_and_slashes_is_no_dateline() -> None:
    assert (
        parse_dateline("Prices rose 12.5. per cent /year/. Farmers in Kokshetau paid more for fuel.", REGISTRY) is None
    )
