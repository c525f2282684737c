"""The subtitle stage: a short line between the title and the body, with no closing full stop."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from newsroom.importer.datelines import Dateline
from newsroom.importer.events import event_fields
from newsroom.importer.lines import Line, LineRole
from newsroom.importer.markup import is_list_item
from newsroom.importer.patterns import SENTENCE_END

MAX_SUBTITLE_WORDS = 45
MAX_GLUED_SUBTITLE_WORDS = 25  # in the same block as the body's first line
MAX_SUBTITLE_AFTER_META_WORDS = 40  # a full sentence, set apart from the body by a byline or a date
MAX_LINES_AFTER_TITLE = 4
_STARTS_WITH_A_LETTER = re.compile(r"^[\"“«‘']?[^\W\d_]")


def _is_unfinished(candidate: Line, following: Line) -> bool:
    """No closing full stop, and not a hard-wrapped lead going on in lower case on the next line."""
    words = len(candidate.text.split())
    return (
        not SENTENCE_END.search(candidate.text)
        and not candidate.text.endswith((":", ";", ","))
        and (candidate.block != following.block or not following.text[:1].islower())
        and (words <= MAX_GLUED_SUBTITLE_WORDS or candidate.block != following.block)
    )


MIN_WRAPPED_LINES, MAX_WRAP_SPREAD = 3, 15


def _opens_a_wrapped_paragraph(lines: list[Line], at: int) -> bool:
    """The line opens a hard-wrapped paragraph: a block of three lines or more of about the same length (within
    fifteen characters but for the last), with no stop at the end of any but the last (a plain-text e-mail's lead)."""
    same = itertools.takewhile(lambda line: line.block == lines[at].block, lines[at:])
    block = [line.text for line in same]
    if (at > 0 and lines[at - 1].block == lines[at].block) or len(block) < MIN_WRAPPED_LINES:
        return False
    lengths = [len(text) for text in block[:-1]]
    unstopped = not any(SENTENCE_END.search(text) for text in block[:-1])
    return unstopped and max(lengths) - min(lengths) <= MAX_WRAP_SPREAD


def mark_subtitle(lines: list[Line], body_start: int, dateline_of: Callable[[str], Dateline | None]) -> str | None:
    """Give the subtitle its role and return it; None when the first body line is the body."""
    body = ((position, lines[position]) for position in range(body_start, len(lines)))
    first_two = list(itertools.islice(((at, line) for at, line in body if line.role is LineRole.BODY), 2))
    if len(first_two) < 2:
        return None
    (at, candidate), (following_at, following) = first_two
    if at in event_fields(lines) or _opens_a_wrapped_paragraph(lines, at):  # "Time: 18:00": an event's field
        return None
    words = len(candidate.text.split())
    set_apart = any(line.role in (LineRole.DATE, LineRole.BYLINE) for line in lines[at + 1 : following_at])
    if (
        words <= MAX_SUBTITLE_WORDS
        and dateline_of(candidate.text) is None
        and not is_list_item(candidate.text)
        and (_is_unfinished(candidate, following) or (set_apart and words <= MAX_SUBTITLE_AFTER_META_WORDS))
        and at - body_start <= MAX_LINES_AFTER_TITLE
        and _STARTS_WITH_A_LETTER.match(candidate.text) is not None
        and candidate.text.lstrip("\"“«‘'")[:1].isupper()
    ):
        candidate.role = LineRole.SUBTITLE
        return candidate.text
    return None
