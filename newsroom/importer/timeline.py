"""A live blog's entries: a time alone on its line, the entry's headline (or none), then its text, again and
again.

``21:40`` over ``Highway to stay closed overnight`` over a paragraph: the timeline is the article, so the
time stays in the body and ends any list of other stories above it (a page's related list shows times
over headlines, never over paragraphs). One such time alone is no timeline (``02:35`` over the lead is
a video's length).
"""

from __future__ import annotations

import re

from newsroom.importer import debris as d
from newsroom.importer.dates import is_date_line
from newsroom.importer.lines import Line
from newsroom.importer.patterns import SENTENCE_END

BARE_TIME = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*$")
MIN_ENTRY_WORDS, MIN_ENTRIES = 8, 2


def _opens_an_entry(lines: list[Line], position: int) -> bool:
    """A time alone on its line, then the entry: a headline over a sentence of eight words or more; or no
    headline, the entry's text at once (a sentence of eight words or more, perhaps after a short one:
    ``Closed.``) under the entry before or the page's furniture (a comment's time is under its author)."""
    if not BARE_TIME.match(lines[position].text):
        return False
    following = [line.text for line in lines[position + 1 : position + 3]]
    if not following or BARE_TIME.match(following[0]):
        return False
    first, second = following[0], following[1] if len(following) > 1 else ""
    if d.is_headline_like(first) and SENTENCE_END.search(first) is None:
        return _is_entry_text(second)
    headless = _is_entry_text(first) or (SENTENCE_END.search(first) is not None and _is_entry_text(second))
    return headless and position > 0 and _closes_an_entry(lines[position - 1].text) and not _in_a_feed(lines, position)


def _in_a_feed(lines: list[Line], position: int) -> bool:
    """A time in a run of times each over one sentence, the run right under a list's heading (``Latest news``):
    other stories' teasers under the story, not a live blog's entries."""
    start = position
    while start >= 2 and BARE_TIME.match(lines[start - 2].text) and _is_entry_text(lines[start - 1].text):
        start -= 2
    return start > 0 and d.is_block_heading(lines[start - 1].text)


def _is_entry_text(text: str) -> bool:
    """An entry's text: a sentence of eight words or more."""
    return len(text.split()) >= MIN_ENTRY_WORDS and SENTENCE_END.search(text) is not None


def _closes_an_entry(text: str) -> bool:
    """What stands above an entry's time: the entry before (its text), its buttons, or a date line."""
    return _is_entry_text(text) or d.is_debris(text) or is_date_line(text)


def entry_times(lines: list[Line]) -> frozenset[int]:
    """The positions of the times opening a live blog's entries; none when the page has fewer than two entries.
    A stage asks once a page and keeps the answer while it reads the lines."""
    entries = frozenset(at for at in range(len(lines)) if _opens_an_entry(lines, at))
    return entries if len(entries) >= MIN_ENTRIES else frozenset()
