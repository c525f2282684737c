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
ZONES = r"(?:" + listed("dates-timezones") + "|" + listed("dates-us-timezones") + r")"
TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|" + ZONES + r"|[+-]\d{2}:?\d{2}))?"
WEEKDAY = listed("dates-weekdays")

NUMERIC_DATE = re.compile(
    r"(?<![\d.-])(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second>[0-3]?\d)(?P=sep)" + YEAR + r"(?![\d])", re.I
)
"""``23.12.2025``, ``23/12/2025``, ``12/23/2025``, ``05-04-2007``: which number is the day is decided by
``_numeric_day_month`` and, when both could be, by the page (``page_date_order``)."""

# One date somewhere in a string, in any of the shapes newsrooms use.
DATE_PATTERNS = [
    re.compile(
        r"(?<![\d.])" + YEAR + r"(?P<ysep>[-./])(?P<month>[01]?\d)(?P=ysep)(?P<day>[0-3]?\d)(?!\d|\.\d)"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?\S*)?",
        re.I,
    ),
    NUMERIC_DATE,
    re.compile(r"(?<![\w])" + YEAR + r"\s*(?:жылғы|жыл|ж\.)?\s*" + DAY + r"\s+" + MONTH + r"(?!\w)", re.I),
    re.compile(
        r"(?<![\w:])(?<!\d\.)"  # ``15:21 July 02, 2026``: the minutes of a time are no day
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
PREFIX = r"(?:" + listed("dates-prefixes") + r"\s*(?:on|at|в)?\s*[:\-–—]?\s*)"
"""The label before a page's date: ``Published:``, ``Updated on``, ``Опубликовано:``."""


@dataclass(frozen=True)
class FoundDate:
    """A date found in text; ``year`` is None when the text gives day and month only."""

    day: int
    month: int
    year: int | None
    swappable: str = ""
    """The separator of a numeric date whose day and month could be either way round (``05/04/2007``:
    read day first here), empty when the text leaves no doubt."""

    def in_order(self, order: str | None) -> FoundDate | None:
        """This date read in the page's order (``DMY``, ``MDY``, or None when the page does not tell):
        a day-first date with slashes on a page that does not tell is refused (None), dashes stay day first."""
        if not self.swappable:
            return self
        if order == "MDY":
            return FoundDate(self.month, self.day, self.year)
        if order == "DMY" or self.swappable == "-":
            return FoundDate(self.day, self.month, self.year)
        return None

    def as_date(self, year: int | None = None) -> dt.date | None:
        """The day this date gives, in ``year`` when the text gives none; None without a year or for no real day."""
        if (self.year or year) is None:
            return None
        try:
            return dt.date(self.year or year, self.month, self.day)
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


def _numeric_day_month(match: re.Match[str]) -> tuple[int, int, str] | None:
    """Day, month and doubt of a numeric date: ``23/12`` is day first, ``12/23`` month first (never with
    dots), ``05/04`` either (its separator is kept as the doubt)."""
    first, second, separator = int(match["first"]), int(match["second"]), match["sep"]
    if separator == ".":
        return (first, second, "") if second <= 12 else None
    if first > 12 >= second:
        return first, second, ""
    if second > 12 >= first:
        return second, first, ""
    if first <= 12 and second <= 12:
        return first, second, separator if first != second else ""
    return None


def _date_of_match(match: re.Match[str]) -> FoundDate | None:
    groups = match.groupdict()
    if groups.get("first") is not None:
        read = _numeric_day_month(match)
        if read is None:
            return None
        day, month, swappable = read
    else:
        month = _month_number(groups["month"])
        if month is None:
            return None
        day, swappable = int(groups["day"]), ""
    year = int(groups["year"]) if groups.get("year") else None
    return FoundDate(day, month, year, swappable) if _valid(day, month, year) else None


def all_dates(text: str) -> list[FoundDate]:
    """Every date written in ``text`` (each pattern's matches; the same date may come twice)."""
    return [found for pattern in DATE_PATTERNS for match in pattern.finditer(text) if (found := _date_of_match(match))]


@functools.lru_cache(maxsize=4096)
def find_date(text: str) -> tuple[FoundDate, re.Match[str]] | None:
    """The first date in ``text`` and its match, or None."""
    best: tuple[FoundDate, re.Match[str]] | None = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            found = _date_of_match(match)
            if found is None:
                continue
            if (
                best is None
                or match.start() < best[1].start()
                or (match.start() == best[1].start() and best[0].year is None and found.year is not None)
            ):
                best = (found, match)
            break
    return best


_TIME_ANY = re.compile(TIME, re.I)
_PREFIX_ANY = re.compile(PREFIX, re.I)
_WEEKDAY_ANY = re.compile(r"(?<!\w)" + WEEKDAY + r"(?!\w)", re.I)
_FILLER_WORDS = frozenset(
    word.lower() for name in ("dates-filler", "dates-timezones", "dates-us-timezones") for word in words(name)
)


_AGO = (
    r"(?:(?:\d+|"
    + listed("dates-relative-counts")
    + r")\s+)?"
    + listed("dates-relative-units")
    + r"\s+"
    + listed("dates-relative-ago")
)
RELATIVE = re.compile(r"(?<!\w)" + _AGO + r"(?!\w)", re.I)
"""``2 hours ago`` beside a page's date (``Updated 2 hours ago``)."""
RELATIVE_DAY = re.compile(r"(?<!\w)" + listed("dates-relative-days") + r"(?!\w)", re.I)
"""``(вчера)``, ``(yesterday)`` beside a page's date."""
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


def strip_dates(line: str) -> str:
    """``line`` without its dates, times, weekdays and relative days."""
    return _strip_dates(line)


LOCAL_TIME = re.compile(
    r"(?<![\d:.–—-])\d{1,2}[:.]\d{2}\s*\(\s*(?:[^\W\d_][\w-]*\s+){0,3}"
    + listed("dates-local-time")
    + r"(?:\s+[^\W\d_][\w-]*)?\s*\)",
    re.I,
)
"""``11:05 (Dushanbe time)``, ``10:15 (по времени Астаны)``: a stamp's hour and its zone in brackets (an event's
hours, ``15:00–17:00 (Astana time)``, are no stamp's)."""


def _strip_dates(line: str, times: bool = True) -> str:
    """``line`` without its dates, weekdays, labels and relative days, and without its times unless ``times`` is
    False (``14 May 2026 - 10:37`` is a date and its hour, no run of days)."""
    rest = line
    for pattern in DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    for pattern in (LOCAL_TIME, _TIME_ANY) if times else ():
        rest = pattern.sub(" ", rest)
    for pattern in (RELATIVE, RELATIVE_DAY, _PREFIX_ANY, _WEEKDAY_ANY):
        rest = pattern.sub(" ", rest)
    return rest


RELATIVE_DATE_LINE = re.compile(
    r"^\s*" + PREFIX + r"?(?:" + listed("dates-relative-days") + "|" + _AGO + r")"
    r"\s*(?:,?\s*(?:в|at|сағат)?\s*" + TIME + r")?\s*$",
    re.I,
)
"""``2 hours ago``, ``вчера в 14:30``, ``Бүгін, 10:30``: a date line that gives no date (never the import's clock)."""
TIME_LINE = re.compile(r"^\s*" + PREFIX + r"?" + TIME + r"\s*$", re.I)
"""``17:12`` or ``edited 17:12``: a time alone, or a stamp of one (a date line without a date)."""


GLUED_YEAR_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}:\d{2})(?!\d)")
GLUED_YEAR_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)(?=[0-3]?\d(?:\s*" + one_of(MONTHS) + r"(?!\w)|([./-])[01]?\d\2(?:19|20)\d\d(?!\d)))", re.I
)
"""A year run into the next date: the page's date shown twice (``9 Apr 20269 Apr 2026``, ``05.06.202605.06.2026``)."""
GLUED_WORD = re.compile(r"(?<=[\d)])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")
"""A page's stamp copied without its spaces: ``November 12, 20264:31 PM GMT+5Updated 2 hours ago``."""


def unglued(line: str) -> str:
    """The stamp with its spaces put back between a year and a time or the next date, and between a figure and a
    word."""
    return GLUED_WORD.sub(" ", GLUED_YEAR_DATE.sub(r"\1 ", GLUED_YEAR_TIME.sub(r"\1 \2", line)))


@functools.lru_cache(maxsize=4096)
def is_date_line(line: str) -> bool:
    """A line that says only when (a date line on a page), not a sentence that has a date in it."""
    line = unglued(line.strip())
    if len(line) > 100:
        return False
    if SHORT_YEAR_NUMERIC_LINE.match(line):
        return _short_year_date(line) is not None
    if RELATIVE_DATE_LINE.match(line) or TIME_LINE.match(line):
        return True
    if find_date(line) is None:
        return foreign_date(line) is not None
    if is_period(line):
        return False
    return _only_a_date(line) or _stamp_with_label(line)


PERIOD_DASH = re.compile(r"^\s*(?:\d{1,2}\s*)?[–—-]\s*$")
"""What is left of ``12 December 2026 – 28 March 2027`` or ``5–12 May 2026`` without its dates: a dash."""


def is_period(line: str) -> bool:
    """Two dates joined by a dash and nothing else: a run of days (an exhibition's, a festival's), never
    the day a page was published."""
    return find_date(line) is not None and PERIOD_DASH.match(_strip_dates(line, times=False)) is not None


def _only_a_date(line: str) -> bool:
    """Nothing but a date, its time, weekday, label and filler words (``Posted on ... by admin``)."""
    for text in (line, BY_BEFORE.sub("", POSTED_BY.sub("", line))):  # ``Новость от 30.06.2025``: no ``by`` here
        leftover = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?", _strip_dates(text))
        if all(word.lower().rstrip(".") in _FILLER_WORDS for word in leftover):
            return True
    return False


STAMP_PARTS = re.compile(r"\s*[|·•\[\]]\s*|\s+[–—-]\s+")
"""What divides a stamp's parts: a bar, a bullet or a bracket (spaced or not: ``HXNA| 2026-05-21 16:47|Editor``), or
a spaced dash (``KYOEI NEWS - Jun 17, 2026 - 18:42 | World``)."""
BAR_PARTS = re.compile(r"\s*[|·•\[\]]\s*")
"""A stamp's parts apart by bars, bullets or brackets only: a spaced dash may join a date to its hour or a name."""
MAX_STAMP_LABEL_WORDS = 6
RUBRIC_CONNECTORS = frozenset(words("header-label-connectors"))


def _stamp_with_label(line: str) -> bool:
    """A date beside a short label: the page's section (``12 May 2024 | Climate and Environment``), an
    issue number (``Выпуск № 48 · 23 января 2026``), a channel (``Clean Ural River Volunteers, [23.12.2025 17:05]``)."""
    if any(is_period(part.strip(" ,")) for part in BAR_PARTS.split(line)):
        return False  # "Temporary exhibition • 15 May – 30 August 2026 • Main hall": a run of days, no page's date
    return _labelled_parts(_stamp_parts(line, BAR_PARTS), line, capitalised=False)


def is_dashed_stamp(line: str) -> bool:
    """A stamp whose parts spaced dashes divide (``KYOEI NEWS - Jun 17, 2026 - 18:42 | World``, ``|05.06.2026 -
    Update : 06.06.2026``): a full date among capitalised labels and its hour. Only the page's date reads it (the
    header does not take it for a date line)."""
    line = unglued(line.strip())
    if len(line) > 100 or find_date(line) is None or is_date_line(line):
        return False
    if any(is_period(part.strip(" ,")) for part in BAR_PARTS.split(line)):
        return False
    return _labelled_parts(_stamp_parts(line), line, capitalised=True)


def _labelled_parts(parts: list[str], line: str, capitalised: bool) -> bool:
    """Parts of a stamp: a date among at most a few short labels (``capitalised``: each label starts with a capital
    and the date has its year, as an agency's name or a section beside a date and hour cut by spaced dashes; a
    day of a schedule, ``4 декабря — вебинар ...``, is none)."""
    parts = [part for part in parts if not TIME_LINE.match(part)]  # the date's hour on its own: no label
    dated = [part for part in parts if find_date(part) is not None and _only_a_date(part)]
    labels = [part for part in parts if part not in dated]
    if len(parts) == 1:
        return not capitalised and _date_then_rubric(line)
    if capitalised and not (all(label[:1].isupper() for label in labels) and any(find_date(p)[0].year for p in dated)):
        return False
    most = MAX_STAMP_PARTS if dated and parts[0] == dated[0] else 3  # ``19 November 2026 | News release | Bishkek``
    return bool(dated) and len(parts) <= most and all(len(label.split()) <= MAX_STAMP_LABEL_WORDS for label in labels)


MAX_STAMP_PARTS = 5
RUBRIC_WORD = re.compile(r"^(?:[^\W\d_][\w'’-]*|&)$")


def _date_then_rubric(line: str) -> bool:
    """``24 November 2026 Climate and Environment``: a date, then the page's section in Title Case (up to six
    words, no stop), on one line."""
    found = find_date(line)
    if found is None or found[1].start() > 0 or found[0].year is None:
        return False
    rest = line[found[1].end() :].split()
    return (
        0 < len(rest) <= MAX_STAMP_LABEL_WORDS
        and all(RUBRIC_WORD.match(word) for word in rest)
        and all(word[:1].isupper() or word.lower() in RUBRIC_CONNECTORS for word in rest)
        and rest[0][:1].isupper()
    )


def in_a_chronology(texts: list[str], position: int) -> bool:
    """``16 December 1991 Independence Day`` beside ``21 December 1991 Alma-Ata Protocol``: a story's list of
    dates and events, not the page's date over its section (that stands alone)."""
    if _in_a_listed_schedule(texts, position):
        return True
    if not _date_then_rubric(texts[position]):
        return False
    neighbours = texts[max(position - 1, 0) : position] + texts[position + 1 : position + 2]
    return any(_date_then_rubric(text) for text in neighbours)


def _in_a_listed_schedule(texts: list[str], position: int) -> bool:
    """``Premiere dates:`` over ``27 November, 19:00`` and ``28 November, 19:00``: a run of date lines giving two days
    or more right under a line ending with a colon (no ``Published:`` label) is a story's list of days
    (performances, sessions), no page's date."""
    if not is_date_line(texts[position]):
        return False
    start, end = position, position
    while start > 0 and position - start < MAX_SCHEDULE_DAYS and is_date_line(texts[start - 1]):
        start -= 1
    while end + 1 < len(texts) and end - position < MAX_SCHEDULE_DAYS and is_date_line(texts[end + 1]):
        end += 1
    if end == start or start == 0 or not texts[start - 1].rstrip().endswith(":"):
        return False
    heading = texts[start - 1]
    if PUBLISHED_LABEL.match(heading) is not None or UPDATE_LABEL.match(heading) is not None:
        return False  # ``Published:`` over its date and time, or one day in two forms: the page's stamp
    days = {(found[0].day, found[0].month) for text in texts[start : end + 1] if (found := find_date(text))}
    return len(days) >= 2


MAX_SCHEDULE_DAYS = 40
"""How far a listed schedule is followed up and down (a page of thousands of date lines stays quick)."""


def _stamp_parts(line: str, divider: re.Pattern[str] = STAMP_PARTS) -> list[str]:
    return [part.strip(" ,") for part in divider.split(line) if part and part.strip(" ,")]


def opens_with_date(line: str) -> bool:
    """A date line whose date comes first, not after a label (``Smith | 3 March 2024`` is a name and a
    date, not a date line, to the byline rules)."""
    if not is_date_line(line):
        return False
    first = _stamp_parts(line)[:1]
    return _only_a_date(line) or bool(first and find_date(first[0]) and _only_a_date(first[0]))


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


AGENCY_TAG = re.compile(r"\s*/\s*[^\W\d_][^/\n]{1,30}?\s*/\s*\.?\s*$")
"""`` / Тоо-Пресс /.``, `` /Kazinform/``: the agency closing a dateline between slashes."""


def is_place_date_line(line: str) -> bool:
    """A date line, or a dateline alone on its line: ``VIENNA, 14 May 2025``, ``Almaty, Kazakhstan, 3 May 2025``,
    ``Бишкек, 27 ноября 2026 г. / Тоо-Пресс /`` (its agency between slashes)."""
    if find_date(line) is not None:
        line = AGENCY_TAG.sub("", line)
    return is_date_line(line) or (find_date(line) is not None and is_date_line(_without_place(line)))


UPDATE_LABEL = re.compile(r"^[\s\W]*" + listed("dates-update-labels") + r"\b", re.I)
SEGMENT_BREAK = re.compile(r"\s*(?:[|()\[\];•·]|\s[–—]\s)\s*")


PUBLISHED_LABEL = re.compile(r"^[\s\W]*" + listed("dates-published-labels") + r"(?!\w)", re.I)


def is_publication_stamp(text: str) -> bool:
    """``Published: 23.12.2025``, ``Опубликовано ...``, ``Жарияланды: ...``: when the page was published."""
    return PUBLISHED_LABEL.match(text) is not None


DAY_FIRST_LANGS = ("ru", "kk")
"""Languages whose pages write numeric dates day first whatever the separator."""
_EN_MONTH = one_of(entry.split(maxsplit=1)[1] for entry in words("dates-months", "en")) + r"\.?"
MONTH_FIRST = re.compile(r"(?<!\w)" + _EN_MONTH + r"\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+" + YEAR + r"(?!\d)", re.I)
DAY_FIRST = re.compile(r"(?<![\w])[0-3]?\d(?:st|nd|rd|th)?\s+" + _EN_MONTH + r",?\s+" + YEAR + r"(?!\d)", re.I)
US_TIME_ZONE = re.compile(r"(?<!\w)" + listed("dates-us-timezones") + r"(?!\w)")
FOREIGN_PHONE = re.compile(r"(?<![\w+])\(?\+[2-9]\d{0,2}\)?(?:[ .()-]?\d){7,}(?![\d.,]*\s*%)")
"""A telephone number outside North America (``+7 7172 ...``, ``(+39) 06 ...``; ``+1`` is the United States'):
seven digits or more after the country's code (``+250`` odds, ``+412`` points and ``+2.35%`` are no phone)."""


EAST_OFFSET = re.compile(r"(?<!\w)(?:GMT|UTC)\s?\+\s?(?:1[0-4]|0?\d)(?::?[0-5]\d)?(?![\d:])")
"""A stamp's hour east of Greenwich (``14:22 GMT+2``, ``UTC+5``): a publisher in Europe, Africa or Asia, where numeric
dates are written day first."""


def _numeric_orders(text: str) -> set[str]:
    """The orders the numeric dates of ``text`` leave no doubt about (``23/12/2025``: DMY)."""
    orders = set()
    for match in NUMERIC_DATE.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        if match["sep"] != "." and first > 12 >= second:
            orders.add("DMY")
        elif match["sep"] != "." and second > 12 >= first:
            orders.add("MDY")
    return orders


def page_date_order(texts: list[str], lang: str) -> str | None:
    """Whether the page writes numeric dates day first (``DMY``) or month first (``MDY``), or None when it
    does not tell. In turn: its numeric dates that leave no doubt, its language, a US time zone beside a
    date, the order of its English month-name dates, a telephone number outside North America or an hour east of
    Greenwich beside a date (day first, as everywhere but the US); evidence that disagrees tells nothing."""
    numeric = set().union(*(_numeric_orders(text) for text in texts)) if texts else set()
    if numeric:
        return numeric.pop() if len(numeric) == 1 else None
    if lang in DAY_FIRST_LANGS:
        return "DMY"
    if any(US_TIME_ZONE.search(text) and find_date(text) for text in texts):
        return "MDY"
    shapes = (("MDY", MONTH_FIRST), ("DMY", DAY_FIRST))
    named = {order for text in texts for order, shape in shapes if shape.search(text)}
    if named:
        return named.pop() if len(named) == 1 else None
    abroad = any(FOREIGN_PHONE.search(text) or (EAST_OFFSET.search(text) and find_date(text)) for text in texts)
    return "DMY" if abroad else None  # a publisher outside the US


def is_update_stamp(text: str) -> bool:
    """``Updated: 24.12.2025``, ``Обновлено: ...``: when a page was changed, not when it was published."""
    return UPDATE_LABEL.match(text) is not None


SHORT_YEAR_LINE = re.compile(r"^\s*" + DAY + r"\s+" + MONTH + r"\s+(?P<short>\d{2})\s*$", re.I)
"""``26 Nov 26``: a day, a month's name and the year's last two digits, alone on a date line (a bank's or agency's
list style); the year is written, in this century."""


SHORT_YEAR_NUMERIC_LINE = re.compile(
    r"^\s*(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<short>\d{2})(?:,?\s+" + TIME + r")?\s*$", re.I
)
"""``21.11.23 10:21``: a day, a month and the year's last two digits between dots (day first, as dots always are),
alone on a date line or with its hour."""


def _short_year_date(line: str) -> FoundDate | None:
    match = SHORT_YEAR_LINE.match(line) or SHORT_YEAR_NUMERIC_LINE.match(line)
    month = _month_number(match["month"]) if match else None
    if match is None or month is None or not _valid(int(match["day"]), month, 2000 + int(match["short"])):
        return None
    return FoundDate(int(match["day"]), month, 2000 + int(match["short"]))


def date_of_line(line: str) -> FoundDate | None:
    """The date a date line gives: the publication date before an update stamp, wherever each stands
    (``Updated: 24.12.2025 | Published: 23.12.2025`` gives the 23rd); ``26 Nov 26`` gives 26 November 2026."""
    line = unglued(line)
    short = _short_year_date(line)
    if short is not None:
        return short
    segments = [segment for segment in SEGMENT_BREAK.split(line) if segment and find_date(segment)]
    published = [segment for segment in segments if not is_update_stamp(segment)]
    if published and len(segments) > 1:
        return find_date(published[0])[0]
    found = find_date(line)
    return found[0] if found else foreign_date(line)
