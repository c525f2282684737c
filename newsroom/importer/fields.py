"""Fields read off the lines once the stages have given them their roles: the byline, the tags and
sources named on their own lines, the article's date, and its source."""

from __future__ import annotations

import datetime as dt

from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_name, byline_of
from newsroom.importer.datelines import Dateline
from newsroom.importer.dates import FoundDate, date_of_line, is_update_stamp
from newsroom.importer.lines import Line, LineRole
from newsroom.registry import Registry

MAX_UNKNOWN_SOURCE_WORDS = 5
_COUNTED_AS_BODY = (LineRole.BODY, LineRole.SUBTITLE)


def byline(lines: list[Line]) -> str | None:
    """The first byline's name."""
    return next((byline_name(line.text) for line in lines if line.role is LineRole.BYLINE), None)


def tag_line(lines: list[Line]) -> list[str]:
    """The tags of the body's ``Tags:`` lines."""
    return [tag for line in lines if line.role is LineRole.TAGS for tag in d.tags_of(line.text) or []]


def source_names(lines: list[Line]) -> list[str]:
    """The names on ``Source:`` lines."""
    return [name for line in lines if line.role is LineRole.SOURCE and (name := d.source_of(line.text))]


def _dates_of_lines(lines: list[Line], body_start: int) -> list[FoundDate]:
    """The dates of date lines and dated bylines: all of the header's; in the body, the first one, and
    a date line only before the body's second paragraph (a later date is a date in the story)."""
    found: list[FoundDate] = []
    body_seen = 0
    for position, line in enumerate(lines):
        in_body = position >= body_start
        if in_body and found:
            break
        if line.role is LineRole.DATE:
            date = date_of_line(line.text) if not in_body or body_seen < 2 else None
        elif line.role is LineRole.BYLINE:
            date = (found_byline := byline_of(line.text)) and found_byline.date
        else:
            body_seen += in_body and line.role in _COUNTED_AS_BODY
            continue
        if date:
            found.append(date)
    return found


def _published_first(lines: list[Line], body_start: int) -> list[FoundDate]:
    """The dates of date lines, those of update stamps (``Updated: ...`` on its own line) last."""
    stamps = {id(line) for line in lines if line.role is LineRole.DATE and is_update_stamp(line.text)}
    if not stamps:
        return _dates_of_lines(lines, body_start)
    others = [line for line in lines if id(line) not in stamps]
    return _dates_of_lines(others, body_start - sum(1 for line in lines[:body_start] if id(line) in stamps))


def article_date(
    lines: list[Line], body_start: int, dateline: Dateline | None
) -> tuple[dt.date | None, FoundDate | None]:
    """The date (the first full date of the date lines, dated bylines and dateline), or else the first
    day and month without a year (never completed with an invented year)."""
    candidates = _published_first(lines, body_start) or _dates_of_lines(lines, body_start)
    if dateline is not None and dateline.date is not None:
        candidates.append(dateline.date)
    full = [c for c in candidates if c.year is not None]
    if full:
        return full[0].as_date(), None
    return None, candidates[0] if candidates else None


def find_source(registry: Registry, lang: str, named: list[str], text: list[str]) -> str | None:
    """The agency the story came from: a ``Source:`` line, the dateline's agency, or one named in the lead."""
    for name in named:
        name = name.strip(" ./()")
        if registry.sources.get(name):
            return registry.sources.display(name, lang)
    for paragraph in text:
        found = registry.sources.mentions(paragraph)
        if found:
            return registry.sources.display(found[0][1].group(1), lang)
    for name in named:
        name = name.strip(" ./()")
        if name and len(name.split()) <= MAX_UNKNOWN_SOURCE_WORDS:
            return name
    return None
