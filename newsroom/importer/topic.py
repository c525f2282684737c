"""What a line is about: its content words, compared by their first letters so that inflected forms
meet (``Shymkent``/``Shymkent's``, ``Шымкенте``/``Шымкент``, ``автобус``/``автобусы``)."""

from __future__ import annotations

import re

MIN_CONTENT_LETTERS = 4
STEM_LETTERS = 5
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def stems(text: str) -> set[str]:
    """The first letters of the text's content words (four letters or more), casefolded."""
    return {word.casefold()[:STEM_LETTERS] for word in WORD.findall(text) if len(word) >= MIN_CONTENT_LETTERS}


def shares_a_word(text: str, other: str) -> bool:
    """Whether the two texts have a content word in common (an inflected form counts)."""
    return bool(stems(text) & stems(other))
