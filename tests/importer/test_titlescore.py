"""The title scorer (``newsroom.importer.titlescore``): a line the header's rules leave as the title gives way to a
line under it that the scorer prefers by more than the rules' prior, whatever the kind of junk (a weather widget, a
sponsor's line, a login prompt); a short headline the text opens with over its deck, and the story's sentences, stay.
Invented text."""

from __future__ import annotations

import json

import pytest

from newsroom.importer import titlescore
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
HEADLINE_EN = "Kokshetau library opens two reading rooms for night readers"
LEAD_EN = (
    "The reading rooms in the old library building in Kokshetau will stay open until midnight from December, "
    "the city's culture department said on Monday."
)
MORE_EN = (
    "Residents asked for late opening hours in a survey last spring, and the library found the money for two more "
    "librarians and new lamps."
)
HEADLINE_KK = "Көкшетау кітапханасы түнгі оқырмандарға екі оқу залын ашады"
LEAD_KK = (
    "Көкшетау қалалық кітапханасы түнгі оқырмандар үшін екі оқу залын ашады: залдар желтоқсаннан бастап түн ортасына "
    "дейін жұмыс істейді, деп хабарлады қала мәдениет бөлімі дүйсенбі күні."
)
MORE_KK = (
    "Оқу залдарын кешке ашу туралы өтінішті тұрғындар көктемгі сауалнамада айтқан, кітапхана екі кітапханашыға "
    "қаражат тапты."
)


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("junk", "headline", "story"),
    [
        (("Almaty +3° Cloudy", "Wind 4 m/s, humidity 80%"), HEADLINE_EN, (LEAD_EN, MORE_EN)),  # a weather widget
        (("BRIGHT STEPPE FUND PARTNER CONTENT", "Sponsored"), HEADLINE_EN, (LEAD_EN, MORE_EN)),  # a sponsor
        (("Көкшетау +3° Бұлтты", "Жел 4 м/с, ылғалдылық 80%"), HEADLINE_KK, (LEAD_KK, MORE_KK)),  # weather, kk
    ],
)
def test_new_kinds_of_junk_over_a_headline_give_way(
    junk: tuple[str, ...], headline: str, story: tuple[str, ...]
) -> None:
    found = extract(page(*junk, headline, *story), REGISTRY)
    assert found.title == headline
    assert all(line in found.body for line in story)
    assert not any(line in found.body for line in junk)


def test_without_a_model_the_rules_alone_choose() -> None:
    text = page("Көкшетау +3° Бұлтты", "Жел 4 м/с, ылғалдылық 80%", HEADLINE_KK, LEAD_KK, MORE_KK)
    with titlescore.using(None):
        assert extract(text, REGISTRY).title != HEADLINE_KK
    assert extract(text, REGISTRY).title == HEADLINE_KK


@pytest.mark.parametrize(
    "lines",
    [
        ("Night readers", LEAD_EN, MORE_EN),  # a feature's short headline over its lead
        ("Түнгі оқырмандар", LEAD_KK, MORE_KK),
        ("Night readers", "By Dana Ospanova", "12 October 2026", LEAD_EN, MORE_EN),  # signed and dated
    ],
)
def test_a_short_real_headline_stays(lines: tuple[str, ...]) -> None:
    found = extract(page(*lines), REGISTRY)
    assert found.title == lines[0]
    assert LEAD_EN in found.body or LEAD_KK in found.body


def test_a_headline_the_text_opens_with_keeps_its_deck_under_it() -> None:
    """A headline at the text's top over its deck: the scorer alone would take the deck, which echoes the story more,
    but the headline keeps its place; a weather widget at the top gives way to the headline two lines under it."""
    deck = "How a town library found the money to stay open until midnight for students and night-shift workers"
    scored = titlescore.scores(["Night readers", deck, LEAD_EN, MORE_EN])
    assert scored[1] > scored[0]  # the scorer alone would take the deck
    assert titlescore.preferred_title(["Night readers", deck, LEAD_EN, MORE_EN], 0) is None
    assert titlescore.preferred_title(["Almaty +3° Cloudy", "Wind 4 m/s", HEADLINE_EN, LEAD_EN, MORE_EN], 0) == 2


def test_a_sentence_of_the_story_is_never_preferred() -> None:
    """A lead of eight words or more closing with a full stop is the story, however much it echoes the rest: the rules'
    title stays (no line under it, a widget's included, takes its place); a line closing with ``!`` may be a
    headline."""
    lead = "The reading rooms of the Kokshetau library will stay open until midnight."
    cry = "Kokshetau library reading rooms will stay open until midnight!"
    for line in (lead, cry):
        lines = ["Kokshetau +3° Cloudy", "Wind 4 m/s", line, MORE_EN, LEAD_EN]
        scored = titlescore.scores(lines)
        assert scored[2] - scored[0] > titlescore.RULES_PRIOR  # the scorer alone would take the line
        assert titlescore.preferred_title(lines, 0) == (2 if line == cry else None)


def test_echo_stems_match_inflected_words() -> None:
    story = titlescore.stems("В посёлке заменили водопровода трубы")
    assert {"водоп", "посёл"} <= story
    assert titlescore.stems("which about the and") == set()  # stop words and short words say nothing


def test_candidates_are_the_first_lines_paragraphs_apart() -> None:
    texts = ["Menu", "A headline", " ".join(["word"] * 50), *["line"] * 40]
    found = titlescore.candidates(texts)
    assert found[:2] == [0, 1]
    assert 2 not in found
    assert max(found) < titlescore.MAX_CANDIDATES


def test_the_shipped_model_reads_the_features_the_scorer_computes() -> None:
    model = titlescore.shipped_model()
    computed = titlescore.candidate_features([HEADLINE_EN, LEAD_EN, MORE_EN], rules=True)[0][1]
    assert set(model.names) <= set(computed)
    assert len(model.names) == len(model.weights) == len(model.mean) == len(model.scale)
    assert all(scale > 0 for scale in model.scale)


def test_a_model_scores_by_a_plain_dot_product() -> None:
    model = titlescore.Model.from_json(
        json.loads('{"features": ["a", "b"], "mean": [1.0, 0.0], "scale": [2.0, 1.0], "weights": [1.0, -1.0]}')
    )
    assert model.score({"a": 3.0, "b": 0.5}) == pytest.approx(0.5)


def test_a_title_the_story_echoes_as_much_stays_over_a_list_of_headlines() -> None:
    """A title over a short lead and a list of other stories' headlines stays the title, and its lead in the body (a
    strict expected failure, ``tests/importer/conftest.py``: the headlines of the list, which repeat one another's
    words, outscore it by more than the rules' prior, and the lead between becomes debris)."""
    headlines = [f"Steppe clubs of town {n} hold a spring fair" for n in range(1, 9)]
    text = page("Steppe clubs open a library", "The clubs opened a library on Monday.", "Popular", *headlines)
    found = extract(text, REGISTRY)
    assert found.title == "Steppe clubs open a library"
    assert "The clubs opened a library on Monday." in found.body


PUN_DECK = "Almaty council votes to close the century-old Zhibek baths after a survey finds the roof unsafe"
PUN_STORY = (
    "Almaty's city council voted on Tuesday to close the Zhibek public baths, a bathhouse that has served the old "
    "town since 1926, after engineers found that its roof could collapse under heavy snow.",
    "The council said the baths would shut at the end of the month and that a tender to restore the building would be "
    "announced in the summer.",
)
QUOTE_STORY = (
    "Жители пятиэтажного дома № 42 на улице Ерубаева в Караганде третий месяц живут без горячей воды, управляющая "
    "компания объясняет это аварией на трубопроводе.",
    "Жильцы написали уже шесть обращений в акимат города, но получили только отписки.",
)


@pytest.mark.parametrize(
    "lines",
    [
        ("Steppe Wire", "Home", "News", "City", "Nobody saw this coming", "Listen to this article", PUN_DECK,
         "By Dana Ormanova", "12 March 2026, 09:40", *PUN_STORY),
        ("Главная", "Новости", "Общество", "«Нам просто надоело ждать»", "Главное",
         "Дом № 42 на Ерубаева третий месяц без горячей воды", "Жильцы написали в акимат шесть обращений",
         "Галина Орлова", "14 марта 2026, 10:15", *QUOTE_STORY),
    ],
)  # fmt: skip
def test_a_headline_written_as_a_sentence_stays_though_the_story_does_not_repeat_it(lines: tuple[str, ...]) -> None:
    """A pun or a quote the story does not repeat, a widget or a label under it, then a deck or a key point that
    restates the story: the scorer takes the restating line (review15t: 59 of 513 invented pages; a guard for headlines
    written as sentences kept them until round 17, whose blind cases it cost: a strict expected failure wherever it
    fails, ``tests/importer/conftest.py``)."""
    found = extract(page(*lines), REGISTRY)
    assert found.title == lines[4] if lines[0] == "Steppe Wire" else found.title == lines[3]
