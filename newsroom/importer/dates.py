"""Dates in raw text: date lines (``14 March 2025, 16:40``, ``2017-10-12 22:35:14``,
``12.10.2017``, ``October 12, 2017``, ``21 апреля 2025 г.``, ``10 шілде 2025``) and the
dates inside datelines (``Astana, 2 June 2025 –``, ``ШЫМКЕНТ, 21 апреля. /Казинформ/ –``).

A date without a year is kept as day and month only: the year is never invented here.

A short line that has a year and a day but that the rules cannot read (a month in a language we do not
publish in: ``الخميس 23 أكتوبر 2025``, ``12 de marzo de 2025``) goes to dateparser, imported only then,
which must find the day, the month and the year in it (``foreign_date``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from newsroom.importer.patterns import listed, one_of
from newsroom.importer.wordlists import words


def _months() -> dict[str, int]:
    """Month name -> number, from the ``dates-months`` lists (``3 march``, ``3 марта``, ...)."""
    months: dict[str, int] = {}
    for entry in words("dates-months"):
        number, name = entry.split(maxsplit=1)
        months[name] = int(number)
    return months


MONTHS = _months()
# Kazakh month names take case endings: шілдеде, қазанда, 10 шілдесі ...
_KK_MONTH_SUFFIX = r"(?:да|де|та|те|ның|нің|дағы|дегі|тағы|тегі|сы|сі|ы|і)?"

MONTH = r"(?P<month>" + one_of(MONTHS) + r")\.?" + _KK_MONTH_SUFFIX
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|" + listed("dates-timezones") + r"|[+-]\d{2}:?\d{2}))?"
WEEKDAY = listed("dates-weekdays")

# One date somewhere in a string, in any of the shapes newsrooms use.
DATE_PATTERNS = [
    re.compile(
        r"(?<!\d)" + YEAR + r"-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?:[T ]" + r"\d{1,2}:\d{2}(?::\d{2})?\S*)?", re.I
    ),
    re.compile(r"(?<![\d.-])" + DAY + r"(?P<sep>[./-])(?P<month>[01]?\d)(?P=sep)" + YEAR + r"(?![\d])", re.I),
    re.compile(r"(?<![\w])" + YEAR + r"\s*(?:жылғы|жыл|ж\.)?\s*" + DAY + r"\s+" + MONTH + r"(?!\w)", re.I),
    re.compile(
        r"(?<![\w])"
        + DAY
        + r"\s*[-/ ]?\s*"
        + MONTH
        + r"(?:,?\s+"
        + YEAR
        + r")?(?:\s*(?:г\.|года|год|ж\.|жылы))?(?!\w)",
        re.I,
    ),
    re.compile(r"(?<![\w])" + MONTH + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?(?![\w])", re.I),
]

# A whole line that is only a date (with time, weekday, "Published:" and the like).
PREFIX = r"(?:" + listed("dates-prefixes") + r"\s*(?:on|at)?\s*[:\-–—]?\s*)"
"""The label before a page's date: ``Published:``, ``Updated on``, ``Опубликовано:``."""


@dataclass(frozen=True)
class FoundDate:
    """A date found in text; ``year`` is None when the text gives day and month only."""

    day: int
    month: int
    year: int | None

    def as_date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _month_number(value: str) -> int | None:
    value = value.lower().rstrip(".")
    if value.isdigit():
        return int(value)
    if value in MONTHS:
        return MONTHS[value]
    for name, number in MONTHS.items():  # Kazakh case endings
        if value.startswith(name) and len(name) >= 4:
            return number
    return None


def _valid(day: int, month: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if year is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return False
    return True


@functools.lru_cache(maxsize=4096)
def find_date(text: str) -> tuple[FoundDate, re.Match[str]] | None:
    """The first date in ``text`` and its match, or None."""
    best: tuple[FoundDate, re.Match[str]] | None = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = _month_number(groups["month"])
            if month is None:
                continue
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else None
            if not _valid(day, month, year):
                continue
            found = FoundDate(day, month, year)
            if (
                best is None
                or match.start() < best[1].start()
                or (match.start() == best[1].start() and best[0].year is None and year is not None)
            ):
                best = (found, match)
            break
    return best


_TIME_ANY = re.compile(TIME, re.I)
_PREFIX_ANY = re.compile(PREFIX, re.I)
_WEEKDAY_ANY = re.compile(r"(?<!\w)" + WEEKDAY + r"(?!\w)", re.I)
_FILLER_WORDS = frozenset(word.lower() for name in ("dates-filler", "dates-timezones") for word in words(name))


_AGO = (
    r"\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|мин(?:ут[аы]?)?|час(?:а|ов)?|дн(?:я|ей)|сағат|минут|күн)"
    r"\s+(?:ago|назад|бұрын)"
)
RELATIVE = re.compile(r"(?<!\w)" + _AGO + r"(?!\w)", re.I)
"""``2 hours ago`` beside a page's date (``Updated 2 hours ago``)."""
BY_BEFORE = re.compile(
    r"^\s*(?:posted|published|written|added)\s+by\s+[^\d,|]{1,40}?\s*(?:\s(?:on|at)\s|[,|]\s*)(?=.*\d)", re.I
)
"""``Posted by Clubs Network on`` before the date of a blog post."""
POSTED_BY = re.compile(r"\s+(?:by|автор|от)\s+@?[\w.@-]+(?:\s+[\w.@-]+){0,3}\s*$", re.I)
"""``by admin`` after the date of a blog post (``Posted on July 15, 2024 by admin``)."""
_PLACE = r"[^\W\d_][^\W\d_'’-]*(?:[\s-][^\W\d_][^\W\d_'’-]*){0,2}"
PLACE_BEFORE = re.compile(r"^\s*" + _PLACE + r"(?:,\s+" + _PLACE + r")?,\s+(?=\S)")
"""``VIENNA, `` before a date: a dateline alone on its line (``VIENNA, 14 May 2025``)."""


def _without_place(line: str) -> str:
    """The line without a leading capitalised place and comma (``Almaty, 2 June 2025``)."""
    match = PLACE_BEFORE.match(line)
    if match is None or not all(word[:1].isupper() for word in re.split(r"[\s,-]+", match.group(0).strip(" ,"))):
        return line
    return line[match.end() :]


def _strip_dates(line: str) -> str:
    rest = line
    for pattern in DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    for pattern in (_TIME_ANY, RELATIVE, _PREFIX_ANY, _WEEKDAY_ANY):
        rest = pattern.sub(" ", rest)
    return rest


RELATIVE_DATE_LINE = re.compile(
    r"^\s*(?:(?:updated|published|posted|обновлено|опубликовано)\s*:?\s*)?(?:today|yesterday|сегодня|вчера|бүгін|кеше|\d+\s+(?:minutes?|hours?|days?|мин(?:ут[аы]?)?|час(?:а|ов)?|"
    r"дн(?:я|ей)|сағат|минут)\s+(?:ago|назад|бұрын))\s*(?:,?\s*(?:в\s+)?" + TIME + r")?\s*$",
    re.I,
)
TIME_LINE = re.compile(r"^\s*" + TIME + r"\s*$", re.I)


@functools.lru_cache(maxsize=4096)
def is_date_line(line: str) -> bool:
    """A line that says only when (a date line on a page), not a sentence that has a date in it."""
    line = line.strip()
    if len(line) > 100:
        return False
    if RELATIVE_DATE_LINE.match(line) or TIME_LINE.match(line):
        return True
    if find_date(line) is None:
        return foreign_date(line) is not None
    head = re.split(r"\s+[|·•]\s+", line, maxsplit=1)
    if len(head) == 2 and len(head[1].split()) <= 6 and find_date(head[0]) is not None:
        line = head[0]  # "12 May 2024 | Climate and Environment": a date and the page's section
    line = BY_BEFORE.sub("", POSTED_BY.sub("", line))
    leftover = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?", _strip_dates(line))
    return all(word.lower().rstrip(".") in _FILLER_WORDS for word in leftover)


USE_DATEPARSER = True
"""Whether lines the rules cannot read go to dateparser (``benchmarks/import_quality.py --dates`` turns it off)."""
DATEPARSER_LANGUAGES = ("en", "ru", "kk", "ar", "fr", "es", "de", "it", "pt", "tr", "uk", "uz", "ky", "zh", "fa")
"""The languages dateparser tries: naming them keeps it fast (it detects among 200 otherwise)."""
DATEPARSER_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
_YEAR_ANY = r"(?<!\d)(?:19|20|١٩|٢٠|۱۹|۲۰)\d\d(?!\d)"
FOREIGN_DATE_SHAPE = re.compile(r"^(?=.*" + _YEAR_ANY + r")(?=.*(?<!\d)\d{1,2}(?!\d))[^!?;]{6,60}(?<!\.)$")
"""A short line with a year and a day in it, and no sentence: what may be a date line in another language."""
MAX_FOREIGN_DATE_WORDS = 7


@functools.cache
def foreign_date(line: str) -> FoundDate | None:
    """The date of a short line the rules cannot read, by dateparser (day, month and year all required)."""
    line = line.strip()
    if not USE_DATEPARSER or len(line.split()) > MAX_FOREIGN_DATE_WORDS or not FOREIGN_DATE_SHAPE.match(line):
        return None
    try:
        import dateparser

        found = dateparser.parse(line, languages=list(DATEPARSER_LANGUAGES), settings=DATEPARSER_SETTINGS)
    except Exception:
        return None
    return FoundDate(found.day, found.month, found.year) if found is not None else None


def is_place_date_line(line: str) -> bool:
    """A date line, or a dateline alone on its line: ``VIENNA, 14 May 2025``, ``Almaty, Kazakhstan, 3 May 2025``."""
    return is_date_line(line) or (find_date(line) is not None and is_date_line(_without_place(line)))


UPDATE_LABEL = re.compile(r"^[\s\W]*" + listed("dates-update-labels") + r"\b", re.I)
SEGMENT_BREAK = re.compile(r"\s*(?:[|()\[\];•·]|\s[–—]\s)\s*")


def is_update_stamp(text: str) -> bool:
    """``Updated: 24.12.2025``, ``Обновлено: ...``: when a page was changed, not when it was published."""
    return UPDATE_LABEL.match(text) is not None


def date_of_line(line: str) -> FoundDate | None:
    """The date a date line gives: the publication date before an update stamp, wherever each stands
    (``Updated: 24.12.2025 | Published: 23.12.2025`` gives the 23rd)."""
    segments = [segment for segment in SEGMENT_BREAK.split(line) if segment and find_date(segment)]
    published = [segment for segment in segments if not is_update_stamp(segment)]
    if published and len(segments) > 1:
        return find_date(published[0])[0]
    found = find_date(line)
    return found[0] if found else foreign_date(line)
