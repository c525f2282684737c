"""What every finder shares: the result, the article's text, an ordered set of names, and the
finder interface (one finder per language proposes names; the modules by kind resolve them)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from newsroom.alphabets import CYRILLIC_LOWER, CYRILLIC_UPPER
from newsroom.importer.bylines import is_credit_line
from newsroom.importer.patterns import listed
from newsroom.importer.wordlists import word_set, words
from newsroom.kinds import KINDS
from newsroom.registry import Entry, Registry

_TRIMMED = " ,.;:“”\"'«»"
NAME_SUFFIXES = word_set("names-suffixes")
"""``Jr.``, ``Sr.``: a name's last word that keeps its full stop."""


KINSHIP_SUFFIX = re.compile(
    r"(?<=\w)-(?:" + listed("names-kinship-suffixes") + r")(?=\s)"
    r"(?![ \t]+[\w-]+[ \t]+" + listed("people-namesake-after", "kk") + r"(?!\w))",
    re.I,
)
"""``-апа`` in ``Зейнеп-апа Муканова``: a kinship or respect word joined to the first name, no part of the name;
kept before a namesake's street, district or village (``Бибігүл-апай Әуезов ауданында``: no surname follows)."""


def without_kinship_word(text: str) -> str:
    """``Зейнеп-апа Муканова`` -> ``Зейнеп Муканова``: a name, or a paragraph, without the kinship words joined to
    first names (a first name alone with one keeps it: ``Бибигуль-апай`` closing a sentence)."""
    return KINSHIP_SUFFIX.sub("", text)


_CREDIT_WORDS = word_set("credits-labels") | word_set("bylines-agencies")
_CREDIT_WORD = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _CREDIT_WORDS), key=len, reverse=True)) + r")(?!\w)", re.I
)
"""A picture word or an agency: what makes a slashed chain of names a credit."""
_CLAUSE_END = re.compile(r"[.,;!?()]\s")
_LABEL_REACH = 16
"""How far before a credit's clause its label may stand (``Фото: Степной Вестник/Тимур Алиев``)."""


_UPPER_RUN = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2}"
BRACKETED_OWNER = re.compile(r"\((?:[^\W\d_][\w.&’'-]*\s)*[^\W\d_][\w.&’'-]*/$")
"""``(OSCE/``, ``(UN Women/``: an organisation's name opening a bracket, a slash right after it."""
_OWNER_REACH = 40


def in_a_bracketed_credit(text: str, start: int, end: int) -> bool:
    """``(OSCE/Azamat Kudaiberdiev)`` closing a caption: an organisation written in capitals, a slash, the
    photographer's name, then the bracket closes (``(Anna Petrova/Timur Bekov)`` is two people)."""
    if text[end : end + 1] != ")":
        return False
    owner = BRACKETED_OWNER.search(text[max(0, start - _OWNER_REACH) : start])
    return owner is not None and re.search(_UPPER_RUN, owner.group()) is not None


PIPED_OUTLET = re.compile(r"[ \t]*\|[ \t]*(?:[^\W\d_][\w.&’'-]*[ \t]*){1,6}$", re.M)
"""`` | Eurasia Markets Daily`` to the line's end: the outlet a photographer works for, after a pipe."""
_ROLE_WORDS = word_set("roles-person")
_FIRST_NAMES = word_set("names-first")
SENTENCE_BEFORE = re.compile(r"(?:^|[.!?…][ \t]+)$")


def in_a_piped_credit(text: str, start: int, end: int) -> bool:
    """``... near Kostanay. Yevgeny Koval | Eurasia Markets Daily``: a name opening its line or following a
    sentence's end, then a pipe and an outlet's capitalised name closing the line: a photographer's credit."""
    line_start = text.rfind("\n", 0, start) + 1
    if SENTENCE_BEFORE.search(text[line_start:start]) is None:
        return False
    outlet = PIPED_OUTLET.match(text, end)
    words = outlet.group().strip(" \t|").split() if outlet is not None else []
    return bool(words) and all(word[:1].isupper() and word.lower() not in _ROLE_WORDS for word in words)


SLASHED_OUTLET = re.compile(r"(?:^|[.!?…][ \t]+)(?:[^\W\d_][\w.&’'-]*[ \t]+){0,3}[^\W\d_][\w.&’'-]*[ \t]?/[ \t]?$")
"""``... Nov. 4, 2026. Qazaq Wire/``: an outlet's capitalised name after a sentence's end, then a slash."""


_SURNAME_ENDINGS = tuple(words("names-surname-endings", "en"))
_EAST_ASIAN_SURNAMES = word_set("names-surnames-east-asian", "en")
_CYRILLIC_WORD = re.compile(f"[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]+(?:-[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]+)?")


def _a_persons_words(words: list[str]) -> bool:
    """Two or three words before a slash that read as a person's name: a known first name, a surname's ending or
    an East Asian surname closing them (``Sofya Abenova``, ``Zhansaya Kim``), or Cyrillic words written as a
    name's (``Дана Ким``; an outlet is rarely written so in a Cyrillic credit)."""
    if not 2 <= len(words) <= 3:
        return bool(words) and words[0].casefold() in _FIRST_NAMES
    last = words[-1].casefold()
    known = words[0].casefold() in _FIRST_NAMES or last.endswith(_SURNAME_ENDINGS) or last in _EAST_ASIAN_SURNAMES
    return known or all(_CYRILLIC_WORD.fullmatch(word) for word in words)


def in_a_closing_slashed_credit(text: str, start: int, end: int) -> bool:
    """``... near Kaskasu village. Qazaq Wire/Timur Sadykov`` closing its line: an outlet's name opening its
    sentence, a slash, then the name ends the line: a photographer's credit whatever the outlet."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(" \t.") != "":
        return False
    outlet = SLASHED_OUTLET.search(text, line_start, start)
    words = outlet.group().strip(" \t/.!?…").split() if outlet is not None else []
    person = _a_persons_words(words)  # "Winners. Anna Ivanova/Timur Bekov", "Лучшая пара. Дана Ким/...": a pair
    return bool(words) and not person and all(word[:1].isupper() and word.lower() not in _ROLE_WORDS for word in words)


SQUARE_LABEL_BEFORE = re.compile(r"\[[^\W\d_][^\[\]:/]{0,20}:\s*$")
"""``[File: `` right before a name: the label of a picture's credit in square brackets."""


def in_a_slashed_credit(text: str, start: int, end: int) -> bool:
    """A name joined by a slash to the words around it (``Steppe Wire/Nurlan Omarov/File Photo``, ``ФОТО:
    ТАСС/Иван Петров``) with a picture word or an agency in its clause: a photographer's credit, no person of
    the story; ``pair Anna Ivanova/Timur Bekov won`` is two people."""
    if in_a_bracketed_credit(text, start, end) or in_a_piped_credit(text, start, end):
        return True
    if in_a_closing_slashed_credit(text, start, end):
        return True
    if SQUARE_LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH * 2), start) and text[end : end + 1] == "/":
        return True  # "[File: Wahid Noori/Al Waha]", "[Photo: Anna Petrova/Steppe Wire]": a credit in square brackets
    if not text[max(0, start - 3) : start].rstrip(" ").endswith("/") and not text[end : end + 3].lstrip(" ").startswith(
        "/"
    ):
        return False  # "Steppe Wire/Nurlan Omarov", "Photo: UNDP Kyrgyzstan / Temir Zhusupov"
    opening = max((found.end() for found in _CLAUSE_END.finditer(text, 0, start)), default=0)
    closing = _CLAUSE_END.search(text, end)
    clause_end = closing.start() if closing else len(text)
    return _CREDIT_WORD.search(text, max(0, opening - _LABEL_REACH), clause_end) is not None


BARE_NAME = re.compile(r"[^\W\d_][\w’'-]+(?:\s+(?:[^\W\d_][\w’'-]+|[^\W\d_]\.)){1,3}")
"""Two to four words alone on a line (``Анна Кравец``, ``Марина К.``): a name as an author's or a commenter's;
the words' capitals are checked apart (``BARE_NAME`` runs on the whole line)."""


def is_bare_name(line: str) -> bool:
    """A line that is nothing but a name: two to four capitalised words (an initial last)."""
    line = line.strip()
    return BARE_NAME.fullmatch(line) is not None and all(word[:1].isupper() for word in line.split())


_COUNT = r"\d[\d\s.,]*[KkКкМмMm]?"
REACTION_LINE = re.compile(
    r"^(?P<mark>[^\w]*)(?P<opening>(?:Вы|You|Сіз),\s+|Liked by\s+|Понравилось\s+)?"
    r"(?P<names>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.’'-]*,?\s+){1,6})(?:"
    + "|".join(re.escape(tail).replace(re.escape("{n}"), _COUNT) for tail in sorted(words("people-reaction-tails")))
    + r")\s*$"
)
"""``Вы, Алия Касенова и ещё 211``, ``Dr. Askar Nurmagambetov and 418 others``: a reaction counter naming readers
(the tail as written: ``... Marat Bekov and 14 Others`` is a headline)."""
MAX_BARE_READERS = 2
MAX_BARE_READER_WORDS = 5


def is_reaction_line(line: str) -> bool:
    """A social network's reaction counter: the first readers' names, then how many others reacted. Without an
    opening (``Вы,``, ``Liked by``, a reaction's mark) it names one or two readers only: ``Анна Иванова, Марат
    Беков, Айдос Нуров и ещё 37 человек`` is a list of signatories."""
    match = REACTION_LINE.match(line.strip())
    if match is None:
        return False
    if match["opening"] or match["mark"].strip():
        return True
    names = match["names"]
    return names.count(",") < MAX_BARE_READERS and len(names.split()) <= MAX_BARE_READER_WORDS


SENTENCE_BREAK = re.compile(r"(?<=\w\w[.!?])\s+(?=[^\W\d_])")
"""Between two sentences: a full stop after a word of two letters or more (no initial), then a letter."""


def _without_credit_sentences(paragraph: str) -> str:
    """A paragraph without its sentences that are a byline (``Interview by Madina Kairat. This interview has been
    edited.``): the writer's name is no person of the story. Only its first or last sentence: a credit inside a
    story (``... on Monday. Hosted by Dana Kim. Each episode ...``) names the story's people."""
    sentences = SENTENCE_BREAK.split(paragraph)
    if len(sentences) < 2:
        return paragraph
    last = len(sentences) - 1
    return " ".join(
        sentence for at, sentence in enumerate(sentences) if at not in (0, last) or not is_credit_line(sentence)
    )


@dataclass
class Entities:
    """The names an article carries, by kind, and those the registry does not know yet."""

    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    unknown: dict[str, list[str]] = field(default_factory=dict)
    """By kind: the names found that the registry does not know yet (``--report``)."""

    def by_kind(self) -> dict[str, list[str]]:
        """The names of each kind, keyed by the kind's front matter field."""
        return {kind.field: getattr(self, kind.field) for kind in KINDS}


class Names:
    """Names in the order first found, each once, trimmed of quotes and punctuation."""

    def __init__(self, names: list[str] | None = None) -> None:
        self._names: dict[str, None] = {}
        for name in names or []:
            self.add(name)

    def add(self, name: str) -> None:
        suffixed = name.rstrip(_TRIMMED.replace(".", "")).rsplit(" ", 1)[-1] in NAME_SUFFIXES
        name = " ".join(name.split()).strip(_TRIMMED) + ("." if suffixed else "")
        if name:
            self._names.setdefault(name)

    def list(self) -> list[str]:
        return list(self._names)


@dataclass
class ArticleText:
    """The text an article's entities are found in (title, subtitle, caption, body), with its registry."""

    paragraphs: list[str]
    registry: Registry
    lang: str
    extra_org_text: list[str] = field(default_factory=list)
    """Text read for organization names only (a photo credit)."""

    @functools.cached_property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @functools.cached_property
    def people_paragraphs(self) -> list[str]:
        """The paragraphs people are found in: a paragraph shaped as a byline (``Hosted by ... Produced by ...``,
        ``Материал подготовил учитель Асхат Жумабеков``) names the writers, and a bare name on its own line (``Анна
        Кравец`` over ``Фото автора``, a commenter's ``Марина К.``, an author's name taken for the subtitle) an author
        or a commenter: no people of the story (a name the story's sentences give too is found there). Names one
        a line in a list (after a line ending with a colon, or beside another bare name) are people."""
        return [
            _without_credit_sentences(p)
            for at, p in enumerate(self.paragraphs)
            if not is_credit_line(p) and not self._lone_name(at) and not is_reaction_line(p)
        ]

    def _lone_name(self, at: int) -> bool:
        """The paragraph at ``at`` is a bare name, in no list of names."""
        paragraphs = self.paragraphs
        if not is_bare_name(paragraphs[at]):
            return False
        before = paragraphs[at - 1].rstrip() if at else ""
        after = paragraphs[at + 1] if at + 1 < len(paragraphs) else ""
        return not (before.endswith(":") or is_bare_name(before) or is_bare_name(after))

    @functools.cached_property
    def org_mentions(self) -> list[tuple[Entry, re.Match[str]]]:
        """The registry's organizations as the text names them (places inside them are not places)."""
        return self.registry.organizations.mentions(self.text)


class Finder:
    """Names proposed by the rules of one language, before the registry resolves them.

    This base finder proposes nothing: an article in a language without rules gets the
    registry's names only. Each language's finder overrides what it can find.
    """

    confirmable_nominatives = False
    """Whether a full name the finder put back in the nominative stands when a short mention written in the
    nominative has its very first name and surname (``Нуржан Ахметов`` for ``Нуржана Ерболовича Ахметова``):
    true of a finder that declines every word of a name (natasha's), not of one that puts back a surname's
    case ending alone."""

    def __init__(self, article: ArticleText) -> None:
        self.article = article

    def people(self) -> list[str]:
        """Full names of people, and lone words that may be later mentions of one (a surname)."""
        return []

    def restored_people(self) -> frozenset[str]:
        """The people's names the finder put back in the nominative, never written so in the text
        (``Асхат Маратұлы Жұмабаев`` from ``Асхат Маратұлы Жұмабаевтың``)."""
        return frozenset()

    def organizations(self) -> list[str]:
        """Organization names found by rules (two words or more)."""
        return []

    def places(self) -> list[str]:
        """Place names found by rules."""
        return []

    def inside_organization(self, match: re.Match[str]) -> bool:
        """Whether a registry place's mention is part of an organization's name the registry lacks."""
        return False
