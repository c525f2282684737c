"""A page's own fields under its title: a bare label on one line (no colon), its value on the next.

Statement and document pages (a UN office's statement, a ministry's document) show who delivered the
text and where, as ``Delivered by`` over ``Name, Role`` and ``Location`` over ``Bishkek``, before the
story. The run is the page's furniture only when one of its labels is one such pages alone show
(``Delivered by``, ``Speaker``, ``Document type``): ``Location`` over a hall's name in an event's
announcement is the announcement's text. The words are data (``wordlists/pagefields-*``).
"""

from __future__ import annotations

import re

from newsroom.importer.lines import Line, LineRole
from newsroom.importer.patterns import SENTENCE_END, listed

OWN_LABEL = re.compile(r"^\s*" + listed("pagefields-own-labels") + r"\s*:?\s*$", re.I)
STAMP_LABEL = re.compile(r"^\s*" + listed("pagefields-stamp-labels") + r"\s*:?\s*$", re.I)
LABEL = re.compile(
    r"^\s*(?:"
    + "|".join((listed("pagefields-labels"), listed("pagefields-own-labels"), listed("pagefields-stamp-labels")))
    + r")\s*:?\s*$",
    re.I,
)
MAX_VALUE_WORDS = 12
REACH = 8
"""How far under the title a run of fields may start (the title's date and rubric may come first)."""


def _is_value(line: Line) -> bool:
    """A field's value: a short body line, no sentence, no label."""
    text = line.text
    return (
        line.role is LineRole.BODY
        and len(text.split()) <= MAX_VALUE_WORDS
        and SENTENCE_END.search(text) is None
        and LABEL.match(text) is None
    )


def _run_at(lines: list[Line], start: int) -> list[int]:
    """The positions of the label and value pairs from ``start`` on (empty when none starts there); a value that
    is the page's date (``Published`` over ``14 August 2026``) keeps its role, its label goes."""
    run: list[int] = []
    at = start
    while at + 1 < len(lines) and lines[at].role is LineRole.BODY and LABEL.match(lines[at].text):
        dated = lines[at + 1].role is LineRole.DATE
        if not (_is_value(lines[at + 1]) or dated):
            break
        run += [at] if dated else [at, at + 1]
        at += 2
    return run


def page_fields(lines: list[Line], body_start: int) -> list[int]:
    """The positions of the page's own fields under the title: runs of bare labels over their values, one of
    the labels one only such pages show (``Delivered by``)."""
    for start in range(body_start, min(body_start + REACH, len(lines))):
        run = _run_at(lines, start)
        if any(OWN_LABEL.match(lines[at].text) for at in run):
            return run
        stamps = [at for at in run if STAMP_LABEL.match(lines[at].text)]
        if stamps:  # "Published" over its date, "From:" over the embassy: those pairs only, the event's fields stay
            return [at for at in run if at in stamps or at - 1 in stamps]
    return []


FIELD = re.compile(r"^\s*[^\W\d_][^:：]{0,30}[:：]\s*\S")
"""``Дата: 20 марта``, ``Venue: the town hall``: a field with its value on one line."""
CLOSING_LABEL = re.compile(r"^\s*" + listed("pagefields-closing-labels") + r"\s*[:：]\s*$", re.I)


def closing_fields(lines: list[Line], body_start: int) -> list[int]:
    """The positions of a topic's field under the story (``Тема:`` over ``Общественный транспорт``): the label alone
    with its colon, its value on the next line, the text's last body lines with page furniture after them (the
    story may end on an event's field: ``Место:`` over a hall's name, with nothing after)."""
    body = [at for at in range(body_start + 1, len(lines)) if lines[at].role is LineRole.BODY]
    if len(body) < 2:
        return []
    label, value = body[-2], body[-1]
    furniture_after = value + 1 < len(lines)
    if label > 0 and (FIELD.match(lines[label - 1].text) or LABEL.match(lines[label - 1].text)):
        return []  # "Дата: ..." / "Место: ..." / "Тема:" over its value: an event's own fields
    if value == label + 1 and furniture_after and CLOSING_LABEL.match(lines[label].text) and _is_value(lines[value]):
        return [label, value]
    return []
