"""The corpus's tuned-on parts beyond ``dev`` (``tests/import_cases/README.md``), through the real command
line: every case of every part meets every label (title, language, date, people, debris removed, body
kept), but the checks named below for the cases named below, each with its reason.

Each part was written blind, scored once, then tuned on. The part written blind last (the benchmark's
``UNSEEN``) is never read here: ``benchmarks/import_quality.py`` scores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY
from tests.helpers.import_parts import assert_case_met, cases_of, import_part

CORPUS = REPOSITORY / "tests" / "import_cases"
CHECKS = frozenset({"people", "debris", "body"})
"""The checks a case may be let off (title, language and date are never)."""


@dataclass(frozen=True)
class Part:
    """A corpus part, its number of cases and the checks its cases are let off, with why."""

    cases: int
    let_off: dict[str, dict[str, str]] = field(default_factory=dict)
    """Case name -> check -> the reason it is not met."""


DEBRIS_ROUND = "debris lines kept (widgets, counters, teasers, footers): left to the round on debris, not the title's"
PEOPLE_ROUND = "a person missed or one too many: left to the round on people, not the title's"
HOLDOUT8_DEBRIS = (
    "en-embassy-newsletter-forwarded-study-fair",
    "en-intl-ngo-bishkek-housing-activists",
    "en-ngo-annual-report-water-villages",
    "en-obituary-violin-teacher",
    "en-photo-gallery-shymkent-night-bazaar",
    "en-thinktank-event-summary-grid-finance",
    "kk-regional-tv-greenhouse-village",
    "ru-business-paper-deposits-tenge",
    "ru-interview-qa-rehab-centre-doctor",
    "ru-okru-post-veterans-90th-birthday",
    "ru-opinion-column-district-budgets",
    "ru-whatsapp-forward-ural-ice-warning",
)
HOLDOUT9_DEBRIS = (
    "en-agency-afp-caspian-grain-exports",
    "en-ingo-tajikistan-winter-kits",
    "en-ohchr-central-asia-legal-aid-statement",
    "en-unesco-almaty-climate-journalism",
)
"""Cases of holdout8 and holdout9 tuned on for their titles and body lines only (issue 13's title round): their
debris and people are another round's."""

PARTS = {
    "holdout": Part(16),
    "holdout2": Part(18),
    "holdout3": Part(20),
    "dev-blind": Part(24),
    "dev-blind2": Part(
        24,
        {
            name: {"people": "labelled as written in the genitive or dative; the importer gives the nominative"}
            for name in ("ru-akimat-weather-bar-dash-quotes", "ru-telegram-post-no-date")
        },
    ),
    "dev-blind3": Part(
        24,
        {
            "ru-theatre-premiere-kicker-nodate": {
                "people": "a poster's artist named in its caption is taken as a person of the story"
            },
        },
    ),
    "holdout4": Part(
        16,
        {
            "en-think-tank-commentary-water": {
                "body": "keeps 'The views expressed are the author's own.', a line holdout2 labels as debris"
            },
        },
    ),
    "holdout5": Part(
        20,
        {
            "ru-police-fraud-phones": {
                "people": "labels the nominative restored from a genitive with the patronymic (Нуржан Ерболович"
                " Ахметов); holdout2 labels the same shape by the short nominative the text writes later"
            },
        },
    ),
    "holdout6": Part(20),
    "holdout7": Part(
        20,
        {
            "ru-theatre-cherry-orchard": {"people": "a play's character (Петя Трофимов) reads as a person"},
        },
    ),
    "holdout8": Part(
        20,
        {
            **{name: {"debris": DEBRIS_ROUND} for name in HOLDOUT8_DEBRIS},
            "en-centralasia-outlet-aral-fishermen": {"people": PEOPLE_ROUND},
            "kk-college-skills-championship": {"people": PEOPLE_ROUND},
            "kk-national-paper-village-library": {"debris": DEBRIS_ROUND, "people": PEOPLE_ROUND},
        },
    ),
    "holdout9": Part(
        20,
        {
            **{name: {"debris": DEBRIS_ROUND} for name in HOLDOUT9_DEBRIS},
            "en-wfp-feature-drip-irrigation-turkistan": {"debris": DEBRIS_ROUND, "people": PEOPLE_ROUND},
            "ru-rferl-zhanaozen-water-tariffs": {"debris": DEBRIS_ROUND, "people": PEOPLE_ROUND},
        },
    ),
}


def test_every_part_has_its_cases_and_the_cases_let_off_exist() -> None:
    for name, part in PARTS.items():
        names = {path.stem for path in cases_of(CORPUS / name)}
        assert len(names) == part.cases, name
        assert names >= part.let_off.keys(), name
        assert all(set(checks) <= CHECKS for checks in part.let_off.values()), name


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict]]:
    """Every part imported, one run of the command line a part: part -> case name -> report."""
    return {name: import_part(CORPUS / name, tmp_path_factory.mktemp(name)) for name in PARTS}


def _every_case() -> list[tuple[str, Path]]:
    return [(name, path) for name in PARTS for path in cases_of(CORPUS / name)]


@pytest.mark.parametrize(("part", "expected_path"), _every_case(), ids=lambda value: getattr(value, "stem", value))
def test_a_case_meets_its_labels(part: str, expected_path: Path, imported: dict[str, dict[str, dict]]) -> None:
    let_off = PARTS[part].let_off.get(expected_path.stem, {})
    assert_case_met(
        CORPUS / part,
        expected_path,
        imported[part],
        people="people" not in let_off,
        debris_removed="debris" not in let_off,
        body="body" not in let_off,
    )
