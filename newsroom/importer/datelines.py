"""Datelines that open the first paragraph: ``ALMATY. KAZINFORM –``, ``Astana, 2 June 2025 –``,
``GENEVA (Reuters) -``, ``МОСКВА, 12 декабря. /ТАСС/.``: the place, the agency and the date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsroom.importer.dates import FoundDate, find_date
from newsroom.registry import Registry

DASH = re.compile(r"\s+[–—-]{1,2}\s+|\s*[–—]\s+|\s+[–—]\s*")
SLASH_AGENCY_END = re.compile(r"(?<=[.,]\s)/[^\W\d][^/\n]{0,30}/\.\s+")
MAX_DATELINE_CHARS = 110
MAX_DATELINE_WORDS = 12


@dataclass
class Dateline:
    prefix: str  # the dateline as written, dash included
    place: str | None
    agency: str | None
    date: FoundDate | None


STOP_END = re.compile(r"^(?P<place>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ -]{2,30}),\s+(?P<date>[^.\n]{6,40}?)\.\s+(?=\S)")
"""``ТАРАЗ, 2026 жылғы 2 қараша. Text``, ``OSLO, 3 May 2025. Text``: a place in capitals, a comma, a date with its year,
then a full stop (no dash) ends the dateline."""


def _stop_prefix(head: str) -> tuple[str, re.Match[str]] | None:
    """A dateline a full stop ends: the place in capitals and a whole date, nothing else."""
    match = STOP_END.match(head)
    if match is None:
        return None
    found = find_date(match["date"])
    if found is None or found[0].year is None or len(match["date"]) - len(found[1].group()) > 3:
        return None
    return match.group().strip(), match


def _prefix(head: str) -> tuple[str, re.Match[str]] | None:
    """The dateline part of a paragraph's head and the mark that ends it (a dash, ``/ТАСС/.``, or a full stop
    after a place in capitals and a whole date)."""
    dash = DASH.search(head)
    slash = SLASH_AGENCY_END.search(head)  # "МОСКВА, 12 декабря. /ТАСС/. Text": no dash
    stop = _stop_prefix(head)
    if stop is not None and slash is None and (dash is None or stop[1].end() <= dash.start()):
        return stop
    if slash is not None and (dash is None or slash.end() <= dash.start()):
        dash, prefix = slash, head[: slash.end()].strip()
    elif dash is None or dash.start() == 0 or dash.start() > MAX_DATELINE_CHARS:
        return None
    else:
        prefix = head[: dash.start()].strip()
    if dash.start() == 0 or dash.start() > MAX_DATELINE_CHARS:
        return None
    if len(prefix.split()) > MAX_DATELINE_WORDS or not prefix[:1].isupper():
        return None
    return prefix, dash


PART_BREAK = re.compile(r"(?:(?<!\d)[.,;]|[.,;](?!\d))\s*|(?<!\s)\s+(?=[(/])|(?<=\))\s*|(?<=/)\s+(?=\w)")
"""Where a dateline's parts meet: a stop, comma or semicolon (not one inside a numeric date, ``ДУШАНБЕ,
12.11.2026. /АНИ «Вахш»/.``), before a bracket or a slash (a run of spaces tried from its start only: linear on
a line of spaces), after them."""
TIME_ONLY = re.compile(r"(?:в|at|сағат)?\s*\d{1,2}:\d{2}", re.I)


def _only_date_and_time(part: str, match: re.Match[str]) -> bool:
    """The part is the date (a few characters aside), or the date and its time (``2 желтоқсан 2026 14:30``)."""
    rest = (part[: match.start()] + part[match.end() :]).strip(" ,")
    return len(rest) <= 3 or TIME_ONLY.fullmatch(rest) is not None


def _parts(prefix: str, registry: Registry) -> tuple[str | None, str | None, FoundDate | None] | None:
    """The place, agency and date of a dateline's parts; None when a part is not one of these."""
    parts = [p.strip() for p in PART_BREAK.split(prefix) if p.strip()]
    place: str | None = None
    agency: str | None = None
    date: FoundDate | None = None
    upper_place = False
    for index, part in enumerate(parts):
        bare = part.strip("()/ ")
        if not bare:
            continue
        found = find_date(bare)
        if found is not None and _only_date_and_time(bare, found[1]):
            date = date or found[0]
            continue
        if TIME_ONLY.fullmatch(bare):
            continue  # "Астана, 5 мая 2026, 10:15 —": the time after the date
        if re.fullmatch(r"\d{4}", bare):
            continue
        if part.startswith(("(", "/")) or registry.sources.get(bare):
            agency = agency or bare
            continue
        words = bare.split()
        if len(words) > 4 or not all(w[:1].isupper() or w.lower() in ("of", "de", "на", "-") for w in words):
            return None
        if index == 0:
            place = bare
            upper_place = bare.isupper() and len(bare) > 2
        elif bare.isupper() and len(bare) > 1 and agency is None and not registry.places.get(bare.title()):
            agency = bare
        elif place is not None and index <= 2:
            continue  # "Astana, Kazakhstan, 2 June 2025": the country after the city
        else:
            return None
    if place is None or not (upper_place or date or agency):
        return None
    return place, agency, date


def parse_dateline(paragraph: str, registry: Registry) -> Dateline | None:
    """The dateline that opens a paragraph: ``ALMATY. KAZINFORM –``, ``Astana, 2 June 2025 –``, ..."""
    head = _prefix(paragraph[:160])
    if head is None:
        return None
    prefix, dash = head
    parts = _parts(prefix, registry)
    if parts is None:
        return None
    place, agency, date = parts
    full = paragraph[: dash.end()]
    rest = paragraph[dash.end() :]
    trailer = re.match(r"([^\W\d][\w .-]{1,30}?)\.\s+(?=\S)", rest)  # "МОСКВА, 12 окт — РИА Новости. Text"
    if trailer and registry.sources.get(trailer.group(1)):
        agency = agency or trailer.group(1)
        full = paragraph[: dash.end() + trailer.end()]
    return Dateline(full, place, agency, date)


def dateline_reader(registry: Registry) -> Callable[[str], Dateline | None]:
    """``parse_dateline`` with this registry, once per paragraph (the stages ask about the same lines)."""
    seen: dict[str, Dateline | None] = {}

    def dateline_of(paragraph: str) -> Dateline | None:
        if paragraph not in seen:
            seen[paragraph] = parse_dateline(paragraph, registry)
        return seen[paragraph]

    return dateline_of
