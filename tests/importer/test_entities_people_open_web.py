"""People on the open web's pages (the holdout8 and holdout9 round): names with particles of several words
kept whole, and text near those shapes that names nobody. Invented people and text."""

from __future__ import annotations

import pytest

from newsroom.importer.entities import find_entities
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def people(paragraphs: list[str], lang: str = "en") -> list[str]:
    return find_entities(paragraphs, REGISTRY, lang).people


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "“Water is the harvest,” says Lucía Inés de los Santos, the programme's agronomist.",
            "Lucía Inés de los Santos",
        ),
        ("The clinic is run by Pilar de las Heras, a nurse from Seville.", "Pilar de las Heras"),
        ("“We came back every spring,” said Tomás de la Vega, who leads the survey.", "Tomás de la Vega"),
        ("The report was written by Hendrik van der Meer and two colleagues.", "Hendrik van der Meer"),
    ],
)
def test_a_name_with_particles_of_several_words_is_kept_whole(sentence: str, name: str) -> None:
    assert people([sentence]) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The market sells sugar skulls before the Día de los Muertos holiday.",
        "Tourists walk along Paseo de las Flores in the evening.",
    ],
)
def test_a_holiday_or_a_street_with_particles_names_nobody(sentence: str) -> None:
    assert people([sentence]) == []
