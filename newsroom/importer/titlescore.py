"""A title's evidence that does not name any kind of junk: a small linear model that scores the lines a raw text's
title may be (its first lines) by their shape, their place, what stands around them and how much of their words the
story under them repeats (their lexical echo).

A site's name, a menu's row, a login prompt, an accessibility link or a rubric has no shape in common with the next
kind of junk, but none of them is repeated by the story, none stands right over a lead, and most sit among short
lines at the top of the page. The weights are fitted by ``benchmarks/title_model.py`` (a conditional logit over each
text's candidates, measured leaving one part of the corpus out) and read at run time from
``newsroom/importer/models/title-scorer.json``: a plain dot product, no numpy.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources

from newsroom.importer.bylines import byline_of, is_bare_byline
from newsroom.importer.dates import is_date_line
from newsroom.importer.debris import is_debris
from newsroom.importer.headline import is_sentence
from newsroom.importer.patterns import listed
from newsroom.importer.wordlists import word_set

MAX_CANDIDATES = 25
"""The title stands among the text's first lines (at most the twentieth in the corpus)."""
MAX_CANDIDATE_WORDS = 40
"""A line longer than this is a paragraph of the story, never its title."""
SHORT_WORDS = 3
ECHO_WORD = re.compile(r"[^\W\d_]{4,}")
"""A content word: four letters or more."""
ECHO_PREFIX, ECHO_CHARS, STORY_WORDS = 5, 800, 6
"""Words compared on their first five letters (``водопровод``/``водопровода``, ``Кокшетау``/``Кокшетауда``) in the
first 800 characters of the story's lines (six words or more) under a line."""
ECHO_STOPWORDS = word_set("headline-echo-stopwords")
WORD = re.compile(r"[^\W_][\w'’-]*")
SEPARATORS = re.compile(r"\s[|·•›/>—–]\s|\s[|·•›]|[|·•›]\s")
SPACE_GAP = re.compile(r"\S(?: {2,}|\t)\S")
QUOTES = re.compile(r"[«»“”\"„]")
ADDRESS = re.compile(r"@|https?://|www\.|\.(?:com|kz|ru|org|net)(?:/|\b)", re.I)
LABEL_FIRST = re.compile(r"^[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?\s?:\s+\S")
"""``Subject: ...``, ``Фото: ...``: a field's or a label's word and a colon first."""
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
WORD_BINS = ((1, 1), (2, 2), (3, 4), (5, 8), (9, 14), (15, 22), (23, MAX_CANDIDATE_WORDS))

MODEL_FILE = "title-scorer.json"
RULE_FEATURES = ("rule_debris", "rule_date", "rule_next_date", "rule_prev_date", "rule_next_byline")
"""Features that are the importer's own rules (tuned on every part of the corpus): the model file says whether it uses
them."""


@dataclass(frozen=True)
class Model:
    """A linear scorer: each feature centred and scaled, then weighed."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]

    def score(self, features: dict[str, float]) -> float:
        """The candidate's score (a log-odds against the text's other candidates)."""
        parts = zip(self.names, self.mean, self.scale, self.weights, strict=True)
        return sum(weight * (features.get(name, 0.0) - mean) / scale for name, mean, scale, weight in parts)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        names = tuple(data["features"])
        return cls(names, tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]))


@functools.cache
def shipped_model() -> Model:
    """The model the importer ships (read once)."""
    path = resources.files("newsroom.importer.models") / MODEL_FILE
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


_CHOSEN: list[Model | None] = []
"""The model set by ``using`` (the benchmarks' weights fitted without a part; None: the rules alone)."""


def active_model() -> Model | None:
    """The model the importer scores with: the one ``using`` sets, else the shipped one."""
    return _CHOSEN[-1] if _CHOSEN else shipped_model()


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Score with ``model`` (None: no scorer, the header's rules alone) while the block runs."""
    _CHOSEN.append(model)
    try:
        yield
    finally:
        _CHOSEN.pop()


def candidates(texts: Sequence[str]) -> list[int]:
    """The positions of the lines the title may be: the first ``MAX_CANDIDATES`` lines, paragraphs apart."""
    return [at for at, text in enumerate(texts[:MAX_CANDIDATES]) if len(text.split()) <= MAX_CANDIDATE_WORDS]


def stems(text: str) -> set[str]:
    """The line's content words, each by its first letters, its stop words (``which``, ``которые``) apart."""
    words = (word.casefold() for word in ECHO_WORD.findall(text))
    return {word[:ECHO_PREFIX] for word in words if word not in ECHO_STOPWORDS}


class _Page:
    """A text's lines with what the features read of them more than once: their folded text, their content words."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.folded = [text.casefold().strip() for text in texts]
        self._stems: dict[int, set[str]] = {}
        self._stories: dict[int, set[str]] = {}

    def stems_at(self, at: int) -> set[str]:
        if at not in self._stems:
            self._stems[at] = stems(self.texts[at])
        return self._stems[at]

    def story_under(self, at: int) -> set[str]:
        """The content words of the story's lines (six words or more) under the line at ``at``, until
        ``ECHO_CHARS`` characters, each by its first five letters and its first four (``залы`` / ``залын``)."""
        if at not in self._stories:
            found: set[str] = set()
            size = 0
            for position in range(at + 1, len(self.texts)):
                if size >= ECHO_CHARS:
                    break
                if len(self.texts[position].split()) >= STORY_WORDS:
                    found |= self.stems_at(position)
                    size += len(self.texts[position]) + 1
            self._stories[at] = found | {stem[: ECHO_PREFIX - 1] for stem in found}
        return self._stories[at]


def _shape(text: str) -> dict[str, float]:
    """What the line looks like: its length, case, closing mark, separators, quotes, figures."""
    words = WORD.findall(text)
    alpha = [word for word in words if word[:1].isalpha()]
    capitals = sum(word[:1].isupper() for word in alpha)
    letters = [char for char in text if char.isalpha()]
    stripped = text.strip()
    last = stripped[-1:] if stripped else ""
    count = len(text.split())
    features = {f"words_{low}_{high}": float(low <= count <= high) for low, high in WORD_BINS}
    features |= {
        "chars_log": math.log1p(len(stripped)),
        "capital_share": capitals / len(alpha) if alpha else 0.0,
        "lowercase_share": (len(alpha) - capitals) / len(alpha) if alpha else 0.0,
        "all_capitals": float(len(letters) >= 4 and all(char.isupper() for char in letters)),
        "ends_stop": float(last == "." and not stripped.endswith("...")),
        "ends_ellipsis": float(stripped.endswith(("...", "…"))),
        "ends_cry": float(last == "!"),
        "ends_question": float(last == "?"),
        "ends_colon": float(last == ":"),
        "ends_comma": float(last in ",;"),
        "ends_quote": float(last in '»”")'),
        "starts_lowercase": float(stripped[:1].islower()),
        "starts_digit": float(stripped[:1].isdigit()),
        "digit_share": sum(char.isdigit() for char in stripped) / len(stripped) if stripped else 0.0,
        "separators": float(min(2, len(SEPARATORS.findall(text)))),
        "space_gaps": float(SPACE_GAP.search(text) is not None),
        "inner_colon": float(":" in stripped[:-1]),
        "quotes": float(QUOTES.search(text) is not None),
        "address": float(ADDRESS.search(text) is not None),
        "year": float(YEAR.search(text) is not None),
        "label_first": float(LABEL_FIRST.match(stripped) is not None),
        "inner_sentence": float(re.search(r"[^\W\d_]{3}[.!?]\s+[^\W\d_]", stripped) is not None),
    }
    return features


def _place(texts: Sequence[str], at: int) -> dict[str, float]:
    """Where the line stands: how far down, among how many short lines, how far above the story's first lead."""
    above = texts[:at]
    short_above = sum(len(text.split()) <= SHORT_WORDS for text in above)
    run = 0
    for text in reversed(above):
        if len(text.split()) > SHORT_WORDS:
            break
        run += 1
    lead = next((p for p in range(at + 1, len(texts)) if is_sentence(texts[p])), len(texts))
    following = texts[at + 1] if at + 1 < len(texts) else ""
    previous = texts[at - 1] if at > 0 else ""
    return {
        "first": float(at == 0),
        "position_log": math.log1p(at),
        "short_above_share": short_above / at if at else 0.0,
        "short_run_above_log": math.log1p(run),
        "to_lead_log": math.log1p(lead - at - 1),
        "right_over_lead": float(lead == at + 1),
        "next_short": float(len(following.split()) <= SHORT_WORDS),
        "previous_short": float(at > 0 and len(previous.split()) <= SHORT_WORDS),
        "next_longer": float(len(following.split()) > len(texts[at].split())),
        "is_lead_itself": float(is_sentence(texts[at])),
    }


def _repetition(page: _Page, at: int) -> dict[str, float]:
    """The line said again: whole elsewhere in the text, or inside a line above or below (a browser tab's title)."""
    text = page.folded[at]
    others = [other for position, other in enumerate(page.folded) if position != at]
    long_enough = len(text.split()) >= SHORT_WORDS
    return {
        "repeated": float(text in others),
        "inside_another": float(long_enough and any(text in other and other != text for other in others)),
    }


def _rules(texts: Sequence[str], at: int) -> dict[str, float]:
    """The importer's own role predicates on the line and its neighbours (tuned on the corpus)."""
    text = texts[at]
    following = texts[at + 1] if at + 1 < len(texts) else ""
    previous = texts[at - 1] if at > 0 else ""
    return {
        "rule_debris": float(is_debris(text)),
        "rule_date": float(is_date_line(text)),
        "rule_next_date": float(bool(following) and is_date_line(following)),
        "rule_prev_date": float(bool(previous) and is_date_line(previous)),
        "rule_next_byline": float(bool(following) and (is_bare_byline(following) or byline_of(following) is not None)),
    }


def features(page: _Page, at: int, *, rules: bool) -> dict[str, float]:
    """Every feature of the line at ``at`` (``rules``: with the importer's role predicates)."""
    texts, own = page.texts, page.stems_at(at)
    echoed = len(own & page.story_under(at))
    echo = {
        "echo_share": echoed / len(own) if own else 0.0,
        "echo_count_log": math.log1p(echoed),
        "own_words_log": math.log1p(len(own)),
        "no_echo": float(len(own) >= 2 and echoed == 0),
    }
    found = _shape(texts[at]) | _place(texts, at) | _repetition(page, at) | echo
    return found | _rules(texts, at) if rules else found


def candidate_features(texts: Sequence[str], *, rules: bool = True) -> list[tuple[int, dict[str, float]]]:
    """Each candidate's position and features, with the features comparing it to the text's other candidates
    (``rules``: with the importer's role predicates)."""
    page = _Page(texts)
    footer = _footer(texts)
    found = [(at, features(page, at, rules=rules)) for at in candidates(texts)]
    for at, values in found:
        own = page.stems_at(at)
        values["footer_echo_share"] = len(own & footer) / len(own) if own else 0.0
    _compare(found)
    return found


FOOTER_CHARS = 600


def _footer(texts: Sequence[str]) -> set[str]:
    """The content words of the text's last ``FOOTER_CHARS`` characters (a site's or body's name comes back in its
    footer or its boilerplate, a headline seldom does)."""
    tail: list[str] = []
    size = 0
    for text in reversed(texts[MAX_CANDIDATES:]):
        if size >= FOOTER_CHARS:
            break
        tail.append(text[-FOOTER_CHARS:])
        size += len(tail[-1])
    return stems("\n".join(tail))


def strongly_echoed(texts: Sequence[str], at: int) -> bool:
    """The story under the line at ``at`` repeats half of its content words or more, two at least, its figures
    counting as one word when the story repeats them all (``Kairat vs Astana: 2-1`` over a story of the derby,
    ``Inflation in October: 8.5%`` over ``Prices rose 8.5% in October``; a page's field, ``Телефон дежурной части:
    102``, is no story's subject)."""
    page = _Page(texts)
    own = page.stems_at(at)
    echoed = len(own & page.story_under(at))
    figures = _figures(texts[at])
    if figures:
        own = own | {FIGURES_WORD}
        echoed += figures <= _figures("\n".join(_story_lines(texts, at)))
    return echoed >= MIN_STRONG_ECHOES and echoed >= STRONG_ECHO * len(own)


MIN_STRONG_ECHOES = 2
FIGURE = re.compile(r"\d+(?:[ .,]\d+)*")
FIGURES_WORD = "#figures"
"""The line's figures, written as one word among its content words."""


def _figures(text: str) -> set[str]:
    """The measures and scores of a text, their group separators dropped and a decimal comma read as a point
    (``20 512 000``, ``8,5``, ``3-1``): a fraction or five digits and more, not a short number a hotline or a year may
    be (``150``, ``2026``), or a match's score (not an hour, ``19:00``)."""
    figures = {figure.replace(" ", "").replace(",", ".") for figure in FIGURE.findall(text)}
    scores = {f"{score['home']}-{score['away'] or score['goals']}" for score in SCORE.finditer(text)}
    return {figure for figure in figures if "." in figure or len(figure) >= MIN_MEASURE_DIGITS} | scores


MIN_MEASURE_DIGITS = 5
SCORE = re.compile(r"(?<![\d.,:–-])(?P<home>\d{1,3})(?: ?[-–] ?(?P<away>\d{1,3})| ?: ?(?P<goals>\d))(?![\d.,:])")
"""``3-1``, ``88-79``, ``2:1``: after a colon one digit only (``19:00`` is an hour)."""


def _story_lines(texts: Sequence[str], at: int) -> list[str]:
    """The story's lines (six words or more) under the line at ``at``, until ``ECHO_CHARS`` characters."""
    found: list[str] = []
    size = 0
    for text in texts[at + 1 :]:
        if size >= ECHO_CHARS:
            break
        if len(text.split()) >= STORY_WORDS:
            found.append(text)
            size += len(text) + 1
    return found


def _headline_like(values: dict[str, float]) -> bool:
    """A strong echo, three to sixteen words, no closing stop, colon or comma."""
    ends = values["ends_stop"] or values["ends_colon"] or values["ends_comma"]
    return (
        _strong(values) and not ends and values["words_1_1"] == values["words_2_2"] == 0 and values["words_15_22"] == 0
    )


def _strong(values: dict[str, float]) -> bool:
    return values["echo_share"] >= STRONG_ECHO and values["echo_count_log"] >= math.log1p(2)


STRONG_ECHO = 0.5
"""Half of a line's content words or more, two at least, come back in the story: a strong echo."""


def _compare(found: list[tuple[int, dict[str, float]]]) -> None:
    """Add the features that set a candidate against the others: how its echo compares with the best one's and its
    neighbours', how many candidates above echo strongly (a headline's deck echoes as much as its headline)."""
    best_echo = max((values["echo_share"] for _, values in found), default=0.0)
    echo_at = {at: values["echo_share"] for at, values in found}
    strong_above = 0
    by_position = dict(found)
    for at, values in found:
        previous, following = by_position.get(at - 1), by_position.get(at + 1)
        values["under_a_headline"] = float(previous is not None and _headline_like(previous))
        values["over_a_deck"] = float(following is not None and _strong(following) and bool(values["next_longer"]))
        values["echo_below_best"] = best_echo - values["echo_share"]
        values["next_echo_share"] = echo_at.get(at + 1, 0.0)
        values["previous_echo_share"] = echo_at.get(at - 1, 0.0)
        values["strong_echoes_above_log"] = math.log1p(strong_above)
        values["first_strong_echo"] = float(strong_above == 0 and _strong(values))
        strong_above += _strong(values)


def scores(texts: Sequence[str], model: Model | None = None) -> dict[int, float]:
    """Each candidate's score by ``model`` (the shipped one by default), by position."""
    return candidate_scores(texts, model or shipped_model())


RULES_PRIOR = 3.0
"""How much the rules' title counts for (in log-odds) against the scorer's other candidates: a line below takes its
place when the scorer prefers it by more than that. Chosen on the 160 cases of holdout26 to 29 and 34 to 37, which the
rules had never been tuned on, with the scorer fitted leaving each part out (``benchmarks/title_model.py --prior``):
the rules alone chose 0.856 of their titles right; with no prior 0.938, with 2 0.963, with 3 0.969, with 4 0.944
(over all 970 opened cases, 0.986 with 3)."""


def preferred_title(texts: Sequence[str], at: int, *, prior: float = RULES_PRIOR) -> int | None:
    """The position of the candidate under the rules' title at ``at`` that the scorer prefers to it by more than
    ``prior`` (``RULES_PRIOR``); None to keep the rules' title (always when no model is active or the rules' line is
    no candidate). A login prompt, a site's tagline, a section's name or an issue line that no rule knows has no
    headline's shape, echo or place, and gives way to the headline under it; a picture's description under a
    headline, which the scorer alone may take for one, does not outweigh the rules' choice. When the scorer's choice
    is a sentence of the story (eight words or more and a full stop), which a short text's lead may look like, or
    the deck right under a headline near the text's top, the rules' title stays (no line further down is tried)."""
    model = active_model()
    if model is None:
        return None
    return choose_under(texts, at, candidate_scores(texts, model), prior)


def candidate_scores(texts: Sequence[str], model: Model) -> dict[int, float]:
    """Each candidate's score by ``model``, by position."""
    rules = any(name in RULE_FEATURES for name in model.names)
    return {position: model.score(values) for position, values in candidate_features(texts, rules=rules)}


def choose_under(texts: Sequence[str], at: int, scored: dict[int, float], prior: float) -> int | None:
    """The best-scored candidate at or under ``at``, the line at ``at`` counting ``prior`` more; None when that is the
    line at ``at`` (or no candidate), a sentence of the story, a salutation or the deck of a headline near the top."""
    if at not in scored:
        return None
    under = [position for position in scored if position >= at]
    best = max(under, key=lambda position: scored[position] + (prior if position == at else 0.0))
    if best == at or _is_statement(texts[best]) or _is_salutation(texts[best]):
        return None
    return None if _opens_over_its_deck(texts, at, best) else best


SALUTATION_OPENING = re.compile(r"^\W*" + listed("titlescore-salutations") + r"(?!\w)", re.I)


def _is_salutation(text: str) -> bool:
    """A speech's or a letter's salutation, going on after a comma or colon or to several addressees (``Dear
    colleagues,``, ``Уважаемая госпожа вице-министр, уважаемые коллеги, дамы и господа!``), which the speech under it
    repeats: the rules' title over it stays. A notice's ``Уважаемые жители!`` may be its headline."""
    stripped = text.strip()
    going_on = stripped.endswith((",", ":")) or (stripped.endswith("!") and "," in stripped)
    return going_on and SALUTATION_OPENING.match(stripped) is not None


def _is_statement(text: str) -> bool:
    """A sentence of the story: eight words or more closing with a full stop (a headline may close with ``!`` or ``?``
    rather)."""
    return is_sentence(text) and FULL_STOP.search(text.strip()) is not None


FULL_STOP = re.compile(r"[^.]\.['\"”»)’\]]*$")
"""A closing full stop, not an ellipsis."""
TOP_LINES = 2
"""A rules' title this near the text's top (under a rubric or two at most) keeps its place over its deck."""


def _opens_over_its_deck(texts: Sequence[str], at: int, best: int) -> bool:
    """The rules' title stands within ``TOP_LINES`` of the text's top and the preferred line, longer, right under it:
    a short headline the text opens with, over its deck or first sentence (``Dry taps`` / ``How a steppe village
    lives with ...``), which the scorer prefers for their echo. Further down the page, or past a widget, a line over a
    longer one is as often a rubric, a kicker, a sponsor's or an account's name over the headline (``Хоккей с мячом``,
    ``16 DAYS OF ACTIVISM 2026``): there the scorer decides."""
    if at > TOP_LINES or best != at + 1:
        return False
    return len(texts[best].split()) > len(texts[at].split())
