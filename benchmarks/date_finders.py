"""The ``--dates`` mode of ``import_quality.py``: the hand-written date rules against dateparser.

Three finders, on every case of every set:

- ``rules``: the importer with its rules only (``newsroom.importer.dates``, dateparser off);
- ``dateparser``: dateparser alone, as one would use it on raw text: each of the text's first lines in
  turn (``dateparser.parse`` on a short line, ``search_dates`` on the head of a paragraph), the first
  full date wins;
- ``rules + dateparser``: the importer as it runs (the rules, and dateparser for the short lines with a
  year that the rules cannot read).

All three require a day, a month and a year (a year is never invented). Figures: dates right of the
cases that carry one, wrong dates (a date for a text without one included), and time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from newsroom.importer import dates
from newsroom.importer.extract import extract
from newsroom.registry import Registry

FIRST_LINES = 12
PARAGRAPH_HEAD = 90
SHORT_LINE = 100

DateFinder = Callable[[object], "str | None"]


def _dateparser_alone(case: object, parse: Callable, search: Callable) -> str | None:
    """The first full date dateparser finds in the case's first lines."""
    options = {"languages": list(dates.DATEPARSER_LANGUAGES), "settings": dates.DATEPARSER_SETTINGS}
    for line in case.raw_lines()[:FIRST_LINES]:
        if len(line) <= SHORT_LINE:
            found = parse(line, **options)
        else:
            hits = search(line[:PARAGRAPH_HEAD], **options) or []
            found = hits[0][1] if hits else None
        if found is not None:
            return found.date().isoformat()
    return None


def _pipeline(case: object, registry: Registry, with_dateparser: bool) -> str | None:
    dates.USE_DATEPARSER = with_dateparser
    for cached in (dates.foreign_date, dates.is_date_line, dates.find_date):
        cached.cache_clear()
    try:
        found = extract(case.text, registry).date
    finally:
        dates.USE_DATEPARSER = True
    return found.isoformat() if found else None


def _count(finder: Callable[[object], str | None], all_cases: list) -> tuple[int, int, int, float]:
    """Right, wrong, dated, seconds."""
    right = wrong = dated = 0
    started = time.perf_counter()
    for case in all_cases:
        expected = case.expected["date"]
        found = finder(case)
        dated += expected is not None
        right += expected is not None and found == expected
        wrong += found is not None and found != expected
    return right, wrong, dated, time.perf_counter() - started


def compare_date_finders(sets: dict[str, list], registry: Registry) -> None:
    """Print, by set, how many dates each finder gets right and wrong, and dateparser's costs."""
    for set_cases in sets.values():  # the language models load, and the registry's patterns build, before timing
        for case in set_cases:
            _pipeline(case, registry, with_dateparser=False)
    started = time.perf_counter()
    import dateparser
    from dateparser.search import search_dates

    imported = time.perf_counter() - started
    finders = {
        "rules": lambda case: _pipeline(case, registry, with_dateparser=False),
        "dateparser": lambda case: _dateparser_alone(case, dateparser.parse, search_dates),
        "rules + dateparser": lambda case: _pipeline(case, registry, with_dateparser=True),
    }
    print(f"dateparser {dateparser.__version__}: imported in {imported:.2f} s\n")
    print("| finder | " + " | ".join(sets) + " | all | wrong | seconds |")
    print("| --- " * (len(sets) + 4) + "|")
    for name, finder in finders.items():
        cells, right_all, dated_all, wrong_all, seconds = [], 0, 0, 0, 0.0
        for set_cases in sets.values():
            right, wrong, dated, spent = _count(finder, set_cases)
            cells.append(f"{right}/{dated}")
            right_all, dated_all, wrong_all = right_all + right, dated_all + dated, wrong_all + wrong
            seconds += spent
        print(f"| {name} | " + " | ".join(cells) + f" | {right_all}/{dated_all} | {wrong_all} | {seconds:.2f} |")
