"""Bylines: ``By Olga Petrova``, ``Автор: Иван Петров``, ``By Staff Report in International on 19 February
2025`` (a byline with the date in it), and the agency trailers at the end of a wire story."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsroom.importer.dates import FoundDate, date_of_line, is_date_line, opens_with_date
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.wordlists import word_set

_OPENINGS = listed("bylines-openings")
_NOUNS = listed("bylines-nouns")
_LABELS = listed("bylines-labels")
BYLINE = re.compile(
    r"^\s*(?:"
    + _OPENINGS
    + r"\s*(?::|：|\s)|(?P<noun>"
    + _NOUNS
    + r")\s*(?P<colon>[:：])?\s|"
    + _LABELS
    + r"\s*[:：]\s)"
    r"\s*(?P<name>.*)$",
    re.I,
)
NEXT_ROLE = re.compile(
    r"(?<!\s)(?:\s*+[,;.]\s*+|\s{2,}+)(?:" + _OPENINGS + "|" + _NOUNS + r")\s*+[:：]\s*+(?=\S)"
    r"|(?<=\w\w)[;.]\s++" + _OPENINGS + r"\s++(?=[^\W\d_])",
    re.I,
)
"""A second role inside one byline: ``Корреспондент: Дана Ким, оператор: Ержан Сади``, ``Hosted by Dana Kim.
Produced by Yerzhan Sadi.`` (after a full stop, a byline's opening needs no colon; an initial's stop is no end).
A run of spaces is tried once, from its start, and never given back (linear on a line of spaces)."""
BARE_BYLINE = re.compile(r"^\s*(?:" + _OPENINGS + "|" + _NOUNS + r")\s*[:：]?\s*$", re.I)
"""A byline word alone on its line (``Author:``): the name is on the next line."""
AGENCY_TRAILER = re.compile(
    r"^\s*\(?(?:(?:reporting|writing|editing|additional reporting)\s+by\b.*"
    r"|.{0,80}\bcontributed to this (?:report|story)\.?\)?)$",
    re.I,
)
NAME_LIKE = re.compile(r"^[\w’'.-]+(?:\s+[\w’'.-]+){0,4}(?:\s*(?:,|and|и|&)\s*[\w’'.-]+(?:\s+[\w’'.-]+){0,3})*$")
# What may stand between a name and its date: punctuation, and the page's section (``in International``).
_BEFORE_DATE = re.compile(r"[\s,;|·•/(–—-]+$")
_SECTION = re.compile(r"\s+in\s+[A-Z][\w&’' -]{0,40}$")
ROLE_AFTER = re.compile(r"\s+[|·•]\s+[^|·•]{2,40}$")
"""The writer's role after the name: ``By Jane Smith | Staff Writer``."""
AUTHOR_ROLES = word_set("roles-person")
ROLES_BEFORE_NAME = AUTHOR_ROLES | {word for entry in word_set("bylines-nouns") for word in entry.split()}
"""Words of a writer's role between a byline's opening and the name (``Подготовила: корреспондент А. Иванова``,
``Text: staff writer J. Smith``, ``тәрбиеші С. Т. Мұқанова``)."""
MAX_ROLE_BEFORE_NAME_WORDS = 4
MAX_AUTHOR_LINE_WORDS = 14
MAX_AUTHOR_NAME_WORDS = 4
MAX_NAME_WORDS = 8
MAX_NAME_AFTER_LABEL_WORDS = 6


@dataclass(frozen=True)
class Byline:
    """The name of a byline, and the date when the byline line gives one."""

    name: str
    date: FoundDate | None = None


def is_byline_name(name: str) -> bool:
    """Shaped like one or a few names: capitalised, at most eight words, no sentence."""
    name = name.strip()
    if not name or len(name.split()) > MAX_NAME_WORDS or (SENTENCE_END.search(name) and not name.endswith(".")):
        return False
    if not name[:1].isupper():
        return False
    return bool(NAME_LIKE.match(name.rstrip(".")))


def is_name_after_label(line: str) -> bool:
    """The line after a bare ``Author:``: a short name."""
    return is_byline_name(line) and len(line.split()) <= MAX_NAME_AFTER_LABEL_WORDS


def is_bare_byline(line: str) -> bool:
    return BARE_BYLINE.match(line) is not None


def is_agency_trailer(line: str) -> bool:
    """``Reporting by ...; Editing by ...``, ``... contributed to this report.``"""
    return AGENCY_TRAILER.match(line) is not None


def _split_date(text: str) -> tuple[str, FoundDate | None]:
    """``Jane Smith, 19 February 2025`` -> the name and the date (the rest of the line is a date line)."""
    words = text.split()
    for cut in range(1, min(len(words), MAX_NAME_WORDS + 1)):
        tail = " ".join(words[cut:])
        if opens_with_date(tail):
            name = _BEFORE_DATE.sub("", " ".join(words[:cut]))
            return _SECTION.sub("", name), date_of_line(tail)
    return _SECTION.sub("", text), None


def _without_role(text: str) -> str:
    """``Jane Smith | Staff Writer`` -> ``Jane Smith``; ``Jane Smith | 3 March 2024`` stays (a date)."""
    role = ROLE_AFTER.search(text)
    if role is None or is_date_line(role.group().strip(" |·•")):
        return text
    return text[: role.start()]


def _without_role_before(text: str) -> str:
    """``корреспондент А. Иванова`` -> ``А. Иванова``: the lower-case words of a writer's role (a role word among
    them: ``учитель информатики``, ``staff writer``) before the name; any other text stays as it is."""
    words = text.split()
    lower = 0
    while lower < min(len(words), MAX_ROLE_BEFORE_NAME_WORDS) and words[lower][:1].islower():
        lower += 1
    role = {word.strip(",:").lower() for word in words[:lower]}
    if 0 < lower < len(words) and role & ROLES_BEFORE_NAME:
        return " ".join(words[lower:])
    return text


TEAM_ENDS = tuple(f" {end}" for end in word_set("bylines-team-ends"))
LEADING_STOPWORDS = word_set("stopwords-leading")
TEAM_CONNECTORS = frozenset({"of", "for", "and", "&"})
"""What joins the capitalised words of an institution's name in a team's byline (``Ministry of Energy``)."""
MAX_TEAM_NAME_WORDS = 6


def team_byline(line: str) -> str | None:
    """``Steppe Cycling Union media team``, ``Ministry of Energy press office``, ``Ақмола облысы әкімдігінің
    баспасөз қызметі``: an institution's name (its first word capitalised and no article or preposition, its
    other English words capitalised or joining them) closed by its press office or team, alone on the line, as a
    byline signs a story; ``Inside the newsroom`` is a crosshead."""
    text = line.strip()
    end = next((end for end in TEAM_ENDS if text.endswith(end)), None)  # ``Student Newsroom``: a headline's words
    if end is None or SENTENCE_END.search(text) or any(mark in text for mark in ',:;!?«»"“”()'):
        return None
    words = text[: len(text) - len(end)].split()
    if not 1 <= len(words) <= MAX_TEAM_NAME_WORDS or not words[0][:1].isupper():
        return None
    if words[0].casefold() in LEADING_STOPWORDS or any(char.isdigit() for char in text):
        return None
    if all(word.isascii() for word in words):
        return text if _names_an_institution(words) else None
    return text if _named_in_the_genitive(words) else None


def _names_an_institution(words: list[str]) -> bool:
    """``Steppe Cycling Union``, ``Ministry of Foreign Affairs``: capitalised words or connectors (a Title Case
    headline writes its team's word in capitals too: ``Steppe University Opens Student Newsroom``)."""
    return all(word[:1].isupper() or word in TEAM_CONNECTORS for word in words)


def _named_in_the_genitive(words: list[str]) -> bool:
    """``Ақмола облысы әкімдігінің``: a Kazakh institution named in the genitive before its press office, its other
    lower-case words a region's or a city's (``облысы``); ``университетінде студенттік`` is a headline's,
    ``Суретті ұсынған облыс`` a credit's."""
    lower = [word for word in words[1:] if not word[:1].isupper()]
    if not words[-1].endswith(GENITIVE_ENDINGS):
        return False
    return all(word.endswith(GENITIVE_ENDINGS) or word in PLACE_NOUNS for word in lower)


GENITIVE_ENDINGS = tuple(word_set("bylines-genitive-endings"))
PLACE_NOUNS = word_set("bylines-place-nouns")


def byline_of(line: str) -> Byline | None:
    """``By Olga Petrova``, ``Автор: Иван Петров, 19 февраля 2025``, ``Steppe Rail media team`` (``team_byline``);
    ``Author Sally Rooney wins ...`` and ``Текст Конституции ...`` are headlines (a byline word that is also a noun
    needs a colon, or a bare name of capitalised words)."""
    match = BYLINE.match(line)
    if match is None:
        team = team_byline(line)
        return Byline(team) if team is not None else None
    name, date = _split_date(_without_role(NEXT_ROLE.sub(", ", _without_role_before(match["name"].strip()))))
    name = author_with_role(name) or name  # "By Dr. Jane Smith, Senior Fellow, Water Programme"
    if not is_byline_name(name):
        return None
    name = name.strip().rstrip(".")
    if match["noun"] and not match["colon"]:
        words = name.split()
        if len(words) > 3 or not all(w[:1].isupper() for w in words) or len(words) < 2:
            return None
    return Byline(name, date)


NAME_CONNECTORS = frozenset(("and", "и", "және", "&")) | word_set("names-particles")
"""Lower-case words inside a credit's names: what joins two names, and particles (``Jan van der Berg``)."""


def is_credit_line(line: str) -> bool:
    """A byline whose names are names only (``Hosted by Dana Kim and Tom Lee. Produced by Aru Sadyk.``): every word
    capitalised or joining two names; ``By Friday Nurlan Abenov said it.`` is a sentence."""
    found = byline_of(line)
    if found is None:
        return False
    words = found.name.replace(",", " ").split()
    return all(word[:1].isupper() or word in NAME_CONNECTORS for word in words)


def author_with_role(line: str) -> str | None:
    """``Aigerim Sultanbekova, Senior Fellow, Connectivity Programme`` -> the name: two to four capitalised
    words, then the writer's role (a role word) after a comma, and no sentence."""
    name, _, role = line.partition(",")
    words = name.split()
    if not role or len(line.split()) > MAX_AUTHOR_LINE_WORDS or SENTENCE_END.search(line):
        return None
    if not (2 <= len(words) <= MAX_AUTHOR_NAME_WORDS and all(word[:1].isupper() for word in words)):
        return None
    said = {word.lower() for word in re.findall(r"[\w-]+", role)}
    return name.strip() if is_name_after_label(name) and said & AUTHOR_ROLES else None


MAX_ROLE_HEAD_WORDS = 4


def is_author_role(line: str) -> bool:
    """``Senior Fellow, Water and Energy Security Programme``, ``Research Fellow``: a writer's role alone on
    its line (as under the writer's name): a role word before the first comma, capitalised, no sentence."""
    head = line.partition(",")[0]
    said = {word.lower() for word in re.findall(r"[\w-]+", head)}
    return (
        line[:1].isupper()
        and len(head.split()) <= MAX_ROLE_HEAD_WORDS
        and len(line.split()) <= MAX_AUTHOR_LINE_WORDS
        and SENTENCE_END.search(line) is None
        and bool(said & AUTHOR_ROLES)
    )


def byline_name(line: str) -> str:
    """The name a byline line gives: from ``By ...``, or ``Name, Role``, or the whole line after a bare
    ``Author:``."""
    found = byline_of(line)
    return found.name if found is not None else author_with_role(line) or line.rstrip(".")
