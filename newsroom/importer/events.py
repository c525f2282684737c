"""An event announcement's fields: its day, time and place, one labelled field a line.

``Date: 4 December 2026`` over ``Time: 18:00`` and ``Venue: reading hall`` (``Дата проведения:``,
``Место:``; ``Өтетін күні:``, ``Орны:``) tell when and where the event takes place: they are the
announcement's text, and the day is the event's, not the day the page was published. A run of such
fields counts only with a place among them (a publication stamp may show a date and a time, never a
venue). The words are data (``wordlists/events-*``).
"""

from __future__ import annotations

import re

from newsroom.importer.dates import find_date
from newsroom.importer.lines import Line
from newsroom.importer.patterns import listed


def _field(name: str) -> re.Pattern[str]:
    return re.compile(r"^\s*" + listed(name) + r"\s*[:：]\s*\S", re.I)


DATE_FIELD = _field("events-date-labels")
PLACE_FIELD = _field("events-place-labels")
OTHER_FIELD = _field("events-other-labels")
MIN_FIELDS = 2


def _is_field(text: str) -> bool:
    return any(pattern.match(text) for pattern in (DATE_FIELD, PLACE_FIELD, OTHER_FIELD))


def event_fields(lines: list[Line]) -> set[int]:
    """The positions of the lines that are an event's fields: runs of two fields or more, one a place."""
    found: set[int] = set()
    run: list[int] = []
    for position, line in enumerate([*lines, None]):
        if line is not None and _is_field(line.text):
            run.append(position)
            continue
        if len(run) >= MIN_FIELDS and any(PLACE_FIELD.match(lines[at].text) for at in run):
            found.update(run if _more_than_a_dateline(lines, run) else [])
        run = []
    return found


def _more_than_a_dateline(lines: list[Line], run: list[int]) -> bool:
    """``Date: 12 March 2026`` and ``Place: Kokshetau`` alone under a title are the page's dateline, its date
    the page's: an event's fields have a time or a venue too, or the page dates itself elsewhere."""
    if any(not DATE_FIELD.match(lines[at].text) and not PLACE_FIELD.match(lines[at].text) for at in run):
        return True
    inside = set(run)
    return any(find_date(line.text) is not None for at, line in enumerate(lines) if at not in inside)
