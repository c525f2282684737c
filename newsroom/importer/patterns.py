"""Regular-expression pieces built from the word lists (``newsroom.importer.wordlists``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsroom.importer.wordlists import words

SENTENCE_END = re.compile(r"[.!?…]['\"”»)]*$")
"""A line that ends a sentence (closing quotes and brackets after the stop allowed)."""


def one_of(entries: Iterable[str]) -> str:
    """A group matching any of ``entries`` as written (longest first, any run of spaces between words)."""
    ordered = sorted(dict.fromkeys(entries), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in ordered) + ")"


def listed(name: str, *langs: str) -> str:
    """``one_of`` the entries of word list ``name``."""
    return one_of(words(name, *langs))
